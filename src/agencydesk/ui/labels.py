"""Translated labels for the stored English codes of every enumeration.

Strings are marked with QT_TRANSLATE_NOOP so lupdate extracts them, and translated at the
moment they are shown (the language can change while the program runs).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject

from agencydesk.domain.labels import LABELS as _LABELS


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
            case "agenda_priorities":
                return self.tr("%n priority sector(s)", "", n)
            case "bottleneck_status_changes":
                return self.tr("%n status change(s)", "", n)
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
            case "agenda_item_bottlenecks":
                return self.tr("%n agenda item(s) of a meeting", "", n)
            case "meeting_status_changes":
                return self.tr("%n step(s) of a meeting's log", "", n)
        return f"{n} {table}"


def label(value: StrEnum | str | None) -> str:
    """The translated label of an enumeration value ("" for None)."""
    if value is None:
        return ""
    found = _LABELS.get((type(value), value.value)) if isinstance(value, StrEnum) else None
    if found is None:
        return str(value)
    return QCoreApplication.translate(*found)


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in declaration order, for combo boxes."""
    return [(label(member), member) for member in enum_cls]


def usage_label(table: str, count: int) -> str:
    """ "3 people", "1 agreement": how many rows of ``table`` use a record."""
    return UsagePhrases().phrase(table, count)
