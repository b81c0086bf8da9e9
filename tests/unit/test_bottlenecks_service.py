"""The bottlenecks register through BottlenecksService, on the demo data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Action,
    ActionPlan,
    AuditEntry,
    BottleneckStatusChange,
    Initiative,
    Organization,
)
from agencydesk.domain.bottlenecks import (
    BottleneckDraft,
    BottleneckRecord,
    StatusChange,
    code_sort_key,
    is_open,
    next_code,
    next_statuses,
)
from agencydesk.domain.enums import AuditAction, BottleneckCategory, BottleneckStatus
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.services.database import Database

S = BottleneckStatus
TODAY = date.today()


@pytest.fixture
def service(demo_database: Database) -> BottlenecksService:
    return BottlenecksService(demo_database.uow, lambda: "tester")


@pytest.fixture
def mef(demo_database: Database) -> int:
    """The Mesa Ejecutiva Forestal de Ucayali's id."""
    with demo_database.uow() as s:
        return s.scalar(
            select(Initiative.id).where(Initiative.name == "Mesa Ejecutiva Forestal de Ucayali")
        )


def _org(db: Database, short_name: str) -> int:
    with db.uow() as s:
        return s.scalar(select(Organization.id).where(Organization.short_name == short_name))


def _new(service: BottlenecksService, mef: int, **fields: object) -> object:
    fields.setdefault("title", "Falta de energía trifásica en el parque industrial")
    fields.setdefault("identified_on", TODAY - timedelta(days=30))
    return service.create(BottleneckDraft(initiative_id=mef, **fields))  # type: ignore[arg-type]


def _history_rows(db: Database, bottleneck_id: int) -> list[tuple[str, date]]:
    with db.uow() as s:
        rows = s.execute(
            select(BottleneckStatusChange.status, BottleneckStatusChange.changed_on)
            .where(BottleneckStatusChange.bottleneck_id == bottleneck_id)
            .order_by(BottleneckStatusChange.id)
        )
        return [(st.value, on) for st, on in rows]


# --- the workflow rule and codes (domain) ----------------------------------------------------


def test_the_workflow_allows_only_the_next_step_drop_and_an_explicit_reopening() -> None:
    assert next_statuses(S.IDENTIFIED) == (S.SOLUTION_AGREED, S.DROPPED)
    assert next_statuses(S.SOLUTION_AGREED) == (S.IN_PROGRESS, S.DROPPED)
    assert next_statuses(S.IN_PROGRESS) == (S.RESOLVED, S.DROPPED)
    assert next_statuses(S.RESOLVED) == (S.IN_PROGRESS,)
    assert next_statuses(S.DROPPED) == (S.IN_PROGRESS,)
    assert [is_open(s) for s in S] == [True, True, True, False, False]


def test_next_code_follows_the_existing_style() -> None:
    assert next_code([]) == "CB-01"
    assert next_code(["CB-01", "CB-07", "CB-03", None]) == "CB-08"
    assert next_code(["MEF-9"]) == "MEF-10"
    assert next_code(["CB-099", "x"]) == "CB-100"
    assert sorted(["CB-10", "CB-2", None, "Z"], key=code_sort_key) == ["CB-2", "CB-10", "Z", None]


# --- reading ---------------------------------------------------------------------------------


def test_the_register_of_the_mesa_forestal(service: BottlenecksService, mef: int) -> None:
    records = service.bottlenecks_of(mef)
    assert [r.code for r in records] == [f"CB-0{n}" for n in range(1, 8)]
    cb01 = records[0]
    assert cb01.status is S.IN_PROGRESS
    assert cb01.competent_entity_name.startswith("Gerencia Regional Forestal")
    assert cb01.raised_in_meeting_title.startswith("Sesión de instalación")
    assert [c.status for c in cb01.history] == [S.IDENTIFIED, S.SOLUTION_AGREED, S.IN_PROGRESS]
    assert cb01.history[0].changed_on == cb01.draft.identified_on
    assert cb01.linked_actions >= 1
    cb03 = records[2]
    assert cb03.status is S.RESOLVED and cb03.resolution_evidence
    assert cb03.closed_on == cb03.resolved_on == cb03.history[-1].changed_on
    assert cb03.days_open() == (cb03.resolved_on - cb03.draft.identified_on).days


