"""Colours read from the palette, so text stays readable on light and dark desktops alike."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, made lighter on a dark background (darker on a light one) until it reads
    on ``background`` at ``ratio`` (WCAG's 4.5:1 for text); its hue is kept."""
    out = QColor(colour)
    target = 1.0 if background.lightnessF() < 0.5 else 0.0
    hue, saturation, lightness, alpha = out.getHslF()
    while contrast(out, background) < ratio and abs(target - lightness) > 0.01:
        lightness += (target - lightness) * 0.2
        out.setHslF(hue, saturation, lightness, alpha)
    return out


def readable_link(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The palette's link colour, lightened or darkened until it reads on ``background`` (a
    label's window, a card's base). A palette turned dark that keeps the light palette's link
    colour (Qt's default dark blue, 2:1 on a dark window) would otherwise leave it unreadable."""
    return readable(palette.color(QPalette.ColorRole.Link), palette.color(background))


_ANCHOR = re.compile(r"<a\b([^>]*)>")


def coloured_links(html: str, colour: QColor) -> str:
    """``html`` with each link drawn in ``colour``. Qt colours a link from the application
    palette's link colour when the text is set, whatever the label's palette: only a style on
    the link itself decides it."""
    return _ANCHOR.sub(rf"<a\1 style='color:{colour.name()}'>", html)


# The red of a failure or a refusal; on a dark desktop it is lightened until it reads.
ERROR_RED = QColor("#b3261e")


def error_text(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The colour of an error's text on ``background`` (a label's window, a table's base)."""
    return readable(ERROR_RED, palette.color(background))


def quiet_text(palette: QPalette) -> QColor:
    """Text that is there but does not count any more (an undone import): the palette's
    disabled text, dimmer than the rest, made readable on the base (Fusion's light one is
    #bebebe on white, 1.9:1)."""
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return readable(disabled, palette.color(QPalette.ColorRole.Base))
