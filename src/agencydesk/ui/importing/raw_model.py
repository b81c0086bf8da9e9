"""The first rows of a sheet as the spreadsheet shows them, with one row marked as the header."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from agencydesk.domain.importing.workbook import CellValue, RawSheet, column_letter

Index = QModelIndex | QPersistentModelIndex
HEADER_BACKGROUND = QColor("#cfe3ff")
MAX_COLUMNS = 40


def cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        stamp = value.strftime("%d/%m/%Y")
        return stamp if value.time() == time() else stamp + value.strftime(" %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fit_columns(table: QTableView, widest: int) -> None:
    """Columns as wide as their first rows' text (at most ``widest`` pixels): the header's
    own resize looks at up to 1,000 rows, so 50,000 rows cost no more than 1,000."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(200)
    table.resizeColumnsToContents()
    for column in range(header.count()):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


class RawRowsModel(QAbstractTableModel):
    def __init__(self, sheet: RawSheet, rows: int = 30, parent=None) -> None:
        super().__init__(parent)
        self.rows = sheet.rows[:rows]
        self.width = min(max((len(r) for r in self.rows), default=0), MAX_COLUMNS)
        self.header_row = -1
        self.first_header_row = -1  # the row above header_row when the header spans both
        self._bold = QFont()
        self._bold.setBold(True)

    def set_header_row(self, row: int, first: int | None = None) -> None:
        """Mark the header: ``row``, and the rows from ``first`` when it spans two."""
        self.header_row = row
        self.first_header_row = row if first is None else first
        if self.rows and self.width:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.width - 1))
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self.rows[row]
            column = index.column()
            return cell_text(cells[column]) if column < len(cells) else ""
        if self.first_header_row <= row <= self.header_row:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(HEADER_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("black"))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section) if section < self.width else None
        return str(section + 1) if section < len(self.rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
