"""The PDF buttons of the pages, in a main window over the demo data: each asks the reports
service for its document and record, the preview opens, and no button steals another's
Alt+letter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from driving import StubController
from pdf_driving import Boxes, Records, mnemonic, preview_of, visible_mnemonics
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from agencydesk.services.database import Database
from agencydesk.services.reports.service import DocumentKind, ReportsService
from agencydesk.services.workspace import Workspace
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.reports.buttons import PdfButton, find_workspace

# QtPdf warns about links to a whole page (/Fit, the handover's table of contents): it reads
# only /XYZ destinations. The links work in PDF readers; the preview does not follow links.


@pytest.fixture
def window(qtbot, demo_database: Database) -> Iterator[MainWindow]:
    workspace = Workspace.open(demo_database, lambda: "tester", language=lambda: "es")
    made = MainWindow(StubController(), workspace)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close_without_asking()  # stops its database worker
    made.deleteLater()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """The (kind, record) the service was asked for; the real document is still written."""
    calls: list[tuple[str, Any]] = []
    real = ReportsService.write

    def write(self, kind, record_id, out, **kwargs):
        calls.append((str(kind), record_id))
        return real(self, kind, record_id, out, **kwargs)

    monkeypatch.setattr(ReportsService, "write", write)
    return calls


def settle(qtbot, window: MainWindow) -> None:
    """Let the window's deferred first reads run."""
    qtbot.waitUntil(lambda: window.db_worker.is_idle())
    qtbot.wait(0)


def press(qtbot, window: MainWindow, button: PdfButton, kind: DocumentKind | None = None):
    assert button.isVisible() and button.isEnabled()
    if kind is None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        button.actions_by_kind[kind].trigger()
    assert not button.isEnabled()  # one document at a time
    dialog = preview_of(qtbot, button)
    qtbot.waitUntil(window.db_worker.is_idle)
    assert button.isEnabled()
    return dialog


def assert_own_letter(page: QWidget, button: PdfButton) -> None:
    """No other visible button, tab or field of the window uses the PDF button's letter,
    on every tab of ``page``."""
    letter = mnemonic(button.text())
    assert letter is not None
    tabs = page.findChild(QTabWidget)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        users = [text for found, text in visible_mnemonics(page.window()) if found == letter]
        assert users == [button.text()], (letter, users)


def test_the_plan_page(
    qtbot, window: MainWindow, records: Records, asked, boxes: Boxes, temp_root
) -> None:
    window.areas.open_plan(records.plan)
    settle(qtbot, window)
    button = window.areas.plans.panel.header.pdf_button
    assert find_workspace(button) is window.workspace
    assert button.text() == "Action plan (PD&F)…"
    dialog = press(qtbot, window, button)
    assert asked == [("action-plan", records.plan)]
    assert dialog.page_count > 1
    dialog.reject()
    assert_own_letter(window.areas.plans.panel, button)
    assert boxes.warned == []


def test_the_meeting_page_offers_minutes_and_sign_in(
    qtbot, window: MainWindow, records: Records, asked, boxes: Boxes, temp_root
) -> None:
    window.areas.open_meeting(records.held_meeting)
    settle(qtbot, window)
    page = window.areas.meetings.page
    button = page.pdf_button
    assert [a.text() for a in button.menu().actions()] == [
        "&Minutes (PDF)…",
        "&Sign-in sheet (PDF)…",
    ]
    press(qtbot, window, button, DocumentKind.MINUTES).reject()
    window.areas.open_meeting(records.planned_meeting)
    settle(qtbot, window)
    press(qtbot, window, button, DocumentKind.SIGN_IN).reject()
    assert asked == [("minutes", records.held_meeting), ("sign-in", records.planned_meeting)]
    assert_own_letter(page, button)
    assert boxes.warned == []


def test_the_initiative_page_offers_handover_and_agreements(
    qtbot, window: MainWindow, records: Records, asked, boxes: Boxes, temp_root
) -> None:
    window.areas.open_initiative(records.initiative)
    settle(qtbot, window)
    page = window.areas.initiatives.page
    button = page.pdf_button
    press(qtbot, window, button, DocumentKind.HANDOVER).reject()
    press(qtbot, window, button, DocumentKind.AGREEMENTS).reject()
    assert asked == [("handover", records.initiative), ("agreements", records.initiative)]
    assert_own_letter(page, button)
    # Its Plan tab shows the plan's own button too, with a letter of its own.
    plan_panel = page.tab_widget("plan")
    page.tabs.setCurrentWidget(plan_panel)
    plan_button = plan_panel.header.pdf_button
    assert plan_button.isVisible() and button.isVisible()
    letter = mnemonic(plan_button.text())
    assert [t for found, t in visible_mnemonics(window) if found == letter] == [plan_button.text()]
    assert boxes.warned == []


def test_the_agreements_tracker_prints_its_initiative_or_all(
    qtbot, window: MainWindow, records: Records, asked, boxes: Boxes, temp_root
) -> None:
    tracker = window.areas.agreements
    window.areas.follow("agreements", {})
    settle(qtbot, window)
    button = tracker.pdf_button
    press(qtbot, window, button).reject()
    tracker.show_list(initiative_id=records.initiative)
    press(qtbot, window, button).reject()
    assert asked == [("agreements", None), ("agreements", records.initiative)]
    assert "every initiative" in button.toolTip()
    assert_own_letter(tracker, button)
    assert boxes.warned == []
