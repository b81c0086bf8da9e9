"""Saving a long text as the user writes it: after a pause in typing, and when they leave the
box, with no Save button to forget. Each stay in the box is one *edit session*: the saves it
makes carry the same session key, so the undo stack merges them into one step."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit

PAUSE_MS = 1500
"""Saved this long after the last keystroke."""

_sessions = count(1)


class TextAutosave(QObject):
    """Watches ``edit``; calls ``save(text, session)`` with the edited plain text.

    ``save`` returns False when the service refused (the typed text stays, still unsaved).
    """

    def __init__(
        self,
        edit: QPlainTextEdit,
        save: Callable[[str, int], bool],
        pause_ms: int = PAUSE_MS,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self._save = save
        self._dirty = False
        self._loading = False
        self.session = next(_sessions)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, text: str | None) -> None:
        """Show stored ``text`` (not an edit); a new session starts."""
        self._timer.stop()
        self._dirty = False
        self.session = next(_sessions)
        text = text or ""
        if self.edit.toPlainText() == text:
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False

    def flush(self) -> bool:
        """Save now if there is unsaved text; False when the save was refused."""
        self._timer.stop()
        if not self._dirty:
            return True
        self._dirty = False
        if not self._save(self.edit.toPlainText(), self.session):
            self._dirty = True
            return False
        return True

    def end_session(self) -> bool:
        """Save, and make the next edit a new step of the undo stack."""
        saved = self.flush()
        self.session = next(_sessions)
        return saved

    def _changed(self) -> None:
        if self._loading or self.edit.isReadOnly():
            return
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() == Qt.FocusReason.PopupFocusReason:
                # A context menu (paste) or the Edit menu: saved, but the user is still here.
                self.flush()
            else:
                self.end_session()
        return False
