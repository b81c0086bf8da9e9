"""Meetings through MeetingsService on the demo data: numbering, the logged lifecycle, the
lock of approved minutes, delete and undo, the next session and the agenda."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select

from agencydesk.data.models import (
    Agenda,
    AgendaItemBottleneck,
    Attendance,
    AuditEntry,
    Bottleneck,
    Initiative,
    Meeting,
    MeetingStatusChange,
    Organization,
)
from agencydesk.domain.enums import AuditAction, MeetingStatus, Representation
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.meetings import (
    AgendaItemDraft,
    DeletedMeeting,
    MeetingDraft,
    MeetingQuery,
    MeetingRecord,
    is_reversal,
)
from agencydesk.domain.text import fold
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.meetings import MeetingsService

S = MeetingStatus
MEF = "Mesa Ejecutiva Forestal de Ucayali"
TODAY = date.today()
NOW = datetime.combine(TODAY, time(15, 30))


@pytest.fixture
def service(demo_database: Database) -> MeetingsService:
    return MeetingsService(demo_database.uow, lambda: "tester", lambda: TODAY, lambda: NOW)


@pytest.fixture
def attendance(demo_database: Database) -> AttendanceService:
    return AttendanceService(demo_database.uow, lambda: "tester", lambda: TODAY)


def _id(db: Database, model: type, column: object, value: object) -> int:
    with db.uow() as s:
        return s.scalar(select(model.id).where(column == value))  # type: ignore[attr-defined]


@pytest.fixture
def mef(demo_database: Database) -> int:
    return _id(demo_database, Initiative, Initiative.name, MEF)


@pytest.fixture
def cafe(demo_database: Database) -> int:
    return _id(demo_database, Initiative, Initiative.name, "Cadena de valor del café del Soconusco")


@pytest.fixture
def agenda(demo_database: Database) -> int:
    with demo_database.uow() as s:
        return s.scalar(select(Agenda.id).order_by(Agenda.id).limit(1))


def _session(service: MeetingsService, mef: int, number: int) -> MeetingRecord:
    [found] = [m for m in service.meetings_of(mef) if m.number == number]
    return found


def _draft(owner: int, days: int = -1, **fields: object) -> MeetingDraft:
    start = datetime.combine(TODAY + timedelta(days=days), time(9, 0))
    values: dict[str, object] = {
        "initiative_id": owner,
        "title": "Sesión de prueba",
        "starts_at": start,
        "ends_at": start + timedelta(hours=2),
        "place": "Pucallpa",
    }
    values.update(fields)
    return MeetingDraft(**values)  # type: ignore[arg-type]


def _audits(db: Database, entity: str, row_id: int) -> list[tuple[AuditAction, dict]]:
    with db.uow() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.changes, AuditEntry.user)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == row_id)
            .order_by(AuditEntry.id)
        )
        found = []
        for action, changes, user in rows:
            assert user == "tester"
            found.append((action, changes))
        return found


# --- reading ---------------------------------------------------------------------------------


def test_an_initiatives_meetings_oldest_first_with_owner_convener_counts_and_log(
    service: MeetingsService, mef: int
) -> None:
    meetings = service.meetings_of(mef)
    assert [m.number for m in meetings] == [1, 2, 3]
    assert [m.status for m in meetings] == [S.MINUTES_APPROVED, S.MINUTES_APPROVED, S.HELD]
    assert all(m.owner_name == "Mesa Ejecutiva Forestal de Ucayali" for m in meetings)
    assert all(m.convener_name == "Ministerio de la Producción" for m in meetings)
    assert [(m.agreements, m.open_agreements) for m in meetings] == [(4, 1), (4, 3), (3, 2)]
    third = meetings[2]
    assert third.invited >= 10 and 5 <= third.attended <= third.invited
    assert [(c.from_status, c.to_status) for c in third.history] == [
        (None, S.PLANNED),
        (S.PLANNED, S.HELD),
    ]
    assert third.history[-1].changed_by == "Secretaría técnica"
    assert service.meeting(third.id) == third
    assert service.meetings([meetings[2].id, 99999, meetings[0].id]) == [third, meetings[0]]
    with pytest.raises(UserError) as caught:
        service.meeting(99999)
    assert caught.value.code == "not_found"


def test_the_list_shows_upcoming_soonest_first_then_past_newest_first(
    service: MeetingsService, mef: int
) -> None:
    every = service.meetings(service.meeting_ids(MeetingQuery()))
    assert len(every) == 8
    starts = [m.draft.starts_at for m in every]
    midnight = datetime.combine(TODAY, time())
    upcoming = [s for s in starts if s >= midnight]
    past = [s for s in starts if s < midnight]
    assert upcoming and past and starts == sorted(upcoming) + sorted(past, reverse=True)
    assert [m.draft.starts_at for m in service.meetings(
        service.meeting_ids(MeetingQuery(when="upcoming"))
    )] == sorted(upcoming)  # fmt: skip
    assert len(service.meeting_ids(MeetingQuery(when="past"))) == len(past)
    mine = service.meetings(service.meeting_ids(MeetingQuery(initiative_id=mef)))
    assert [m.number for m in mine] == [3, 2, 1]
    held = service.meetings(service.meeting_ids(MeetingQuery(status=S.HELD)))
    assert held and all(m.status is S.HELD for m in held)
    # Accents and case do not matter; every word must match title, place, owner or number.
    found = service.meetings(service.meeting_ids(MeetingQuery(text="TERCERA sesion")))
    assert {m.title for m in found} == {
        "Tercera sesión: financiamiento y mercados de la madera",
        "Tercera sesión: financiamiento de la renovación de cafetales",
    }
    assert [m.number for m in service.meetings(
        service.meeting_ids(MeetingQuery(text="forestal ucayali"))
    )] == [3, 2, 1]  # fmt: skip
    assert service.meeting_ids(MeetingQuery(text="nothing like it")) == []


def test_lists_cost_a_fixed_number_of_queries(
    service: MeetingsService, attendance: AttendanceService, demo_database: Database, mef: int
) -> None:
    every = service.meeting_ids(MeetingQuery())
    first, third = _session(service, mef, 1).id, _session(service, mef, 3).id
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def cost(read: Callable[[], object]) -> int:
        statements.clear()
        read()
        return len(statements)

    engine = demo_database.uow.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert cost(lambda: service.meetings(every[:1])) == cost(lambda: service.meetings(every))
        assert cost(lambda: service.meetings(every)) <= 5  # meetings, log, attendance, agreements
        assert cost(lambda: service.agenda_items(first)) <= 3
        assert cost(lambda: attendance.attendance_of(third)) <= 3
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_numbers_follow_the_owners_highest_and_keep_gaps(
    service: MeetingsService, mef: int, cafe: int, agenda: int
) -> None:
    assert service.next_number(mef) == 4
    assert service.next_number(agenda_id=agenda) == 1
    fourth = service.create(_draft(mef))
    assert fourth.number == 4 and fourth.status is S.PLANNED
    seventh = service.create(_draft(mef, number=7))
    assert seventh.number == 7
    assert service.next_number(mef) == 8  # 5 and 6 stay free, not reused
    assert service.create(_draft(mef)).number == 8
    assert service.next_number(cafe) == 4  # per initiative
    by_agenda = service.create(_draft(None, initiative_id=None, agenda_id=agenda))
    assert by_agenda.number == 1 and by_agenda.owner_name
    assert service.next_number(agenda_id=agenda) == 2


def test_a_number_taken_in_the_same_owner_is_refused(
    service: MeetingsService, mef: int, cafe: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(_draft(mef, number=2))
    assert caught.value.fields == {"number": "duplicate_number"}
    other = service.create(_draft(cafe, number=5))
    assert other.number == 5
    new = service.create(_draft(mef, number=5))
    with pytest.raises(ValidationError) as caught:
        service.update(new.id, replace(new.draft, number=3))
    assert caught.value.fields == {"number": "duplicate_number"}
    # Its own number is not a clash; None keeps it.
    assert service.update(new.id, replace(new.draft, title="Quinta sesión")).number == 5
    assert service.update(new.id, replace(new.draft, number=None)).number == 5
    assert service.update(new.id, replace(new.draft, number=6)).number == 6


# --- creating and editing --------------------------------------------------------------------


def test_create_starts_the_log_and_is_audited(
    service: MeetingsService, demo_database: Database, mef: int
) -> None:
    produce = _id(demo_database, Organization, Organization.short_name, "PRODUCE")
    created = service.create(_draft(mef, 3, title="  Cuarta sesión ", convener_id=produce))
    assert created.title == "Cuarta sesión"
    assert created.convener_name == "Ministerio de la Producción"
    assert (created.invited, created.agreements) == (0, 0)
    [first] = created.history
    assert (first.from_status, first.to_status) == (None, S.PLANNED)
    assert (first.changed_by, first.changed_at, first.reason) == ("tester", NOW, None)
    [(action, changes)] = _audits(demo_database, "meeting", created.id)
    assert action is AuditAction.CREATE
    assert changes["title"] == [None, "Cuarta sesión"] and changes["status"] == [None, "planned"]


def test_create_refuses_what_does_not_exist(service: MeetingsService, mef: int) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(_draft(99999))
    assert caught.value.fields == {"initiative_id": "not_found"}
    with pytest.raises(ValidationError) as caught:
        service.create(_draft(mef, convener_id=99999))
    assert caught.value.fields == {"convener_id": "not_found"}
    with pytest.raises(ValidationError) as caught:
        service.create(_draft(mef, title=" "))
    assert caught.value.fields == {"title": "required"}


def test_update_changes_the_fields_and_audits_only_what_changed(
    service: MeetingsService, demo_database: Database, mef: int
) -> None:
    third = _session(service, mef, 3)
    updated = service.update(
        third.id, replace(third.draft, place="Auditorio de PRODUCE", minutes="Acta\n- uno")
    )
    assert updated.draft.place == "Auditorio de PRODUCE"
    assert updated.draft.minutes == "Acta\n- uno"
    assert updated.status is S.HELD and updated.history == third.history
    [(action, changes)] = _audits(demo_database, "meeting", third.id)
    assert action is AuditAction.UPDATE and set(changes) == {"place", "minutes"}
    service.update(third.id, updated.draft)  # nothing changed: nothing audited
    assert len(_audits(demo_database, "meeting", third.id)) == 1


# --- the lifecycle ---------------------------------------------------------------------------


def test_a_meeting_is_held_then_approved_each_step_logged(
    service: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = service.create(_draft(mef, 0))
    with pytest.raises(UserError) as caught:
        service.change_status(meeting.id, S.MINUTES_APPROVED)
    assert caught.value.code == "bad_meeting_status_change"
    held = service.change_status(meeting.id, S.HELD)
    approved = service.change_status(meeting.id, S.MINUTES_APPROVED, "  ")
    assert (held.status, approved.status) == (S.HELD, S.MINUTES_APPROVED)
    assert [(c.from_status, c.to_status, c.changed_by, c.reason) for c in approved.history] == [
        (None, S.PLANNED, "tester", None),
        (S.PLANNED, S.HELD, "tester", None),
        (S.HELD, S.MINUTES_APPROVED, "tester", None),
    ]
    audits = _audits(demo_database, "meeting", meeting.id)
    assert audits[-1][1]["status"] == ["held", "minutes_approved"]
    assert audits[-1][1]["status_change"][1]["id"] == approved.history[-1].id


def test_a_meeting_cannot_be_held_before_it_starts(service: MeetingsService, mef: int) -> None:
    future = service.create(_draft(mef, 3))
    with pytest.raises(ValidationError) as caught:
        service.change_status(future.id, S.HELD)
    assert caught.value.fields == {"starts_at": "not_started_yet"}
    assert service.meeting(future.id).status is S.PLANNED
    assert len(service.meeting(future.id).history) == 1  # nothing logged


def test_cancelling_locks_the_meeting_and_reinstating_unlocks_it(
    service: MeetingsService, mef: int
) -> None:
    meeting = service.create(_draft(mef, 10))
    cancelled = service.change_status(meeting.id, S.CANCELLED, "Sin quórum")
    assert cancelled.is_locked and cancelled.history[-1].reason == "Sin quórum"
    with pytest.raises(UserError) as caught:
        service.update(meeting.id, replace(meeting.draft, title="Otra"))
    assert caught.value.code == "meeting_cancelled"
    with pytest.raises(UserError):
        service.add_item(AgendaItemDraft(meeting.id, "Punto"))
    back = service.change_status(meeting.id, S.PLANNED)
    assert not back.is_locked
    assert service.update(meeting.id, replace(meeting.draft, title="Otra")).title == "Otra"


def test_reopening_needs_a_reason_and_is_logged_with_who_and_when(
    service: MeetingsService, mef: int
) -> None:
    second = _session(service, mef, 2)
    with pytest.raises(ValidationError) as caught:
        service.change_status(second.id, S.HELD)
    assert caught.value.fields == {"reason": "required"}
    with pytest.raises(ValidationError):
        service.change_status(second.id, S.HELD, "   ")
    assert service.meeting(second.id).status is S.MINUTES_APPROVED
    reopened = service.change_status(second.id, S.HELD, "  Faltó un asistente  ")
    assert reopened.status is S.HELD and not reopened.is_locked
    last = reopened.last_reopening
    assert last is not None and last == reopened.history[-1]
    assert (last.from_status, last.to_status) == (S.MINUTES_APPROVED, S.HELD)
    assert (last.changed_by, last.changed_at, last.reason) == (
        "tester",
        NOW,
        "Faltó un asistente",
    )


def test_undo_status_change_puts_back_the_status_and_keeps_the_log(
    demo_database: Database, mef: int
) -> None:
    later = NOW + timedelta(minutes=5)
    clock = [NOW]
    service = MeetingsService(demo_database.uow, lambda: "tester", lambda: TODAY, lambda: clock[0])
    second = _session(service, mef, 2)
    reopened = service.change_status(second.id, S.HELD, "Corregir el acta")
    step = reopened.history[-1]
    clock[0] = later
    undone = service.undo_status_change(second.id, step.id)
    assert undone.status is S.MINUTES_APPROVED and undone.is_locked
    # The reopening stays on record; a row says it was taken back, by whom and when.
    assert undone.history[:-1] == reopened.history
    back = undone.history[-1]
    assert (back.from_status, back.to_status, back.changed_by, back.changed_at, back.reason) == (
        S.HELD,
        S.MINUTES_APPROVED,
        "tester",
        later,
        None,
    )
    with demo_database.uow() as s:
        assert s.get(MeetingStatusChange, step.id) is not None
    action, changes = _audits(demo_database, "meeting", second.id)[-1]
    assert action is AuditAction.UPDATE
    assert changes["status"] == ["held", "minutes_approved"]
    assert changes["status_change"][1]["id"] == back.id
    assert changes["status_change"][1]["undoes"] == step.id
    # A step that is no longer the last one cannot be undone, nor one undone already.
    held = service.change_status(second.id, S.HELD, "Otra corrección")
    approved = service.change_status(second.id, S.MINUTES_APPROVED)
    for stale in (step.id, held.history[-1].id):
        with pytest.raises(UserError) as caught:
            service.undo_status_change(second.id, stale)
        assert caught.value.code == "bad_meeting_status_change"
    assert service.meeting(second.id).history == approved.history
    assert service.undo_status_change(second.id).status is S.HELD
    # The row where the log starts stays.
    new = service.create(_draft(mef, 5))
    with pytest.raises(UserError):
        service.undo_status_change(new.id)
    assert service.meeting(new.id).history == new.history


def test_undo_bypasses_the_lifecycle_rules(service: MeetingsService, mef: int) -> None:
    meeting = service.create(_draft(mef, 0, number=9))
    held = service.change_status(meeting.id, S.HELD)
    # Held back to planned is no step of the lifecycle, but it is the undo of "held".
    planned = service.undo_status_change(meeting.id, held.history[-1].id)
    assert planned.status is S.PLANNED
    assert [(c.from_status, c.to_status) for c in planned.history] == [
        (None, S.PLANNED),
        (S.PLANNED, S.HELD),
        (S.HELD, S.PLANNED),
    ]
    assert is_reversal(planned.history[-1]) and not is_reversal(planned.history[1])
    # Undoing an approval needs no reason, and is not shown as a reopening.
    service.change_status(meeting.id, S.HELD)
    approved = service.change_status(meeting.id, S.MINUTES_APPROVED)
    unapproved = service.undo_status_change(meeting.id, approved.history[-1].id)
    assert unapproved.status is S.HELD and unapproved.history[-1].reason is None
    assert is_reversal(unapproved.history[-1]) and unapproved.last_reopening is None
    # The undo of the undo is "approve" again (the command's redo takes the step anew).
    again = service.change_status(meeting.id, S.MINUTES_APPROVED)
    assert again.is_locked and len(again.history) == 7


def test_the_log_keeps_the_order_steps_were_taken_even_with_a_clock_set_back(
    demo_database: Database, mef: int
) -> None:
    behind = NOW - timedelta(days=400)
    service = MeetingsService(demo_database.uow, lambda: "tester", lambda: TODAY, lambda: behind)
    second = _session(service, mef, 2)
    reopened = service.change_status(second.id, S.HELD, "Corregir")
    assert reopened.history[-1].changed_at == behind
    assert reopened.history[-1].to_status is S.HELD
    undone = service.undo_status_change(second.id)
    assert undone.history[:-1] == reopened.history
    assert undone.history[-1].to_status is S.MINUTES_APPROVED


# --- approved minutes are read-only ----------------------------------------------------------


def test_approved_minutes_refuse_changes_until_reopened(
    service: MeetingsService, attendance: AttendanceService, mef: int
) -> None:
    first = _session(service, mef, 1)
    item = service.agenda_items(first.id)[0]
    row = attendance.attendance_of(first.id)[0]
    attempts = [
        lambda: service.update(first.id, replace(first.draft, minutes="Otra cosa")),
        lambda: service.add_item(AgendaItemDraft(first.id, "Punto nuevo")),
        lambda: service.update_item(item.id, replace(item.draft, title="Otro")),
        lambda: service.delete_item(item.id),
        lambda: service.move_item(item.id, 3),
        lambda: attendance.update(row.id, replace(row.draft, attended=not row.draft.attended)),
        lambda: attendance.uninvite([row.id]),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as caught:
            attempt()
        assert caught.value.code == "minutes_locked"
        assert caught.value.params == {"title": first.title}
    with pytest.raises(UserError) as caught:
        service.delete(first.id)
    assert caught.value.code == "minutes_locked"
    assert service.meeting(first.id) == first
    assert service.agenda_items(first.id)[0] == item

    service.change_status(first.id, S.HELD, "Completar el desarrollo del punto 1")
    assert service.update(first.id, replace(first.draft, minutes="Otra cosa")).draft.minutes == (
        "Otra cosa"
    )
    assert service.update_item(item.id, replace(item.draft, title="Otro")).title == "Otro"
    assert attendance.update(row.id, replace(row.draft, excused=True, attended=False)).draft.excused


# --- delete and undo -------------------------------------------------------------------------


def test_a_meeting_with_agreements_or_raised_bottlenecks_is_in_use(
    service: MeetingsService, mef: int
) -> None:
    third = _session(service, mef, 3)
    assert service.usages(third.id) == {"agreements": 3}
    first = _session(service, mef, 1)
    assert set(service.usages(first.id)) == {"agreements", "bottlenecks"}
    with pytest.raises(InUseError) as caught:
        service.delete(third.id)
    assert caught.value.usages == {"agreements": 3}


def test_delete_and_restore_bring_back_the_meeting_with_everything_it_owns(
    service: MeetingsService,
    attendance: AttendanceService,
    demo_database: Database,
    mef: int,
) -> None:
    meeting = service.create_next(_session(service, mef, 3).id, _draft(mef, 0))
    service.change_status(meeting.id, S.HELD)
    choices = service.bottleneck_choices(meeting.id)
    first = service.add_item(
        AgendaItemDraft(meeting.id, "Crédito", "- uno", (choices[4].id, choices[0].id))
    )
    service.add_item(AgendaItemDraft(meeting.id, "Rueda de negocios"))
    rows = attendance.attendance_of(meeting.id)
    attendance.update(rows[0].id, replace(rows[0].draft, attended=True))
    before = service.meeting(meeting.id)
    items = service.agenda_items(meeting.id)
    people = attendance.attendance_of(meeting.id)
    assert service.usages(meeting.id) == {}

    deleted = service.delete(meeting.id)
    assert isinstance(deleted, DeletedMeeting)
    assert (deleted.id, deleted.draft, deleted.name()) == (meeting.id, before.draft, before.name())
    assert deleted.record == before
    assert deleted.agenda_items == tuple(items) and deleted.attendances == tuple(people)
    with demo_database.uow() as s:
        for model, column in (
            (Meeting, Meeting.id),
            (Attendance, Attendance.meeting_id),
            (MeetingStatusChange, MeetingStatusChange.meeting_id),
        ):
            assert s.scalar(select(func.count()).where(column == meeting.id)) == 0, model
        links = select(func.count()).where(AgendaItemBottleneck.agenda_item_id == first.id)
        assert s.scalar(links) == 0
    assert _audits(demo_database, "meeting", meeting.id)[-1][0] is AuditAction.DELETE

    restored = service.restore(deleted)
    assert restored == replace(before, updated_at=restored.updated_at)
    assert service.agenda_items(meeting.id) == items
    assert attendance.attendance_of(meeting.id) == people
    assert items[0].link_uuids and items[0].bottleneck_names[0].startswith("CB-05 ")


def test_restore_refuses_a_number_taken_meanwhile(service: MeetingsService, mef: int) -> None:
    meeting = service.create(_draft(mef, 5))
    deleted = service.delete(meeting.id)
    service.create(_draft(mef, 6, number=meeting.number))
    with pytest.raises(ValidationError) as caught:
        service.restore(deleted)
    assert caught.value.fields == {"number": "duplicate_number"}


def test_a_cancelled_meeting_can_be_deleted(service: MeetingsService, mef: int) -> None:
    meeting = service.create(_draft(mef, 5))
    service.change_status(meeting.id, S.CANCELLED)
    deleted = service.delete(meeting.id)
    assert service.restore(deleted).status is S.CANCELLED


# --- the next session ------------------------------------------------------------------------


def test_proposed_next_has_the_next_number_date_place_and_convener(
    service: MeetingsService, mef: int
) -> None:
    third = _session(service, mef, 3)
    proposed = service.proposed_next(third.id)
    assert proposed.number == 4 and proposed.initiative_id == mef
    assert proposed.place == third.draft.place and proposed.convener_id == third.draft.convener_id
    assert proposed.starts_at == third.draft.starts_at + timedelta(days=30)
    assert proposed.starts_at.time() == third.draft.starts_at.time()
    named = service.update(third.id, replace(third.draft, next_meeting_on=TODAY + timedelta(3)))
    assert service.proposed_next(named.id).starts_at == datetime.combine(
        TODAY + timedelta(3), third.draft.starts_at.time()
    )


def test_create_next_invites_the_same_people_with_attendance_cleared(
    service: MeetingsService, attendance: AttendanceService, mef: int
) -> None:
    third = _session(service, mef, 3)
    before = attendance.attendance_of(third.id)
    draft = replace(service.proposed_next(third.id), title="Cuarta sesión")
    fourth = service.create_next(third.id, draft)
    assert (fourth.number, fourth.status, fourth.title) == (4, S.PLANNED, "Cuarta sesión")
    after = attendance.attendance_of(fourth.id)
    assert [
        (a.draft.person_id, a.draft.organization_id, a.draft.representation) for a in after
    ] == [
        (b.draft.person_id, b.draft.organization_id, b.draft.representation)
        for b in before
        if b.draft.invited
    ]
    assert any(a.draft.representation is Representation.ALTERNATE for a in after)
    assert all(a.draft.invited and not a.draft.attended and not a.draft.excused for a in after)
    assert fourth.invited == len(after) and fourth.attended == 0
    assert attendance.attendance_of(third.id) == before  # the source is untouched
    # One transaction: a refused draft invites nobody.
    with pytest.raises(ValidationError):
        service.create_next(third.id, replace(draft, number=4))
    assert [m.number for m in service.meetings_of(mef)] == [1, 2, 3, 4]


def test_create_next_keeps_the_owner_of_the_session_before(
    service: MeetingsService, attendance: AttendanceService, mef: int, cafe: int, agenda: int
) -> None:
    third = _session(service, mef, 3)
    draft = replace(service.proposed_next(third.id), title="Cuarta sesión")
    cafe_meetings = service.meetings_of(cafe)
    for other in (
        replace(draft, initiative_id=cafe, number=None),
        replace(draft, initiative_id=None, agenda_id=agenda, number=None),
    ):
        with pytest.raises(ValidationError) as caught:
            service.create_next(third.id, other)
        assert caught.value.fields == {"initiative_id": "not_same_owner"}
    assert [m.number for m in service.meetings_of(mef)] == [1, 2, 3]
    assert service.meetings_of(cafe) == cafe_meetings


# --- the agenda ------------------------------------------------------------------------------


def test_agenda_items_are_added_moved_and_restored_at_their_place(
    service: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = service.create(_draft(mef, 4))
    a = service.add_item(AgendaItemDraft(meeting.id, "Seguimiento"))
    b = service.add_item(AgendaItemDraft(meeting.id, "Crédito"))
    c = service.add_item(AgendaItemDraft(meeting.id, "Apertura"), position=1)
    assert [(i.title, i.position) for i in service.agenda_items(meeting.id)] == [
        ("Apertura", 1),
        ("Seguimiento", 2),
        ("Crédito", 3),
    ]
    moved = service.move_item(c.id, 3)
    assert [i.id for i in moved] == [a.id, b.id, c.id]
    assert [i.position for i in moved] == [1, 2, 3]
    assert service.move_item(b.id, 99)[-1].id == b.id  # clamped to the end
    deleted = service.delete_item(a.id)
    assert [(i.title, i.position) for i in service.agenda_items(meeting.id)] == [
        ("Apertura", 1),
        ("Crédito", 2),
    ]
    restored = service.restore_item(deleted)
    assert restored == deleted
    assert [i.id for i in service.agenda_items(meeting.id)] == [a.id, c.id, b.id]
    actions = [action for action, _ in _audits(demo_database, "agenda_item", a.id)]
    assert actions[0] is AuditAction.CREATE and AuditAction.DELETE in actions


def test_an_item_links_bottlenecks_of_its_initiative_only(
    service: MeetingsService, demo_database: Database, mef: int, cafe: int
) -> None:
    meeting = service.create(_draft(mef, 4))
    choices = service.bottleneck_choices(meeting.id)
    assert [c.name[:5] for c in choices] == [f"CB-0{n}" for n in range(1, 8)]
    assert choices[4].name == "CB-05 Escaso crédito para capital de trabajo de las pymes madereras"
    item = service.add_item(
        AgendaItemDraft(meeting.id, "Crédito", "Se discutió:\n- garantías", (choices[4].id,))
    )
    assert item.bottleneck_names == (choices[4].name,) and item.draft.notes.endswith("garantías")
    uuid_kept = item.link_uuids[0]
    updated = service.update_item(
        item.id, replace(item.draft, bottleneck_ids=(choices[4].id, choices[0].id))
    )
    assert updated.draft.bottleneck_ids == (choices[4].id, choices[0].id)
    assert updated.link_uuids[0] == uuid_kept  # a link kept keeps its row
    with demo_database.uow() as s:
        foreign = s.scalar(select(Bottleneck.id).where(Bottleneck.initiative_id == cafe))
    with pytest.raises(ValidationError) as caught:
        service.update_item(item.id, replace(item.draft, bottleneck_ids=(foreign,)))
    assert caught.value.fields == {"bottleneck_ids": "not_found"}
    cleared = service.update_item(item.id, replace(item.draft, bottleneck_ids=()))
    assert cleared.bottleneck_names == ()


def test_the_demo_agenda_shows_the_bottlenecks_discussed(
    service: MeetingsService, mef: int
) -> None:
    first = _session(service, mef, 1)
    items = service.agenda_items(first.id)
    assert [i.position for i in items] == [1, 2, 3, 4]
    assert len(items[2].bottleneck_names) >= 4
    third = service.agenda_items(_session(service, mef, 3).id)
    assert third[1].bottleneck_names == (
        "CB-05 Escaso crédito para capital de trabajo de las pymes madereras",
    )


def test_an_agendas_meeting_links_the_bottlenecks_of_the_agendas_initiatives(
    service: MeetingsService, demo_database: Database, agenda: int, mef: int
) -> None:
    meeting = service.create(_draft(None, initiative_id=None, agenda_id=agenda))
    choices = service.bottleneck_choices(meeting.id)
    with demo_database.uow() as s:
        expected = s.execute(
            select(Bottleneck.id, Initiative.name)
            .join(Initiative, Initiative.id == Bottleneck.initiative_id)
            .where(Initiative.agenda_id == agenda)
        ).all()
        outside = s.scalar(
            select(Bottleneck.id)
            .join(Initiative, Initiative.id == Bottleneck.initiative_id)
            .where((Initiative.agenda_id != agenda) | Initiative.agenda_id.is_(None))
            .limit(1)
        )
    assert expected and sorted(c.id for c in choices) == sorted(i for i, _ in expected)
    owners = [c.detail for c in choices]
    assert owners == sorted(owners, key=fold)  # by initiative, then by code
    item = service.add_item(AgendaItemDraft(meeting.id, "Cuellos", None, (choices[-1].id,)))
    assert item.bottleneck_names == (choices[-1].name,)
    with pytest.raises(ValidationError) as caught:
        service.update_item(item.id, replace(item.draft, bottleneck_ids=(outside,)))
    assert caught.value.fields == {"bottleneck_ids": "not_found"}
    # Agreements of the meeting link to the very same list, and so for an initiative's one.
    agreements = AgreementsService(demo_database.uow, lambda: "tester")
    assert agreements.link_choices(meeting.id)[1] == choices
    third = _session(service, mef, 3)
    assert agreements.link_choices(third.id)[1] == service.bottleneck_choices(third.id)
    assert {c.detail for c in service.bottleneck_choices(third.id)} == {MEF}


def test_create_next_copies_no_one_twice(
    service: MeetingsService, attendance: AttendanceService, demo_database: Database, mef: int
) -> None:
    source = service.create(_draft(mef, 1))
    [invitee] = attendance.participants_to_invite(source.id)[:1]
    attendance.invite(source.id, [invitee])
    # The same person on the list twice (written by another program, say).
    with demo_database.uow() as s:
        s.add(
            Attendance(
                meeting_id=source.id,
                person_id=invitee.person_id,
                organization_id=invitee.organization_id,
            )
        )
    nxt = service.create_next(source.id, replace(service.proposed_next(source.id), title="Otra"))
    assert [a.draft.person_id for a in attendance.attendance_of(nxt.id)] == [invitee.person_id]
