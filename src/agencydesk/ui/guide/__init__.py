"""The user guide, offline: Help › User guide (F1) calls ``show_guide``.

The pages are HTML files in ``agencydesk/resources/guide/<language>/`` with screenshots in
``guide/images/<language>/`` (made by tools/guide_screenshots.py from the program itself).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agencydesk.ui.guide.window import GuideWindow, current_guide

__all__ = ["GuideWindow", "current_guide", "show_guide"]


def show_guide(parent: QWidget | None, language: str, topic: str | None = None) -> None:
    """Open the guide beside ``parent``'s window, in ``language`` ("es", "pt_BR", "en"; a
    page missing in it is shown in Spanish), on ``topic`` (a page such as "mesa", or a
    section such as "mesa#agreements"; the contents page by default).

    There is one guide window per application: when it is already open it comes to the
    front, in ``language``, on ``topic`` when one is given (else where the user left it)."""
    window = current_guide()
    if window is None:
        window = GuideWindow(language)
        _place(window, parent)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(window.close)
        window.show_topic(topic)
    else:
        window.set_language(language)
        if topic is not None:
            window.show_topic(topic)
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _place(window: GuideWindow, parent: QWidget | None) -> None:
    """Beside the program: at the right of the screen the program is on, as tall as fits,
    so the steps can be followed in the program at the same time."""
    anchor = parent.window() if parent is not None else None
    screen = anchor.screen() if anchor is not None else window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), max(640, room.width() * 3 // 5))
    height = min(room.height() - 40, max(window.height(), room.height() * 9 // 10))
    window.resize(width, max(480, height))
    window.move(room.right() - window.frameGeometry().width() + 1, room.top() + 20)
