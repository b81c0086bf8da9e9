"""Driving widgets as a user does, shared by the UI tests (pytest puts this folder on the
path of its test modules)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from agencydesk.domain.enums import Country
from agencydesk.services.settings import Settings


class StubController:
    """What the main window asks of the application, and no more (English, Peru)."""

    settings = Settings(language="en", country=Country.PERU)
    log_file = None

    def open_database(self, path: Path) -> None: ...
    def open_demo(self) -> None: ...
    def apply_settings(self, settings: Settings) -> None: ...
    def finish_first_run(self) -> None: ...


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, accents included (QTest.keyClicks cannot send "ñ" or "á")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click(qtbot, widget: QWidget) -> None:
    """A mouse click on an enabled widget (a disabled one fails the test, naming it)."""
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def go_to(window: QMainWindow, area: QWidget) -> None:
    """A click on the area's entry in the main window's navigation bar."""
    window.nav.setCurrentRow(window.pages.indexOf(area))  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is area  # type: ignore[attr-defined]
