"""Every entity as pages of plain rows, for the export service (JSON, CSV, XLSX).

The columns are read from the tables themselves, so a column added by a later migration is
exported without anyone remembering to list it here. Each foreign key ``x_id`` also gets a
name column ``x`` holding the label of the row it points to (``territory_id`` → ``territory``,
``responsible_org_id`` → ``responsible_org``), taken from an outer join in the same query.

Rows are read in id-ranged pages (keyset paging, ``WHERE id > last ORDER BY id LIMIT n``) so an
export of 100,000 rows holds one page in memory at a time, and each page costs the same
whatever its position (``OFFSET`` would rescan the skipped rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Enum,
    FromClause,
    Integer,
    Numeric,
    Select,
    String,
    Table,
    func,
    select,
)
from sqlalchemy.orm import Session

from agencydesk.data.models import schema

PAGE_SIZE = 1000

ColumnKind = Literal["int", "decimal", "date", "datetime", "bool", "text", "enum", "json", "list"]

# Entity name (plural, as typed after `agencydesk export`) → table.
ENTITY_TABLES: dict[str, str] = {
    "territories": "territories",
    "organizations": "organizations",
    "people": "people",
    "agendas": "agendas",
    "goals": "goals",
    "agenda-priorities": "agenda_priorities",
    "initiatives": "initiatives",
    "participations": "participations",
    "bottlenecks": "bottlenecks",
    "bottleneck-changes": "bottleneck_status_changes",
    "action-plans": "action_plans",
    "actions": "actions",
    "funding-lines": "funding_lines",
    "indicators": "indicators",
    "measurements": "measurements",
    "meetings": "meetings",
    "meeting-status-changes": "meeting_status_changes",
    "agenda-items": "meeting_agenda_items",
    "agenda-item-bottlenecks": "agenda_item_bottlenecks",
    "attendances": "attendances",
    "agreements": "agreements",
    "import-batches": "import_batches",
    "import-mappings": "import_mappings",
    "audit-entries": "audit_entries",
    "exchange-databases": "exchange_databases",
    "exchange-marks": "exchange_marks",
}

# Other spellings accepted besides the hyphen/underscore swap.
ALIASES: dict[str, str] = {
    "meeting-agenda-items": "agenda-items",
    "meeting-changes": "meeting-status-changes",
    "persons": "people",
}

# The column that names a row of each table when another row points at it. A new foreign key
# to a table missing here fails the export tests (KeyError), so the label is chosen, not guessed.
LABELS: dict[str, str] = {
    "territories": "name",
    "organizations": "name",
    "people": "full_name",
    "agendas": "title",
    "goals": "statement",
    "initiatives": "name",
    "bottlenecks": "title",
    "action_plans": "title",
    "actions": "title",
    "funding_lines": "program",
    "indicators": "name",
    "meetings": "title",
    "meeting_agenda_items": "title",
    "agreements": "text",
    "import_batches": "file_name",
    "exchange_databases": "name",
}

# Columns that are bookkeeping, not data: a folded copy of a name kept for sorting, and the
# undo payload of an import batch (previous values of other rows; large and meaningless alone).
INTERNAL_COLUMNS = frozenset({"sort_name", "undo_data"})

IDENTITY = ("id", "uuid")
TIMESTAMPS = ("created_at", "updated_at")


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One column of an export: its field name, what its values are, and a size hint.

    ``size`` is the maximum length of a text column (None: unlimited) or the number of
    decimal places of a decimal column.
    """

    name: str
    kind: ColumnKind
    size: int | None = None


@dataclass(frozen=True, slots=True)
class _ChildList:
    """A list of child labels exported inside the parent row (a meeting's agenda items)."""

    field: str  # name of the field in the parent row
    before: str  # the parent field it is placed before
    table: str
    parent_key: str
    label: str
    order: str


CHILD_LISTS: dict[str, _ChildList] = {
    "meetings": _ChildList(
        field="agenda_items",
        before="minutes",
        table="meeting_agenda_items",
        parent_key="meeting_id",
        label="title",
        order="position",
    ),
}


@dataclass(frozen=True)
class _Spec:
    table: Table
    columns: tuple[ExportColumn, ...]
    statement: Select[Any]  # every column, labelled by field name, joins done; no paging yet
    enum_fields: tuple[str, ...]
    child: _ChildList | None


