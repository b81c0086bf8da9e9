"""Undoable writes: the base of every command (WriteCommand), and create, edit and delete
commands that call a service.

The first write happens before the command is pushed (so a refused save never reaches the
stack and the form can show why); ``redo`` does it again only after an ``undo``. Undoing a
create deletes the record; redoing it, and undoing a delete, restore it with its id and uuid,
so later commands on the stack still point at the right row. If a service refuses an undo or
redo (the record is now in use, was deleted elsewhere...), the user is told why and the
command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from agencydesk.domain.errors import UserError
from agencydesk.services.actors import ActorsService


@dataclass(frozen=True)
class RecordOps:
    """How to read, write and name one kind of record."""

    update: Callable[[int, Any], Any]
    delete: Callable[[int], Any]
    restore: Callable[[Any], Any]
    fetch: Callable[[int], Any]
    usages: Callable[[int], dict[str, int]]
    entity: str  # as in InUseError: "organization", "person"
    name_of: Callable[[Any], str]


def organization_ops(actors: ActorsService) -> RecordOps:
    return RecordOps(
        actors.update_organization,
        actors.delete_organization,
        actors.restore_organization,
        actors.organization,
        actors.organization_usages,
        "organization",
        lambda record: record.name,
    )


def person_ops(actors: ActorsService) -> RecordOps:
    return RecordOps(
        actors.update_person,
        actors.delete_person,
        actors.restore_person,
        actors.person,
        actors.person_usages,
        "person",
        lambda record: record.full_name,
    )


@dataclass
class WriteContext:
    """What pages and forms need to write: the service, the stack, and whom to tell."""

    actors: ActorsService
    undo_stack: QUndoStack
    notify: Callable[[], None]  # a write succeeded (status bar counts, lists)
    report: Callable[[UserError], None]  # an undo/redo was refused: say why


class WriteCommand(QUndoCommand):
    """The skeleton of every undoable write: subclasses say how to write forwards and
    backwards (``_forward``/``_backward``); ``_written`` runs after each successful one.

    The first ``redo`` is skipped (the write happened before the push). A write the service
    refuses (UserError) is reported through ``context`` and the command leaves the stack; one
    that succeeds tells ``context.notify``.
    """

    def __init__(self, text: str, context: WriteContext) -> None:
        super().__init__(text)
        self._context = context
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False  # already written before the push
            return
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except UserError as exc:
            self.setObsolete(True)
            self._context.report(exc)
            return
        self._context.notify()
        self._written()

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError

    def _written(self) -> None:
        """After a successful undo or redo (and ``notify``): nothing by default."""


class _RecordCommand(WriteCommand):
    def __init__(self, text: str, ops: RecordOps, context: WriteContext) -> None:
        super().__init__(text, context)
        self._ops = ops


class CreateCommand(_RecordCommand):
    """``record`` was just created."""

    def __init__(self, text: str, ops: RecordOps, context: WriteContext, record: Any) -> None:
        super().__init__(text, ops, context)
        self.record = record

    def _forward(self) -> None:
        self.record = self._ops.restore(self.record)

    def _backward(self) -> None:
        self.record = self._ops.delete(self.record.id)


class EditCommand(_RecordCommand):
    """Record ``record_id`` went from draft ``before`` to draft ``after``."""

    def __init__(
        self,
        text: str,
        ops: RecordOps,
        context: WriteContext,
        record_id: int,
        before: Any,
        after: Any,
    ) -> None:
        super().__init__(text, ops, context)
        self.record_id = record_id
        self._before = before
        self._after = after

    def _forward(self) -> None:
        self._ops.update(self.record_id, self._after)

    def _backward(self) -> None:
        self._ops.update(self.record_id, self._before)


class DeleteCommand(_RecordCommand):
    """``record`` was just deleted (the service returned it)."""

    def __init__(self, text: str, ops: RecordOps, context: WriteContext, record: Any) -> None:
        super().__init__(text, ops, context)
        self.record = record

    def _forward(self) -> None:
        self.record = self._ops.delete(self.record.id)

    def _backward(self) -> None:
        self.record = self._ops.restore(self.record)


def write_record(
    context: WriteContext,
    ops: RecordOps,
    create: Callable[[Any], Any],
    before: Any | None,
    draft: Any,
    remember: Callable[[Any], None],
    create_text: Callable[[Any], str],
    edit_text: Callable[[Any], str],
) -> Any:
    """What every record form's Save does: create (``before`` is None) or update the record,
    let the form ``remember`` the saved record, tell the page, and push the matching undo
    command; an edit that changed nothing pushes nothing. The texts come from the form, which
    translates them in its own context. Returns the saved record."""
    if before is None:
        created = create(draft)
        remember(created)
        context.notify()
        context.undo_stack.push(CreateCommand(create_text(created), ops, context, created))
        return created
    updated = ops.update(before.id, draft)
    remember(updated)
    if updated.draft != before.draft:
        context.notify()
        context.undo_stack.push(
            EditCommand(edit_text(updated), ops, context, before.id, before.draft, updated.draft)
        )
    return updated
