"""The English names of the fields and records a history shows, with their translation
context. Qt-free, so that the History dialog (through Qt's translator) and the person-data
PDF (through the same catalogue read without Qt) use the same words; marked with
QT_TRANSLATE_NOOP (a no-op here) so that lupdate extracts them."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


CONTEXT = "HistoryLabels"

FIELD_LABELS: dict[str, str] = {
    "action_id": QT_TRANSLATE_NOOP("HistoryLabels", "Action it advances"),
    "actor_type": QT_TRANSLATE_NOOP("HistoryLabels", "Actor type"),
    "address": QT_TRANSLATE_NOOP("HistoryLabels", "Address"),
    "agenda_id": QT_TRANSLATE_NOOP("HistoryLabels", "Agenda"),
    "agenda_items": QT_TRANSLATE_NOOP("HistoryLabels", "Agenda items"),
    "amount": QT_TRANSLATE_NOOP("HistoryLabels", "Amount"),
    "approved_on": QT_TRANSLATE_NOOP("HistoryLabels", "Approved on"),
    "attendances": QT_TRANSLATE_NOOP("HistoryLabels", "Attendance records"),
    "attended": QT_TRANSLATE_NOOP("HistoryLabels", "Attended"),
    "axis": QT_TRANSLATE_NOOP("HistoryLabels", "Axis"),
    "baseline": QT_TRANSLATE_NOOP("HistoryLabels", "Baseline"),
    "baseline_date": QT_TRANSLATE_NOOP("HistoryLabels", "Baseline date"),
    "bottleneck_id": QT_TRANSLATE_NOOP("HistoryLabels", "Bottleneck"),
    "bottleneck_ids": QT_TRANSLATE_NOOP("HistoryLabels", "Bottlenecks discussed"),
    "budget": QT_TRANSLATE_NOOP("HistoryLabels", "Budget"),
    "cancelled_on": QT_TRANSLATE_NOOP("HistoryLabels", "Cancelled on"),
    "category": QT_TRANSLATE_NOOP("HistoryLabels", "Category"),
    "code": QT_TRANSLATE_NOOP("HistoryLabels", "Code"),
    "competent_entity_id": QT_TRANSLATE_NOOP("HistoryLabels", "Competent entity"),
    "consent_on": QT_TRANSLATE_NOOP("HistoryLabels", "Consent given on"),
    "consent_purpose": QT_TRANSLATE_NOOP("HistoryLabels", "Consent purpose"),
    "convener_id": QT_TRANSLATE_NOOP("HistoryLabels", "Convener"),
    "coordinator_id": QT_TRANSLATE_NOOP("HistoryLabels", "Coordinator"),
    "currency": QT_TRANSLATE_NOOP("HistoryLabels", "Currency"),
    "date": QT_TRANSLATE_NOOP("HistoryLabels", "Date"),
    "description": QT_TRANSLATE_NOOP("HistoryLabels", "Description"),
    "direction": QT_TRANSLATE_NOOP("HistoryLabels", "Direction"),
    "done_on": QT_TRANSLATE_NOOP("HistoryLabels", "Done on"),
    "due_date": QT_TRANSLATE_NOOP("HistoryLabels", "Due date"),
    "email": QT_TRANSLATE_NOOP("HistoryLabels", "E-mail"),
    "end_date": QT_TRANSLATE_NOOP("HistoryLabels", "End"),
    "ends_at": QT_TRANSLATE_NOOP("HistoryLabels", "Ends at"),
    "erased": QT_TRANSLATE_NOOP("HistoryLabels", "Personal data erased"),
    "excused": QT_TRANSLATE_NOOP("HistoryLabels", "Excused"),
    "focus": QT_TRANSLATE_NOOP("HistoryLabels", "Focus"),
    "follow_up": QT_TRANSLATE_NOOP("HistoryLabels", "Follow-up"),
    "full_name": QT_TRANSLATE_NOOP("HistoryLabels", "Full name"),
    "funding": QT_TRANSLATE_NOOP("HistoryLabels", "Funding"),
    "funding_source": QT_TRANSLATE_NOOP("HistoryLabels", "Funding source"),
    "gender": QT_TRANSLATE_NOOP("HistoryLabels", "Gender"),
    "government_level": QT_TRANSLATE_NOOP("HistoryLabels", "Government level"),
    "identified_on": QT_TRANSLATE_NOOP("HistoryLabels", "Identified on"),
    "in_kind": QT_TRANSLATE_NOOP("HistoryLabels", "In kind"),
    "indicator": QT_TRANSLATE_NOOP("HistoryLabels", "Indicator"),
    "indicator_id": QT_TRANSLATE_NOOP("HistoryLabels", "Indicator"),
    "initiative_id": QT_TRANSLATE_NOOP("HistoryLabels", "Initiative"),
    "invited": QT_TRANSLATE_NOOP("HistoryLabels", "Invited"),
    "kind": QT_TRANSLATE_NOOP("HistoryLabels", "Kind"),
    "meeting_id": QT_TRANSLATE_NOOP("HistoryLabels", "Meeting"),
    "members_count": QT_TRANSLATE_NOOP("HistoryLabels", "Members"),
    "minutes": QT_TRANSLATE_NOOP("HistoryLabels", "Minutes"),
    "modality": QT_TRANSLATE_NOOP("HistoryLabels", "Modality"),
    "name": QT_TRANSLATE_NOOP("HistoryLabels", "Name"),
    "national_id": QT_TRANSLATE_NOOP("HistoryLabels", "National ID"),
    "next_meeting_on": QT_TRANSLATE_NOOP("HistoryLabels", "Next meeting on"),
    "notes": QT_TRANSLATE_NOOP("HistoryLabels", "Notes"),
    "number": QT_TRANSLATE_NOOP("HistoryLabels", "Number"),
    "objective": QT_TRANSLATE_NOOP("HistoryLabels", "Objective"),
    "organization_id": QT_TRANSLATE_NOOP("HistoryLabels", "Organization"),
    "period_end": QT_TRANSLATE_NOOP("HistoryLabels", "Period to"),
    "period_start": QT_TRANSLATE_NOOP("HistoryLabels", "Period from"),
    "person_id": QT_TRANSLATE_NOOP("HistoryLabels", "Person"),
    "phone": QT_TRANSLATE_NOOP("HistoryLabels", "Phone"),
    "place": QT_TRANSLATE_NOOP("HistoryLabels", "Place"),
    "plan_id": QT_TRANSLATE_NOOP("HistoryLabels", "Action plan"),
    "position": QT_TRANSLATE_NOOP("HistoryLabels", "Position"),
    "program": QT_TRANSLATE_NOOP("HistoryLabels", "Program"),
    "progress_pct": QT_TRANSLATE_NOOP("HistoryLabels", "Progress"),
    "proposed_solution": QT_TRANSLATE_NOOP("HistoryLabels", "Proposed solution"),
    "raised_in_meeting_id": QT_TRANSLATE_NOOP("HistoryLabels", "Raised in meeting"),
    "reason": QT_TRANSLATE_NOOP("HistoryLabels", "Reason"),
    "registered_on": QT_TRANSLATE_NOOP("HistoryLabels", "Registered on"),
    "representation": QT_TRANSLATE_NOOP("HistoryLabels", "Representation"),
    "representative": QT_TRANSLATE_NOOP("HistoryLabels", "Representative"),
    "resolution_evidence": QT_TRANSLATE_NOOP("HistoryLabels", "Resolution evidence"),
    "resolved_on": QT_TRANSLATE_NOOP("HistoryLabels", "Resolved on"),
    "responsible_id": QT_TRANSLATE_NOOP("HistoryLabels", "Responsible"),
    "responsible_org_id": QT_TRANSLATE_NOOP("HistoryLabels", "Responsible institution"),
    "responsible_person_id": QT_TRANSLATE_NOOP("HistoryLabels", "Responsible person"),
    "role": QT_TRANSLATE_NOOP("HistoryLabels", "Role"),
    "sector": QT_TRANSLATE_NOOP("HistoryLabels", "Sector"),
    "short_name": QT_TRANSLATE_NOOP("HistoryLabels", "Acronym"),
    "since": QT_TRANSLATE_NOOP("HistoryLabels", "Since"),
    "source": QT_TRANSLATE_NOOP("HistoryLabels", "Source"),
    "start_date": QT_TRANSLATE_NOOP("HistoryLabels", "Start"),
    "started_on": QT_TRANSLATE_NOOP("HistoryLabels", "Started on"),
    "starts_at": QT_TRANSLATE_NOOP("HistoryLabels", "Date and time"),
    "statement": QT_TRANSLATE_NOOP("HistoryLabels", "Statement"),
    "status": QT_TRANSLATE_NOOP("HistoryLabels", "Status"),
    "status_step_removed": QT_TRANSLATE_NOOP("HistoryLabels", "Status step removed"),
    "target": QT_TRANSLATE_NOOP("HistoryLabels", "Target"),
    "target_date": QT_TRANSLATE_NOOP("HistoryLabels", "Target date"),
    "tax_id": QT_TRANSLATE_NOOP("HistoryLabels", "Tax ID"),
    "territory_id": QT_TRANSLATE_NOOP("HistoryLabels", "Territory"),
    "text": QT_TRANSLATE_NOOP("HistoryLabels", "Text"),
    "title": QT_TRANSLATE_NOOP("HistoryLabels", "Title"),
    "unit": QT_TRANSLATE_NOOP("HistoryLabels", "Unit"),
    "until": QT_TRANSLATE_NOOP("HistoryLabels", "Until"),
    "value": QT_TRANSLATE_NOOP("HistoryLabels", "Value"),
    "version": QT_TRANSLATE_NOOP("HistoryLabels", "Version"),
    "vision": QT_TRANSLATE_NOOP("HistoryLabels", "Vision"),
    "website": QT_TRANSLATE_NOOP("HistoryLabels", "Website"),
}

# Where one field name means something else in one kind of record.
ENTITY_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("agenda_item", "position"): QT_TRANSLATE_NOOP("HistoryLabels", "Place in the agenda"),
    ("goal", "position"): QT_TRANSLATE_NOOP("HistoryLabels", "Place in the list"),
    ("agenda_priority", "position"): QT_TRANSLATE_NOOP("HistoryLabels", "Place in the list"),
    ("agreement", "text"): QT_TRANSLATE_NOOP("HistoryLabels", "Agreement"),
    ("action", "title"): QT_TRANSLATE_NOOP("HistoryLabels", "Action"),
}

ENTITY_LABELS: dict[str, str] = {
    "organization": QT_TRANSLATE_NOOP("HistoryLabels", "Organization"),
    "person": QT_TRANSLATE_NOOP("HistoryLabels", "Person"),
    "agenda": QT_TRANSLATE_NOOP("HistoryLabels", "Agenda"),
    "goal": QT_TRANSLATE_NOOP("HistoryLabels", "Goal"),
    "agenda_priority": QT_TRANSLATE_NOOP("HistoryLabels", "Priority sector"),
    "initiative": QT_TRANSLATE_NOOP("HistoryLabels", "Initiative"),
    "participation": QT_TRANSLATE_NOOP("HistoryLabels", "Participant"),
    "bottleneck": QT_TRANSLATE_NOOP("HistoryLabels", "Bottleneck"),
    "action_plan": QT_TRANSLATE_NOOP("HistoryLabels", "Action plan"),
    "action": QT_TRANSLATE_NOOP("HistoryLabels", "Action"),
    "indicator": QT_TRANSLATE_NOOP("HistoryLabels", "Indicator"),
    "measurement": QT_TRANSLATE_NOOP("HistoryLabels", "Measurement"),
    "meeting": QT_TRANSLATE_NOOP("HistoryLabels", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("HistoryLabels", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("HistoryLabels", "Attendance"),
    "agreement": QT_TRANSLATE_NOOP("HistoryLabels", "Agreement"),
}


def field_source(entity: str, field: str) -> str:
    """The English label of a field (its name with spaces when no label is known)."""
    return (
        ENTITY_FIELD_LABELS.get((entity, field))
        or FIELD_LABELS.get(field)
        or (field.replace("_", " ").capitalize())
    )
