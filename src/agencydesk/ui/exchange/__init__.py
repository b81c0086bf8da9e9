"""File › Exchange: export an exchange file for another office, import one from another office.

The work runs on the window's database worker with the delayed progress dialog (ui/worker.py).
Importing is two steps: a dry run gives the summary and the conflicts (nothing written), the
user decides, then the real import runs with those decisions, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.exchange import SUFFIX, Decision, ExchangeService, ExportResult
from agencydesk.ui.exchange.export_dialog import ExportScopeDialog
from agencydesk.ui.exchange.summary_dialog import ExchangeSummaryDialog
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.dialogs import tell
from agencydesk.ui.widgets.list_export import suggested_name
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.worker import Task, run_with_progress

__all__ = ["ExchangeActions"]

SAFETY_BACKUP = "before-exchange"  # the reason in the backup's name (services/backups)


class ExchangeActions(QObject):
    """The Exchange submenu of a main window and what its two entries do."""

    def __init__(self, window: Any, on_imported: Callable[[], None]) -> None:
        super().__init__(window)
        self.host: QWidget = window
        self._on_imported = on_imported
        settings = lambda: window.controller.settings  # noqa: E731 - read at each use
        backups = window.workspace.backups
        self.service = ExchangeService(
            window.workspace.database.uow,
            lambda: settings().user_name or None,
            lambda: settings().office_name or None,
            lambda: backups.safety(SAFETY_BACKUP),
        )
        self._folder: Path | None = None
        self.summary: ExchangeSummaryDialog | None = None
        self.menu = QMenu(self.tr("E&xchange"), window)
        self.menu.addAction(self.tr("&Export for another office…"), self.export)
        self.menu.addAction(self.tr("&Import from another office…"), lambda: self.import_file())

    def _start_folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def _filter(self) -> str:
        return self.tr("AgencyDesk exchange file (*%1)").replace("%1", SUFFIX)

    def _refused(self, caption: str) -> Callable[[UserError], None]:
        def say(error: UserError) -> None:
            if isValid(self.host):
                tell(self.host, caption, user_error_text(error))

        return say

    # --- export ------------------------------------------------------------------------------

    def export(self) -> ExportScopeDialog:
        workspace = self.host.workspace  # type: ignore[attr-defined]
        dialog = ExportScopeDialog(workspace.initiatives.initiative_choices(), None, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._export_to)  # bound: no closure holding the dialog
        dialog.open()
        return dialog

    def _export_to(self, initiative_id: int | None, name: str) -> Task | None:
        caption = self.tr("Export for another office")
        title = name or self.tr("All records")
        path, _ = QFileDialog.getSaveFileName(
            self.host,
            caption,
            str(self._start_folder() / suggested_name(title, suffix=SUFFIX)),
            self._filter(),
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        self._folder = out.parent
        service = self.service

        def job(progress: ProgressSink, cancel: CancelToken) -> ExportResult:
            return service.export(out, initiative_id, progress, cancel)

        task = run_with_progress(self.host, self.tr("Writing the exchange file…"), job)

        def done(result: ExportResult) -> None:
            if isValid(self.host):
                text = self.tr("%n record(s) written to %1.", "", result.rows).replace(
                    "%1", str(result.path)
                )
                QMessageBox.information(self.host, caption, plain(text))

        task.done.connect(done)
        task.refused.connect(self._refused(caption))
        return task

    # --- import ------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> Task | None:
        caption = self.tr("Import from another office")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.host, caption, str(self._start_folder()), f"{self._filter()};;*"
            )
            if not chosen:
                return None
            path = Path(chosen)
        self._folder = path.parent
        service = self.service

        def job(progress: ProgressSink, cancel: CancelToken) -> tuple[Any, Any]:
            file = service.read(path)
            return file, service.merge(file, dry_run=True, progress=progress, cancel=cancel)

        task = run_with_progress(self.host, self.tr("Reading the exchange file…"), job)
        task.done.connect(self._previewed)
        task.refused.connect(self._refused(caption))
        return task

    def _previewed(self, payload: tuple[Any, Any]) -> None:
        if not isValid(self.host):
            return
        file, preview = payload
        dialog = ExchangeSummaryDialog(preview, preview=True, parent=self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.import_requested.connect(lambda decisions: self._merge(file, decisions))
        self.summary = dialog
        dialog.open()

    def _merge(self, file: Any, decisions: dict[tuple[str, str], Decision]) -> Task:
        service = self.service
        caption = self.tr("Import from another office")

        def job(progress: ProgressSink, cancel: CancelToken) -> Any:
            return service.merge(file, decisions, progress=progress, cancel=cancel)

        task = run_with_progress(self.host, self.tr("Importing the exchange file…"), job)

        def done(result: Any) -> None:
            if not isValid(self.host):
                return
            self._on_imported()
            dialog = ExchangeSummaryDialog(result, preview=False, parent=self.host)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.summary = dialog
            dialog.open()

        task.done.connect(done)
        task.refused.connect(self._refused(caption))
        return task
