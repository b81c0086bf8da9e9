"""Reading the audit trail back: a record's entries and those of its related rows, the
import batches that created a record, the names of referenced records, and a meeting's
first approval. Portable SQL (the JSON path reads work on SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Numeric, Table, and_, or_, select
from sqlalchemy.orm import Session

from agencydesk.data import models
from agencydesk.domain.enums import AuditAction

# The entity names the services write in the audit trail → their tables.
ENTITY_TABLES: dict[str, str] = {
    "organization": "organizations",
    "person": "people",
    "territory": "territories",
    "agenda": "agendas",
    "goal": "goals",
    "agenda_priority": "agenda_priorities",
    "initiative": "initiatives",
    "participation": "participations",
    "bottleneck": "bottlenecks",
    "action_plan": "action_plans",
    "action": "actions",
    "funding_line": "funding_lines",
    "indicator": "indicators",
    "measurement": "measurements",
    "meeting": "meetings",
    "agenda_item": "meeting_agenda_items",
    "attendance": "attendances",
    "agreement": "agreements",
}

# Rows shown in a record's history besides its own: (entity, column pointing at the record).
RELATED: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (
        ("agenda_item", "meeting_id"),
        ("attendance", "meeting_id"),
        ("agreement", "meeting_id"),
    ),
    "initiative": (("participation", "initiative_id"),),
}

# Fields that are not columns but point at records: field → referenced table.
_LIST_REFERENCES = {"bottleneck_ids": "bottlenecks"}


@dataclass(frozen=True, slots=True)
class RawEntry:
    id: int
    at: datetime  # UTC, naive, as stored
    user: str | None
    entity: str
    entity_id: int
    action: AuditAction
    changes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BatchLine:
    """An import batch that created a row (and, if undone, removed it)."""

    file_name: str
    user: str | None
    at: datetime  # UTC
    undone_at: datetime | None
    undone_by: str | None


def table(entity: str) -> Table | None:
    name = ENTITY_TABLES.get(entity)
    return models.schema().tables[name] if name else None


def current_ids(session: Session, entity: str, column: str, parent_id: int) -> set[int]:
    """Ids of the ``entity`` rows that point at ``parent_id`` through ``column`` now."""
    t = table(entity)
    assert t is not None
    return set(session.scalars(select(t.c.id).where(t.c[column] == parent_id)))


def entries_after(
    session: Session,
    entry_id: int | None,
    at: datetime,
    entity: str,
    record_id: int,
    children: dict[str, Collection[int]],
) -> list[RawEntry]:
    """The audit entries after entry ``entry_id`` (or, when None, written after ``at``: both
    indexed) about the record or its related rows: those in ``children`` (entity → ids) and
    those that pointed at it when they were created or deleted."""
    audit = models.AuditEntry
    after = audit.id > entry_id if entry_id is not None else audit.at > at
    about = [and_(audit.entity == entity, audit.entity_id == record_id)]
    for child, column in RELATED.get(entity, ()):
        ids = sorted(children.get(child, ()))
        if ids:
            about.append(and_(audit.entity == child, audit.entity_id.in_(ids)))
        about.append(
            and_(
                audit.entity == child,
                or_(
                    audit.changes[(column, 0)].as_integer() == record_id,
                    audit.changes[(column, 1)].as_integer() == record_id,
                ),
            )
        )
    stmt = select(audit).where(after, or_(*about)).order_by(audit.id)
    return [_raw(row) for row in session.scalars(stmt)]


def related_ids(session: Session, entity: str, column: str, parent_id: int) -> set[int]:
    """Ids of ``entity`` rows that point at ``parent_id`` through ``column`` now, or did
    when they were created or deleted (a deleted agenda item still belongs in the history)."""
    ids = current_ids(session, entity, column, parent_id)
    audit = models.AuditEntry
    stmt = select(audit.entity_id).where(
        audit.entity == entity,
        audit.action.in_([AuditAction.CREATE, AuditAction.DELETE]),
        or_(
            audit.changes[(column, 0)].as_integer() == parent_id,
            audit.changes[(column, 1)].as_integer() == parent_id,
        ),
    )
    ids.update(session.scalars(stmt))
    return ids


def entries(session: Session, keys: dict[str, Collection[int]]) -> list[RawEntry]:
    """The audit entries of the rows ``keys`` (entity → ids), oldest first."""
    audit = models.AuditEntry
    found: list[RawEntry] = []
    for entity, ids in keys.items():
        ids = sorted(ids)
        for start in range(0, len(ids), 500):
            stmt = select(audit).where(
                audit.entity == entity, audit.entity_id.in_(ids[start : start + 500])
            )
            found.extend(_raw(row) for row in session.scalars(stmt))
    found.sort(key=lambda e: e.id)
    return found


def _raw(row: Any) -> RawEntry:
    return RawEntry(
        row.id,
        row.at,
        row.user,
        row.entity,
        row.entity_id,
        AuditAction(row.action),
        dict(row.changes or {}),
    )


def batch_lines(
    session: Session, keys: dict[str, Collection[int]]
) -> dict[tuple[str, int], BatchLine]:
    """(entity, id) → the import batch that created that row, for the rows in ``keys``."""
    wanted = {ENTITY_TABLES[e]: (e, set(ids)) for e, ids in keys.items() if e in ENTITY_TABLES}
    batch = models.ImportBatch
    found: dict[tuple[str, int], BatchLine] = {}
    rows = session.execute(
        select(
            batch.file_name,
            batch.user,
            batch.started_at,
            batch.finished_at,
            batch.undone_at,
            batch.undone_by,
            batch.undo_data,
        ).order_by(batch.id)
    )
    for file_name, user, started, finished, undone_at, undone_by, data in rows:
        created = (data or {}).get("created") or {}
        for table_name, ids in created.items():
            if table_name not in wanted:
                continue
            entity, wanted_ids = wanted[table_name]
            line = BatchLine(file_name, user, finished or started, undone_at, undone_by)
            for row_id in wanted_ids.intersection(int(i) for i in ids):
                found[(entity, row_id)] = line
    return found


def names(session: Session, table_name: str, ids: Iterable[int]) -> dict[int, str]:
    """How the UI names rows of ``table_name`` (those that still exist)."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    t = models.schema().tables.get(table_name)
    if t is None:
        return {}
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            out[row["id"]] = row_name(table_name, row)
    return out


