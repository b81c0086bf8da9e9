"""Undoable attendance writes, each several rows in one step and one transaction: ticking
presence or representation, inviting, removing invitations.

As everywhere (ui/undo.py WriteCommand), the first write happens before the push; ``redo``
writes again only after an ``undo``. A refused undo or redo (the minutes were approved
meanwhile) is reported and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from agencydesk.domain.attendance import AttendanceDraft, AttendanceRecord
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.undo import WriteCommand


class _AttendanceCommand(WriteCommand):
    def __init__(self, text: str, context: MeetingsContext, changed: Callable[[], None]) -> None:
        super().__init__(text, context.write)
        self._meetings = context
        self._changed = changed  # the tab reads again and tells its page

    def _written(self) -> None:
        self._changed()


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
        self._meetings.attendance.update_many(self.after)

    def _backward(self) -> None:
        self._meetings.attendance.update_many(self.before)


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
        self.records = self._meetings.attendance.restore(self.records)

    def _backward(self) -> None:
        self.records = self._meetings.attendance.uninvite([r.id for r in self.records])


class UninviteCommand(InviteCommand):
    """``records`` were just removed (as the service returned them): undo restores them."""

    def _forward(self) -> None:
        super()._backward()

    def _backward(self) -> None:
        super()._forward()
