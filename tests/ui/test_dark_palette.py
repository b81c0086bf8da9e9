"""Links read on a dark palette as on a light one, also after a live switch (pytest-qt,
offscreen, the demo data): the dashboard's notes, the welcome page's guide link, a meeting's
owner link and its "changed after approval" note. Qt colours a link from the application
palette once, when the text is set, and a palette turned dark may keep the light one's dark
blue link colour (or a light one a dark theme's pale blue). The style's arrows on the welcome
page's buttons and a meeting's back button, and a meeting's status badge, follow too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from driving import StubController
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.meetings import MeetingQuery
from agencydesk.services.dashboard import DashboardService
from agencydesk.services.workspace import Workspace
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.dashboard.panel import Panel
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.meetings.meeting_page import MeetingPage
from agencydesk.ui.welcome import WelcomePage
from agencydesk.ui.widgets.colours import contrast, is_dark, readable_link


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


# --- links in the pages' own sentences: the welcome page, a meeting's page and its note ------

LINK_STYLE = re.compile(r"<a\b[^>]*\bstyle='color:(#[0-9a-f]{6})'")


def light_palette() -> QPalette:
    """A light desktop whose link colour stayed a dark theme's pale blue (2:1 on white)."""
    palette = QPalette(dark_palette())
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#f0f0f0"),
        (role.WindowText, "#1b1b1b"),
        (role.Base, "#ffffff"),
        (role.AlternateBase, "#f5f5f5"),
        (role.Text, "#1b1b1b"),
        (role.PlaceholderText, "#6d6d6d"),
        (role.Button, "#e8e8e8"),
        (role.ButtonText, "#1b1b1b"),
    ):
        palette.setColor(r, QColor(colour))
    palette.setColor(role.Link, QColor("#8ab4f8"))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


def link_colours(label: QLabel) -> list[QColor]:
    """The colour each link of the label's HTML is drawn in (every link has one)."""
    html = label.text()
    found = [QColor(c) for c in LINK_STYLE.findall(html)]
    assert found and len(found) == html.count("<a "), html
    return found


def links_read(label: QLabel, palette: QPalette) -> bool:
    """Whether the label follows ``palette`` and its links read on its window at 4.5:1, in
    the hue of the palette's link colour (give or take the rounding of "#rrggbb")."""
    window = palette.color(QPalette.ColorRole.Window)
    if label.palette().color(QPalette.ColorRole.Window) != window:
        return False  # the palette has not reached the label yet
    hue = palette.color(QPalette.ColorRole.Link).hslHue()
    return all(
        contrast(c, window) >= 4.5 and abs(c.hslHue() - hue) <= 2 for c in link_colours(label)
    )


@pytest.mark.parametrize("name", PALETTES)
def test_the_welcome_pages_guide_link_reads(qtbot, restore_palette, name: str) -> None:
    palette = PALETTES[name]()
    QApplication.setPalette(palette)
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    link = palette.color(QPalette.ColorRole.Link)
    assert contrast(link, palette.color(QPalette.ColorRole.Window)) < 2.5  # as the palette has it
    assert links_read(page.guide_link, palette)
    assert "Read the user guide" in page.guide_link.text()


def test_the_welcome_pages_link_follows_a_switch_to_dark(qtbot, restore_palette) -> None:
    QApplication.setPalette(light_palette())
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: links_read(page.guide_link, light_palette()))
    QApplication.setPalette(dark_palette())  # the desktop switches while the program runs
    qtbot.waitUntil(lambda: links_read(page.guide_link, dark_palette()))


@pytest.fixture
def window(qtbot, demo_database, restore_palette) -> Iterator[MainWindow]:
    QApplication.setPalette(light_palette())
    workspace = Workspace.open(demo_database, lambda: "tester", language=lambda: "en")
    made = MainWindow(StubController(), workspace)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(made.db_worker.is_idle)
    yield made
    made.close_without_asking()
    made.deleteLater()


def approved_meeting_changed_after(qtbot, window: MainWindow) -> MeetingPage:
    """The page of approved minutes changed afterwards: the owner link and the note's link."""
    ws = window.workspace
    meetings = ws.meetings.meetings(ws.meetings.meeting_ids(MeetingQuery()))
    approved = next(m for m in meetings if m.status is MeetingStatus.MINUTES_APPROVED)
    ws.meetings.change_status(approved.id, MeetingStatus.HELD, "Faltó un asistente")
    ws.meetings.change_status(approved.id, MeetingStatus.MINUTES_APPROVED)
    window.areas.open_meeting(approved.id)
    qtbot.waitUntil(window.db_worker.is_idle)
    page = window.areas.meetings.page
    assert page.approval_note.isVisible()
    return page


