"""The window's backup commands and the status bar's "Last backup: …".

- File › Back up now…: one verified, self-contained file in a folder the user chooses (a USB
  stick), written on the database worker;
- File › Restore…: the list of backups (``RestoreDialog``); the restore itself is the
  application's (the window is rebuilt on the restored file: ``Controller.restore_backup``);
- the first start of each day takes a backup on the worker (``start_daily``), and the label
  says when the last one was taken (it looks again after every change of data).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from agencydesk.domain.backups import BackupInfo
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.backups import BackupService
from agencydesk.ui.backups.restore_dialog import RestoreDialog
from agencydesk.ui.backups.words import BackupWords
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.colours import error_text
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.worker import DbWorker, run_with_progress

log = logging.getLogger(__name__)

REFRESH_MS = 60_000  # "today at …" becomes "yesterday at …" after midnight


class Restorer(Protocol):
    """The application, which replaces the open database by a backup and rebuilds the window
    (app.py ``AppController.restore_backup``)."""

    def restore_backup(self, backup: Path) -> None: ...


class BackupActions(QObject):
    """Adds Back up now… and Restore… to ``menu``; ``status`` goes in the status bar."""

    backed_up = Signal(object)  # BackupInfo, after Back up now or the daily backup

    def __init__(
        self,
        window: QMainWindow,
        service: BackupService,
        menu: QMenu,
        restorer: Restorer | object,
        worker: DbWorker | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self._restorer = restorer
        self._worker = worker
        self._words = BackupWords(self)
        self.back_up_action = QAction(self.tr("&Back up now…"), window)
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore…"), window)
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)
        self.status = QLabel()
        self.status.setObjectName("last-backup")
        self.status.setContentsMargins(12, 0, 0, 0)  # apart from the counts beside it
        self._failure: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        areas = getattr(window, "areas", None)  # after a change of data (a bulk delete's backup)
        if areas is not None:
            areas.data_changed.connect(self.refresh)
        self.refresh()

    @property
    def worker(self) -> DbWorker:
        return self._worker or self.window.db_worker  # type: ignore[attr-defined]

    # --- the status bar ---------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        service = self.service
        self.status.setStyleSheet("")
        if service.on_server:
            self.status.setText(self.tr("Backups: by the server's administrator"))
            self.status.setToolTip(user_error_text(UserError("backup_server")))
            return
        if not service.automatic:  # the demo data: rebuilt each time, never backed up
            self.status.hide()
            return
        if self._failure is not None:
            self.status.setText(self.tr("Last backup failed"))
            self.status.setStyleSheet(f"color: {error_text(self.status.palette()).name()};")
            self.status.setToolTip(plain(self._failure))
            return
        last = service.last_backup()
        if last is None:
            self.status.setText(self.tr("No backup yet"))
            self.status.setToolTip("")
            return
        taken_at, path = last
        self.status.setText(self.tr("Last backup: %1").replace("%1", self._words.when(taken_at)))
        self.status.setToolTip(str(path))

    def start_daily(self) -> None:
        """The first start of the day: a backup on the worker, after the window is shown."""
        if not self.service.automatic:
            return
        task = self.worker.submit(self._daily)
        task.done.connect(self._daily_done)
        task.refused.connect(self._daily_refused)

    def _daily(self, _progress: ProgressSink, _cancel: CancelToken) -> BackupInfo | None:
        return self.service.daily()

    def _daily_done(self, backup: BackupInfo | None) -> None:
        self._failure = None
        self.refresh()
        if backup is not None:
            self.backed_up.emit(backup)

    def _daily_refused(self, error: UserError) -> None:
        log.warning("daily backup not taken: %r", error)
        self._failure = user_error_text(error)
        self.refresh()

    # --- Back up now ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        title = self.tr("Back up now")
        if self.service.on_server:
            QMessageBox.information(self.window, title, user_error_text(UserError("backup_server")))
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Back up to a folder or USB stick"), str(self._start_folder())
        )
        if not folder:
            return
        target = Path(folder)
        task = run_with_progress(
            self.window,
            self.tr("Backing up…"),
            lambda _p, _c: self.service.export_to(target),
            cancellable=False,
            worker=self.worker,
        )
        task.done.connect(self._exported)
        task.refused.connect(self._export_refused)

    def _export_refused(self, error: UserError) -> None:
        tell(self.window, self.tr("Back up now"), user_error_text(error))

    def _start_folder(self) -> Path:
        """Where the last "Back up now" went (a USB stick is usually mounted there again)."""
        last = self.service.last_backup()
        if last is None or last[1].parent == self.service.folder:
            return Path.home()
        return last[1].parent if last[1].parent.is_dir() else Path.home()

    def _exported(self, backup: BackupInfo) -> None:
        self._failure = None
        self.refresh()
        self.backed_up.emit(backup)
        QMessageBox.information(
            self.window,
            self.tr("Back up now"),
            plain(
                self.tr(
                    "The backup was written to %1 (%2).\n\nIt is one file: keep it somewhere "
                    "safe, away from this computer. File › Restore… › Choose a file… puts it "
                    "back."
                )
                .replace("%1", str(backup.path))
                .replace("%2", self._words.counts(backup))
            ),
        )

    # --- Restore ----------------------------------------------------------------------------

    def restore(self) -> RestoreDialog | None:
        title = self.tr("Restore a backup")
        if self.service.on_server:
            QMessageBox.information(self.window, title, user_error_text(UserError("backup_server")))
            return None
        dialog = RestoreDialog(self.service, self.worker, self.window)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: RestoreDialog) -> None:
        if dialog.chosen is None:
            return
        chosen = dialog.chosen.path
        # After the dialog has closed: the window is about to be replaced.
        QTimer.singleShot(0, lambda: self._restore_in_window(chosen))

    def _restore_in_window(self, backup: Path) -> None:
        restore = getattr(self._restorer, "restore_backup", None)
        if restore is not None:
            restore(backup)
