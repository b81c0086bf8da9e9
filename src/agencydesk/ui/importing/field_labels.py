"""Translated names of the importable fields (``FieldSpec.name``) and of the import kinds.

A field name means the same in every kind ("email", "notes"), so one table serves them all;
the few names whose meaning depends on the kind ("status", "responsible") read well for each.
Marked with QT_TRANSLATE_NOOP and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agencydesk.domain.importing.kinds import ImportKind

CONTEXT = "ImportFields"

_FIELDS: dict[str, str] = {
    "uuid": QT_TRANSLATE_NOOP("ImportFields", "AgencyDesk identifier (uuid)"),
    # organizations
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportFields", "Short name"),
    "actor_type": QT_TRANSLATE_NOOP("ImportFields", "Type of actor"),
    "government_level": QT_TRANSLATE_NOOP("ImportFields", "Level of government"),
    "sector": QT_TRANSLATE_NOOP("ImportFields", "Sector"),
    "tax_id": QT_TRANSLATE_NOOP("ImportFields", "Tax id (RUC, RUT, RFC)"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "website": QT_TRANSLATE_NOOP("ImportFields", "Website"),
    "representative": QT_TRANSLATE_NOOP("ImportFields", "Representative"),
    "members_count": QT_TRANSLATE_NOOP("ImportFields", "Number of members"),
    "registered_on": QT_TRANSLATE_NOOP("ImportFields", "Registered on"),
    # matched by name to the territories already entered, never created
    "territory": QT_TRANSLATE_NOOP("ImportFields", "Territory"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    # people and attendance
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    # a name split over columns ("Nombres | Apellido paterno | Apellido materno"), joined
    "given_names": QT_TRANSLATE_NOOP("ImportFields", "Given names (part of the name)"),
    "middle_names": QT_TRANSLATE_NOOP("ImportFields", "Middle names (part of the name)"),
    "surname": QT_TRANSLATE_NOOP("ImportFields", "First surname (or surnames)"),
    "second_surname": QT_TRANSLATE_NOOP("ImportFields", "Second surname"),
    "national_id": QT_TRANSLATE_NOOP("ImportFields", "National id (DNI, CURP, RUN)"),
    "organization": QT_TRANSLATE_NOOP("ImportFields", "Organization"),
    "position": QT_TRANSLATE_NOOP("ImportFields", "Position"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "consent_on": QT_TRANSLATE_NOOP("ImportFields", "Consent given on"),
    "consent_purpose": QT_TRANSLATE_NOOP("ImportFields", "Purpose of the consent"),
    "attended": QT_TRANSLATE_NOOP("ImportFields", "Attended"),
    "excused": QT_TRANSLATE_NOOP("ImportFields", "Excused"),
    "representation": QT_TRANSLATE_NOOP("ImportFields", "Representation"),
    # actions and progress
    "code": QT_TRANSLATE_NOOP("ImportFields", "Code"),
    "axis": QT_TRANSLATE_NOOP("ImportFields", "Axis"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
    "responsible": QT_TRANSLATE_NOOP("ImportFields", "Responsible organization"),
    "start_date": QT_TRANSLATE_NOOP("ImportFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ImportFields", "End date"),
    "budget": QT_TRANSLATE_NOOP("ImportFields", "Budget"),
    "funding_source": QT_TRANSLATE_NOOP("ImportFields", "Funding source"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "progress_pct": QT_TRANSLATE_NOOP("ImportFields", "Progress (%)"),
    "indicator": QT_TRANSLATE_NOOP("ImportFields", "Indicator"),
    "target": QT_TRANSLATE_NOOP("ImportFields", "Target"),
    "unit": QT_TRANSLATE_NOOP("ImportFields", "Unit"),
    # the plan a row is of: rows of another plan are rejected, nothing is written
    "plan": QT_TRANSLATE_NOOP("ImportFields", "Action plan (checked, not imported)"),
    # agreements
    "number": QT_TRANSLATE_NOOP("ImportFields", "Number"),
    "text": QT_TRANSLATE_NOOP("ImportFields", "Agreement"),
    "responsible_person": QT_TRANSLATE_NOOP("ImportFields", "Responsible person"),
    "due_date": QT_TRANSLATE_NOOP("ImportFields", "Due date"),
    "done_on": QT_TRANSLATE_NOOP("ImportFields", "Done on"),
    "follow_up": QT_TRANSLATE_NOOP("ImportFields", "Follow-up"),
    # measurements
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "value": QT_TRANSLATE_NOOP("ImportFields", "Value"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source"),
}

_KINDS: dict[ImportKind, str] = {
    ImportKind.ORGANIZATIONS: QT_TRANSLATE_NOOP("ImportFields", "Organizations"),
    ImportKind.PEOPLE: QT_TRANSLATE_NOOP("ImportFields", "People (contacts)"),
    ImportKind.ACTIONS: QT_TRANSLATE_NOOP("ImportFields", "Actions of an action plan"),
    ImportKind.AGREEMENTS: QT_TRANSLATE_NOOP("ImportFields", "Agreements of a meeting"),
    ImportKind.ATTENDANCE: QT_TRANSLATE_NOOP("ImportFields", "Attendance of a meeting"),
    ImportKind.MEASUREMENTS: QT_TRANSLATE_NOOP("ImportFields", "Indicator measurements"),
    ImportKind.PROGRESS: QT_TRANSLATE_NOOP(
        "ImportFields", "Progress of existing actions (by code)"
    ),
}


def field_label(name: str) -> str:
    """The translated name of a field (its code when unknown: a new field still shows)."""
    source = _FIELDS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


def kind_label(kind: ImportKind) -> str:
    return QCoreApplication.translate(CONTEXT, _KINDS[kind])


def kind_choices() -> list[tuple[str, ImportKind]]:
    return [(kind_label(kind), kind) for kind in ImportKind]
