"""The words users type for each enumeration, in Spanish, Portuguese and English.

``choice_for`` compares folded words (no accents, case or punctuation), so each word is listed
once in its natural spelling. The codes themselves ("civil_society") and the Spanish labels that
templates put in drop-downs always map back.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from agencydesk.domain.enums import (
    ActionStatus,
    ActorType,
    AgreementStatus,
    Gender,
    GovernmentLevel,
    Presence,
    Representation,
)

# The Spanish label of each member, first in template drop-downs. Enumerations missing here
# offer their codes.
_TEMPLATE_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    ActorType: {
        ActorType.PUBLIC: "Público",
        ActorType.PRIVATE: "Privado",
        ActorType.ACADEMIA: "Academia",
        ActorType.CIVIL_SOCIETY: "Sociedad civil",
        ActorType.INTERNATIONAL: "Cooperación internacional",
    },
    GovernmentLevel: {
        GovernmentLevel.NATIONAL: "Nacional",
        GovernmentLevel.REGIONAL: "Regional",
        GovernmentLevel.LOCAL: "Local",
    },
    Gender: {
        Gender.FEMALE: "Mujer",
        Gender.MALE: "Hombre",
        Gender.OTHER: "Otro",
        Gender.UNDISCLOSED: "Prefiere no decir",
    },
    ActionStatus: {
        ActionStatus.NOT_STARTED: "No iniciada",
        ActionStatus.IN_PROGRESS: "En ejecución",
        ActionStatus.DELAYED: "Atrasada",
        ActionStatus.DONE: "Terminada",
        ActionStatus.CANCELLED: "Cancelada",
    },
    AgreementStatus: {
        AgreementStatus.OPEN: "Abierto",
        AgreementStatus.DONE: "Cumplido",
        AgreementStatus.CANCELLED: "Cancelado",
    },
    Representation: {
        Representation.TITULAR: "Titular",
        Representation.ALTERNATE: "Suplente",
    },
    Presence: {
        Presence.ATTENDED: "Asistió",
        Presence.EXCUSED: "Justificó",
        Presence.ABSENT: "Ausente",
    },
}

_WORDS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    ActorType: {
        ActorType.PUBLIC: (
            "Público", "Pública", "Sector público", "Gobierno", "Municipalidad", "Municipio",
            "Gobierno regional", "Gobierno local", "Gobierno municipal", "Gobierno estatal",
            "Gobierno federal", "Gobierno nacional", "Estado", "Estatal", "Ministerio",
            "Secretaría", "Entidad pública", "Institución pública", "Ayuntamiento", "Prefeitura",
            "Setor público", "Governo", "Public", "Government", "Public sector",
        ),
        ActorType.PRIVATE: (
            "Privado", "Privada", "Sector privado", "Empresa", "Empresa privada", "Cooperativa",
            "Gremio", "Asociación de productores", "Cámara", "Cámara de comercio", "Productor",
            "Productores", "Mype", "Pyme", "Mipyme", "Emprendimiento", "Setor privado",
            "Private", "Private sector", "Company", "Business",
        ),
        ActorType.ACADEMIA: (
            "Academia", "Académico", "Académica", "Universidad", "Centro de investigación",
            "Instituto tecnológico", "Universidade", "Acadêmico", "Academic", "University",
        ),
        ActorType.CIVIL_SOCIETY: (
            "Sociedad civil", "ONG", "OSC", "A.C.", "Asociación civil", "Fundación",
            "Organización de la sociedad civil", "Organización social", "Sin fines de lucro",
            "Sociedade civil", "Civil society", "NGO", "Non-profit", "Nonprofit",
        ),
        ActorType.INTERNATIONAL: (
            "Cooperación internacional", "Internacional", "Organismo internacional",
            "Cooperación", "Agencia de cooperación", "Cooperação internacional",
            "International", "International cooperation",
        ),
    },
    GovernmentLevel: {
        GovernmentLevel.NATIONAL: ("Nacional", "Federal", "Central", "Gobierno nacional",
                                   "Gobierno federal", "National"),
        GovernmentLevel.REGIONAL: ("Regional", "Estatal", "Departamental", "Provincial",
                                   "Gobierno regional", "Gobierno estatal", "Estadual",
                                   "State"),
        GovernmentLevel.LOCAL: ("Local", "Municipal", "Comunal", "Distrital", "Cantonal",
                                "Gobierno local", "Municipalidad", "Municipio"),
    },
    Gender: {
        Gender.FEMALE: ("Mujer", "Femenino", "F", "Fem.", "M/F: F", "Feminino", "Mulher",
                        "Female", "Woman"),
        Gender.MALE: ("Hombre", "Masculino", "M", "Masc.", "H", "Varón", "Homem", "Male",
                      "Man"),
        Gender.OTHER: ("Otro", "Otra", "No binario", "Outro", "Other", "Non-binary"),
        Gender.UNDISCLOSED: ("Prefiere no decir", "No indica", "No informa", "Sin dato",
                             "Prefiero no decir", "Prefere não dizer", "Undisclosed",
                             "Prefer not to say"),
    },
    ActionStatus: {
        ActionStatus.NOT_STARTED: ("No iniciada", "No iniciado", "Pendiente", "Por iniciar",
                                   "Sin iniciar", "Programada", "Não iniciada", "Pendente",
                                   "Not started", "Pending", "To do"),
        ActionStatus.IN_PROGRESS: ("En ejecución", "En proceso", "En curso", "En marcha",
                                   "Iniciada", "En desarrollo", "Em execução", "Em andamento",
                                   "In progress", "Ongoing", "Started"),
        ActionStatus.DELAYED: ("Atrasada", "Atrasado", "Retrasada", "Retrasado", "Demorada",
                               "Con retraso", "Rezagada", "Delayed", "Late", "Behind schedule"),
        ActionStatus.DONE: ("Terminada", "Terminado", "Concluida", "Concluido", "Cumplida",
                            "Cumplido", "Finalizada", "Finalizado", "Completada", "Ejecutada",
                            "Realizada", "Hecha", "Concluída", "Culminada", "Culminado",
                            "Done", "Completed", "Finished"),
        ActionStatus.CANCELLED: ("Cancelada", "Cancelado", "Anulada", "Anulado", "Suspendida",
                                 "Descartada", "Cancelled", "Canceled", "Dropped"),
    },
    AgreementStatus: {
        AgreementStatus.OPEN: ("Abierto", "Abierta", "Pendiente", "En curso", "En proceso",
                               "En ejecución", "Vigente", "Por cumplir", "Aberto", "Pendente",
                               "Open", "Pending"),
        AgreementStatus.DONE: ("Cumplido", "Cumplida", "Hecho", "Hecha", "Realizado",
                               "Realizada", "Terminado", "Concluido", "Finalizado",
                               "Ejecutado", "Cerrado", "Culminado", "Culminada", "Cumprido",
                               "Concluído", "Done", "Completed", "Closed"),
        AgreementStatus.CANCELLED: ("Cancelado", "Cancelada", "Anulado", "Anulada",
                                    "Descartado", "Sin efecto", "Dejado sin efecto",
                                    "Cancelled", "Canceled"),
    },
    Representation: {
        Representation.TITULAR: ("Titular", "Principal", "Representante titular", "Delegado",
                                 "Miembro titular", "Member", "Principal member"),
        Representation.ALTERNATE: ("Suplente", "Alterno", "Alterna", "Reemplazo",
                                   "Representante alterno", "Substituto", "Alternate",
                                   "Deputy", "Substitute"),
    },
    # Also the single letters of sign-in sheets: P(resente), J(ustificado), F(alta), A(usente).
    # They are read only in a presence column (``presence_for``): elsewhere "F" is "Femenino".
    Presence: {
        Presence.ATTENDED: ("Asistió", "Presente", "Sí", "Asistente", "Presença", "Compareceu",
                            "Attended", "Present", "P"),
        Presence.EXCUSED: ("Justificó", "Justificado", "Justificada", "Con justificación",
                           "Justificación", "Excusado", "Excusada", "Excusa", "Con excusa",
                           "Licencia", "Con licencia", "Permiso", "Justificou", "Justified",
                           "Excused", "J"),
        Presence.ABSENT: ("Ausente", "No asistió", "No", "Falta", "Faltó", "Faltou",
                          "Não compareceu", "Absent", "F", "A"),
    },
}  # fmt: skip

# Headers partners write for a field, beyond those of ``kinds`` (kind -> field -> headers),
# each unambiguous within its kind: a header that could name two fields is not listed. Read
# by ``headers`` like the field's own synonyms (accents, case and punctuation do not count).
HEADER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "organizations": {
        # "Fecha inscripción RUC" is the date of registration, not the RUC.
        "registered_on": ("Fecha inscripción", "Fecha de creación", "Fecha de fundación",
                          "Data de inscrição", "Data de constituição", "Data de fundação"),
        "members_count": ("Nro. socios", "N° socios", "Cantidad de socios",
                          "Cantidad de asociados", "Número de asociados", "N° de asociados",
                          "Total de socios", "Cantidad de miembros", "Número de associados",
                          "Quantidade de sócios"),
        "representative": ("Nombre del representante legal", "Rep. legal"),
        "phone": ("Cel.", "Teléfono celular", "Teléfono fijo", "N° de celular"),
        "email": ("Correo institucional", "E-mail institucional", "Correo corporativo"),
    },
    "people": {
        "phone": ("Cel.", "Teléfono celular", "N° de celular"),
        "email": ("Correo institucional", "Correo personal", "E-mail institucional"),
    },
    "actions": {
        "code": ("N° de acción", "N° acción", "Nro. de acción"),
        # "Unidad responsable" (Mexico's UR) is the responsible office, not the unit of measure.
        "responsible": ("Responsables", "Responsable de la acción", "Unidad responsable",
                        "Entidad a cargo", "Institución a cargo"),
        "end_date": ("Fecha límite", "Data limite"),
        "progress_pct": ("Avance (%)", "% de cumplimiento", "Porcentaje de cumplimiento"),
        # "Valor meta" is the target, not the budget's "Valor".
        "target": ("Valor meta", "Meta (valor)"),
    },
    "progress": {
        "code": ("N° de acción", "N° acción", "Nro. de acción"),
        "progress_pct": ("Avance (%)", "% de cumplimiento", "Porcentaje de cumplimiento"),
    },
    "agreements": {
        "number": ("N° acuerdo", "Nro. acuerdo", "Número del acuerdo"),
        "responsible": ("Responsables", "Entidad a cargo", "Institución a cargo"),
        "responsible_person": ("Persona a cargo", "Persona encargada"),
        "due_date": ("Data limite", "Data de vencimento"),
        "done_on": ("Data de cumprimento",),
    },
    "attendance": {
        "attended": ("Participó",),
        "email": ("Correo institucional", "Correo personal"),
    },
    "measurements": {
        "value": ("Logro", "Valor logrado", "Valor alcanzado"),
    },
}  # fmt: skip

E = TypeVar("E", bound=StrEnum)

_DOTS = re.compile(r"[.'’]")
_NON_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=16384)
def vocabulary_key(text: str) -> str:
    """How typed words are compared: "Sector  Público." and "sector publico" are one."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", _DOTS.sub("", stripped)).split())


