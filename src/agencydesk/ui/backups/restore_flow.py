"""Restoring a backup over the open database, and opening the result in a new window.

The window is closed first (its worker stopped, the engine disposed: no connection may be
open while the file is replaced), the service backs the current file up and replaces it,
and the application shows the restored database. Whatever fails, the user gets a window
again: on the restored file, or on the file as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agencydesk.domain.backups import RestoreResult
from agencydesk.domain.errors import UserError
from agencydesk.services.backups import BackupService
from agencydesk.services.database import Database
from agencydesk.ui.backups.words import BackupWords
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.single_instance import open_database  # held, as every window's database
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.plain_text import plain

log = logging.getLogger(__name__)


class Application(Protocol):
    """What the flow needs of the application controller (app.py)."""

    database: Database | None

    @property
    def window(self) -> QWidget | None: ...

    def close(self) -> None: ...


def restore_and_reopen(
    app: Application, backup: Path, show: Callable[[Database], None]
) -> RestoreResult | None:
    """Replace ``app``'s database by ``backup`` and ``show`` it; None when nothing changed."""
    database = app.database
    window = app.window
    if database is None or database.path is None:
        return None
    confirm = getattr(window, "confirm_close", None)
    if confirm is not None and not confirm():  # unsaved edits the user wants to keep
        return None
    path, backups_dir = database.path, database.backups_dir
    service = BackupService.for_database(database)
    closed: list[bool] = []

    def close() -> None:
        app.close()
        closed.append(True)

    qapp = QApplication.instance()
    quit_on_close = isinstance(qapp, QApplication) and qapp.quitOnLastWindowClosed()
    if isinstance(qapp, QApplication):
        qapp.setQuitOnLastWindowClosed(False)  # no window for a moment: not a reason to quit
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    result: RestoreResult | None = None
    error: UserError | None = None
    try:
        try:
            result = service.restore(backup, close)
        except UserError as exc:
            log.info("restore of %s refused: %r", backup, exc)
            error = exc
        if closed:
            reopened, reopen_error = _reopen(path, backups_dir, result, service)
            error = error or reopen_error
            if reopened is not None:
                show(reopened)
    finally:
        QApplication.restoreOverrideCursor()
        if isinstance(qapp, QApplication):
            qapp.setQuitOnLastWindowClosed(quit_on_close)
    parent = app.window
    title = QCoreApplication.translate("RestoreFlow", "Restore a backup")
    if error is not None:
        tell(parent, title, user_error_text(error))
        if closed and app.window is None:  # not even the file as it was opens: nothing to show
            QApplication.quit()
        return None
    assert result is not None
    words = BackupWords()
    text = QCoreApplication.translate("RestoreFlow", "The backup of %1 was restored.").replace(
        "%1", words.when(result.restored.taken_at)
    )
    if result.previous is not None:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreFlow",
            "The database as it was just before is kept as a backup of %1: Restore… lists it.",
        ).replace("%1", words.when(result.previous.taken_at))
    elif result.moved_to is not None:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreFlow", "The damaged database was moved to %1."
        ).replace("%1", str(result.moved_to))
    QMessageBox.information(parent, title, plain(text))
    return result


def _reopen(
    path: Path,
    backups_dir: Path | None,
    result: RestoreResult | None,
    service: BackupService,
) -> tuple[Database | None, UserError | None]:
    """Open the file again (restored, or untouched when the restore stopped). Should the
    restored file not open, the copy taken just before goes back and is opened."""
    try:
        return open_database(path, backups_dir), None
    except UserError as exc:
        log.error("the restored database %s does not open: %r", path, exc)
        if result is None or result.previous is None:
            return None, exc
        try:
            service.restore(result.previous.path)
            return open_database(path, backups_dir), exc
        except UserError as again:
            log.error("the database as it was does not open either: %r", again)
            return None, exc
