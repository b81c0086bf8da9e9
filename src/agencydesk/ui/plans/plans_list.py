"""The Plans tab's list: every action plan with its owner, period, status, budget and progress."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import PlanStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.plans import PlanRecord
from agencydesk.services.plans import PlansService
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.plans.delegates import ProgressDelegate
from agencydesk.ui.plans.money import format_money
from agencydesk.ui.widgets import current_enum, fill_enum_combo, format_date
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, set_column_widths


def _period(plan: PlanRecord) -> str:
    d = plan.draft
    if not (d.period_start or d.period_end):
        return ""
    return f"{format_date(d.period_start)} – {format_date(d.period_end)}"


PLAN_COLUMNS: list[Column[PlanRecord]] = [
    Column("title", QT_TRANSLATE_NOOP("PlanColumns", "Plan"), lambda p: p.title, 40),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("PlanColumns", "Agenda or initiative"),
        lambda p: p.owner_name,
        30,
    ),
    Column("period_start", QT_TRANSLATE_NOOP("PlanColumns", "Period"), _period, 26),
    Column("status", QT_TRANSLATE_NOOP("PlanColumns", "Status"), lambda p: p.draft.status, 10),
    Column(
        "version",
        QT_TRANSLATE_NOOP("PlanColumns", "Version"),
        lambda p: p.draft.version,
        6,
        numeric=True,
    ),
    Column(
        "actions",
        QT_TRANSLATE_NOOP("PlanColumns", "Actions"),
        lambda p: p.actions_count,
        6,
        numeric=True,
    ),
    Column(
        "budget",
        QT_TRANSLATE_NOOP("PlanColumns", "Budget"),
        lambda p: format_money(p.budget_total, p.draft.currency),
        20,
        numeric=True,
        kind="money",
        export=lambda p: p.budget_total,
    ),
    Column(
        "progress",
        QT_TRANSLATE_NOOP("PlanColumns", "Progress"),
        lambda p: p.progress,
        12,
        kind="percent",
    ),
]
PROGRESS_COLUMN = len(PLAN_COLUMNS) - 1


def plans_model(plans: PlansService, parent: QWidget | None = None) -> LazyTableModel:
    return LazyTableModel(
        PLAN_COLUMNS, plans.plan_ids, plans.plans, "PlanColumns", "title", parent=parent
    )


class PlansListPage(QWidget):
    plan_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, plans: PlansService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = plans_model(plans, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("plans_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Title, agenda or initiative"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("plans_status_filter")
        fill_enum_combo(self.status_filter, PlanStatus, self.tr("All statuses"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.new_button = QPushButton(self.tr("&New plan"), self)
        self.new_button.setObjectName("new_plan_button")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("open_plan_button")
        self.delete_button = QPushButton(self.tr("&Delete plan…"), self)
        self.delete_button.setObjectName("delete_plan_button")
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
        toolbar.addStretch(1)
        toolbar.addWidget(self.open_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self.view.setObjectName("plans_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.view, self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.activated.connect(lambda _index: self._open())
        self.open_button.clicked.connect(self._open)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self._delete)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def filters(self) -> dict[str, object]:
        status = current_enum(self.status_filter, PlanStatus)
        return {"status": status.value} if status else {}

    def refresh(self) -> None:
        """Query again, keeping the search, the sort and the selected plan."""
        self._debounce.stop()
        selected = self.selected_id()
        try:
            self.model.set_search(self.search.text(), self.filters())
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()
            return
        count = self.model.rowCount()
        filtered = bool(self.search.text().strip() or self.filters())
        if filtered:
            self.count_label.setText(self.tr("%n plan(s) found", "", count))
        else:
            self.count_label.setText(self.tr("%n plan(s)", "", count))
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(
            self.tr("No plan matches the search or the filter.")
            if filtered
            else self.tr("There are no action plans yet. Create one with “New plan”.")
        )
        if selected is not None:
            self.select_id(selected)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_id(self, plan_id: int) -> bool:
        row = self.model.row_of(plan_id)
        if row is None:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return True

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Action plans"), self.model)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self) -> None:
        plan_id = self.selected_id()
        if plan_id is not None:
            self.plan_requested.emit(plan_id)

    def _delete(self) -> None:
        plan_id = self.selected_id()
        if plan_id is not None:
            self.delete_requested.emit(plan_id)
