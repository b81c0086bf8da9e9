"""One handler per import kind: how its rows match existing records and how they are stored.

The pipeline (preview.py, apply.py) does everything that is the same for every kind: reading
the rows after the header, skipping blank and totals rows, filling merged cells down,
normalising cells (values.normalize), defaults, required fields, organization names (fields of
type ORGANIZATION are matched to the directory, or listed to be created), duplicates inside the
file, the per-row choice, bulk updates (UPDATE / FILL / unchanged), audit entries, the batch
row and its undo data, and undo itself (deletes what was created, restores what was updated).

A handler says only what is particular to its kind.

How to add a kind
-----------------
1. Write a class deriving from ``BaseHandler`` in a module ``handlers_<something>.py`` of this
   package, set ``kind``, ``table`` (the main table, e.g. "actions") and ``entity`` (the audit
   entity, e.g. "action"), and implement:
   - ``load_index(session, setup)``: the existing records the rows can match, read with ONE
     query per table (``repo.fetch_rows``), never one query per row. Return any object, most
     simply a ``KeyIndex`` filled with ``add``.
   - ``add(index, values, ref, label)``: put a record in an index. The same index type holds
     the rows seen earlier in the file: ``match`` on it finds duplicates inside the file.
   - ``match(index, values)``: the ``RowMatch`` for a row's typed values, or None.
   - ``label(values)``: how the row is named to the user ("A-01 Mejorar caminos").
   - optionally ``check_setup`` (raise ``UserError`` when e.g. the plan does not exist),
     ``check_row`` (row-level problems: end before start, an unknown indicator...),
     ``check_in_file`` (problems with the file's earlier rows: an ID another name had),
     ``columns`` (typed values -> main table columns; the default copies fields of the same
     name and resolves ORGANIZATION fields through ``ctx.organization_id``), ``fixed_columns``
     (e.g. ``{"plan_id": setup.plan_id}`` on insert), ``insert_rows`` (the default bulk-inserts
     ``fixed_columns | columns`` into ``table``; override it when a row also creates other
     records, and report those with ``ctx.note_created(table, ids)`` so undo removes them),
     ``derived`` (columns that follow others on an update, e.g. ``sort_name``),
     ``keeps_stored`` (a stored value an update must not replace, e.g. a longer name).
   - set ``creates = False`` for kinds that only update (progress): a row that matches nothing
     is then rejected with ``missing_reason``; put new reason codes and their English sentences
     in ``reasons``. Set ``updates_matches = True`` when updating matched records is what the
     kind's sheets are for (progress, attendance): their matched rows are proposed UPDATE.
2. At the end of the module: ``HANDLERS = (MyHandler(),)``. Every ``handlers_*.py`` module of
   this package is found and loaded by ``handler_for`` (nothing to register elsewhere).

Handlers never commit, never open a unit of work, and never query per row.
"""

from __future__ import annotations

import importlib
import pkgutil
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.importing.kinds import ImportKind, ValueType, fields
from agencydesk.domain.importing.names import acronym_key, organization_key
from agencydesk.domain.importing.results import CellResult
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.services.importing.setup import ImportSetup, RowMatch

# Modules holding handlers, each with a module-level ``HANDLERS`` tuple.
_PREFIX = "handlers_"


@dataclass
class ApplyContext:
    """What ``columns`` and ``insert_rows`` get while a batch is written (one transaction)."""

    session: Session
    setup: ImportSetup
    user: str | None
    # organization_key(name) -> id: the directory, plus the organizations this batch created.
    organizations: dict[str, int] = field(default_factory=dict)
    # table -> ids created by this batch besides the main rows (kept for undo).
    created: dict[str, list[int]] = field(default_factory=dict)
    # Whatever a handler computes once per batch (e.g. an index of people for ``columns``),
    # by a key of its own: ``columns`` is called per row and must not query per row.
    memo: dict[str, Any] = field(default_factory=dict)

    def organization_id(self, name: Any) -> int | None:
        if name is None or name == "":
            return None
        found = self.organizations.get(organization_key(str(name)))
        if found is None and (key := acronym_key(str(name))):
            found = self.organizations.get(key)  # a unique short name (matching.directory)
        return found

    def note_created(self, table: str, ids: Iterable[int]) -> None:
        self.created.setdefault(table, []).extend(ids)


