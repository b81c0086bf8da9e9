"""The program's own line icons (resources/icons/<name>.svg), tinted to the palette.

The SVGs are drawn in ``currentColor``; here that word becomes the palette's text colour, so a
dark palette gets light strokes. Each icon is rendered once per colour set at the sizes Qt asks
for most (menus 16, toolbars and the navigation 24) at 1x and 2x, and kept.

Icons set on actions and items do not follow a later change of palette by themselves (a QIcon
is a set of pixmaps): ``ThemedIcons`` remembers what it set and sets it again then.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

ICON_NAMES = (
    "undo",
    "redo",
    "new",
    "save",
    "delete",
    "find",
    "import",
    "backup",
    "guide",
    "back",
    "forward",
    "home",
    "agendas",
    "initiatives",
    "plans",
    "meetings",
    "agreements",
    "actors",
    "welcome",
)
SIZES = (16, 20, 24, 32, 48)
RATIOS = (1, 2)  # 2x for high-density screens; Qt scales the nearest one for 1.25x, 1.5x…


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` (one of ``ICON_NAMES``) in ``palette``'s colours (the application's
    by default): text colour when enabled, the disabled text colour when disabled, and the
    selected-text colour on a selected row (a navigation item on its highlight)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    return _tinted(
        name,
        palette.color(group.Active, role.WindowText).name(),
        palette.color(group.Disabled, role.WindowText).name(),
        palette.color(group.Active, role.HighlightedText).name(),
    )


@cache
def _svg(name: str) -> bytes:
    if name not in ICON_NAMES:
        raise KeyError(f"no icon named {name!r}")
    # importlib.resources: the same call finds the file in a checkout, a wheel or a frozen app.
    return (files("agencydesk.resources") / "icons" / f"{name}.svg").read_bytes()


@cache
def _tinted(name: str, normal: str, disabled: str, selected: str) -> QIcon:
    result = QIcon()
    modes = ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled))
    for mode, colour in (*modes, (QIcon.Mode.Selected, selected)):
        renderer = QSvgRenderer(QByteArray(_svg(name).replace(b"currentColor", colour.encode())))
        for size in SIZES:
            for ratio in RATIOS:
                result.addPixmap(_render(renderer, size, ratio), mode)
    return result


def _render(renderer: QSvgRenderer, size: int, ratio: int) -> QPixmap:
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _HasIcon(Protocol):
    def setIcon(self, icon: QIcon, /) -> None: ...


class ThemedIcons(QObject):
    """Sets icons on actions, buttons and list items, and sets them again in the new colours
    when the palette changes (the system switched to dark mode, or the style changed).

    It watches ``owner`` (the window), which Qt tells of every application palette change;
    the targets must live as long as the owner (the window's own actions and items)."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._targets: list[tuple[_HasIcon, str]] = []
        owner.installEventFilter(self)

    def set(self, target: _HasIcon, name: str) -> None:
        target.setIcon(icon(name, self._owner.palette()))
        self._targets.append((target, name))

    def refresh(self) -> None:
        palette = self._owner.palette()
        for target, name in self._targets:
            target.setIcon(icon(name, palette))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PaletteChange, not ApplicationPaletteChange: at that one the owner's palette is
        # still the old one.
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        return False
