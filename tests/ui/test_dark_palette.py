"""The dashboard's links read on a dark palette as on a light one, also after a live switch
(pytest-qt, offscreen, the demo data): Qt colours a link from the application palette once, when
the text is set, and a palette turned dark may keep the light one's dark blue link colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from agencydesk.services.dashboard import DashboardService
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.dashboard.panel import Panel
from agencydesk.ui.widgets.colours import contrast, readable_link


def dark_palette() -> QPalette:
    """A desktop's dark mode as a style may give it: dark window and base, light text, and
    the link colour left as it was (Qt's default dark blue)."""
    palette = QPalette(QApplication.palette())
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.PlaceholderText, "#a0a0a0"),
        (role.Button, "#333333"),
        (role.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(r, QColor(colour))
    palette.setColor(role.Link, QColor("#0000ff"))
    return palette


@pytest.fixture
def restore_palette(qapp) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


@pytest.fixture
def page(qtbot, demo_database, restore_palette) -> DashboardPage:
    page = DashboardPage(DashboardService(demo_database.uow))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    return page


def linked(page: DashboardPage) -> Panel:
    """The panel whose note holds a link on the demo data ("1 open agreement due in…")."""
    (panel,) = [p for p in page.panels if p.note.isVisible() and "href" in p.note.text()]
    return panel


def link_ink(panel: Panel) -> float:
    """The best contrast of the note's bluish pixels (the link's solid strokes) against the
    card, as drawn: the note's text around the link is grey, the link alone is coloured."""
    image = panel.note.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    card = panel.palette().color(QPalette.ColorRole.Base)
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.blue() - max(colour.red(), colour.green()) > 40:
                best = max(best, contrast(colour, card))
    return best


def test_the_link_reads_on_a_light_and_on_a_dark_palette(qtbot, page: DashboardPage) -> None:
    panel = linked(page)
    assert link_ink(panel) >= 4.5

    QApplication.setPalette(dark_palette())  # as when the desktop switches to its dark mode
    card = QColor("#1e1e1e")
    qtbot.waitUntil(lambda: linked(page).palette().color(QPalette.ColorRole.Base) == card)
    # The palette's dark blue would read at about 2:1 on this card; the link is lighter.
    assert contrast(QColor("#0000ff"), card) < 2.5
    qtbot.waitUntil(lambda: link_ink(linked(page)) >= 4.5)


def test_a_readable_link_colour_keeps_its_hue_and_a_good_one_stays() -> None:
    palette = dark_palette()
    made = readable_link(palette)
    assert contrast(made, palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert made.hslHue() == QColor("#0000ff").hslHue()  # still the palette's blue, lighter
    palette.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))  # a dark theme's own link
    assert readable_link(palette) == QColor("#8ab4f8")


def test_error_text_reads_on_a_dark_palette_and_stays_red(qtbot, restore_palette) -> None:
    """A wizard page's refusal (import_damaged...) in the error red: a fixed dark red reads at
    about 2:1 on a dark window; the label's red is lightened from the palette in use."""
    from PySide6.QtWidgets import QWidget

    from agencydesk.ui.importing.page_base import message_label, show_message
    from agencydesk.ui.widgets.colours import ERROR_RED, error_text

    QApplication.setPalette(dark_palette())
    window = QColor("#2b2b2b")
    assert contrast(ERROR_RED, window) < 3
    holder = QWidget()
    qtbot.addWidget(holder)
    label = message_label()
    label.setParent(holder)
    show_message(label, "El archivo está dañado.", error=True)
    colour = QColor(label.styleSheet().removeprefix("color: ").removesuffix(";"))
    assert contrast(colour, window) >= 4.5
    assert colour.hslHue() == ERROR_RED.hslHue()
    # On a light palette the red is the red itself.
    light = QPalette(dark_palette())
    light.setColor(QPalette.ColorRole.Window, QColor("#f5f5f5"))
    assert error_text(light) == ERROR_RED


def test_quiet_text_reads_on_light_and_dark_palettes() -> None:
    """An undone import's row: dimmer than the rest, yet readable on either palette."""
    from agencydesk.ui.widgets.colours import quiet_text

    light = QPalette(dark_palette())
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#bebebe"))
    for palette in (light, dark_palette()):
        colour = quiet_text(palette)
        assert contrast(colour, palette.color(QPalette.ColorRole.Base)) >= 4.5
