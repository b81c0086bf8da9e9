"""The Agenda and minutes tab of a meeting: the ordered agenda items (added, renamed in place,
reordered with Alt+Up/Down, deleted: each undoable; their writes are in agenda_writes.py), and
for the chosen item what was said on it and the bottlenecks discussed; below, the general
development of the session.

The texts are plain text (paragraphs, "- " and "1. " list lines), never HTML: a QPlainTextEdit
takes a pasted web page as its text. They are saved as the user writes (after a pause, and
when leaving the box), each stay in a box being one undo step.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import AgendaItemRecord, MeetingRecord
from agencydesk.domain.records import NamedRef
from agencydesk.ui.agendas.ordered_list import OrderedListEditor
from agencydesk.ui.meetings.agenda_writes import AgendaWrites
from agencydesk.ui.meetings.commands import meeting_ops
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.item_development import ItemDevelopment, bold_label
from agencydesk.ui.meetings.minutes_undo import (
    TextSessionCommand,
    agenda_item_ops,
    short,
)
from agencydesk.ui.meetings.text_autosave import TextAutosave
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import RecordOps
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower


def same_text(a: str | None, b: str | None) -> bool:
    """Whether two texts are the same once stored (the domain trims blank ends)."""
    return (a or "").strip("\n ") == (b or "").strip("\n ")


class MinutesTab(FollowsStack, AgendaWrites, QWidget):
    data_changed = Signal()
    """After every write, undo or redo made here (the page re-reads the meeting)."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context.with_notify(self._written, self._report)
        self.meetings = context.meetings
        self.meeting: MeetingRecord | None = None
        self._items: list[AgendaItemRecord] = []
        self._choices: list[NamedRef] = []
        self._shown_item_id: int | None = None
        self._locked = False
        self._busy = 0
        self._refresh_pending = False

        # Alt+letters: the page's buttons and tab titles stay visible with this tab (its test
        # checks they are all distinct): A is the Attendance tab, G the Agreements tab.
        self.agenda = OrderedListEditor(
            self.tr("Agenda i&tems"),
            self.tr("New agenda item"),
            self.tr("No agenda items yet. Type the first one below and press Enter."),
            lambda record: record.title,
            self,
            hint=self.tr("Type an agenda item, then press Enter to add it"),
        )
        self.agenda.setObjectName("agendaItems")

        self.development = ItemDevelopment(self)
        # Short names for the parts tests reach for.
        self.item_side = self.development
        self.item_heading = self.development.heading
        self.format_hint = self.development.format_hint
        self.notes = self.development.notes
        self.links_model = self.development.links_model

        self.general_label = bold_label(
            self.tr("General de&velopment / summary of the session:"), self
        )
        self.general = QPlainTextEdit(self)
        self.general.setObjectName("meetingMinutes")
        self.general.setTabChangesFocus(True)
        self.general_label.setBuddy(self.general)
        general_box = QWidget(self)
        general_layout = QVBoxLayout(general_box)
        general_layout.setContentsMargins(0, 0, 0, 0)
        general_layout.addWidget(self.general_label)
        general_layout.addWidget(self.general, 1)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.agenda)
        top.addWidget(self.item_side)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([480, 720])
        top.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(general_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 160])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        self.notes_saver = TextAutosave(self.notes, self._save_notes)
        self.general_saver = TextAutosave(self.general, self._save_general)
        self.agenda.add_requested.connect(self._add_item)
        self.agenda.edit_requested.connect(self._rename_item)
        self.agenda.delete_requested.connect(self._delete_item)
        self.agenda.move_requested.connect(self._move_item)
        self.agenda.view.selectionModel().currentChanged.connect(lambda *_a: self._sync_item())
        self.development.link_toggled.connect(self._link_toggled)
        self.follower = StackFollower(self, context.undo_stack, self.refresh)
        self._apply_lock()

    # --- what the meeting page calls -------------------------------------------------------

    def show_meeting(self, record: MeetingRecord) -> None:
        """Show ``record``'s agenda and minutes (again, after a write: typed text stays)."""
        if self.meeting is None or self.meeting.id != record.id:
            if self.meeting is not None:
                self.flush()  # what was typed belongs to the meeting being left
                self.agenda.view.selectionModel().clear()
            self._shown_item_id = None
            # Even text whose save was refused stays with its meeting, not shown under this one.
            self.notes_saver.load(None)
            self.general_saver.load(record.draft.minutes)
        self.meeting = record
        self._show_general()
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's items again, keeping the chosen one and any unsaved text."""
        self.follower.refreshed()
        if self.meeting is None:
            return
        if self._busy:
            self._refresh_pending = True
            return
        try:
            self.meeting = self.meetings.meeting(self.meeting.id)
            self._items = self.meetings.agenda_items(self.meeting.id)
            self._choices = self.meetings.bottleneck_choices(self.meeting.id)
        except UserError as exc:
            self.development.show_none(user_error_text(exc))
            return
        with self._working():
            self._apply_lock()
            self._show_general()
            self.agenda.set_records(self._items)
            if self.agenda.current_id() is None and self._items:
                # Open on the first item: its development is what the user came to write.
                self.agenda.select_row(0)
            self._sync_item()

    def flush(self) -> bool:
        """Save any text typed and not saved yet (before leaving the meeting or closing)."""
        return self.notes_saver.end_session() and self.general_saver.end_session()

    def confirm_close(self) -> bool:
        """Nothing typed is ever lost: leaving saves it (False only if the save failed)."""
        return self.flush()

    def new_record(self) -> None:
        """Ctrl+N on this tab: the line that adds an agenda item."""
        if not self._locked:
            self.agenda.new_text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_selected(self) -> None:
        """The Delete key: deletes the chosen agenda item only while the agenda has the focus
        (in a text box it deletes text)."""
        if self.agenda.has_focus_inside() and not self._locked:
            self.agenda.delete_current()

    def current_item(self) -> AgendaItemRecord | None:
        return next((i for i in self._items if i.id == self._shown_item_id), None)

    def select_item(self, item_id: int) -> bool:
        row = self.agenda.model.row_of(item_id)
        if row is None:
            return False
        self.agenda.select_row(row)
        return self._shown_item_id == item_id

    # --- showing ---------------------------------------------------------------------------

    def _apply_lock(self) -> None:
        self._locked = bool(self.meeting and self.meeting.is_locked)
        editable = not self._locked
        agenda = self.agenda
        for widget in (
            agenda.new_text,
            agenda.add_button,
            agenda.edit_button,
            agenda.delete_button,
            agenda.up_button,
            agenda.down_button,
        ):
            widget.setVisible(editable)
        agenda.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.general.setReadOnly(not editable)  # read-only keeps the text selectable
        self.general.setPlaceholderText(
            self.tr("An overview of the session: who presented what, the main conclusions")
            if editable
            else self.tr("No general development was written.")
        )
        if editable:
            hint = self.tr(
                "Plain text: leave a blank line between paragraphs, start list lines with "
                "“- ” or “1. ”. Saved as you write."
            )
        elif self.meeting is not None and self.meeting.status is MeetingStatus.CANCELLED:
            hint = self.tr("This session was cancelled: its minutes cannot be changed.")
        else:
            hint = self.tr(
                "The minutes of this session are approved: they can be read, not changed."
            )
        self.development.set_editable(editable, hint)

    def _show_general(self) -> None:
        assert self.meeting is not None
        stored = self.meeting.draft.minutes
        if not self.general_saver.is_dirty() and not same_text(self.general.toPlainText(), stored):
            self.general_saver.load(stored)

    def _sync_item(self) -> None:
        """Show the item now chosen in the agenda (saving the text of the one left)."""
        with self._working():
            chosen_id = self.agenda.current_id()
            item = next((i for i in self._items if i.id == chosen_id), None)
            if item is None or item.id != self._shown_item_id:
                self.notes_saver.end_session()  # still the item it was typed for
            if item is None:
                self._shown_item_id = None
                self.development.show_none()
                return
            self.development.show_item(self._items.index(item) + 1, item)
            if item.id != self._shown_item_id:
                self._shown_item_id = item.id
                self.notes_saver.load(item.draft.notes)
            elif not self.notes_saver.is_dirty() and not same_text(
                self.notes.toPlainText(), item.draft.notes
            ):
                self.notes_saver.load(item.draft.notes)  # an undo, or a write elsewhere
            has_initiative = (
                self.meeting is not None and self.meeting.draft.initiative_id is not None
            )
            self.development.fill_links(item, self._choices, self._locked, has_initiative)

    # --- writing the texts -------------------------------------------------------------------

    def _save_notes(self, text: str, session: int) -> bool:
        item = self._item(self._shown_item_id) if self._shown_item_id is not None else None
        if item is None or self._locked:
            return True  # nothing to write it to any more (deleted, or locked meanwhile)
        if same_text(text, item.draft.notes):
            return True
        try:
            after = self.meetings.update_item(item.id, replace(item.draft, notes=text))
        except UserError as exc:
            self._refused(exc)
            return False
        self._items = [after if i.id == after.id else i for i in self._items]
        label = self.tr("Edit the development of “%1”").replace("%1", short(item.title))
        command = TextSessionCommand(
            label, self._item_ops(), self.context.write, item.id, item.draft, after.draft, session
        )
        self._push(command)
        return True

    def _save_general(self, text: str, session: int) -> bool:
        meeting = self.meeting
        if meeting is None or self._locked or same_text(text, meeting.draft.minutes):
            return True
        try:
            after = self.meetings.update(meeting.id, replace(meeting.draft, minutes=text))
        except UserError as exc:
            self._refused(exc)
            return False
        self.meeting = after
        label = self.tr("Edit the minutes of “%1”").replace("%1", short(meeting.name()))
        ops = meeting_ops(self.meetings)
        command = TextSessionCommand(
            label, ops, self.context.write, meeting.id, meeting.draft, after.draft, session
        )
        self._push(command)
        return True

    # --- helpers ---------------------------------------------------------------------------

    def _item(self, item_id: int | None) -> AgendaItemRecord | None:
        return next((i for i in self._items if i.id == item_id), None)

    def _item_ops(self) -> RecordOps:
        return agenda_item_ops(self.meetings)

    @contextmanager
    def _working(self) -> Iterator[None]:
        """Writes made while the tab is updating itself refresh it once, afterwards."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1
        if not self._busy and self._refresh_pending:
            self._refresh_pending = False
            self.refresh()

    def _push(self, command: object) -> None:
        # Shown first (the tab and the page re-read), then pushed: the stack move that
        # follows needs no second read.
        self._written()
        self.context.undo_stack.push(command)  # type: ignore[arg-type]

    def _refused(self, error: UserError) -> None:
        tell(self, self.tr("Cannot change the minutes"), user_error_text(error))
        self.refresh()
