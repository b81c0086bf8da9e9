"""The main window driven from the keyboard and its menus: shortcuts, the status bar, the
window title, the File menu's dialogs (pytest-qt, offscreen; every dialog is patched).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from driving import type_text
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from agencydesk import __version__, paths
from agencydesk.app import AppController
from agencydesk.domain.enums import ActorType
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.settings import SettingsStore
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.settings_dialog import SettingsDialog

# --- helpers ---------------------------------------------------------------------------------


@dataclass
class Boxes:
    """What the window asked or told through QMessageBox, and what the 'user' answers."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()

    def question(_parent, _title, text, *_args, **_kwargs):
        seen.questions.append(text)
        return seen.answer

    def warning(_parent, _title, text, *_args, **_kwargs):
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def about(_parent, _title, text):
        seen.abouts.append(text)

    def exec_(box: QMessageBox) -> int:
        pytest.fail(f"unexpected message box: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "about", about)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@dataclass
class FileDialogs:
    """The file the 'user' picks in the next Open / Save dialog ("" = Cancel)."""

    open_answer: str = ""
    save_answer: str = ""
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    seen = FileDialogs()

    def get_open(_parent, caption, _folder, _filter, *_args, **_kwargs):
        seen.asked.append(caption)
        return seen.open_answer, ""

    def get_save(_parent, caption, _suggested, _filter, *_args, **_kwargs):
        seen.asked.append(caption)
        return seen.save_answer, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return seen


@pytest.fixture
def make_controller(qapp, app_paths: paths.AppPaths, boxes: Boxes) -> Iterator[Callable]:
    """Controllers started as ``run`` does, in English unless told otherwise; closed after."""
    hooks = sys.excepthook, threading.excepthook
    locale = QLocale()
    made: list[AppController] = []

    def make(database: Database, *, show_welcome: bool = False, **settings: object):
        SettingsStore(app_paths.settings_file).update(**{"language": "en", **settings})
        controller = AppController(qapp, app_paths, app_paths.log_file)
        controller.start(database, show_welcome=show_welcome)
        # pytest-qt's hook back: a bug in a slot fails the test rather than open a dialog.
        sys.excepthook, threading.excepthook = hooks
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()
        controller.translations.clear()
        controller.crash.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert leaked == [], "a main window outlived its test"
    sys.excepthook, threading.excepthook = hooks
    QLocale.setDefault(locale)


def active(qtbot, controller: AppController) -> MainWindow:
    """The controller's window, painted and active (window shortcuts need an active window),
    on the Actors area these tests drive (it opens on Home, or on Welcome at a first run)."""
    window = controller.window
    assert window is not None
    if window.pages.currentWidget() is window.home:
        window.show_area(window.actors_area)
    qtbot.waitExposed(window)
    window.repaint()  # the lists are read after the first paint
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A key as the user presses it: it goes to whatever has the keyboard focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def org_names(window: MainWindow) -> list[str]:
    model = window.actors_area.organizations.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def menu_action(window: MainWindow, text: str) -> QAction:
    (action,) = (a for a in window.findChildren(QAction) if a.text() == text)
    return action


def counts(window: MainWindow) -> str:
    return window.counts_label.text()


# --- shortcuts -------------------------------------------------------------------------------


def test_ctrl_n_on_the_welcome_page_opens_a_new_organization(
    qtbot, make_controller, database: Database
) -> None:
    window = active(qtbot, make_controller(database, show_welcome=True))
    assert window.pages.currentWidget() is window.welcome

    press(qtbot, Qt.Key.Key_N)

    assert window.pages.currentWidget() is window.actors_area
    assert window.nav.currentRow() == window.pages.indexOf(window.actors_area)
    form = window.actors_area.organizations.form
    assert form.isVisible()
    assert form.title.text() == "New organization"
    assert form.edits["name"].hasFocus()  # ready to type the name


def test_create_with_the_keyboard_then_undo_and_redo(
    qtbot, make_controller, database: Database
) -> None:
    window = active(qtbot, make_controller(database))
    area = window.actors_area
    page = area.organizations
    qtbot.waitUntil(lambda: page.count_label.text() == "0 organizations")
    assert counts(window) == "0 organizations · 0 people · 0 initiatives"
    assert not window.undo_stack.canUndo()

    press(qtbot, Qt.Key.Key_N)  # Ctrl+N
    assert page.form.isVisible()
    type_text(QApplication.focusWidget(), "Cooperativa Agraria Cafetalera José Olaya")
    press(qtbot, Qt.Key.Key_S)  # Ctrl+S

    assert org_names(window) == ["Cooperativa Agraria Cafetalera José Olaya"]
    assert counts(window) == "1 organization · 0 people · 0 initiatives"
    assert page.count_label.text() == "1 organization"
    assert page.detail.isVisible()

    page.view.setFocus()
    press(qtbot, Qt.Key.Key_Z)  # Ctrl+Z
    assert org_names(window) == []
    assert counts(window) == "0 organizations · 0 people · 0 initiatives"
    assert database.counts().organizations == 0

    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert org_names(window) == ["Cooperativa Agraria Cafetalera José Olaya"]
    assert counts(window) == "1 organization · 0 people · 0 initiatives"


def test_the_edit_menu_names_what_undo_would_undo(
    qtbot, make_controller, database: Database
) -> None:
    window = active(qtbot, make_controller(database))
    undo = menu_action(window, "&Undo")
    assert not undo.isEnabled()
    press(qtbot, Qt.Key.Key_N)
    type_text(QApplication.focusWidget(), "Cámara de Comercio de Piura")
    press(qtbot, Qt.Key.Key_S)
    assert undo.isEnabled()
    assert undo.text() == "&Undo Create organization “Cámara de Comercio de Piura”"


def test_ctrl_f_puts_the_cursor_in_the_search_box(
    qtbot, make_controller, database: Database, actors
) -> None:
    for name in ("Cooperativa José Olaya", "Asociación Núñez y Hermanos"):
        actors.create_organization(OrganizationDraft(name, actor_type=ActorType.PRIVATE))
    window = active(qtbot, make_controller(database, show_welcome=True))
    page = window.actors_area.organizations

    press(qtbot, Qt.Key.Key_F)  # from the Welcome page: it switches to the Actors

    assert window.pages.currentWidget() is window.actors_area
    assert page.search.hasFocus()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    type_text(page.search, "nunez")
    qtbot.waitUntil(lambda: org_names(window) == ["Asociación Núñez y Hermanos"])
    assert page.count_label.text() == "1 organization found"
    # The status bar counts the database, not the search.
    assert counts(window) == "2 organizations · 0 people · 0 initiatives"


def test_the_delete_key_deletes_text_in_a_field_and_records_in_the_list(
    qtbot, make_controller, database: Database, actors, boxes: Boxes
) -> None:
    actors.create_organization(OrganizationDraft("Universidad Nacional de Piura", "UNP"))
    window = active(qtbot, make_controller(database))
    page = window.actors_area.organizations
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    page.search.setFocus()
    type_text(page.search, "piura")
    page.search.setCursorPosition(0)
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert page.search.text() == "iura"  # the key edited the text
    assert boxes.questions == []
    page.search.clear()
    qtbot.waitUntil(lambda: page.count_label.text() == "1 organization")

    page.select_row(0)
    page.view.setFocus()
    boxes.answer = QMessageBox.StandardButton.No
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert len(boxes.questions) == 1
    assert "Universidad Nacional de Piura" in boxes.questions[0]
    assert org_names(window) == ["Universidad Nacional de Piura"]

    boxes.answer = QMessageBox.StandardButton.Yes
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert org_names(window) == []
    assert counts(window) == "0 organizations · 0 people · 0 initiatives"


# --- title, settings, menus ------------------------------------------------------------------


def test_office_name_from_settings_is_in_the_title(
    qtbot, make_controller, database: Database, monkeypatch, app_paths
) -> None:
    controller = make_controller(database)
    window = active(qtbot, controller)
    assert window.windowTitle() == "AgencyDesk — agencydesk.sqlite3"

    def fill_and_accept(dialog: SettingsDialog) -> int:
        assert dialog.windowTitle() == "Settings"
        dialog.office.setText("Agencia Regional de Desarrollo de Los Ríos")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    menu_action(window, "&Settings…").trigger()

    assert controller.window is window
    assert window.windowTitle() == (
        "AgencyDesk — Agencia Regional de Desarrollo de Los Ríos — agencydesk.sqlite3"
    )
    stored = SettingsStore(app_paths.settings_file).current
    assert stored.office_name == "Agencia Regional de Desarrollo de Los Ríos"


def test_cancelled_settings_change_nothing(
    qtbot, make_controller, database: Database, monkeypatch, app_paths
) -> None:
    controller = make_controller(database, office_name="Oficina de Sullana")
    window = active(qtbot, controller)
    title = window.windowTitle()

    def fill_and_cancel(dialog: SettingsDialog) -> int:
        dialog.office.setText("Otra oficina")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_cancel)
    window.edit_settings()
    assert controller.window is window
    assert window.windowTitle() == title
    assert window.nav.item(0).text() == "Home"
    assert SettingsStore(app_paths.settings_file).current.office_name == "Oficina de Sullana"


