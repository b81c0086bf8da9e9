"""Undoable meeting writes: create, edit and delete reuse the shared commands through a
RecordOps; a lifecycle step (held, minutes approved, reopened, cancelled, reinstated) has its
own command (one log row plus the status)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.undo import RecordOps, WriteCommand, WriteContext

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


class StatusStepCommand(WriteCommand):
    """A meeting was just moved one step, giving ``after`` (already written when pushed).

    Undo takes that step back and puts back the status before it (refused if the status
    moved on since); redo takes the same step again (a new log row, now, with the same
    reason).
    """

    def __init__(
        self,
        text: str,
        service: MeetingsService,
        context: WriteContext,
        after: MeetingRecord,
    ) -> None:
        super().__init__(text, context)
        assert after.history, "a step is always logged"
        self._service = service
        self.meeting_id = after.id
        step = after.history[-1]
        self.status: MeetingStatus = step.to_status
        self.reason = step.reason
        self.change_id = step.id

    def _forward(self) -> None:
        record = self._service.change_status(self.meeting_id, self.status, self.reason)
        if record.history:
            # Taken again as a new log row: undo must take back that one.
            self.change_id = record.history[-1].id

    def _backward(self) -> None:
        self._service.undo_status_change(self.meeting_id, self.change_id)
