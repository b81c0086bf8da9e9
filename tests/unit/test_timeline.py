"""The timeline's rules without Qt: row order, the period shown, which actions are late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plans import natural_key
from agencydesk.domain.timeline import (
    TimelineBar,
    axis_groups,
    is_delayed,
    month_starts,
    timeline_bars,
    timeline_range,
)

TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class Draft:
    """Stands in for ActionDraft: the attributes the timeline reads."""

    title: str
    code: str | None = None
    axis: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: ActionStatus | str = ActionStatus.NOT_STARTED
    progress_pct: int | None = 0


@dataclass(frozen=True)
class Action:
    id: int
    draft: Draft


def bar(
    start: date | None = None,
    end: date | None = None,
    status: ActionStatus = ActionStatus.IN_PROGRESS,
    action_id: int = 1,
) -> TimelineBar:
    return TimelineBar(action_id, "Eje 1", "1.1", "Vivero", start, end, status, 40)


def test_codes_and_axes_sort_in_natural_order() -> None:
    actions = [
        Action(1, Draft("a", "1.10", "Eje 1")),
        Action(2, Draft("b", "1.2", "Eje 1")),
        Action(3, Draft("c", "2.1", "Eje 10")),
        Action(4, Draft("d", "2.1", "Eje 2")),
        Action(5, Draft("e", None, "Eje 1")),
        Action(6, Draft("f", "1.1", None)),
        Action(7, Draft("g", "1.9", "eje 1")),
    ]
    order = [b.action_id for b in timeline_bars(actions)]
    # Eje 1 (any case): 1.2, 1.9, 1.10, then the action without a code; Eje 2; Eje 10; no axis.
    assert order == [2, 7, 1, 5, 4, 3, 6]


def test_natural_key_reads_numbers_as_numbers() -> None:
    codes = ["A1.10", "A1.2", "A10.1", "A2.1", "A1.1"]
    assert sorted(codes, key=natural_key) == ["A1.1", "A1.2", "A1.10", "A2.1", "A10.1"]
    assert natural_key("Eje 2. Sanidad") < natural_key("Eje 10. Mercados")
    assert natural_key(None) > natural_key("Z")  # no code: last


def test_bars_read_the_action_fields() -> None:
    draft = Draft(
        "Vivero comunitario",
        code=" A1.1 ",
        axis="  ",
        start_date=date(2026, 8, 4),
        end_date=date(2027, 3, 22),
        status="in_progress",
        progress_pct=140,
    )
    (only,) = timeline_bars([Action(9, draft)])
    assert only == TimelineBar(
        9,
        None,
        "A1.1",
        "Vivero comunitario",
        date(2026, 8, 4),
        date(2027, 3, 22),
        ActionStatus.IN_PROGRESS,
        100,
    )
    assert only.milestone is None
    (no_progress,) = timeline_bars([Action(1, Draft("x", progress_pct=None))])
    assert no_progress.progress_pct == 0


def test_range_spans_whole_months_and_today() -> None:
    bars = [bar(date(2026, 8, 14), date(2027, 2, 10)), bar(date(2026, 7, 25), date(2026, 10, 8))]
    assert timeline_range(bars, TODAY) == (date(2026, 7, 1), date(2027, 2, 28))
    # Today after every action: the period stretches to today's month.
    assert timeline_range(bars, date(2027, 6, 3)) == (date(2026, 7, 1), date(2027, 6, 30))
    # Today before every action.
    assert timeline_range(bars, date(2026, 1, 15)) == (date(2026, 1, 1), date(2027, 2, 28))


def test_range_ignores_missing_dates_and_falls_back_to_today() -> None:
    assert timeline_range([], TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    assert timeline_range([bar()], TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    only_end = bar(None, date(2027, 12, 31))
    assert timeline_range([only_end], TODAY) == (date(2026, 11, 1), date(2027, 12, 31))
    leap = bar(date(2028, 2, 3), None)
    assert timeline_range([leap], TODAY)[1] == date(2028, 2, 29)


def test_month_starts_cross_the_year() -> None:
    months = month_starts(date(2026, 11, 1), date(2027, 2, 28))
    assert months == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert month_starts(date(2026, 11, 1), date(2026, 11, 30)) == [date(2026, 11, 1)]


@pytest.mark.parametrize(
    ("status", "end", "late"),
    [
        (ActionStatus.DELAYED, date(2027, 5, 1), True),  # recorded as delayed, end not yet due
        (ActionStatus.DELAYED, None, True),
        (ActionStatus.IN_PROGRESS, date(2026, 11, 21), True),  # open after its end date
        (ActionStatus.NOT_STARTED, date(2026, 1, 1), True),
        (ActionStatus.IN_PROGRESS, TODAY, False),  # its last day is today: not late yet
        (ActionStatus.IN_PROGRESS, None, False),
        (ActionStatus.DONE, date(2026, 1, 1), False),
        (ActionStatus.CANCELLED, date(2026, 1, 1), False),
    ],
)
def test_delayed_rule(status: ActionStatus, end: date | None, late: bool) -> None:
    assert is_delayed(bar(date(2025, 12, 1), end, status), TODAY) is late


def test_missing_dates_make_a_milestone_or_nothing() -> None:
    assert bar(date(2027, 3, 1), None).milestone == date(2027, 3, 1)
    assert bar(None, date(2027, 3, 9)).milestone == date(2027, 3, 9)
    assert bar(date(2027, 3, 1), date(2027, 3, 1)).milestone == date(2027, 3, 1)
    undated = bar()
    assert undated.milestone is None and not undated.has_dates
    assert bar(None, date(2027, 3, 9)).has_dates


def test_axis_groups_keep_order_and_join_spellings() -> None:
    bars = timeline_bars(
        [
            Action(1, Draft("a", "1", "Eje 1. Gestión")),
            Action(2, Draft("b", "2", "EJE 1. GESTIÓN")),
            Action(3, Draft("c", "3", "Eje 2")),
            Action(4, Draft("d", "4", None)),
        ]
    )
    groups = axis_groups(bars)
    assert [(axis, [b.action_id for b in members]) for axis, members in groups] == [
        ("Eje 1. Gestión", [1, 2]),
        ("Eje 2", [3]),
        (None, [4]),
    ]
    assert axis_groups([]) == []
