"""How far a plan (or any set of actions) has come, as one number the whole program shares.

A plan's progress is the mean of its actions' progress, cancelled actions left out (they will
never advance and should not drag the figure down) and done actions counted as 100 whatever
their progress field says. Every action weighs the same: budgets are often unknown when a plan
is drafted, and offices report "how many of our commitments are moving", not pesos spent.
"""

from __future__ import annotations

from collections.abc import Iterable

from agencydesk.domain.enums import ActionStatus


def plan_progress(actions: Iterable[tuple[ActionStatus | str, int | None]]) -> int | None:
    """Mean progress 0–100 of ``(status, progress_pct)`` pairs; None when nothing counts."""
    values = [
        100 if status == ActionStatus.DONE else max(0, min(100, progress or 0))
        for status, progress in actions
        if status != ActionStatus.CANCELLED
    ]
    if not values:
        return None
    return round(sum(values) / len(values))
