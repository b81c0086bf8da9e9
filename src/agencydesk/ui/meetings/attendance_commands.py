"""Undoable attendance writes, each several rows in one step and one transaction: ticking
presence or representation, inviting, removing invitations.

As everywhere (ui/undo.py), the first write happens before the push; ``redo`` writes again
only after an ``undo``. A refused undo or redo (the minutes were approved meanwhile) is
reported and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from agencydesk.domain.attendance import AttendanceDraft, AttendanceRecord
from agencydesk.domain.errors import UserError
from agencydesk.ui.meetings.context import MeetingsContext


class _AttendanceCommand(QUndoCommand):
    def __init__(self, text: str, context: MeetingsContext, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._context = context
        self._changed = changed  # the tab reads again and tells its page
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
            self._context.write.report(exc)
            return
        self._context.notify()
        self._changed()

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class ChangeAttendanceCommand(_AttendanceCommand):
    """Rows went from the drafts ``before`` to ``after`` (same ids in both)."""

    def __init__(
        self,
        text: str,
        context: MeetingsContext,
        changed: Callable[[], None],
        before: dict[int, AttendanceDraft],
        after: dict[int, AttendanceDraft],
    ) -> None:
        super().__init__(text, context, changed)
        self.before = dict(before)
        self.after = dict(after)

    def _forward(self) -> None:
        self._context.attendance.update_many(self.after)

    def _backward(self) -> None:
        self._context.attendance.update_many(self.before)


class InviteCommand(_AttendanceCommand):
    """``records`` were just invited: undo removes them, redo puts them back (ids kept)."""

    def __init__(
        self,
        text: str,
        context: MeetingsContext,
        changed: Callable[[], None],
        records: list[AttendanceRecord],
    ) -> None:
        super().__init__(text, context, changed)
        self.records = list(records)

    def _forward(self) -> None:
        self.records = self._context.attendance.restore(self.records)

    def _backward(self) -> None:
        self.records = self._context.attendance.uninvite([r.id for r in self.records])


class UninviteCommand(InviteCommand):
    """``records`` were just removed (as the service returned them): undo restores them."""

    def _forward(self) -> None:
        super()._backward()

    def _backward(self) -> None:
        super()._forward()
