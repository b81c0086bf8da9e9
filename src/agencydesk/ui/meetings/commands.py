"""Undoable meeting writes: create, edit and delete reuse the shared commands through a
RecordOps; a lifecycle step (held, minutes approved, reopened, cancelled, reinstated) has its
own command (one log row plus the status)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.undo import RecordOps, WriteContext

if TYPE_CHECKING:
    from agencydesk.services.meetings import MeetingsService


def meeting_ops(service: MeetingsService) -> RecordOps:
    return RecordOps(
        service.update,
        service.delete,  # returns a DeletedMeeting: what restore needs to put it all back
        service.restore,
        service.meeting,
        service.usages,
        "meeting",
        lambda record: record.name(),
    )


class StatusStepCommand(QUndoCommand):
    """A meeting was just moved one step, giving ``after`` (already written when pushed).

    Undo removes that step's log row and puts back the status before it (refused if the
    status moved on since); redo takes the same step again (a new log row, now, with the same
    reason).
    """

    def __init__(
        self,
        text: str,
        service: MeetingsService,
        context: WriteContext,
        after: MeetingRecord,
    ) -> None:
        super().__init__(text)
        assert after.history, "a step is always logged"
        self._service = service
        self._context = context
        self.meeting_id = after.id
        step = after.history[-1]
        self.status: MeetingStatus = step.to_status
        self.reason = step.reason
        self.change_id = step.id
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False  # already written before the push
            return
        record = self._run(
            lambda: self._service.change_status(self.meeting_id, self.status, self.reason)
        )
        if record is not None and record.history:
            # Taken again as a new log row: undo must remove that one.
            self.change_id = record.history[-1].id

    def undo(self) -> None:
        self._run(lambda: self._service.undo_status_change(self.meeting_id, self.change_id))

    def _run(self, write: Callable[[], MeetingRecord]) -> MeetingRecord | None:
        try:
            record = write()
        except UserError as exc:
            self.setObsolete(True)
            self._context.report(exc)
            return None
        self._context.notify()
        return record