def test_the_spanish_window_counts_and_works_in_spanish(
    qtbot, make_controller, database: Database, monkeypatch
) -> None:
    controller = make_controller(database)
    active(qtbot, controller)

    def to_spanish(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", to_spanish)
    controller.window.edit_settings()
    window = active(qtbot, controller)
    assert window.nav.item(0).text() == "Inicio"
    assert counts(window).startswith("0 organizaciones")

    press(qtbot, Qt.Key.Key_N)  # the new window has its own shortcuts
    form = window.actors_area.organizations.form
    assert form.isVisible()
    type_text(QApplication.focusWidget(), "Gobierno Regional de Ucayali")
    press(qtbot, Qt.Key.Key_S)
    assert counts(window).startswith("1 organización ")


def test_quitting_with_a_half_typed_organization_asks_first(
    qtbot, make_controller, database: Database, boxes: Boxes
) -> None:
    window = active(qtbot, make_controller(database))
    press(qtbot, Qt.Key.Key_N)
    form = window.actors_area.organizations.form
    type_text(QApplication.focusWidget(), "Asociación de Productores de Cacao de Tocache")
    assert form.is_dirty()
    boxes.answer = QMessageBox.StandardButton.No  # "Discard the changes?" No

    press(qtbot, Qt.Key.Key_Q)  # Ctrl+Q

    assert boxes.questions == ["Discard the changes you made in this form?"]
    assert window.isVisible()
    assert form.edits["name"].text() == "Asociación de Productores de Cacao de Tocache"


def test_new_database_from_the_file_menu(
    qtbot, make_controller, database: Database, file_dialogs: FileDialogs, tmp_path, app_paths
) -> None:
    controller = make_controller(database)
    window = active(qtbot, controller)
    file_dialogs.save_answer = str(tmp_path / "oficina-ucayali")  # typed without an extension

    window.new_database()

    created = tmp_path / "oficina-ucayali.sqlite3"
    assert created.exists()
    new_window = active(qtbot, controller)
    assert new_window is not window
    assert new_window.windowTitle() == "AgencyDesk — oficina-ucayali.sqlite3"
    assert counts(new_window) == "0 organizations · 0 people · 0 initiatives"
    assert SettingsStore(app_paths.settings_file).current.last_database == str(created)


def test_new_database_refuses_an_existing_file(
    qtbot,
    make_controller,
    database: Database,
    file_dialogs: FileDialogs,
    boxes: Boxes,
    tmp_path,
    template_database,
) -> None:
    controller = make_controller(database)
    window = active(qtbot, controller)
    existing = tmp_path / "ya-existe.sqlite3"
    shutil.copyfile(template_database, existing)
    file_dialogs.save_answer = str(existing)

    window.new_database()

    assert len(boxes.warnings) == 1
    assert "already exists" in boxes.warnings[0]
    assert controller.window is window
    assert controller.database is database


def test_open_database_from_the_file_menu_and_cancel(
    qtbot, make_controller, database: Database, file_dialogs: FileDialogs, tmp_path
) -> None:
    other = tmp_path / "copia.sqlite3"
    copy = open_database(other, None)
    ActorsService(copy.uow, lambda: "tester").create_organization(
        OrganizationDraft("Municipalidad Provincial de Sullana", "MPS")
    )
    copy.close()
    controller = make_controller(database)
    window = active(qtbot, controller)

    window.choose_database()  # the user presses Cancel
    assert file_dialogs.asked == ["Open database"]
    assert controller.window is window

    file_dialogs.open_answer = str(other)
    press(qtbot, Qt.Key.Key_O)  # Ctrl+O
    opened = active(qtbot, controller)
    assert opened is not window
    assert opened.windowTitle().endswith("copia.sqlite3")
    qtbot.waitUntil(lambda: org_names(opened) == ["Municipalidad Provincial de Sullana"])


def test_about_names_the_version(qtbot, make_controller, database: Database, boxes) -> None:
    window = active(qtbot, make_controller(database))
    window.about()
    assert len(boxes.abouts) == 1
    assert f"AgencyDesk {__version__}" in boxes.abouts[0]


def test_the_status_bar_says_which_file_is_open(qtbot, make_controller, database: Database) -> None:
    window = active(qtbot, make_controller(database))
    assert window.path_label.text() == f"Database: {database.path}"
    assert window.statusBar().isVisible()


def test_closing_the_controller_closes_the_window(
    qtbot, make_controller, database: Database
) -> None:
    controller = make_controller(database)
    window = active(qtbot, controller)
    controller.close()
    assert not window.isVisible()
    assert controller.window is None
    assert controller.database is None
    assert Path(database.path).exists()
