"""The application controller as a user meets it: first run, the demo, settings, opening files,
the crash dialog, choosing the start database and the language fallback (pytest-qt, offscreen).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import logging
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from driving import type_text
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from agencydesk import logging_setup, paths
from agencydesk.app import AppController, choose_start_database
from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.database import Database, open_database
from agencydesk.services.settings import Settings, SettingsStore
from agencydesk.ui.crash import CrashReporter
from agencydesk.ui.i18n import Translations
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.settings_dialog import SettingsDialog

DEMO_ORGANIZATIONS = 63


# --- helpers ---------------------------------------------------------------------------------


@dataclass
class Boxes:
    """What the program told the user through message boxes (nothing blocks in a test)."""

    warnings: list[str] = field(default_factory=list)
    criticals: list[str] = field(default_factory=list)
    executed: list[tuple[str, str]] = field(default_factory=list)  # (text, informativeText)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()

    def warning(_parent, _title, text, *_args, **_kwargs):
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def critical(_parent, _title, text, *_args, **_kwargs):
        seen.criticals.append(text)
        return QMessageBox.StandardButton.Ok

    def exec_(box: QMessageBox) -> int:
        seen.executed.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Close.value)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


MakeController = Callable[..., AppController]


@pytest.fixture
def make_controller(qapp, app_paths: paths.AppPaths, boxes: Boxes) -> Iterator[MakeController]:
    """Controllers started as ``run`` does, with English settings unless told otherwise.

    ``start`` installs the crash reporter as sys.excepthook; the hook pytest-qt uses is put
    back at once, so that a bug in a slot fails the test instead of showing a dialog.
    """
    hooks = sys.excepthook, threading.excepthook
    locale = QLocale()
    made: list[AppController] = []

    def make(database: Database, *, show_welcome: bool = False, **settings: object):
        SettingsStore(app_paths.settings_file).update(**{"language": "en", **settings})
        controller = AppController(qapp, app_paths, app_paths.log_file)
        controller.start(database, show_welcome=show_welcome)
        assert sys.excepthook == controller.crash.handle  # the crash dialog is in place
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


def shown(qtbot, controller: AppController) -> MainWindow:
    """The controller's current window, painted (its lists load after the first paint)."""
    window = controller.window
    assert window is not None
    assert window.isVisible()
    qtbot.waitExposed(window)
    window.repaint()
    return window


def on_actors(window: MainWindow) -> MainWindow:
    """The window showing its Actors area (it opens on Home; the area reads when shown)."""
    window.show_area(window.actors_area)
    return window


def org_count(window: MainWindow) -> int:
    return window.actors_area.organizations.model.rowCount()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settings_of(app_paths: paths.AppPaths) -> Settings:
    return SettingsStore(app_paths.settings_file).current


# --- first run and the demo ------------------------------------------------------------------


def test_first_run_welcome_then_the_demo_leaves_own_data_alone(
    qtbot, make_controller, database: Database, app_paths: paths.AppPaths
) -> None:
    controller = make_controller(database, show_welcome=True)
    window = shown(qtbot, controller)
    assert window.pages.currentWidget() is window.welcome
    assert window.nav.item(0).text() == "Welcome"
    assert window.welcome is not None and window.welcome.isVisible()
    assert not settings_of(app_paths).first_run_done
    own_before = digest(app_paths.database)

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    demo_window = shown(qtbot, controller)
    assert demo_window is not window
    assert not window.isVisible()
    assert controller.database is not None
    assert controller.database.path == app_paths.demo_database
    assert demo_window.welcome is None  # the demo opens on the home dashboard
    assert demo_window.pages.currentWidget() is demo_window.home
    demo_window.show_area(demo_window.actors_area)
    qtbot.waitUntil(lambda: org_count(demo_window) == DEMO_ORGANIZATIONS)
    assert demo_window.actors_area.organizations.count_label.text() == "63 organizations"
    assert "demo.sqlite3" in demo_window.windowTitle()
    assert str(app_paths.demo_database) in demo_window.path_label.text()
    assert settings_of(app_paths).first_run_done is True
    # The demo is not remembered as the user's database, and their own file is untouched.
    assert settings_of(app_paths).last_database is None
    assert digest(app_paths.database) == own_before
    own = open_database(app_paths.database, None)
    try:
        assert own.is_empty()
    finally:
        own.close()


