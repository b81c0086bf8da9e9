"""The home dashboard's figures against counts written directly in SQL, and their rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from agencydesk.data.models import Action, Agenda, Agreement, Meeting
from agencydesk.domain.dashboard import (
    DUE_SOON_DAYS,
    NEXT_MEETINGS,
    ActorTypeParticipation,
    is_active,
    is_delayed,
    is_due_soon,
    is_overdue,
)
from agencydesk.domain.enums import (
    ActionStatus,
    ActorType,
    AgreementStatus,
    Gender,
    MeetingStatus,
)
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.services.dashboard import DashboardService
from agencydesk.services.database import Database
from agencydesk.services.plans import PlansService

TODAY = date.today()


def _sql(db: Database, sql: str, **params: object) -> list[tuple]:
    with db.uow() as s:
        result = s.execute(text(sql), params)
        return [tuple(r) for r in result] if result.returns_rows else []


def _one(db: Database, sql: str, **params: object) -> int:
    return int(_sql(db, sql, **params)[0][0])


def _date(value: date | str | None) -> date | None:
    """A date column read by plain SQL: text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


@pytest.fixture
def dashboard(demo_database: Database) -> DashboardService:
    return DashboardService(demo_database.uow)


def test_actions_by_status_and_delayed_equal_direct_counts(demo_database, dashboard) -> None:
    summary = dashboard.summary(TODAY)
    expected = dict.fromkeys(ActionStatus, 0)
    for status, n in _sql(demo_database, "SELECT status, count(*) FROM actions GROUP BY status"):
        expected[ActionStatus(status)] = n
    assert summary.actions_by_status == expected
    assert list(summary.actions_by_status) == list(ActionStatus)  # every status, in order
    assert summary.total_actions == _one(demo_database, "SELECT count(*) FROM actions") > 0
    delayed = _one(
        demo_database,
        "SELECT count(*) FROM actions WHERE status = 'delayed' OR "
        "(status NOT IN ('done', 'cancelled') AND end_date < :today)",
        today=TODAY.isoformat(),
    )
    assert summary.delayed_actions == delayed == summary.headline.delayed_actions
    assert summary.delayed_actions >= summary.actions_by_status[ActionStatus.DELAYED] > 0


def test_late_actions_not_marked_delayed_count_as_delayed(demo_database, dashboard) -> None:
    # Far in the future every unfinished action with an end date is late, marked or not.
    later = TODAY + timedelta(days=3650)
    summary = dashboard.summary(later)
    expected = _one(
        demo_database,
        "SELECT count(*) FROM actions WHERE status = 'delayed' OR "
        "(status NOT IN ('done', 'cancelled') AND end_date IS NOT NULL)",
    )
    assert summary.delayed_actions == expected
    assert summary.overdue_not_marked == expected - summary.actions_by_status[ActionStatus.DELAYED]
    assert summary.overdue_not_marked > 0
    # Done and cancelled actions are never late, whatever their end date.
    assert not is_delayed(ActionStatus.DONE, TODAY - timedelta(days=9), TODAY)
    assert not is_delayed(ActionStatus.CANCELLED, TODAY - timedelta(days=9), TODAY)
    assert not is_delayed(ActionStatus.IN_PROGRESS, TODAY, TODAY)  # due today is not late yet
    assert not is_delayed(ActionStatus.NOT_STARTED, None, TODAY)
    assert is_delayed(ActionStatus.NOT_STARTED, TODAY - timedelta(days=1), TODAY)
    assert is_delayed(ActionStatus.DELAYED, None, TODAY)


def test_plans_progress_uses_the_shared_rule_with_counts_and_budget(demo_database, dashboard):
    plans = dashboard.summary(TODAY).plans
    assert {p.plan_id for p in plans} == {
        r[0] for r in _sql(demo_database, "SELECT id FROM action_plans")
    }
    for plan in plans:
        pairs = _sql(
            demo_database,
            "SELECT status, progress_pct FROM actions WHERE plan_id = :p",
            p=plan.plan_id,
        )
        assert plan.progress == plan_progress(pairs)
        assert plan.actions == len(pairs)
        budgets = _sql(
            demo_database,
            "SELECT budget FROM actions WHERE plan_id = :p AND status != 'cancelled' "
            "AND budget IS NOT NULL",
            p=plan.plan_id,
        )
        cents = Decimal("0.01")
        expected = sum((Decimal(str(b)).quantize(cents) for (b,) in budgets), Decimal(0))
        assert plan.budget == expected
        owner, currency = _sql(
            demo_database,
            "SELECT coalesce(i.name, a.title), p.currency FROM action_plans p "
            "LEFT JOIN initiatives i ON i.id = p.initiative_id "
            "LEFT JOIN agendas a ON a.id = p.agenda_id WHERE p.id = :p",
            p=plan.plan_id,
        )[0]
        assert (plan.owner_name, plan.currency) == (owner, currency)
    forest = next(p for p in plans if "Forestal" in p.title)
    assert forest.owner_name == "Mesa Ejecutiva Forestal de Ucayali"
    assert forest.currency == "PEN" and forest.budget > 0 and forest.progress is not None


