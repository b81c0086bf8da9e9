"""The All actions tab: every action of every plan, filtered by status, plan, delay and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.plans import ActionRecord
from agencydesk.domain.records import NamedRef
from agencydesk.services.plans import PlansService
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.plans.action_tree import DELAYED_COLOR
from agencydesk.ui.plans.delegates import ProgressDelegate
from agencydesk.ui.widgets import current_enum, fill_enum_combo, set_current_enum
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, set_column_widths


def _delayed_tip() -> str:
    # The tree's sentence, so both places explain the mark alike.
    return QCoreApplication.translate(
        "ActionTreeModel", "Delayed: not done by its end date, or marked as delayed"
    )


ACTION_COLUMNS: list[Column[ActionRecord]] = [
    Column("plan", QT_TRANSLATE_NOOP("ActionColumns", "Plan"), lambda a: a.plan_title, 30),
    Column("code", QT_TRANSLATE_NOOP("ActionColumns", "Code"), lambda a: a.draft.code, 7),
    Column("title", QT_TRANSLATE_NOOP("ActionColumns", "Action"), lambda a: a.title, 40),
    Column(
        "responsible",
        QT_TRANSLATE_NOOP("ActionColumns", "Responsible"),
        lambda a: a.responsible_short or a.responsible_name,
        16,
    ),
    Column("end_date", QT_TRANSLATE_NOOP("ActionColumns", "End"), lambda a: a.draft.end_date, 12),
    # The status cell carries the delayed mark too (a column of its own mostly repeated it).
    Column("status", QT_TRANSLATE_NOOP("ActionColumns", "Status"), lambda a: a.draft.status, 13),
    Column(
        "progress",
        QT_TRANSLATE_NOOP("ActionColumns", "Progress"),
        lambda a: a.draft.progress_pct,
        12,
        kind="percent",
    ),
]
STATUS_COLUMN, PROGRESS_COLUMN = 5, 6
_MARKED = (1, 4, STATUS_COLUMN)  # code, end and status turn red when delayed


class ActionsListModel(LazyTableModel):
    """The lazy list, with delayed actions marked in red and a warning icon in their status."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            record = self.record_at(index.row())
            if record is None or not record.delayed:
                return None
            if role == Qt.ItemDataRole.ForegroundRole and index.column() in _MARKED:
                return QBrush(DELAYED_COLOR)
            if role == Qt.ItemDataRole.DecorationRole and index.column() == STATUS_COLUMN:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, STATUS_COLUMN):
            record = self.record_at(index.row())
            if record is None:
                return None
            if index.column() == 3:
                return record.responsible_name
            if record.delayed:
                return _delayed_tip()
        return super().data(index, role)


class AllActionsPage(QWidget):
    action_requested = Signal(int, int)  # plan id, action id

    def __init__(self, plans: PlansService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionsListModel(
            ACTION_COLUMNS, plans.action_ids, plans.actions, "ActionColumns", "plan", parent=self
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("actions_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code, action, axis, responsible or indicator"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("actions_status_filter")
        fill_enum_combo(self.status_filter, ActionStatus, self.tr("All statuses"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.plan_filter = QComboBox(self)
        self.plan_filter.setObjectName("actions_plan_filter")
        self.plan_filter.setAccessibleName(self.tr("Plan filter"))
        self.plan_filter.setMinimumContentsLength(24)
        self.plan_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_filter.addItem(self.tr("All plans"), None)
        self.delayed_check = QCheckBox(self.tr("Only &delayed"), self)
        self.delayed_check.setObjectName("actions_delayed_filter")
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Save the rows of the list, as searched and filtered, to Excel or CSV")
        )
        self.export_button.clicked.connect(self.export_rows)
        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search, 2)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.plan_filter, 1)
        toolbar.addWidget(self.delayed_check)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self.view.setObjectName("actions_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Cut at the end, as everywhere: a cut in the middle ("H. Ayu…achula") reads as
        # neither name. The whole text is in the tooltip.
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTabKeyNavigation(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.view))
        self.view.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.view, self.model)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the action's title
        self.count_label = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status_filter, self.plan_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.delayed_check.toggled.connect(lambda _c: self.refresh())
        self.view.activated.connect(self._activated)

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Actions"), self.model)

    # --- filters ---------------------------------------------------------------------------

    def set_plans(self, plans: list[NamedRef]) -> None:
        chosen = self.plan_filter.currentData()
        self.plan_filter.blockSignals(True)
        self.plan_filter.clear()
        self.plan_filter.addItem(self.tr("All plans"), None)
        for ref in plans:
            self.plan_filter.addItem(ref.name, ref.id)
            self.plan_filter.setItemData(
                self.plan_filter.count() - 1, ref.detail, Qt.ItemDataRole.ToolTipRole
            )
        self.plan_filter.setCurrentIndex(max(self.plan_filter.findData(chosen), 0))
        self.plan_filter.blockSignals(False)

    def filters(self) -> dict[str, object]:
        chosen: dict[str, object] = {}
        status = current_enum(self.status_filter, ActionStatus)
        if status is not None:
            chosen["status"] = status.value
        if self.plan_filter.currentData() is not None:
            chosen["plan_id"] = int(self.plan_filter.currentData())
        if self.delayed_check.isChecked():
            chosen["delayed"] = True
        return chosen

    def set_filters(
        self,
        status: ActionStatus | None = None,
        delayed: bool | None = None,
        plan_id: int | None = None,
    ) -> None:
        """Show the actions the dashboard points at (filters not given are cleared)."""
        widgets = (self.status_filter, self.plan_filter, self.delayed_check, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        set_current_enum(self.status_filter, status)
        self.plan_filter.setCurrentIndex(max(self.plan_filter.findData(plan_id), 0))
        self.delayed_check.setChecked(bool(delayed))
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        try:
            self.model.set_search(self.search.text(), self.filters())
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()
            return
        count = self.model.rowCount()
        filtered = bool(self.search.text().strip() or self.filters())
        if filtered:
            self.count_label.setText(self.tr("%n action(s) found", "", count))
        else:
            self.count_label.setText(self.tr("%n action(s)", "", count))
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(
            self.tr("No action matches the search or the filters.")
            if filtered
            else self.tr("There are no actions yet. Add them in a plan.")
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_action(self) -> ActionRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is not None:
            self.action_requested.emit(record.draft.plan_id, record.id)
