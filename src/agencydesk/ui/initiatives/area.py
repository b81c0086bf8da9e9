"""The Initiatives area of the main window: the list of initiatives and mesas, an
initiative's page with its tabs, and the initiative form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.ui.initiatives.initiative_form import InitiativeForm
from agencydesk.ui.initiatives.initiative_page import InitiativePage
from agencydesk.ui.initiatives.list_page import InitiativesListPage
from agencydesk.ui.initiatives.undo import InitiativesContext, delete_with_undo, initiative_ops
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.follow_stack import StackFollower

TABS = ("participants", "bottlenecks", "plan", "meetings")
FORM_MAX_WIDTH = 820  # a form across a 1,900-pixel screen is hard to read


class InitiativesArea(QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo here or in a hosted panel."""

    def __init__(
        self,
        actors: ActorsService,
        initiatives: InitiativesService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        agenda_choices: Callable[[], list[NamedRef]] | None = None,
        bottlenecks_panel: QWidget | None = None,
        plan_panel: QWidget | None = None,
        meetings_panel: QWidget | None = None,
        load_now: bool = True,
    ) -> None:
        """``load_now=False`` leaves the list empty until ``refresh()`` (the main window
        paints first, as with the Actors area)."""
        super().__init__(parent)
        self.actors = actors
        self.initiatives = initiatives
        self.undo_stack = undo_stack
        self.context = InitiativesContext(
            actors,
            initiatives,
            WriteContext(actors, undo_stack, self._written, self._report),
            agenda_choices or initiatives.agenda_choices,
        )
        self.list_page = InitiativesListPage(self.context, self)
        self.page = InitiativePage(self.context, self)
        self.form = InitiativeForm(self.context)
        form_host = QWidget(self)
        form_layout = QHBoxLayout(form_host)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.form.setMaximumWidth(FORM_MAX_WIDTH)
        form_layout.addWidget(self.form, 1)
        form_layout.addStretch(0)
        self.stack = QStackedWidget(self)
        for widget in (self.list_page, self.page, form_host):
            self.stack.addWidget(widget)
        self._form_host = form_host
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for key, panel in (
            ("bottlenecks", bottlenecks_panel),
            ("plan", plan_panel),
            ("meetings", meetings_panel),
        ):
            if panel is not None:
                self.page.add_panel(key, panel)
                if hasattr(panel, "data_changed"):
                    panel.data_changed.connect(self._panel_changed)
        self._list_stale = False
        self.list_page.open_requested.connect(self.show_initiative)
        self.list_page.new_requested.connect(self.new_record)
        self.page.back_requested.connect(self.back_to_list)
        self.page.edit_requested.connect(self.edit_current)
        self.page.delete_requested.connect(self._delete_current)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancelled)
        # Other areas' pushes, undos and redos: read again only while shown.
        self.follower = StackFollower(self, undo_stack, self.refresh)
        if load_now:
            self.refresh()

    # --- what is shown ---------------------------------------------------------------------

    def current_initiative_id(self) -> int | None:
        """The initiative whose page (or form) is open; None on the list or a new form."""
        if self.stack.currentWidget() is self.list_page:
            return None
        if self.stack.currentWidget() is self._form_host:
            return self.form.record_id
        return self.page.record.id if self.page.record else None

    def show_list(self, **filters: object) -> None:
        """The list with exactly these filters: ``kind``, ``status``, ``territory_id``,
        ``agenda_id`` (members or codes), and ``text`` for the search box."""
        if not self._may_leave_form():
            return
        text = str(filters.pop("text", "") or "")
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.set_filters(text, **filters)
        self._list_stale = False

    def show_initiative(self, initiative_id: int, tab: str | None = None) -> None:
        """Open an initiative's page, on ``tab`` ("participants", "bottlenecks", "plan",
        "meetings")."""
        if not self._may_leave_form():
            return
        try:
            record = self.initiatives.initiative(initiative_id)
        except UserError as exc:
            tell(self, self.tr("Initiative"), user_error_text(exc))
            self.refresh()
            return
        self.page.show_record(record)
        self.page.participants.set_initiative(initiative_id)
        for panel in self.page.panels().values():
            panel.show_for_initiative(initiative_id)  # type: ignore[attr-defined]
        self.list_page.select_id(initiative_id)
        if tab is not None:
            widget = self.page.tab_widget(tab)
            if widget is not None:
                self.page.tabs.setCurrentWidget(widget)
        self.stack.setCurrentWidget(self.page)

    def back_to_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        if self._list_stale:
            self._list_stale = False
            self.list_page.apply_filters()
        self.list_page.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read again what is shown (the list waits until it is shown)."""
        self.follower.refreshed()
        try:
            territories = self.actors.territories()
            agendas = self.context.agenda_choices()
        except UserError as exc:
            tell(self, self.tr("Cannot read the database"), user_error_text(exc))
            return
        self.list_page.set_choices(territories, agendas)
        self.form.set_choices(territories, agendas)
        current = self.stack.currentWidget()
        if current is self.list_page:
            self.list_page.apply_filters()
            self._list_stale = False
        else:
            self._list_stale = True
        if current is self.page and self.page.record is not None:
            self._reload_page()

    def _reload_page(self) -> None:
        assert self.page.record is not None
        try:
            record = self.initiatives.initiative(self.page.record.id)
        except UserError:
            # Deleted (an undone create, another window): back to the list.
            self.page.record = None
            self.back_to_list()
            return
        self.page.show_record(record)
        self.page.participants.reload()

    # --- the main window's commands --------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new initiative (or a new row of the open tab, when it has its own)."""
        current = self.stack.currentWidget()
        if current is self.page:
            tab = self.page.tabs.currentWidget()
            if tab is self.page.participants:
                self.page.participants.add_participants()
                return
            if hasattr(tab, "new_record"):
                tab.new_record()
                return
        if not self._may_leave_form():
            return
        self.form.load_new()
        self.stack.setCurrentWidget(self._form_host)
        self.form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_current(self) -> None:
        if self.page.record is None:
            return
        try:
            record = self.initiatives.initiative(self.page.record.id)
        except UserError as exc:
            tell(self, self.tr("Initiative"), user_error_text(exc))
            self.refresh()
            return
        self.form.load(record)
        self.stack.setCurrentWidget(self._form_host)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_current(self) -> None:
        """Ctrl+S: save the open form (or the open tab's, when it has one)."""
        if self.stack.currentWidget() is self._form_host:
            self.form.save()
            return
        tab = self.page.tabs.currentWidget() if self.stack.currentWidget() is self.page else None
        if tab is not None and hasattr(tab, "save_current"):
            tab.save_current()

    def focus_search(self) -> None:
        """Ctrl+F: the list's search box (or the open tab's own search)."""
        if self.stack.currentWidget() is self.page:
            tab = self.page.tabs.currentWidget()
            if hasattr(tab, "focus_search"):
                tab.focus_search()
                return
        if self._may_leave_form():
            self.back_to_list()
            self.list_page.focus_search()

    def delete_selected(self) -> None:
        """The Delete key: deletes what is selected in the list that has the keyboard focus."""
        current = self.stack.currentWidget()
        if current is self.list_page:
            record_id = self.list_page.selected_id()
            if self.list_page.view.hasFocus() and record_id is not None:
                self._delete_initiative(record_id)
        elif current is self.page:
            tab = self.page.tabs.currentWidget()
            if tab is self.page.participants:
                if tab.view.hasFocus():
                    tab.delete_selected()
            elif hasattr(tab, "delete_selected"):
                tab.delete_selected()

    def confirm_close(self) -> bool:
        """Whether the area may go away (asks about a half-typed form)."""
        return self._may_leave_form()

    # --- internals -------------------------------------------------------------------------

    def _may_leave_form(self) -> bool:
        if self.stack.currentWidget() is not self._form_host:
            return True
        if not self.form.confirm_discard():
            return False
        self.form.load_new()  # drops the edits the user agreed to discard
        return True

    def _delete_current(self) -> None:
        if self.page.record is not None and self._delete_initiative(self.page.record.id):
            self.page.record = None
            self.back_to_list()

    def _delete_initiative(self, initiative_id: int) -> bool:
        return delete_with_undo(
            self,
            self.context,
            initiative_ops(self.initiatives),
            initiative_id,
            self.tr("Delete initiative"),
            self.tr("Delete initiative “%1”"),
        )

    def _saved(self, initiative_id: int) -> None:
        self._list_stale = True
        self.show_initiative(initiative_id)

    def _cancelled(self) -> None:
        if self.form.record_id is not None and self.page.record is not None:
            self.stack.setCurrentWidget(self.page)
        else:
            self.back_to_list()

    def _panel_changed(self) -> None:
        # The panel showed its own write; the page's counts (open bottlenecks) follow now.
        if self.isVisible():
            if self.stack.currentWidget() is self.page and self.page.record is not None:
                self._reload_page()
            self._list_stale = True
            self.follower.absorb_move()
        self.data_changed.emit()

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
