"""The Meetings area of the main window: the list of every meeting and a meeting's page with
its tabs (attendance, agenda and minutes, agreements: hosted with ``add_tab``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.meetings.commands import meeting_ops
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.list_page import MeetingsListPage
from agencydesk.ui.meetings.meeting_dialog import MeetingDialog
from agencydesk.ui.meetings.meeting_page import MeetingPage
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower


class MeetingsArea(FollowsStack, QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo here or in a hosted tab."""
    initiative_requested = Signal(int)
    agenda_requested = Signal(int)

    def __init__(
        self,
        context: MeetingsContext,
        parent: QWidget | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        """``context``: the services and the undo stack (its own notify is replaced: writes
        made here tell this area). ``load_now=False`` leaves the list empty until
        ``refresh()`` (the main window paints first)."""
        super().__init__(parent)
        self.context = context.with_notify(self._written, self._report)
        self.list_page = MeetingsListPage(self.context, self)
        self.page = MeetingPage(self.context, self)
        self.dialog: MeetingDialog | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._list_stale = False
        self.list_page.open_requested.connect(self.show_meeting)
        self.list_page.new_requested.connect(lambda: self.new_meeting())
        self.page.back_requested.connect(self.back_to_list)
        self.page.deleted.connect(self.back_to_list)
        self.page.meeting_requested.connect(self.show_meeting)
        self.page.initiative_requested.connect(self.initiative_requested)
        self.page.agenda_requested.connect(self.agenda_requested)
        self.page.changed.connect(self._tab_changed)
        # Other areas' pushes, undos and redos: read again only while shown.
        self.follower = StackFollower(self, self.context.undo_stack, self.refresh)
        if load_now:
            self.refresh()

    def add_tab(self, key: str, widget: QWidget) -> None:
        """Host a tab of the meeting page: "attendance", "minutes" or "agreements"."""
        self.page.add_tab(key, widget)

    # --- what is shown ---------------------------------------------------------------------

    def current_meeting_id(self) -> int | None:
        """The meeting whose page is open (None on the list)."""
        if self.stack.currentWidget() is self.page and self.page.record is not None:
            return self.page.record.id
        return None

    def show_list(self, **filters: object) -> None:
        """The list with exactly these filters: ``initiative_id`` or ``agenda_id``,
        ``status``, ``when`` ("upcoming" | "past"), and ``text`` for the search box."""
        if not self.confirm_close():
            return
        text = str(filters.pop("text", "") or "")
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.set_filters(text, **filters)
        self._list_stale = False

    def show_meeting(self, meeting_id: int, tab: str | None = None) -> None:
        """Open a meeting's page, on ``tab`` ("attendance", "minutes", "agreements")."""
        if self.current_meeting_id() != meeting_id and not self.confirm_close():
            return
        try:
            record = self.context.meetings.meeting(meeting_id)
        except UserError as exc:
            tell(self, self.tr("Meeting"), user_error_text(exc))
            self.refresh()
            return
        self.page.show_meeting(record)
        if tab is not None:
            self.page.select_tab(tab)
        self.list_page.select_id(meeting_id)
        self.stack.setCurrentWidget(self.page)

    def back_to_list(self) -> None:
        if not self.confirm_close():
            return
        self.stack.setCurrentWidget(self.list_page)
        if self._list_stale:
            self._list_stale = False
            self.list_page.apply_filters()
        self.list_page.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_meeting(self, initiative_id: int | None = None, agenda_id: int | None = None) -> None:
        """The meeting form (the owner fixed when given); once saved, its page is shown."""
        if self.dialog is None:
            self.dialog = MeetingDialog(self.context, self)
            self.dialog.saved.connect(self._created)
        self.dialog.new_meeting(initiative_id, agenda_id)

    def refresh(self) -> None:
        """Read again what is shown (the list waits until it is shown)."""
        self.follower.refreshed()
        try:
            initiatives = self.context.initiative_choices()
            agendas = self.context.agenda_choices()
        except UserError as exc:
            tell(self, self.tr("Cannot read the database"), user_error_text(exc))
            return
        self.list_page.set_owner_choices(initiatives, agendas)
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
            record = self.context.meetings.meeting(self.page.record.id)
        except UserError:
            # Deleted (an undone create, another window): back to the list.
            self.page.record = None
            self.stack.setCurrentWidget(self.list_page)
            self.list_page.apply_filters()
            self._list_stale = False
            return
        self.page.show_meeting(record)

    # --- the main window's commands --------------------------------------------------------

    def _page_tab(self) -> QWidget | None:
        return self.page.current_tab() if self.stack.currentWidget() is self.page else None

    def new_record(self) -> None:
        """Ctrl+N: a new row of the open tab when it has its own, otherwise a new meeting
        (of the same initiative or agenda when a meeting is open)."""
        tab = self._page_tab()
        if tab is not None and hasattr(tab, "new_record"):
            tab.new_record()
            return
        record = self.page.record if self.stack.currentWidget() is self.page else None
        if record is not None:
            self.new_meeting(record.draft.initiative_id, record.draft.agenda_id)
        else:
            self.new_meeting()

    def save_current(self) -> None:
        """Ctrl+S: the open tab's own save (the minutes), if it has one."""
        tab = self._page_tab()
        if tab is not None and hasattr(tab, "save_current"):
            tab.save_current()

    def focus_search(self) -> None:
        """Ctrl+F: the open tab's own search, or the list's search box."""
        tab = self._page_tab()
        if tab is not None and hasattr(tab, "focus_search"):
            tab.focus_search()
            return
        self.back_to_list()
        if self.stack.currentWidget() is self.list_page:
            self.list_page.focus_search()

    def delete_selected(self) -> None:
        """The Delete key: the meeting selected in the list (while the list has the focus),
        or what is selected in the open tab."""
        if self.stack.currentWidget() is self.list_page:
            meeting_id = self.list_page.selected_id()
            if self.list_page.view.hasFocus() and meeting_id is not None:
                self._delete(meeting_id)
            return
        tab = self._page_tab()
        if tab is not None and hasattr(tab, "delete_selected"):
            tab.delete_selected()

    def confirm_close(self) -> bool:
        """Whether the area may go away: each tab asks about its own unsaved text."""
        for key in self.page.tab_keys():
            tab = self.page.tab_widget(key)
            if tab is not None and hasattr(tab, "confirm_close") and not tab.confirm_close():
                return False
        return True

    # --- internals -------------------------------------------------------------------------

    def _delete(self, meeting_id: int) -> bool:
        return delete_with_undo(
            self,
            self.context.write,
            meeting_id,
            meeting_ops(self.context.meetings),
            self.tr("Delete meeting"),
            self.tr("Delete meeting “%1”"),
        )

    def _created(self, meeting_id: int) -> None:
        self._list_stale = True
        self.show_meeting(meeting_id)

    def _tab_changed(self) -> None:
        # The tab showed its own write and the page its header; the list's counts follow
        # when it is shown again.
        self._list_stale = True
        self.follower.absorb_move()
        self.data_changed.emit()
