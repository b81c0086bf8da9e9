"""When a page reads the database again after a write: once per event-loop pass while it is on
screen, otherwise only when it is next shown.

Every page of a plan listens to the one undo stack of the window. Reading on every push, undo
or redo, visible or not, made each step cost seconds with tens of thousands of actions (the
Plans area's lists, its plan panel and the initiative's Plan tab all read at once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget


class ShownRefresh(QObject):
    """Calls ``read`` for ``widget`` after ``request()`` (or a move of ``undo_stack``): on the
    next event-loop pass if the widget is visible, else when it is next shown. The widget's
    own reads call ``read_done()``, so an explicit read is never followed by a second one."""

    def __init__(
        self,
        widget: QWidget,
        read: Callable[[], None],
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._read = read
        self.stale = False
        self.fresh = False
        """Read during this event-loop pass (a second read now would show the same)."""
        self._skip_move = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._read_if_shown)
        self._next_pass = QTimer(self)
        self._next_pass.setSingleShot(True)
        self._next_pass.setInterval(0)
        self._next_pass.timeout.connect(self._forget_pass)
        widget.installEventFilter(self)
        if undo_stack is not None:
            # A bound method of a child of the widget: Qt drops the connection with it.
            undo_stack.indexChanged.connect(self._stack_moved)

    def request(self) -> None:
        """The data on show may be out of date."""
        self.stale = True
        if self._widget.isVisible():
            self._soon.start()

    def read_now_if_shown(self) -> None:
        """Read at once if out of date and on screen (after a write made from this page)."""
        if self.stale and self._widget.isVisible():
            self._read_if_shown()

    def read_done(self) -> None:
        """The widget has just read everything: nothing is pending."""
        self._soon.stop()
        self.stale = False
        self.fresh = True
        self._next_pass.start()

    def skip_next_move(self) -> None:
        """The write about to be pushed on the stack is already shown: ignore its move."""
        self._skip_move = True
        self._next_pass.start()

    def _stack_moved(self, _index: int) -> None:
        if self._skip_move:
            self._skip_move = False
            return
        self.request()

    def _read_if_shown(self) -> None:
        if self.stale and self._widget.isVisible():
            self.read_done()
            self._read()

    def _forget_pass(self) -> None:
        self._skip_move = False
        self.fresh = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            # Deferred: whoever shows the widget may be about to read it anyway.
            self._soon.start()
        return False