def test_open_and_resolved_filters(service: BottlenecksService, mef: int) -> None:
    open_codes = [r.code for r in service.bottlenecks_of(mef, open_only=True)]
    closed = service.bottlenecks_of(mef, open_only=False)
    assert open_codes == ["CB-01", "CB-02", "CB-04", "CB-05"]
    assert [(r.code, r.status) for r in closed] == [
        ("CB-03", S.RESOLVED),
        ("CB-06", S.RESOLVED),
        ("CB-07", S.DROPPED),
    ]
    assert service.counts_by_initiative()[mef] == (4, 2)  # the dropped one in neither


def test_next_code_after_the_demo_codes(service: BottlenecksService, mef: int) -> None:
    assert service.next_code(mef) == "CB-08"
    _new(service, mef, code="CB-08")
    assert service.next_code(mef) == "CB-09"


# --- writing ---------------------------------------------------------------------------------


def test_create_writes_the_identified_step_and_audits(
    service: BottlenecksService, mef: int, demo_database: Database
) -> None:
    gore = _org(demo_database, "GOREU")
    created = _new(
        service,
        mef,
        code=" CB-08 ",
        title="  Energía trifásica  ",
        category=BottleneckCategory.INFRASTRUCTURE,
        competent_entity_id=gore,
        proposed_solution="Ampliar la subestación",
    )
    assert created.code == "CB-08" and created.title == "Energía trifásica"
    assert created.status is S.IDENTIFIED
    assert created.competent_entity_name == "Gobierno Regional de Ucayali"
    assert [(c.status, c.changed_on) for c in created.history] == [
        (S.IDENTIFIED, TODAY - timedelta(days=30))
    ]
    undated = service.create(BottleneckDraft(initiative_id=mef, title="Sin fecha"))
    assert undated.draft.identified_on == TODAY
    assert _history_rows(demo_database, undated.id) == [("identified", TODAY)]
    with demo_database.uow() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == created.id).order_by(AuditEntry.id)
        ).first()
        assert (entry.user, entry.entity, entry.action) == ("tester", "bottleneck", "create")
        assert entry.changes["title"] == [None, "Energía trifásica"]


def test_title_required_code_unique_and_no_future_identification(
    service: BottlenecksService, mef: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        _new(service, mef, title="  ")
    assert caught.value.fields == {"title": "required"}
    with pytest.raises(ValidationError) as caught:
        _new(service, mef, code="cb-03")
    assert caught.value.fields == {"code": "duplicate_code"}
    with pytest.raises(ValidationError) as caught:
        _new(service, mef, identified_on=TODAY + timedelta(days=1))
    assert caught.value.fields == {"identified_on": "future_date"}
    assert service.code_taken(mef, "CB-03")
    assert not service.code_taken(mef, "CB-03", exclude_id=service.bottlenecks_of(mef)[2].id)


def test_update_edits_fields_not_status_and_moves_the_first_step(
    service: BottlenecksService, mef: int, demo_database: Database
) -> None:
    created = _new(service, mef)
    service.change_status(created.id, S.SOLUTION_AGREED, TODAY - timedelta(days=10))
    draft = replace(created.draft, title="Otro título", identified_on=TODAY - timedelta(40))
    updated = service.update(created.id, draft)
    assert updated.title == "Otro título" and updated.status is S.SOLUTION_AGREED
    assert updated.history[0].changed_on == TODAY - timedelta(days=40)
    late = replace(draft, identified_on=TODAY - timedelta(days=5))
    with pytest.raises(ValidationError) as caught:
        service.update(created.id, late)
    assert caught.value.fields == {"identified_on": "end_before_start"}


def test_workflow_steps_with_their_dates(
    service: BottlenecksService, mef: int, demo_database: Database
) -> None:
    b = _new(service, mef)
    d = TODAY - timedelta(days=30)
    agreed = service.change_status(b.id, S.SOLUTION_AGREED, d + timedelta(5), "Sesión 3")
    started = service.change_status(b.id, S.IN_PROGRESS, d + timedelta(9))
    resolved = service.change_status(
        b.id, S.RESOLVED, d + timedelta(20), evidence=" Acta de conformidad de obra "
    )
    assert agreed.status is S.SOLUTION_AGREED and agreed.history[-1].note == "Sesión 3"
    assert started.status is S.IN_PROGRESS and started.resolved_on is None
    assert resolved.status is S.RESOLVED
    assert resolved.resolved_on == d + timedelta(20)
    assert resolved.resolution_evidence == "Acta de conformidad de obra"
    assert not resolved.is_open and resolved.days_open() == 20
    assert _history_rows(demo_database, b.id) == [
        ("identified", d),
        ("solution_agreed", d + timedelta(5)),
        ("in_progress", d + timedelta(9)),
        ("resolved", d + timedelta(20)),
    ]
    reopened = service.change_status(b.id, S.IN_PROGRESS, TODAY, "La obra falló")
    assert reopened.status is S.IN_PROGRESS
    assert reopened.resolved_on is None and reopened.resolution_evidence is None
    with demo_database.uow() as s:
        actions = [
            a.changes.get("status")
            for a in s.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == b.id).order_by(AuditEntry.id)
            )
            if a.action is AuditAction.UPDATE
        ]
    assert actions == [
        ["identified", "solution_agreed"],
        ["solution_agreed", "in_progress"],
        ["in_progress", "resolved"],
        ["resolved", "in_progress"],
    ]


