"""Import batches (history, undo data), remembered mappings and bulk audit entries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, select, update
from sqlalchemy.orm import Session

from agencydesk.data.models import schema
from agencydesk.data.models.base import utcnow
from agencydesk.data.repos.bulk import insert_rows, table_of
from agencydesk.data.repos.common import jsonable
from agencydesk.data.repos.importing import insert_many

BATCH_COLUMNS = (
    "id",
    "file_name",
    "file_sha256",
    "sheet",
    "entity",
    "user",
    "started_at",
    "finished_at",
    "created_count",
    "updated_count",
    "unchanged_count",
    "error_count",
    "skipped_count",
    "undone_at",
    "undone_by",
    "format",
    "header_row",
    "rows_count",
    "mapping",
)


def start_batch(session: Session, **values: Any) -> int:
    """A new batch row (finished later by ``finish_batch`` in the same transaction)."""
    return insert_rows(session, "import_batches", [{"started_at": utcnow(), **values}])[0]


def finish_batch(session: Session, batch_id: int, **values: Any) -> None:
    t = table_of("import_batches")
    stmt = update(t).where(t.c.id == batch_id).values(finished_at=utcnow(), **values)
    session.execute(stmt)


def batch_rows(session: Session, batch_id: int | None = None) -> list[dict[str, Any]]:
    """Batches, newest first (or the one asked for), as dicts of ``BATCH_COLUMNS``."""
    t = table_of("import_batches")
    stmt = select(*(t.c[c] for c in BATCH_COLUMNS)).order_by(t.c.id.desc())
    if batch_id is not None:
        stmt = stmt.where(t.c.id == batch_id)
    return [dict(zip(BATCH_COLUMNS, row, strict=True)) for row in session.execute(stmt)]


def undo_data(session: Session, batch_id: int) -> dict[str, Any] | None:
    t = table_of("import_batches")
    return session.scalar(select(t.c.undo_data).where(t.c.id == batch_id))


def mark_undone(session: Session, batch_id: int, user: str | None) -> None:
    t = table_of("import_batches")
    session.execute(update(t).where(t.c.id == batch_id).values(undone_at=utcnow(), undone_by=user))


def recall_mapping(session: Session, kind: str, signature: str) -> dict[int, str] | None:
    t = table_of("import_mappings")
    stmt = (
        select(t.c.mapping)
        .where(t.c.kind == kind, t.c.signature == signature)
        .order_by(t.c.used_at.desc(), t.c.id.desc())
        .limit(1)
    )
    found = session.scalar(stmt)
    if not found:
        return None
    return {int(col): str(name) for col, name in found.items()}


def remember_mapping(
    session: Session, kind: str, signature: str, mapping: Mapping[int, str]
) -> None:
    t = table_of("import_mappings")
    stored = {str(col): name for col, name in sorted(mapping.items())}
    now = utcnow()
    done = session.execute(
        update(t)
        .where(t.c.kind == kind, t.c.signature == signature)
        .values(mapping=stored, used_at=now, updated_at=now)
    )
    if not done.rowcount:
        insert_rows(
            session,
            t,
            [{"kind": kind, "signature": signature, "mapping": stored, "used_at": now}],
        )


def insert_audit(session: Session, entries: Sequence[Mapping[str, Any]], **same: Any) -> None:
    """Audit entries in one executemany (keys: user, entity, entity_id, action, changes);
    ``same``: keys whose value is the same for every entry (given once)."""
    if entries:
        constants = {"at": utcnow(), **same}
        insert_many(session, "audit_entries", entries, want_ids=False, constants=constants)


def to_json(value: Any) -> Any:
    return jsonable(value)


def from_json(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values read back from undo data, turned into what the columns of ``table`` take."""
    t = table_of(table)
    out: dict[str, Any] = {}
    for name, value in values.items():
        kind = t.c[name].type
        if value is None or not isinstance(value, str | int | float):
            out[name] = value
        elif isinstance(kind, DateTime):
            out[name] = datetime.fromisoformat(str(value))
        elif isinstance(kind, Date):
            out[name] = date.fromisoformat(str(value))
        elif isinstance(kind, Numeric):
            out[name] = Decimal(str(value))
        else:
            out[name] = value
    return out


def tables_children_first(tables: Sequence[str]) -> list[str]:
    """``tables`` ordered so that a table comes before the tables it points to."""
    order = [t.name for t in reversed(schema().sorted_tables)]
    return sorted(tables, key=order.index)
