"""The Agendas area of the main window: the list of agendas, an agenda's page (which replaces
the list: it has goals, priorities, initiatives, plans and indicators to show) and the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from agencydesk.domain.enums import GoalKind
from agencydesk.domain.errors import InUseError, UserError
from agencydesk.services.actors import ActorsService
from agencydesk.services.agendas import AgendasService
from agencydesk.ui.agendas.agenda_form import AgendaForm
from agencydesk.ui.agendas.agenda_page import AgendaPage
from agencydesk.ui.agendas.list_page import AgendaListPage
from agencydesk.ui.agendas.list_writes import ListTexts, ListWriter
from agencydesk.ui.agendas.undo import agenda_ops, goal_ops, priority_ops
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import DeleteCommand, WriteContext
from agencydesk.ui.widgets import ask_yes_no, tell, undo_keys
from agencydesk.ui.widgets.follow_stack import StackFollower

_LIST, _PAGE, _FORM = 0, 1, 2
FORM_MAX_WIDTH = 860
"""The form keeps a readable width on a wide window instead of stretching every field."""


class AgendasArea(QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo (the status bar recounts)."""
    initiative_requested = Signal(int)
    plan_requested = Signal(int)

    def __init__(
        self,
        actors: ActorsService,
        agendas: AgendasService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        indicators_panel: QWidget | None = None,
        meetings_panel: QWidget | None = None,
        load_now: bool = True,
    ) -> None:
        """``indicators_panel`` (an ``IndicatorsPanel``) becomes the page's Indicators tab and
        is told ``show_for(agenda_id=...)`` whenever another agenda is shown.
        ``load_now=False`` leaves the list empty until ``refresh()``."""
        super().__init__(parent)
        self.actors = actors
        self.agendas = agendas
        self.undo_stack = undo_stack
        self.context = WriteContext(actors, undo_stack, self._written, self._report)
        self._agenda_id: int | None = None
        self._panel_agenda: int | None = None

        self.list = AgendaListPage(agendas, self)
        self.page = AgendaPage(self)
        self.form = AgendaForm(self.context, agendas, self)
        self.indicators_panel = indicators_panel
        if indicators_panel is not None:
            self.page.set_indicators_panel(indicators_panel)
        # The agenda's own sessions (a MeetingsPanel), told ``show_for_agenda`` on each load.
        self.meetings_panel = meetings_panel
        if meetings_panel is not None:
            self.page.set_meetings_panel(meetings_panel)
        form_holder = QWidget(self)
        self.form.setMaximumWidth(FORM_MAX_WIDTH)
        holder_layout = QHBoxLayout(form_holder)
        holder_layout.addStretch(1)
        holder_layout.addWidget(self.form, 3)
        holder_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        for widget in (self.list, self.page, form_holder):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.writers = self._list_writers()
        self.list.open_requested.connect(self.show_agenda)
        self.list.new_button.clicked.connect(self.new_record)
        self.page.back_requested.connect(self.show_list)
        self.page.edit_requested.connect(self.edit_current)
        self.page.delete_requested.connect(lambda: self.delete_agenda(self._agenda_id))
        self.page.initiative_requested.connect(self.initiative_requested)
        self.page.plan_requested.connect(self.plan_requested)
        self.form.saved.connect(self.show_agenda)
        self.form.cancelled.connect(self._form_cancelled)
        # Other areas' pushes, undos and redos: read again only while shown.
        self.follower = StackFollower(self, undo_stack, self.refresh)
        if load_now:
            self.refresh()

    def _list_writers(self) -> list[ListWriter]:
        agendas, page = self.agendas, self.page
        refused = self.tr("Cannot change the list")

        # The goal's own words tell which list it is in: one set of texts serves both kinds.
        goal_texts = ListTexts(
            self.tr("Add goal “%1”"),
            self.tr("Edit goal “%1”"),
            self.tr("Delete goal “%1”"),
            self.tr("Move goal “%1” up"),
            self.tr("Move goal “%1” down"),
            refused,
        )
        priority_texts = ListTexts(
            self.tr("Add priority sector “%1”"),
            self.tr("Rename priority sector “%1”"),
            self.tr("Delete priority sector “%1”"),
            self.tr("Move priority sector “%1” up"),
            self.tr("Move priority sector “%1” down"),
            refused,
        )
        current = self.current_agenda_id
        return [
            ListWriter(
                page.strategic,
                self.context,
                goal_ops(agendas),
                lambda agenda_id, text: agendas.add_goal(agenda_id, GoalKind.STRATEGIC, text),
                agendas.move_goal,
                goal_texts,
                current,
                self.reload_page,
                self,
            ),
            ListWriter(
                page.management,
                self.context,
                goal_ops(agendas),
                lambda agenda_id, text: agendas.add_goal(agenda_id, GoalKind.MANAGEMENT, text),
                agendas.move_goal,
                goal_texts,
                current,
                self.reload_page,
                self,
            ),
            ListWriter(
                page.priorities,
                self.context,
                priority_ops(agendas),
                agendas.add_priority,
                agendas.move_priority,
                priority_texts,
                current,
                self.reload_page,
                self,
            ),
        ]

    # --- the main window's commands --------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new agenda."""
        if not self._may_leave_form():
            return
        self.form.load_new()
        self.stack.setCurrentIndex(_FORM)
        self.form.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_current(self) -> None:
        """Ctrl+S: save the open form, if any."""
        if self.stack.currentIndex() == _FORM:
            self.form.save()

    def focus_search(self) -> None:
        """Ctrl+F: back to the list, in its search box."""
        if not self._may_leave_form():
            return
        self.stack.setCurrentIndex(_LIST)
        self.list.focus_search()

    def delete_selected(self) -> None:
        """The Delete key: the agenda selected in the list while the list has the focus, or
        the goal or priority selected in the page's list that has the focus."""
        if self.stack.currentIndex() == _LIST:
            if self.list.view.hasFocus():
                self.delete_agenda(self.list.selected_id())
        elif self.stack.currentIndex() == _PAGE:
            editor = self.page.focused_list()
            if editor is not None:
                editor.delete_current()

    def confirm_close(self) -> bool:
        """Whether the area may go away: asks about a half-typed form."""
        return self._may_leave_form()

    def refresh(self) -> None:
        """Read again from the database: the list, and the page or form on screen."""
        self.follower.refreshed()
        try:
            territories = self.actors.territories()
        except UserError as exc:
            tell(self, self.tr("Cannot read the database"), user_error_text(exc))
            return
        self.list.set_territories(territories)
        self.form.set_territories(territories)
        self.list.refresh()
        if self.stack.currentIndex() == _PAGE:
            self.reload_page()
        elif self.stack.currentIndex() == _FORM:
            self._reload_form()

    # --- navigation ------------------------------------------------------------------------

    def current_agenda_id(self) -> int | None:
        """The agenda whose page (or form) is open."""
        return self._agenda_id

    def show_agenda(self, agenda_id: int) -> None:
        """Open an agenda's page (from the list, after saving, or from another area)."""
        leaving_form = self.stack.currentIndex() == _FORM and self.form.record_id != agenda_id
        if leaving_form and not self._may_leave_form():
            return
        if self._load_page(agenda_id):
            self.stack.setCurrentIndex(_PAGE)
            self.list.select_id(agenda_id, clear_filters_if_hidden=True)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(_LIST)
        if self._agenda_id is not None:
            self.list.select_id(self._agenda_id)
        self.list.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_current(self) -> None:
        if self._agenda_id is None:
            return
        try:
            record = self.agendas.agenda(self._agenda_id)
        except UserError as exc:
            tell(self, self.tr("Agenda"), user_error_text(exc))
            self.refresh()
            return
        self.form.load(record)
        self.stack.setCurrentIndex(_FORM)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload_page(self) -> None:
        """Show the open agenda's page as the database now has it (or the list if it is gone)."""
        if self._agenda_id is None or not self._load_page(self._agenda_id, quiet=True):
            self._agenda_id = None
            if self.stack.currentIndex() == _PAGE:
                self.stack.setCurrentIndex(_LIST)

    def _load_page(self, agenda_id: int, quiet: bool = False) -> bool:
        try:
            record = self.agendas.agenda(agenda_id)
            initiatives = self.agendas.initiatives_of(agenda_id)
            plans = self.agendas.plans_of(agenda_id)
        except UserError as exc:
            if not quiet:
                tell(self, self.tr("Agenda"), user_error_text(exc))
            return False
        self._agenda_id = agenda_id
        self.page.show_agenda(record, initiatives, plans)
        if self.indicators_panel is not None and self._panel_agenda != agenda_id:
            self._panel_agenda = agenda_id
            self.indicators_panel.show_for(agenda_id=agenda_id)  # type: ignore[attr-defined]
        if self.meetings_panel is not None:
            self.meetings_panel.show_for_agenda(agenda_id)  # type: ignore[attr-defined]
        return True

    def _reload_form(self) -> None:
        if self.form.is_dirty() or self.form.record_id is None:
            return
        try:
            self.form.load(self.agendas.agenda(self.form.record_id))
        except UserError:
            self._agenda_id = None
            self.stack.setCurrentIndex(_LIST)

    def _may_leave_form(self) -> bool:
        return self.stack.currentIndex() != _FORM or self.form.confirm_discard()

    def _form_cancelled(self) -> None:
        record_id = self.form.record_id
        if record_id is not None and self._load_page(record_id, quiet=True):
            self.stack.setCurrentIndex(_PAGE)
        else:
            self.stack.setCurrentIndex(_LIST)

    # --- deleting an agenda ----------------------------------------------------------------

    def delete_agenda(self, agenda_id: int | None) -> None:
        """Refuse with a sentence when something uses it, otherwise ask (default No), delete
        it with its goals and priorities, and push an undoable command."""
        if agenda_id is None:
            return
        title = self.tr("Delete agenda")
        ops = agenda_ops(self.agendas)
        try:
            record = self.agendas.agenda(agenda_id)
            used = self.agendas.agenda_usages(agenda_id)
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        if used:
            tell(self, title, user_error_text(InUseError("agenda", record.title, used)))
            return
        question = (
            self.tr("Delete “%1” with its goals and priority sectors? You can undo this with %2.")
            .replace("%1", record.title)
            .replace("%2", undo_keys())
        )
        if not ask_yes_no(self, title, question):
            return
        try:
            deleted = self.agendas.delete_agenda(agenda_id)
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        self._agenda_id = None
        self.stack.setCurrentIndex(_LIST)
        self.context.notify()
        text = self.tr("Delete agenda “%1”").replace("%1", record.title)
        self.undo_stack.push(DeleteCommand(text, ops, self.context, deleted))

    # --- undo stack ------------------------------------------------------------------------

    def _written(self) -> None:
        """A write of this area (or its undo or redo): shown at once if the area is."""
        self.follower.written_here()
        if isValid(self):
            self.data_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.shown()

    def _report(self, error: UserError) -> None:
        tell(self, self.tr("Cannot undo or redo"), user_error_text(error))