def test_plan_budget_is_the_plans_own_total_without_cancelled_actions(demo_database, dashboard):
    """Home and the plan's page show the same budget: cancelled actions left out, summed
    exactly (no float residue in the cents)."""
    plans = PlansService(demo_database.uow, lambda: "tester")
    summary = dashboard.summary(TODAY)
    cancelled = _one(
        demo_database, "SELECT count(*) FROM actions WHERE status = 'cancelled' AND budget > 0"
    )
    assert cancelled > 0  # the demo has cancelled actions with money: the test means something
    for row in summary.plans:
        total = plans.plan(row.plan_id).budget_total
        assert row.budget == total
        assert row.budget.as_tuple().exponent == -2 and str(row.budget) == str(total)
    forest = next(p for p in summary.plans if "Forestal" in p.title)
    assert forest.budget == Decimal("8215000.00")


def test_budgets_add_up_exactly_in_cents(database) -> None:
    from sqlalchemy import insert

    from agencydesk.data.models import ActionPlan

    with database.uow() as s:
        s.execute(insert(ActionPlan), [{"title": "Centavos", "currency": "PEN"}])
        s.execute(
            insert(Action),
            [
                {"plan_id": 1, "title": f"A{i}", "status": status, "budget": Decimal(amount)}
                for i, (status, amount) in enumerate(
                    [
                        (ActionStatus.DONE, "0.10"),
                        (ActionStatus.DONE, "0.20"),
                        (ActionStatus.IN_PROGRESS, "1234567890.07"),
                        (ActionStatus.IN_PROGRESS, "0.01"),
                        (ActionStatus.CANCELLED, "500.00"),
                    ]
                )
            ],
        )
    (plan,) = DashboardService(database.uow).summary(TODAY).plans
    assert plan.budget == Decimal("1234567890.38")
    assert str(plan.budget) == "1234567890.38"
    assert plan.actions == 5  # cancelled actions still count as actions, as on the plan


def test_bottlenecks_per_initiative_open_resolved_and_dropped_apart(demo_database, dashboard):
    summary = dashboard.summary(TODAY)
    expected = {
        iid: (o, r, d)
        for iid, o, r, d in _sql(
            demo_database,
            "SELECT initiative_id, "
            "sum(CASE WHEN status IN ('identified', 'solution_agreed', 'in_progress') "
            "THEN 1 ELSE 0 END), sum(CASE WHEN status = 'resolved' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN status = 'dropped' THEN 1 ELSE 0 END) "
            "FROM bottlenecks GROUP BY initiative_id",
        )
    }
    assert {b.initiative_id: (b.open, b.resolved, b.dropped) for b in summary.bottlenecks} == (
        expected
    )
    opens = [b.open for b in summary.bottlenecks]
    assert opens == sorted(opens, reverse=True)  # most open first
    forest = next(b for b in summary.bottlenecks if b.initiative_id == 1)
    assert forest.dropped >= 1  # the demo drops one of the Mesa Forestal's bottlenecks
    assert summary.headline.open_bottlenecks == _one(
        demo_database,
        "SELECT count(*) FROM bottlenecks WHERE status NOT IN ('resolved', 'dropped')",
    )


