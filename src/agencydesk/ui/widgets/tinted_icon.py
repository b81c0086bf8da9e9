"""The style's own icons (a command link's arrow, a back arrow) in the palette's text colour.

Fusion draws these arrows from fixed near-black pictures: on a dark palette they all but
vanish (1.4:1 on the window). Only their shape is kept here; the colour is the button's text
colour, and it is set again when the palette changes (a desktop switching to its dark mode
while the program runs) or the style does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QStyle

SIZES = (16, 20, 24, 32)  # push buttons 16, command links 20; the rest for larger fonts
RATIOS = (1, 2)  # 2x for high-density screens, as the program's own icons


def tinted(
    icon: QIcon, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText
) -> QIcon:
    """``icon``'s shape in ``palette``'s ``role``: the active colour when enabled, the
    disabled one when disabled (Qt's own greying would start from the black again)."""
    result = QIcon()
    modes = (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    )
    for mode, group in modes:
        colour = palette.color(group, role)
        for size in SIZES:
            for ratio in RATIOS:
                pixmap = icon.pixmap(QSize(size, size), ratio)
                if not pixmap.isNull():
                    result.addPixmap(_recoloured(pixmap, colour), mode)
    return result


def _recoloured(pixmap: QPixmap, colour: QColor) -> QPixmap:
    out = QPixmap(pixmap)
    painter = QPainter(out)
    # SourceIn keeps each pixel's opacity and replaces its colour: the shape and its
    # antialiased edges stay, the near-black goes.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), colour)
    painter.end()
    return out


class TintedStandardIcon(QObject):
    """Gives ``button`` the style's ``standard`` icon tinted to the button's palette, and
    gives it again when the button's palette or style changes. Lives as long as the button.

    It watches the button itself: at the button's own PaletteChange its palette is already
    the new one (at an ApplicationPaletteChange, or a parent's PaletteChange, not yet)."""

    def __init__(self, button: QAbstractButton, standard: QStyle.StandardPixmap) -> None:
        super().__init__(button)
        self._button = button
        self._standard = standard
        button.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        button = self._button
        style_icon = button.style().standardIcon(self._standard, None, button)
        button.setIcon(tinted(style_icon, button.palette()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.apply()
        return False
