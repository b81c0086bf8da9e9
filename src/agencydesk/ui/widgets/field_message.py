"""The line under a form field that says what is wrong with it.

No colours of our own: a bold sentence next to the style's warning/critical icon reads the same
on light and dark palettes (a hard-coded red or pink background does not).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class FieldMessage(QWidget):
    """Hidden until there is something to say; ``show_error`` blocks, ``show_warning`` informs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self._kind = ""
        self.hide()

    def text(self) -> str:
        return self._text.text() if self._kind else ""

    def kind(self) -> str:
        """ "error", "warning" or "" when nothing is shown."""
        return self._kind

    def show_error(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxCritical, bold=True)
        self._kind = "error"

    def show_warning(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning, bold=False)
        self._kind = "warning"

    def clear(self) -> None:
        self._text.clear()
        self._kind = ""
        self.hide()

    def _show(self, text: str, pixmap: QStyle.StandardPixmap, bold: bool) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self._icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(size, size))
        font = self._text.font()
        font.setBold(bold)
        self._text.setFont(font)
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()
