"""Agreements of meetings: records with their meeting and names, the tracker's query, the
pending agreements carried into a later session.

Every list is read with one joined query whatever its length: an office following years of
sessions has thousands of agreements, and the tracker re-reads on every filter change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from agencydesk.data.models import Organization, Person
from agencydesk.data.models.meetings import Agreement, Meeting
from agencydesk.data.models.planning import Action, ActionPlan, Agenda, Bottleneck, Initiative
from agencydesk.data.repos.common import fetch_ids
from agencydesk.domain.agreements import (
    DUE_SOON_DAYS,
    AgreementDraft,
    AgreementQuery,
    AgreementRecord,
)
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.plans import natural_key
from agencydesk.domain.records import NamedRef, coded_name
from agencydesk.domain.text import fold, search_terms

DRAFT_FIELDS = tuple(f.name for f in fields(AgreementDraft))
A = AgreementStatus


# --- SQL forms of the domain rules -----------------------------------------------------------


def overdue(today: date) -> ColumnElement[bool]:
    """The SQL form of ``domain.agreements.is_overdue``."""
    return and_(
        Agreement.status == A.OPEN, Agreement.due_date.is_not(None), Agreement.due_date < today
    )


def due_soon(today: date, days: int = DUE_SOON_DAYS) -> ColumnElement[bool]:
    """The SQL form of ``domain.agreements.is_due_soon``."""
    return and_(
        Agreement.status == A.OPEN,
        Agreement.due_date >= today,
        Agreement.due_date <= today + timedelta(days=days),
    )


def pending_at(meeting_on: date) -> ColumnElement[bool]:
    """The SQL form of ``domain.agreements.is_pending_at``: open, or closed on or after the
    meeting's day (a closed agreement without a closing date is not pending)."""
    return or_(
        Agreement.status == A.OPEN,
        and_(Agreement.status == A.DONE, Agreement.done_on >= meeting_on),
        and_(Agreement.status == A.CANCELLED, Agreement.cancelled_on >= meeting_on),
    )


# --- records ---------------------------------------------------------------------------------


def _record_select() -> Select[Any]:
    return (
        select(
            Agreement,
            Meeting.number,
            Meeting.title,
            Meeting.starts_at,
            Meeting.status,
            Meeting.initiative_id,
            Meeting.agenda_id,
            func.coalesce(Initiative.name, Agenda.title),
            Organization.name,
            Person.full_name,
            Action.code,
            Action.title,
            Bottleneck.code,
            Bottleneck.title,
        )
        .join(Meeting, Meeting.id == Agreement.meeting_id)
        .outerjoin(Initiative, Initiative.id == Meeting.initiative_id)
        .outerjoin(Agenda, Agenda.id == Meeting.agenda_id)
        .outerjoin(Organization, Organization.id == Agreement.responsible_org_id)
        .outerjoin(Person, Person.id == Agreement.responsible_person_id)
        .outerjoin(Action, Action.id == Agreement.action_id)
        .outerjoin(Bottleneck, Bottleneck.id == Agreement.bottleneck_id)
    )