def test_participation_counts_only_active_rows(demo_database, dashboard) -> None:
    summary = dashboard.summary(TODAY)
    active = "(p.until IS NULL OR p.until > :today)"
    rows = _sql(
        demo_database,
        "SELECT o.actor_type, count(*), count(DISTINCT p.organization_id) FROM participations p "
        f"JOIN organizations o ON o.id = p.organization_id WHERE {active} GROUP BY o.actor_type",
        today=TODAY.isoformat(),
    )
    expected = dict.fromkeys(ActorType, ActorTypeParticipation(0, 0))
    expected.update({ActorType(t): ActorTypeParticipation(n, o) for t, n, o in rows})
    assert summary.participation_by_actor_type == expected
    total = sum(c.participations for c in expected.values())
    ended = _one(
        demo_database,
        "SELECT count(*) FROM participations WHERE until <= :today",
        today=TODAY.isoformat(),
    )
    assert total == _one(demo_database, "SELECT count(*) FROM participations") - ended
    assert ended > 0  # the demo has participants who left: they must not count

    # Ending one more participation tomorrow keeps it in; ending it today takes it out.
    pid, actor_type = _sql(
        demo_database,
        "SELECT p.id, o.actor_type FROM participations p JOIN organizations o "
        "ON o.id = p.organization_id WHERE p.until IS NULL ORDER BY p.id LIMIT 1",
    )[0]
    before = summary.participation_by_actor_type[ActorType(actor_type)].participations
    _sql(
        demo_database,
        "UPDATE participations SET until = :d WHERE id = :i",
        d=(TODAY + timedelta(days=1)).isoformat(),
        i=pid,
    )
    after = dashboard.summary(TODAY).participation_by_actor_type[ActorType(actor_type)]
    assert after.participations == before
    _sql(
        demo_database,
        "UPDATE participations SET since = NULL, until = :d WHERE id = :i",
        d=TODAY.isoformat(),
        i=pid,
    )
    after = dashboard.summary(TODAY).participation_by_actor_type[ActorType(actor_type)]
    assert after.participations == before - 1
    assert is_active(None, TODAY) and is_active(TODAY + timedelta(days=1), TODAY)
    assert not is_active(TODAY, TODAY)  # ended today: over
    assert not is_active(TODAY - timedelta(days=1), TODAY)


def test_gender_buckets_keep_unknown_apart(demo_database, dashboard) -> None:
    summary = dashboard.summary(TODAY)
    rows = _sql(
        demo_database,
        "SELECT pe.gender, count(*) FROM participations p JOIN people pe ON pe.id = p.person_id "
        "WHERE p.until IS NULL OR p.until > :today GROUP BY pe.gender",
        today=TODAY.isoformat(),
    )
    assert summary.participation_by_gender == {(Gender(g) if g else None): n for g, n in rows}
    assert summary.participation_by_gender[Gender.FEMALE] > 0
    assert None not in summary.participation_by_gender  # every demo participant has a gender

    # A person whose gender is not recorded lands in the None bucket, not in another one.
    person_id = _sql(
        demo_database,
        "SELECT p.person_id FROM participations p JOIN people pe ON pe.id = p.person_id "
        "WHERE pe.gender = 'female' AND p.until IS NULL LIMIT 1",
    )[0][0]
    seats = _one(
        demo_database,
        "SELECT count(*) FROM participations WHERE person_id = :p "
        "AND (until IS NULL OR until > :today)",
        p=person_id,
        today=TODAY.isoformat(),
    )
    _sql(demo_database, "UPDATE people SET gender = NULL WHERE id = :p", p=person_id)
    after = dashboard.summary(TODAY).participation_by_gender
    assert after[None] == seats
    assert after[Gender.FEMALE] == summary.participation_by_gender[Gender.FEMALE] - seats


def test_headline_numbers(demo_database, dashboard) -> None:
    head = dashboard.summary(TODAY).headline
    assert head.active_initiatives == _one(
        demo_database, "SELECT count(*) FROM initiatives WHERE status = 'active'"
    )
    assert head.organizations == _one(demo_database, "SELECT count(*) FROM organizations")
    assert head.people == _one(demo_database, "SELECT count(*) FROM people")
    assert head.active_initiatives > 0 and head.organizations > 0


def test_empty_database_gives_zeros(database) -> None:
    summary = DashboardService(database.uow).summary(TODAY)
    assert summary.actions_by_status == dict.fromkeys(ActionStatus, 0)
    assert summary.delayed_actions == 0
    assert summary.plans == [] and summary.bottlenecks == []
    assert all(
        c == ActorTypeParticipation(0, 0) for c in summary.participation_by_actor_type.values()
    )
    assert summary.participation_by_gender == {}
    assert summary.headline.active_initiatives == summary.headline.people == 0
    assert summary.headline.overdue_agreements == summary.due_soon_agreements == 0
    assert summary.next_meetings == []
    assert summary.is_empty
    assert summary.today == TODAY
    assert DashboardService(database.uow).summary().today == date.today()


