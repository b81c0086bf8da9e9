"""An agenda's page: its fields and overall progress, its goals and priority sectors as
ordered lists, its initiatives and plans, and (when given) its indicators.

The page shows and asks; the area writes (see ``area.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.agendas import AgendaInitiativeSummary, AgendaPlanSummary, AgendaRecord
from agencydesk.domain.enums import GoalKind
from agencydesk.ui.agendas.list_page import period_text
from agencydesk.ui.agendas.ordered_list import OrderedListEditor
from agencydesk.ui.agendas.progress import ProgressDelegate, percent_text
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.table_model import Column, RecordListModel, set_column_widths
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon

INITIATIVE_COLUMNS: list[Column[AgendaInitiativeSummary]] = [
    Column(None, QT_TRANSLATE_NOOP("AgendaPage", "Initiative"), lambda i: i.name, 40),
    Column(None, QT_TRANSLATE_NOOP("AgendaPage", "Kind"), lambda i: i.kind, 26),
    Column(None, QT_TRANSLATE_NOOP("AgendaPage", "Status"), lambda i: i.status, 12),
]
PLAN_COLUMNS: list[Column[AgendaPlanSummary]] = [
    Column(None, QT_TRANSLATE_NOOP("AgendaPage", "Plan"), lambda p: p.title, 40),
    Column(
        None, QT_TRANSLATE_NOOP("AgendaPage", "Of the initiative"), lambda p: p.initiative_name, 30
    ),
    Column(None, QT_TRANSLATE_NOOP("AgendaPage", "Status"), lambda p: p.status, 12),
    Column(
        None, QT_TRANSLATE_NOOP("AgendaPage", "Progress"), lambda p: percent_text(p.progress), 16
    ),
]


def _bold(widget: QLabel, scale: float = 1.0) -> QLabel:
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def _table(model: RecordListModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    set_column_widths(view, model)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def _fit_rows(view: QTableView, rows: int, most: int = 12) -> None:
    """No taller than its rows (up to ``most``, then it scrolls): two initiatives should not
    sit above a screenful of empty table."""
    shown = max(1, min(rows, most))
    height = (
        view.horizontalHeader().sizeHint().height()
        + shown * view.verticalHeader().defaultSectionSize()
        + 2 * view.frameWidth()
        + 2
    )
    view.setMaximumHeight(height)


class AgendaPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    initiative_requested = Signal(int)
    plan_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: AgendaRecord | None = None
        self.back_button = QPushButton(self.tr("&All agendas"), self)
        TintedStandardIcon(self.back_button, QStyle.StandardPixmap.SP_ArrowBack)
        self.back_button.setToolTip(self.tr("Back to the list of agendas"))
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(self.tr("Edi&t agenda…"), self)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("&Delete agenda…"), self)
        self.delete_button.clicked.connect(self.delete_requested)
        self.heading = _bold(QLabel(self), 1.35)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.progress_caption = QLabel(self.tr("Progress of its plans:"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(320)
        self.progress.setAccessibleName(self.tr("Progress of the agenda's plans"))
        self.progress_none = QLabel(self)
        self.progress_none.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_caption)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_none)
        progress_row.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_goals_tab(), "")
        self.tabs.addTab(self._build_links_tab(), "")
        self.indicators_panel: QWidget | None = None
        self.meetings_panel: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(progress_row)
        layout.addWidget(self.tabs, 1)

    # --- building ----------------------------------------------------------------------------

    def _build_goals_tab(self) -> QWidget:
        tab = QWidget()
        self.fields = QFormLayout()
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields_box = QWidget()
        fields_box.setLayout(self.fields)
        fields_scroll = QScrollArea()
        fields_scroll.setWidget(fields_box)
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.strategic = OrderedListEditor(
            self.tr("&Strategic goals (what)"),
            self.tr("New strategic goal"),
            self.tr("No strategic goal yet: what the territory wants to achieve."),
            lambda goal: goal.statement,
            hint=self.tr("New strategic goal, then Enter"),
        )
        self.management = OrderedListEditor(
            self.tr("&Management goals (how)"),
            self.tr("New management goal"),
            self.tr("No management goal yet: how the actors will work together."),
            lambda goal: goal.statement,
            hint=self.tr("New management goal, then Enter"),
        )
        self.priorities = OrderedListEditor(
            self.tr("&Priority sectors and value chains"),
            self.tr("New sector or value chain"),
            self.tr("No priority sector yet."),
            lambda priority: priority.name,
            hint=self.tr("New sector or value chain, then Enter"),
        )
        lists = QHBoxLayout()
        lists.addWidget(self.strategic, 5)
        lists.addWidget(self.management, 5)
        lists.addWidget(self.priorities, 3)
        layout = QVBoxLayout(tab)
        layout.addWidget(fields_scroll)
        layout.addLayout(lists, 1)
        return tab

    def _build_links_tab(self) -> QWidget:
        tab = QWidget()
        self.initiatives = RecordListModel(INITIATIVE_COLUMNS, "AgendaPage", parent=self)
        self.initiatives_view = _table(self.initiatives)
        self.initiatives_view.activated.connect(self._initiative_activated)
        self.initiatives_title = _bold(QLabel(self))
        self.initiatives_title.setBuddy(self.initiatives_view)
        self.initiatives_empty = QLabel(
            self.tr("No initiative or mesa belongs to this agenda yet."), self
        )
        self.plans = RecordListModel(PLAN_COLUMNS, "AgendaPage", parent=self)
        self.plans_view = _table(self.plans)
        self.plans_view.setItemDelegateForColumn(
            len(PLAN_COLUMNS) - 1, ProgressDelegate(self._plan_progress, self.plans_view)
        )
        self.plans_view.activated.connect(self._plan_activated)
        self.plans_title = _bold(QLabel(self))
        self.plans_title.setBuddy(self.plans_view)
        self.plans_empty = QLabel(
            self.tr("No action plan yet, neither the agenda's own nor of its initiatives."), self
        )
        hint = QLabel(self.tr("Double-click an initiative or a plan to open it."), self)
        hint.setEnabled(False)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.initiatives_title)
        layout.addWidget(self.initiatives_empty)
        layout.addWidget(self.initiatives_view, 1)
        layout.addSpacing(8)
        layout.addWidget(self.plans_title)
        layout.addWidget(self.plans_empty)
        layout.addWidget(self.plans_view, 1)
        layout.addSpacing(4)
        layout.addWidget(hint)
        layout.addStretch(1)
        return tab

    def set_indicators_panel(self, panel: QWidget) -> None:
        """Show ``panel`` (helper D's IndicatorsPanel) as the page's third tab."""
        self.indicators_panel = panel
        self.tabs.addTab(panel, self.tr("&Indicators"))

    def set_meetings_panel(self, panel: QWidget) -> None:
        """Show ``panel`` (a MeetingsPanel: the agenda's own sessions) as a tab; its title
        counts them (the panel's ``counted`` signal)."""
        self.meetings_panel = panel
        self.tabs.addTab(panel, "")
        panel.counted.connect(self._retitle_meetings)  # type: ignore[attr-defined]
        self._retitle_meetings(0)

    def _retitle_meetings(self, count: int) -> None:
        if self.meetings_panel is not None:
            index = self.tabs.indexOf(self.meetings_panel)
            self.tabs.setTabText(index, self.tr("&Meetings (%n)", "", count))

    # --- showing -----------------------------------------------------------------------------

    def show_agenda(
        self,
        record: AgendaRecord,
        initiatives: list[AgendaInitiativeSummary],
        plans: list[AgendaPlanSummary],
    ) -> None:
        self.record = record
        draft = record.draft
        self.heading.setText(record.title)
        parts = [label(draft.status), record.territory_name or ""]
        parts.append(period_text(draft.period_start, draft.period_end))
        if record.convener_name:
            parts.append(self.tr("convened by %1").replace("%1", record.convener_name))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        measured = record.progress is not None
        self.progress.setVisible(measured)
        self.progress.setValue(record.progress or 0)
        self.progress.setFormat(percent_text(record.progress))
        self.progress_none.setVisible(not measured)
        self.progress_none.setText(self.tr("nothing to measure yet (no actions in its plans)"))

        while self.fields.rowCount():
            self.fields.removeRow(0)
        for caption, value in (
            (self.tr("Vision:"), draft.vision),
            (self.tr("Notes:"), draft.notes),
        ):
            if value:
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(_bold(QLabel(caption)), shown)
        if not self.fields.rowCount():
            self.fields.addRow(QLabel(self.tr("No vision written yet: use “Edit agenda…”.")))

        self.strategic.set_records(record.goals_of(GoalKind.STRATEGIC))
        self.management.set_records(record.goals_of(GoalKind.MANAGEMENT))
        self.priorities.set_records(record.priorities)
        goals = len(record.goals) + len(record.priorities)
        self.tabs.setTabText(0, self.tr("&Goals and priorities (%n)", "", goals))
        self.tabs.setTabText(
            1,
            self.tr("I&nitiatives and plans (%n)", "", len(initiatives) + len(plans)),
        )

        self.initiatives.set_records(initiatives)
        _fit_rows(self.initiatives_view, len(initiatives))
        self.initiatives_title.setText(self.tr("Initiatives and mesas (%n)", "", len(initiatives)))
        self.initiatives_view.setVisible(bool(initiatives))
        self.initiatives_empty.setVisible(not initiatives)
        self.plans.set_records(plans)
        _fit_rows(self.plans_view, len(plans))
        self.plans_title.setText(self.tr("Action plans (%n)", "", len(plans)))
        self.plans_view.setVisible(bool(plans))
        self.plans_empty.setVisible(not plans)

    def focused_list(self) -> OrderedListEditor | None:
        """The goals or priorities list that has the keyboard focus, if any."""
        for editor in (self.strategic, self.management, self.priorities):
            if editor.has_focus_inside():
                return editor
        return None

    # --- opening what it links to --------------------------------------------------------------

    def _plan_progress(self, index: QModelIndex) -> int | None:
        plan = self.plans.record_at(index.row())
        return plan.progress if plan is not None else None

    def _initiative_activated(self, index: QModelIndex) -> None:
        initiative = self.initiatives.record_at(index.row())
        if initiative is not None:
            self.initiative_requested.emit(initiative.id)

    def _plan_activated(self, index: QModelIndex) -> None:
        plan = self.plans.record_at(index.row())
        if plan is not None:
            self.plan_requested.emit(plan.id)
