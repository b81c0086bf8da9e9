"""The totals under the plan's tree: budget, funding in cash and in kind, and progress per
axis; cash and in kind per funding source; the whole plan's totals in the last, bold row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.plans import PlanTotals
from agencydesk.ui.labels import label
from agencydesk.ui.plans.action_tree import PROGRESS_ROLE
from agencydesk.ui.plans.delegates import ProgressDelegate
from agencydesk.ui.plans.money import format_amount

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    """Rows of cells (text, or an int progress in ``progress_column``); the last row is the
    total and shows in bold. Columns after the first are amounts, aligned right."""

    def __init__(self, headers: Sequence[str], progress_column: int | None = None) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[list[Any]] = []
        self._progress_column = progress_column

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Any:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        progress = index.column() == self._progress_column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if progress:
                return "" if value is None else f"{value}%"
            return "" if value is None else str(value)
        if role == PROGRESS_ROLE and progress:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _table(model: TotalsModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    # Sized to its rows (see TotalsView.fit_tables): never a scroll bar over the total row.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    return view


def _table_height(view: QTableView) -> int:
    """Room for the header and every row, and for the horizontal scroll bar if it shows."""
    rows = view.model().rowCount()
    height = (
        view.horizontalHeader().sizeHint().height()
        + rows * view.verticalHeader().defaultSectionSize()
        + 2 * view.frameWidth()
    )
    if view.horizontalHeader().length() > view.viewport().width() + 1:
        height += view.horizontalScrollBar().sizeHint().height()
    return height


class TotalsView(QWidget):
    """The two totals tables side by side, filled from a ``PlanTotals``. Amounts are in the
    plan's currency, named once in each table's title rather than in every column's, so the
    names (axes, sources) keep the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes_model = TotalsModel(self._axis_headers(), progress_column=6)
        self.sources_model = TotalsModel(self._source_headers())
        self.axes_model.setParent(self)
        self.sources_model.setParent(self)
        self.axes_view = _table(self.axes_model, "totals_by_axis", self)
        self.axes_view.setItemDelegateForColumn(6, ProgressDelegate(self.axes_view))
        # The axis names take what the figures leave.
        self.axes_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sources_view = _table(self.sources_model, "totals_by_source", self)
        # The sources table is as wide as its contents ("Cooperación internacional" whole);
        # the axes table takes the rest of the width.
        self.sources_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.sources_view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sources_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel(
            self.tr(
                "Cancelled actions are counted among the actions, but left out of the money "
                "totals and of the progress."
            ),
            self,
        )
        self.note.setObjectName("totals_note")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # a quiet remark, in the palette's disabled text colour
        axes_box, sources_box = QVBoxLayout(), QVBoxLayout()
        self.axes_title = QLabel(self.tr("Totals by axis"), self)
        self.sources_title = QLabel(self.tr("Funding by source"), self)
        for title in (self.axes_title, self.sources_title):
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
        axes_box.addWidget(self.axes_title)
        axes_box.addWidget(self.axes_view)
        axes_box.addWidget(self.note)
        axes_box.addStretch(1)
        sources_box.addWidget(self.sources_title)
        sources_box.addWidget(self.sources_view)
        sources_box.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(axes_box, 1)
        layout.addLayout(sources_box, 0)
        self.currency = ""

    def wanted_height(self) -> int:
        """Height that shows every row of both tables without scrolling."""
        title = self.axes_title.sizeHint().height() + 6
        axes = _table_height(self.axes_view) + self.note.sizeHint().height() + 6
        sources = _table_height(self.sources_view)
        return title + max(axes, sources) + 4

    def fit_tables(self) -> None:
        """Each table exactly as tall as its rows."""
        for view in (self.axes_view, self.sources_view):
            view.setFixedHeight(_table_height(view))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_tables()  # a narrow window may bring the axes table's scroll bar

    def _titles(self, currency: str) -> None:
        suffix = f" ({currency})" if currency else ""
        self.axes_title.setText(self.tr("Totals by axis") + suffix)
        self.sources_title.setText(self.tr("Funding by source") + suffix)

    def _axis_headers(self) -> list[str]:
        return [
            self.tr("Axis"),
            self.tr("Actions"),
            self.tr("Budget"),
            self.tr("Cash"),
            self.tr("In kind"),
            self.tr("Not funded"),
            self.tr("Progress"),
        ]

    def _source_headers(self) -> list[str]:
        return [self.tr("Source"), self.tr("Cash"), self.tr("In kind"), self.tr("Total")]

    def set_totals(self, totals: PlanTotals, currency: str) -> None:
        if currency != self.currency:
            self.currency = currency
            self._titles(currency)
        money = format_amount
        axis_rows: list[list[Any]] = [
            [
                a.axis or self.tr("Without axis"),
                a.actions,
                money(a.budget),
                money(a.funded_cash),
                money(a.funded_in_kind),
                money(a.budget - a.funded_cash - a.funded_in_kind),
                a.progress,
            ]
            for a in totals.axes
        ]
        axis_rows.append(
            [
                self.tr("Whole plan"),
                totals.actions,
                money(totals.budget),
                money(totals.funded_cash),
                money(totals.funded_in_kind),
                money(totals.budget - totals.funded),
                totals.progress,
            ]
        )
        source_rows: list[list[Any]] = [
            [label(s.source), money(s.cash), money(s.in_kind), money(s.total)]
            for s in totals.sources
        ]
        source_rows.append(
            [
                self.tr("All sources"),
                money(totals.funded_cash),
                money(totals.funded_in_kind),
                money(totals.funded),
            ]
        )
        self.axes_model.set_rows(axis_rows)
        self.sources_model.set_rows(source_rows)
        self.fit_tables()
