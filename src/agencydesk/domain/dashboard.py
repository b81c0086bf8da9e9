"""What the home dashboard shows: one frozen summary of the whole database.

The rules that decide what counts live here, next to the records, so the service, the page
and the tests agree on them:

- an action is *delayed* when it is marked delayed, or when it is neither done nor cancelled
  and its end date has passed (offices forget to change the status; the date does not lie);
- a bottleneck is *open* while identified, with a solution agreed or in progress; *resolved*
  and *dropped* are counted apart (a dropped bottleneck was not removed, only abandoned);
- a participation is *active* while it has no end date or its end date is still to come
  (``domain.initiatives.is_active``: "ends participation" defaults to today and the counts
  drop at once, on the initiative's page and here alike);
- an agreement is *overdue* when open and past its due date, *due soon* when open and due
  within ``DUE_SOON_DAYS`` from today (``domain.agreements``: the tracker colours by the same
  rule);
- the *next meetings* are the planned ones starting today or later, soonest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from agencydesk.domain.agreements import DUE_SOON_DAYS, is_due_soon, is_overdue
from agencydesk.domain.bottlenecks import OPEN
from agencydesk.domain.enums import ActionStatus, ActorType, Gender
from agencydesk.domain.initiatives import is_active
from agencydesk.domain.plans import CLOSED_ACTION, is_delayed

OPEN_BOTTLENECK = OPEN
# One rule each for the whole program, re-exported for the dashboard's service and tests.
__all__ = [
    "CLOSED_ACTION",
    "DUE_SOON_DAYS",
    "OPEN_BOTTLENECK",
    "is_active",
    "is_delayed",
    "is_due_soon",
    "is_overdue",
]

NEXT_MEETINGS = 5
"""How many upcoming meetings the page lists."""


@dataclass(frozen=True, slots=True)
class PlanProgressRow:
    """One action plan with how far it has come (``agencydesk.domain.plan_progress``)."""

    plan_id: int
    title: str
    owner_name: str | None  # the agenda's title or the initiative's name
    progress: int | None  # None: no action counts yet (none, or all cancelled)
    actions: int
    budget: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class BottleneckRow:
    """The bottlenecks of one initiative, by where they stand."""

    initiative_id: int
    initiative_name: str
    open: int
    resolved: int
    dropped: int = 0

    @property
    def total(self) -> int:
        return self.open + self.resolved + self.dropped


@dataclass(frozen=True, slots=True)
class ActorTypeParticipation:
    """Active participations of one actor type, and how many distinct organizations hold them."""

    participations: int
    organizations: int


@dataclass(frozen=True, slots=True)
class NextMeetingRow:
    """A planned meeting still to come."""

    meeting_id: int
    number: int | None
    title: str
    owner_name: str | None  # the initiative's name or the agenda's title
    starts_at: datetime
    place: str | None


@dataclass(frozen=True, slots=True)
class Headline:
    """The numbers on the cards at the top of the page."""

    active_initiatives: int = 0
    open_bottlenecks: int = 0
    delayed_actions: int = 0
    organizations: int = 0
    people: int = 0
    overdue_agreements: int = 0


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    today: date
    # Every status is a key (0 when no action has it), in the enumeration's order.
    actions_by_status: dict[ActionStatus, int]
    # Marked delayed, or overdue (see is_delayed): more than actions_by_status[DELAYED] when
    # some late actions still say "in progress".
    delayed_actions: int
    plans: list[PlanProgressRow]
    # Initiatives with at least one bottleneck, most open first.
    bottlenecks: list[BottleneckRow]
    # Every actor type is a key; only active participations count.
    participation_by_actor_type: dict[ActorType, ActorTypeParticipation]
    # Active participations held by a person, by that person's gender; None: not recorded.
    participation_by_gender: dict[Gender | None, int]
    headline: Headline = field(default_factory=Headline)
    # Open agreements due within DUE_SOON_DAYS (those past their due date are a headline
    # figure: headline.overdue_agreements).
    due_soon_agreements: int = 0
    # Planned meetings from today on, soonest first (at most NEXT_MEETINGS).
    next_meetings: list[NextMeetingRow] = field(default_factory=list)

    @property
    def total_actions(self) -> int:
        return sum(self.actions_by_status.values())

    @property
    def overdue_not_marked(self) -> int:
        """Late actions whose status still says otherwise (delayed but not marked so)."""
        return self.delayed_actions - self.actions_by_status.get(ActionStatus.DELAYED, 0)

    @property
    def is_empty(self) -> bool:
        return (
            self.total_actions == 0
            and not self.plans
            and not self.bottlenecks
            and self.headline.organizations == 0
            and self.headline.people == 0
            and not self.next_meetings
            and self.headline.overdue_agreements == self.due_soon_agreements == 0
        )
