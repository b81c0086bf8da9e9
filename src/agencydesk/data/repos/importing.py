"""Generic reads and writes of the import pipeline, by table name (the handlers need no models).

Everything here is set-based: one query per table (chunked below SQLite's parameter limit),
Core executemany for writes, never one statement per spreadsheet row.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import DateTime, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from agencydesk.data.models.base import utcnow
from agencydesk.data.repos.bulk import insert_rows, table_of

__all__ = [
    "Session",
    "current_values",
    "delete_rows",
    "external_uses",
    "fetch_rows",
    "insert_many",
    "insert_rows",
    "row_exists",
    "update_rows",
]

CHUNK = 500  # ids per IN (...): far below SQLite's bound-parameter limit


def fetch_rows(
    session: Session, table: str, columns: Sequence[str], **equals: Any
) -> list[tuple[Any, ...]]:
    """Every row of ``table`` (``columns``, in that order), ordered by id; ``equals`` filters
    on columns (``plan_id=3``). One query."""
    t = table_of(table)
    stmt = select(*(t.c[c] for c in columns)).order_by(t.c.id)
    for name, value in equals.items():
        stmt = stmt.where(t.c[name] == value)
    return [tuple(r) for r in session.execute(stmt)]


def row_exists(session: Session, table: str, row_id: int) -> bool:
    t = table_of(table)
    return session.scalar(select(func.count()).select_from(t).where(t.c.id == row_id)) == 1


def current_values(
    session: Session, table: str, ids: Iterable[int], columns: Iterable[str]
) -> dict[int, dict[str, Any]]:
    """The values of ``columns`` of the rows ``ids``, by id."""
    t = table_of(table)
    names = list(dict.fromkeys(columns))
    wanted = list(dict.fromkeys(ids))
    out: dict[int, dict[str, Any]] = {}
    if not names:
        return {i: {} for i in wanted}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        stmt = select(t.c.id, *(t.c[n] for n in names)).where(t.c.id.in_(chunk))
        for row in session.execute(stmt):
            out[row[0]] = dict(zip(names, row[1:], strict=True))
    return out


def update_rows(session: Session, table: str, changes: Mapping[int, Mapping[str, Any]]) -> None:
    """Set ``changes[id]`` on each row; rows changing the same columns share one executemany.

    ``updated_at`` is set on every changed row.
    """
    t = table_of(table)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    now = utcnow()
    for row_id, values in changes.items():
        if not values:
            continue
        names = tuple(sorted(values))
        params = {f"v_{n}": v for n, v in values.items()}
        params["b_id"] = row_id
        params["v_updated_at"] = now
        groups[names].append(params)
    for names, params in groups.items():
        assignments = {n: bindparam(f"v_{n}") for n in (*names, "updated_at")}
        stmt = update(t).where(t.c.id == bindparam("b_id")).values(assignments)
        session.connection().execute(stmt, params)


def delete_rows(session: Session, table: str, ids: Sequence[int]) -> int:
    t = table_of(table)
    done = 0
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        done += session.execute(delete(t).where(t.c.id.in_(chunk))).rowcount or 0
    return done


def external_uses(session: Session, created: Mapping[str, Sequence[int]]) -> dict[str, int]:
    """How many rows not in ``created`` point at a row in ``created``, by referring table.

    ``created`` maps table name -> ids (what an import batch created): references between
    those rows (a person created with their organization) are not uses. A row pointing at
    several of them (an agreement naming a created organization and its created person) is
    one use.
    """
    from agencydesk.data.models import schema

    created_sets = {t: set(ids) for t, ids in created.items() if ids}
    users: dict[str, set[int]] = {}
    for other in schema().sorted_tables:
        own = created_sets.get(other.name, set())
        for fk in other.foreign_keys:
            target = fk.column.table.name
            ids = created.get(target)
            if not ids:
                continue
            for start in range(0, len(ids), CHUNK):
                chunk = list(ids[start : start + CHUNK])
                stmt = select(other.c.id).where(fk.parent.in_(chunk))
                found = {i for (i,) in session.execute(stmt) if i not in own}
                if found:
                    users.setdefault(other.name, set()).update(found)
    return {table: len(ids) for table, ids in users.items()}


def find_plans(session: Session, name_or_id: str) -> list[int]:
    """Plans whose id is ``name_or_id`` or whose title is it (case and accents folded)."""
    from agencydesk.domain.text import fold

    t = table_of("action_plans")
    text = name_or_id.strip()
    # An id is a signed 64-bit integer: a longer number is no plan's id (and the driver
    # would raise OverflowError on it; int() refuses over 4,300 digits). isdecimal, not isdigit:
    # int("²") fails.
    if text.isdecimal() and len(text) <= 19 and int(text) < 2**63:
        found = session.scalar(select(t.c.id).where(t.c.id == int(text)))
        if found is not None:
            return [found]
    wanted = fold(text)
    rows = session.execute(select(t.c.id, t.c.title).order_by(t.c.id))
    return [row_id for row_id, title in rows if fold(title) == wanted]


def create_plan(session: Session, title: str) -> int:
    """A draft plan with ``title``, owned by the newest agenda (else the newest initiative).

    A plan belongs to an agenda or an initiative; with neither in the database, it is left
    without an owner for the user to set. Its currency is the one most plans already use (an
    office works in one; the plan form proposes it the same way), else the model's default.
    """
    owner: dict[str, Any] = {}
    for table, column in (("agendas", "agenda_id"), ("initiatives", "initiative_id")):
        t = table_of(table)
        found = session.scalar(select(t.c.id).order_by(t.c.id.desc()).limit(1))
        if found is not None:
            owner = {column: found}
            break
    from agencydesk.data.repos.plans import usual_currency

    if usual := usual_currency(session):
        owner["currency"] = usual
    return insert_rows(session, "action_plans", [{"title": title.strip(), **owner}])[0]


_UNSET = object()


def _processed(values: list[Any], processor: Any) -> list[Any]:
    """``values`` through a column's bind processor; a value repeated (the same object, e.g.
    one timestamp or one ``changes`` dict for every row) is processed once."""
    if processor is None:
        return values
    out = []
    last: Any = _UNSET
    done: Any = None
    for value in values:
        if value is None:
            out.append(None)
        elif value is last:
            out.append(done)
        else:
            last, done = value, processor(value)
            out.append(done)
    return out


class _DefaultContext:
    """What a Python column default sees of the row being inserted (``_folded`` reads it)."""

    __slots__ = ("params",)

    def __init__(self) -> None:
        self.params: Mapping[str, Any] = {}

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> Mapping[str, Any]:
        return self.params


def insert_many(
    session: Session,
    table: str,
    rows: Sequence[Mapping[str, Any]],
    want_ids: bool = True,
    constants: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert ``rows`` with one DB-API executemany; returns their ids in order (if wanted).

    ``bulk.insert_rows`` asks SQLAlchemy for RETURNING in parameter order, which SQLite can only
    do one row per statement (50,000 statements for 50,000 rows); SQLAlchemy's per-row
    parameter processing costs as much again. Here the statement is compiled once, values go
    through the columns' own bind processors (enums checked, JSON and dates serialised as
    SQLAlchemy would) and Python defaults apply as usual.

    The ids are given, not read back: ``max(id) + 1`` onwards, which is what SQLite itself
    would assign (no table uses AUTOINCREMENT). The caller's transaction already writes (the
    import batch row comes first), so no other connection can insert in between; if one did,
    the insert would fail on the primary key, never mix ids up.
    Other databases than SQLite (PostgreSQL) take ``insert_rows``: there SQLAlchemy sends the
    rows in batches of multi-row VALUES with RETURNING, ids read back.
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        merged = [{**row, **constants} for row in rows] if constants else rows
        ids = insert_rows(session, table, merged)
        return ids if want_ids else []
    t = table_of(table)
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    unknown = [n for n in names if n not in t.c]
    if unknown:
        raise KeyError(f"{table} has no column {', '.join(unknown)}")
    constants = dict(constants or {})
    for name in constants:
        names.pop(name, None)
    unknown += [n for n in constants if n not in t.c]
    if unknown:
        raise KeyError(f"{table} has no column {', '.join(unknown)}")
    given = list(names)
    defaults = [
        c
        for c in t.columns
        if c.name not in names
        and c.name not in constants
        and c.default is not None
        and not c.primary_key
    ]
    columns = [t.c[n] for n in given] + [t.c[n] for n in constants] + defaults
    count = len(rows)
    values_by_column: list[list[Any]] = []
    for name in given:
        processor = t.c[name].type._cached_bind_processor(dialect)
        values_by_column.append(_processed([row.get(name) for row in rows], processor))
    for name, value in constants.items():
        processor = t.c[name].type._cached_bind_processor(dialect)
        values_by_column.append(_processed([value], processor) * count)
    context = _DefaultContext()
    for column in defaults:
        default: Any = column.default
        processor = column.type._cached_bind_processor(dialect)
        if not default.is_callable:
            values = [default.arg] * count
        elif column.name == "uuid":
            values = new_uuids(count)
        elif isinstance(column.type, DateTime):
            values = [default.arg(context)] * count  # one timestamp for the whole batch
        else:  # reads the row (a folded sort key)
            values = []
            for row in rows:
                context.params = row
                values.append(default.arg(context))
        values_by_column.append(_processed(values, processor))
    ids: list[int] = []
    if want_ids and "id" not in names:
        first = (session.scalar(select(func.max(t.c.id))) or 0) + 1
        ids = list(range(first, first + count))
        columns.append(t.c.id)
        values_by_column.append(ids)
    params = list(zip(*values_by_column, strict=True))
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(t.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()
    if not want_ids:
        return []
    if "id" in names:
        return [int(row["id"]) for row in rows]
    return ids


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())`` gives them, from
    one read of the system's random source (uuid4 reads it once per id: ~5x slower)."""
    digits = os.urandom(16 * count).hex()
    variant = _VARIANT
    out = []
    for start in range(0, 32 * count, 32):
        h = digits[start : start + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:]}")
    return out
