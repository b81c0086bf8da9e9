"""Shared mode in the window: the Settings field for the office's server database, and the
window on a server's database (status bar, title, never the password). The window tests need
``AGENCYDESK_TEST_PG``; the dialog's own checks run without a server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import make_url

from agencydesk import paths
from agencydesk.app import AppController, choose_start_database
from agencydesk.services.database import Database, open_database
from agencydesk.services.settings import Settings, SettingsStore
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.settings_dialog import SettingsDialog
from postgres_support import PostgresServer

SERVER = "postgresql://ana@192.168.1.20/oficina"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_the_settings_keep_the_shared_database(qtbot, tmp_path) -> None:
    dialog = SettingsDialog(Settings(shared_database=SERVER), config_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.shared.text() == SERVER
    assert dialog.shared.placeholderText() == "postgresql://user@server/database"
    dialog.shared.setText("  postgresql://ana@servidor/oficina2 ")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings().shared_database == "postgresql://ana@servidor/oficina2"


def test_the_password_is_not_shown_and_kept_when_left_alone(qtbot, tmp_path) -> None:
    with_password = "postgresql://ana:s3cret@192.168.1.20/oficina"
    dialog = SettingsDialog(Settings(shared_database=with_password), config_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.shared.text() == "postgresql://ana:***@192.168.1.20/oficina"
    dialog.accept()
    assert dialog.result_settings().shared_database == with_password
    dialog.shared.setText("postgresql://ana:nueva@192.168.1.20/oficina")
    assert dialog.result_settings().shared_database == "postgresql://ana:nueva@192.168.1.20/oficina"


def test_an_empty_field_means_files_only(qtbot, tmp_path) -> None:
    dialog = SettingsDialog(Settings(shared_database=SERVER), config_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.shared.clear()
    dialog.accept()
    assert dialog.result_settings().shared_database is None


def test_an_address_that_is_not_a_server_is_said_and_the_dialog_stays(
    qtbot, tmp_path, warnings: list[str]
) -> None:
    dialog = SettingsDialog(Settings(), config_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shared.setText("mysql://ana@servidor/oficina")
    dialog.accept()
    assert dialog.isVisible()
    assert len(warnings) == 1 and "is not a database AgencyDesk can open" in warnings[0]


def test_a_remembered_server_database_is_opened_first(tmp_path) -> None:
    app_paths = paths.resolve(None, {paths.HOME_ENV: str(tmp_path)})
    settings = Settings(last_database=SERVER)
    assert choose_start_database(app_paths, settings, demo=False, db_given=False) == (
        SERVER,
        False,
    )
    given = paths.resolve(SERVER, {paths.HOME_ENV: str(tmp_path)})
    assert choose_start_database(given, Settings(), demo=False, db_given=True) == (SERVER, False)


# --- the window on a server's database ---------------------------------------------------------


@pytest.fixture
def make_controller(qapp, app_paths: paths.AppPaths) -> Iterator[Callable]:
    hooks = sys.excepthook, threading.excepthook
    made: list[AppController] = []

    def make(database: Database) -> AppController:
        SettingsStore(app_paths.settings_file).update(language="en")
        controller = AppController(qapp, app_paths, app_paths.log_file)
        controller.start(database, show_welcome=False)
        sys.excepthook, threading.excepthook = hooks
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()
        controller.translations.clear()
        controller.crash.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == []


@pytest.fixture
def server_url(pg_server: PostgresServer) -> Iterator[str]:
    """A database on the server, with a password in its URL as a user may type it."""
    name = pg_server.empty()
    url = make_url(pg_server.url_of(name)).set(password="s3cret")
    yield url.render_as_string(hide_password=False)
    pg_server.drop(name)


@pytest.mark.postgres
def test_the_window_on_a_server_database_never_shows_the_password(
    qtbot, make_controller, server_url: str
) -> None:
    controller = make_controller(open_database(server_url, None))
    window = controller.window
    qtbot.waitExposed(window)
    shown = window.path_label.text()
    assert shown.startswith("Database: postgresql://") and ":***@" in shown
    assert "s3cret" not in shown + window.windowTitle()
    url = make_url(server_url)
    assert window.windowTitle() == f"AgencyDesk — {url.database} @ {url.host}:{url.port}"


@pytest.mark.postgres
def test_setting_a_shared_database_opens_it(
    qtbot, make_controller, server_url: str, app_paths, monkeypatch, tmp_path
) -> None:
    controller = make_controller(open_database(tmp_path / "own.sqlite3", None))
    assert controller.database is not None and controller.database.is_file

    def set_server(dialog: SettingsDialog) -> int:
        dialog.shared.setText(server_url)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", set_server)
    controller.window.edit_settings()
    assert controller.database is not None and controller.database.url == server_url
    assert controller.database.counts().organizations == 0
    stored = SettingsStore(app_paths.settings_file).current
    assert (stored.shared_database, stored.last_database) == (server_url, server_url)
