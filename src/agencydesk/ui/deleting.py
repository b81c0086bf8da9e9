"""Deleting a record as every list and page does it: refuse with a sentence when others use
it, otherwise ask (default No), delete, and push an undoable command.

The question is translated in the "ListPage" context, where it was first written: one sentence
for the whole program, translated once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agencydesk.domain.errors import InUseError, UserError
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import DeleteCommand, RecordOps, WriteContext
from agencydesk.ui.widgets import ask_yes_no, tell, undo_keys


def delete_with_undo(
    parent: QWidget,
    context: WriteContext,
    record_id: int,
    ops: RecordOps,
    title: str,
    undo_text: str,
) -> bool:
    """True when the record was deleted. ``undo_text`` has %1 for the record's name."""
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
        QCoreApplication.translate("ListPage", "Delete “%1”? You can undo this with %2.")
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
    context.undo_stack.push(DeleteCommand(undo_text.replace("%1", name), ops, context, deleted))
    return True
