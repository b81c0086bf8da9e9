"""The program's icons: the SVG set follows its rules and renders at every size, the tint
follows the palette (a dark palette gets light strokes, also after a live switch), and the
main window's toolbar shows the menus' own actions, with Help › User guide on F1."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.resources import files

import pytest
from driving import StubController
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPalette, QUndoCommand
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMenu

from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace
from agencydesk.ui.icons import ICON_NAMES, icon
from agencydesk.ui.main_window import MainWindow

ICONS = files("agencydesk.resources") / "icons"
SVG = "{http://www.w3.org/2000/svg}"


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#333333"),
        (role.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(r, QColor(colour))
    palette.setColor(group.Disabled, role.WindowText, QColor("#707070"))
    return palette


@pytest.fixture
def restore_palette(qapp) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def ink(image: QImage) -> list[QColor]:
    """The icon's drawn pixels (the strokes' solid middle, not their soft edges)."""
    return [
        colour
        for y in range(image.height())
        for x in range(image.width())
        if (colour := image.pixelColor(x, y)).alpha() > 200
    ]


def lightness(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> float:
    drawn = ink(icon_.pixmap(QSize(24, 24), 1.0, mode).toImage())
    assert drawn
    return sum(c.lightnessF() for c in drawn) / len(drawn)


# --- the SVG files -----------------------------------------------------------------------


def test_every_icon_has_a_file_and_every_file_is_an_icon() -> None:
    names = {p.name.removesuffix(".svg") for p in ICONS.iterdir() if p.name.endswith(".svg")}
    assert names - {"agencydesk"} == set(ICON_NAMES)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_icon_is_a_24_px_line_drawing_in_current_color(name: str) -> None:
    text = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor"
    assert root.get("stroke-width") == "2"
    assert root.get("fill") == "none"
    # One colour, given once on the root, so the tint reaches every stroke.
    assert "#" not in text
    for element in root.iter():
        if element is not root:
            assert not {"stroke", "fill", "stroke-width", "style"} & set(element.keys()), name


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_icon_renders_at_16_24_and_48_px_at_1x_and_2x(qapp, name: str) -> None:
    for size in (16, 24, 48):
        for ratio in (1.0, 2.0):
            image = icon(name).pixmap(QSize(size, size), ratio).toImage()
            side = round(size * ratio)
            assert (image.width(), image.height()) == (side, side), (name, size, ratio)
            drawn = len(ink(image))
            # Strokes, not an empty square and not a filled one.
            assert side * side * 0.04 < drawn < side * side * 0.6, (name, size, ratio, drawn)


def test_the_application_icon_is_flat_and_renders_small_and_large(qapp) -> None:
    data = (ICONS / "agencydesk.svg").read_bytes()
    assert b"<text" not in data
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    for size in (16, 32, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, size
        # Its three colours survive at 16 px: the nodes do not blur into the tile.
        assert len({c.name() for c in ink(image)}) > 3, size


# --- the tint ---------------------------------------------------------------------------


def test_the_tint_follows_the_palette(qapp, restore_palette) -> None:
    light = icon("save")
    assert lightness(light) < 0.3  # dark strokes on a light window
    assert lightness(light, QIcon.Mode.Disabled) > lightness(light)  # greyed when disabled

    qapp.setPalette(dark_palette())
    dark = icon("save")
    assert lightness(dark) > 0.8  # light strokes on a dark window
    assert lightness(dark, QIcon.Mode.Disabled) < lightness(dark)


def test_a_selected_navigation_row_gets_the_selected_text_colour(qapp) -> None:
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    home = icon("home", palette)
    assert lightness(home, QIcon.Mode.Selected) > 0.9
    assert lightness(home) < 0.1


def test_an_unknown_icon_is_a_bug_not_a_blank(qapp) -> None:
    with pytest.raises(KeyError):
        icon("nothing-of-that-name")


# --- the window -------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, database: Database) -> Iterator[MainWindow]:
    workspace = Workspace.open(database, lambda: "Ana Quispe", language=lambda: "en")
    made = MainWindow(StubController(), workspace)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close_without_asking()
    made.deleteLater()


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        found.extend(menu.actions())
    return found


def test_the_toolbar_shows_the_menus_own_actions_in_groups(window: MainWindow) -> None:
    shown = window.toolbar.actions()
    layout = ["|" if a.isSeparator() else a.text() for a in shown]
    assert layout == [
        "&Undo",
        "&Redo",
        "|",
        "&New",
        "&Save",
        "&Delete",
        "&Find",
        "|",
        "&Import…",
        "|",
        "&Back up now…",
        "|",
        "User &guide",
    ]
    in_menus = menu_actions(window)
    for action in shown:
        if not action.isSeparator():
            assert any(action is m for m in in_menus), action.text()
            assert not action.icon().isNull(), action.text()
    assert shown[10] is window.backup_actions.back_up_action


def test_toolbar_tooltips_say_the_command_and_its_key(window: MainWindow) -> None:
    tips = [a.toolTip() for a in window.toolbar.actions() if not a.isSeparator()]
    assert tips == [
        "Undo (Ctrl+Z)",
        "Redo (Ctrl+Shift+Z)",
        "New (Ctrl+N)",
        "Save (Ctrl+S)",
        "Delete (Del)",
        "Find (Ctrl+F)",
        "Import (Ctrl+I)",
        "Back up now",
        "User guide (F1)",
    ]


def test_the_undo_tooltip_names_what_it_would_undo(window: MainWindow) -> None:
    command = QUndoCommand("Create organization “Cámara de Comercio de Piura”")
    window.undo_stack.push(command)
    undo = window.window_actions.undo
    assert undo.isEnabled()
    assert undo.toolTip() == "Undo Create organization “Cámara de Comercio de Piura” (Ctrl+Z)"


def test_f1_opens_the_user_guide_in_the_programs_language(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    opened: list[tuple[object, str]] = []
    monkeypatch.setattr(
        "agencydesk.ui.guide.show_guide",
        lambda parent, language, topic=None: opened.append((parent, language)),
    )
    (help_menu,) = (m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help")
    guide = help_menu.actions()[0]
    assert guide is window.window_actions.guide
    assert guide.text() == "User &guide"
    assert guide.shortcut().toString() == "F1"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert opened == [(window, "en")]
    window.toolbar.widgetForAction(guide).click()
    assert opened == [(window, "en"), (window, "en")]


def test_the_navigation_shows_the_set_icons(window: MainWindow) -> None:
    names = ["home", "agendas", "initiatives", "plans", "meetings", "agreements", "actors"]
    assert window.nav.count() == len(names)
    for row, name in enumerate(names):
        shown = window.nav.item(row).icon().pixmap(QSize(24, 24), 1.0).toImage()
        assert shown == icon(name).pixmap(QSize(24, 24), 1.0).toImage(), name


def test_icons_turn_light_when_the_palette_turns_dark(
    qtbot, window: MainWindow, qapp, restore_palette
) -> None:
    assert lightness(window.nav.item(0).icon()) < 0.3
    assert lightness(window.window_actions.save.icon()) < 0.3

    qapp.setPalette(dark_palette())  # what Qt does when the system switches to dark mode

    qtbot.waitUntil(lambda: lightness(window.nav.item(0).icon()) > 0.8)
    assert lightness(window.window_actions.save.icon()) > 0.8
    assert lightness(window.window_actions.back_up.icon()) > 0.8
