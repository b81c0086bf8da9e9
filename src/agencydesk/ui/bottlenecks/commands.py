"""Undoable bottleneck writes: create/edit/delete reuse the Actors commands through a RecordOps;
a status change has its own command (one history row plus the status fields)."""

from __future__ import annotations

from agencydesk.domain.bottlenecks import BottleneckRecord
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.ui.undo import RecordOps, WriteCommand, WriteContext


def bottleneck_ops(service: BottlenecksService) -> RecordOps:
    return RecordOps(
        service.update,
        service.delete,
        service.restore,
        service.bottleneck,
        service.usages,
        "bottleneck",
        lambda record: record.name(),
    )


class StatusChangeCommand(WriteCommand):
    """``before`` was moved one step, giving ``after`` (already written when pushed).

    Undo removes the step's history row and puts back the earlier status, resolution date and
    evidence; redo records the same step again (a new row, same date, note and evidence).
    """

    def __init__(
        self,
        text: str,
        service: BottlenecksService,
        context: WriteContext,
        before: BottleneckRecord,
        after: BottleneckRecord,
    ) -> None:
        super().__init__(text, context)
        self._service = service
        self._before = before
        self._after = after
        assert after.last_change is not None
        self.change_id = after.last_change.id

    def _forward(self) -> None:
        step = self._after.last_change
        assert step is not None
        record = self._service.change_status(
            self._before.id,
            step.status,
            step.changed_on,
            step.note,
            self._after.resolution_evidence,
        )
        if record.last_change is not None:
            # The step is written again as a new row: undo must remove that one.
            self.change_id = record.last_change.id

    def _backward(self) -> None:
        self._service.undo_status_change(self.change_id, self._before.resolution_evidence)
