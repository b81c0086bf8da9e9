"""A meeting's Attendance tab: who is invited, and once the meeting is held, who came.

Invitations are prepared while the meeting is planned; presence is ticked once it is held,
row after row from the keyboard (see attendance_model.PRESENCE_KEYS). Every change is one
undoable step, however many rows it touches. Approved minutes and cancelled meetings are
read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agencydesk.domain.attendance import (
    AttendanceDraft,
    AttendanceRecord,
    count_attendance,
    flags,
)
from agencydesk.domain.enums import MeetingStatus, Presence, Representation
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.attendance_commands import ChangeAttendanceCommand
from agencydesk.ui.meetings.attendance_model import (
    CYCLE,
    PRESENCE,
    AttendanceModel,
)
from agencydesk.ui.meetings.attendance_view import (
    AttendanceHint,
    AttendanceSummary,
    AttendanceView,
)
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.invite_actions import InviteActions
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower


class AttendanceTab(FollowsStack, QWidget):
    data_changed = Signal()
    """After every write made here, and its undo or redo."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingRecord | None = None

        self.counts = AttendanceSummary(self)
        self.summary = self.counts.summary
        self.by_type = self.counts.by_type
        self.by_gender = self.counts.by_gender
        self.invite = InviteActions(context, self._invited, self)
        self.invite_button = self.invite.button
        self.remove_button = QPushButton(self.tr("&Remove invitation"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected rows from the invitees"))
        self.presence_buttons = {
            Presence.ATTENDED: QPushButton(self.tr("Attended"), self),
            Presence.EXCUSED: QPushButton(self.tr("Excused"), self),
            Presence.ABSENT: QPushButton(self.tr("Absent"), self),
        }
        keys = {Presence.ATTENDED: "1 / A", Presence.EXCUSED: "2 / E", Presence.ABSENT: "3 / X"}
        for state, button in self.presence_buttons.items():
            button.setToolTip(
                self.tr("Mark the selected rows as “%1” (key %2)")
                .replace("%1", label(state))
                .replace("%2", keys[state])
            )
        self.all_attended_button = QPushButton(self.tr("Mar&k all as attended"), self)
        self.all_attended_button.setToolTip(
            self.tr("Everyone invited attended; then mark the exceptions")
        )
        self.hint = AttendanceHint(self)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)  # it names who was invited
        self.feedback.hide()

        self.model = AttendanceModel(self)
        self.view = AttendanceView(self.model, self)
        self.empty_label = QLabel(
            self.tr(
                "Nobody is invited yet. Invite the initiative's participants with "
                "“Invite ▸ All participants”, or people from the directory."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(24)
        for button in self.presence_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.all_attended_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.feedback)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

        self.remove_button.clicked.connect(self.remove_selected)
        for state, button in self.presence_buttons.items():
            button.clicked.connect(
                lambda _c=False, s=state: self._from_button(self.set_presence, s)
            )
        self.all_attended_button.clicked.connect(
            lambda _c=False: self._from_button(self.mark_all_attended)
        )
        self.view.presence_pressed.connect(self.set_presence)
        self.view.cycle_pressed.connect(self.cycle_presence)
        self.view.representation_pressed.connect(self.toggle_representation)
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_state())
        # Someone else's write (the page's lifecycle buttons, an undo) may change what is shown.
        self.follower = StackFollower(self, context.undo_stack, self.refresh)
        self._update_state()

    # --- showing ---------------------------------------------------------------------------

    def show_meeting(self, record: MeetingRecord) -> None:
        if self.meeting is None or self.meeting.id != record.id:
            self.feedback.hide()
        self.meeting = record
        self.reload()

    def refresh(self) -> None:
        """Read the meeting (its status may have moved) and its rows again."""
        self.follower.refreshed()
        if self.meeting is None:
            return
        try:
            self.meeting = self.context.meetings.meeting(self.meeting.id)
        except UserError:
            self.meeting = None
            self.model.set_records([])
            self._update_state()
            return
        self.reload()

    def reload(self) -> None:
        """Read the rows again, keeping the selection and the current row."""
        self.follower.refreshed()
        if self.meeting is None:
            return
        selected = {r.id for r in self.selected_records()}
        current_row = self.view.currentIndex().row()
        current = self.model.record_at(current_row)
        same_meeting = current is not None and current.draft.meeting_id == self.meeting.id
        try:
            records = self.context.attendance.attendance_of(self.meeting.id)
        except UserError as exc:
            self.hint.setText(user_error_text(exc))
            return
        self.model.set_planned(self.meeting.status is MeetingStatus.PLANNED)
        before = [r.id for r in self.model.records()]
        self.model.set_records(records)
        if [r.id for r in records] != before and same_meeting and records:
            if any(r.id in selected for r in records):
                self.select_ids(selected, current.id if current else None)
            else:  # the rows were removed: the one that took their place is current
                row = min(current_row, len(records) - 1)
                self.select_ids([records[row].id])
        self.counts.show_counts(count_attendance(records), planned=self.model.planned)
        self._update_state()

    def select_ids(self, ids: Collection[int], current_id: int | None = None) -> None:
        """Select the rows of ``ids``; the current row goes to ``current_id`` (or the first)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        rows = sorted(row for i in ids if (row := self.model.row_of(i)) is not None)
        current_row = self.model.row_of(current_id) if current_id is not None else None
        if current_row is None and rows:
            current_row = rows[0]
        if current_row is not None:
            selection.setCurrentIndex(
                self.model.index(current_row, 0), selection.SelectionFlag.NoUpdate
            )
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )

    def selected_records(self) -> list[AttendanceRecord]:
        """The selected rows in list order; the current row when none is selected."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [r for row in rows if (r := self.model.record_at(row)) is not None]

    def _update_state(self) -> None:
        meeting = self.meeting
        locked = meeting is None or meeting.is_locked
        planned = meeting is not None and meeting.status is MeetingStatus.PLANNED
        tickable = not locked and not planned
        has_rows = self.model.rowCount() > 0
        any_selected = bool(self.view.selectionModel().selectedRows())
        self.invite_button.setEnabled(not locked)
        self.invite.show_for(meeting)
        self.remove_button.setEnabled(not locked and any_selected)
        for button in self.presence_buttons.values():
            button.setEnabled(tickable and any_selected)
        self.all_attended_button.setEnabled(tickable and has_rows)
        self.empty_label.setVisible(meeting is not None and not has_rows)
        self.view.setVisible(has_rows or meeting is None)
        self.hint.show_for(meeting)

    # --- ticking ---------------------------------------------------------------------------

    def set_presence(self, state: Presence, records: list[AttendanceRecord] | None = None) -> None:
        """Mark ``records`` (the selected rows) as attended, excused or absent: one step."""
        if not self._may_tick():
            return
        attended, excused = flags(state)
        targets = self.selected_records() if records is None else records
        texts = {
            Presence.ATTENDED: lambda n: self.tr("Mark %n invitee(s) as attended", "", n),
            Presence.EXCUSED: lambda n: self.tr("Mark %n invitee(s) as excused", "", n),
            Presence.ABSENT: lambda n: self.tr("Mark %n invitee(s) as absent", "", n),
        }
        self._change(
            targets,
            lambda d: replace(d, attended=attended, excused=excused),
            texts[Presence(state)],
        )

    def cycle_presence(self) -> None:
        """The selected rows all take the presence after the current row's."""
        current = self.model.record_at(self.view.currentIndex().row())
        selected = self.selected_records()
        if current is None and selected:
            current = selected[0]
        if current is not None:
            self.set_presence(CYCLE[current.presence], selected or [current])

    def mark_all_attended(self) -> None:
        self.set_presence(Presence.ATTENDED, self.model.records())

    def toggle_representation(self) -> None:
        """The selected rows all take the opposite of the current row's representation."""
        if self.meeting is None or self.meeting.is_locked:
            self._say_read_only()
            return
        selected = self.selected_records()
        current = self.model.record_at(self.view.currentIndex().row())
        if current is None or current.id not in {r.id for r in selected}:
            current = selected[0] if selected else None
        if current is None:
            return
        new = (
            Representation.ALTERNATE
            if current.draft.representation == Representation.TITULAR
            else Representation.TITULAR
        )
        self._change(
            selected,
            lambda d: replace(d, representation=new),
            lambda n: (
                self.tr("Set %n invitee(s) as alternate", "", n)
                if new is Representation.ALTERNATE
                else self.tr("Set %n invitee(s) as titular", "", n)
            ),
        )

    def _from_button(self, action: Callable[..., None], *args: object) -> None:
        action(*args)
        self.view.setFocus()  # the next key ticks on the list, not on the button

    def _clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """A plain click on a presence cell moves that row to the next presence."""
        if (
            index.column() != PRESENCE
            or QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
        ):
            return
        record = self.model.record_at(index.row())
        if record is not None and self._may_tick(quiet=True):
            self.set_presence(CYCLE[record.presence], [record])

    def _may_tick(self, quiet: bool = False) -> bool:
        meeting = self.meeting
        if meeting is None:
            return False
        if meeting.is_locked:
            if not quiet:
                self._say_read_only()
            return False
        if meeting.status is MeetingStatus.PLANNED:
            if not quiet:
                self._say(self.tr("Mark the meeting as held to record attendance."))
            return False
        return True

    def _say_read_only(self) -> None:
        QApplication.beep()  # the hint line already says why

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.show()

    def _change(
        self,
        records: list[AttendanceRecord],
        change: Callable[[AttendanceDraft], AttendanceDraft],
        text: Callable[[int], str],
    ) -> None:
        """Write ``change`` of each of ``records`` as one undoable step named ``text(n)``
        (n: the rows it really changed)."""
        before = {r.id: r.draft for r in records}
        after = {i: new for i, d in before.items() if (new := change(d)) != d}
        if not after:
            return
        try:
            self.context.attendance.update_many(after)
        except UserError as exc:
            tell(self, self.tr("Attendance"), user_error_text(exc))
            self.refresh()
            return
        self.feedback.hide()
        self.context.notify()
        self._written()
        self.context.undo_stack.push(
            ChangeAttendanceCommand(
                text(len(after)), self.context, self._written, {i: before[i] for i in after}, after
            )
        )

    # --- invitations -----------------------------------------------------------------------

    def remove_selected(self) -> None:
        if self.meeting is None or self.meeting.is_locked:
            return
        self.invite.remove(self.selected_records())

    def _invited(self, message: str, ids: Collection[int] = ()) -> None:
        """The invitations changed (InviteActions wrote, or undid): read again, select the
        rows just invited (``ids``) and say what happened (``message``; empty after an undo
        or redo)."""
        self._written()
        if not isValid(self):
            return
        if ids:
            # The newcomers stand out among those already there; a list that was empty is
            # left unselected (everything selected would invite a slip of the T key).
            first = self.model.row_of(next(iter(ids)))
            if len(ids) < self.model.rowCount():
                self.select_ids(ids)
            elif first is not None:
                self.view.setCurrentIndex(self.model.index(first, 0))
                self.view.clearSelection()
            if first is not None:
                self.view.scrollTo(self.model.index(first, 0))
        if message:
            self._say(message)
        else:
            self.feedback.hide()
