"""Step 3: the header row, found below titles, merged titles and blank rows; the user can click
another row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout

from agencydesk.domain.importing.headers import header_at
from agencydesk.ui.importing.page_base import ImportPage
from agencydesk.ui.importing.raw_model import RawRowsModel, cell_text
from agencydesk.ui.importing.state import ImportState


class HeaderPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Find the column names"))
        self.setSubTitle(
            self.tr(
                "The highlighted row holds the names of the columns; the rows below it are "
                "imported. If the names are on another row, click it."
            )
        )
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.clicked.connect(self._clicked)
        self.table.verticalHeader().sectionClicked.connect(self.choose_row)
        self.model: RawRowsModel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        sheet = self.state.sheet()
        self.model = RawRowsModel(sheet, parent=self)
        self.table.setModel(self.model)
        self.table.clearSpans()
        # A merged title stays one cell, as in the spreadsheet (it is not a column's value).
        for merged in sheet.merged:
            rows = min(merged.last_row, self.model.rowCount() - 1) - merged.first_row + 1
            columns = min(merged.last_col, self.model.columnCount() - 1) - merged.first_col + 1
            if merged.first_row < self.model.rowCount() and (rows > 1 or columns > 1):
                self.table.setSpan(merged.first_row, merged.first_col, rows, columns)
        self._show_choice()

    def _fit_columns(self) -> None:
        """Widths from the header row down: a long title above must not widen column A."""
        assert self.model is not None and self.state.setup is not None
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # the header row is bold; the data rows are narrower
        first = min(self.state.setup.header_row, max(self.model.rowCount() - 1, 0))
        for column in range(self.model.columnCount()):
            texts = [
                cell_text(row[column]) if column < len(row) else ""
                for row in self.model.rows[first:]
            ]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self.table.setColumnWidth(column, max(60, min(widest + 16, 240)))

    def _clicked(self, index: QModelIndex) -> None:
        self.choose_row(index.row())

    def choose_row(self, row: int) -> None:
        """The column names are on ``row`` (0-based): map the columns again from there."""
        state = self.state
        assert state.loaded is not None and state.setup is not None
        if row != state.setup.header_row:
            state.setup = state.service.propose(
                state.loaded, kind=state.setup.kind, sheet=state.setup.sheet, header_row=row
            )
            state.forget_preview()
        self._show_choice()

    def _show_choice(self) -> None:
        assert self.state.setup is not None and self.model is not None
        row = self.state.setup.header_row
        sheet = self.state.sheet()
        first = header_at(sheet.rows, row, self.state.setup.kind, sheet.merged)[0]
        self.model.set_header_row(row, first)
        self._fit_columns()
        self.table.clearSelection()
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        if first < row:  # a group label above, or names merged down from it
            self.where.setText(
                self.tr("The column names are on rows %1 and %2.")
                .replace("%1", str(first + 1))
                .replace("%2", str(row + 1))
            )
        else:
            self.where.setText(
                self.tr("The column names are on row %1.").replace("%1", str(row + 1))
            )
