"""All tables of the domain.

The actors' tables load with this package; the others (planning, meetings, system) load on
first use: declaring them costs about 60 ms of every start, and the first screen needs only
the actors. Code that needs the whole schema (migrations, exports, usage counts) calls
``schema()``; ``from agencydesk.data.models import Action`` keeps working (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData

from agencydesk.data.models.actors import Organization, Person, Territory
from agencydesk.data.models.base import Base, Entity

if TYPE_CHECKING:
    from agencydesk.data.models.meetings import (
        AgendaItem,
        AgendaItemBottleneck,
        Agreement,
        Attendance,
        Meeting,
        MeetingStatusChange,
    )
    from agencydesk.data.models.planning import (
        Action,
        ActionPlan,
        Agenda,
        AgendaPriority,
        Bottleneck,
        BottleneckStatusChange,
        FundingLine,
        Goal,
        Indicator,
        Initiative,
        Measurement,
        Participation,
    )
    from agencydesk.data.models.system import AuditEntry, ImportBatch, ImportMapping

_LAZY_MODULES = {
    "meetings": (
        "AgendaItem",
        "AgendaItemBottleneck",
        "Agreement",
        "Attendance",
        "Meeting",
        "MeetingStatusChange",
    ),
    "planning": (
        "Action",
        "ActionPlan",
        "Agenda",
        "AgendaPriority",
        "Bottleneck",
        "BottleneckStatusChange",
        "FundingLine",
        "Goal",
        "Indicator",
        "Initiative",
        "Measurement",
        "Participation",
    ),
    "system": ("AuditEntry", "ImportBatch", "ImportMapping"),
    "exchange": ("ExchangeDatabase", "ExchangeMark"),
}
_MODULE_OF = {name: module for module, names in _LAZY_MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def schema() -> MetaData:
    """The metadata of every table, after loading every model module."""
    for module in _LAZY_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return Base.metadata


__all__ = [
    "Action",
    "ActionPlan",
    "Agenda",
    "AgendaItem",
    "AgendaItemBottleneck",
    "AgendaPriority",
    "Agreement",
    "Attendance",
    "AuditEntry",
    "Base",
    "Bottleneck",
    "BottleneckStatusChange",
    "Entity",
    "FundingLine",
    "Goal",
    "ImportBatch",
    "ImportMapping",
    "Indicator",
    "Initiative",
    "Measurement",
    "Meeting",
    "MeetingStatusChange",
    "Organization",
    "Participation",
    "Person",
    "Territory",
    "schema",
]
