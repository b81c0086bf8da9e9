"""Who was invited to a meeting and who came: records and writes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import fields
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Attendance,
    Meeting,
    Organization,
    Participation,
    Person,
)
from agencydesk.domain.attendance import (
    AttendanceDraft,
    AttendanceRecord,
    InvitationPlan,
    Invitee,
)
from agencydesk.domain.enums import ParticipationRole
from agencydesk.domain.text import fold

DRAFT_FIELDS = tuple(f.name for f in fields(AttendanceDraft))
_ROLE_ORDER = {role: i for i, role in enumerate(ParticipationRole)}


def _takes_part_on(day: date) -> list:
    """A participation current on ``day`` (``domain.initiatives.is_active`` on that day)."""
    return [
        or_(Participation.since.is_(None), Participation.since <= day),
        or_(Participation.until.is_(None), Participation.until > day),
    ]


def _roles(
    session: Session, initiative_ids: Collection[int]
) -> dict[
    tuple[int, int | None, int | None], list[tuple[ParticipationRole, date | None, date | None]]
]:
    """(initiative, person, organization) → its roles with their dates; the organization is
    part of the key only for rows without a person."""
    if not initiative_ids:
        return {}
    stmt = select(
        Participation.initiative_id,
        Participation.person_id,
        Participation.organization_id,
        Participation.role,
        Participation.since,
        Participation.until,
    ).where(Participation.initiative_id.in_(list(initiative_ids)))
    found: dict[tuple[int, int | None, int | None], list] = {}
    for initiative_id, person_id, org_id, role, since, until in session.execute(stmt):
        key = (initiative_id, person_id, None if person_id is not None else org_id)
        found.setdefault(key, []).append((role, since, until))
    return found


def _role_on(
    roles: list[tuple[ParticipationRole, date | None, date | None]], day: date
) -> ParticipationRole | None:
    """The role held on ``day`` (the first in the enumeration's order when several), or the
    last one held before it."""
    if not roles:
        return None
    current = [
        r
        for r, since, until in roles
        if (since is None or since <= day) and (until is None or until > day)
    ]
    if current:
        return min(current, key=lambda r: _ROLE_ORDER[r])
    return max(roles, key=lambda r: (r[2] or date.max, _ROLE_ORDER[r[0]]))[0]


def records(
    session: Session, *, meeting_id: int | None = None, ids: Sequence[int] | None = None
) -> list[AttendanceRecord]:
    """A meeting's rows (or the rows ``ids``) by organization, then person (the
    organization's own row first); two queries."""
    stmt = (
        select(
            Attendance,
            Person.full_name,
            Person.position,
            Person.gender,
            Organization.name,
            Organization.actor_type,
            Meeting.initiative_id,
            Meeting.starts_at,
        )
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .outerjoin(Person, Person.id == Attendance.person_id)
        .outerjoin(Organization, Organization.id == Attendance.organization_id)
    )
    if meeting_id is not None:
        stmt = stmt.where(Attendance.meeting_id == meeting_id)
    if ids is not None:
        stmt = stmt.where(Attendance.id.in_(list(ids)))
    rows = list(session.execute(stmt))
    roles = _roles(session, {r[6] for r in rows if r[6] is not None})
    found = []
    for a, person, position, gender, org, actor_type, initiative_id, starts_at in rows:
        role = None
        if initiative_id is not None:
            key = (
                initiative_id,
                a.person_id,
                None if a.person_id is not None else a.organization_id,
            )
            role = _role_on(roles.get(key, []), starts_at.date())
        found.append(
            AttendanceRecord(
                id=a.id,
                uuid=a.uuid,
                draft=AttendanceDraft(**{n: getattr(a, n) for n in DRAFT_FIELDS}),
                person_name=person,
                organization_name=org,
                position=position,
                actor_type=actor_type,
                gender=gender,
                role=role,
            )
        )
    found.sort(
        key=lambda r: (
            r.draft.meeting_id,
            fold(r.organization_name),
            r.draft.organization_id or 0,
            r.person_name is not None,
            fold(r.person_name),
            r.id,
        )
    )
    return found


def invited_keys(session: Session, meeting_id: int) -> set[tuple[str, int]]:
    """Who is on the meeting's list: ("person", id) or ("organization", id) for an
    organization's row without a person."""
    stmt = select(Attendance.person_id, Attendance.organization_id).where(
        Attendance.meeting_id == meeting_id
    )
    return {invitee_key(p, o) for p, o in session.execute(stmt)}


def invitee_key(person_id: int | None, organization_id: int | None) -> tuple[str, int]:
    if person_id is not None:
        return ("person", person_id)
    return ("organization", organization_id or 0)


def participants(
    session: Session,
    initiative_id: int,
    day: date,
    roles: Collection[ParticipationRole] | None,
) -> list[Invitee]:
    """The initiative's participants on ``day`` with those roles (None: all), one invitee per
    person (or per organization taking part without a named person), by organization and
    person; a titular seat wins over an alternate one."""
    stmt = (
        select(
            Participation.person_id,
            Participation.organization_id,
            Participation.representation,
            Organization.name,
            Person.full_name,
        )
        .join(Organization, Organization.id == Participation.organization_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .where(Participation.initiative_id == initiative_id, *_takes_part_on(day))
    )
    if roles is not None:
        stmt = stmt.where(Participation.role.in_([ParticipationRole(r) for r in roles]))
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (fold(r[3]), r[1], r[0] is not None, fold(r[4]), r[2].value != "titular"),
    )
    found: dict[tuple[str, int], Invitee] = {}
    for person_id, org_id, representation, _, _ in rows:
        found.setdefault(invitee_key(person_id, org_id), Invitee(person_id, org_id, representation))
    return list(found.values())


def invitation_plan(
    session: Session,
    meeting_id: int,
    initiative_id: int,
    day: date,
    roles: Collection[ParticipationRole] | None,
) -> InvitationPlan:
    """The initiative's participants on ``day`` with those roles (``participants``) split
    into those not on the meeting's list yet and how many already are; two queries."""
    present = invited_keys(session, meeting_id)
    to_invite, already = [], 0
    for invitee in participants(session, initiative_id, day, roles):
        if invitee_key(invitee.person_id, invitee.organization_id) in present:
            already += 1
        else:
            to_invite.append(invitee)
    return InvitationPlan(to_invite=to_invite, already_invited=already)


def person_organizations(session: Session, person_ids: Collection[int]) -> dict[int, int | None]:
    """Person id → their organization, for the people that exist."""
    if not person_ids:
        return {}
    stmt = select(Person.id, Person.organization_id).where(Person.id.in_(list(person_ids)))
    return {person_id: org_id for person_id, org_id in session.execute(stmt)}


def existing_organizations(session: Session, ids: Collection[int]) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(Organization.id).where(Organization.id.in_(list(ids)))))


def insert(session: Session, draft: AttendanceDraft, **identity: object) -> int:
    row = Attendance(**{n: getattr(draft, n) for n in DRAFT_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id


def rows_of(session: Session, meeting_id: int) -> list[Attendance]:
    return list(session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)))