def test_a_meeting_pages_links_read_on_light_and_dark_palettes(qtbot, window: MainWindow) -> None:
    page = approved_meeting_changed_after(qtbot, window)
    labels = (page.owner_link, page.approval_note.text)
    for label in labels:
        assert links_read(label, light_palette())

    QApplication.setPalette(dark_palette())
    for label in labels:
        qtbot.waitUntil(lambda label=label: links_read(label, dark_palette()))
    # Read again on the dark palette (another meeting shown, the note refreshed): still read.
    page.reload()
    for label in labels:
        assert links_read(label, dark_palette())


# --- icons and the status badge after a live switch ---------------------------------------


def icon_ink(button: QAbstractButton) -> float:
    """The worst contrast, against the palette's window, of the solid pixels of the button's
    icon as the button draws it (its size, enabled): a dark arrow on a dark window fails."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    window = button.palette().color(QPalette.ColorRole.Window)
    solid = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert len(solid) >= 10, "the icon has no solid shape"
    return min(contrast(colour, window) for colour in solid)


def test_the_welcome_pages_arrows_follow_a_switch_to_dark(qtbot, restore_palette) -> None:
    """The command links' arrows (the style's own, drawn black) take the palette's text
    colour, on a page made light and switched to dark while it is shown, and back."""
    QApplication.setPalette(light_palette())
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    buttons = (page.demo_button, page.empty_button, page.open_button, page.import_button)
    assert all(icon_ink(b) >= 4.5 for b in buttons)

    QApplication.setPalette(dark_palette())
    window = QColor("#2b2b2b")
    qtbot.waitUntil(lambda: page.palette().color(QPalette.ColorRole.Window) == window)
    for button in buttons:
        assert button.palette().color(QPalette.ColorRole.Window) == window
        assert icon_ink(button) >= 4.5, button.text()

    QApplication.setPalette(light_palette())
    qtbot.waitUntil(lambda: page.palette().color(QPalette.ColorRole.Window) != window)
    assert all(icon_ink(b) >= 4.5 for b in buttons)


def test_a_meeting_pages_back_arrow_follows_a_switch_to_dark(qtbot, window: MainWindow) -> None:
    page = approved_meeting_changed_after(qtbot, window)
    assert icon_ink(page.back_button) >= 4.5
    QApplication.setPalette(dark_palette())
    qtbot.waitUntil(lambda: is_dark(page.back_button.palette()))
    assert icon_ink(page.back_button) >= 4.5


def is_dark_colour(colour: QColor) -> bool:
    return colour.lightness() < 128


def badge_look(badge: QLabel) -> tuple[QColor, float]:
    """The badge as drawn: its fill (beside the text, inside the rounded border) and the best
    contrast of its text's pixels against that fill."""
    image = badge.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    fill = image.pixelColor(5, image.height() // 2)
    ink = max(
        contrast(image.pixelColor(x, y), fill)
        for y in range(image.height())
        for x in range(10, image.width() - 10)
    )
    return fill, ink


def test_the_status_badge_follows_a_switch_to_dark_and_back(qtbot, window: MainWindow) -> None:
    """The badge ("Minutes approved") kept the light palette's colours, a white pill, after
    the desktop turned dark: its colours come from the palette in use, its text at 4.5:1."""
    page = approved_meeting_changed_after(qtbot, window)
    assert page.badge.text() == "Minutes approved"
    light_fill, ink = badge_look(page.badge)
    assert not is_dark_colour(light_fill) and ink >= 4.5

    QApplication.setPalette(dark_palette())
    qtbot.waitUntil(lambda: is_dark(page.palette()))
    qtbot.waitUntil(lambda: is_dark_colour(badge_look(page.badge)[0]))
    dark_fill, ink = badge_look(page.badge)
    assert ink >= 4.5
    # The pill still stands out from the window it sits on.
    assert dark_fill != page.palette().color(QPalette.ColorRole.Window)

    QApplication.setPalette(light_palette())
    qtbot.waitUntil(lambda: badge_look(page.badge)[0] == light_fill)
    assert badge_look(page.badge)[1] >= 4.5