def test_opening_the_demo_again_rebuilds_it_fresh(
    qtbot, make_controller, database: Database, app_paths: paths.AppPaths
) -> None:
    controller = make_controller(database)
    controller.open_demo()
    window = on_actors(shown(qtbot, controller))
    qtbot.waitUntil(lambda: org_count(window) == DEMO_ORGANIZATIONS)
    window.actors_area.actors.create_organization(
        OrganizationDraft("Cooperativa de Prueba del Usuario", actor_type=ActorType.PRIVATE)
    )
    window.actors_area.refresh()
    assert org_count(window) == DEMO_ORGANIZATIONS + 1

    window.controller.open_demo()  # File ▸ Open the demo data, a second time

    again = on_actors(shown(qtbot, controller))
    assert again is not window
    qtbot.waitUntil(lambda: org_count(again) == DEMO_ORGANIZATIONS)
    actors = again.actors_area.actors
    names = {actors.organization(i).name for i in actors.organization_ids(ListQuery())}
    assert "Cooperativa de Prueba del Usuario" not in names
    assert controller.database is not None
    assert controller.database.counts().organizations == DEMO_ORGANIZATIONS


def test_start_with_an_empty_database_goes_to_the_actors(
    qtbot, make_controller, database: Database, app_paths: paths.AppPaths
) -> None:
    controller = make_controller(database, show_welcome=True)
    window = shown(qtbot, controller)
    assert window.welcome is not None
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert controller.window is window  # same window, same database
    assert window.pages.currentWidget() is window.actors_area
    assert window.nav.currentRow() == window.pages.indexOf(window.actors_area)
    assert window.actors_area.isVisible()
    assert settings_of(app_paths).first_run_done is True
    assert controller.database is database
    page = window.actors_area.organizations
    qtbot.waitUntil(lambda: page.count_label.text() == "0 organizations")
    assert page.empty_label.isVisible()
    assert "no organizations yet" in page.empty_label.text()


# --- settings --------------------------------------------------------------------------------


def test_settings_in_spanish_rebuild_the_window(
    qtbot, make_controller, database: Database, app_paths: paths.AppPaths, monkeypatch
) -> None:
    controller = make_controller(database)
    window = shown(qtbot, controller)
    assert window.nav.item(0).text() == "Home"
    assert window.menuBar().actions()[0].text() == "&File"

    def fill_and_accept(dialog: SettingsDialog) -> int:
        dialog.office.setText("Gerencia de Desarrollo Económico de Sullana")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    window.edit_settings()  # File ▸ Settings…

    spanish = shown(qtbot, controller)
    assert spanish is not window
    assert not window.isVisible()
    assert spanish.nav.item(0).text() == "Inicio"
    assert spanish.menuBar().actions()[0].text() == "&Archivo"
    assert "Gerencia de Desarrollo Económico de Sullana" in spanish.windowTitle()
    assert controller.database is database  # same data, new labels
    saved = settings_of(app_paths)
    assert saved.language == "es"
    assert saved.office_name == "Gerencia de Desarrollo Económico de Sullana"


def test_user_name_from_settings_goes_to_the_audit_trail(
    qtbot, make_controller, database: Database, monkeypatch
) -> None:
    controller = make_controller(database)
    window = shown(qtbot, controller)

    def fill_and_accept(dialog: SettingsDialog) -> int:
        dialog.user.setText("  Rosa Chunga Zapata ")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    window.edit_settings()
    assert controller.window is window  # no language change: the window stays
    assert controller.settings.user_name == "Rosa Chunga Zapata"

    area = window.actors_area
    area.new_record()
    type_text(area.organizations.form.edits["name"], "Asociación de Productores de Mango")
    area.save_current()
    assert org_count(window) == 1

    from agencydesk.data.models.system import AuditEntry

    with database.uow() as session:
        entries = [(e.entity, e.action.value, e.user) for e in session.query(AuditEntry)]
    assert entries == [("organization", "create", "Rosa Chunga Zapata")]


