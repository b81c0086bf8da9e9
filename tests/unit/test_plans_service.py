"""Action plans, actions and funding lines through PlansService, on the demo data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from agencydesk.data.models import AuditEntry, FundingLine
from agencydesk.data.repos import plans as plans_repo
from agencydesk.domain.enums import ActionStatus, FundingSource, PlanStatus
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.plans import (
    ActionDraft,
    FundingLineDraft,
    PlanDraft,
    is_delayed,
    natural_key,
    plan_totals,
)
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.plans import PlansService

MEF = "Mesa Ejecutiva Forestal de Ucayali"
D = Decimal


@pytest.fixture
def plans(demo_database: Database) -> PlansService:
    return PlansService(demo_database.uow, lambda: "tester")


def initiative_id(plans: PlansService, name: str) -> int:
    return next(r.id for r in plans.initiative_choices() if r.name == name)


@pytest.fixture
def mef_plan(plans: PlansService) -> int:
    plan = plans.plan_of_initiative(initiative_id(plans, MEF))
    assert plan is not None
    return plan.id


def action_by_code(plans: PlansService, plan_id: int, code: str):
    return next(a for a in plans.actions_of(plan_id) if a.draft.code == code)


def count(db: Database, model, *where) -> int:
    with db.uow() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


# --- reading ---------------------------------------------------------------------------------


def test_the_demo_plan_of_the_forest_table(plans: PlansService, mef_plan: int) -> None:
    plan = plans.plan(mef_plan)
    assert plan.owner_name == MEF
    assert plan.draft.currency == "PEN"
    assert plan.draft.status is PlanStatus.APPROVED
    assert plan.actions_count == 16
    assert plan.budget_total == D("8215000.00")  # cancelled A1.5 (8,000) left out
    assert plan.progress == plans.totals(mef_plan).progress


def test_actions_come_by_axis_then_code_in_natural_order(plans: PlansService) -> None:
    plan = plans.create_plan(
        PlanDraft("Hoja de ruta de prueba", initiative_id=initiative_id(plans, MEF))
    )
    for axis, code in [
        ("Eje 10. Cierre", "10.1"),
        ("Eje 2. Mercados", "2.10"),
        ("Eje 2. Mercados", "2.2"),
        ("Eje 2. Mercados", "2.1"),
        (None, "X"),
    ]:
        plans.create_action(ActionDraft(plan.id, code=code, axis=axis, title=f"Acción {code}"))
    listed = [(a.draft.axis, a.draft.code) for a in plans.actions_of(plan.id)]
    assert listed == [
        ("Eje 2. Mercados", "2.1"),
        ("Eje 2. Mercados", "2.2"),
        ("Eje 2. Mercados", "2.10"),
        ("Eje 10. Cierre", "10.1"),
        (None, "X"),  # actions without an axis come last
    ]


def test_demo_actions_group_under_their_five_axes(plans: PlansService, mef_plan: int) -> None:
    axes = [a.axis for a in plans.totals(mef_plan).axes]
    assert [axis.split(".")[0] for axis in axes] == ["Eje 1", "Eje 2", "Eje 3", "Eje 4", "Eje 5"]
    codes = [a.draft.code for a in plans.actions_of(mef_plan)]
    assert codes[:5] == ["A1.1", "A1.2", "A1.3", "A1.4", "A1.5"]


def test_natural_key_reads_numbers_as_numbers() -> None:
    assert sorted(["1.10", "1.2", "1.1", "10", "2"], key=natural_key) == [
        "1.1",
        "1.2",
        "1.10",
        "2",
        "10",
    ]


def test_totals_per_axis_and_per_source_cash_and_in_kind(
    plans: PlansService, mef_plan: int
) -> None:
    totals = plans.totals(mef_plan)
    assert totals.budget == D("8215000.00")
    assert totals.funded_cash == D("8046000.00")
    assert totals.funded_in_kind == D("169000.00")
    first = totals.axes[0]
    assert first.axis == "Eje 1. Gestión forestal y normativa"
    assert first.actions == 5
    # A1.1 45,000 in kind; A1.2 120,000; A1.3 180,000; A1.4 208,000 cash + 52,000 in kind.
    assert first.budget == D("605000.00")
    assert first.funded_cash == D("508000.00")
    assert first.funded_in_kind == D("97000.00")
    by_source = {s.source: (s.cash, s.in_kind) for s in totals.sources}
    assert by_source[FundingSource.REGIONAL] == (D("2902000.00"), D("45000.00"))
    assert by_source[FundingSource.NATIONAL] == (D("3068500.00"), D("0.00"))  # not OSINFOR's
    assert by_source[FundingSource.OTHER] == (D("95000.00"), D("52000.00"))
    assert sum((s.total for s in totals.sources), D(0)) == totals.funded
    assert [s.source for s in totals.sources] == list(FundingSource)  # declaration order


def test_delayed_when_marked_or_open_past_its_end() -> None:
    today = date(2025, 6, 1)
    past, future = date(2025, 5, 31), date(2025, 6, 1)
    assert is_delayed(ActionStatus.DELAYED, future, today)
    assert is_delayed(ActionStatus.IN_PROGRESS, past, today)
    assert is_delayed(ActionStatus.NOT_STARTED, past, today)
    assert not is_delayed(ActionStatus.IN_PROGRESS, future, today)  # due today: not late yet
    assert not is_delayed(ActionStatus.DONE, past, today)
    assert not is_delayed(ActionStatus.CANCELLED, past, today)
    assert not is_delayed(ActionStatus.IN_PROGRESS, None, today)


def test_delayed_flag_follows_the_services_today(demo_database: Database, mef_plan: int) -> None:
    now = PlansService(demo_database.uow, lambda: "t")
    a21 = action_by_code(now, mef_plan, "A2.1")  # not started, ends in 200 days
    assert not a21.delayed
    later = PlansService(
        demo_database.uow, lambda: "t", today=lambda: date.today() + timedelta(days=400)
    )
    assert action_by_code(later, mef_plan, "A2.1").delayed
    delayed_ids = set(later.action_ids(ListQuery(filters={"delayed": True})))
    assert a21.id in delayed_ids
    on_time = set(later.action_ids(ListQuery(filters={"delayed": False})))
    assert not delayed_ids & on_time


def test_all_actions_filters_and_search(plans: PlansService, mef_plan: int) -> None:
    every = plans.action_ids(ListQuery())
    assert len(every) == 30
    delayed = plans.actions(plans.action_ids(ListQuery(filters={"delayed": True})))
    assert delayed and all(a.delayed for a in delayed)
    assert {a.draft.code for a in delayed if a.draft.plan_id == mef_plan} == {
        "A1.2",
        "A3.1",
        "A5.2",
    }
    in_mef = plans.action_ids(ListQuery(filters={"plan_id": mef_plan, "status": "done"}))
    assert [a.draft.code for a in plans.actions(in_mef)] == ["A1.1", "A1.3", "A4.1"]
    # Accents and case fold: "catalogo" finds "Catálogo".
    found = plans.actions(plans.action_ids(ListQuery(text="catalogo")))
    assert [a.draft.code for a in found] == ["A5.2"]
    by_end = plans.actions(plans.action_ids(ListQuery(sort="end_date")))
    ends = [a.draft.end_date for a in by_end]
    assert ends == sorted(ends)


def test_plan_list_filters(plans: PlansService, mef_plan: int) -> None:
    assert len(plans.plan_ids(ListQuery())) == 2
    assert plans.plan_ids(ListQuery(text="ucayali")) == [mef_plan]
    assert plans.plan_ids(ListQuery(filters={"status": "draft"})) == []
    ini = initiative_id(plans, MEF)
    assert plans.plan_ids(ListQuery(filters={"initiative_id": ini})) == [mef_plan]


def test_the_newest_plan_of_an_initiative(plans: PlansService, mef_plan: int) -> None:
    ini = initiative_id(plans, MEF)
    newer = plans.create_plan(PlanDraft("Hoja de ruta 2028", initiative_id=ini, version=3))
    assert plans.plan_of_initiative(ini).id == newer.id
    other = next(r.id for r in plans.initiative_choices() if plans.plan_of_initiative(r.id) is None)
    assert plans.plan_of_initiative(other) is None


def test_bottleneck_choices_are_those_of_the_plans_initiative(
    plans: PlansService, mef_plan: int
) -> None:
    choices = plans.bottleneck_choices(mef_plan)
    assert [c.detail for c in choices][:3] == ["CB-01", "CB-02", "CB-03"]
    a12 = action_by_code(plans, mef_plan, "A1.2")
    assert a12.draft.bottleneck_id in {c.id for c in choices}
    assert a12.bottleneck_label.startswith("CB-01 — ")


# --- writing actions -------------------------------------------------------------------------


def two_lines() -> list[FundingLineDraft]:
    return [
        FundingLineDraft(FundingSource.REGIONAL, "PROCOMPITE", D("30000"), False),
        FundingLineDraft(FundingSource.PRIVATE, "Aporte de socios", D("12500.50"), True),
    ]


def test_create_an_action_with_two_funding_lines(
    plans: PlansService, mef_plan: int, demo_database: Database
) -> None:
    before = plans.totals(mef_plan)
    draft = ActionDraft(
        mef_plan,
        code="A3.4",
        axis="Eje 3. Financiamiento",
        title="  Fondo de garantía para aserraderos  ",
        budget=D("42500.50"),
        start_date=date(2025, 3, 1),
        end_date=date(2025, 9, 30),
    )
    created = plans.create_action(draft, two_lines())
    assert created.draft.title == "Fondo de garantía para aserraderos"
    assert [line.draft.amount for line in created.funding] == [D("30000.00"), D("12500.50")]
    assert count(demo_database, FundingLine, FundingLine.action_id == created.id) == 2
    after = plans.totals(mef_plan)
    assert after.budget - before.budget == D("42500.50")
    assert after.funded_cash - before.funded_cash == D("30000.00")
    assert after.funded_in_kind - before.funded_in_kind == D("12500.50")
    axis3 = next(a for a in after.axes if a.axis == "Eje 3. Financiamiento")
    assert axis3.actions == 4
    with demo_database.uow() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "action").order_by(AuditEntry.id.desc())
        ).first()
        assert entry.entity_id == created.id and entry.user == "tester"
        assert len(entry.changes["funding"][1]) == 2


def test_action_and_funding_are_one_transaction(
    plans: PlansService, mef_plan: int, demo_database: Database, monkeypatch
) -> None:
    real = plans_repo.insert_funding
    calls = []

    def second_fails(session, action_id, draft, **identity):
        calls.append(draft)
        if len(calls) == 2:
            raise UserError("disk_full")
        return real(session, action_id, draft, **identity)

    monkeypatch.setattr(plans_repo, "insert_funding", second_fails)
    actions_before = len(plans.actions_of(mef_plan))
    lines_before = count(demo_database, FundingLine)
    with pytest.raises(UserError):
        plans.create_action(ActionDraft(mef_plan, title="A medias"), two_lines())
    assert len(plans.actions_of(mef_plan)) == actions_before
    assert count(demo_database, FundingLine) == lines_before


def test_update_replaces_the_funding_lines_as_a_set(plans: PlansService, mef_plan: int) -> None:
    a12 = action_by_code(plans, mef_plan, "A1.2")
    assert len(a12.funding) == 2
    one = [FundingLineDraft(FundingSource.NATIONAL, "Fondo nuevo", D("1000"), False)]
    updated = plans.update_action(a12.id, a12.draft, one)
    assert [(f.draft.program, f.draft.amount) for f in updated.funding] == [
        ("Fondo nuevo", D("1000.00"))
    ]
    unchanged = plans.update_action(a12.id, a12.draft, one)
    assert [f.id for f in unchanged.funding] == [f.id for f in updated.funding]


def test_validation_of_actions(plans: PlansService, mef_plan: int) -> None:
    with pytest.raises(ValidationError) as err:
        plans.create_action(
            ActionDraft(
                mef_plan,
                title=" ",
                start_date=date(2025, 5, 2),
                end_date=date(2025, 5, 1),
                budget=D("-1"),
                progress_pct=101,
            ),
            [FundingLineDraft(FundingSource.OTHER, None, D("-5"))],
        )
    assert err.value.fields == {
        "title": "required",
        "end_date": "end_before_start",
        "budget": "negative",
        "progress_pct": "out_of_range",
        "funding": "negative",
    }
    with pytest.raises(ValidationError) as err:
        plans.create_action(ActionDraft(mef_plan, title="x", responsible_id=999_999))
    assert err.value.fields == {"responsible_id": "not_found"}


def test_a_done_action_may_keep_a_progress_below_100(plans: PlansService, mef_plan: int) -> None:
    created = plans.create_action(
        ActionDraft(mef_plan, title="Hecha a medias", status=ActionStatus.DONE, progress_pct=80)
    )
    assert created.draft.progress_pct == 80  # suggested in the form, never forced
    assert plan_totals([created]).progress == 100  # the progress rule counts done as 100


def test_in_place_edits_are_validated_and_audited(
    plans: PlansService, mef_plan: int, demo_database: Database
) -> None:
    a41 = action_by_code(plans, mef_plan, "A4.2")
    edited = plans.set_action_fields(a41.id, status=ActionStatus.DELAYED, progress_pct=25)
    assert edited.draft.status is ActionStatus.DELAYED and edited.delayed
    assert edited.draft.progress_pct == 25
    assert edited.funding == a41.funding
    with pytest.raises(ValidationError) as err:
        plans.set_action_fields(a41.id, progress_pct=101)
    assert err.value.fields == {"progress_pct": "out_of_range"}
    with pytest.raises(ValidationError) as err:
        plans.set_action_fields(a41.id, end_date=a41.draft.start_date - timedelta(days=1))
    assert err.value.fields == {"end_date": "end_before_start"}
    with pytest.raises(ValueError):
        plans.set_action_fields(a41.id, title="not in place")
    assert plans.action(a41.id).draft.progress_pct == 25
    with demo_database.uow() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.changes == {"status": ["in_progress", "delayed"], "progress_pct": [10, 25]}


def test_delete_an_action_with_its_funding_and_restore_it(
    plans: PlansService, mef_plan: int, demo_database: Database
) -> None:
    a41 = action_by_code(plans, mef_plan, "A2.2")  # two funding lines, no agreement
    assert plans.action_usages(a41.id) == {}
    assert len(a41.funding) == 2
    deleted = plans.delete_action(a41.id)
    assert count(demo_database, FundingLine, FundingLine.action_id == a41.id) == 0
    with pytest.raises(UserError):
        plans.action(a41.id)
    restored = plans.restore_action(deleted)
    assert restored == a41
    assert [f.uuid for f in restored.funding] == [f.uuid for f in a41.funding]


def test_delete_an_action_agreements_point_at_is_refused(
    plans: PlansService, mef_plan: int
) -> None:
    a51 = action_by_code(plans, mef_plan, "A5.1")
    assert plans.action_usages(a51.id) == {"agreements": 1}
    with pytest.raises(InUseError) as err:
        plans.delete_action(a51.id)
    assert err.value.usages == {"agreements": 1}
    assert plans.action(a51.id) == a51


# --- writing plans ---------------------------------------------------------------------------


def test_plan_validation(plans: PlansService) -> None:
    with pytest.raises(ValidationError) as err:
        plans.create_plan(PlanDraft(" ", currency="soles"))
    assert err.value.fields == {
        "title": "required",
        "agenda_id": "required",
        "initiative_id": "required",
        "currency": "bad_currency",
    }
    ini = initiative_id(plans, MEF)
    agenda = plans.agenda_choices()[0].id
    with pytest.raises(ValidationError) as err:
        plans.create_plan(PlanDraft("Ambos", agenda_id=agenda, initiative_id=ini))
    assert set(err.value.fields) == {"agenda_id", "initiative_id"}
    with pytest.raises(ValidationError) as err:
        plans.create_plan(
            PlanDraft(
                "Fechas",
                initiative_id=ini,
                period_start=date(2025, 2, 1),
                period_end=date(2025, 1, 1),
            )
        )
    assert err.value.fields == {"period_end": "end_before_start"}


def test_approving_a_plan_dates_it(demo_database: Database) -> None:
    plans = PlansService(demo_database.uow, lambda: "t", today=lambda: date(2025, 4, 3))
    ini = initiative_id(plans, MEF)
    plan = plans.create_plan(
        PlanDraft("Borrador", agenda_id=None, initiative_id=ini, currency="pen")
    )
    assert plan.draft.currency == "PEN" and plan.draft.approved_on is None
    approved = plans.update_plan(plan.id, replace(plan.draft, status=PlanStatus.APPROVED))
    assert approved.draft.approved_on == date(2025, 4, 3)


def test_delete_a_plan_in_use_is_refused_and_an_empty_one_comes_back(
    plans: PlansService, mef_plan: int
) -> None:
    with pytest.raises(InUseError) as err:
        plans.delete_plan(mef_plan)
    assert err.value.usages == {"actions": 16, "indicators": 3}
    empty = plans.create_plan(PlanDraft("Vacío", agenda_id=plans.agenda_choices()[0].id))
    deleted = plans.delete_plan(empty.id)
    with pytest.raises(UserError):
        plans.plan(empty.id)
    assert plans.restore_plan(deleted).uuid == empty.uuid
