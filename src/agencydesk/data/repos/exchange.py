"""Reads and writes of the exchange between offices, by table name (``services/exchange``
decides what to write; this module knows the tables).

Rows travel "by uuid": a row is a dict of its exchanged fields, with ``uuid``, ``created_at``
and ``updated_at``, and each foreign key holding the *uuid* of the row it points to (read
through an outer join, so one query per page of rows). The integer ids never leave the
database. Derived columns (the folded ``sort_name``) are not exchanged and are recomputed
when a row is written.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    FromClause,
    Integer,
    Numeric,
    Select,
    String,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agencydesk.data.models import schema
from agencydesk.data.models.base import new_uuid, utcnow
from agencydesk.data.repos.bulk import ids_by_uuid, insert_rows, table_of
from agencydesk.data.repos.export import LABELS
from agencydesk.domain.errors import UserError
from agencydesk.domain.text import fold

__all__ = ["Session"]

Kind = Literal["text", "int", "decimal", "date", "datetime", "bool", "enum", "json"]

# Tables that are this database's own bookkeeping, never exchanged.
LOCAL_TABLES = frozenset(
    {"audit_entries", "import_batches", "import_mappings", "exchange_databases", "exchange_marks"}
)
META = ("uuid", "created_at", "updated_at")
# Columns computed from another one: (derived column, source column).
DERIVED: dict[str, tuple[str, str]] = {
    "organizations": ("sort_name", "name"),
    "people": ("sort_name", "full_name"),
}
CHUNK = 500  # values per IN (...): far below SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One exchanged column: what its values are and what it accepts."""

    name: str
    kind: Kind
    nullable: bool
    length: int | None = None  # text
    precision: int | None = None  # decimal
    scale: int | None = None  # decimal
    enum: type[StrEnum] | None = None
    target: str | None = None  # the table a foreign key points to


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    label: str | None  # the column that names a row (None: composed by the service)

    @property
    def references(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.target is not None)


@cache
def exchanged_tables() -> tuple[str, ...]:
    """The domain's tables, each after the tables it points to (bottlenecks point forward to
    meetings: that one reference is written after the meetings, see ``set_reference``)."""
    return tuple(t.name for t in schema().sorted_tables if t.name not in LOCAL_TABLES)


def _field(table: Table, name: str) -> FieldSpec:
    column = table.c[name]
    t = column.type
    target = next((fk.column.table.name for fk in column.foreign_keys), None)
    nullable = bool(column.nullable)
    if target is not None:
        return FieldSpec(name, "text", nullable, 36, target=target)
    if isinstance(t, Enum):
        return FieldSpec(name, "enum", nullable, enum=t.enum_class)  # type: ignore[arg-type]
    if isinstance(t, Boolean):
        return FieldSpec(name, "bool", nullable)
    if isinstance(t, DateTime):
        return FieldSpec(name, "datetime", nullable)
    if isinstance(t, Date):
        return FieldSpec(name, "date", nullable)
    if isinstance(t, Numeric):
        return FieldSpec(name, "decimal", nullable, precision=t.precision, scale=t.scale)
    if isinstance(t, Integer):
        return FieldSpec(name, "int", nullable)
    if isinstance(t, JSON):
        return FieldSpec(name, "json", nullable)
    length = t.length if isinstance(t, String) else None
    return FieldSpec(name, "text", nullable, length)


@cache
def spec(table_name: str) -> TableSpec:
    table = table_of(table_name)
    derived = DERIVED.get(table_name, ("", ""))[0]
    names = [c.name for c in table.columns if c.name not in ("id", *META, derived)]
    return TableSpec(
        table_name, tuple(_field(table, n) for n in names), LABELS.get(table_name, None)
    )


@cache
def _statement(table_name: str) -> Select[Any]:
    """Every exchanged column of the table, foreign keys replaced by the uuid they point to."""
    table = table_of(table_name)
    selected: list[Any] = [table.c.id.label("id")] + [table.c[n].label(n) for n in META]
    source: FromClause = table
    for field in spec(table_name).fields:
        column = table.c[field.name]
        if field.target is None:
            selected.append(column.label(field.name))
            continue
        ref = table_of(field.target).alias(f"ref_{field.name}")
        source = source.outerjoin(ref, ref.c.id == column)
        selected.append(ref.c.uuid.label(field.name))
    return select(*selected).select_from(source).order_by(table.c.id)