def _records(session: Session, stmt: Select[Any]) -> list[AgreementRecord]:
    found = []
    for (
        row,
        m_number,
        m_title,
        m_starts,
        m_status,
        initiative_id,
        agenda_id,
        owner,
        org_name,
        person_name,
        a_code,
        a_title,
        b_code,
        b_title,
    ) in session.execute(stmt):
        found.append(
            AgreementRecord(
                id=row.id,
                uuid=row.uuid,
                draft=AgreementDraft(**{n: getattr(row, n) for n in DRAFT_FIELDS}),
                meeting_number=m_number,
                meeting_title=m_title,
                meeting_starts_at=m_starts,
                meeting_status=m_status,
                initiative_id=initiative_id,
                agenda_id=agenda_id,
                owner_name=owner,
                responsible_org_name=org_name,
                responsible_person_name=person_name,
                action_name=None if a_title is None else coded_name(a_code, a_title),
                bottleneck_name=None if b_title is None else coded_name(b_code, b_title),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return found


def records_by_ids(session: Session, ids: Sequence[int]) -> list[AgreementRecord]:
    """Records for ``ids`` in the order given (ids that no longer exist are skipped)."""
    if not ids:
        return []
    found = {r.id: r for r in _records(session, _record_select().where(Agreement.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def record(session: Session, agreement_id: int) -> AgreementRecord | None:
    found = records_by_ids(session, [agreement_id])
    return found[0] if found else None


def of_meeting(session: Session, meeting_id: int) -> list[AgreementRecord]:
    stmt = (
        _record_select()
        .where(Agreement.meeting_id == meeting_id)
        .order_by(Agreement.number, Agreement.id)
    )
    return _records(session, stmt)


def _earlier_meetings(meeting: Meeting) -> ColumnElement[bool]:
    """Meetings of the same initiative (or agenda) held before ``meeting``: earlier start, or
    the same start and a lower number."""
    if meeting.initiative_id is not None:
        owner = Meeting.initiative_id == meeting.initiative_id
    else:
        owner = Meeting.agenda_id == meeting.agenda_id
    number = meeting.number if meeting.number is not None else 0
    return and_(
        owner,
        Meeting.id != meeting.id,
        or_(
            Meeting.starts_at < meeting.starts_at,
            and_(Meeting.starts_at == meeting.starts_at, func.coalesce(Meeting.number, 0) < number),
        ),
    )


def pending_in(session: Session, meeting: Meeting) -> list[AgreementRecord]:
    """Agreements of earlier sessions still pending when ``meeting`` met, by meeting (oldest
    first) then number."""
    if meeting.initiative_id is None and meeting.agenda_id is None:
        return []
    stmt = (
        _record_select()
        .where(_earlier_meetings(meeting), pending_at(meeting.starts_at.date()))
        .order_by(Meeting.starts_at, Meeting.number, Meeting.id, Agreement.number, Agreement.id)
    )
    return _records(session, stmt)


# --- the tracker -----------------------------------------------------------------------------


def ids_matching(session: Session, query: AgreementQuery, today: date) -> list[int]:
    """Ids of the agreements passing the tracker's filters, by due date (undated last), then
    the meeting's date, then number.

    The agenda filter takes the agenda's own meetings and those of its initiatives. The text
    search folds accents in Python over the few columns it reads (agreements have no
    full-text index): every typed word must appear in the text, the follow-up or the
    responsible institution's name or acronym.
    """
    terms = [fold(t) for t in search_terms(query.text)]
    columns: list[Any] = [Agreement.id]
    if terms:
        columns += [Agreement.text, Agreement.follow_up, Organization.name, Organization.short_name]
    stmt = select(*columns).join(Meeting, Meeting.id == Agreement.meeting_id)
    if terms:
        stmt = stmt.outerjoin(Organization, Organization.id == Agreement.responsible_org_id)
    if query.initiative_id is not None:
        stmt = stmt.where(Meeting.initiative_id == query.initiative_id)
    if query.agenda_id is not None:
        of_agenda = select(Initiative.id).where(Initiative.agenda_id == query.agenda_id)
        stmt = stmt.where(
            or_(Meeting.agenda_id == query.agenda_id, Meeting.initiative_id.in_(of_agenda))
        )
    if query.meeting_id is not None:
        stmt = stmt.where(Agreement.meeting_id == query.meeting_id)
    if query.responsible_org_id is not None:
        stmt = stmt.where(Agreement.responsible_org_id == query.responsible_org_id)
    if query.status is not None:
        stmt = stmt.where(Agreement.status == AgreementStatus(query.status))
    if query.overdue_only:
        stmt = stmt.where(overdue(today))
    if query.due_before is not None:
        stmt = stmt.where(Agreement.due_date <= query.due_before)
    stmt = stmt.order_by(
        Agreement.due_date.is_(None),
        Agreement.due_date,
        Meeting.starts_at,
        Meeting.number,
        Agreement.number,
        Agreement.id,
    )
    if not terms:
        return fetch_ids(session, stmt)
    found = []
    for agreement_id, text, follow_up, org_name, org_short in session.execute(stmt):
        haystack = fold(" ".join(t for t in (text, follow_up, org_name, org_short) if t))
        if all(t in haystack for t in terms):
            found.append(agreement_id)
    return found


# --- numbering and choices -------------------------------------------------------------------


def next_number(session: Session, meeting_id: int) -> int:
    stmt = select(func.max(Agreement.number)).where(Agreement.meeting_id == meeting_id)
    return int(session.scalar(stmt) or 0) + 1


def number_taken(session: Session, meeting_id: int, number: int, exclude_id: int | None) -> bool:
    stmt = select(Agreement.id).where(
        Agreement.meeting_id == meeting_id, Agreement.number == number
    )
    if exclude_id is not None:
        stmt = stmt.where(Agreement.id != exclude_id)
    return session.scalar(stmt.limit(1)) is not None


def responsible_choices(session: Session) -> list[NamedRef]:
    """Organizations named responsible in some agreement, by name (acronym as detail)."""
    named = select(Agreement.responsible_org_id).where(Agreement.responsible_org_id.is_not(None))
    stmt = select(Organization.id, Organization.name, Organization.short_name).where(
        Organization.id.in_(named)
    )
    refs = [NamedRef(i, n, s) for i, n, s in session.execute(stmt)]
    return sorted(refs, key=lambda r: (fold(r.name), r.id))


def action_choices(session: Session, meeting: Meeting) -> list[NamedRef]:
    """Actions of the plans of the meeting's owner (the initiative's plans, or the agenda's),
    "A1.2 Title", with the plan's title as detail; by plan, axis and code."""
    if meeting.initiative_id is not None:
        owner = ActionPlan.initiative_id == meeting.initiative_id
    elif meeting.agenda_id is not None:
        owner = ActionPlan.agenda_id == meeting.agenda_id
    else:
        return []
    stmt = (
        select(Action.id, Action.code, Action.title, Action.axis, ActionPlan.title, ActionPlan.id)
        .join(ActionPlan, ActionPlan.id == Action.plan_id)
        .where(owner)
    )
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (natural_key(r[4]), r[5], natural_key(r[3]), natural_key(r[1]), r[0]),
    )
    return [NamedRef(i, coded_name(code, title), plan) for i, code, title, _a, plan, _p in rows]


# --- writing ---------------------------------------------------------------------------------


def insert(session: Session, draft: AgreementDraft, **identity: object) -> int:
    """Insert one agreement; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    row = Agreement(**{n: getattr(draft, n) for n in DRAFT_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id
