"""The Plans area of the main window: the list of plans (opening one shows its panel) and the
list of every action across plans."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.services.actors import ActorsService
from agencydesk.services.plans import PlansService
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.plans.actions_list import AllActionsPage
from agencydesk.ui.plans.plan_panel import PlanPanel
from agencydesk.ui.plans.plans_list import PlansListPage
from agencydesk.ui.plans.refreshing import ShownRefresh
from agencydesk.ui.plans.undo import action_ops, plan_ops
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon

_LIST, _PANEL = 0, 1


class PlansArea(QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo made here."""

    def __init__(
        self,
        actors: ActorsService,
        plans: PlansService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        plan_panel: PlanPanel | None = None,
        load_now: bool = True,
    ) -> None:
        """``plan_panel``: the panel to open plans in (with its timeline and indicators);
        ``load_now=False`` leaves the lists empty until ``refresh()`` (a faster first paint)."""
        super().__init__(parent)
        self.plans = plans
        self.undo_stack = undo_stack
        self.panel = plan_panel or PlanPanel(actors, plans, undo_stack)
        self.plans_page = PlansListPage(plans, self)
        self.actions_page = AllActionsPage(plans, self)

        # The same back button as an initiative's or an agenda's page. Alt+Left and no Alt
        # letter, as on an initiative's page: with a plan's tabs, buttons and indicators form
        # on show, the English words leave no letter free for it (tests/ui/test_mnemonics.py).
        self.back_button = QPushButton(self.tr("All plans"), self)
        TintedStandardIcon(self.back_button, QStyle.StandardPixmap.SP_ArrowBack)
        self.back_button.setObjectName("back_to_plans_button")
        back = QKeySequence(QKeySequence.StandardKey.Back)
        self.back_button.setShortcut(back)
        self.back_button.setToolTip(
            self.tr("Back to the list of plans (%1)").replace(
                "%1", back.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        panel_page = QWidget(self)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        panel_layout = QVBoxLayout(panel_page)  # the margins of the other pages
        panel_layout.addLayout(back_row)
        panel_layout.addWidget(self.panel, 1)
        self.plans_stack = QStackedWidget(self)
        self.plans_stack.addWidget(self.plans_page)
        self.plans_stack.addWidget(panel_page)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plans_area_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plans_stack, self.tr("&Plans"))
        self.tabs.addTab(self.actions_page, self.tr("All &actions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.plans_page.plan_requested.connect(self.show_plan)
        self.plans_page.new_requested.connect(self._new_plan)
        self.plans_page.delete_requested.connect(self._delete_plan)
        self.actions_page.action_requested.connect(self.open_action)
        self.back_button.clicked.connect(self.show_list)
        self.panel.data_changed.connect(self._panel_changed)
        self.panel.plan_form.saved.connect(self._plan_saved)
        # After any push, undo or redo, each list reads again when it is on screen (at most
        # once per event-loop pass), or else when it is next shown.
        self._list_refresh = ShownRefresh(self.plans_page, self._read_plans, undo_stack)
        self._actions_refresh = ShownRefresh(self.actions_page, self._read_actions, undo_stack)
        if load_now:
            self.refresh()

    # --- navigation ------------------------------------------------------------------------

    def show_plan(self, plan_id: int) -> None:
        if self.panel.plan_id() != plan_id and not self.panel.confirm_close():
            return
        self.tabs.setCurrentIndex(0)
        self.plans_stack.setCurrentIndex(_PANEL)
        self.panel.show_plan(plan_id)
        self.plans_page.select_id(plan_id)

    def show_list(self) -> None:
        if not self.panel.confirm_close():
            return
        self.plans_stack.setCurrentIndex(_LIST)
        self._list_refresh.read_now_if_shown()
        self.plans_page.view.setFocus()

    def show_actions(
        self,
        status: ActionStatus | None = None,
        delayed: bool | None = None,
        plan_id: int | None = None,
    ) -> None:
        """The All actions tab with these filters (the dashboard's figures lead here)."""
        self.tabs.setCurrentWidget(self.actions_page)
        self.actions_page.set_filters(status, delayed, plan_id)

    def open_action(self, plan_id: int, action_id: int) -> None:
        """The action in its plan: the plan shown, the action selected and its form open."""
        self.show_plan(plan_id)
        if self.panel.plan_id() == plan_id:
            self.panel.open_action(action_id)

    def refresh(self) -> None:
        """Read both lists again now, keeping filters and selection."""
        self._read_plans()
        self._read_actions()

    def _read_plans(self) -> None:
        self._list_refresh.read_done()
        self.plans_page.refresh()

    def _read_actions(self) -> None:
        self._actions_refresh.read_done()
        try:
            choices = self.plans.plan_choices()
        except UserError as exc:
            tell(self, self.tr("Cannot read the database"), user_error_text(exc))
            return
        self.actions_page.set_plans(choices)
        self.actions_page.refresh()

    def lists_stale(self) -> bool:
        """Whether a list will read again when next shown."""
        return self._list_refresh.stale or self._actions_refresh.stale

    # --- the main window's commands --------------------------------------------------------

    def _panel_shown(self) -> bool:
        return self.tabs.currentIndex() == 0 and self.plans_stack.currentIndex() == _PANEL

    def new_record(self) -> None:
        """Ctrl+N: a new action in the plan on show, otherwise a new plan."""
        if self._panel_shown():
            self.panel.new_record()
            return
        plan_id = self.actions_page.filters().get("plan_id")
        if self.tabs.currentWidget() is self.actions_page and isinstance(plan_id, int):
            self.show_plan(plan_id)
            self.panel.new_record()
            return
        self._new_plan()

    def save_current(self) -> None:
        self.panel.save_current()

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.actions_page:
            self.actions_page.focus_search()
        elif not self._panel_shown():
            self.plans_page.focus_search()

    def delete_selected(self) -> None:
        """The Delete key: the selected plan, or action, while its list has the focus."""
        if self._panel_shown():
            self.panel.delete_selected()
        elif self.tabs.currentWidget() is self.actions_page:
            action = self.actions_page.selected_action()
            if self.actions_page.view.hasFocus() and action is not None:
                delete_with_undo(
                    self,
                    self.panel.context,
                    action.id,
                    action_ops(self.plans),
                    self.tr("Delete action"),
                    self.tr("Delete action “%1”"),
                )
        elif self.plans_page.view.hasFocus() and self.plans_page.selected_id() is not None:
            self._delete_plan(self.plans_page.selected_id())

    def confirm_close(self) -> bool:
        return self.panel.confirm_close()

    # --- plans -----------------------------------------------------------------------------

    def _new_plan(self) -> None:
        self.panel.new_plan(for_initiative=False)

    def _plan_saved(self, plan_id: int) -> None:
        self._read_plans()  # a new plan is selected in the list behind its panel
        self.show_plan(plan_id)

    def _delete_plan(self, plan_id: int | None) -> None:
        if plan_id is None:
            return
        delete_with_undo(
            self,
            self.panel.context,
            plan_id,
            plan_ops(self.plans),
            self.tr("Delete action plan"),
            self.tr("Delete action plan “%1”"),
        )

    # --- after writes ----------------------------------------------------------------------

    def _panel_changed(self) -> None:
        """A write made here: the list on screen shows it at once, the other when shown; the
        stack move that follows needs no second read."""
        for refresh in (self._list_refresh, self._actions_refresh):
            refresh.request()
            refresh.read_now_if_shown()
            refresh.skip_next_move()
        self.data_changed.emit()

    def focus_default(self) -> None:
        self.plans_page.view.setFocus(Qt.FocusReason.OtherFocusReason)