def test_a_new_action_and_a_resolved_bottleneck_change_the_summary(demo_database, dashboard):
    before = dashboard.summary(TODAY)
    plan = before.plans[0]
    with demo_database.uow() as s:
        s.add(
            Action(
                plan_id=plan.plan_id,
                title="Taller de costos",
                status=ActionStatus.IN_PROGRESS,
                progress_pct=10,
                end_date=TODAY - timedelta(days=2),  # late, though it says in progress
                budget=Decimal("1000.50"),
            )
        )
    row = next(b for b in before.bottlenecks if b.open)
    bottleneck_id = _one(
        demo_database,
        "SELECT id FROM bottlenecks WHERE initiative_id = :i "
        "AND status IN ('identified', 'solution_agreed', 'in_progress') LIMIT 1",
        i=row.initiative_id,
    )
    _sql(
        demo_database,
        "UPDATE bottlenecks SET status = 'resolved', resolved_on = :d WHERE id = :b",
        d=TODAY.isoformat(),
        b=bottleneck_id,
    )

    after = dashboard.summary(TODAY)
    assert after.total_actions == before.total_actions + 1
    assert after.actions_by_status[ActionStatus.IN_PROGRESS] == (
        before.actions_by_status[ActionStatus.IN_PROGRESS] + 1
    )
    assert after.delayed_actions == before.delayed_actions + 1
    changed = next(p for p in after.plans if p.plan_id == plan.plan_id)
    assert changed.actions == plan.actions + 1
    assert changed.budget == plan.budget + Decimal("1000.50")
    assert changed.progress is not None and plan.progress is not None
    assert changed.progress < plan.progress  # a 10 % action pulls the mean down
    moved = next(b for b in after.bottlenecks if b.initiative_id == row.initiative_id)
    assert (moved.open, moved.resolved) == (row.open - 1, row.resolved + 1)
    assert after.headline.open_bottlenecks == before.headline.open_bottlenecks - 1


def test_plan_progress_from_grouped_sums_equals_the_rule_on_every_action(database) -> None:
    """The repository sums progress per plan and status in SQL; the figure must be exactly what
    plan_progress gives on the actions one by one, rounding included."""
    import random

    from sqlalchemy import insert

    from agencydesk.data.models import ActionPlan

    rng = random.Random(3)
    with database.uow() as s:
        s.execute(insert(ActionPlan), [{"title": f"Plan {i}"} for i in range(40)])
        s.execute(
            insert(Action),
            [
                {
                    "plan_id": 1 + i % 40,
                    "title": f"Acción {i}",
                    "status": rng.choice(list(ActionStatus)),
                    "progress_pct": rng.randint(0, 100),
                }
                for i in range(1500)
            ],
        )
        s.execute(insert(ActionPlan), [{"title": "Sin acciones"}])
        s.execute(insert(ActionPlan), [{"title": "Todo cancelado"}])
        s.execute(
            insert(Action),
            [{"plan_id": 42, "title": "x", "status": ActionStatus.CANCELLED, "progress_pct": 50}],
        )
    plans = DashboardService(database.uow).summary(TODAY).plans
    assert len(plans) == 42
    for plan in plans:
        pairs = _sql(
            database, "SELECT status, progress_pct FROM actions WHERE plan_id = :p", p=plan.plan_id
        )
        assert plan.progress == plan_progress(pairs), plan.title
    by_title = {p.title: p for p in plans}
    assert by_title["Sin acciones"].progress is None and by_title["Sin acciones"].actions == 0
    assert by_title["Sin acciones"].budget == 0
    assert by_title["Todo cancelado"].progress is None and by_title["Todo cancelado"].actions == 1


# --- agreements and meetings -----------------------------------------------------------------


def _open_agreement(db: Database, due: date | None, status: str = "open") -> int:
    meeting_id = _one(db, "SELECT id FROM meetings ORDER BY id LIMIT 1")
    number = _one(db, "SELECT max(number) + 1 FROM agreements WHERE meeting_id = :m", m=meeting_id)
    with db.uow() as s:
        row = Agreement(
            meeting_id=meeting_id,
            number=number,
            text="Enviar la lista de beneficiarios",
            due_date=due,
            status=AgreementStatus(status),
            done_on=TODAY if status == "done" else None,
        )
        s.add(row)
        s.flush()
        return row.id