@lru_cache(maxsize=64)
def _table(enum: type[StrEnum]) -> dict[str, StrEnum]:
    table: dict[str, StrEnum] = {}
    words = _WORDS.get(enum, {})
    labels = _TEMPLATE_LABELS.get(enum, {})
    for member in enum:
        # Codes first: "done" is AgreementStatus.DONE even if a synonym elsewhere says "done".
        for word in (member.value, member.name, labels.get(member, "")):
            if key := vocabulary_key(word):
                table.setdefault(key, member)
    for member, synonyms in words.items():
        for word in synonyms:
            if key := vocabulary_key(word):
                table.setdefault(key, member)
    return table


def choice_for(enum: type[E], text: str | None) -> E | None:
    """The member of ``enum`` that ``text`` names (code, label or synonym), or None."""
    if not text:
        return None
    member = enum._value2member_map_.get(text)
    if member is not None:
        return member  # type: ignore[return-value]
    return _table(enum).get(vocabulary_key(text))  # type: ignore[return-value]


def template_choices(enum: type[StrEnum]) -> list[str]:
    """The Spanish labels templates offer in drop-downs, in the enumeration's order."""
    labels = _TEMPLATE_LABELS.get(enum)
    if labels is None:
        return [member.value for member in enum]
    return [labels[member] for member in enum]


