"""The English labels of the stored codes of every enumeration, with their translation contexts.

Qt-free, so that the UI (``ui/labels.py``, through Qt's translator) and the PDF documents
(``services/reports``, through the same catalogue read without Qt) show the same words. The
strings are marked with QT_TRANSLATE_NOOP, a no-op here, so that lupdate extracts them.
"""

from __future__ import annotations

from enum import StrEnum

from agencydesk.domain import enums as e


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


CONTEXT = "Labels"

# A list of pairs, not a dict keyed by member: members of different enumerations with the same
# code ("other", "closed", "private") are equal as strings and would overwrite each other.
_LABEL_PAIRS: list[tuple[StrEnum, str]] = [
    (e.ActorType.PUBLIC, QT_TRANSLATE_NOOP("Labels", "Public")),
    (e.ActorType.PRIVATE, QT_TRANSLATE_NOOP("Labels", "Private")),
    (e.ActorType.ACADEMIA, QT_TRANSLATE_NOOP("Labels", "Academia")),
    (e.ActorType.CIVIL_SOCIETY, QT_TRANSLATE_NOOP("Labels", "Civil society")),
    (e.ActorType.INTERNATIONAL, QT_TRANSLATE_NOOP("Labels", "International")),
    (e.GovernmentLevel.NATIONAL, QT_TRANSLATE_NOOP("Labels", "National")),
    (e.GovernmentLevel.REGIONAL, QT_TRANSLATE_NOOP("Labels", "Regional")),
    (e.GovernmentLevel.LOCAL, QT_TRANSLATE_NOOP("Labels", "Local")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (e.Gender.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.Gender.UNDISCLOSED, QT_TRANSLATE_NOOP("Labels", "Prefers not to say")),
    (e.TerritoryLevel.COUNTRY, QT_TRANSLATE_NOOP("Labels", "Country")),
    (e.TerritoryLevel.REGION, QT_TRANSLATE_NOOP("Labels", "Region")),
    (e.TerritoryLevel.PROVINCE, QT_TRANSLATE_NOOP("Labels", "Province")),
    (e.TerritoryLevel.MUNICIPALITY, QT_TRANSLATE_NOOP("Labels", "Municipality")),
    (e.TerritoryLevel.DISTRICT, QT_TRANSLATE_NOOP("Labels", "District")),
    (e.ParticipationRole.CONVENER, QT_TRANSLATE_NOOP("Labels", "Convener")),
    (e.ParticipationRole.COORDINATOR, QT_TRANSLATE_NOOP("Labels", "Coordinator")),
    (e.ParticipationRole.MEMBER, QT_TRANSLATE_NOOP("Labels", "Member")),
    (
        e.ParticipationRole.TECHNICAL_SECRETARIAT,
        QT_TRANSLATE_NOOP("Labels", "Technical secretariat"),
    ),
    (e.ParticipationRole.FUNDER, QT_TRANSLATE_NOOP("Labels", "Funder")),
    (e.ParticipationRole.OBSERVER, QT_TRANSLATE_NOOP("Labels", "Observer")),
    (e.Representation.TITULAR, QT_TRANSLATE_NOOP("Labels", "Titular")),
    (e.Representation.ALTERNATE, QT_TRANSLATE_NOOP("Labels", "Alternate")),
    (e.AgendaStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (e.AgendaStatus.VALIDATED, QT_TRANSLATE_NOOP("Labels", "Validated")),
    (e.AgendaStatus.IN_EXECUTION, QT_TRANSLATE_NOOP("Labels", "In execution")),
    (e.AgendaStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.GoalKind.STRATEGIC, QT_TRANSLATE_NOOP("Labels", "Strategic goal (what)")),
    (e.GoalKind.MANAGEMENT, QT_TRANSLATE_NOOP("Labels", "Management goal (how)")),
    (e.InitiativeKind.CLUSTER, QT_TRANSLATE_NOOP("Labels", "Cluster")),
    (e.InitiativeKind.VALUE_CHAIN, QT_TRANSLATE_NOOP("Labels", "Value chain")),
    (e.InitiativeKind.LOCAL_PRODUCTIVE, QT_TRANSLATE_NOOP("Labels", "Local productive system")),
    (e.InitiativeKind.BUSINESS_NETWORK, QT_TRANSLATE_NOOP("Labels", "Business network")),
    (e.InitiativeKind.SUPPLIER_DEVELOPMENT, QT_TRANSLATE_NOOP("Labels", "Supplier development")),
    (
        e.InitiativeKind.EXECUTIVE_TABLE,
        QT_TRANSLATE_NOOP("Labels", "Executive table (mesa ejecutiva)"),
    ),
    (e.InitiativeFocus.SECTOR, QT_TRANSLATE_NOOP("Labels", "Sector")),
    (e.InitiativeFocus.FACTOR, QT_TRANSLATE_NOOP("Labels", "Production factor")),
    (e.InitiativeStatus.PROPOSED, QT_TRANSLATE_NOOP("Labels", "Proposed")),
    (e.InitiativeStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
    (e.InitiativeStatus.PAUSED, QT_TRANSLATE_NOOP("Labels", "Paused")),
    (e.InitiativeStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.BottleneckCategory.REGULATION, QT_TRANSLATE_NOOP("Labels", "Regulation")),
    (e.BottleneckCategory.FUNCTIONS, QT_TRANSLATE_NOOP("Labels", "Functions and procedures")),
    (e.BottleneckCategory.INFRASTRUCTURE, QT_TRANSLATE_NOOP("Labels", "Infrastructure")),
    (e.BottleneckCategory.FINANCE, QT_TRANSLATE_NOOP("Labels", "Finance")),
    (e.BottleneckCategory.HUMAN_CAPITAL, QT_TRANSLATE_NOOP("Labels", "Human capital")),
    (e.BottleneckCategory.TECHNOLOGY, QT_TRANSLATE_NOOP("Labels", "Technology")),
    (e.BottleneckCategory.MARKET_ACCESS, QT_TRANSLATE_NOOP("Labels", "Market access")),
    (e.BottleneckCategory.COORDINATION, QT_TRANSLATE_NOOP("Labels", "Coordination")),
    (e.BottleneckCategory.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.BottleneckStatus.IDENTIFIED, QT_TRANSLATE_NOOP("Labels", "Identified")),
    (e.BottleneckStatus.SOLUTION_AGREED, QT_TRANSLATE_NOOP("Labels", "Solution agreed")),
    (e.BottleneckStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (e.BottleneckStatus.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved")),
    (e.BottleneckStatus.DROPPED, QT_TRANSLATE_NOOP("Labels", "Dropped")),
    (e.PlanStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (e.PlanStatus.APPROVED, QT_TRANSLATE_NOOP("Labels", "Approved")),
    (e.PlanStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.ActionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels", "Not started")),
    (e.ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (e.ActionStatus.DELAYED, QT_TRANSLATE_NOOP("Labels", "Delayed")),
    (e.ActionStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (e.ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (e.FundingSource.MUNICIPAL, QT_TRANSLATE_NOOP("Labels", "Municipal")),
    (e.FundingSource.REGIONAL, QT_TRANSLATE_NOOP("Labels", "Regional")),
    (e.FundingSource.NATIONAL, QT_TRANSLATE_NOOP("Labels", "National")),
    (e.FundingSource.PRIVATE, QT_TRANSLATE_NOOP("Labels", "Private")),
    (e.FundingSource.COOPERATION, QT_TRANSLATE_NOOP("Labels", "International cooperation")),
    (e.FundingSource.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.IndicatorDirection.INCREASE, QT_TRANSLATE_NOOP("Labels", "Increase")),
    (e.IndicatorDirection.DECREASE, QT_TRANSLATE_NOOP("Labels", "Decrease")),
    (e.MeetingKind.ORDINARY, QT_TRANSLATE_NOOP("Labels", "Ordinary session")),
    (e.MeetingKind.EXTRAORDINARY, QT_TRANSLATE_NOOP("Labels", "Extraordinary session")),
    (e.MeetingKind.FIELD_VISIT, QT_TRANSLATE_NOOP("Labels", "Field visit")),
    (e.MeetingModality.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (e.MeetingModality.VIRTUAL, QT_TRANSLATE_NOOP("Labels", "Virtual")),
    (e.MeetingModality.HYBRID, QT_TRANSLATE_NOOP("Labels", "Hybrid")),
    (e.MeetingStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (e.MeetingStatus.HELD, QT_TRANSLATE_NOOP("Labels", "Held")),
    (e.MeetingStatus.MINUTES_APPROVED, QT_TRANSLATE_NOOP("Labels", "Minutes approved")),
    (e.MeetingStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (e.Presence.ATTENDED, QT_TRANSLATE_NOOP("Labels", "Attended")),
    (e.Presence.EXCUSED, QT_TRANSLATE_NOOP("Labels", "Excused")),
    (e.Presence.ABSENT, QT_TRANSLATE_NOOP("Labels", "Absent")),
    (e.Country.MEXICO, QT_TRANSLATE_NOOP("Labels", "Mexico")),
    (e.Country.PERU, QT_TRANSLATE_NOOP("Labels", "Peru")),
    (e.Country.CHILE, QT_TRANSLATE_NOOP("Labels", "Chile")),
    (e.Country.OTHER, QT_TRANSLATE_NOOP("Labels", "Other country")),
]


# An agreement is "done" and "cancelled" in English like an action, but not in Spanish or
# Portuguese (*cumplido*, masculine, against an action *terminada*): its labels have their own
# context so that each language can say it its way.
AGREEMENT_CONTEXT = "AgreementStatusLabels"
_AGREEMENT_PAIRS: list[tuple[StrEnum, str]] = [
    (e.AgreementStatus.OPEN, QT_TRANSLATE_NOOP("AgreementStatusLabels", "Open")),
    (e.AgreementStatus.DONE, QT_TRANSLATE_NOOP("AgreementStatusLabels", "Done")),
    (e.AgreementStatus.CANCELLED, QT_TRANSLATE_NOOP("AgreementStatusLabels", "Cancelled")),
]

LABELS: dict[tuple[type, str], tuple[str, str]] = {
    **{(type(m), m.value): (CONTEXT, text) for m, text in _LABEL_PAIRS},
    **{(type(m), m.value): (AGREEMENT_CONTEXT, text) for m, text in _AGREEMENT_PAIRS},
}
"""(enumeration, code) -> (translation context, English label)."""


def label_source(value: StrEnum) -> tuple[str, str] | None:
    """The translation context and English label of an enumeration value (None if unknown)."""
    return LABELS.get((type(value), value.value))
