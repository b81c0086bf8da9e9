"""Translated names of the exchanged tables and fields, and values as a person reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agencydesk.ui.importing.field_labels import field_label
from agencydesk.ui.labels import label

TABLES: dict[str, str] = {
    "territories": QT_TRANSLATE_NOOP("ExchangeTables", "Territories"),
    "organizations": QT_TRANSLATE_NOOP("ExchangeTables", "Organizations"),
    "people": QT_TRANSLATE_NOOP("ExchangeTables", "People"),
    "agendas": QT_TRANSLATE_NOOP("ExchangeTables", "Agendas"),
    "goals": QT_TRANSLATE_NOOP("ExchangeTables", "Goals"),
    "agenda_priorities": QT_TRANSLATE_NOOP("ExchangeTables", "Priority sectors"),
    "initiatives": QT_TRANSLATE_NOOP("ExchangeTables", "Initiatives"),
    "participations": QT_TRANSLATE_NOOP("ExchangeTables", "Participants"),
    "bottlenecks": QT_TRANSLATE_NOOP("ExchangeTables", "Bottlenecks"),
    "bottleneck_status_changes": QT_TRANSLATE_NOOP("ExchangeTables", "Bottleneck history"),
    "action_plans": QT_TRANSLATE_NOOP("ExchangeTables", "Action plans"),
    "actions": QT_TRANSLATE_NOOP("ExchangeTables", "Actions"),
    "funding_lines": QT_TRANSLATE_NOOP("ExchangeTables", "Funding lines"),
    "indicators": QT_TRANSLATE_NOOP("ExchangeTables", "Indicators"),
    "measurements": QT_TRANSLATE_NOOP("ExchangeTables", "Measurements"),
    "meetings": QT_TRANSLATE_NOOP("ExchangeTables", "Meetings"),
    "meeting_status_changes": QT_TRANSLATE_NOOP("ExchangeTables", "Meeting log"),
    "meeting_agenda_items": QT_TRANSLATE_NOOP("ExchangeTables", "Agenda items"),
    "agenda_item_bottlenecks": QT_TRANSLATE_NOOP(
        "ExchangeTables", "Bottlenecks discussed at meetings"
    ),
    "attendances": QT_TRANSLATE_NOOP("ExchangeTables", "Attendance"),
    "agreements": QT_TRANSLATE_NOOP("ExchangeTables", "Agreements"),
}

# Fields the import's field names (ImportFields) do not cover; references without "_id".
FIELDS: dict[str, str] = {
    "action": QT_TRANSLATE_NOOP("ExchangeFields", "Action"),
    "agenda": QT_TRANSLATE_NOOP("ExchangeFields", "Agenda"),
    "agenda_item": QT_TRANSLATE_NOOP("ExchangeFields", "Agenda item"),
    "amount": QT_TRANSLATE_NOOP("ExchangeFields", "Amount"),
    "approved_on": QT_TRANSLATE_NOOP("ExchangeFields", "Approved on"),
    "baseline": QT_TRANSLATE_NOOP("ExchangeFields", "Baseline"),
    "baseline_date": QT_TRANSLATE_NOOP("ExchangeFields", "Baseline date"),
    "bottleneck": QT_TRANSLATE_NOOP("ExchangeFields", "Bottleneck"),
    "cancelled_on": QT_TRANSLATE_NOOP("ExchangeFields", "Cancelled on"),
    "category": QT_TRANSLATE_NOOP("ExchangeFields", "Category"),
    "changed_at": QT_TRANSLATE_NOOP("ExchangeFields", "Changed at"),
    "changed_by": QT_TRANSLATE_NOOP("ExchangeFields", "Changed by"),
    "changed_on": QT_TRANSLATE_NOOP("ExchangeFields", "Changed on"),
    "competent_entity": QT_TRANSLATE_NOOP("ExchangeFields", "Competent entity"),
    "convener": QT_TRANSLATE_NOOP("ExchangeFields", "Convener"),
    "coordinator": QT_TRANSLATE_NOOP("ExchangeFields", "Coordinator"),
    "currency": QT_TRANSLATE_NOOP("ExchangeFields", "Currency"),
    "direction": QT_TRANSLATE_NOOP("ExchangeFields", "Direction"),
    "ends_at": QT_TRANSLATE_NOOP("ExchangeFields", "Ends at"),
    "focus": QT_TRANSLATE_NOOP("ExchangeFields", "Focus"),
    "from_status": QT_TRANSLATE_NOOP("ExchangeFields", "From status"),
    "identified_on": QT_TRANSLATE_NOOP("ExchangeFields", "Identified on"),
    "in_kind": QT_TRANSLATE_NOOP("ExchangeFields", "In kind"),
    "initiative": QT_TRANSLATE_NOOP("ExchangeFields", "Initiative"),
    "invited": QT_TRANSLATE_NOOP("ExchangeFields", "Invited"),
    "kind": QT_TRANSLATE_NOOP("ExchangeFields", "Kind"),
    "level": QT_TRANSLATE_NOOP("ExchangeFields", "Level"),
    "meeting": QT_TRANSLATE_NOOP("ExchangeFields", "Meeting"),
    "minutes": QT_TRANSLATE_NOOP("ExchangeFields", "Minutes"),
    "modality": QT_TRANSLATE_NOOP("ExchangeFields", "Modality"),
    "next_meeting_on": QT_TRANSLATE_NOOP("ExchangeFields", "Next meeting on"),
    "note": QT_TRANSLATE_NOOP("ExchangeFields", "Note"),
    "objective": QT_TRANSLATE_NOOP("ExchangeFields", "Objective"),
    "parent": QT_TRANSLATE_NOOP("ExchangeFields", "Part of"),
    "period_end": QT_TRANSLATE_NOOP("ExchangeFields", "Period end"),
    "period_start": QT_TRANSLATE_NOOP("ExchangeFields", "Period start"),
    "person": QT_TRANSLATE_NOOP("ExchangeFields", "Person"),
    "place": QT_TRANSLATE_NOOP("ExchangeFields", "Place"),
    "plan": QT_TRANSLATE_NOOP("ExchangeFields", "Action plan"),
    "program": QT_TRANSLATE_NOOP("ExchangeFields", "Program"),
    "proposed_solution": QT_TRANSLATE_NOOP("ExchangeFields", "Proposed solution"),
    "raised_in_meeting": QT_TRANSLATE_NOOP("ExchangeFields", "Raised in meeting"),
    "reason": QT_TRANSLATE_NOOP("ExchangeFields", "Reason"),
    "resolution_evidence": QT_TRANSLATE_NOOP("ExchangeFields", "Evidence of resolution"),
    "resolved_on": QT_TRANSLATE_NOOP("ExchangeFields", "Resolved on"),
    "responsible_org": QT_TRANSLATE_NOOP("ExchangeFields", "Responsible organization"),
    "role": QT_TRANSLATE_NOOP("ExchangeFields", "Role"),
    "since": QT_TRANSLATE_NOOP("ExchangeFields", "Since"),
    "until": QT_TRANSLATE_NOOP("ExchangeFields", "Until"),
    "started_on": QT_TRANSLATE_NOOP("ExchangeFields", "Started on"),
    "starts_at": QT_TRANSLATE_NOOP("ExchangeFields", "Starts at"),
    "statement": QT_TRANSLATE_NOOP("ExchangeFields", "Statement"),
    "target_date": QT_TRANSLATE_NOOP("ExchangeFields", "Target date"),
    "territory": QT_TRANSLATE_NOOP("ExchangeFields", "Territory"),
    "to_status": QT_TRANSLATE_NOOP("ExchangeFields", "To status"),
    "version": QT_TRANSLATE_NOOP("ExchangeFields", "Version"),
    "vision": QT_TRANSLATE_NOOP("ExchangeFields", "Vision"),
}

SHOWN_LENGTH = 300


def table_name(table: str) -> str:
    source = TABLES.get(table)
    return QCoreApplication.translate("ExchangeTables", source) if source else table


def field_name(column: str) -> str:
    name = column.removesuffix("_id") if column.endswith("_id") else column
    source = FIELDS.get(name)
    if source is not None:
        return QCoreApplication.translate("ExchangeFields", source)
    return field_label(name)


def value_text(value: Any) -> str:
    """A value of a conflict as text ("" for empty; the caller shows a placeholder)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ExchangeFields", "Yes")
        return QCoreApplication.translate("ExchangeFields", "No")
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def local_time(value: datetime) -> str:
    """A stored (UTC) time as this computer's local time."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
