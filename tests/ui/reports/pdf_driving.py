"""Helpers of the PDF tests (imported by the tests and their conftest)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from agencydesk.ui.reports.preview import PdfPreviewDialog


@dataclass
class Boxes:
    """What the message boxes said (they never open in a test)."""

    warned: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Records:
    plan: int
    held_meeting: int
    planned_meeting: int
    initiative: int


def preview_of(qtbot, parent: QWidget) -> PdfPreviewDialog:
    """Wait for the preview a generation opens under ``parent`` (one closed before may still
    be there, invisible, until Qt deletes it)."""

    def shown() -> list[PdfPreviewDialog]:
        return [d for d in parent.findChildren(PdfPreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=30_000)
    return shown()[0]


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a button's or tab's text ("Do&cuments" -> "c")."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button, tab and labelled field under ``root``."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, text))
    return found
