"""A meeting's agenda items (ordered, from 1) and the bottlenecks discussed on each."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agencydesk.data.models import AgendaItem, AgendaItemBottleneck, Bottleneck
from agencydesk.domain.meetings import AgendaItemDraft, AgendaItemRecord
from agencydesk.domain.records import coded_name

# --- reading ---------------------------------------------------------------------------------


def records(
    session: Session, *, meeting_id: int | None = None, ids: Sequence[int] | None = None
) -> list[AgendaItemRecord]:
    """A meeting's items (or the rows ``ids``) by position, with their bottlenecks; two
    queries."""
    stmt = select(AgendaItem)
    if meeting_id is not None:
        stmt = stmt.where(AgendaItem.meeting_id == meeting_id)
    if ids is not None:
        stmt = stmt.where(AgendaItem.id.in_(list(ids)))
    rows = list(session.scalars(stmt.order_by(AgendaItem.meeting_id, AgendaItem.position)))
    if not rows:
        return []
    links_stmt = (
        select(
            AgendaItemBottleneck.agenda_item_id,
            AgendaItemBottleneck.bottleneck_id,
            AgendaItemBottleneck.uuid,
            Bottleneck.code,
            Bottleneck.title,
        )
        .join(Bottleneck, Bottleneck.id == AgendaItemBottleneck.bottleneck_id)
        .where(AgendaItemBottleneck.agenda_item_id.in_([r.id for r in rows]))
        .order_by(AgendaItemBottleneck.agenda_item_id, AgendaItemBottleneck.id)
    )
    links: dict[int, list[tuple[int, str, str]]] = {}
    for item_id, bottleneck_id, link_uuid, code, title in session.execute(links_stmt):
        links.setdefault(item_id, []).append((bottleneck_id, coded_name(code, title), link_uuid))
    found = []
    for row in rows:
        mine = links.get(row.id, [])
        found.append(
            AgendaItemRecord(
                id=row.id,
                uuid=row.uuid,
                draft=AgendaItemDraft(
                    meeting_id=row.meeting_id,
                    title=row.title,
                    notes=row.notes,
                    bottleneck_ids=tuple(b for b, _, _ in mine),
                ),
                position=row.position,
                bottleneck_names=tuple(n for _, n, _ in mine),
                link_uuids=tuple(u for _, _, u in mine),
            )
        )
    return found


def record(session: Session, item_id: int) -> AgendaItemRecord | None:
    found = records(session, ids=[item_id])
    return found[0] if found else None


def existing_bottlenecks(session: Session, ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(Bottleneck.id).where(Bottleneck.id.in_(list(ids)))))


# --- writing ---------------------------------------------------------------------------------


def _siblings(session: Session, meeting_id: int, exclude_id: int | None) -> list[AgendaItem]:
    stmt = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    if exclude_id is not None:
        stmt = stmt.where(AgendaItem.id != exclude_id)
    return list(session.scalars(stmt.order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(rows: list[AgendaItem], skip: AgendaItem | None = None) -> dict[int, list[int]]:
    """Positions 1..n in list order; returns id → [old, new] of the rows that moved (``skip``,
    the row being added or moved, is reported by its caller)."""
    moved: dict[int, list[int]] = {}
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            if row is not skip:
                moved[row.id] = [row.position, position]
            row.position = position
    return moved


def insert_item(
    session: Session,
    draft: AgendaItemDraft,
    position: int | None,
    link_uuids: Sequence[str] = (),
    **identity: object,
) -> tuple[int, dict[int, list[int]]]:
    """Insert an item at ``position`` (1-based; None: last); returns its id and the other
    items that moved down. ``link_uuids`` and ``identity`` (id, uuid) restore a deleted one."""
    others = _siblings(session, draft.meeting_id, None)
    index = len(others) if position is None else max(0, min(position - 1, len(others)))
    row = AgendaItem(
        meeting_id=draft.meeting_id, title=draft.title, notes=draft.notes, position=0, **identity
    )
    others.insert(index, row)
    moved = _renumber(others, skip=row)
    session.add(row)
    session.flush()
    set_links(session, row.id, draft.bottleneck_ids, link_uuids)
    return row.id, moved


def remove_item(session: Session, row: AgendaItem) -> dict[int, list[int]]:
    """Delete an item with its links and close the gap; returns the items that moved up."""
    others = _siblings(session, row.meeting_id, row.id)
    session.execute(
        delete(AgendaItemBottleneck).where(AgendaItemBottleneck.agenda_item_id == row.id)
    )
    session.delete(row)
    session.flush()
    moved = _renumber(others)
    session.flush()
    return moved


def move_item(session: Session, row: AgendaItem, position: int) -> dict[int, list[int]]:
    """Put an item at ``position`` (clamped to the list); returns every item that moved."""
    others = _siblings(session, row.meeting_id, row.id)
    index = max(0, min(position - 1, len(others)))
    others.insert(index, row)
    moved = _renumber(others)
    session.flush()
    return moved


def set_links(
    session: Session,
    item_id: int,
    bottleneck_ids: Sequence[int],
    uuids: Sequence[str] = (),
) -> None:
    """Make the item's links exactly ``bottleneck_ids``: links kept keep their rows (and
    uuids); ``uuids`` (in the same order) are given to new ones when restoring."""
    wanted = list(dict.fromkeys(bottleneck_ids))
    given = dict(zip(bottleneck_ids, uuids, strict=False))
    existing = {
        link.bottleneck_id: link
        for link in session.scalars(
            select(AgendaItemBottleneck).where(AgendaItemBottleneck.agenda_item_id == item_id)
        )
    }
    for bottleneck_id, link in existing.items():
        if bottleneck_id not in wanted:
            session.delete(link)
    session.flush()
    for bottleneck_id in wanted:
        if bottleneck_id in existing:
            continue
        identity = {"uuid": given[bottleneck_id]} if given.get(bottleneck_id) else {}
        session.add(
            AgendaItemBottleneck(agenda_item_id=item_id, bottleneck_id=bottleneck_id, **identity)
        )
    session.flush()
