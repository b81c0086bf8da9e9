"""The ways into the import wizard from the main window (File menu, Ctrl+I, a dropped file,
the welcome page) and the import history with its Undo."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from wizard_files import CREATED, write_padron

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.settings import Settings
from agencydesk.services.workspace import Workspace
from agencydesk.ui.importing.history import ImportHistoryDialog
from agencydesk.ui.importing.wizard import ImportWizard
from agencydesk.ui.main_window import MainWindow


@dataclass
class StubController:
    settings: Settings = field(default_factory=Settings)
    log_file: Path | None = None
    first_run_finished: int = 0

    def open_database(self, path: Path) -> None: ...
    def open_demo(self) -> None: ...
    def apply_settings(self, settings: Settings) -> None: ...

    def finish_first_run(self) -> None:
        self.first_run_finished += 1


@pytest.fixture
def window(qtbot, demo_database):
    made = MainWindow(
        StubController(), Workspace.open(demo_database, lambda: "tester"), show_welcome=True
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    for child in made.findChildren(ImportWizard):
        child.close()
    made.close()
    if made._db_worker is not None:
        assert not made._db_worker.is_running()


def wizard_of(qtbot, window: MainWindow) -> ImportWizard:
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None)
    return window.findChild(ImportWizard)


def menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text() == text:
            return action
    raise AssertionError(f"no File menu entry {text!r}")


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_file_menu_import_with_ctrl_i(qtbot, window):
    action = menu_action(window, "&Import…")
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    wizard = wizard_of(qtbot, window)
    assert wizard.isVisible()
    assert wizard.state.day_first  # the country setting (other: Latin America) reads day first


def test_dropping_a_spreadsheet_opens_the_wizard_on_it(qtbot, window, tmp_path):
    path = write_padron(tmp_path / "padron.xlsx")
    mime = file_mime(path)
    centre = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        centre.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert drop.isAccepted()
    wizard = wizard_of(qtbot, window)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20_000)
    assert wizard.state.loaded.name == "padron.xlsx"


def test_other_files_are_not_taken(qtbot, window, tmp_path):
    other = tmp_path / "acta.pdf"
    other.write_bytes(b"%PDF-1.4")
    mime = file_mime(other)  # kept alive: the event only points at it
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_the_welcome_page_imports_a_spreadsheet(qtbot, window):
    assert window.welcome is not None
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    wizard_of(qtbot, window)
    assert window.controller.first_run_finished == 1


def test_the_history_undoes_an_import(qtbot, window, tmp_path, monkeypatch):
    service = window.workspace.importing
    _, _, result = service.import_file(
        write_padron(tmp_path / "padron.xlsx"), ImportKind.ORGANIZATIONS
    )
    assert result.created == CREATED
    window.refresh_status()
    before = window.counts_label.text()
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    menu_action(window, "Import &history…").trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportHistoryDialog) is not None)
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "padron.xlsx · Padrón 2025"
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert asked and "padron.xlsx" in asked[0]
    assert dialog.model.batches[0].undone_at is not None
    assert dialog.model.index(0, 7).data() != ""
    assert not dialog.undo_button.isEnabled()
    assert window.counts_label.text() != before  # the window counted again
    assert service.history()[0].undone_at is not None


def test_the_history_model_passes_the_model_tester(qtbot, window, tmp_path, qtmodeltester):
    service = window.workspace.importing
    service.import_file(write_padron(tmp_path / "padron.xlsx"), ImportKind.ORGANIZATIONS)
    dialog = window.open_import_history()
    qtmodeltester.check(dialog.model)
    dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
