"""Translated labels for the stored English codes of every enumeration.

Strings are marked with QT_TRANSLATE_NOOP so lupdate extracts them, and translated at the
moment they are shown (the language can change while the program runs).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agencydesk.domain import enums as e

CONTEXT = "Labels"

_LABELS: dict[StrEnum, str] = {
    e.ActorType.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public"),
    e.ActorType.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private"),
    e.ActorType.ACADEMIA: QT_TRANSLATE_NOOP("Labels", "Academia"),
    e.ActorType.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Labels", "Civil society"),
    e.ActorType.INTERNATIONAL: QT_TRANSLATE_NOOP("Labels", "International"),
    e.GovernmentLevel.NATIONAL: QT_TRANSLATE_NOOP("Labels", "National"),
    e.GovernmentLevel.REGIONAL: QT_TRANSLATE_NOOP("Labels", "Regional"),
    e.GovernmentLevel.LOCAL: QT_TRANSLATE_NOOP("Labels", "Local"),
    e.Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    e.Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    e.Gender.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    e.Gender.UNDISCLOSED: QT_TRANSLATE_NOOP("Labels", "Prefers not to say"),
    e.TerritoryLevel.COUNTRY: QT_TRANSLATE_NOOP("Labels", "Country"),
    e.TerritoryLevel.REGION: QT_TRANSLATE_NOOP("Labels", "Region"),
    e.TerritoryLevel.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Province"),
    e.TerritoryLevel.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    e.TerritoryLevel.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District"),
    e.ParticipationRole.CONVENER: QT_TRANSLATE_NOOP("Labels", "Convener"),
    e.ParticipationRole.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    e.ParticipationRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    e.ParticipationRole.TECHNICAL_SECRETARIAT: QT_TRANSLATE_NOOP("Labels", "Technical secretariat"),
    e.ParticipationRole.FUNDER: QT_TRANSLATE_NOOP("Labels", "Funder"),
    e.ParticipationRole.OBSERVER: QT_TRANSLATE_NOOP("Labels", "Observer"),
    e.Country.MEXICO: QT_TRANSLATE_NOOP("Labels", "Mexico"),
    e.Country.PERU: QT_TRANSLATE_NOOP("Labels", "Peru"),
    e.Country.CHILE: QT_TRANSLATE_NOOP("Labels", "Chile"),
    e.Country.OTHER: QT_TRANSLATE_NOOP("Labels", "Other country"),
}

# Names of tables as they appear in "used by ..." sentences (from the schema's foreign keys).
_TABLES: dict[str, str] = {
    "territories": QT_TRANSLATE_NOOP("Labels", "territories"),
    "organizations": QT_TRANSLATE_NOOP("Labels", "organizations"),
    "people": QT_TRANSLATE_NOOP("Labels", "people"),
    "agendas": QT_TRANSLATE_NOOP("Labels", "agendas"),
    "goals": QT_TRANSLATE_NOOP("Labels", "goals"),
    "initiatives": QT_TRANSLATE_NOOP("Labels", "initiatives"),
    "participations": QT_TRANSLATE_NOOP("Labels", "participations in initiatives"),
    "bottlenecks": QT_TRANSLATE_NOOP("Labels", "bottlenecks"),
    "action_plans": QT_TRANSLATE_NOOP("Labels", "action plans"),
    "actions": QT_TRANSLATE_NOOP("Labels", "actions"),
    "funding_lines": QT_TRANSLATE_NOOP("Labels", "funding lines"),
    "indicators": QT_TRANSLATE_NOOP("Labels", "indicators"),
    "measurements": QT_TRANSLATE_NOOP("Labels", "measurements"),
    "meetings": QT_TRANSLATE_NOOP("Labels", "meetings"),
    "meeting_agenda_items": QT_TRANSLATE_NOOP("Labels", "agenda items"),
    "attendances": QT_TRANSLATE_NOOP("Labels", "attendance records"),
    "agreements": QT_TRANSLATE_NOOP("Labels", "agreements"),
}


def label(value: StrEnum | str | None) -> str:
    """The translated label of an enumeration value ("" for None)."""
    if value is None:
        return ""
    source = _LABELS.get(value) if isinstance(value, StrEnum) else None
    if source is None:
        return str(value)
    return QCoreApplication.translate(CONTEXT, source)


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in declaration order, for combo boxes."""
    return [(label(member), member) for member in enum_cls]


def table_label(table: str) -> str:
    source = _TABLES.get(table)
    return QCoreApplication.translate(CONTEXT, source) if source else table