def test_resolving_needs_evidence_and_dates_keep_their_order(
    service: BottlenecksService, mef: int
) -> None:
    b = _new(service, mef)
    service.change_status(b.id, S.SOLUTION_AGREED, TODAY - timedelta(days=10))
    service.change_status(b.id, S.IN_PROGRESS, TODAY - timedelta(days=5))
    with pytest.raises(ValidationError) as caught:
        service.change_status(b.id, S.RESOLVED, TODAY, evidence="  ")
    assert caught.value.fields == {"resolution_evidence": "required"}
    with pytest.raises(ValidationError) as caught:
        service.change_status(b.id, S.RESOLVED, TODAY - timedelta(days=6), evidence="Acta")
    assert caught.value.fields == {"changed_on": "end_before_start"}
    with pytest.raises(ValidationError) as caught:
        service.change_status(b.id, S.RESOLVED, TODAY + timedelta(days=1), evidence="Acta")
    assert caught.value.fields == {"changed_on": "future_date"}
    with pytest.raises(ValidationError) as caught:
        service.change_status(b.id, S.RESOLVED, None, evidence="Acta")
    assert caught.value.fields == {"changed_on": "required"}
    unchanged = service.bottleneck(b.id)
    assert unchanged.status is S.IN_PROGRESS and len(unchanged.history) == 3


def test_illegal_jumps_are_refused(service: BottlenecksService, mef: int) -> None:
    b = _new(service, mef)
    for status in (S.IN_PROGRESS, S.RESOLVED, S.IDENTIFIED):
        with pytest.raises(UserError) as caught:
            service.change_status(b.id, status, TODAY, evidence="x")
        assert caught.value.code == "bad_status_change"
    service.change_status(b.id, S.DROPPED, TODAY, "No corresponde a la mesa")
    with pytest.raises(UserError):
        service.change_status(b.id, S.SOLUTION_AGREED, TODAY)
    assert len(service.bottleneck(b.id).history) == 2


def test_undo_of_a_status_change_puts_back_the_earlier_status(
    service: BottlenecksService, mef: int, demo_database: Database
) -> None:
    cb03 = service.bottlenecks_of(mef)[2]
    assert cb03.status is S.RESOLVED
    reopened = service.change_status(cb03.id, S.IN_PROGRESS, TODAY, "Volvieron las guías")
    back = service.undo_status_change(reopened.history[-1].id, cb03.resolution_evidence)
    assert (back.status, back.resolved_on, back.resolution_evidence) == (
        S.RESOLVED,
        cb03.resolved_on,
        cb03.resolution_evidence,
    )
    assert back.history == cb03.history
    cb04 = service.bottlenecks_of(mef)[3]
    agreed = service.change_status(cb04.id, S.SOLUTION_AGREED, TODAY)
    undone = service.undo_status_change(agreed.history[-1].id)
    assert undone.status is S.IDENTIFIED and undone.history == cb04.history
    with pytest.raises(UserError):
        service.undo_status_change(undone.history[0].id)  # the history never empties


