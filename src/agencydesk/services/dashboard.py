"""The home dashboard: one read-only summary of the whole database."""

from __future__ import annotations

from datetime import date

from agencydesk.data.repos import dashboard as repo
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.dashboard import DashboardSummary


class DashboardService:
    """Reads only, so it takes no current user (nothing to audit)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def summary(self, today: date | None = None) -> DashboardSummary:
        """Every figure of the home page, read in one transaction (so they agree)."""
        today = today or date.today()
        with self._uow() as s:
            groups = repo.action_groups(s, today)
            by_status, delayed = repo.actions_by_status(groups)
            bottlenecks = repo.bottlenecks_by_initiative(s)
            overdue, due_soon = repo.agreement_counts(s, today)
            return DashboardSummary(
                today=today,
                actions_by_status=by_status,
                delayed_actions=delayed,
                plans=repo.plans(s, groups),
                bottlenecks=bottlenecks,
                participation_by_actor_type=repo.participation_by_actor_type(s, today),
                participation_by_gender=repo.participation_by_gender(s, today),
                headline=repo.headline(s, sum(b.open for b in bottlenecks), delayed, overdue),
                due_soon_agreements=due_soon,
                next_meetings=repo.next_meetings(s, today),
            )