def canonical_entity(name: str) -> str | None:
    """The entity name as listed in ``ENTITY_TABLES`` for what a user typed, or None."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    key = ALIASES.get(key, key)
    return key if key in ENTITY_TABLES else None


def entity_names() -> list[str]:
    return list(ENTITY_TABLES)


def name_column(fk_column: str) -> str:
    """``territory_id`` → ``territory``; ``raised_in_meeting_id`` → ``raised_in_meeting``."""
    return fk_column.removesuffix("_id")


def _kind(column: Column[Any]) -> tuple[ColumnKind, int | None]:
    # Order matters: Enum is a String, Boolean and Numeric are not Integer in SQLAlchemy.
    t = column.type
    if isinstance(t, Enum):
        return "enum", None
    if isinstance(t, Boolean):
        return "bool", None
    if isinstance(t, DateTime):
        return "datetime", None
    if isinstance(t, Date):
        return "date", None
    if isinstance(t, Numeric):
        return "decimal", t.scale
    if isinstance(t, Integer):
        return "int", None
    if isinstance(t, JSON):
        return "json", None
    if isinstance(t, String):
        return "text", t.length
    return "text", None


def _ordered(table: Table) -> list[Column[Any]]:
    own = [c for c in table.columns if c.name not in (*IDENTITY, *TIMESTAMPS)]
    own = [c for c in own if c.name not in INTERNAL_COLUMNS]
    return [table.c[n] for n in IDENTITY] + own + [table.c[n] for n in TIMESTAMPS]


@cache
def _spec(entity: str) -> _Spec:
    table = schema().tables[ENTITY_TABLES[entity]]
    child = CHILD_LISTS.get(entity)
    own_names = {c.name for c in table.columns}
    columns: list[ExportColumn] = []
    selected: list[ColumnElement[Any]] = []
    enums: list[str] = []
    source: FromClause = table
    for column in _ordered(table):
        if child is not None and column.name == child.before:
            columns.append(ExportColumn(child.field, "list"))
        kind, size = _kind(column)
        columns.append(ExportColumn(column.name, kind, size))
        selected.append(column.label(column.name))
        if kind == "enum":
            enums.append(column.name)
        for fk in column.foreign_keys:
            target = fk.column.table
            label = name_column(column.name)
            if label in own_names:  # never shadow a real column (none does today)
                label = f"{label}_name"
            ref = target.alias(f"ref_{column.name}")
            ref_label = ref.c[LABELS[target.name]]
            source = source.outerjoin(ref, ref.c[fk.column.name] == column)
            ref_kind, ref_size = _kind(target.c[LABELS[target.name]])
            columns.append(ExportColumn(label, ref_kind, ref_size))
            selected.append(ref_label.label(label))
            if ref_kind == "enum":
                enums.append(label)
    statement = select(*selected).select_from(source).order_by(table.c.id)
    return _Spec(table, tuple(columns), statement, tuple(enums), child)


def columns(entity: str) -> list[ExportColumn]:
    """The columns of an export, in order: id, uuid, the fields, created_at, updated_at."""
    return list(_spec(entity).columns)


def count(session: Session, entity: str) -> int:
    table = _spec(entity).table
    return int(session.scalar(select(func.count()).select_from(table)) or 0)


def pages(
    session: Session, entity: str, page_size: int = PAGE_SIZE
) -> Iterator[list[dict[str, Any]]]:
    """Every row of ``entity`` in id order, ``page_size`` rows at a time, as plain dicts.

    Values are Python values: ``int``, ``Decimal``, ``date``, ``datetime``, ``bool``, ``str``
    (enumerations as their code), ``dict`` (JSON columns), ``list`` (child labels) or None.
    """
    spec = _spec(entity)
    last = 0
    while True:
        stmt = spec.statement.where(spec.table.c.id > last).limit(page_size)
        rows = [dict(r) for r in session.execute(stmt).mappings()]
        if not rows:
            return
        for row in rows:
            for name in spec.enum_fields:
                value = row[name]
                if value is not None:
                    row[name] = value.value
        if spec.child is not None:
            _add_children(session, spec.child, rows)
        last = rows[-1]["id"]
        yield rows
        if len(rows) < page_size:
            return


def _add_children(session: Session, child: _ChildList, rows: list[dict[str, Any]]) -> None:
    table = schema().tables[child.table]
    key, label = table.c[child.parent_key], table.c[child.label]
    by_parent: dict[int, list[Any]] = {r["id"]: [] for r in rows}
    stmt = (
        select(key, label)
        .where(key.in_(list(by_parent)))
        .order_by(key, table.c[child.order], table.c.id)
    )
    for parent_id, text in session.execute(stmt):
        by_parent[parent_id].append(text)
    for row in rows:
        row[child.field] = by_parent[row["id"]]
