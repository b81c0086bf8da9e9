"""Undo for the Agendas area: the shared create/edit/delete commands over agendas, goals and
priorities, and the one command they lack, moving an item of an ordered list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agencydesk.domain.agendas import Direction
from agencydesk.services.agendas import AgendasService
from agencydesk.ui.undo import RecordOps, WriteCommand, WriteContext

SHORT_TEXT = 48
"""Undo-menu texts quote at most this many characters of a goal's statement."""


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def agenda_ops(agendas: AgendasService) -> RecordOps:
    return RecordOps(
        agendas.update_agenda,
        agendas.delete_agenda,
        agendas.restore_agenda,
        agendas.agenda,
        agendas.agenda_usages,
        "agenda",
        lambda record: record.title,
    )


def _no_usages(_row_id: int) -> dict[str, int]:
    # Goals and priorities belong to their agenda: nothing else points at them.
    return {}


def goal_ops(agendas: AgendasService) -> RecordOps:
    """A goal's "draft" for EditCommand is its statement."""
    return RecordOps(
        agendas.update_goal,
        agendas.delete_goal,
        agendas.restore_goal,
        agendas.goal,
        _no_usages,
        "goal",
        lambda record: record.statement,
    )


def priority_ops(agendas: AgendasService) -> RecordOps:
    """A priority's "draft" for EditCommand is its name."""
    return RecordOps(
        agendas.rename_priority,
        agendas.delete_priority,
        agendas.restore_priority,
        agendas.priority,
        _no_usages,
        "agenda_priority",
        lambda record: record.name,
    )


def opposite(direction: Direction) -> Direction:
    return "down" if direction == "up" else "up"


class MoveCommand(WriteCommand):
    """Item ``row_id`` was just moved one place ``direction``; undo moves it back."""

    def __init__(
        self,
        text: str,
        move: Callable[[int, Direction], Any],
        context: WriteContext,
        row_id: int,
        direction: Direction,
    ) -> None:
        super().__init__(text, context)
        self._move = move
        self.row_id = row_id
        self.direction = direction

    def _forward(self) -> None:
        self._move(self.row_id, self.direction)

    def _backward(self) -> None:
        self._move(self.row_id, opposite(self.direction))
