"""The register's table: one row per bottleneck, its status with a colour chip, sortable.

A register holds tens of bottlenecks, rarely hundreds: the records are all in memory and sorted
here, by real values (dates as dates, CB-2 before CB-10), not by their displayed text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from agencydesk.domain.bottlenecks import BottleneckRecord, code_sort_key
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.table_model import Column, RecordListModel

S = BottleneckStatus

# Fixed hues, not palette roles: they name statuses and must read the same in the table, the
# steps and the dashboard, on light and dark themes (all are mid-tones).
STATUS_COLOURS: dict[BottleneckStatus, str] = {
    S.IDENTIFIED: "#d97706",  # amber: needs attention
    S.SOLUTION_AGREED: "#2563eb",  # blue
    S.IN_PROGRESS: "#7c3aed",  # violet
    S.RESOLVED: "#16a34a",  # green
    S.DROPPED: "#6b7280",  # grey
}

_ORDER = {status: n for n, status in enumerate(S)}
_chips: dict[tuple[BottleneckStatus, int], QIcon] = {}


def status_chip(status: BottleneckStatus, size: int = 12) -> QIcon:
    """A round chip in the status's colour (built on first use: needs a QGuiApplication)."""
    key = (status, size)
    if key not in _chips:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS[status]))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _chips[key] = QIcon(pixmap)
    return _chips[key]


_C = "BottleneckColumns"
COLUMNS: list[Column[BottleneckRecord]] = [
    Column("code", QT_TRANSLATE_NOOP("BottleneckColumns", "Code"), lambda b: b.code, 7),
    Column("title", QT_TRANSLATE_NOOP("BottleneckColumns", "Bottleneck"), lambda b: b.title, 34),
    Column(
        "category",
        QT_TRANSLATE_NOOP("BottleneckColumns", "Category"),
        lambda b: b.draft.category,
        21,
    ),
    Column(
        "competent",
        QT_TRANSLATE_NOOP("BottleneckColumns", "Competent entity"),
        lambda b: b.competent_entity_name,
        32,
    ),
    Column("status", QT_TRANSLATE_NOOP("BottleneckColumns", "Status"), lambda b: b.status, 19),
    Column(
        "identified_on",
        QT_TRANSLATE_NOOP("BottleneckColumns", "Identified"),
        lambda b: b.draft.identified_on,
        9,
    ),
    Column(
        "resolved_on",
        QT_TRANSLATE_NOOP("BottleneckColumns", "Resolved"),
        lambda b: b.resolved_on,
        9,
    ),
    Column(
        "days_open",
        QT_TRANSLATE_NOOP("BottleneckColumns", "Days open"),
        lambda b: b.days_open(),
        6,
        numeric=True,
    ),
]
TITLE_COLUMN = 1
CATEGORY_COLUMN = 2
COMPETENT_COLUMN = 3
STATUS_COLUMN = 4

_FAR = date.max


def _sort_keys() -> dict[str, Callable[[BottleneckRecord], Any]]:
    return {
        "code": lambda b: code_sort_key(b.code),
        "title": lambda b: b.title.casefold(),
        "category": lambda b: label(b.draft.category).casefold(),
        "competent": lambda b: (b.competent_entity_name or "\uffff").casefold(),
        "status": lambda b: _ORDER[b.status],
        "identified_on": lambda b: b.draft.identified_on or _FAR,
        "resolved_on": lambda b: b.resolved_on or _FAR,
        "days_open": lambda b: b.days_open() if b.days_open() is not None else -1,
    }


class BottleneckTableModel(RecordListModel[BottleneckRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, _C, parent=parent)
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_records(self, records: Any) -> None:
        self.beginResetModel()
        self._records = self._sorted(list(records))
        self.endResetModel()

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == STATUS_COLUMN
            and 0 <= index.row() < len(self._records)
        ):
            return status_chip(self._records[index.row()].status)
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {r.id: row for row, r in enumerate(self._records)}
        self._records = self._sorted(self._records)
        moved_from, moved_to = [], []
        for row, record in enumerate(self._records):
            for col in range(len(self.columns)):
                moved_from.append(self.createIndex(before[record.id], col))
                moved_to.append(self.createIndex(row, col))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _sorted(self, records: list[BottleneckRecord]) -> list[BottleneckRecord]:
        key = _sort_keys()[self.columns[self._sort_column].key or "code"]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Ties keep the register's order (by code), whatever the direction.
        ordered = sorted(records, key=lambda b: code_sort_key(b.code))
        return sorted(ordered, key=key, reverse=descending)
