"""Meetings (sessions) and their status log: list ids, records, writes.

A record carries what the lists and the meeting page show next to the meeting's own fields:
the owner's name, the convener's, attendance and agreement counts and the whole log. They are
read with a fixed number of queries whatever the number of meetings.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Agenda,
    AgendaItem,
    AgendaItemBottleneck,
    Agreement,
    Attendance,
    Initiative,
    Meeting,
    MeetingStatusChange,
    Organization,
)
from agencydesk.data.repos.common import get_or_raise
from agencydesk.domain.enums import AgreementStatus, MeetingStatus
from agencydesk.domain.meetings import (
    MeetingDraft,
    MeetingQuery,
    MeetingRecord,
    StatusChange,
    check_editable,
)
from agencydesk.domain.text import fold, search_terms

DRAFT_FIELDS = tuple(f.name for f in fields(MeetingDraft))


def _owned_by(stmt: Any, initiative_id: int | None, agenda_id: int | None) -> Any:
    if initiative_id is not None:
        stmt = stmt.where(Meeting.initiative_id == initiative_id)
    if agenda_id is not None:
        stmt = stmt.where(Meeting.agenda_id == agenda_id)
    return stmt


# --- reading ---------------------------------------------------------------------------------


def ids_of(session: Session, initiative_id: int | None, agenda_id: int | None) -> list[int]:
    """An owner's meetings (both None: every meeting), oldest first."""
    stmt = _owned_by(select(Meeting.id), initiative_id, agenda_id)
    stmt = stmt.order_by(Meeting.starts_at, Meeting.number, Meeting.id)
    return list(session.scalars(stmt))


def meeting_ids(session: Session, query: MeetingQuery, today: date) -> list[int]:
    """Ids of the matching meetings: upcoming ones soonest first, then past ones newest first.

    Offices hold tens of meetings a year, not thousands: the text search folds accents in
    Python ("sesion" finds "Sesión") over the title, place, owner and number.
    """
    stmt = select(
        Meeting.id,
        Meeting.starts_at,
        Meeting.number,
        Meeting.title,
        Meeting.place,
        func.coalesce(Initiative.name, Agenda.title),
    ).outerjoin(Initiative, Initiative.id == Meeting.initiative_id)
    stmt = stmt.outerjoin(Agenda, Agenda.id == Meeting.agenda_id)
    stmt = _owned_by(stmt, query.initiative_id, query.agenda_id)
    if query.status is not None:
        stmt = stmt.where(Meeting.status == MeetingStatus(query.status))
    midnight = datetime.combine(today, time())
    if query.when == "upcoming":
        stmt = stmt.where(Meeting.starts_at >= midnight)
    elif query.when == "past":
        stmt = stmt.where(Meeting.starts_at < midnight)
    rows = list(session.execute(stmt))
    terms = [fold(t) for t in search_terms(query.text)]
    if terms:
        rows = [
            r
            for r in rows
            if all(t in fold(f"{r[2] or ''} {r[3]} {r[4] or ''} {r[5] or ''}") for t in terms)
        ]
    upcoming = sorted((r for r in rows if r[1] >= midnight), key=lambda r: (r[1], r[2] or 0, r[0]))
    past = sorted(
        (r for r in rows if r[1] < midnight), key=lambda r: (r[1], r[2] or 0, r[0]), reverse=True
    )
    return [r[0] for r in upcoming + past]


def history(session: Session, ids: list[int]) -> dict[int, list[StatusChange]]:
    """Each meeting's log in the order its steps were written (the last one is what
    ``undo_status_change`` takes back). Not by ``changed_at``: a laptop's clock set wrong
    must not reorder the steps."""
    stmt = (
        select(MeetingStatusChange)
        .where(MeetingStatusChange.meeting_id.in_(ids))
        .order_by(MeetingStatusChange.meeting_id, MeetingStatusChange.id)
    )
    found: dict[int, list[StatusChange]] = {}
    for c in session.scalars(stmt):
        found.setdefault(c.meeting_id, []).append(
            StatusChange(
                id=c.id,
                from_status=c.from_status,
                to_status=c.to_status,
                changed_at=c.changed_at,
                changed_by=c.changed_by,
                reason=c.reason,
                uuid=c.uuid,
            )
        )
    return found


def _attendance_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    stmt = (
        select(
            Attendance.meeting_id,
            func.sum(case((Attendance.invited.is_(True), 1), else_=0)),
            func.sum(case((Attendance.attended.is_(True), 1), else_=0)),
        )
        .where(Attendance.meeting_id.in_(ids))
        .group_by(Attendance.meeting_id)
    )
    return {mid: (int(i or 0), int(a or 0)) for mid, i, a in session.execute(stmt)}


