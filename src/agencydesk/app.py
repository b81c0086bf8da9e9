"""Composition root of the GUI: paths → logging → settings → database → services → window.

Objects are built here and passed in; nothing is global. ``cli.main`` calls ``run``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from agencydesk import APP_ID, __version__, paths
from agencydesk.domain.database_url import hide_password, is_database_url
from agencydesk.domain.errors import UserError, english_message
from agencydesk.services.database import Database
from agencydesk.services.exchange.fileformat import SUFFIX as EXCHANGE_SUFFIX
from agencydesk.services.importing.reading import parser_defences_installed
from agencydesk.services.reports.service import Office
from agencydesk.services.settings import Settings, SettingsStore
from agencydesk.services.workspace import Workspace
from agencydesk.ui.backups.restore_flow import restore_and_reopen
from agencydesk.ui.backups.startup import check_start_database
from agencydesk.ui.crash import CrashReporter
from agencydesk.ui.i18n import Translations
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.single_instance import SingleInstance, open_database  # with the lock

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    with as_file(files("agencydesk.resources") / "icons" / "agencydesk.svg") as path:
        return QIcon(str(path))


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AgencyDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("AgencyDesk")
    app.setDesktopFileName(APP_ID)
    return app


def fresh_demo(app_paths: paths.AppPaths) -> Path:
    """Write a new demo database, replacing the previous copy only once the new one is ready."""
    from agencydesk.services.demo import load_demo  # its data modules load only when asked

    target = app_paths.demo_database
    building = target.with_name(target.stem + ".building.sqlite3")
    remove_database_files(building)
    database = open_database(building, None)
    try:
        load_demo(database.uow)
    finally:
        database.close()
    remove_database_files(target)
    os.replace(building, target)
    return target


def remove_database_files(path: Path) -> None:
    """Delete a SQLite database file with its write-ahead log and shared-memory index."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


class FileOpenFilter(QObject):
    """macOS opens a document by sending the running program an event, not an argument: an
    exchange file double-clicked in the Finder arrives here. Installed on the application on
    macOS only (every event of the program passes an application's filter), from the start,
    since the Finder sends it before there is a window; kept until ``deliver_to``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._open_exchange: Callable[[Path], None] | None = None
        self._pending: list[Path] = []

    def deliver_to(self, open_exchange: Callable[[Path], None]) -> None:
        self._open_exchange = open_exchange
        pending, self._pending = self._pending, []
        for path in pending:
            open_exchange(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if path.suffix.lower() == EXCHANGE_SUFFIX:
                if self._open_exchange is None:
                    self._pending.append(path)
                else:
                    self._open_exchange(path)
                return True
        return super().eventFilter(watched, event)


class AppController:
    """Owns the open database and the window; rebuilds the window when either changes."""

    def __init__(
        self,
        app: QApplication,
        app_paths: paths.AppPaths,
        log_file: Path | None,
        store: SettingsStore | None = None,
    ):
        self.app = app
        self.paths = app_paths
        self._log_file = log_file
        self.store = store or SettingsStore(app_paths.settings_file)
        self.translations = Translations(app)
        self.translations.apply(self.store.current.language)
        self.crash = CrashReporter(log_file, app)
        self.icon = app_icon()
        app.setWindowIcon(self.icon)
        self.database: Database | None = None
        self.window: MainWindow | None = None

    # --- what the window may ask (ui.main_window.Controller) ------------------------------

    @property
    def settings(self) -> Settings:
        return self.store.current

    @property
    def log_file(self) -> Path | None:
        return self._log_file

    def _may_replace_window(self) -> bool:
        return self.window is None or self.window.confirm_close()

    def open_database(self, path: Path | str) -> None:
        """Open a database file, or a server's database (a URL), in place of the open one."""
        if not self._may_replace_window():
            return
        try:
            database = open_database(path, self.paths.backups_dir)
        except UserError as exc:
            QMessageBox.warning(self.window, "AgencyDesk", user_error_text(exc))
            return
        if path != self.paths.demo_database:
            self._save_settings(last_database=str(path))
        self.finish_first_run()
        self._show(database, show_welcome=False)

    def open_demo(self) -> None:
        if not self._may_replace_window():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.database is not None and self.database.path == self.paths.demo_database:
                self.close()
            SingleInstance.of(self.app).check_free(self.paths.demo_database)
            demo_path = fresh_demo(self.paths)
            database = open_database(demo_path, None)  # rebuilt each time: never backed up
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, "AgencyDesk", user_error_text(exc))
            return
        QApplication.restoreOverrideCursor()
        self.finish_first_run()
        self._show(database, show_welcome=False)

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.store.current.language
        shared_changed = settings.shared_database != self.store.current.shared_database
        if language_changed and not self._may_replace_window():
            return
        self._save_settings(**{k: getattr(settings, k) for k in settings.__dataclass_fields__})
        if language_changed:
            self.translations.apply(settings.language)
            if self.database is not None:
                # Rebuild the window so that every label is created in the new language; a
                # first-run user changing the language keeps the welcome page.
                welcome = self.window is not None and self.window.showing_welcome()
                self._show(self.database, show_welcome=welcome)
            self._reopen_guide(settings.language)
        elif self.window is not None:
            self.window.refresh_status()
        if shared_changed and settings.shared_database:
            self.open_database(settings.shared_database)  # a new shared database: open it now

    def open_exchange_file(self, path: Path) -> None:
        """An exchange file the user double-clicked (given on the command line, handed over by
        a second launch, or sent by macOS): the window's exchange import, which shows what the
        file would change before merging anything."""
        if self.window is not None:
            self.window.exchange_actions.import_file(path)

    def _reopen_guide(self, language: str) -> None:
        """An open user guide shows the same place in the new language (its pages and its
        own buttons are read when it is built)."""
        guide_module = sys.modules.get("agencydesk.ui.guide")  # never opened: nothing to do
        guide = guide_module.current_guide() if guide_module is not None else None
        if guide is None:
            return
        topic = guide.current_topic()
        guide.close()
        guide_module.show_guide(self.window, language, topic)

    def forget_last_database(self) -> None:
        self._save_settings(last_database=None)

    def finish_first_run(self) -> None:
        if not self.store.current.first_run_done:
            self._save_settings(first_run_done=True)

    # --- start-up -------------------------------------------------------------------------

    def start(self, database: Database, *, show_welcome: bool) -> None:
        self.crash.install()
        self._show(database, show_welcome=show_welcome)

    def _save_settings(self, **changes: object) -> None:
        try:
            self.store.update(**changes)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def close(self) -> None:
        """Close the window and the database (at exit, or before replacing the demo file)."""
        if self.window is not None:
            self.window.close_without_asking()
            self.window.deleteLater()
            self.window = None
        if self.database is not None:
            self.database.close()
            self.database = None

    def restore_backup(self, backup: Path) -> None:
        """File › Restore…: the open database replaced by ``backup`` (ui/backups/restore_flow)."""
        restore_and_reopen(self, backup, lambda db: self._show(db, show_welcome=False))

    def _office(self) -> Office:
        """The office's name and logo as the PDF documents print them (from Settings)."""
        current = self.store.current
        return Office(
            current.office_name, Path(current.office_logo) if current.office_logo else None
        )

    def _show(self, database: Database, *, show_welcome: bool) -> None:
        old_window, old_database = self.window, self.database
        self.database = database
        user = lambda: self.store.current.user_name or None  # noqa: E731 - read at each write
        self.window = MainWindow(
            self,
            Workspace.open(
                database, user, office=self._office, language=lambda: self.store.current.language
            ),
            show_welcome=show_welcome,
            icon=self.icon,
        )
        self.window.show()
        if old_window is not None:
            old_window.close_without_asking()
            old_window.deleteLater()
        if old_database is not None and old_database is not database:
            old_database.close()


