"""Undoable agreement writes: create/edit/delete through the shared commands, and marking
several done at once (one step: undo puts each back as it was)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agencydesk.domain.agreements import AgreementRecord
from agencydesk.domain.errors import UserError
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import RecordOps, WriteCommand, WriteContext
from agencydesk.ui.widgets import tell

if TYPE_CHECKING:
    from agencydesk.services.agreements import AgreementsService


def agreement_ops(service: AgreementsService) -> RecordOps:
    return RecordOps(
        service.update,
        service.delete,
        service.restore,
        service.agreement,
        service.usages,
        "agreement",
        lambda record: record.name(),
    )


class MarkDoneCommand(WriteCommand):
    """``before`` (the records as they were) were just marked done on ``on``.

    Undo writes their drafts back in one transaction; redo marks the same ones done again.
    """

    def __init__(
        self,
        text: str,
        service: AgreementsService,
        context: WriteContext,
        before: Sequence[AgreementRecord],
        on: date,
    ) -> None:
        super().__init__(text, context)
        self._service = service
        self.before = list(before)
        self.on = on

    def _forward(self) -> None:
        self._service.mark_done([r.id for r in self.before], self.on)

    def _backward(self) -> None:
        self._service.update_many({r.id: r.draft for r in self.before})


def mark_done_with_undo(
    parent: QWidget,
    service: AgreementsService,
    context: WriteContext,
    ids: Sequence[int],
    on: date,
) -> list[AgreementRecord]:
    """Mark the open ones among ``ids`` done on ``on`` as one undoable step; returns the
    records that changed (as they were before). Tells the user when the service refuses."""
    try:
        before = service.mark_done(list(ids), on)
    except UserError as exc:
        title = QCoreApplication.translate("AgreementUndo", "Cannot mark the agreements done")
        tell(parent, title, user_error_text(exc))
        return []
    if not before:
        return []
    if len(before) == 1:
        text = QCoreApplication.translate("AgreementUndo", "Mark agreement %1 done").replace(
            "%1", before[0].reference
        )
    else:
        text = QCoreApplication.translate(
            "AgreementUndo", "Mark %n agreement(s) done", "", len(before)
        )
    context.notify()
    context.undo_stack.push(MarkDoneCommand(text, service, context, before, on))
    return before