def _agreement_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    stmt = (
        select(
            Agreement.meeting_id,
            func.count(),
            func.sum(case((Agreement.status == AgreementStatus.OPEN, 1), else_=0)),
        )
        .where(Agreement.meeting_id.in_(ids))
        .group_by(Agreement.meeting_id)
    )
    return {mid: (int(n), int(o or 0)) for mid, n, o in session.execute(stmt)}


def records_by_ids(session: Session, ids: list[int]) -> list[MeetingRecord]:
    """Records for ``ids`` in the order given (missing ids are skipped); four queries."""
    if not ids:
        return []
    stmt = (
        select(Meeting, Initiative.name, Agenda.title, Organization.name)
        .outerjoin(Initiative, Initiative.id == Meeting.initiative_id)
        .outerjoin(Agenda, Agenda.id == Meeting.agenda_id)
        .outerjoin(Organization, Organization.id == Meeting.convener_id)
        .where(Meeting.id.in_(ids))
    )
    logs = history(session, ids)
    attendance = _attendance_counts(session, ids)
    agreements = _agreement_counts(session, ids)
    found: dict[int, MeetingRecord] = {}
    for m, initiative_name, agenda_title, convener_name in session.execute(stmt):
        invited, attended = attendance.get(m.id, (0, 0))
        total, still_open = agreements.get(m.id, (0, 0))
        found[m.id] = MeetingRecord(
            id=m.id,
            uuid=m.uuid,
            draft=MeetingDraft(**{n: getattr(m, n) for n in DRAFT_FIELDS}),
            status=m.status,
            owner_name=initiative_name if m.initiative_id is not None else agenda_title,
            convener_name=convener_name,
            invited=invited,
            attended=attended,
            agreements=total,
            open_agreements=still_open,
            history=tuple(logs.get(m.id, ())),
            created_at=m.created_at,
            updated_at=m.updated_at,
        )
    return [found[i] for i in ids if i in found]


def record(session: Session, meeting_id: int) -> MeetingRecord | None:
    found = records_by_ids(session, [meeting_id])
    return found[0] if found else None


def numbers_of(session: Session, initiative_id: int | None, agenda_id: int | None) -> list[int]:
    stmt = _owned_by(select(Meeting.number), initiative_id, agenda_id)
    return [n for n in session.scalars(stmt) if n is not None]


def number_taken(
    session: Session,
    initiative_id: int | None,
    agenda_id: int | None,
    number: int,
    exclude_id: int | None,
) -> bool:
    """Whether another meeting of the same owner already has ``number``."""
    stmt = select(Meeting.id).where(Meeting.number == number)
    if initiative_id is None:
        stmt = stmt.where(Meeting.initiative_id.is_(None))
    if agenda_id is None:
        stmt = stmt.where(Meeting.agenda_id.is_(None))
    stmt = _owned_by(stmt, initiative_id, agenda_id)
    if exclude_id is not None:
        stmt = stmt.where(Meeting.id != exclude_id)
    return session.scalar(stmt.limit(1)) is not None


# --- writing ---------------------------------------------------------------------------------


def editable(session: Session, meeting_id: int) -> Meeting:
    """The meeting's row, refused (UserError minutes_locked / meeting_cancelled) when its
    content is locked."""
    row: Meeting = get_or_raise(session, Meeting, meeting_id, "meeting")
    check_editable(row.status, row.title)
    return row


def insert_meeting(
    session: Session, draft: MeetingDraft, status: MeetingStatus, **identity: object
) -> int:
    """Insert one meeting; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    row = Meeting(**{n: getattr(draft, n) for n in DRAFT_FIELDS}, status=status, **identity)
    session.add(row)
    session.flush()
    return row.id


def insert_change(
    session: Session,
    meeting_id: int,
    from_status: MeetingStatus | None,
    to_status: MeetingStatus,
    changed_at: datetime,
    changed_by: str | None,
    reason: str | None,
    **identity: object,
) -> int:
    row = MeetingStatusChange(
        meeting_id=meeting_id,
        from_status=from_status,
        to_status=to_status,
        changed_at=changed_at,
        changed_by=changed_by,
        reason=reason,
        **identity,
    )
    session.add(row)
    session.flush()
    return row.id


def delete_with_children(session: Session, meeting_id: int) -> None:
    """Delete a meeting with what belongs to it: agenda items and their bottleneck links,
    attendance and the log (agreements are not among them: they are uses)."""
    items = select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
    session.execute(
        delete(AgendaItemBottleneck).where(AgendaItemBottleneck.agenda_item_id.in_(items))
    )
    for model in (AgendaItem, Attendance, MeetingStatusChange):
        session.execute(delete(model).where(model.meeting_id == meeting_id))
    session.execute(delete(Meeting).where(Meeting.id == meeting_id))
    session.expire_all()
