"""Undoable writes of the Initiatives area: the record operations the shared commands of
``ui/undo.py`` need, a command for adding several participants as one step, and the
one delete flow (refuse when used, ask, delete, undoable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from agencydesk.domain.errors import InUseError, UserError
from agencydesk.domain.initiatives import ParticipationRecord
from agencydesk.domain.records import NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import DeleteCommand, RecordOps, WriteContext
from agencydesk.ui.widgets import ask_yes_no, tell, undo_keys


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


class AddParticipantsCommand(QUndoCommand):
    """Several participants were just added: one undo removes them all, one redo puts them
    back (same ids and uuids), each in one transaction."""

    def __init__(
        self, text: str, context: InitiativesContext, records: list[ParticipationRecord]
    ) -> None:
        super().__init__(text)
        self._context = context
        self.records = records
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False  # already written before the push
            return
        service = self._context.initiatives
        self._run(lambda: service.restore_participations(self.records))

    def undo(self) -> None:
        service = self._context.initiatives
        self._run(lambda: service.delete_participations([r.id for r in self.records]))

    def _run(self, write: Callable[[], list[ParticipationRecord]]) -> None:
        try:
            self.records = write()
        except UserError as exc:
            self.setObsolete(True)
            self._context.write.report(exc)
            return
        self._context.notify()


def delete_with_undo(
    parent: QWidget,
    context: InitiativesContext,
    ops: RecordOps,
    record_id: int,
    title: str,
    undo: str,
) -> bool:
    """Refuse with a sentence when others use the record; otherwise ask (default No), delete,
    and push an undoable command (``undo``: its menu text, %1 for the name). True when it was
    deleted."""
    try:
        record = ops.fetch(record_id)
        used = ops.usages(record_id)
    except UserError as exc:
        tell(parent, title, user_error_text(exc))
        return False
    name = ops.name_of(record)
    if used:
        tell(parent, title, user_error_text(InUseError(ops.entity, name, used)))
        return False
    question = (
        QCoreApplication.translate("InitiativesUndo", "Delete “%1”? You can undo this with %2.")
        .replace("%1", name)
        .replace("%2", undo_keys())
    )
    if not ask_yes_no(parent, title, question):
        return False
    try:
        deleted = ops.delete(record_id)
    except UserError as exc:
        tell(parent, title, user_error_text(exc))
        return False
    context.notify()
    context.undo_stack.push(DeleteCommand(undo.replace("%1", name), ops, context.write, deleted))
    return True