class KeyIndex:
    """Records by kind of key: ``by["tax_id"]["761234567"] == (id, label, extra)``.

    The first record added under a key wins (the oldest, as indexes are loaded by id).
    ``extra`` is free for the handler (e.g. the tax key of a record found by name).
    ``elsewhere``: for kinds that live inside a plan or a meeting, the uuids of the table's
    records outside it (``scoped.foreign_uuids``): a row carrying one must not be matched to
    another record of the plan or meeting by its number or code (``scoped.other_scope``).
    """

    __slots__ = ("by", "elsewhere", "in_file", "uuid_of")

    def __init__(self, kinds: Iterable[str] = ()) -> None:
        self.by: dict[str, dict[str, tuple[int, str, Any]]] = {k: {} for k in kinds}
        self.elsewhere: frozenset[str] = frozenset()
        # The index of the file's earlier rows (True), or of the database's records (False,
        # set by ``load_index``); and the uuid each record was added with, if any.
        self.in_file = True
        self.uuid_of: dict[int, str] = {}

    def add(self, by: str, key: str, record_id: int, label: str, extra: Any = None) -> None:
        if key:
            self.by.setdefault(by, {}).setdefault(key, (record_id, label, extra))

    def get(self, by: str, key: str) -> tuple[int, str, Any] | None:
        if not key:
            return None
        found = self.by.get(by)
        return found.get(key) if found else None

    def find(self, by: str, key: str) -> RowMatch | None:
        hit = self.get(by, key)
        return RowMatch(hit[0], hit[1], by) if hit else None


class KindHandler(Protocol):
    kind: ImportKind
    table: str  # the main table ("organizations")
    entity: str  # the audit entity ("organization")
    creates: bool  # False: rows must match an existing record (progress updates)
    missing_reason: str  # the reason of a row that matches nothing when ``creates`` is False
    reasons: Mapping[str, str]  # the handler's own reason codes -> English sentences
    updates_matches: bool  # a matched row is proposed UPDATE even when on_match says SKIP

    def check_setup(self, session: Session, setup: ImportSetup) -> None: ...
    def load_index(self, session: Session, setup: ImportSetup) -> Any: ...
    def new_index(self) -> Any: ...
    def add(self, index: Any, values: Mapping[str, Any], ref: int, label: str) -> None: ...
    def match(self, index: Any, values: Mapping[str, Any]) -> RowMatch | None: ...
    def label(self, values: Mapping[str, Any]) -> str: ...
    def check_row(
        self, index: Any, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]: ...
    def check_in_file(
        self, index: Any, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]: ...
    def revise_columns(
        self,
        index: Any,
        names: Sequence[str],
        column_results: list[list[CellResult]],
        raw_column: Callable[[str], list[CellValue]],
    ) -> None: ...
    def see_columns(self, index: Any, columns: Mapping[str, list[Any]]) -> None: ...
    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]: ...
    def fixed_columns(self, setup: ImportSetup) -> dict[str, Any]: ...
    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]: ...
    def derived(self, changes: Mapping[str, Any]) -> dict[str, Any]: ...
    def keeps_stored(self, column: str, stored: Any, incoming: Any) -> bool: ...


