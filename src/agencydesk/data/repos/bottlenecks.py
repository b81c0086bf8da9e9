"""Bottlenecks of initiatives and their dated status history: reads and writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Action,
    Agreement,
    Bottleneck,
    BottleneckStatusChange,
    Initiative,
    Meeting,
    Organization,
)
from agencydesk.data.repos.common import jsonable
from agencydesk.domain.bottlenecks import (
    CLOSED,
    BottleneckDraft,
    BottleneckRecord,
    StatusChange,
    code_sort_key,
)
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.domain.records import NamedRef, coded_name
from agencydesk.domain.text import fold

DRAFT_FIELDS = tuple(f.name for f in fields(BottleneckDraft))


# --- reading ---------------------------------------------------------------------------------


def ids_of(session: Session, initiative_id: int, open_only: bool | None) -> list[int]:
    """Ids of an initiative's bottlenecks: all (None), open (True) or closed (False)."""
    stmt = select(Bottleneck.id).where(Bottleneck.initiative_id == initiative_id)
    closed = list(CLOSED)
    if open_only is True:
        stmt = stmt.where(Bottleneck.status.not_in(closed))
    elif open_only is False:
        stmt = stmt.where(Bottleneck.status.in_(closed))
    return list(session.scalars(stmt))


def _history(session: Session, ids: list[int]) -> dict[int, list[StatusChange]]:
    stmt = (
        select(BottleneckStatusChange)
        .where(BottleneckStatusChange.bottleneck_id.in_(ids))
        .order_by(
            BottleneckStatusChange.bottleneck_id,
            BottleneckStatusChange.changed_on,
            BottleneckStatusChange.id,
        )
    )
    found: dict[int, list[StatusChange]] = {}
    for c in session.scalars(stmt):
        found.setdefault(c.bottleneck_id, []).append(
            StatusChange(c.id, c.status, c.changed_on, c.note, c.uuid)
        )
    return found


def _pointing(session: Session, column: Any, ids: list[int]) -> dict[int, int]:
    stmt = select(column, func.count()).where(column.in_(ids)).group_by(column)
    return {row_id: n for row_id, n in session.execute(stmt)}


def records_by_ids(session: Session, ids: list[int]) -> list[BottleneckRecord]:
    """Records with their history and link counts, sorted by code (CB-2 before CB-10).

    A fixed number of queries whatever the number of bottlenecks.
    """
    if not ids:
        return []
    stmt = (
        select(Bottleneck, Organization.name, Meeting.title)
        .outerjoin(Organization, Organization.id == Bottleneck.competent_entity_id)
        .outerjoin(Meeting, Meeting.id == Bottleneck.raised_in_meeting_id)
        .where(Bottleneck.id.in_(ids))
    )
    history = _history(session, ids)
    actions = _pointing(session, Action.bottleneck_id, ids)
    agreements = _pointing(session, Agreement.bottleneck_id, ids)
    records = []
    for b, org_name, meeting_title in session.execute(stmt):
        records.append(
            BottleneckRecord(
                id=b.id,
                uuid=b.uuid,
                draft=BottleneckDraft(**{n: getattr(b, n) for n in DRAFT_FIELDS}),
                status=b.status,
                resolved_on=b.resolved_on,
                resolution_evidence=b.resolution_evidence,
                competent_entity_name=org_name,
                raised_in_meeting_title=meeting_title,
                history=tuple(history.get(b.id, ())),
                linked_actions=actions.get(b.id, 0),
                linked_agreements=agreements.get(b.id, 0),
                created_at=b.created_at,
                updated_at=b.updated_at,
            )
        )
    records.sort(key=lambda r: (code_sort_key(r.code), r.id))
    return records


def record(session: Session, bottleneck_id: int) -> BottleneckRecord | None:
    found = records_by_ids(session, [bottleneck_id])
    return found[0] if found else None


def _owned_by(initiative_id: int | None, agenda_id: int | None) -> ColumnElement[bool] | None:
    """Bottlenecks of an owner: the initiative's, or those of the agenda's initiatives (an
    agenda has none of its own); None when there is no owner."""
    if initiative_id is not None:
        return Bottleneck.initiative_id == initiative_id
    if agenda_id is not None:
        return Bottleneck.initiative_id.in_(
            select(Initiative.id).where(Initiative.agenda_id == agenda_id)
        )
    return None


def of_owner(
    session: Session, initiative_id: int | None, agenda_id: int | None
) -> list[tuple[int, str | None, str, str]]:
    """(id, code, title, initiative name) of the bottlenecks a meeting's agenda items and
    agreements, or a plan's actions, may point at: the owner's (``_owned_by``), by
    initiative then code (CB-2 before CB-10; one initiative: by code)."""
    owned = _owned_by(initiative_id, agenda_id)
    if owned is None:
        return []
    stmt = (
        select(Bottleneck.id, Bottleneck.code, Bottleneck.title, Initiative.name)
        .join(Initiative, Initiative.id == Bottleneck.initiative_id)
        .where(owned)
    )
    rows = [(i, code, title, owner) for i, code, title, owner in session.execute(stmt)]
    return sorted(rows, key=lambda r: (fold(r[3]), r[3], code_sort_key(r[1]), r[0]))


