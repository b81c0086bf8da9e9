"""Writes asked by an ordered list of the agenda page (goals, priorities): each goes through
the service, then onto the shared undo stack, so Ctrl+Z puts a deleted goal back at its
place, moves it back, or restores its old wording."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencydesk.domain.agendas import Direction
from agencydesk.domain.errors import UserError
from agencydesk.ui.agendas.ordered_list import OrderedListEditor
from agencydesk.ui.agendas.undo import MoveCommand, short
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import (
    CreateCommand,
    DeleteCommand,
    EditCommand,
    RecordOps,
    WriteContext,
)
from agencydesk.ui.widgets import tell


@dataclass(frozen=True)
class ListTexts:
    """Undo-menu texts (with %1 for the item) and the title of a refusal, already translated."""

    add: str
    edit: str
    delete: str
    move_up: str
    move_down: str
    refused: str


class ListWriter(QObject):
    """Connects one ``OrderedListEditor`` to the service and the undo stack."""

    def __init__(
        self,
        editor: OrderedListEditor,
        context: WriteContext,
        ops: RecordOps,
        add: Callable[[int, str], Any],
        move: Callable[[int, Direction], Any],
        texts: ListTexts,
        agenda_id: Callable[[], int | None],
        reload: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._context = context
        self._ops = ops
        self._add = add
        self._move = move
        self._texts = texts
        self._agenda_id = agenda_id
        self._reload = reload
        self._parent = parent
        editor.add_requested.connect(self.add)
        editor.edit_requested.connect(self.edit)
        editor.delete_requested.connect(self.delete)
        editor.move_requested.connect(self.move)

    def add(self, text: str) -> None:
        agenda_id = self._agenda_id()
        if agenda_id is None:
            return
        try:
            record = self._add(agenda_id, text)
        except UserError as exc:
            self._refused(exc)
            return
        self._editor.added()
        self._editor.select_next = record.id
        self._push(
            CreateCommand(self._text(self._texts.add, record), self._ops, self._context, record)
        )

    def edit(self, row_id: int, text: str) -> None:
        try:
            before = self._ops.name_of(self._ops.fetch(row_id))
            after = self._ops.name_of(self._ops.update(row_id, text))
        except UserError as exc:
            self._refused(exc)
            self._reload()  # show the saved text again, not the refused one
            return
        if after == before:
            return
        label = self._texts.edit.replace("%1", short(after))
        self._push(EditCommand(label, self._ops, self._context, row_id, before, after))

    def delete(self, row_id: int) -> None:
        try:
            record = self._ops.delete(row_id)
        except UserError as exc:
            self._refused(exc)
            return
        self._push(
            DeleteCommand(self._text(self._texts.delete, record), self._ops, self._context, record)
        )

    def move(self, row_id: int, direction: str) -> None:
        way: Direction = "up" if direction == "up" else "down"
        try:
            record = self._move(row_id, way)
        except UserError as exc:
            self._refused(exc)
            return
        template = self._texts.move_up if way == "up" else self._texts.move_down
        self._push(
            MoveCommand(self._text(template, record), self._move, self._context, row_id, way)
        )

    # --- helpers ---------------------------------------------------------------------------

    def _text(self, template: str, record: Any) -> str:
        return template.replace("%1", short(self._ops.name_of(record)))

    def _push(self, command: Any) -> None:
        # notify first: the area shows the page as written (and the status bar recounts),
        # then the push, whose stack move needs no second read.
        self._context.notify()
        self._context.undo_stack.push(command)

    def _refused(self, error: UserError) -> None:
        tell(self._parent, self._texts.refused, user_error_text(error))