class BaseHandler:
    """Defaults for a handler whose rows go to one table, field names = column names."""

    kind: ClassVar[ImportKind]
    table: ClassVar[str]
    entity: ClassVar[str]
    creates: ClassVar[bool] = True
    missing_reason: ClassVar[str] = "not_found"
    reasons: ClassVar[Mapping[str, str]] = {}
    # Kinds whose sheets exist to change what they match (a progress sheet, a sign-in sheet
    # for a meeting with invitations): "skip the rows that match" would import nothing, so a
    # matched row is proposed UPDATE whatever ``on_match`` says (the user may still skip rows).
    updates_matches: ClassVar[bool] = False
    # Field name -> column name where they differ (e.g. "responsible" -> "responsible_id").
    column_names: ClassVar[Mapping[str, str]] = {}
    # Fields that are not columns of the main table (used for matching only, e.g. "indicator"
    # of a measurement); never written by the default ``columns``.
    not_columns: ClassVar[frozenset[str]] = frozenset()

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        return None

    def new_index(self) -> Any:
        return KeyIndex()

    def check_row(self, index: Any, values: Mapping[str, Any]) -> Sequence[tuple[str | None, str]]:
        return ()

    def check_in_file(
        self, index: Any, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        """A row's problems with the file's earlier rows (``index``: the file's own index, as
        ``check_row`` has the existing records'), for kinds that create records: e.g. its ID
        was another name's a few rows above. The row is then rejected, not a duplicate."""
        return ()

    def revise_columns(
        self,
        index: Any,
        names: Sequence[str],
        column_results: list[list[CellResult]],
        raw_column: Callable[[str], list[CellValue]],
    ) -> None:
        """Revise the normalised columns (``column_results``, in the order of ``names``) by
        what the rows say together, in place, once per sheet before the rows are checked:
        e.g. a measurement of an indicator counted in percent typed 0.27 (Excel's "27%").
        ``raw_column(name)`` gives a column's cells as the file has them."""
        return None

    def see_columns(self, index: Any, columns: Mapping[str, list[Any]]) -> None:
        """See the sheet's final values, field -> the column's values in row order, before the
        rows are checked: for decisions about the whole file (a new plan takes the rows of one
        of the plans a plan column names)."""
        return None

    def fixed_columns(self, setup: ImportSetup) -> dict[str, Any]:
        return {}

    def derived(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        return {}

    def keeps_stored(self, column: str, stored: Any, incoming: Any) -> bool:
        """Whether an UPDATE leaves ``column``'s stored value although the row's differs (the
        field then counts as unchanged): e.g. a name the row gives shorter, "Arturo" for
        "Arturo Peña Gálvez". Here: a long text an .xlsx export cut to Excel's limit, its
        workbook imported back; the whole text stays (a handler overriding this calls it)."""
        from agencydesk.services.spreadsheet import cut_by_xlsx

        return (
            isinstance(stored, str) and isinstance(incoming, str) and cut_by_xlsx(stored, incoming)
        )

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        skip = self.not_columns | _UUID
        organization_fields = _organization_fields(self.kind)
        if not self.column_names and not organization_fields:  # organizations: names as is
            return {name: value for name, value in values.items() if name not in skip}
        out: dict[str, Any] = {}
        for name, value in values.items():
            if name in skip:
                continue
            column = self.column_names.get(name, name)
            if name in organization_fields:
                out[column] = ctx.organization_id(value)
            else:
                out[column] = value
        return out

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        fixed = self.fixed_columns(ctx.setup)
        prepared = []
        for values in rows:
            row = fixed | self.columns(ctx, values)
            if uid := valid_uuid(values.get("uuid")):
                row["uuid"] = uid  # a row exported by AgencyDesk keeps its identity
            row |= self.derived(row)
            prepared.append(row)
        return repo.insert_many(ctx.session, self.table, prepared)


def valid_uuid(value: Any) -> str | None:
    if not value:
        return None
    try:
        return str(uuid_module.UUID(str(value).strip()))
    except ValueError:
        return None


_UUID = frozenset({"uuid"})  # matched on, written by ``insert_rows`` only
_ORG_FIELDS: dict[ImportKind, frozenset[str]] = {}


def _organization_fields(kind: ImportKind) -> frozenset[str]:
    found = _ORG_FIELDS.get(kind)
    if found is None:
        found = frozenset(f.name for f in fields(kind) if f.type is ValueType.ORGANIZATION)
        _ORG_FIELDS[kind] = found
    return found


def organization_fields(kind: ImportKind) -> frozenset[str]:
    """The fields of a kind that name an organization (matched to the directory)."""
    return _organization_fields(kind)


_REGISTRY: dict[ImportKind, KindHandler] = {}


def handler_for(kind: ImportKind) -> KindHandler:
    """The handler of a kind; raises KeyError for a kind nobody handles yet."""
    if not _REGISTRY:
        package = importlib.import_module(__package__ or "")
        names = sorted(
            m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith(_PREFIX)
        )
        for name in names:
            module = importlib.import_module(f"{__package__}.{name}")
            for handler in getattr(module, "HANDLERS", ()):
                _REGISTRY[handler.kind] = handler
    return _REGISTRY[ImportKind(kind)]


def all_reasons() -> dict[str, str]:
    """Every handler's own reason codes with their English sentences."""
    handler_for(ImportKind.ORGANIZATIONS)  # loads the registry
    out: dict[str, str] = {}
    for handler in _REGISTRY.values():
        out.update(handler.reasons)
    return out
