"""Keeping a page in step with the shared undo stack without reading while it is hidden.

Every push, undo or redo anywhere in the window moves the one undo stack. An area that read
the database again on each move would read everything on every keystroke-sized write of
every other area, visible or not (with thousands of rows, a freeze). Instead: a visible page
reads again once, on the next turn of the event loop (several moves in a row cost one read);
a hidden one only remembers that it is stale and reads when it is shown again.

(Used by the Agendas and Initiatives areas and the Bottlenecks panel; it could live in
``ui/widgets`` for every area.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


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
