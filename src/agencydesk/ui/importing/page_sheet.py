"""Step 2: the sheet. The one whose header maps the most fields is proposed; hidden sheets are
listed, marked, and never proposed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from agencydesk.domain.importing.headers import detect_header_row, header_cells, map_headers
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.workbook import RawSheet
from agencydesk.ui.importing.page_base import ImportPage
from agencydesk.ui.importing.state import ImportState


def recognised(sheet: RawSheet, kind: ImportKind) -> int:
    """How many columns of the sheet's header row map to a field of ``kind``."""
    if not sheet.rows:
        return 0
    row = detect_header_row(sheet.rows, kind, merged=sheet.merged)
    if row >= len(sheet.rows):
        return 0
    return len(map_headers(header_cells(sheet.rows, row, kind, sheet.merged), kind))


def data_rows(sheet: RawSheet) -> int:
    """Rows with something in them (what the user counts, not trailing blanks)."""
    return sum(1 for row in sheet.rows if any(c is not None and c != "" for c in row))


class SheetPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(
            self.tr(
                "The sheet whose column names AgencyDesk recognises best is chosen. "
                "Hidden sheets are listed but not proposed."
            )
        )
        self.sheets = QTreeWidget()
        self.sheets.setRootIsDecorated(False)
        self.sheets.setHeaderLabels(
            [self.tr("Sheet"), self.tr("Rows"), self.tr("Columns recognised")]
        )
        header = self.sheets.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.sheets.currentItemChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets)

    def initializePage(self) -> None:
        state = self.state
        assert state.loaded is not None and state.setup is not None
        kind = state.setup.kind
        self.sheets.blockSignals(True)
        self.sheets.clear()
        dim = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        current = None
        for sheet in state.loaded.workbook.sheets:
            name = sheet.name + (" " + self.tr("(hidden)") if sheet.hidden else "")
            item = QTreeWidgetItem([name, f"{data_rows(sheet):,}", str(recognised(sheet, kind))])
            item.setData(0, Qt.ItemDataRole.UserRole, sheet.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if sheet.hidden:
                for column in range(3):
                    item.setForeground(column, QBrush(dim))
            self.sheets.addTopLevelItem(item)
            if sheet.name == state.setup.sheet:
                current = item
        self.sheets.blockSignals(False)
        if current is not None:
            self.sheets.setCurrentItem(current)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        state = self.state
        if item is None or state.loaded is None or state.setup is None:
            return
        name = item.data(0, Qt.ItemDataRole.UserRole)
        if name != state.setup.sheet:
            state.setup = state.service.propose(state.loaded, kind=state.setup.kind, sheet=name)
            state.forget_preview()
        self.completeChanged.emit()