def template_label(member: StrEnum) -> str:
    """The Spanish label of one member (its code when it has none)."""
    return _TEMPLATE_LABELS.get(type(member), {}).get(member, member.value)


# BOOL cells: what templates offer, and the words read as yes and no.
BOOL_CHOICES = ("Sí", "No")
# The excused words are "yes" in a "Justificó" column; a presence column reads them as an excused
# absence instead (``presence_for``, which is asked first there).
_TRUE = ("Sí", "Si", "S", "X", "✓", "✔", "☑", "Yes", "Y", "Sim", "True", "Verdadero",
         "Verdadeiro", "V", "1", "Asistió", "Asistio", "Presente", "Asiste", "OK", "Present",
         "Attended", "Justificado", "Justificada", "Justificó", "Justificou", "Con justificación",
         "Excusado", "Excusada", "Con excusa", "Licencia", "Con licencia", "Justified",
         "Excused")  # fmt: skip
_FALSE = ("No", "N", "0", "False", "Falso", "Não", "Nao", "Ausente", "No asistió", "Absent",
          "-", "✗", "✘")  # fmt: skip
_BOOL_TABLE: dict[str, bool] = {
    **{vocabulary_key(w) or w: False for w in _FALSE},
    **{vocabulary_key(w) or w: True for w in _TRUE},
}


def bool_for(text: str | None) -> bool | None:
    """True for "Sí", "X", "✓", "Asistió"...; False for "No", "0", "Ausente"...; else None."""
    if not text:
        return None
    key = vocabulary_key(text)
    return _BOOL_TABLE.get(key or text.strip())


def presence_for(text: str | None) -> Presence | None:
    """What a cell of a presence column ("Asistencia", "Asistió") says: attended for "Sí",
    "Presente", "P", "X"; excused for "Justificado", "Con licencia", "J"; absent for "No",
    "Falta", "F", "A"; None when it says none of these.

    The presence words come first, so "Justificado" is an excused absence here although
    ``bool_for`` reads it as "yes" (in a "Justificó" column it is one).
    """
    if not text:
        return None
    member = choice_for(Presence, text)
    if member is not None:
        return member
    value = bool_for(text)
    if value is None:
        return None
    return Presence.ATTENDED if value else Presence.ABSENT
