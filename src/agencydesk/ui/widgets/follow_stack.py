"""Keeping a page in step with the shared undo stack without reading while it is hidden.

Every push, undo or redo anywhere in the window moves the one undo stack. An area that read
the database again on each move would read everything on every keystroke-sized write of
every other area, visible or not (with thousands of rows, a freeze). Instead: a visible page
reads again once, on the next turn of the event loop (several moves in a row cost one read);
a hidden one only remembers that it is stale and reads when it is shown again.

``StackFollower`` is used by the Agendas and Initiatives areas and the Bottlenecks panel;
``FollowsStack`` adds the three methods every page of the Meetings and Agreements areas
wrote alike on top of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.dialogs import tell


class StackFollower(QObject):
    """Calls ``refresh`` after moves of ``undo_stack``, only while ``widget`` is visible.

    The widget calls ``refreshed()`` when its refresh starts, ``shown()`` from its
    ``showEvent``, and ``written_here()`` after a write of its own (which it shows at once:
    the stack move that follows needs no second read).
    """

    def __init__(
        self, widget: QWidget, undo_stack: QUndoStack, refresh: Callable[[], None]
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        self._absorb_move = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._due)
        # The write and its stack move come in the same turn of the event loop: a move in a
        # later turn is someone else's.
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._end_turn)
        # A bound method: Qt drops the connection when the widget (and this) is deleted.
        undo_stack.indexChanged.connect(self._moved)

    def refreshed(self) -> None:
        """The widget is reading the database now: nothing is pending any more."""
        self.stale = False
        self._soon.stop()

    def shown(self) -> None:
        """From the widget's ``showEvent``: read if something moved while it was hidden (on
        the next turn, so a caller that refreshes it right after showing reads only once)."""
        if self.stale:
            self._soon.start()

    def written_here(self) -> None:
        """The widget wrote (or undid its own write): show it now if visible, otherwise
        later; either way the stack move that comes with it is already accounted for."""
        if not isValid(self) or not isValid(self._widget):
            return  # the stack outlives the page: a command undone later finds it gone
        self.absorb_move()
        if self._widget.isVisible():
            self._refresh()
        else:
            self.stale = True

    def absorb_move(self) -> None:
        """What the widget shows is already up to date with the stack move about to come."""
        self._absorb_move = True
        self._turn.start()

    def _moved(self, _index: int) -> None:
        if self._absorb_move:
            self._absorb_move = False
            return
        self.stale = True
        if self._widget.isVisible():
            self._soon.start()

    def _due(self) -> None:
        if self._widget.isVisible():
            self._refresh()

    def _end_turn(self) -> None:
        self._absorb_move = False


class FollowsStack:
    """What a page that writes through the shared undo stack does after its writes, for a
    QWidget subclass listing it first: ``class AgreementsTab(FollowsStack, QWidget)``.

    The page declares ``data_changed = Signal()``, sets ``self.follower = StackFollower(self,
    undo_stack, self.refresh)``, and hands ``_written`` and ``_report`` to its commands
    (``context.with_notify(self._written, self._report)``).
    """

    follower: StackFollower
    data_changed: SignalInstance

    def _written(self) -> None:
        """A write made here, or its undo or redo: shown at once if the page is visible (read
        when shown otherwise), then ``data_changed``."""
        # Checked first: the stack outlives the page, and a command undone after the page was
        # closed must not reach its (deleted) follower.
        if not isValid(self):
            return
        self.follower.written_here()
        self.data_changed.emit()

    def _report(self, error: UserError) -> None:
        """An undo or redo the service refused (the record changed meanwhile): say why."""
        title = QCoreApplication.translate("FollowsStack", "Cannot undo or redo")
        parent = cast(QWidget, self) if isValid(self) else None
        tell(parent, title, user_error_text(error))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        self.follower.shown()  # read now if something moved while hidden
