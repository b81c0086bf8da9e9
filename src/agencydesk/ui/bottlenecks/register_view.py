"""The register's table view: row selection, sorting, and column widths that suit its labels
and its long names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from agencydesk.domain.enums import BottleneckCategory, BottleneckStatus
from agencydesk.ui.bottlenecks.model import (
    CATEGORY_COLUMN,
    COMPETENT_COLUMN,
    STATUS_COLUMN,
    TITLE_COLUMN,
    BottleneckTableModel,
)
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import set_column_widths


def setup_register_view(view: QTableView, model: BottleneckTableModel) -> LongColumns:
    """Set ``view`` up over ``model``; returns what keeps its long columns fitted."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    set_column_widths(view, model)
    # Category and status hold one of a few labels: as wide as the longest in this language
    # (Spanish "Funciones y trámites", "Solución acordada"), the status with its chip.
    metrics = view.fontMetrics()
    for column, enum_cls, extra in (
        (CATEGORY_COLUMN, BottleneckCategory, 16),
        (STATUS_COLUMN, BottleneckStatus, 36),
    ):
        widest = max(metrics.horizontalAdvance(label(m)) for m in enum_cls)
        view.setColumnWidth(column, max(view.columnWidth(column), widest + extra))
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 6)
    # The title and the competent entity (long names) share the room the short columns
    # leave, cut with "…" and whole in the tooltip.
    return LongColumns(view, [TITLE_COLUMN, COMPETENT_COLUMN])


def register_height(view: QTableView, rows: int) -> int:
    """The height that shows ``rows`` rows of the register under its header."""
    header = view.horizontalHeader().sizeHint().height()
    row = view.verticalHeader().defaultSectionSize()
    return header + rows * row + 2 * view.frameWidth() + 4