def owner_choices(
    session: Session, initiative_id: int | None, agenda_id: int | None
) -> list[NamedRef]:
    """``of_owner`` for pickers: "CB-03 Title", with the initiative's name as detail."""
    return [
        NamedRef(i, coded_name(code, title), owner)
        for i, code, title, owner in of_owner(session, initiative_id, agenda_id)
    ]


def outside_owner(
    session: Session, initiative_id: int | None, agenda_id: int | None, ids: Sequence[int]
) -> bool:
    """Whether some of ``ids`` are not bottlenecks of the owner (``of_owner``) or do not
    exist."""
    wanted = set(ids)
    if not wanted:
        return False
    owned = _owned_by(initiative_id, agenda_id)
    if owned is None:
        return True
    stmt = select(Bottleneck.id).where(Bottleneck.id.in_(wanted), owned)
    return set(session.scalars(stmt)) != wanted


def codes_of(session: Session, initiative_id: int) -> list[str | None]:
    stmt = select(Bottleneck.code).where(Bottleneck.initiative_id == initiative_id)
    return list(session.scalars(stmt))


def code_taken(session: Session, initiative_id: int, code: str, exclude_id: int | None) -> bool:
    stmt = select(Bottleneck.id).where(
        Bottleneck.initiative_id == initiative_id,
        func.lower(func.trim(Bottleneck.code)) == code.strip().lower(),
    )
    if exclude_id is not None:
        stmt = stmt.where(Bottleneck.id != exclude_id)
    return session.scalar(stmt.limit(1)) is not None


def counts_by_initiative(session: Session) -> dict[int, tuple[int, int]]:
    """initiative id → (open, resolved); dropped bottlenecks count in neither."""
    stmt = select(Bottleneck.initiative_id, Bottleneck.status, func.count()).group_by(
        Bottleneck.initiative_id, Bottleneck.status
    )
    counts: dict[int, list[int]] = {}
    for initiative_id, status, n in session.execute(stmt):
        pair = counts.setdefault(initiative_id, [0, 0])
        if status is BottleneckStatus.RESOLVED:
            pair[1] += n
        elif status not in CLOSED:
            pair[0] += n
    return {i: (o, r) for i, (o, r) in counts.items()}


# --- writing ---------------------------------------------------------------------------------


def insert_bottleneck(
    session: Session,
    draft: BottleneckDraft,
    status: BottleneckStatus = BottleneckStatus.IDENTIFIED,
    resolved_on: date | None = None,
    resolution_evidence: str | None = None,
    **identity: object,
) -> int:
    """Insert one bottleneck; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    row = Bottleneck(
        **{n: getattr(draft, n) for n in DRAFT_FIELDS},
        status=status,
        resolved_on=resolved_on,
        resolution_evidence=resolution_evidence,
        **identity,
    )
    session.add(row)
    session.flush()
    return row.id


def insert_change(
    session: Session,
    bottleneck_id: int,
    status: BottleneckStatus,
    changed_on: date,
    note: str | None,
    **identity: object,
) -> int:
    row = BottleneckStatusChange(
        bottleneck_id=bottleneck_id, status=status, changed_on=changed_on, note=note, **identity
    )
    session.add(row)
    session.flush()
    return row.id


def set_status(
    row: Bottleneck,
    status: BottleneckStatus,
    resolved_on: date | None,
    evidence: str | None,
) -> dict[str, list[Any]]:
    """Set the status fields of ``row``; returns the audit's [before, after] of those changed."""
    changes: dict[str, list[Any]] = {}
    for name, value in (
        ("status", status),
        ("resolved_on", resolved_on),
        ("resolution_evidence", evidence),
    ):
        old = getattr(row, name)
        if old != value:
            changes[name] = [jsonable(old), jsonable(value)]
            setattr(row, name, value)
    return changes


def delete_history(session: Session, bottleneck_id: int) -> None:
    session.execute(
        delete(BottleneckStatusChange).where(BottleneckStatusChange.bottleneck_id == bottleneck_id)
    )


def first_change(session: Session, bottleneck_id: int) -> BottleneckStatusChange | None:
    stmt = (
        select(BottleneckStatusChange)
        .where(BottleneckStatusChange.bottleneck_id == bottleneck_id)
        .order_by(BottleneckStatusChange.changed_on, BottleneckStatusChange.id)
        .limit(1)
    )
    return session.scalar(stmt)
