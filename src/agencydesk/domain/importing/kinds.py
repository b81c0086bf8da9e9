"""What each kind of import holds: its fields, their types, and the headers users type for them.

Field names are those of DOMAIN.md (the names exports write), so an AgencyDesk export always
maps back. Synonyms are what partners write in Spanish, Portuguese and English; matching is
accent-, case- and punctuation-insensitive (see ``headers.header_key``), so each synonym is
written once, in its natural spelling. ``max_length`` repeats the model column's length (the
domain cannot import the models): text beyond it is refused, never cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agencydesk.domain.enums import (
    ActionStatus,
    ActorType,
    AgreementStatus,
    Gender,
    GovernmentLevel,
    Presence,
    Representation,
)
from agencydesk.domain.importing.name_parts import WHOLE_NAME_HEADERS


class ImportKind(StrEnum):
    ORGANIZATIONS = "organizations"
    PEOPLE = "people"
    ACTIONS = "actions"
    AGREEMENTS = "agreements"
    ATTENDANCE = "attendance"
    MEASUREMENTS = "measurements"
    PROGRESS = "progress"


class ValueType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"  # newlines kept, no length limit
    IDENTIFIER = "identifier"  # tax id, national id, code, uuid: text, leading zeros kept
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    DATE = "date"
    INTEGER = "integer"  # >= 0
    MONEY = "money"  # Decimal, >= 0, two decimals
    NUMBER = "number"  # Decimal, any sign
    PERCENT = "percent"  # int 0..100
    ENUM = "enum"
    BOOL = "bool"
    ORGANIZATION = "organization"  # an organization's name, matched later by the pipeline
    PERSON = "person"  # a person's full name, matched later by the pipeline


# The kinds whose rows belong to an action plan, and those that belong to a meeting.
PLAN_KINDS = frozenset({ImportKind.ACTIONS, ImportKind.PROGRESS, ImportKind.MEASUREMENTS})
MEETING_KINDS = frozenset({ImportKind.AGREEMENTS, ImportKind.ATTENDANCE})


@dataclass(frozen=True)
class FieldSpec:
    name: str  # DOMAIN.md field name, e.g. "tax_id"
    type: ValueType
    required: bool = False
    # ENUM: its members. BOOL: Presence marks a presence column ("Asistencia"), whose cells are
    # read with the presence words (values._bool: "Justificado" is an excused absence there).
    enum: type[StrEnum] | None = None
    synonyms: tuple[str, ...] = ()  # headers users type, es/pt/en (the name itself always counts)
    template_header: str = ""  # the Spanish header written in partner templates
    max_length: int | None = None  # the model column's length; None: unlimited
    # A row number or code that templates and partners fill in ahead ("N°" 1-20 down an empty
    # list): a row holding nothing else is a blank row, not a record missing its other fields.
    numbering: bool = False
    # Synonyms (also listed in ``synonyms``) that any other synonym of the field beats when two
    # columns compete for it: in "Nombre | Cargo | Institución" the organization is the
    # "Institución", the bare "Nombre" is a person's.
    weak_synonyms: tuple[str, ...] = ()
    # Only a header typed whole maps to the field, never one holding a synonym among other
    # words: a column that is only checked must not take "Objetivo del plan" for "plan".
    exact_headers: bool = False


T = ValueType

# Lengths of the model columns (data/models/*.py).
_NAME = 300
_SHORT = 60
_MID = 200
_ID = 40
_UUID = 36
_CODE = 20

_UUID_SPEC = FieldSpec(
    "uuid", T.IDENTIFIER, synonyms=("UUID",), template_header="", max_length=_UUID
)

# The plan a row is of, as AgencyDesk exports write it ("plan": the plan's title) and lists
# that span plans ("Plan"): never stored (the rows go into the plan the import is for), only
# checked, so that an export of every plan imported into one does not mix them: a row of
# another plan is rejected (services/importing/scoped.py, ``PlanNames``). Not in templates,
# which are filled for one plan.
_PLAN_SPEC = FieldSpec(
    "plan",
    T.TEXT,
    synonyms=("Plan", "Plan de acción", "Hoja de ruta", "action_plan", "Plano de ação",
              "Action plan"),
    exact_headers=True,  # "Plan de trabajo", "Objetivo del plan" are no plan's name
)  # fmt: skip

_NOTES = ("Notas", "Observaciones", "Observación", "Comentarios", "Comentario", "Obs.",
          "Observações", "Notes", "Comments", "Remarks")  # fmt: skip
_EMAIL = ("Correo", "Correo electrónico", "E-mail", "Email", "Mail", "Correo-e",
          "Dirección de correo", "Endereço de e-mail", "Email address")  # fmt: skip
_PHONE = ("Teléfono", "Teléfonos", "Tel.", "Celular", "Móvil", "Telefone", "Fono", "WhatsApp",
          "Teléfono de contacto", "Número de teléfono", "Phone", "Telephone",
          "Mobile")  # fmt: skip
_ORG = ("Organización", "Institución", "Entidad", "Empresa", "Organización a la que pertenece",
        "Nombre de la organización", "Nombre de la institución", "Nombre de la empresa",
        "Institución u organización", "Razón social", "Organização", "Instituição", "Empresa",
        "Organization", "Institution", "Company", "Affiliation")  # fmt: skip
_POSITION = ("Cargo", "Puesto", "Función", "Cargo que ocupa", "Cargo / Puesto", "Position",
             "Job title", "Role")  # fmt: skip
_NATIONAL_ID = ("DNI", "CURP", "RUN", "CI", "Cédula", "Cédula de identidad", "CPF",
                "Documento", "Documento de identidad", "N° de documento", "Nº DNI", "RUT",
                "INE", "Identificación", "National ID", "ID number")  # fmt: skip
# "Nombre(s)" and "First name" hold only the given names: alone they are the best name a sheet
# has; beside a surname column they become its given-names part (headers.split_name). Every
# spelling of a whole name is here ("Apellido y nombre"), or its "apellido" makes it a surname.
_FULL_NAME = tuple(dict.fromkeys((
              "Nombre completo", "Nombres y apellidos", "Nombre y apellido", "Nombre",
              "Nombres", "Nombre(s)", "Participante", "Asistente", "Persona", "Contacto",
              "Apellidos y nombres", "Nome completo", "Nome", "Full name", "Name",
              "First name", "Given name", "Participant", "Attendee", "Person",
              *WHOLE_NAME_HEADERS)))  # fmt: skip
# The parts of a name that rosters split over several columns ("Nombres | Apellido paterno |
# Apellido materno"): the pipeline joins them into ``full_name`` (services/importing/
# full_names.py). They are not in templates (no template header): a template has one column.
_SURNAME = ("Apellido paterno", "Primer apellido", "Apellido", "Apellidos", "Apellido 1",
            "Ap. paterno", "Paterno", "Apellido pat.",
            "Sobrenome", "Sobrenomes", "Last name", "Surname", "Family name")  # fmt: skip
_MIDDLE_NAMES = ("Segundo nombre", "Segundos nombres", "Otros nombres", "Segundo nome",
                 "Middle name", "Middle names")  # fmt: skip
_SECOND_SURNAME = ("Apellido materno", "Segundo apellido", "Apellido 2", "Ap. materno",
                   "Materno", "Apellido mat.", "Second surname",
                   "Mother's surname")  # fmt: skip


def _f(
    name: str,
    type_: ValueType,
    header: str,
    synonyms: tuple[str, ...] = (),
    *,
    required: bool = False,
    enum: type[StrEnum] | None = None,
    max_length: int | None = None,
    numbering: bool = False,
    weak: tuple[str, ...] = (),
) -> FieldSpec:
    return FieldSpec(name, type_, required, enum, synonyms, header, max_length, numbering, weak)


_NAME_PARTS = (
    _f("given_names", T.TEXT, "", max_length=_NAME),
    _f("middle_names", T.TEXT, "", _MIDDLE_NAMES, max_length=_NAME),
    _f("surname", T.TEXT, "", _SURNAME, max_length=_NAME),
    _f("second_surname", T.TEXT, "", _SECOND_SURNAME, max_length=_NAME),
)

_ORGANIZATIONS = (
    _f("name", T.TEXT, "Nombre de la organización",
       ("Nombre", "Nombre de la organización", "Nombre de la institución", "Razón social",
        "Institución", "Entidad", "Empresa", "Organización", "Nombre de la empresa",
        "Denominación", "Actor", "Nome da organização", "Razão social", "Nome",
        "Organization name", "Organization", "Name", "Company name"),
       required=True, max_length=_NAME, weak=("Nombre", "Nome", "Name", "Actor")),
    _f("short_name", T.TEXT, "Sigla",
       ("Sigla", "Siglas", "Acrónimo", "Nombre corto", "Abreviatura", "Nombre comercial",
        "Nome curto", "Acronym", "Short name"), max_length=_SHORT),
    _f("actor_type", T.ENUM, "Tipo de actor",
       ("Tipo", "Tipo de actor", "Tipo de institución", "Tipo de organización",
        "Tipo de entidad", "Sector público/privado", "Tipo de ator", "Tipo de instituição",
        "Actor type", "Type", "Organization type"),
       required=True, enum=ActorType),
    _f("government_level", T.ENUM, "Nivel de gobierno",
       ("Nivel de gobierno", "Nivel", "Ámbito", "Orden de gobierno", "Nível de governo",
        "Government level", "Level"), enum=GovernmentLevel),
    _f("sector", T.TEXT, "Sector",
       ("Sector", "Rubro", "Giro", "Actividad económica", "Actividad", "Cadena productiva",
        "Sector económico", "Setor", "Industry"), max_length=_MID),
    _f("tax_id", T.IDENTIFIER, "RUC / RUT / RFC / NIT",
       ("RUC", "RUT", "RFC", "NIT", "CUIT", "CNPJ", "NIF", "RUC / RUT / RFC / NIT",
        "Tax ID", "Identificación tributaria", "N° de RUC", "Número de RUC", "Rol único tributario",
        "Registro federal de contribuyentes", "Taxpayer ID", "VAT number"),
       max_length=_ID),
    _f("address", T.TEXT, "Dirección",
       ("Dirección", "Domicilio", "Dirección fiscal", "Domicilio fiscal", "Endereço",
        "Address"), max_length=_NAME),
    _f("phone", T.PHONE, "Teléfono", _PHONE, max_length=_SHORT),
    _f("email", T.EMAIL, "Correo electrónico", _EMAIL, max_length=_MID),
    _f("website", T.URL, "Sitio web",
       ("Sitio web", "Página web", "Web", "Página", "URL", "Site", "Website", "Web page"),
       max_length=_NAME),
    _f("representative", T.TEXT, "Representante",
       ("Representante", "Representante legal", "Nombre del representante", "Contacto",
        "Persona de contacto", "Responsable", "Titular", "Representative",
        "Legal representative", "Contact person"), max_length=_MID),
    _f("members_count", T.INTEGER, "Número de socios",
       ("Número de socios", "N° de socios", "Socios", "Miembros", "Número de miembros",
        "Integrantes", "Asociados", "Afiliados", "Número de sócios", "Members"),),
    _f("registered_on", T.DATE, "Fecha de registro",
       ("Fecha de registro", "Fecha de constitución", "Fecha de inscripción",
        "Data de registro", "Registered on", "Registration date"),),
    # Found by name among the database's territories (services/importing/territories.py),
    # never created. Only the municipal level's words: in "Región | Provincia | Distrito" the
    # leftmost equal header would win, and an organization sits in its district (DOMAIN.md);
    # "Localidad" is mostly below any territory. Not in templates (typed freely).
    _f("territory", T.TEXT, "",
       ("Territorio", "Territorio / ámbito", "Ámbito territorial", "Distrito", "Municipio",
        "Comuna", "Território", "Município", "Territory", "Municipality"),),
    _f("notes", T.LONG_TEXT, "Observaciones", _NOTES),
)  # fmt: skip

_PEOPLE = (
    _f("full_name", T.TEXT, "Nombre completo", _FULL_NAME, required=True, max_length=_NAME),
    *_NAME_PARTS,
    _f("national_id", T.IDENTIFIER, "DNI / CURP / RUN", _NATIONAL_ID, max_length=_ID),
    _f("organization", T.ORGANIZATION, "Organización", _ORG, max_length=_NAME),
    _f("position", T.TEXT, "Cargo", _POSITION, max_length=_MID),
    _f("phone", T.PHONE, "Teléfono", _PHONE, max_length=_SHORT),
    _f("email", T.EMAIL, "Correo electrónico", _EMAIL, max_length=_MID),
    _f("gender", T.ENUM, "Sexo",
       ("Sexo", "Género", "Gênero", "Gender", "Sex"), enum=Gender),
    _f("consent_on", T.DATE, "Fecha de consentimiento",
       ("Fecha de consentimiento", "Consentimiento", "Fecha consentimiento",
        "Data de consentimento", "Consent date", "Consent on"),),
    _f("consent_purpose", T.TEXT, "Finalidad del consentimiento",
       ("Finalidad del consentimiento", "Finalidad", "Propósito", "Finalidade",
        "Consent purpose", "Purpose"), max_length=_NAME),
    _f("notes", T.LONG_TEXT, "Observaciones", _NOTES),
)  # fmt: skip

_ACTIONS = (
    _f("code", T.IDENTIFIER, "Código",
       ("Código", "Cód.", "N°", "Código de acción", "Id acción", "Código da ação", "Code",
        "Action code"), max_length=_CODE, numbering=True),
    _f("axis", T.TEXT, "Eje estratégico",
       ("Eje", "Eje estratégico", "Línea estratégica", "Línea", "Línea de acción", "Componente",
        "Objetivo estratégico", "Eixo", "Eixo estratégico", "Axis", "Strategic line"),
       max_length=_MID),
    _f("title", T.TEXT, "Acción",
       ("Acción", "Acciones", "Actividad", "Actividades", "Nombre de la acción",
        "Título", "Proyecto", "Iniciativa", "Medida", "Ação", "Atividade", "Título da ação",
        "Action", "Activity", "Title"), required=True, max_length=_NAME),
    _f("description", T.LONG_TEXT, "Descripción",
       ("Descripción", "Detalle", "Descripción de la acción", "Descrição", "Description"),),
    _f("responsible", T.ORGANIZATION, "Institución responsable",
       ("Responsable", "Institución responsable", "Entidad responsable", "Organización responsable",
        "Responsable de la ejecución", "Ejecutor", "Entidad ejecutora", "Responsável",
        "Instituição responsável", "Responsible", "Lead organization"), max_length=_NAME),
    _f("start_date", T.DATE, "Fecha de inicio",
       ("Inicio", "Fecha de inicio", "Fecha inicio", "Desde", "Data de início", "Início",
        "Start", "Start date"),),
    _f("end_date", T.DATE, "Fecha de término",
       ("Fin", "Término", "Fecha de término", "Fecha de fin", "Fecha fin", "Fecha término",
        "Fecha de finalización", "Hasta", "Data de término", "Data final", "End", "End date"),),
    _f("budget", T.MONEY, "Presupuesto",
       ("Presupuesto", "Monto", "Importe", "Costo", "Costo estimado", "Presupuesto estimado",
        "Monto asignado", "Inversión", "Orçamento", "Valor", "Budget", "Amount", "Cost"),),
    _f("funding_source", T.TEXT, "Fuente de financiamiento",
       ("Fuente de financiamiento", "Fuente", "Financiamiento", "Fuente de financiación",
        "Fonte de financiamento", "Funding source", "Funding"), max_length=_MID),
    _f("status", T.ENUM, "Estado",
       ("Estado", "Situación", "Estatus", "Status", "Estado de avance", "Situação"),
       enum=ActionStatus),
    _f("progress_pct", T.PERCENT, "% de avance",
       ("Avance", "% Avance", "Avance %", "% de avance", "Porcentaje de avance", "Progreso",
        "Avance físico", "Progresso", "Percentual", "Progress", "Progress %"),),
    _f("indicator", T.TEXT, "Indicador",
       ("Indicador", "Indicador de resultado", "Indicator"), max_length=_NAME),
    _f("target", T.TEXT, "Meta", ("Meta", "Meta física", "Target", "Goal"), max_length=100),
    _f("unit", T.TEXT, "Unidad de medida",
       ("Unidad", "Unidad de medida", "Unidade", "Unidade de medida", "Unit"),
       max_length=_SHORT),
    _f("notes", T.LONG_TEXT, "Observaciones", _NOTES),
    _PLAN_SPEC,
)  # fmt: skip

_AGREEMENTS = (
    _f("number", T.INTEGER, "N°",
       ("N°", "Número", "Nro.", "Núm.", "N° de acuerdo", "Número de acuerdo", "Número do acordo",
        "Number", "No."), numbering=True),
    _f("text", T.LONG_TEXT, "Acuerdo",
       ("Acuerdo", "Acuerdos", "Compromiso", "Compromisos", "Descripción del acuerdo",
        "Descripción", "Acordo", "Compromisso", "Agreement", "Commitment"), required=True),
    _f("responsible", T.ORGANIZATION, "Institución responsable",
       ("Institución responsable", "Responsable", "Entidad responsable", "Organización",
        "Institución", "Instituição responsável", "Responsible", "Responsible organization"),
       max_length=_NAME),
    _f("responsible_person", T.PERSON, "Persona responsable",
       ("Persona responsable", "Responsable (persona)", "Encargado", "Encargada",
        "Pessoa responsável", "Responsible person"), max_length=_NAME),
    _f("due_date", T.DATE, "Fecha límite",
       ("Plazo", "Fecha límite", "Fecha compromiso", "Fecha de compromiso", "Vencimiento",
        "Fecha de vencimiento", "Prazo", "Due date", "Deadline"),),
    _f("status", T.ENUM, "Estado",
       ("Estado", "Situación", "Estatus", "Status", "Situação"), enum=AgreementStatus),
    _f("done_on", T.DATE, "Fecha de cumplimiento",
       ("Fecha de cumplimiento", "Cumplido el", "Fecha de ejecución", "Data de conclusão",
        "Done on", "Completed on"),),
    _f("follow_up", T.LONG_TEXT, "Seguimiento",
       ("Seguimiento", "Observaciones", "Comentarios", "Acompanhamento", "Follow-up",
        "Follow up", "Notes"),),
)  # fmt: skip

_ATTENDANCE = (
    _f("full_name", T.PERSON, "Nombre completo", _FULL_NAME, required=True, max_length=_NAME),
    *_NAME_PARTS,
    _f("organization", T.ORGANIZATION, "Organización", _ORG, max_length=_NAME),
    _f("position", T.TEXT, "Cargo", _POSITION, max_length=_MID),
    _f("email", T.EMAIL, "Correo electrónico", _EMAIL, max_length=_MID),
    _f("national_id", T.IDENTIFIER, "DNI / CURP / RUN", _NATIONAL_ID, max_length=_ID),
    _f("attended", T.BOOL, "Asistió",
       ("Asistió", "Asistencia", "Presente", "Asiste", "Compareceu", "Presença",
        "Attended", "Present"), enum=Presence),
    _f("excused", T.BOOL, "Justificó",
       ("Justificó", "Justificado", "Justificada", "Excusa", "Excusado", "Justificou",
        "Excused"),),
    _f("representation", T.ENUM, "Representación",
       ("Representación", "Titular / Suplente", "Calidad", "Tipo de representación",
        "Representação", "Representation"), enum=Representation),
)  # fmt: skip

_MEASUREMENTS = (
    _f("indicator", T.TEXT, "Indicador",
       ("Indicador", "Nombre del indicador", "Indicator"), required=True, max_length=_NAME),
    _f("date", T.DATE, "Fecha",
       ("Fecha", "Fecha de medición", "Fecha de corte", "Periodo", "Data", "Date"),
       required=True),
    _f("value", T.NUMBER, "Valor",
       ("Valor", "Valor medido", "Medición", "Resultado", "Dato", "Value", "Measurement"),
       required=True),
    _f("source", T.TEXT, "Fuente",
       ("Fuente", "Fuente de verificación", "Medio de verificación", "Fonte", "Source"),
       max_length=_MID),
    _f("notes", T.LONG_TEXT, "Observaciones", _NOTES),
)  # fmt: skip

_PROGRESS = (
    _f("code", T.IDENTIFIER, "Código",
       ("Código", "Cód.", "N°", "Código de acción", "Código da ação", "Code", "Action code"),
       required=True, max_length=_CODE),
    # The axis and title of the action, as the actions kind reads them, to tell apart actions
    # whose codes restart per axis ("Eje 1": 1, 2; "Eje 2": 1, 2); never written, never required.
    *(_f(s.name, s.type, s.template_header, s.synonyms, max_length=s.max_length)
      for s in _ACTIONS if s.name in ("axis", "title")),
    _f("status", T.ENUM, "Estado",
       ("Estado", "Situación", "Estatus", "Status", "Situação"), enum=ActionStatus),
    _f("progress_pct", T.PERCENT, "% de avance",
       ("Avance", "% Avance", "Avance %", "% de avance", "Porcentaje de avance", "Progreso",
        "Progresso", "Progress"),),
    _f("notes", T.LONG_TEXT, "Observaciones", _NOTES),
    _PLAN_SPEC,
)  # fmt: skip

_FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    kind: (*specs, _UUID_SPEC)
    for kind, specs in (
        (ImportKind.ORGANIZATIONS, _ORGANIZATIONS),
        (ImportKind.PEOPLE, _PEOPLE),
        (ImportKind.ACTIONS, _ACTIONS),
        (ImportKind.AGREEMENTS, _AGREEMENTS),
        (ImportKind.ATTENDANCE, _ATTENDANCE),
        (ImportKind.MEASUREMENTS, _MEASUREMENTS),
        (ImportKind.PROGRESS, _PROGRESS),
    )
}
_BY_NAME: dict[ImportKind, dict[str, FieldSpec]] = {
    kind: {spec.name: spec for spec in specs} for kind, specs in _FIELDS.items()
}
_REQUIRED: dict[ImportKind, tuple[str, ...]] = {
    kind: tuple(spec.name for spec in specs if spec.required) for kind, specs in _FIELDS.items()
}


def fields(kind: ImportKind) -> tuple[FieldSpec, ...]:
    """The fields of ``kind`` in template order (``uuid`` last)."""
    return _FIELDS[ImportKind(kind)]


def field_spec(kind: ImportKind, name: str) -> FieldSpec:
    """The field ``name`` of ``kind``; KeyError when ``kind`` has no such field."""
    return _BY_NAME[ImportKind(kind)][name]


def required_fields(kind: ImportKind) -> tuple[str, ...]:
    return _REQUIRED[ImportKind(kind)]


def numbering_fields(kind: ImportKind) -> frozenset[str]:
    """The optional row-number/code fields of ``kind``: alone in a row, they make it blank
    (a required key, like the code of a progress sheet, is never one)."""
    return frozenset(s.name for s in fields(kind) if s.numbering and not s.required)
