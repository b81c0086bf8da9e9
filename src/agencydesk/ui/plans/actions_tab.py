"""The plan's Actions tab: buttons, the tree of actions by axis (edited in place), and the
totals under it. Writing is the panel's business: this tab shows and reports what is chosen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.plans import ActionRecord, plan_totals
from agencydesk.ui.plans.action_tree import (
    AXIS_ROLE,
    COL_BUDGET,
    COL_CODE,
    COL_END,
    COL_PROGRESS,
    COL_RESPONSIBLE,
    COL_START,
    COL_STATUS,
    COL_TITLE,
    ActionTreeModel,
    Writer,
)
from agencydesk.ui.plans.delegates import DateDelegate, ProgressDelegate, StatusDelegate
from agencydesk.ui.plans.totals import TotalsView
from agencydesk.ui.widgets import FieldMessage
from agencydesk.ui.widgets.list_export import export_list
from agencydesk.ui.widgets.table_model import Column

# Usual widths in average characters (the title column takes the rest).
_WIDTHS = {
    COL_CODE: 9,
    COL_RESPONSIBLE: 16,
    COL_START: 11,
    COL_END: 11,
    COL_BUDGET: 14,
    COL_STATUS: 12,
    COL_PROGRESS: 11,
}

# Export… : the tree's columns as flat rows, with each action's axis (the tree's grouping).
# Headers in the tree model's context, where the tree's own headers are translated.
_EXPORT_COLUMNS: list[Column[ActionRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Code"), lambda a: a.draft.code),
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Axis"), lambda a: a.draft.axis),
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Action"), lambda a: a.title),
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Responsible"), lambda a: a.responsible_name),
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Start"), lambda a: a.draft.start_date),
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "End"), lambda a: a.draft.end_date),
    Column(None, "", lambda a: a.draft.budget, kind="money"),  # header: the tree's, with currency
    Column(None, QT_TRANSLATE_NOOP("ActionTreeModel", "Status"), lambda a: a.draft.status),
    Column(
        None,
        QT_TRANSLATE_NOOP("ActionTreeModel", "Progress"),
        lambda a: a.draft.progress_pct,
        kind="percent",
    ),
]


class ActionsTab(QWidget):
    open_requested = Signal(int)  # an action id: open its form
    selection_changed = Signal()

    def __init__(self, write: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not E and D: an initiative's Edit and Delete… show above these on its Plan tab.
        self.new_button = QPushButton(self.tr("&New action"), self)
        self.new_button.setObjectName("new_action_button")
        self.edit_button = QPushButton(self.tr("Edit a&ction…"), self)
        self.edit_button.setObjectName("edit_action_button")
        self.delete_button = QPushButton(self.tr("De&lete action…"), self)
        self.delete_button.setObjectName("delete_action_button")
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(self.tr("Save the plan's actions to Excel or CSV"))
        self.export_button.clicked.connect(self.export_rows)
        self.plan_title = ""
        self.hint = QLabel(
            self.tr(
                "Click the status, progress or a date of a selected action to change it here; "
                "double-click an action to open its form."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addWidget(self.hint, 1)
        toolbar.addWidget(self.export_button)
        self.message = FieldMessage(self)
        self.empty_label = QLabel(
            self.tr("This plan has no actions yet. Add the first one with “New action”."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.model = ActionTreeModel(write, self)
        self.view = QTreeView(self)
        self.view.setObjectName("actions_tree")
        self.view.setAccessibleName(self.tr("Actions by axis"))
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Double-click opens the form; a click on a selected cell, F2 or typing edits in place.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setExpandsOnDoubleClick(False)
        self.view.setItemDelegateForColumn(COL_START, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_END, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

        self.totals = TotalsView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        tree_box = QWidget(self.splitter)
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.empty_label)
        tree_layout.addWidget(self.view, 1)
        self.splitter.addWidget(tree_box)
        self.splitter.addWidget(self.totals)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # Until the user drags the handle, the totals get just the height they need.
        self._user_sized = False
        self.splitter.splitterMoved.connect(self._splitter_moved)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        # activated: a double-click, or Enter (a single click where the platform says so).
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.edit_button.clicked.connect(self._edit_clicked)
        self.model.modelReset.connect(self._after_reset)
        self._update_buttons()

    # --- content ---------------------------------------------------------------------------

    def set_actions(
        self, actions: Sequence[ActionRecord], currency: str, plan_title: str = ""
    ) -> None:
        selected = self.selected_action_id()
        self.plan_title = plan_title
        currency_changed = currency != self.model.currency
        self.model.set_actions(actions, currency)
        if currency_changed:  # "Budget (PEN)" needs more room than "Budget"
            self._fit_columns()
        self.refresh_totals()
        self.empty_label.setVisible(not actions)
        if selected is not None and self.selected_action_id() != selected:
            self.select_action(selected)

    def export_rows(self) -> None:
        """Export… : every action of the plan, axis by axis as the tree orders them."""
        headers = [
            QCoreApplication.translate("ActionTreeModel", c.header) if c.header else ""
            for c in _EXPORT_COLUMNS
        ]
        headers[6] = str(self.model.headerData(COL_BUDGET, Qt.Orientation.Horizontal))
        title = self.plan_title or self.tr("Actions")
        export_list(self, title, _EXPORT_COLUMNS, self.model.actions(), "", headers)

    def _fit_columns(self) -> None:
        """The usual widths, and never narrower than the column's title."""
        char = self.view.fontMetrics().averageCharWidth()
        header = self.view.header()
        for column, width in _WIDTHS.items():
            wanted = width * char + 16
            if column == COL_CODE:  # the tree's indentation and the delayed mark
                wanted += self.view.indentation() + 8
            self.view.setColumnWidth(column, max(wanted, header.sectionSizeHint(column)))

    def refresh_totals(self) -> None:
        """Totals from the records on show: they follow every edit at once, no query."""
        self.totals.set_totals(plan_totals(self.model.actions()), self.model.currency)
        self._fit_totals()

    def _fit_totals(self) -> None:
        if self._user_sized:
            return
        available = self.splitter.height() - self.splitter.handleWidth()
        wanted = self.totals.wanted_height()
        if available <= 0:
            self.splitter.setSizes([3 * wanted, wanted])
            return
        # Every total row shows (they are the point of the strip), as long as the tree keeps
        # a few rows of its own: it is what the user works in.
        row = self.view.fontMetrics().height() + 8
        tree_least = self.view.header().sizeHint().height() + 5 * row
        totals = max(min(wanted, available - tree_least), min(wanted, available // 2))
        self.splitter.setSizes([available - totals, totals])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_totals()

    def _after_reset(self) -> None:
        self.view.expandAll()
        self._update_buttons()

    # --- selection -------------------------------------------------------------------------

    def selected_action_id(self) -> int | None:
        action = self.model.action_at(self.view.currentIndex())
        selected = self.view.selectionModel().hasSelection()
        return action.id if action is not None and selected else None

    def selected_axis(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(AXIS_ROLE) if index.isValid() else None

    def select_action(self, action_id: int) -> bool:
        index = self.model.index_of(action_id)
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected_action_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        action = self.model.action_at(index)
        if action is not None:
            self.open_requested.emit(action.id)
        elif index.isValid():
            first = index.siblingAtColumn(0)
            self.view.setExpanded(first, not self.view.isExpanded(first))

    def _edit_clicked(self) -> None:
        action_id = self.selected_action_id()
        if action_id is not None:
            self.open_requested.emit(action_id)
