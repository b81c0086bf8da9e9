"""A history entry in words: what happened, and each field's old and new value.

Field and record names come from ``domain/history_labels`` (the person-data PDF uses the same
words); values are written as the pages write them (dates day first, enumerations by their
labels, referenced records by their names)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from agencydesk.domain.enums import AuditAction
from agencydesk.domain.history import Erased, HistoryEntry, RefValue
from agencydesk.domain.history_labels import CONTEXT, ENTITY_LABELS, field_source
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.date_field import format_date

CELL_CHARS = 160  # a longer value (minutes, notes) is cut in its cell; its tooltip has more
TOOLTIP_CHARS = 2000


def entity_name(entity: str) -> str:
    return QCoreApplication.translate(CONTEXT, ENTITY_LABELS.get(entity, entity))


def field_name(entity: str, field: str) -> str:
    return QCoreApplication.translate(CONTEXT, field_source(entity, field))


def amount_text(value: Decimal) -> str:
    """ "8.215.000,00" in the user's language (as ``ui/plans/money`` writes amounts; not
    imported from there: the plans package imports this one)."""
    locale = QLocale()
    return (
        f"{value:,.2f}".replace(",", "\x00")
        .replace(".", locale.decimalPoint())
        .replace("\x00", locale.groupSeparator())
    )


def when_text(at: datetime) -> str:
    return f"{format_date(at.date())} {at:%H:%M}"


class HistoryTexts(QObject):
    def caption(self) -> str:
        return self.tr("History")

    def action(self, entry: HistoryEntry) -> str:
        """ "Changed", "Created by importing socios.xlsx", "Agenda item deleted"…"""
        if entry.import_file:
            text = (
                self.tr("Created by importing %1")
                if entry.action is AuditAction.CREATE
                else self.tr("Removed by undoing the import of %1")
            )
            text = text.replace("%1", entry.import_file)
        elif entry.action is AuditAction.CREATE:
            text = self.tr("Created")
        elif entry.action is AuditAction.DELETE:
            text = self.tr("Deleted")
        elif any(c.field == "erased" for c in entry.changes):
            text = self.tr("Personal data erased")
        else:
            text = self.tr("Changed")
        if entry.subject is not None:  # the verb first: a long subject is what gets cut
            return f"{text} · {entity_name(entry.entity)} “{entry.subject}”"
        return text

    def value(self, value: Any) -> str:
        """A value in words ("" for an empty one: the dialog shows it as "—")."""
        if value is None or value == "":
            return ""
        if isinstance(value, Erased):
            return self.tr("(erased)")
        if isinstance(value, RefValue):
            return value.name or self.tr("(deleted, #%1)").replace("%1", str(value.id))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(value, datetime):
            return when_text(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, Decimal):
            return amount_text(value)
        if isinstance(value, list):
            return "; ".join(t for t in (self.value(v) for v in value) if t)
        if isinstance(value, dict):  # a funding line
            return " · ".join(t for t in (self.value(v) for v in value.values()) if t)
        return str(value)

    def no_history(self) -> str:
        return self.tr(
            "No change is recorded for this record. Records loaded with the demo data, or "
            "written before this version of AgencyDesk, have no history."
        )


def cut(text: str, limit: int = CELL_CHARS) -> str:
    """One line of at most ``limit`` characters (a value's cell)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def from_difference(old: str, new: str, context: int = 24) -> tuple[str, str]:
    """Both texts as one line each, starting a little before where they differ: an edit at
    the end of long minutes shows, instead of the same beginning twice."""
    old, new = " ".join(old.split()), " ".join(new.split())
    same = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        same += 1
    if same <= context:
        return old, new
    start = same - context
    return "…" + old[start:], "…" + new[start:]