def choose_start_database(
    app_paths: paths.AppPaths, settings: Settings, *, demo: bool, db_given: bool
) -> tuple[Path | str, bool]:
    """Which file (or server's database) to open first, and whether that is a demo copy to
    build."""
    if demo:
        return app_paths.demo_database, True
    if db_given:
        return app_paths.target, False
    if is_database_url(settings.last_database):
        return str(settings.last_database), False
    if settings.last_database and Path(settings.last_database).exists():
        return Path(settings.last_database), False
    return app_paths.database, False


def run(
    app_paths: paths.AppPaths,
    *,
    demo: bool,
    db_given: bool,
    exchange_file: Path | None = None,
) -> int:
    from agencydesk.logging_setup import configure

    app_paths.ensure()
    log_file = configure(app_paths.log_file)
    store = SettingsStore(app_paths.settings_file)
    settings = store.current
    path, build_demo = choose_start_database(app_paths, settings, demo=demo, db_given=db_given)
    remembered = not (demo or db_given) and path != app_paths.database
    single = SingleInstance.of(make_qapplication())
    file_open = FileOpenFilter(make_qapplication())
    if sys.platform == "darwin":
        make_qapplication().installEventFilter(file_open)
    if (code := single.start_check(path, settings.language, exchange_file)) is not None:
        return code  # its AgencyDesk came forward (0), or it is open elsewhere (1)
    if not build_demo and not check_start_database(app_paths, path, make_qapplication):
        return 1  # a damaged database (moved aside), and the user chose to quit
    refused: UserError | None = None
    try:
        database = open_database(
            fresh_demo(app_paths) if build_demo else path,
            None if build_demo else app_paths.backups_dir,  # the demo data is never backed up
        )
    except UserError as exc:
        if not remembered:
            if sys.stderr is None:  # the windowed launcher has no console: say it in a box
                make_qapplication()
                QMessageBox.critical(None, "AgencyDesk", english_message(exc))
            raise
        # The file opened last time cannot be opened now (moved, damaged, from a newer
        # version): say so and start on the default database, instead of refusing every start.
        log.warning("last database %s refused: %r", hide_password(str(path)), exc)
        refused = exc
        database = open_database(app_paths.database, app_paths.backups_dir)
    app = make_qapplication()
    controller = AppController(app, app_paths, log_file, store)
    single.exchange_file_received.connect(controller.open_exchange_file)
    if refused is not None:
        if not is_database_url(str(path)):  # a server may answer again next time
            controller.forget_last_database()
        QMessageBox.warning(
            None,
            "AgencyDesk",
            user_error_text(refused)
            + "\n\n"
            + QCoreApplication.translate(
                "AppController", "AgencyDesk opened your default database instead: %1"
            ).replace("%1", str(app_paths.database)),
        )
    if not parser_defences_installed():
        # Imports refuse workbooks without it (reading.check_parser_defences); say why now.
        log.error("defusedxml is missing: spreadsheet import is disabled")
        QMessageBox.warning(None, "AgencyDesk", user_error_text(UserError("import_unsafe_parser")))
    first_run = not settings.first_run_done and not (demo or db_given) and database.is_empty()
    if demo:
        controller.finish_first_run()
    controller.start(database, show_welcome=first_run)
    if controller.window is not None:
        controller.window.backup_actions.start_daily()  # the first start of the day: a backup
    if exchange_file is not None:
        controller.open_exchange_file(exchange_file)
    file_open.deliver_to(controller.open_exchange_file)
    code = app.exec()
    controller.close()
    return code