def test_delete_is_refused_while_actions_point_at_it(service: BottlenecksService, mef: int) -> None:
    cb01 = service.bottlenecks_of(mef)[0]
    with pytest.raises(InUseError) as caught:
        service.delete(cb01.id)
    assert "actions" in caught.value.usages and "agreements" in caught.value.usages
    assert "bottleneck_status_changes" not in caught.value.usages
    assert service.bottleneck(cb01.id).status is S.IN_PROGRESS


def test_delete_takes_the_history_and_restore_brings_it_back(
    service: BottlenecksService, mef: int, demo_database: Database
) -> None:
    b = _new(service, mef, code="CB-08")
    service.change_status(b.id, S.SOLUTION_AGREED, TODAY - timedelta(days=3), "Acuerdo 4")
    service.change_status(b.id, S.IN_PROGRESS, TODAY - timedelta(days=2))
    full = service.change_status(b.id, S.RESOLVED, TODAY, evidence="Informe final")
    deleted = service.delete(b.id)
    assert deleted == full
    assert _history_rows(demo_database, b.id) == []
    with pytest.raises(UserError):
        service.bottleneck(b.id)
    restored = service.restore(deleted)
    assert restored.id == b.id and restored.uuid == b.uuid
    assert restored.history == full.history
    assert (restored.status, restored.resolved_on, restored.resolution_evidence) == (
        S.RESOLVED,
        TODAY,
        "Informe final",
    )
    with demo_database.uow() as s:
        s.execute(insert(Action).values(plan_id=_plan(s, mef), title="Obra", bottleneck_id=b.id))
    assert service.usages(b.id) == {"actions": 1}
    with pytest.raises(InUseError):
        service.delete(b.id)


def _plan(s: Session, initiative_id: int) -> int:
    return s.scalar(select(ActionPlan.id).where(ActionPlan.initiative_id == initiative_id))


# --- days open -------------------------------------------------------------------------------


def test_days_open_stop_at_the_day_it_was_dropped_or_resolved(
    service: BottlenecksService, mef: int
) -> None:
    start = TODAY - timedelta(days=100)
    b = _new(service, mef, identified_on=start)
    assert b.days_open() == 100 and b.days_open(TODAY + timedelta(days=7)) == 107
    dropped = service.change_status(b.id, S.DROPPED, start + timedelta(days=30), "Duplicado")
    assert dropped.closed_on == start + timedelta(days=30)
    # Whatever day the register is looked at, the count stays where it was closed.
    for later in (TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=365)):
        assert dropped.days_open(later) == 30
    # Reopened, it counts again up to today; dropped again, it stops at the new date.
    reopened = service.change_status(b.id, S.IN_PROGRESS, start + timedelta(days=40))
    assert reopened.closed_on is None and reopened.days_open() == 100
    again = service.change_status(b.id, S.DROPPED, start + timedelta(days=60))
    assert again.days_open(TODAY + timedelta(days=50)) == 60
    # Resolved: to the resolution date.
    service.change_status(b.id, S.IN_PROGRESS, start + timedelta(days=70))
    resolved = service.change_status(
        b.id, S.RESOLVED, start + timedelta(days=80), evidence="Acta de la sesión 5"
    )
    assert resolved.days_open(TODAY + timedelta(days=9)) == 80


def test_days_open_of_a_closed_one_without_its_closing_date_is_unknown() -> None:
    start = date(2026, 1, 10)
    history = (StatusChange(1, S.IDENTIFIED, start),)
    draft = BottleneckDraft(initiative_id=1, title="Sin fecha de cierre", identified_on=start)
    closed = BottleneckRecord(1, "u", draft, status=S.DROPPED, history=history)
    assert closed.closed_on is None
    assert closed.days_open(date(2027, 1, 1)) is None  # not a count that keeps growing
    resolved = replace(closed, status=S.RESOLVED, resolved_on=date(2026, 2, 9))
    assert resolved.days_open(date(2027, 1, 1)) == 30
    still_open = replace(closed, status=S.IN_PROGRESS)
    assert still_open.days_open(date(2026, 1, 20)) == 10
