"""Undo for the minutes: agenda items through the shared create/edit/delete commands, plus the
two they lack: moving an item, and one edit session of a development text (several saves
while the user keeps typing merge into one step of the stack)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from agencydesk.ui.undo import EditCommand, RecordOps, WriteCommand, WriteContext

if TYPE_CHECKING:
    from agencydesk.services.meetings import MeetingsService

SHORT_TEXT = 48
"""Undo-menu texts quote at most this many characters of an item's title."""


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def _no_usages(_item_id: int) -> dict[str, int]:
    # An agenda item belongs to its meeting: nothing else points at it.
    return {}


def agenda_item_ops(meetings: MeetingsService) -> RecordOps:
    """An item's "draft" for EditCommand is its AgendaItemDraft (title, notes, links)."""
    return RecordOps(
        meetings.update_item,
        meetings.delete_item,
        meetings.restore_item,
        meetings.agenda_item,
        _no_usages,
        "agenda_item",
        lambda record: record.title,
    )


class MoveItemCommand(WriteCommand):
    """Item ``item_id`` was just moved from ``old`` to ``new`` position; undo moves it back."""

    def __init__(
        self,
        text: str,
        meetings: MeetingsService,
        context: WriteContext,
        item_id: int,
        old: int,
        new: int,
    ) -> None:
        super().__init__(text, context)
        self._meetings = meetings
        self.item_id = item_id
        self.old = old
        self.new = new

    def _forward(self) -> None:
        self._meetings.move_item(self.item_id, self.new)

    def _backward(self) -> None:
        self._meetings.move_item(self.item_id, self.old)


class TextSessionCommand(EditCommand):
    """One edit session of a long text (an item's development, the general minutes).

    The text is saved after each pause in typing; every save of the same ``session`` on the
    same record merges into the command on top of the stack, so Ctrl+Z undoes the whole
    session at once, not the last few words.
    """

    MERGE_ID = 4_7311

    def __init__(
        self,
        text: str,
        ops: RecordOps,
        context: WriteContext,
        record_id: int,
        before: Any,
        after: Any,
        session: int,
    ) -> None:
        super().__init__(text, ops, context, record_id, before, after)
        self.session = session

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextSessionCommand):
            return False
        if other.session != self.session or other.record_id != self.record_id:
            return False
        self._after = other._after
        # Typed and then typed back: the session changed nothing, it leaves the stack.
        self.setObsolete(self._after == self._before)
        return True
