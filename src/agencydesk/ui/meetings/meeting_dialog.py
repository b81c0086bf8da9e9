"""The meeting form in its own window: new meeting, next meeting, edit meeting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from agencydesk.domain.meetings import MeetingDraft, MeetingRecord
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.meeting_form import MeetingForm


class MeetingDialog(QDialog):
    """The meeting form in its own window, opened without blocking (``open()``): ``saved``
    with the meeting's id when it was written."""

    saved = Signal(int)

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = MeetingForm(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self.reject)
        self.resize(640, 460)

    def new_meeting(self, initiative_id: int | None = None, agenda_id: int | None = None) -> None:
        self.form.load_new(initiative_id, agenda_id)
        fixed = initiative_id is not None or agenda_id is not None
        self._show(self.tr("New meeting"), self.form.title_edit if fixed else self.form.owner.combo)

    def next_meeting(self, current: MeetingRecord, draft: MeetingDraft) -> None:
        self.form.load_next(current, draft)
        self._show(self.tr("Next meeting"), self.form.title_edit)

    def edit(self, record: MeetingRecord) -> None:
        self.form.load(record)
        self._show(self.tr("Edit meeting"), self.form.title_edit)

    def _show(self, title: str, focus: QWidget) -> None:
        self.setWindowTitle(title)
        self.open()
        self.activateWindow()
        focus.setFocus()

    def _saved(self, meeting_id: int) -> None:
        self.accept()
        self.saved.emit(meeting_id)

    def reject(self) -> None:
        # Escape and the window's close button ask, like Cancel, before dropping typed text.
        if self.isVisible() and self.form.is_dirty() and not self.form.confirm_discard():
            return
        super().reject()
