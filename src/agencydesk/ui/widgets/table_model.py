"""Table models over records, with columns described declaratively.

``LazyTableModel`` is the model of the big lists (organizations, people, and later agendas,
initiatives...): it asks the service for the ordered ids of the matching rows (one cheap
query; the database filters, searches and sorts), then fetches records a page at a time when
the view first asks ``data()`` for a row, and keeps a bounded number of pages. 100,000 rows open
as fast as one page of 200 can be read. ``RecordListModel`` is its small, eager sibling for the
short lists on a detail page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import ListQuery
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.plain_text import plain

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, ID_ROLE)`` is the record's id (for selection, double-click, delete)."""


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its sort key for ``ListQuery.sort`` (None: not sortable), its header
    (a source string marked with QT_TRANSLATE_NOOP in the model's context), how to read its
    value from a record, and its usual width in characters.

    For the list export (ui/widgets/list_export.py): ``export`` reads a typed value when
    ``value`` gives display text (a datetime rather than "14/05/2025 09:00"), and ``kind`` is
    the export's column kind (services/export_table.TableColumn.kind; None: from the values).
    """

    key: str | None
    header: str
    value: Callable[[R], Any]
    width: int = 16
    numeric: bool = False
    kind: str | None = None
    export: Callable[[R], Any] | None = None


def draft_column(key: str, header: str, width: int = 16) -> Column[Any]:
    """A column showing the draft field ``key`` of a record, sorted by the same key."""
    return Column(key, header, lambda record: getattr(record.draft, key), width)


def display_text(value: Any) -> str:
    """How a value of a record is written in a cell."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class _ColumnsMixin:
    """Header, flags and cell text shared by both models."""

    columns: Sequence[Column[Any]]
    context: str

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def export_value(self, record: Any, column: int) -> Any:
        """The typed value of a cell for the list export (called off the GUI thread)."""
        col = self.columns[column]
        return (col.export or col.value)(record)

    def _cell(self, record: Any, column: int, role: int, record_id: int) -> Any:
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(col.value(record)) if record is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            # The tooltip guesses the format: a name that looks like HTML stays as typed.
            return plain(display_text(col.value(record))) if record is not None else ""
        if role == ID_ROLE:
            return record_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class LazyTableModel(_ColumnsMixin, QAbstractTableModel, Generic[R]):
    """Rows are ``fetch_ids(query)``; cells come from ``fetch_records(ids)`` a page at a time.

    ``fetch_records`` returns records having an ``id`` attribute, in any order, skipping ids
    that no longer exist (those rows show empty until the next ``reload``).
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch_ids: Callable[[ListQuery], list[int]],
        fetch_records: Callable[[list[int]], list[R]],
        context: str,
        default_sort: str = "name",
        page_size: int = 200,
        max_pages: int = 64,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self._fetch_ids = fetch_ids
        self._fetch_records = fetch_records
        self._page_size = page_size
        self._max_pages = max_pages
        self._query = ListQuery(sort=default_sort)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self.pages_fetched = 0  # for tests and benchmarks: how much was read

    # --- what to show ----------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Run ``query`` (text, filters, sort) and show its rows."""
        self._query = query
        self.reload()

    def set_search(self, text: str, filters: dict[str, object]) -> None:
        """Change text and filters, keeping the current sort."""
        self.set_query(replace(self._query, text=text, filters=dict(filters)))

    def reload(self) -> None:
        """Read the ids again (after a write, an undo, an import) and drop cached pages."""
        ids = self._fetch_ids(self._query)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        # Called once per event (after a search, a selection): a list scan takes under 1 ms at
        # 100,000 rows, where building an id→row dict after every keystroke took 7 ms.
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        """The ids of the rows on show, in their order (a copy)."""
        return list(self._ids)

    def fetch_records(self, ids: list[int]) -> list[R]:
        """Read ``ids`` from the service, bypassing the page cache (the list export reads
        every row once, on the database worker)."""
        return self._fetch_records(ids)

    def record_at(self, row: int) -> R | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        page = self._page(row // self._page_size)
        return page.get(record_id)

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._header(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ID_ROLE,
        ):
            return None
        record_id = self._ids[index.row()]
        record = None if role == ID_ROLE else self.record_at(index.row())
        return self._cell(record, index.column(), role, record_id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: the database orders by the column's key."""
        if not 0 <= column < len(self.columns) or self.columns[column].key is None:
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        """The column the current query is sorted by (-1 when none shows it)."""
        for i, col in enumerate(self.columns):
            if col.key == self._query.sort:
                return i
        return -1

    # --- pages -----------------------------------------------------------------------------

    def _page(self, number: int) -> dict[int, R]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * self._page_size
        wanted = self._ids[start : start + self._page_size]
        try:
            records = self._fetch_records(wanted)
        except UserError:
            # A locked database while painting: show empty cells now, retry on the next paint.
            return {}
        page = {rec.id: rec for rec in records}  # type: ignore[attr-defined]
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page


class RecordListModel(_ColumnsMixin, QAbstractTableModel, Generic[R]):
    """A short list held in memory (a detail page's people, initiatives...)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        record_id: Callable[[R], int] = lambda r: r.id,  # type: ignore[attr-defined]
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self._record_id = record_id
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._header(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        return self._cell(record, index.column(), role, self._record_id(record))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def set_column_widths(view: QTableView, model: LazyTableModel | RecordListModel) -> None:
    """Each column as wide as its usual content, and never narrower than its header."""
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    for i, column in enumerate(model.columns):
        title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        # Room for the padding and the sort arrow beside the title.
        wanted = max(column.width * char, header_metrics.horizontalAdvance(title) + 3 * char)
        view.setColumnWidth(i, wanted + 12)