def test_changing_the_language_on_the_welcome_page_keeps_the_welcome_page(
    qtbot, make_controller, database: Database, app_paths: paths.AppPaths, monkeypatch
) -> None:
    # The default language is Spanish: a first step of many users is Settings ▸ Language.
    controller = make_controller(database, show_welcome=True, language="es")
    window = shown(qtbot, controller)
    assert window.nav.item(0).text() == "Bienvenida"

    def to_english(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", to_english)
    window.edit_settings()

    english = shown(qtbot, controller)
    assert english.menuBar().actions()[0].text() == "&File"  # the labels did change
    assert english.welcome is not None  # ...but the three first-run choices are gone
    assert english.pages.currentWidget() is english.welcome
    assert english.welcome.demo_button.text() == "Explore the demo data"


# --- opening files that are not ours ---------------------------------------------------------


def newer_database(path: Path) -> Path:
    open_database(path, None).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    return path


def test_a_database_from_a_newer_version_is_refused_untouched(
    qtbot, make_controller, database: Database, tmp_path: Path, boxes: Boxes, app_paths
) -> None:
    controller = make_controller(database)
    window = shown(qtbot, controller)
    newer = newer_database(tmp_path / "oficina-nueva.sqlite3")
    before = newer.read_bytes()
    leftovers = sorted(p.name for p in tmp_path.iterdir())

    controller.open_database(newer)

    assert len(boxes.warnings) == 1
    assert "newer version" in boxes.warnings[0]
    assert str(newer) in boxes.warnings[0]
    assert controller.window is window and window.isVisible()
    assert controller.database is database
    assert newer.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == leftovers  # no -wal, no backup
    assert settings_of(app_paths).last_database is None
    assert "agencydesk.sqlite3" in window.windowTitle()


def test_a_text_file_is_not_an_agencydesk_database(
    qtbot, make_controller, database: Database, tmp_path: Path, boxes: Boxes
) -> None:
    controller = make_controller(database)
    window = shown(qtbot, controller)
    notes = tmp_path / "notas.sqlite3"
    notes.write_text("Acta de la mesa del cacao, 12 de marzo\n", encoding="utf-8")

    controller.open_database(notes)

    assert boxes.warnings == [f"The file {notes} is not an AgencyDesk database."]
    assert controller.window is window
    assert controller.database is database
    assert notes.read_text(encoding="utf-8") == "Acta de la mesa del cacao, 12 de marzo\n"


def test_opening_another_database_remembers_it(
    qtbot, make_controller, database: Database, tmp_path: Path, app_paths, template_database
) -> None:
    controller = make_controller(database)
    shown(qtbot, controller)
    other = tmp_path / "otra-oficina.sqlite3"
    shutil.copyfile(template_database, other)
    controller.open_database(other)
    window = shown(qtbot, controller)
    assert controller.database is not None and controller.database.path == other
    assert "otra-oficina.sqlite3" in window.windowTitle()
    assert settings_of(app_paths).last_database == str(other)


# --- the crash reporter ----------------------------------------------------------------------


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    configured = logging_setup.configure(tmp_path / "logs" / "agencydesk.log")
    assert configured is not None
    yield configured
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_agencydesk", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def reporter(qapp, log_file: Path) -> Iterator[CrashReporter]:
    hooks = sys.excepthook, threading.excepthook
    crash = CrashReporter(log_file)
    yield crash
    sys.excepthook, threading.excepthook = hooks
    crash.deleteLater()


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_a_bug_is_logged_and_the_dialog_says_where(
    qtbot, reporter: CrashReporter, log_file: Path, boxes: Boxes
) -> None:
    exc = raised(RuntimeError("índice fuera de rango en la agenda"))
    reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.shown == 1)

    assert len(boxes.executed) == 1
    text, informative = boxes.executed[0]
    assert "unexpected problem" in text
    assert str(log_file) in informative
    assert "Traceback" not in text + informative
    assert "RuntimeError" not in text + informative
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: índice fuera de rango en la agenda" in logged
    assert boxes.warnings == []


