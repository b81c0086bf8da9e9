"""One action plan: its header, its actions by axis with their totals, its timeline and its
indicators. Used by the Plans area and by an initiative's Plan tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.plans import DEFAULT_CURRENCY, ActionRecord, PlanRecord
from agencydesk.services.actors import ActorsService
from agencydesk.services.plans import PlansService
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.plans.action_form import ActionForm
from agencydesk.ui.plans.actions_tab import ActionsTab
from agencydesk.ui.plans.form_dialog import FormDialog
from agencydesk.ui.plans.plan_form import PlanForm
from agencydesk.ui.plans.plan_header import PlanHeader
from agencydesk.ui.plans.refreshing import ShownRefresh
from agencydesk.ui.plans.undo import action_fields_ops, action_ops
from agencydesk.ui.undo import EditCommand, WriteContext
from agencydesk.ui.widgets import tell

_EMPTY, _PLAN = 0, 1


class PlanPanel(QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo made from this panel."""

    def __init__(
        self,
        actors: ActorsService,
        plans: PlansService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        indicators_panel: QWidget | None = None,
        timeline_factory: Callable[[QWidget], QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plans = plans
        self.undo_stack = undo_stack
        self.context = WriteContext(actors, undo_stack, self._written, self._report)
        self._plan: PlanRecord | None = None
        self._initiative_id: int | None = None

        # No plan: a sentence, and for an initiative the button that creates its plan.
        empty = QWidget(self)
        self.empty_label = QLabel(empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_plan_button = QPushButton(self.tr("&Create the action plan"), empty)
        self.create_plan_button.setObjectName("create_plan_button")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.create_plan_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        page = QWidget(self)
        self.header = PlanHeader(page)
        self.edit_plan_button = self.header.edit_button
        self.actions_tab = ActionsTab(self._write_fields, page)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("plan_tabs")
        self.tabs.setDocumentMode(True)
        # Alt letters shared with no other control on show: tests/ui/test_mnemonics.py.
        self.tabs.addTab(self.actions_tab, self.tr("Acti&ons"))
        self.timeline: QWidget | None = None
        if timeline_factory is not None:
            self.timeline = timeline_factory(self.tabs)
            self.tabs.addTab(self.timeline, self.tr("&Timeline"))
            activated = getattr(self.timeline, "action_activated", None)
            if activated is not None:  # the timeline opens an action like the tree does
                activated.connect(self.open_action)
        self.indicators_panel = indicators_panel
        if indicators_panel is not None:
            self.tabs.addTab(indicators_panel, self.tr("Indicato&rs"))
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.action_form = ActionForm(self.context, plans)
        self.action_dialog = FormDialog(self.action_form, self)
        self.action_dialog.setObjectName("action_dialog")
        self.action_dialog.resize(960, 780)
        self.plan_form = PlanForm(self.context, plans)
        self.plan_dialog = FormDialog(self.plan_form, self)
        self.plan_dialog.setObjectName("plan_dialog")
        self.plan_dialog.resize(620, 520)

        self.create_plan_button.clicked.connect(lambda: self.new_plan())
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.actions_tab.new_button.clicked.connect(self.new_record)
        self.actions_tab.delete_button.clicked.connect(self._delete_clicked)
        self.actions_tab.open_requested.connect(self.open_action)
        self.action_form.saved.connect(self._action_saved)
        self.plan_form.saved.connect(self.show_plan)
        # Writes made elsewhere (another page, an undo) show here: at once while on screen,
        # otherwise when next shown.
        self.refreshing = ShownRefresh(self, self.reload, undo_stack)
        self._show_empty(self.tr("Choose a plan to see its actions."), can_create=False)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def plan(self) -> PlanRecord | None:
        return self._plan

    def plan_id(self) -> int | None:
        return self._plan.id if self._plan else None

    def show_plan(self, plan_id: int) -> None:
        try:
            plan = self.plans.plan(plan_id)
        except UserError as exc:
            self._plan = None
            self._show_empty(user_error_text(exc), can_create=False)
            return
        changed = self._plan is None or self._plan.id != plan_id
        self._plan = plan
        if plan.draft.initiative_id is not None:
            self._initiative_id = plan.draft.initiative_id
        self.stack.setCurrentIndex(_PLAN)
        if changed or self.refreshing.stale or not self.refreshing.fresh:
            self.reload()  # (a saved plan form: its write was just read)
        if changed and self.indicators_panel is not None:
            show_for = getattr(self.indicators_panel, "show_for", None)
            if show_for is not None:
                show_for(plan_id=plan_id)

    def show_for_initiative(self, initiative_id: int) -> None:
        """Show the initiative's plan, or offer to create it."""
        self._initiative_id = initiative_id
        try:
            plan = self.plans.plan_of_initiative(initiative_id)
        except UserError as exc:
            self._show_empty(user_error_text(exc), can_create=False)
            return
        if plan is None:
            self._plan = None
            self._show_empty(
                self.tr(
                    "This initiative has no action plan yet. Create it to follow its actions, "
                    "their budget and their funding."
                ),
                can_create=True,
            )
            return
        self.show_plan(plan.id)

    def _show_empty(self, text: str, can_create: bool) -> None:
        self.empty_label.setText(text)
        self.create_plan_button.setVisible(can_create)
        self.stack.setCurrentIndex(_EMPTY)

    def reload(self) -> None:
        """Read the plan and its actions again (after a write, an undo, a write elsewhere)."""
        self.refreshing.read_done()
        if self._plan is None:
            return
        try:
            plan = self.plans.plan(self._plan.id)
            actions = self.plans.actions_of(plan.id)
        except UserError:
            # Deleted meanwhile (an undone creation): fall back to the initiative's state.
            self._plan = None
            if self._initiative_id is not None:
                self.show_for_initiative(self._initiative_id)
            else:
                self._show_empty(self.tr("This plan no longer exists."), can_create=False)
            return
        self._plan = plan
        self.header.show_plan(plan)
        self.actions_tab.set_actions(actions, plan.draft.currency, plan.title)
        self._update_timeline(actions)

    def _update_timeline(self, actions: list[ActionRecord]) -> None:
        set_bars = getattr(self.timeline, "set_bars", None)
        if set_bars is None:
            return
        try:  # the timeline is another module's; the plan works without it
            from agencydesk.domain.timeline import timeline_bars
        except ImportError:
            return
        set_bars(timeline_bars(actions), date.today())

    def is_stale(self) -> bool:
        """Whether the panel will read its plan again when next shown."""
        return self.refreshing.stale

    # --- plan ------------------------------------------------------------------------------

    def _owner_choices(self) -> tuple[Any, Any] | None:
        try:
            return self.plans.agenda_choices(), self.plans.initiative_choices()
        except UserError as exc:
            tell(self, self.tr("Action plan"), user_error_text(exc))
            return None

    def new_plan(self, for_initiative: bool = True) -> None:
        """The plan form; for the initiative on show, prefilled with it."""
        if not self.confirm_close():
            return
        choices = self._owner_choices()
        if choices is None:
            return
        agendas, initiatives = choices
        initiative_id = self._initiative_id if for_initiative else None
        name = next((r.name for r in initiatives if r.id == initiative_id), None)
        self.plan_form.load_new(
            agendas,
            initiatives,
            initiative_id=initiative_id,
            title=self.tr("Action plan of %1").replace("%1", name) if name else "",
            currency=self._usual_currency(),
        )
        self.plan_dialog.show_form(self.tr("New action plan"))
        self.plan_form.title_edit.setFocus()

    def _usual_currency(self) -> str:
        """The currency most plans of this database use (an office works in one)."""
        try:
            return self.plans.usual_currency() or DEFAULT_CURRENCY
        except UserError:
            return DEFAULT_CURRENCY

    def edit_plan(self) -> None:
        if self._plan is None or not self.confirm_close():
            return
        choices = self._owner_choices()
        if choices is None:
            return
        self.plan_form.load(self._plan, *choices)
        self.plan_dialog.show_form(self.tr("Edit action plan"))
        self.plan_form.title_edit.setFocus()

    # --- actions ---------------------------------------------------------------------------

    def _action_choices(self) -> tuple[list[str], Any] | None:
        assert self._plan is not None
        try:
            bottlenecks = self.plans.bottleneck_choices(self._plan.id)
        except UserError as exc:
            tell(self, self.tr("Action"), user_error_text(exc))
            return None
        axes = [a for a in self.actions_tab.model.axes() if a]
        return axes, bottlenecks

    def new_record(self) -> None:
        """A new action in the plan on show (in the selected axis); or a new plan."""
        if self._plan is None:
            if self.create_plan_button.isVisible():
                self.new_plan()
            return
        if not self.confirm_close():
            return
        choices = self._action_choices()
        if choices is None:
            return
        axes, bottlenecks = choices
        self.action_form.load_new(self._plan, axes, bottlenecks, self.actions_tab.selected_axis())
        self.action_dialog.show_form(self.tr("New action"))
        self.action_form.edits["title"].setFocus()

    def open_action(self, action_id: int) -> None:
        """Select the action and open its form."""
        if self._plan is None or not self.confirm_close():
            return
        self.actions_tab.select_action(action_id)
        try:
            record = self.plans.action(action_id)
        except UserError as exc:
            tell(self, self.tr("Action"), user_error_text(exc))
            self.reload()
            return
        choices = self._action_choices()
        if choices is None:
            return
        self.action_form.load(record, self._plan, *choices)
        self.action_dialog.show_form(self.tr("Edit action"))
        self.action_form.edits["title"].setFocus()

    def select_action(self, action_id: int) -> bool:
        self.tabs.setCurrentWidget(self.actions_tab)
        return self.actions_tab.select_action(action_id)

    def _action_saved(self, action_id: int) -> None:
        # The write already reloaded the tree (``_written``): only the selection is left.
        if self.refreshing.stale:
            self.reload()
        self.actions_tab.select_action(action_id)

    def _write_fields(self, action_id: int, changes: dict[str, Any]) -> bool:
        """An in-place edit of the tree: write it, show it, and make it one undoable step."""
        model = self.actions_tab.model
        current = model.action(action_id)
        if current is None:
            return False
        before = {key: getattr(current.draft, key) for key in changes}
        try:
            updated = self.plans.set_action_fields(action_id, **changes)
        except ValidationError as exc:
            self.actions_tab.message.show_error(
                " ".join(field_error_text(code) for code in exc.fields.values())
            )
            return False
        except UserError as exc:
            self.actions_tab.message.show_error(user_error_text(exc))
            self.refreshing.request()
            return False
        self.actions_tab.message.clear()
        after = {key: getattr(updated.draft, key) for key in changes}
        model.replace_action(updated)
        self.actions_tab.refresh_totals()
        self._update_timeline(model.actions())
        self._written(reload=False)
        text = self.tr("Change action “%1”").replace("%1", updated.name)
        ops = action_fields_ops(self.plans)
        self.undo_stack.push(EditCommand(text, ops, self.context, action_id, before, after))
        return True

    def _delete_clicked(self) -> None:
        self.delete_action(self.actions_tab.selected_action_id())

    def delete_action(self, action_id: int | None) -> None:
        if action_id is None:
            return
        deleted = delete_with_undo(
            self,
            self.context,
            action_id,
            action_ops(self.plans),
            self.tr("Delete action"),
            self.tr("Delete action “%1”"),
        )
        if deleted and self.refreshing.stale:
            self.reload()

    # --- the main window's commands --------------------------------------------------------

    def save_current(self) -> None:
        """Ctrl+S: save the open form, if any."""
        if self.action_dialog.isVisible():
            self.action_form.save()
        elif self.plan_dialog.isVisible():
            self.plan_form.save()

    def delete_selected(self) -> None:
        """The Delete key, while the tree has the focus (in a text field it deletes text)."""
        if self.actions_tab.view.hasFocus():
            self.delete_action(self.actions_tab.selected_action_id())

    def confirm_close(self) -> bool:
        """Whether the panel may show something else: asks about a half-typed form."""
        return self.action_dialog.confirm_close() and self.plan_dialog.confirm_close()

    # --- after writes ----------------------------------------------------------------------

    def _written(self, reload: bool = True) -> None:
        """A write of this panel's commands (a save, an in-place edit, an undo or redo of
        them): show it now, or when next shown."""
        if not reload:
            self._refresh_header()  # the tree was patched in place
        elif self.isVisible():
            self.reload()
        else:
            self.refreshing.request()
        self.refreshing.skip_next_move()
        self.data_changed.emit()

    def _refresh_header(self) -> None:
        if self._plan is None:
            return
        try:
            self._plan = self.plans.plan(self._plan.id)
        except UserError:
            return
        self.header.show_plan(self._plan)

    def _report(self, error: UserError) -> None:
        tell(self, self.tr("Cannot undo or redo"), user_error_text(error))
