"""Undoable writes of the Initiatives area: the record operations the shared commands of
``ui/undo.py`` need, a command for adding several participants as one step, and the
one delete flow (refuse when used, ask, delete, undoable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from agencydesk.domain.initiatives import ParticipationRecord
from agencydesk.domain.records import NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.ui.deleting import delete_with_undo as shared_delete
from agencydesk.ui.undo import RecordOps, WriteCommand, WriteContext


@dataclass
class InitiativesContext:
    """What the area's pages, forms and dialogs share."""

    actors: ActorsService
    initiatives: InitiativesService
    write: WriteContext  # the stack, and whom to tell after a write or a refused undo
    agenda_choices: Callable[[], list[NamedRef]]
    today: Callable[[], date] = date.today  # default dates of the dialogs

    @property
    def undo_stack(self) -> QUndoStack:
        return self.write.undo_stack

    def notify(self) -> None:
        self.write.notify()


def initiative_ops(service: InitiativesService) -> RecordOps:
    return RecordOps(
        service.update_initiative,
        service.delete_initiative,
        service.restore_initiative,
        service.initiative,
        service.initiative_usages,
        "initiative",
        lambda record: record.name,
    )


def participation_ops(service: InitiativesService) -> RecordOps:
    return RecordOps(
        service.update_participation,
        service.delete_participation,
        service.restore_participation,
        service.participation,
        service.participation_usages,
        "participation",
        lambda record: record.name,
    )


class AddParticipantsCommand(WriteCommand):
    """Several participants were just added: one undo removes them all, one redo puts them
    back (same ids and uuids), each in one transaction."""

    def __init__(
        self, text: str, context: InitiativesContext, records: list[ParticipationRecord]
    ) -> None:
        super().__init__(text, context.write)
        self._initiatives = context.initiatives
        self.records = records

    def _forward(self) -> None:
        self.records = self._initiatives.restore_participations(self.records)

    def _backward(self) -> None:
        self.records = self._initiatives.delete_participations([r.id for r in self.records])


def delete_with_undo(
    parent: QWidget,
    context: InitiativesContext,
    ops: RecordOps,
    record_id: int,
    title: str,
    undo: str,
) -> bool:
    """The program's one delete flow (ui/deleting.py) with this area's context; ``undo`` is the
    undo-menu text, %1 for the name. True when it was deleted."""
    return shared_delete(parent, context.write, record_id, ops, title, undo)