def test_a_user_error_is_a_sentence_not_a_crash(
    qtbot, reporter: CrashReporter, log_file: Path, boxes: Boxes
) -> None:
    exc = raised(UserError("db_locked"))
    reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.shown == 1)

    assert boxes.warnings == [
        "The database is busy in another window or program. Close it and try again."
    ]
    assert boxes.executed == []  # no crash dialog
    logged = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert "Traceback" not in logged


def test_an_exception_in_a_slot_reaches_the_crash_dialog(
    qtbot, reporter: CrashReporter, log_file: Path, boxes: Boxes
) -> None:
    def broken_slot() -> None:
        raise ZeroDivisionError("mesas sin acuerdos")

    with qtbot.capture_exceptions() as captured:
        reporter.install()
        assert sys.excepthook == reporter.handle
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.shown == 1)
    assert captured == []  # it went to the reporter, not to pytest-qt's hook

    (text, informative), *_ = boxes.executed
    assert str(log_file) in informative
    assert "Traceback" not in text + informative
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: mesas sin acuerdos" in logged
    assert "broken_slot" in logged


def test_an_exception_in_a_thread_is_reported_on_the_gui_thread(
    qtbot, reporter: CrashReporter, log_file: Path, boxes: Boxes
) -> None:
    def work() -> None:
        raise ValueError("fecha imposible en el acta")

    reporter.install()
    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.shown == 1)
    assert len(boxes.executed) == 1
    assert "ValueError: fecha imposible en el acta" in log_file.read_text(encoding="utf-8")


# --- which database to open first ------------------------------------------------------------


def test_start_database_demo_wins(app_paths: paths.AppPaths, tmp_path: Path) -> None:
    mine = tmp_path / "mine.sqlite3"
    mine.write_bytes(b"")
    settings = Settings(last_database=str(mine))
    assert choose_start_database(app_paths, settings, demo=True, db_given=False) == (
        app_paths.demo_database,
        True,
    )


def test_start_database_db_option(tmp_path: Path) -> None:
    given = paths.resolve(db=tmp_path / "oficina" / "agenda.sqlite3")
    remembered = tmp_path / "remembered.sqlite3"
    remembered.write_bytes(b"")
    settings = Settings(last_database=str(remembered))
    path, demo = choose_start_database(given, settings, demo=False, db_given=True)
    assert path == tmp_path / "oficina" / "agenda.sqlite3"
    assert demo is False


def test_start_database_last_used_if_it_still_exists(
    app_paths: paths.AppPaths, tmp_path: Path
) -> None:
    remembered = tmp_path / "remembered.sqlite3"
    remembered.write_bytes(b"")
    settings = Settings(last_database=str(remembered))
    assert choose_start_database(app_paths, settings, demo=False, db_given=False) == (
        remembered,
        False,
    )
    remembered.unlink()  # moved or deleted since: back to the default file
    assert choose_start_database(app_paths, settings, demo=False, db_given=False) == (
        app_paths.database,
        False,
    )
    assert choose_start_database(app_paths, Settings(), demo=False, db_given=False) == (
        app_paths.database,
        False,
    )


# --- languages -------------------------------------------------------------------------------