def test_overdue_and_due_soon_agreements_equal_direct_counts(demo_database, dashboard) -> None:
    summary = dashboard.summary(TODAY)
    overdue = _one(
        demo_database,
        "SELECT count(*) FROM agreements WHERE status = 'open' AND due_date < :today",
        today=TODAY.isoformat(),
    )
    soon = _one(
        demo_database,
        "SELECT count(*) FROM agreements WHERE status = 'open' AND due_date >= :today "
        "AND due_date <= :limit",
        today=TODAY.isoformat(),
        limit=(TODAY + timedelta(days=DUE_SOON_DAYS)).isoformat(),
    )
    assert summary.headline.overdue_agreements == overdue > 0
    assert summary.due_soon_agreements == soon
    # The same rule as the tracker's colours, agreement by agreement.
    rows = _sql(demo_database, "SELECT status, due_date FROM agreements")
    dues = [(AgreementStatus(st), _date(d)) for st, d in rows]
    assert overdue == sum(is_overdue(st, d, TODAY) for st, d in dues)
    assert soon == sum(is_due_soon(st, d, TODAY) for st, d in dues)


def test_due_soon_spans_today_to_seven_days_and_closed_ones_never_count(
    demo_database, dashboard
) -> None:
    before = dashboard.summary(TODAY)
    for days in (0, DUE_SOON_DAYS):  # both ends are due soon
        _open_agreement(demo_database, TODAY + timedelta(days=days))
    _open_agreement(demo_database, TODAY + timedelta(days=DUE_SOON_DAYS + 1))  # not yet
    _open_agreement(demo_database, None)  # undated: never late, never soon
    _open_agreement(demo_database, TODAY - timedelta(days=1))  # overdue since yesterday
    _open_agreement(demo_database, TODAY - timedelta(days=30), status="done")
    _open_agreement(demo_database, TODAY + timedelta(days=1), status="done")
    after = dashboard.summary(TODAY)
    assert after.due_soon_agreements == before.due_soon_agreements + 2
    assert after.headline.overdue_agreements == before.headline.overdue_agreements + 1
    # A day later, what was due today is overdue.
    tomorrow = dashboard.summary(TODAY + timedelta(days=1))
    assert tomorrow.headline.overdue_agreements >= after.headline.overdue_agreements + 1


def test_next_meetings_are_planned_from_today_soonest_first_at_most_five(
    demo_database, dashboard
) -> None:
    initiative_id = _one(demo_database, "SELECT id FROM initiatives ORDER BY id LIMIT 1")
    early_today = datetime.combine(TODAY, time(0, 5))  # already started: still today's
    with demo_database.uow() as s:
        for n, (starts, status) in enumerate(
            [
                (early_today, MeetingStatus.PLANNED),
                (early_today - timedelta(days=1), MeetingStatus.PLANNED),  # past
                (early_today + timedelta(days=2), MeetingStatus.CANCELLED),
                (early_today + timedelta(days=3), MeetingStatus.HELD),
                (early_today + timedelta(days=200), MeetingStatus.PLANNED),
            ],
            start=90,
        ):
            s.add(
                Meeting(
                    initiative_id=initiative_id,
                    number=n,
                    title=f"Sesión {n}",
                    starts_at=starts,
                    place="Sala 1",
                    status=status,
                )
            )
    rows = dashboard.summary(TODAY).next_meetings
    expected = _sql(
        demo_database,
        "SELECT id FROM meetings WHERE status = 'planned' AND starts_at >= :start "
        "ORDER BY starts_at, id LIMIT 5",
        start=datetime.combine(TODAY, time.min).isoformat(sep=" "),
    )
    assert [r.meeting_id for r in rows] == [e[0] for e in expected]
    assert 3 <= len(rows) <= NEXT_MEETINGS  # today's, the demo's planned ones, day 200
    assert rows[0].title == "Sesión 90" and rows[0].starts_at == early_today
    assert rows[0].owner_name and rows[0].place == "Sala 1" and rows[0].number == 90
    assert [r.starts_at for r in rows] == sorted(r.starts_at for r in rows)
    assert all(r.starts_at.date() >= TODAY for r in rows)
    titles = {r.title for r in rows}
    assert not titles & {"Sesión 91", "Sesión 92", "Sesión 93"}


def test_next_meetings_are_at_most_five(database) -> None:
    with database.uow() as s:
        agenda = Agenda(title="Agenda Los Ríos 2030")
        s.add(agenda)
        s.flush()
        for n in range(1, 8):
            s.add(
                Meeting(
                    agenda_id=agenda.id,
                    number=n,
                    title=f"Sesión {n}",
                    starts_at=datetime.combine(TODAY + timedelta(days=8 - n), time(9)),
                )
            )
    summary = DashboardService(database.uow).summary(TODAY)
    assert [r.number for r in summary.next_meetings] == [7, 6, 5, 4, 3]
    assert {r.owner_name for r in summary.next_meetings} == {"Agenda Los Ríos 2030"}
    assert not summary.is_empty
