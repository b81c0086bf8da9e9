"""The words users type for each enumeration, and the labels templates offer."""

from __future__ import annotations

from enum import StrEnum

import pytest

from agencydesk.domain.enums import (
    ActionStatus,
    ActorType,
    AgreementStatus,
    Gender,
    GovernmentLevel,
    Representation,
)
from agencydesk.domain.importing.vocabulary import (
    BOOL_CHOICES,
    bool_for,
    choice_for,
    template_choices,
    template_label,
)

# DOMAIN.md, "Vocabulary users type in spreadsheets", plus what the issue names.
DOMAIN_WORDS: list[tuple[type[StrEnum], str, StrEnum]] = [
    (ActorType, "Público", ActorType.PUBLIC),
    (ActorType, "Sector público", ActorType.PUBLIC),
    (ActorType, "Gobierno", ActorType.PUBLIC),
    (ActorType, "Municipalidad", ActorType.PUBLIC),
    (ActorType, "Privado", ActorType.PRIVATE),
    (ActorType, "Empresa", ActorType.PRIVATE),
    (ActorType, "Cooperativa", ActorType.PRIVATE),
    (ActorType, "Gremio", ActorType.PRIVATE),
    (ActorType, "Academia", ActorType.ACADEMIA),
    (ActorType, "Universidad", ActorType.ACADEMIA),
    (ActorType, "Sociedad civil", ActorType.CIVIL_SOCIETY),
    (ActorType, "ONG", ActorType.CIVIL_SOCIETY),
    (ActorType, "OSC", ActorType.CIVIL_SOCIETY),
    (ActorType, "A.C.", ActorType.CIVIL_SOCIETY),
    (ActorType, "AC", ActorType.CIVIL_SOCIETY),
    (ActorType, "Cooperación internacional", ActorType.INTERNATIONAL),
    (ActorType, "Setor privado", ActorType.PRIVATE),
    (ActorType, "Public sector", ActorType.PUBLIC),
    (ActionStatus, "No iniciada", ActionStatus.NOT_STARTED),
    (ActionStatus, "Pendiente", ActionStatus.NOT_STARTED),
    (ActionStatus, "En ejecución", ActionStatus.IN_PROGRESS),
    (ActionStatus, "En proceso", ActionStatus.IN_PROGRESS),
    (ActionStatus, "En curso", ActionStatus.IN_PROGRESS),
    (ActionStatus, "Atrasada", ActionStatus.DELAYED),
    (ActionStatus, "Retrasada", ActionStatus.DELAYED),
    (ActionStatus, "Terminada", ActionStatus.DONE),
    (ActionStatus, "Concluida", ActionStatus.DONE),
    (ActionStatus, "Cumplida", ActionStatus.DONE),
    (ActionStatus, "Cancelada", ActionStatus.CANCELLED),
    (ActionStatus, "Anulada", ActionStatus.CANCELLED),
    (ActionStatus, "Em andamento", ActionStatus.IN_PROGRESS),
    (ActionStatus, "In progress", ActionStatus.IN_PROGRESS),
    (AgreementStatus, "Abierto", AgreementStatus.OPEN),
    (AgreementStatus, "Pendiente", AgreementStatus.OPEN),
    (AgreementStatus, "En curso", AgreementStatus.OPEN),
    (AgreementStatus, "Cumplido", AgreementStatus.DONE),
    (AgreementStatus, "Hecho", AgreementStatus.DONE),
    (AgreementStatus, "Realizado", AgreementStatus.DONE),
    (AgreementStatus, "Cancelado", AgreementStatus.CANCELLED),
    (AgreementStatus, "Anulado", AgreementStatus.CANCELLED),
    (Gender, "Mujer", Gender.FEMALE),
    (Gender, "Femenino", Gender.FEMALE),
    (Gender, "F", Gender.FEMALE),
    (Gender, "Hombre", Gender.MALE),
    (Gender, "Masculino", Gender.MALE),
    (Gender, "M", Gender.MALE),
    (Representation, "Titular", Representation.TITULAR),
    (Representation, "Suplente", Representation.ALTERNATE),
    (Representation, "Alterno", Representation.ALTERNATE),
    (GovernmentLevel, "Nacional", GovernmentLevel.NATIONAL),
    (GovernmentLevel, "Federal", GovernmentLevel.NATIONAL),
    (GovernmentLevel, "Regional", GovernmentLevel.REGIONAL),
    (GovernmentLevel, "Estatal", GovernmentLevel.REGIONAL),
    (GovernmentLevel, "Departamental", GovernmentLevel.REGIONAL),
    (GovernmentLevel, "Local", GovernmentLevel.LOCAL),
    (GovernmentLevel, "Municipal", GovernmentLevel.LOCAL),
    (GovernmentLevel, "Comunal", GovernmentLevel.LOCAL),
]


@pytest.mark.parametrize(("enum", "text", "member"), DOMAIN_WORDS)
def test_domain_vocabulary(enum: type[StrEnum], text: str, member: StrEnum) -> None:
    assert choice_for(enum, text) is member
    assert choice_for(enum, f"  {text.upper()} ") is member


@pytest.mark.parametrize(
    "enum", [ActorType, GovernmentLevel, Gender, ActionStatus, AgreementStatus, Representation]
)
def test_codes_and_template_labels_map_back(enum: type[StrEnum]) -> None:
    labels = template_choices(enum)
    assert len(labels) == len(enum)
    for member, label in zip(enum, labels, strict=True):
        assert choice_for(enum, member.value) is member
        assert choice_for(enum, label) is member
        assert template_label(member) == label


def test_template_labels_are_spanish() -> None:
    assert template_choices(ActorType) == [
        "Público",
        "Privado",
        "Academia",
        "Sociedad civil",
        "Cooperación internacional",
    ]
    assert template_choices(ActionStatus)[1] == "En ejecución"
    assert template_choices(AgreementStatus) == ["Abierto", "Cumplido", "Cancelado"]


def test_unknown_words() -> None:
    assert choice_for(ActorType, "Marciano") is None
    assert choice_for(ActorType, "") is None
    assert choice_for(ActorType, None) is None


def test_yes_and_no() -> None:
    assert [bool_for(w) for w in BOOL_CHOICES] == [True, False]
    for word in ("Sí", "si", "X", "✓", "Yes", "Sim", "True", "1", "Asistió", "Presente"):
        assert bool_for(word) is True, word
    for word in ("No", "0", "False", "Ausente", "não"):
        assert bool_for(word) is False, word
    assert bool_for("Tal vez") is None
    assert bool_for("") is None
