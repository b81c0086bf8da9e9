"""Invitations and attendance through AttendanceService on the demo data."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select, text

from agencydesk.data.models import AuditEntry, Initiative, Organization, Participation, Person
from agencydesk.domain.attendance import AttendanceDraft, InvitationPlan, Invitee
from agencydesk.domain.enums import (
    ActorType,
    AuditAction,
    Gender,
    MeetingStatus,
    ParticipationRole,
    Presence,
    Representation,
)
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.initiatives import is_active
from agencydesk.domain.meetings import MeetingDraft, MeetingRecord
from agencydesk.domain.records import PersonDraft
from agencydesk.domain.text import fold
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.meetings import MeetingsService

R = ParticipationRole
TODAY = date.today()


@pytest.fixture
def meetings(demo_database: Database) -> MeetingsService:
    return MeetingsService(demo_database.uow, lambda: "tester", lambda: TODAY)


@pytest.fixture
def service(demo_database: Database) -> AttendanceService:
    return AttendanceService(demo_database.uow, lambda: "tester", lambda: TODAY)


@pytest.fixture
def mef(demo_database: Database) -> int:
    with demo_database.uow() as s:
        return s.scalar(
            select(Initiative.id).where(Initiative.name == "Mesa Ejecutiva Forestal de Ucayali")
        )


def _session(meetings: MeetingsService, mef: int, number: int) -> MeetingRecord:
    [found] = [m for m in meetings.meetings_of(mef) if m.number == number]
    return found


def _new(meetings: MeetingsService, owner: int, days: int = 5) -> MeetingRecord:
    start = datetime.combine(TODAY + timedelta(days=days), time(9, 0))
    return meetings.create(MeetingDraft(initiative_id=owner, title="Cuarta", starts_at=start))


def _person(db: Database, full_name: str) -> tuple[int, int]:
    with db.uow() as s:
        row = s.execute(
            select(Person.id, Person.organization_id).where(Person.full_name == full_name)
        ).one()
        return row[0], row[1]


def _names(db: Database, invitees: list[Invitee]) -> list[str]:
    with db.uow() as s:
        names = dict(s.execute(select(Person.id, Person.full_name)).all())
    return [names[i.person_id] for i in invitees if i.person_id is not None]


# --- reading ---------------------------------------------------------------------------------


def test_the_list_is_by_organization_then_person_with_role_and_profile(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    third = _session(meetings, mef, 3)
    rows = service.attendance_of(third.id)
    assert len(rows) == third.invited
    keys = [(fold(r.organization_name), fold(r.person_name)) for r in rows]
    assert keys == sorted(keys)
    produce = [r for r in rows if r.organization_name == "Ministerio de la Producción"]
    assert {(r.person_name, r.role) for r in produce} == {
        ("Ana Lucía Bendezú Herrera", R.CONVENER),
        ("Diego Alonso Carrasco Pérez", R.TECHNICAL_SECRETARIAT),
    }
    assert all(r.actor_type is ActorType.PUBLIC and r.position for r in produce)
    assert all(r.gender is not None for r in rows)
    assert {r.presence for r in rows} >= {Presence.ATTENDED, Presence.ABSENT}


def test_counts_by_presence_actor_type_and_gender(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    third = _session(meetings, mef, 3)
    counts = service.counts(third.id)
    with demo_database.uow.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.invited, a.attended, a.excused, o.actor_type, p.gender "
                "FROM attendances a JOIN organizations o ON o.id = a.organization_id "
                "LEFT JOIN people p ON p.id = a.person_id WHERE a.meeting_id = :meeting"
            ),
            {"meeting": third.id},
        ).all()
    attended = [r for r in rows if r[1]]
    assert counts.invited == sum(1 for r in rows if r[0]) == third.invited
    assert counts.attended == len(attended) == third.attended
    assert counts.excused == sum(1 for r in rows if r[2] and not r[1])
    assert counts.attended + counts.excused + counts.absent == len(rows)
    assert counts.by_actor_type == {
        t: sum(1 for r in attended if r[3] == t.value) for t in ActorType
    }
    assert sum(counts.by_actor_type.values()) == counts.attended
    by_gender = Counter(Gender(r[4]) if r[4] else None for r in attended)
    assert counts.by_gender == dict(by_gender)
    assert counts.by_gender.get(Gender.FEMALE, 0) > 0


# --- inviting --------------------------------------------------------------------------------


def test_participants_to_invite_by_role_on_the_meetings_day(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = _new(meetings, mef)
    everyone = service.participants_to_invite(meeting.id)
    names = _names(demo_database, everyone)
    assert len(names) == len(set(names)) == 17
    # Those who left the mesa before the meeting are not proposed.
    assert "Raúl Huamán Ccori" not in names and "Martín Vela Gonzales" not in names
    assert _names(demo_database, service.participants_to_invite(meeting.id, [R.CONVENER])) == [
        "Ana Lucía Bendezú Herrera"
    ]
    coordinators = service.participants_to_invite(meeting.id, {R.COORDINATOR})
    assert [i.representation for i in coordinators] == [
        Representation.TITULAR,
        Representation.ALTERNATE,
    ]
    several = service.participants_to_invite(meeting.id, [R.CONVENER, R.FUNDER])
    assert len(several) == 2
    assert service.participants_to_invite(meeting.id, []) == []
    # On a meeting long ago, someone who joined later is not there yet.
    early = _new(meetings, mef, days=-100)
    early_names = _names(demo_database, service.participants_to_invite(early.id))
    assert "Raúl Huamán Ccori" in early_names
    assert "Elizabeth Zevallos Cárdenas" not in early_names


def test_participants_already_invited_are_not_proposed_again(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    meeting = _new(meetings, mef)
    secretariat = service.participants_to_invite(meeting.id, [R.TECHNICAL_SECRETARIAT])
    created = service.invite(meeting.id, secretariat)
    assert [(r.draft.person_id, r.role) for r in created] == [
        (secretariat[0].person_id, R.TECHNICAL_SECRETARIAT)
    ]
    assert service.participants_to_invite(meeting.id, [R.TECHNICAL_SECRETARIAT]) == []
    assert len(service.participants_to_invite(meeting.id)) == 16
    created = service.invite(meeting.id, service.participants_to_invite(meeting.id))
    assert len(created) == 16
    assert service.participants_to_invite(meeting.id) == []
    assert meetings.meeting(meeting.id).invited == 17


def test_the_invitation_plan_counts_who_is_already_there_by_the_domain_rule(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = _new(meetings, mef, days=5)
    everyone = service.invitation_plan(meeting.id)
    assert everyone.already_invited == 0 and len(everyone.to_invite) == 17
    service.invite(meeting.id, everyone.to_invite[:5])
    plan = service.invitation_plan(meeting.id)
    assert plan.already_invited == 5 and plan.to_invite == everyone.to_invite[5:]
    assert service.participants_to_invite(meeting.id) == plan.to_invite
    # A participation ending on the meeting's day is over (domain.initiatives.is_active):
    # neither proposed nor counted as already there, even when that person is on the list.
    day = meeting.starts_on
    assert day is not None
    with demo_database.uow() as s:
        taking_part = select(Participation.person_id).where(
            Participation.initiative_id == mef, Participation.person_id.is_not(None)
        )
        outsiders = s.execute(
            select(Person.id, Person.organization_id)
            .where(Person.id.not_in(taking_part), Person.organization_id.is_not(None))
            .order_by(Person.id)
            .limit(2)
        ).all()
        (ended, ended_org), (stays, stays_org) = outsiders
        for person, org, until in ((ended, ended_org, day), (stays, stays_org, day + timedelta(1))):
            s.add(
                Participation(
                    initiative_id=mef,
                    organization_id=org,
                    person_id=person,
                    role=R.OBSERVER,
                    until=until,
                )
            )
    assert is_active(day + timedelta(1), day) and not is_active(day, day)
    observers = service.invitation_plan(meeting.id, [R.OBSERVER])
    assert [i.person_id for i in observers.to_invite] == [stays]
    assert observers.already_invited == 0
    service.invite(meeting.id, [Invitee(ended, None), Invitee(stays, None)])
    observers = service.invitation_plan(meeting.id, [R.OBSERVER])
    assert observers.to_invite == [] and observers.already_invited == 1
    assert service.invitation_plan(meeting.id).already_invited == 6


def test_an_agendas_meeting_has_an_empty_invitation_plan(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database
) -> None:
    with demo_database.uow() as s:
        agenda = s.scalar(select(Initiative.agenda_id).where(Initiative.agenda_id.is_not(None)))
    start = datetime.combine(TODAY, time(9, 0))
    meeting = meetings.create(MeetingDraft(agenda_id=agenda, title="Comité", starts_at=start))
    assert service.invitation_plan(meeting.id) == InvitationPlan([], 0)


def test_a_new_person_is_created_and_invited_in_one_transaction(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = _new(meetings, mef)
    with demo_database.uow() as s:
        unu = s.scalar(select(Organization.id).where(Organization.short_name == "UNU"))
    person, row = service.invite_new_person(
        meeting.id,
        PersonDraft("  Rosa Inés Panduro Ríos ", organization_id=unu, position="Investigadora"),
        Representation.ALTERNATE,
    )
    assert person.full_name == "Rosa Inés Panduro Ríos"  # cleaned by validate_person
    assert row.draft == AttendanceDraft(
        meeting.id,
        person_id=person.id,
        organization_id=unu,
        representation=Representation.ALTERNATE,
    )
    assert (row.person_name, row.position) == ("Rosa Inés Panduro Ríos", "Investigadora")
    with demo_database.uow() as s:
        audits = s.execute(
            select(AuditEntry.entity, AuditEntry.action).where(
                (AuditEntry.entity == "person") & (AuditEntry.entity_id == person.id)
                | (AuditEntry.entity == "attendance") & (AuditEntry.entity_id == row.id)
            )
        ).all()
    assert sorted(audits) == [("attendance", AuditAction.CREATE), ("person", AuditAction.CREATE)]
    with pytest.raises(ValidationError) as caught:
        service.invite_new_person(meeting.id, PersonDraft("   "))
    assert caught.value.fields == {"full_name": "required"}
    with pytest.raises(ValidationError) as caught:
        service.invite_new_person(meeting.id, PersonDraft("Nadie", organization_id=99999))
    assert caught.value.fields == {"organization_id": "not_found"}


def test_a_refused_invitation_of_a_new_person_leaves_no_person(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    second = _session(meetings, mef, 2)  # approved minutes
    with demo_database.uow() as s:
        people = s.scalar(select(func.count()).select_from(Person))
    with pytest.raises(UserError) as caught:
        service.invite_new_person(second.id, PersonDraft("Rosa Inés Panduro Ríos"))
    assert caught.value.code == "minutes_locked"
    with demo_database.uow() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == people


def test_invite_skips_who_is_already_there_and_fills_the_persons_organization(
    service: AttendanceService,
    meetings: MeetingsService,
    demo_database: Database,
    mef: int,
) -> None:
    meeting = _new(meetings, mef)
    person, org = _person(demo_database, "Manuel Tuesta Arévalo")
    with demo_database.uow() as s:
        other_org = s.scalar(select(Organization.id).where(Organization.short_name == "FAO"))
    created = service.invite(
        meeting.id,
        [
            Invitee(person, None),
            Invitee(person, org, Representation.ALTERNATE),  # the same person again
            Invitee(None, other_org),
            Invitee(None, other_org),  # the same organization without a person again
        ],
    )
    assert [(r.draft.person_id, r.draft.organization_id) for r in created] == [
        (person, org),
        (None, other_org),
    ]
    assert created[0].draft.representation is Representation.TITULAR
    assert created[0].draft.invited and not created[0].draft.attended
    assert service.invite(meeting.id, [Invitee(person, org), Invitee(None, other_org)]) == []
    with pytest.raises(ValidationError) as caught:
        service.invite(meeting.id, [Invitee(99999, None)])
    assert caught.value.fields == {"person_id": "not_found"}
    with pytest.raises(ValidationError) as caught:
        service.invite(meeting.id, [Invitee(None, None)])
    assert caught.value.fields == {"person_id": "required"}
    with demo_database.uow() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "attendance",
                AuditEntry.entity_id.in_([r.id for r in created]),
            )
        ).all()
    assert actions == [AuditAction.CREATE, AuditAction.CREATE]


def test_uninvite_and_restore_round_trip(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    meeting = _new(meetings, mef)
    service.invite(meeting.id, service.participants_to_invite(meeting.id))
    before = service.attendance_of(meeting.id)
    gone = service.uninvite([before[0].id, before[3].id])
    assert gone == [before[0], before[3]]
    assert len(service.attendance_of(meeting.id)) == len(before) - 2
    assert service.restore(gone) == gone
    assert service.attendance_of(meeting.id) == before
    with pytest.raises(UserError) as caught:
        service.uninvite([before[0].id, 99999])
    assert caught.value.code == "not_found"
    assert service.attendance_of(meeting.id) == before  # all or nothing


# --- ticking attendance ----------------------------------------------------------------------


def test_update_ticks_attended_excused_absent(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    meeting = _new(meetings, mef)
    row = service.invite(meeting.id, service.participants_to_invite(meeting.id, [R.CONVENER]))[0]
    came = service.update(row.id, replace(row.draft, attended=True, excused=True))
    assert came.presence is Presence.ATTENDED and not came.draft.excused  # attended wins
    excused = service.update(
        row.id, replace(came.draft, attended=False, excused=True, meeting_id=99999)
    )
    assert excused.presence is Presence.EXCUSED and excused.draft.meeting_id == meeting.id
    alternate = service.update(row.id, replace(excused.draft, representation="alternate"))
    assert alternate.draft.representation is Representation.ALTERNATE
    with pytest.raises(ValidationError) as caught:
        service.update(row.id, replace(row.draft, person_id=99999))
    assert caught.value.fields == {"person_id": "not_found"}


def test_update_many_changes_several_rows_in_one_transaction(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    meeting = _new(meetings, mef)
    rows = service.invite(meeting.id, service.participants_to_invite(meeting.id))[:3]
    changed = service.update_many({r.id: replace(r.draft, attended=True) for r in rows})
    assert [r.id for r in changed] == [r.id for r in rows]
    assert all(r.presence is Presence.ATTENDED for r in changed)
    assert service.counts(meeting.id).attended == 3
    # Undo puts the old drafts back.
    assert service.update_many({r.id: r.draft for r in rows}) == rows
    bad = {rows[0].id: replace(rows[0].draft, attended=True), 99999: rows[1].draft}
    with pytest.raises(UserError):
        service.update_many(bad)
    assert service.counts(meeting.id).attended == 0


def test_references_are_checked_once_and_only_when_they_change(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database, mef: int
) -> None:
    meeting = _new(meetings, mef)
    rows = service.invite(meeting.id, service.participants_to_invite(meeting.id))
    lookups: list[str] = []

    def count(*args: object) -> None:
        statement = " ".join(str(args[2]).split())
        if "attendances" not in statement and (
            "FROM people" in statement or "FROM organizations" in statement
        ):
            lookups.append(statement)

    engine = demo_database.uow.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        service.update_many({r.id: replace(r.draft, attended=True) for r in rows})
        assert lookups == []  # ticking a list changes no reference
        gone = service.uninvite([r.id for r in rows])
        lookups.clear()
        assert len(service.restore(gone)) == len(rows) > 10
        assert len(lookups) == 2  # the people, the organizations: one query each
        lookups.clear()
        listed = [r.draft.person_id for r in rows]
        with demo_database.uow() as s:
            other, other_org = s.execute(
                select(Person.id, Person.organization_id)
                .where(Person.id.not_in(listed), Person.organization_id.is_not(None))
                .limit(1)
            ).one()
        moved = {
            rows[0].id: replace(rows[0].draft, person_id=other, organization_id=other_org),
            rows[1].id: replace(rows[1].draft, attended=False),
        }
        lookups.clear()
        service.update_many(moved)
        assert len(lookups) == 2  # the new person, the new organization
    finally:
        event.remove(engine, "before_cursor_execute", count)
    with pytest.raises(ValidationError) as caught:
        service.update_many(
            {
                rows[2].id: replace(rows[2].draft, attended=False),
                rows[3].id: replace(rows[3].draft, organization_id=99999),
            }
        )
    assert caught.value.fields == {"organization_id": "not_found"}
    kept = {r.id: r for r in service.attendance_of(meeting.id)}
    assert kept[rows[2].id].draft.attended  # all or nothing
    assert kept[rows[0].id].draft.person_id == other


def test_attendance_of_approved_minutes_is_read_only_until_reopened(
    service: AttendanceService, meetings: MeetingsService, mef: int
) -> None:
    second = _session(meetings, mef, 2)
    rows = service.attendance_of(second.id)
    invitees = [Invitee(r.draft.person_id, r.draft.organization_id) for r in rows]
    attempts = [
        lambda: service.invite(second.id, invitees[:1]),
        lambda: service.update(rows[0].id, replace(rows[0].draft, excused=True, attended=False)),
        lambda: service.update_many({rows[0].id: replace(rows[0].draft, attended=False)}),
        lambda: service.uninvite([rows[0].id]),
        lambda: service.restore([rows[0]]),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as caught:
            attempt()
        assert caught.value.code == "minutes_locked"
    assert service.attendance_of(second.id) == rows
    meetings.change_status(second.id, MeetingStatus.HELD, "Faltaba registrar un alterno")
    updated = service.update(rows[0].id, replace(rows[0].draft, excused=True, attended=False))
    assert updated.presence is Presence.EXCUSED


def test_an_agendas_meeting_has_no_participants_to_propose(
    service: AttendanceService, meetings: MeetingsService, demo_database: Database
) -> None:
    with demo_database.uow() as s:
        agenda = s.scalar(select(Initiative.agenda_id).where(Initiative.agenda_id.is_not(None)))
    start = datetime.combine(TODAY, time(9, 0))
    meeting = meetings.create(MeetingDraft(agenda_id=agenda, title="Comité", starts_at=start))
    assert service.participants_to_invite(meeting.id) == []
    person, org = _person(demo_database, "Manuel Tuesta Arévalo")
    [row] = service.invite(meeting.id, [Invitee(person, None)])
    assert row.role is None  # no initiative, no role in it
    assert row.draft == AttendanceDraft(meeting.id, person_id=person, organization_id=org)
