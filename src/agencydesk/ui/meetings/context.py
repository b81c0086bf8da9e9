"""What the Meetings area's pages, tabs, forms and dialogs share: the services, the undo
stack, and whom to tell after a write.

``ui/areas.py`` builds one context from the workspace (``MeetingsContext.build``); each area
or panel that writes takes its own copy with ``with_notify`` so that its writes, undos and
redos tell *it* (the Meetings area, the Agreements tracker, an initiative's Meetings tab).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import NamedRef
from agencydesk.ui.undo import WriteContext

if TYPE_CHECKING:
    from agencydesk.services.actors import ActorsService
    from agencydesk.services.agreements import AgreementsService
    from agencydesk.services.attendance import AttendanceService
    from agencydesk.services.initiatives import InitiativesService
    from agencydesk.services.meetings import MeetingsService
    from agencydesk.services.workspace import Workspace


def _no_choices() -> list[NamedRef]:
    return []


def _nothing() -> None:
    pass


def _ignore(_error: UserError) -> None:
    pass


@dataclass
class MeetingsContext:
    actors: ActorsService
    initiatives: InitiativesService
    meetings: MeetingsService
    attendance: AttendanceService
    agreements: AgreementsService
    write: WriteContext  # the stack, and whom to tell after a write or a refused undo
    today: Callable[[], date] = date.today  # overdue / due soon, default dates of dialogs
    initiative_choices: Callable[[], list[NamedRef]] = _no_choices
    agenda_choices: Callable[[], list[NamedRef]] = _no_choices
    safety_backup: Callable[[], object] = _nothing  # before several records go at once

    @property
    def undo_stack(self) -> QUndoStack:
        return self.write.undo_stack

    def notify(self) -> None:
        self.write.notify()

    def with_notify(
        self, notify: Callable[[], None], report: Callable[[UserError], None]
    ) -> MeetingsContext:
        """The same services and stack; writes made through the copy tell ``notify`` (and a
        refused undo or redo ``report``)."""
        write = WriteContext(self.write.actors, self.write.undo_stack, notify, report)
        return replace(self, write=write)

    @classmethod
    def build(
        cls,
        workspace: Workspace,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
    ) -> MeetingsContext:
        """A context over ``workspace``'s services; it tells nobody until ``with_notify``."""
        w = workspace
        return cls(
            actors=w.actors,
            initiatives=w.initiatives,
            meetings=w.meetings,  # type: ignore[attr-defined]
            attendance=w.attendance,  # type: ignore[attr-defined]
            agreements=w.agreements,  # type: ignore[attr-defined]
            write=WriteContext(w.actors, undo_stack, _nothing, _ignore),
            today=today,
            initiative_choices=w.initiatives.initiative_choices,
            agenda_choices=w.agendas.agenda_choices,
            safety_backup=w.backups.before_bulk_delete,
        )
