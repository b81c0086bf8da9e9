"""Colours read from the palette, so text stays readable on light and dark desktops alike."""

from __future__ import annotations

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


def readable_link(palette: QPalette) -> QColor:
    """The palette's link colour, made lighter on a dark card (darker on a light one) until it
    reads on the card's base colour at WCAG's 4.5:1. A palette turned dark that keeps the
    light palette's link colour (Qt's default dark blue) would otherwise leave it unreadable."""
    base = palette.color(QPalette.ColorRole.Base)
    link = QColor(palette.color(QPalette.ColorRole.Link))
    target = 1.0 if base.lightnessF() < 0.5 else 0.0
    hue, saturation, lightness, alpha = link.getHslF()
    while contrast(link, base) < 4.5 and abs(target - lightness) > 0.01:
        lightness += (target - lightness) * 0.2
        link.setHslF(hue, saturation, lightness, alpha)
    return link
