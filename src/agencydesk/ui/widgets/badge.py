"""A short status in a rounded pill ("Minutes approved"), in the palette's colours.

Painted here rather than with a style sheet: a sheet's ``palette(...)`` colours are read once,
when the label is polished, and the sheet then pins the label's palette, so a desktop
switching to its dark mode while the program runs left a white pill on a dark window.
Painting reads the palette in use at each paint, and Qt repaints on a palette change.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from agencydesk.ui.widgets.colours import readable

PADDING = (12, 1)  # around the text: horizontal, vertical


class BadgeColours(NamedTuple):
    fill: QColor
    text: QColor
    border: QColor


def badge_colours(palette: QPalette) -> BadgeColours:
    """The pill's colours in ``palette``: the alternate base, a shade off the window, with
    the palette's text made readable on it at 4.5:1 (WCAG's ratio for text)."""
    fill = palette.color(QPalette.ColorRole.AlternateBase)
    text = readable(palette.color(QPalette.ColorRole.Text), fill)
    return BadgeColours(fill, text, palette.color(QPalette.ColorRole.Mid))


class Badge(QLabel):
    """Bold plain text in a pill; ``setText`` and ``text`` as any label's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        # The label's size hint adds the margins: room for the border and the round ends.
        self.setContentsMargins(PADDING[0], PADDING[1], PADDING[0], PADDING[1])

    def colours(self) -> BadgeColours:
        return badge_colours(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)  # the 1px border, crisp
        radius = pill.height() / 2
        painter.setPen(QPen(colours.border, 1))
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(colours.text)
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
        painter.end()
