"""Translated labels for the stored English codes of every enumeration.

Strings are marked with QT_TRANSLATE_NOOP so lupdate extracts them, and translated at the
moment they are shown (the language can change while the program runs).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

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


class UsagePhrases(QObject):
    """ "3 people", "1 agreement": how many rows of a table use a record (from the schema's
    foreign keys). Written with self.tr(..., n), the form lupdate marks as plural."""

    def phrase(self, table: str, n: int) -> str:
        match table:
            case "territories":
                return self.tr("%n territory(ies)", "", n)
            case "organizations":
                return self.tr("%n organization(s)", "", n)
            case "people":
                return self.tr("%n person(s)", "", n)
            case "agendas":
                return self.tr("%n agenda(s)", "", n)
            case "goals":
                return self.tr("%n goal(s)", "", n)
            case "initiatives":
                return self.tr("%n initiative(s)", "", n)
            case "participations":
                return self.tr("%n participation(s) in initiatives", "", n)
            case "bottlenecks":
                return self.tr("%n bottleneck(s)", "", n)
            case "action_plans":
                return self.tr("%n action plan(s)", "", n)
            case "actions":
                return self.tr("%n action(s)", "", n)
            case "funding_lines":
                return self.tr("%n funding line(s)", "", n)
            case "indicators":
                return self.tr("%n indicator(s)", "", n)
            case "measurements":
                return self.tr("%n measurement(s)", "", n)
            case "meetings":
                return self.tr("%n meeting(s)", "", n)
            case "meeting_agenda_items":
                return self.tr("%n agenda item(s)", "", n)
            case "attendances":
                return self.tr("%n attendance record(s)", "", n)
            case "agreements":
                return self.tr("%n agreement(s)", "", n)
        return f"{n} {table}"


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


def usage_label(table: str, count: int) -> str:
    """ "3 people", "1 agreement": how many rows of ``table`` use a record."""
    return UsagePhrases().phrase(table, count)