def row_name(table_name: str, row: Any) -> str:
    """A row's name from its columns ("3. Title" for numbered rows, "A1.2 Title" for coded)."""
    get = row.get
    number = get("number")
    code = get("code")
    for column in ("full_name", "name", "title", "text", "statement"):
        text = get(column)
        if text:
            text = " ".join(str(text).split())
            if len(text) > 80:
                text = text[:79] + "…"
            if code:
                return f"{code} {text}"
            return f"{number}. {text}" if number is not None else text
    return f"#{get('id')}"


def referenced_table(entity: str, field: str) -> str | None:
    """The table a field of ``entity`` points at (a foreign key), if any."""
    if field in _LIST_REFERENCES:
        return _LIST_REFERENCES[field]
    t = table(entity)
    if t is None or field not in t.c:
        return None
    for fk in t.c[field].foreign_keys:
        return fk.column.table.name
    return None


def typed(entity: str, field: str, value: Any) -> Any:
    """A JSON value of the audit trail as the column's Python type (enum, date, Decimal…)."""
    t = table(entity)
    if value is None or t is None or field not in t.c or isinstance(value, dict | list):
        return value
    kind = t.c[field].type
    try:
        if isinstance(kind, Enum) and kind.enum_class is not None:
            enum_class: type[StrEnum] = kind.enum_class  # type: ignore[assignment]
            return enum_class(value)
        if isinstance(kind, DateTime) and isinstance(value, str):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date) and isinstance(value, str):
            return date.fromisoformat(value[:10])
        if isinstance(kind, Numeric) and not isinstance(value, bool):
            return Decimal(str(value))
        if isinstance(kind, Boolean):
            return bool(value)
    except (ValueError, ArithmeticError):
        return value
    return value


def first_approval(session: Session, meeting_id: int) -> tuple[int | None, datetime] | None:
    """The first time the meeting's minutes were approved (the status log's first step to
    minutes_approved): (the id of that step's audit entry, the time in UTC). Without an audit
    entry (data loaded before the trail, the demo) the id is None and the time is the log's,
    which is local: converted."""
    change = models.MeetingStatusChange
    found = session.execute(
        select(change.id, change.changed_at)
        .where(change.meeting_id == meeting_id, change.to_status == "minutes_approved")
        .order_by(change.changed_at, change.id)
        .limit(1)
    ).first()
    if found is None:
        return None
    change_id, local = found
    audit = models.AuditEntry
    entry = session.execute(
        select(audit.id, audit.at)
        .where(
            audit.entity == "meeting",
            audit.entity_id == meeting_id,
            audit.changes[("status_change", 1, "id")].as_integer() == change_id,
        )
        .limit(1)
    ).first()
    if entry is not None:
        return entry[0], entry[1]
    return None, local.astimezone().astimezone(UTC).replace(tzinfo=None)
