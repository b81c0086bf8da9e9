"""Agreements through AgreementsService: numbering, carry-forward, the tracker, follow-up on
locked minutes, bulk mark done and its undo. On the demo data plus sessions made here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select

from agencydesk.data.models import (
    Agenda,
    AuditEntry,
    Initiative,
    Meeting,
    Organization,
    Person,
)
from agencydesk.domain.agreements import (
    AgreementDraft,
    AgreementQuery,
    AgreementRecord,
    Urgency,
    is_due_soon,
    is_overdue,
    is_pending_at,
)
from agencydesk.domain.enums import AgreementStatus, AuditAction, InitiativeKind, MeetingStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.database import Database

A = AgreementStatus
TODAY = date.today()
MEF = "Mesa Ejecutiva Forestal de Ucayali"


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def service(demo_database: Database) -> AgreementsService:
    return AgreementsService(demo_database.uow, lambda: "tester")


def _id(db: Database, model: type, **where: object) -> int:
    with db.uow() as s:
        found = s.scalar(select(model.id).filter_by(**where))
    assert found is not None, where
    return found


def _org(db: Database, short_name: str) -> int:
    return _id(db, Organization, short_name=short_name)


def _initiative(db: Database, name: str) -> int:
    with db.uow() as s:
        row = Initiative(name=name, kind=InitiativeKind.EXECUTIVE_TABLE)
        s.add(row)
        s.flush()
        return row.id


def _meeting(
    db: Database,
    number: int | None,
    day: date,
    *,
    initiative_id: int | None = None,
    agenda_id: int | None = None,
    status: MeetingStatus = MeetingStatus.HELD,
    hour: int = 9,
) -> int:
    with db.uow() as s:
        row = Meeting(
            initiative_id=initiative_id,
            agenda_id=agenda_id,
            number=number,
            title=f"Sesión {number}",
            starts_at=datetime.combine(day, time(hour)),
            status=status,
        )
        s.add(row)
        s.flush()
        return row.id


def _set_status(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    with db.uow() as s:
        s.get(Meeting, meeting_id).status = status


def _new(service: AgreementsService, meeting_id: int, text: str, **fields: object):
    return service.create(AgreementDraft(meeting_id=meeting_id, text=text, **fields))  # type: ignore[arg-type]


def _numbers(records: list[AgreementRecord]) -> list[str]:
    return [r.reference for r in records]


# --- numbering -------------------------------------------------------------------------------


def test_numbers_are_per_meeting_and_a_taken_number_is_refused(demo_database, service) -> None:
    mesa = _initiative(demo_database, "Mesa del cacao")
    first = _meeting(demo_database, 1, _days(-10), initiative_id=mesa)
    second = _meeting(demo_database, 2, _days(-3), initiative_id=mesa)
    assert service.next_number(first) == 1
    a1 = _new(service, first, "Enviar el padrón de productores")
    a2 = _new(service, first, "Convocar a la banca")
    b1 = _new(service, second, "Presentar la hoja de ruta")
    assert (a1.number, a2.number, b1.number) == (1, 2, 1)  # each meeting counts from 1
    assert (a2.reference, b1.reference) == ("1.2", "2.1")
    assert service.next_number(first) == 3

    with pytest.raises(ValidationError) as error:
        _new(service, first, "Otro", number=2)
    assert error.value.fields == {"number": "duplicate_number"}
    jumped = _new(service, first, "Con número a mano", number=7)
    assert jumped.number == 7 and service.next_number(first) == 8  # gaps are kept
    with pytest.raises(ValidationError) as error:
        service.update(a1.id, replace(a1.draft, number=2))
    assert error.value.fields == {"number": "duplicate_number"}
    # Keeping its own number, or leaving it empty, is no clash.
    assert service.update(a1.id, replace(a1.draft, text="Enviar el padrón")).number == 1
    assert service.update(a1.id, replace(a1.draft, number=None)).number == 1
    # Moved to another meeting without a number: the next one there.
    moved = service.update(a2.id, replace(a2.draft, meeting_id=second, number=None))
    assert moved.reference == "2.2"
    assert [r.number for r in service.agreements_of(first)] == [1, 7]


def test_references_are_checked(demo_database, service) -> None:
    meeting = _meeting(demo_database, 1, _days(-1), initiative_id=_initiative(demo_database, "M"))
    with pytest.raises(ValidationError) as error:
        _new(
            service,
            meeting,
            "Algo",
            responsible_org_id=999_999,
            responsible_person_id=999_999,
            action_id=999_999,
            bottleneck_id=999_999,
        )
    assert error.value.fields == {
        "responsible_org_id": "not_found",
        "responsible_person_id": "not_found",
        "action_id": "not_found",
        "bottleneck_id": "not_found",
    }
    with pytest.raises(UserError) as missing:
        _new(service, 999_999, "Algo")
    assert missing.value.code == "not_found"


# --- records ---------------------------------------------------------------------------------


def test_records_carry_their_meeting_owner_and_names(demo_database, service) -> None:
    mef = _id(demo_database, Initiative, name=MEF)
    first = _id(demo_database, Meeting, initiative_id=mef, number=1)
    records = service.agreements_of(first)
    assert _numbers(records) == ["1.1", "1.2", "1.3", "1.4"]
    credit = records[2]
    assert credit.owner_name == MEF and credit.initiative_id == mef
    assert credit.meeting_title == "Sesión de instalación de la Mesa Ejecutiva Forestal"
    assert credit.meeting_status is MeetingStatus.MINUTES_APPROVED and credit.minutes_locked
    assert credit.responsible_org_name == "Ministerio de la Producción"
    assert credit.responsible_person_name
    assert credit.action_name and credit.action_name.startswith("A3.1 ")
    assert credit.bottleneck_name and credit.bottleneck_name.startswith("CB-05 ")
    assert service.agreement(credit.id) == credit
    assert service.agreements([records[3].id, 999_999, records[0].id]) == [records[3], records[0]]
    with pytest.raises(UserError):
        service.agreement(999_999)


def test_lists_cost_a_fixed_number_of_queries(demo_database, service) -> None:
    every = service.agreement_ids(AgreementQuery())
    mef = _id(demo_database, Initiative, name=MEF)
    third = _id(demo_database, Meeting, initiative_id=mef, number=3)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = demo_database.uow.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        service.agreements(every[:2])
        few = len(statements)
        statements.clear()
        service.agreements(every)
        many = len(statements)
        statements.clear()
        assert len(service.pending_in(third)) >= 3
        pending = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(every) > 20
    assert many == few <= 2  # BEGIN, then one SELECT whatever the number of rows
    assert pending <= 3  # BEGIN, the meeting, then one SELECT


# --- carried forward -------------------------------------------------------------------------


def test_pending_agreements_are_carried_until_closed(demo_database, service) -> None:
    mesa = _initiative(demo_database, "Mesa de la palma")
    other = _initiative(demo_database, "Mesa del camu camu")
    s1 = _meeting(demo_database, 1, _days(-90), initiative_id=mesa)
    s2 = _meeting(demo_database, 2, _days(-60), initiative_id=mesa)
    s3 = _meeting(demo_database, 3, _days(-30), initiative_id=mesa)
    s4 = _meeting(demo_database, 4, _days(20), initiative_id=mesa, status=MeetingStatus.PLANNED)
    elsewhere = _meeting(demo_database, 1, _days(-100), initiative_id=other)
    _new(service, elsewhere, "De otra mesa: nunca aparece aquí")

    open_1 = _new(service, s1, "Abierto desde la primera sesión")
    closed_before = _new(
        service, s1, "Cumplido antes de la segunda", status=A.DONE, done_on=_days(-70)
    )
    done_at_2 = _new(service, s1, "Cumplido el día de la segunda")
    cancelled_at_2 = _new(service, s1, "Cancelado el día de la segunda")
    open_2 = _new(service, s2, "Tomado en la segunda")

    # Session 2 met on day -60: everything of session 1 still open then.
    assert _numbers(service.pending_in(s2)) == ["1.1", "1.3", "1.4"]
    service.mark_done([done_at_2.id], _days(-60))
    cancel = replace(cancelled_at_2.draft, status=A.CANCELLED, cancelled_on=_days(-60))
    service.update(cancelled_at_2.id, cancel)

    pending_2 = service.pending_in(s2)
    assert _numbers(pending_2) == ["1.1", "1.3", "1.4"]  # closed that day: still listed there
    by_ref = {r.reference: r for r in pending_2}
    assert by_ref["1.3"].status is A.DONE and by_ref["1.3"].draft.done_on == _days(-60)
    assert by_ref["1.4"].status is A.CANCELLED and by_ref["1.4"].closed_on == _days(-60)
    # Session 3: the ones closed at session 2 are gone, session 2's own one joins.
    assert _numbers(service.pending_in(s3)) == ["1.1", "2.1"]
    assert _numbers(service.pending_in(s4)) == ["1.1", "2.1"]
    assert service.pending_in(s1) == []  # the first session has nothing carried
    assert closed_before.id not in {r.id for r in service.pending_in(s2)}
    # A meeting's own agreements are never its pending ones.
    assert open_2.id not in {r.id for r in pending_2}
    # Marked done today: pending in the planned session 4 no more (it meets later).
    service.mark_done([open_1.id], TODAY)
    assert _numbers(service.pending_in(s4)) == ["2.1"]
    assert _numbers(service.pending_in(s3)) == ["1.1", "2.1"]  # it was open at session 3


def test_same_start_the_lower_number_is_earlier_and_agenda_meetings_carry_too(
    demo_database, service
) -> None:
    with demo_database.uow() as s:
        agenda = Agenda(title="Agenda del Ranco")
        s.add(agenda)
        s.flush()
        agenda_id = agenda.id
    morning = _meeting(demo_database, 5, _days(-5), agenda_id=agenda_id)
    same_time = _meeting(demo_database, 6, _days(-5), agenda_id=agenda_id)
    a5 = _new(service, morning, "De la sesión 5")
    a6 = _new(service, same_time, "De la sesión 6")
    assert [r.id for r in service.pending_in(same_time)] == [a5.id]
    assert service.pending_in(morning) == []
    assert a6.owner_name == "Agenda del Ranco" and a6.agenda_id == agenda_id


def test_pending_in_agrees_with_the_domain_rule_on_every_demo_meeting(
    demo_database, service
) -> None:
    every = service.agreements(service.agreement_ids(AgreementQuery()))
    with demo_database.uow() as s:
        meetings = list(s.scalars(select(Meeting)))
    carried = 0
    for m in meetings:
        day = m.starts_at.date()
        expected = [
            r.id
            for r in every
            if r.initiative_id == m.initiative_id
            and r.draft.meeting_id != m.id
            and r.meeting_starts_at is not None
            and (r.meeting_starts_at, r.meeting_number) < (m.starts_at, m.number)
            and is_pending_at(r.status, r.draft.done_on, r.draft.cancelled_on, day)
        ]
        got = [r.id for r in service.pending_in(m.id)]
        assert sorted(got) == sorted(expected), m.title
        carried += len(got)
    assert carried > 5


# --- the tracker: overdue, due soon, filters, order -----------------------------------------


def test_overdue_and_due_soon_through_the_tracker(demo_database, service) -> None:
    meeting = _meeting(demo_database, 1, _days(-20), initiative_id=_initiative(demo_database, "X"))
    for n in (-1, 0, 7, 8):
        _new(service, meeting, f"Vence en {n} días", due_date=_days(n))
    _new(service, meeting, "Vencido pero cumplido", due_date=_days(-9), status=A.DONE)
    every = service.agreements(service.agreement_ids(AgreementQuery()))
    overdue = service.agreement_ids(AgreementQuery(overdue_only=True))
    assert overdue == [r.id for r in every if is_overdue(r.status, r.due_date, TODAY)]
    assert len(overdue) > 1
    assert all(r.urgency(TODAY) == Urgency.OVERDUE for r in service.agreements(overdue))
    mine = {r.text: r.urgency(TODAY) for r in every if r.draft.meeting_id == meeting}
    assert mine == {
        "Vence en -1 días": Urgency.OVERDUE,
        "Vence en 0 días": Urgency.DUE_SOON,
        "Vence en 7 días": Urgency.DUE_SOON,
        "Vence en 8 días": None,
        "Vencido pero cumplido": None,
    }
    soon = [r for r in every if is_due_soon(r.status, r.due_date, TODAY)]
    assert len(soon) >= 2
    # Another day, another count: what is due in 8 days is overdue in 9.
    later = _days(9)
    overdue_later = service.agreement_ids(AgreementQuery(overdue_only=True), later)
    assert len(overdue_later) == sum(is_overdue(r.status, r.due_date, later) for r in every)
    assert overdue_later != overdue


def _overdue_count(service: AgreementsService) -> int:
    return len(service.agreement_ids(AgreementQuery(overdue_only=True)))


def test_tracker_sorts_by_due_date_undated_last(demo_database, service) -> None:
    meeting = _meeting(demo_database, 1, _days(-20), initiative_id=_initiative(demo_database, "Y"))
    undated = _new(service, meeting, "Sin fecha")
    records = service.agreements(service.agreement_ids(AgreementQuery()))
    dated = [r.due_date for r in records if r.due_date is not None]
    assert dated == sorted(dated)
    first_undated = next(i for i, r in enumerate(records) if r.due_date is None)
    assert all(r.due_date is None for r in records[first_undated:])  # undated last
    assert undated.id in {r.id for r in records[first_undated:]}
    # Same due date: the older meeting first, then by number.
    keys = [(r.due_date, r.meeting_starts_at, r.number) for r in records[:first_undated]]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2]))


def test_tracker_filters(demo_database, service) -> None:
    mef = _id(demo_database, Initiative, name=MEF)
    ucayali = _id(
        demo_database, Agenda, title="Agenda Regional de Desarrollo Productivo de Ucayali 2024–2029"
    )
    produce = _org(demo_database, "PRODUCE")
    every = service.agreements(service.agreement_ids(AgreementQuery()))

    def ids(**query: object) -> list[int]:
        return service.agreement_ids(AgreementQuery(**query))  # type: ignore[arg-type]

    assert ids(initiative_id=mef) == [r.id for r in every if r.initiative_id == mef]
    # An agenda takes its own meetings and those of its initiatives (the MEF is Ucayali's).
    assert set(ids(initiative_id=mef)) <= set(ids(agenda_id=ucayali))
    assert ids(responsible_org_id=produce) == [
        r.id for r in every if r.draft.responsible_org_id == produce
    ]
    assert len(ids(responsible_org_id=produce)) >= 2
    for status in A:
        assert ids(status=status) == [r.id for r in every if r.status is status]
    first = _id(demo_database, Meeting, initiative_id=mef, number=1)
    assert sorted(ids(meeting_id=first)) == sorted(r.id for r in service.agreements_of(first))
    limit = _days(-20)
    assert ids(due_before=limit) == [
        r.id for r in every if r.due_date is not None and r.due_date <= limit
    ]
    combined = ids(initiative_id=mef, status=A.OPEN, overdue_only=True)
    assert combined and all(
        r.initiative_id == mef and r.is_overdue(TODAY) for r in service.agreements(combined)
    )
    # Text: accents and case folded, over the text, the follow-up and the institution.
    credit = ids(text="CREDITO capital")
    assert [r.text for r in service.agreements(credit)] == [
        "Gestionar con la banca de desarrollo una línea de crédito para capital de trabajo de "
        "las pymes madereras."
    ]
    assert len(ids(text="reiterado tercera")) == 1  # "Reiterado en la tercera sesión."
    assert set(ids(text="osinfor")) == {
        r.id for r in every if r.responsible_org_name and "Supervisión" in r.responsible_org_name
    }
    assert ids(text="zzz no existe") == []


def test_choices_for_the_filters_and_the_links(demo_database, service) -> None:
    names = [r.name for r in service.responsible_choices()]
    assert "Ministerio de la Producción" in names and len(names) == len(set(names))
    mef = _id(demo_database, Initiative, name=MEF)
    meeting = _id(demo_database, Meeting, initiative_id=mef, number=3)
    actions, bottlenecks = service.link_choices(meeting)
    assert actions and all(
        a.detail == "Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali" for a in actions
    )
    assert actions[0].name.startswith("A1.1 ")
    assert [b.name[:5] for b in bottlenecks][:3] == ["CB-01", "CB-02", "CB-03"]
    cafe = _id(demo_database, Initiative, name="Cadena de valor del café del Soconusco")
    cafe_meeting = _id(demo_database, Meeting, initiative_id=cafe, number=1)
    cafe_actions, _ = service.link_choices(cafe_meeting)
    assert not {a.id for a in actions} & {a.id for a in cafe_actions}


# --- writing: audit, lock, delete and restore ------------------------------------------------


def _audits(db: Database, agreement_id: int) -> list[AuditAction]:
    with db.uow() as s:
        stmt = (
            select(AuditEntry.action)
            .where(AuditEntry.entity == "agreement", AuditEntry.entity_id == agreement_id)
            .order_by(AuditEntry.id)
        )
        return list(s.scalars(stmt))


def test_every_write_is_audited_and_restore_brings_back_id_and_uuid(demo_database, service):
    meeting = _meeting(demo_database, 1, _days(-2), initiative_id=_initiative(demo_database, "Z"))
    person = _id(demo_database, Person, full_name=_person_name(demo_database))
    created = _new(service, meeting, "  Enviar el acta  ", responsible_person_id=person)
    assert created.text == "Enviar el acta"
    service.update(created.id, replace(created.draft, follow_up="Enviada por correo"))
    deleted = service.delete(created.id)
    assert deleted.id == created.id and deleted.draft.follow_up == "Enviada por correo"
    assert service.agreements_of(meeting) == []
    restored = service.restore(deleted)
    assert (restored.id, restored.uuid, restored.draft) == (deleted.id, deleted.uuid, deleted.draft)
    assert _audits(demo_database, created.id) == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
        AuditAction.CREATE,
    ]
    # A number taken meanwhile refuses the restore.
    service.delete(created.id)
    _new(service, meeting, "Otro con el número 1")
    with pytest.raises(ValidationError) as error:
        service.restore(deleted)
    assert error.value.fields == {"number": "duplicate_number"}
    assert service.usages(restored.id) == {}


def _person_name(db: Database) -> str:
    with db.uow() as s:
        return s.scalar(select(Person.full_name).order_by(Person.id).limit(1))


def test_approved_minutes_allow_follow_up_only(demo_database, service) -> None:
    meeting = _meeting(demo_database, 1, _days(-30), initiative_id=_initiative(demo_database, "W"))
    record = _new(service, meeting, "Circular el acta", due_date=_days(-5))
    _set_status(demo_database, meeting, MeetingStatus.MINUTES_APPROVED)

    followed = service.update(
        record.id, replace(record.draft, status=A.DONE, done_on=_days(-1), follow_up="Circulada")
    )
    assert followed.status is A.DONE and followed.minutes_locked
    for change in (
        {"text": "Otro texto"},
        {"due_date": _days(10)},
        {"responsible_org_id": _org(demo_database, "PRODUCE")},
        {"number": 5},
    ):
        with pytest.raises(UserError) as error:
            service.update(record.id, replace(followed.draft, **change))  # type: ignore[arg-type]
        assert error.value.code == "minutes_locked"
        assert error.value.params == {"title": "Sesión 1"}
    with pytest.raises(UserError, match="approved"):
        service.delete(record.id)
    with pytest.raises(UserError) as error:
        _new(service, meeting, "Un acuerdo nuevo")
    assert error.value.code == "minutes_locked"
    assert service.agreement(record.id).text == "Circular el acta"

    _set_status(demo_database, meeting, MeetingStatus.CANCELLED)
    with pytest.raises(UserError) as error:
        service.update(record.id, replace(followed.draft, text="Otro"))
    assert error.value.code == "meeting_cancelled"
    reopened = service.update(record.id, replace(followed.draft, status=A.OPEN))
    assert reopened.status is A.OPEN and reopened.draft.done_on is None


def test_mark_done_and_its_undo_with_update_many(demo_database, service) -> None:
    overdue = service.agreement_ids(AgreementQuery(overdue_only=True))
    before_count = _overdue_count(service)
    done_already = service.agreement_ids(AgreementQuery(status=A.DONE))[0]
    chosen = [*overdue[:3], done_already]
    before = service.mark_done(chosen, TODAY)
    assert [r.id for r in before] == overdue[:3]  # only open ones change
    assert all(r.status is A.OPEN for r in before)
    # One of them sits in approved minutes: marking done is follow-up, allowed there.
    assert any(r.minutes_locked for r in before)
    after = service.agreements(overdue[:3])
    assert all(r.status is A.DONE and r.draft.done_on == TODAY for r in after)
    assert _overdue_count(service) == before_count - 3
    assert all(_audits(demo_database, r.id)[-1] is AuditAction.UPDATE for r in after)

    undone = service.update_many({r.id: r.draft for r in before})
    assert [r.draft for r in undone] == [r.draft for r in before]
    assert _overdue_count(service) == before_count

    with pytest.raises(ValidationError) as error:
        service.mark_done(overdue[:2], _days(1))
    assert error.value.fields == {"done_on": "future_date"}
    assert _overdue_count(service) == before_count  # nothing half done


def test_update_many_is_all_or_nothing(demo_database, service) -> None:
    meeting = _meeting(demo_database, 1, _days(-3), initiative_id=_initiative(demo_database, "V"))
    a = _new(service, meeting, "Primero")
    b = _new(service, meeting, "Segundo")
    with pytest.raises(ValidationError):
        service.update_many(
            {a.id: replace(a.draft, follow_up="Avanza"), b.id: replace(b.draft, text=" ")}
        )
    assert service.agreement(a.id).draft.follow_up is None
    with demo_database.uow() as s:
        n = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity_id == a.id, AuditEntry.entity == "agreement")
        )
    assert n == 1  # only its creation
