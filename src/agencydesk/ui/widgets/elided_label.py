"""A one-line label that cuts its text with "…" to the width it is given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from agencydesk.ui.widgets.plain_text import plain


class ElidedLabel(QLabel):
    """Shows ``full_text()`` on one line, cut at the right when it does not fit; the tooltip
    then has the whole text (or ``tooltip`` when given: a fuller, multi-line version).

    Its width never pushes the window wider: a long objective is cut, not laid out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tooltip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        # One line: line breaks of a long text become spaces.
        self._full = " ".join(text.split())
        self._tooltip = tooltip
        self._elide()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.text() != self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(plain(self._tooltip or (self._full if shown != self._full else "")))