def _plain(table_name: str, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    enums = [f.name for f in spec(table_name).fields if f.kind == "enum"]
    out = []
    for row in rows:
        values = dict(row)
        for name in enums:
            if isinstance(values[name], StrEnum):
                values[name] = values[name].value
        out.append(values)
    return out


def read_rows(
    session: Session, table_name: str, ids: Collection[int] | None = None
) -> list[dict[str, Any]]:
    """Rows (all, or those of ``ids``) as dicts: ``id``, the meta columns, the fields with
    references as uuids and enumerations as their code; in id order."""
    table = table_of(table_name)
    stmt = _statement(table_name)
    if ids is None:
        return _plain(table_name, session.execute(stmt).mappings())
    wanted = sorted(ids)
    out: list[dict[str, Any]] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        out += _plain(table_name, session.execute(stmt.where(table.c.id.in_(chunk))).mappings())
    return out


def rows_by_uuid(
    session: Session, table_name: str, uuids: Iterable[str]
) -> dict[str, dict[str, Any]]:
    table = table_of(table_name)
    stmt = _statement(table_name)
    wanted = list(dict.fromkeys(uuids))
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = session.execute(stmt.where(table.c.uuid.in_(chunk))).mappings()
        out.update((r["uuid"], r) for r in _plain(table_name, rows))
    return out


def ids_where(session: Session, table_name: str, column: str, values: Collection[Any]) -> set[int]:
    """The ids of the rows whose ``column`` is one of ``values``."""
    table = table_of(table_name)
    wanted = list(values)
    found: set[int] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(session.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
    return found


def all_ids(session: Session, table_name: str) -> set[int]:
    table = table_of(table_name)
    return set(session.scalars(select(table.c.id)))


def referenced_ids(session: Session, table_name: str, ids: Collection[int]) -> dict[str, set[int]]:
    """For the rows ``ids``: the ids each of their foreign keys points to, by target table."""
    table = table_of(table_name)
    refs = spec(table_name).references
    out: dict[str, set[int]] = {}
    if not refs or not ids:
        return out
    wanted = sorted(ids)
    columns = [table.c[f.name] for f in refs]
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for row in session.execute(select(*columns).where(table.c.id.in_(chunk))):
            for field, value in zip(refs, row, strict=True):
                if value is not None:
                    out.setdefault(field.target or "", set()).add(value)
    return out


def key_rows(session: Session, table_name: str, columns: Sequence[str]) -> list[dict[str, Any]]:
    """``id``, ``uuid`` and ``columns`` of every row (for matching by a natural key)."""
    table = table_of(table_name)
    stmt = select(table.c.id, table.c.uuid, *(table.c[c] for c in columns))
    return [dict(r) for r in session.execute(stmt).mappings()]


def numbers_in(
    session: Session, table_name: str, column: str, owner: Mapping[str, Any]
) -> list[tuple[int, str, Any]]:
    """(id, uuid, value of ``column``) of the rows with the given owner (``meeting_id=3``)."""
    table = table_of(table_name)
    stmt = select(table.c.id, table.c.uuid, table.c[column])
    for name, value in owner.items():
        stmt = stmt.where(table.c[name].is_(None) if value is None else table.c[name] == value)
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


# --- writing ---------------------------------------------------------------------------------


def _with_derived(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    derived = DERIVED.get(table_name)
    if derived is not None and derived[1] in values:
        values[derived[0]] = fold(values[derived[1]])
    return values


def _refused(table_name: str, uuid: str, exc: IntegrityError) -> UserError:
    reason = str(exc.orig).splitlines()[0] if exc.orig is not None else ""
    return UserError("exchange_rejected", table=table_name, uuid=uuid, reason=reason)


def insert_row(session: Session, table_name: str, values: dict[str, Any]) -> int:
    """Insert one row (references as local ids); a constraint it breaks refuses the import."""
    try:
        return insert_rows(session, table_name, [_with_derived(table_name, dict(values))])[0]
    except IntegrityError as exc:
        raise _refused(table_name, str(values.get("uuid")), exc) from exc


def insert_many(session: Session, table_name: str, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows (each with its ``uuid``) in one executemany; their ids in the order given.

    Not ``INSERT ... RETURNING``: SQLite cannot return the ids of a batch in order, so
    SQLAlchemy would send the rows one by one. The ids are read back by uuid instead.
    """
    if not rows:
        return []
    table = table_of(table_name)
    try:
        session.execute(insert(table), [_with_derived(table_name, dict(r)) for r in rows])
    except IntegrityError as exc:
        raise _refused(table_name, "", exc) from exc
    found = ids_by_uuid(session, table, [r["uuid"] for r in rows])
    return [found[r["uuid"]] for r in rows]


def update_many(
    session: Session, table_name: str, changes: Sequence[tuple[int, dict[str, Any]]]
) -> None:
    """Set ``values`` on each row id; rows changing the same columns share one executemany."""
    table = table_of(table_name)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in changes:
        values = _with_derived(table_name, dict(values))
        names = tuple(sorted(values))
        params = {f"v_{n}": v for n, v in values.items()}
        params["b_id"] = row_id
        groups.setdefault(names, []).append(params)
    try:
        for names, params in groups.items():
            assignments = {n: bindparam(f"v_{n}") for n in names}
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(assignments)
            session.connection().execute(stmt, params)
    except IntegrityError as exc:
        raise _refused(table_name, "", exc) from exc


def update_row(
    session: Session, table_name: str, row_id: int, uuid: str, values: dict[str, Any]
) -> None:
    """Set ``values`` (with ``updated_at``: the version's own time, not now)."""
    table = table_of(table_name)
    stmt = update(table).where(table.c.id == row_id).values(_with_derived(table_name, values))
    try:
        session.execute(stmt)
    except IntegrityError as exc:
        raise _refused(table_name, uuid, exc) from exc


def set_reference(session: Session, table_name: str, row_id: int, column: str, target: int) -> None:
    """Fill a reference written after its target (bottleneck → the meeting it was raised in)."""
    table = table_of(table_name)
    # updated_at set to itself: the row keeps the time of its version (no onupdate "now").
    values = {column: target, "updated_at": table.c.updated_at}
    session.execute(update(table).where(table.c.id == row_id).values(values))


def insert_audit(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    if entries:
        now = utcnow()
        session.execute(insert(table_of("audit_entries")), [{"at": now, **e} for e in entries])


# --- databases and marks ---------------------------------------------------------------------


def self_id(session: Session, create: bool) -> str | None:
    """This database's exchange id; made now if it has none and ``create``."""
    table = table_of("exchange_databases")
    found = session.scalar(select(table.c.uuid).where(table.c.is_self.is_(True)).limit(1))
    if found is None and create:
        found = new_uuid()
        insert_rows(session, table, [{"uuid": found, "is_self": True}])
    return found


def peer(session: Session, database_id: str, name: str | None) -> int:
    """The row of the peer database ``database_id`` (made if new); its name kept current."""
    table = table_of("exchange_databases")
    found = session.scalar(select(table.c.id).where(table.c.uuid == database_id))
    if found is None:
        return insert_rows(session, table, [{"uuid": database_id, "is_self": False, "name": name}])[
            0
        ]
    if name:
        session.execute(update(table).where(table.c.id == found).values(name=name))
    return int(found)


def peer_imported(session: Session, peer_id: int, file_exported_at: Any) -> None:
    table = table_of("exchange_databases")
    stmt = update(table).where(table.c.id == peer_id)
    session.execute(stmt.values(last_imported_at=utcnow(), last_file_exported_at=file_exported_at))


def peer_row(session: Session, database_id: str) -> dict[str, Any] | None:
    table = table_of("exchange_databases")
    row = session.execute(select(table).where(table.c.uuid == database_id)).mappings().first()
    return dict(row) if row is not None else None


_MARK_COLUMNS = ("row_uuid", "local_uuid", "table_name", "their_hash", "our_hash")


def marks_of(session: Session, peer_id: int) -> dict[str, dict[str, Any]]:
    """The marks kept for a peer, by the record's uuid in the peer's database."""
    table = table_of("exchange_marks")
    stmt = select(*(table.c[c] for c in _MARK_COLUMNS)).where(table.c.peer_id == peer_id)
    return {r["row_uuid"]: dict(r) for r in session.execute(stmt).mappings()}


def all_marks(session: Session) -> list[dict[str, Any]]:
    """Every mark with its peer's database id (``peer``), for an exchange file."""
    marks = table_of("exchange_marks")
    peers = table_of("exchange_databases")
    stmt = select(peers.c.uuid.label("peer"), *(marks.c[c] for c in _MARK_COLUMNS)).join(
        peers, peers.c.id == marks.c.peer_id
    )
    return [dict(r) for r in session.execute(stmt.order_by(marks.c.id)).mappings()]


def save_marks(session: Session, peer_id: int, marks: Sequence[dict[str, Any]]) -> None:
    """Replace the marks of these records for this peer (delete, then insert: portable)."""
    if not marks:
        return
    table = table_of("exchange_marks")
    uuids = [m["row_uuid"] for m in marks]
    for start in range(0, len(uuids), CHUNK):
        chunk = uuids[start : start + CHUNK]
        session.execute(
            delete(table).where(table.c.peer_id == peer_id, table.c.row_uuid.in_(chunk))
        )
    session.execute(insert(table), [{"peer_id": peer_id, **m} for m in marks])