def test_a_missing_catalogue_falls_back_to_english(
    qtbot, qapp, make_controller, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    controller = make_controller(database)
    window = shown(qtbot, controller)
    translations = Translations(qapp)
    locale = QLocale()
    try:
        with caplog.at_level(logging.WARNING, logger="agencydesk.ui.i18n"):
            assert translations.apply("fr") is False
        assert any("fr" in record.getMessage() for record in caplog.records)
        controller.app.processEvents()
        # The window is still in English and still works.
        assert window.nav.item(0).text() == "Home"
        assert window.menuBar().actions()[0].text() == "&File"
        window.actors_area.new_record()
        assert window.actors_area.organizations.form.title.text() == "New organization"
    finally:
        translations.clear()
        QLocale.setDefault(locale)


def test_a_missing_catalogue_leaves_no_foreign_buttons(qapp) -> None:
    translations = Translations(qapp)
    locale = QLocale()
    try:
        assert translations.apply("fr") is False  # qtbase_fr ships with Qt; ours does not
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        texts = sorted(button.text() for button in buttons.buttons())
        buttons.deleteLater()
        assert texts == ["Cancel", "OK"]  # found: ["Annuler", "OK"] next to English labels
    finally:
        translations.clear()
        QLocale.setDefault(locale)


def test_spanish_and_portuguese_catalogues_are_found(qapp) -> None:
    translations = Translations(qapp)
    locale = QLocale()
    try:
        assert translations.apply("es") is True
        assert QApplication.translate("MainWindow", "Actors") == "Actores"
        assert translations.apply("pt_BR") is True
        assert QApplication.translate("MainWindow", "Actors") != "Actors"
    finally:
        translations.clear()
        QLocale.setDefault(locale)
    assert QApplication.translate("MainWindow", "Actors") == "Actors"


def test_a_remembered_database_that_no_longer_opens_does_not_lock_the_user_out(
    qapp, app_paths: paths.AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk import app as app_module

    newer = tmp_path / "from-a-newer-version.sqlite3"
    open_database(newer, None).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = newer.read_bytes()
    SettingsStore(app_paths.settings_file).update(
        last_database=str(newer), first_run_done=True, language="en"
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    shown: list[Path] = []

    def leave_at_once(app: QApplication) -> int:
        window = QApplication.activeWindow() or next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
        )
        shown.append(window.database.path)
        return 0

    monkeypatch.setattr(QApplication, "exec", leave_at_once)

    assert app_module.run(app_paths, demo=False, db_given=False) == 0

    assert shown == [app_paths.database]
    assert len(warnings) == 1
    assert "newer version" in warnings[0] and str(app_paths.database) in warnings[0]
    assert SettingsStore(app_paths.settings_file).current.last_database is None
    assert newer.read_bytes() == before


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_open_guide_follows_a_change_of_language_at_the_same_place(
    qtbot, make_controller, database: Database, monkeypatch
) -> None:
    from agencydesk.ui.guide import current_guide, show_guide

    controller = make_controller(database, language="es")
    window = shown(qtbot, controller)
    show_guide(window, "es", "mesa#agreements")
    assert current_guide().current_path().parent.name == "es"

    def to_portuguese(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", to_portuguese)
    controller.window.edit_settings()

    guide = current_guide()
    assert guide is not None and guide.current_path().parent.name == "pt_BR"
    assert guide.current_topic() == "mesa#agreements"
    assert guide.back_action.text() == "Voltar"  # its own buttons in the new language too
    guide.close()


def test_an_exchange_file_the_finder_sends_before_the_window_is_opened_once_it_is(qapp) -> None:
    from PySide6.QtGui import QFileOpenEvent

    from agencydesk.app import FileOpenFilter

    file_open = FileOpenFilter(qapp)
    early = QFileOpenEvent("/Users/ana/Downloads/de Ucayali.agencydesk")
    assert file_open.eventFilter(qapp, early)  # taken: nothing else should open it
    assert not file_open.eventFilter(qapp, QFileOpenEvent("/Users/ana/acta.pdf"))
    opened: list[Path] = []
    file_open.deliver_to(opened.append)
    assert opened == [Path("/Users/ana/Downloads/de Ucayali.agencydesk")]
    file_open.eventFilter(qapp, QFileOpenEvent("/tmp/otra.AGENCYDESK"))
    assert opened[1:] == [Path("/tmp/otra.AGENCYDESK")]
    file_open.deleteLater()
