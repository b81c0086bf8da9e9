"""What a user sees when something unexpected happens: a sentence and where the log is.

The traceback goes to the log file, never on screen.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.ui.messages import user_error_text

log = logging.getLogger("agencydesk.crash")


class CrashReporter(QObject):
    """Installs sys/threading excepthooks; shows the dialog on the GUI thread only."""

    _report = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.shown = 0
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type,
            args.exc_value,
            args.exc_traceback,  # type: ignore[arg-type]
        )

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(exc, UserError):
            # A known problem that escaped a page's own handling: say it, no log noise.
            self._report.emit("user:" + user_error_text(exc))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        self._report.emit("bug:")

    @Slot(str)
    def _show(self, payload: str) -> None:
        self.shown += 1
        parent = QApplication.activeWindow()
        kind, _, text = payload.partition(":")
        if kind == "user":
            QMessageBox.warning(parent, self.tr("AgencyDesk"), text)
            return
        self.show_bug_dialog(parent)

    def show_bug_dialog(self, parent: QWidget | None) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "AgencyDesk ran into an unexpected problem. Your saved data is safe; the last "
                "change may not have been saved."
            )
        )
        where = str(self.log_file) if self.log_file else self.tr("(no log file could be written)")
        box.setInformativeText(
            self.tr("The details were written to the log file:\n%1").replace("%1", where)
        )
        open_folder = None
        if self.log_file:
            open_folder = box.addButton(
                self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_folder is not None and box.clickedButton() is open_folder and self.log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
