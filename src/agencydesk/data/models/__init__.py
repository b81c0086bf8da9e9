"""All tables of the domain. Importing this package registers every model on ``Base``."""

from agencydesk.data.models.actors import Organization, Person, Territory
from agencydesk.data.models.base import Base, Entity
from agencydesk.data.models.meetings import AgendaItem, Agreement, Attendance, Meeting
from agencydesk.data.models.planning import (
    Action,
    ActionPlan,
    Agenda,
    Bottleneck,
    FundingLine,
    Goal,
    Indicator,
    Initiative,
    Measurement,
    Participation,
)
from agencydesk.data.models.system import AuditEntry, ImportBatch

__all__ = [
    "Action",
    "ActionPlan",
    "Agenda",
    "AgendaItem",
    "Agreement",
    "Attendance",
    "AuditEntry",
    "Base",
    "Bottleneck",
    "Entity",
    "FundingLine",
    "Goal",
    "ImportBatch",
    "Indicator",
    "Initiative",
    "Measurement",
    "Meeting",
    "Organization",
    "Participation",
    "Person",
    "Territory",
]
