"""The timeline (Gantt chart) of an action plan as plain data: bars, their order, the period.

The view (``ui/plans/timeline.py``) only draws what is decided here, so the rules a user relies
on (which actions are late, in which order the rows come, which months are shown) are tested
without Qt.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plans import is_delayed as action_is_delayed
from agencydesk.domain.plans import natural_key
from agencydesk.domain.text import fold


class _ActionDraftLike(Protocol):
    @property
    def axis(self) -> str | None: ...
    @property
    def code(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def start_date(self) -> date | None: ...
    @property
    def end_date(self) -> date | None: ...
    @property
    def status(self) -> ActionStatus | str: ...
    @property
    def progress_pct(self) -> int | None: ...


class ActionLike(Protocol):
    """What the timeline reads from an action record (``ActionRecord`` has all of it)."""

    @property
    def id(self) -> int: ...
    @property
    def draft(self) -> _ActionDraftLike: ...


@dataclass(frozen=True, slots=True)
class TimelineBar:
    action_id: int
    axis: str | None
    code: str | None
    title: str
    start: date | None
    end: date | None
    status: ActionStatus
    progress_pct: int

    @property
    def has_dates(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def milestone(self) -> date | None:
        """The one date of an action drawn as a diamond: only one date known, or a single day."""
        if self.start is None or self.end is None:
            return self.start or self.end
        return self.start if self.start == self.end else None


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _sort_key(bar: TimelineBar) -> tuple[object, ...]:
    # The plan's own order (``natural_key`` puts actions without an axis or a code last), so
    # the timeline lists actions as the Actions tab does.
    return (natural_key(bar.axis), natural_key(bar.code), fold(bar.title), bar.action_id)


def timeline_bars(actions: Iterable[ActionLike]) -> list[TimelineBar]:
    """One bar per action, sorted by axis then code in natural order."""
    bars = []
    for action in actions:
        draft = action.draft
        bars.append(
            TimelineBar(
                action_id=action.id,
                axis=_clean(draft.axis),
                code=_clean(draft.code),
                title=draft.title or "",
                start=draft.start_date,
                end=draft.end_date,
                status=ActionStatus(draft.status),
                progress_pct=max(0, min(100, draft.progress_pct or 0)),
            )
        )
    return sorted(bars, key=_sort_key)


def axis_groups(bars: Sequence[TimelineBar]) -> list[tuple[str | None, list[TimelineBar]]]:
    """Consecutive bars of the same axis (compared as they are sorted: without case), in order."""
    groups: list[tuple[str | None, list[TimelineBar]]] = []
    last_key: object = None
    for bar in bars:
        key = natural_key(bar.axis)
        if not groups or key != last_key:
            groups.append((bar.axis, []))
            last_key = key
        groups[-1][1].append(bar)
    return groups


def is_delayed(bar: TimelineBar, today: date) -> bool:
    """Recorded as delayed, or still open (not done nor cancelled) after its end date: the
    plan's one rule (``domain.plans.is_delayed``)."""
    return action_is_delayed(bar.status, bar.end, today)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def timeline_range(bars: Iterable[TimelineBar], today: date) -> tuple[date, date]:
    """First and last day shown: whole months spanning every known date and today."""
    days = [d for bar in bars for d in (bar.start, bar.end) if d is not None]
    days.append(today)
    return min(days).replace(day=1), _month_end(max(days))


def month_starts(first_day: date, last_day: date) -> list[date]:
    """The first day of every month from ``first_day``'s month to ``last_day``'s month."""
    months = []
    year, month = first_day.year, first_day.month
    while (year, month) <= (last_day.year, last_day.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
