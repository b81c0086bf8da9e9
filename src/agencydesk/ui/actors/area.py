"""The Actors area of the main window: the Organizations and People tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.services.actors import ActorsService
from agencydesk.ui.actors.list_page import ListPage
from agencydesk.ui.actors.organizations_page import OrganizationsPage
from agencydesk.ui.actors.people_page import PeoplePage
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import tell


class ActorsArea(QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo (the status bar recounts)."""
    initiative_requested = Signal(int)
    """An initiative chosen on an organization's page: the main window opens it."""

    def __init__(
        self,
        actors: ActorsService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        """``load_now=False`` leaves the lists empty until ``refresh()``: the main window
        paints first and reads the lists right after, so a large database opens visibly
        at once."""
        super().__init__(parent)
        self.actors = actors
        self.undo_stack = undo_stack
        self.context = WriteContext(actors, undo_stack, self.data_changed.emit, self._report)
        self.organizations = OrganizationsPage(self.context, self)
        self.people = PeoplePage(self.context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.organizations, self.tr("&Organizations"))
        self.tabs.addTab(self.people, self.tr("&People"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._stale: set[ListPage] = set()
        self.organizations.person_requested.connect(self.show_person)
        self.organizations.add_person_requested.connect(self.new_person_in)
        self.organizations.initiative_requested.connect(self.initiative_requested)
        self.tabs.currentChanged.connect(self._tab_changed)
        # A bound method, not a lambda: Qt drops the connection when this area is deleted.
        undo_stack.indexChanged.connect(self._stack_moved)
        if load_now:
            self.refresh()

    def current_page(self) -> ListPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, ListPage)
        return page

    # --- the main window's commands --------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new organization or person, depending on the visible tab."""
        self.current_page().new_record()

    def save_current(self) -> None:
        """Ctrl+S: save the open form, if any."""
        self.current_page().save_current()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.current_page().focus_search()

    def delete_selected(self) -> None:
        """The Delete key: deletes the selected record only while its list has the focus
        (in a text field the key deletes text; elsewhere use the Delete button)."""
        self.current_page().delete_selected()

    def confirm_close(self) -> bool:
        """Whether the area may go away: asks about a half-typed form in either tab."""
        return all(page.confirm_leave() for page in (self.organizations, self.people))

    def refresh(self, all_pages: bool = False) -> None:
        """Read again from the database; the hidden tab waits until it is shown."""
        try:
            territories = self.actors.territories()
        except UserError as exc:
            tell(self, self.tr("Cannot read the database"), user_error_text(exc))
            return
        for page in (self.organizations, self.people):
            page.set_territories(territories)
            if all_pages or page is self.current_page():
                page.refresh()
                self._stale.discard(page)
            else:
                self._stale.add(page)

    def show_person(self, person_id: int) -> None:
        """Open a person in the People tab (from an organization's page)."""
        self.tabs.setCurrentWidget(self.people)
        if not self.people.select_id(person_id, clear_filters_if_hidden=True):
            self.people.show_record(person_id)
        self.people.view.setFocus()

    def show_organizations(self, **filters: object) -> None:
        """The organizations list with these filters (``actor_type``...), from the dashboard."""
        if self.current_page().confirm_leave():
            self.tabs.setCurrentWidget(self.organizations)
            self._stale.discard(self.organizations)
            self.organizations.show_filtered(**filters)

    def show_people(self, **filters: object) -> None:
        """The people list with these filters (``gender``: a code, or "" for not recorded)."""
        if self.current_page().confirm_leave():
            self.tabs.setCurrentWidget(self.people)
            self._stale.discard(self.people)
            self.people.show_filtered(**filters)

    def new_person_in(self, org_id: int, org_name: str) -> None:
        """A new person already linked to an organization (from its page)."""
        self.tabs.setCurrentWidget(self.people)
        self.people.new_record(org_id, org_name)

    def _stack_moved(self, _index: int) -> None:
        """After any push, undo or redo the lists show the database as it now is."""
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        page = self.current_page()
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()

    def _report(self, error: UserError) -> None:
        tell(self, self.tr("Cannot undo or redo"), user_error_text(error))
