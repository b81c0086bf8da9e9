"""Export PDF…: generate a document off the GUI thread, then show it in the preview.

The reports service reads the database, so the document is built on the window's database
worker, like an import or a list export (ui/worker.py): a progress dialog with Cancel appears
after half a second. The PDF goes to a temporary folder of its own, which the preview owns;
a refusal (a deleted record, a full disk) is said in a sentence, and a cancel or a refusal
leaves no folder behind.

The pages' buttons are in ``buttons.py``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.reports.service import DocumentKind, WrittenDocument
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.preview import PdfPreviewDialog, TempFolder, pdf_file_name
from agencydesk.ui.widgets.dialogs import tell
from agencydesk.ui.worker import DbWorker, Task, run_with_progress

FOLDER_PREFIX = "agencydesk-pdf-"
STALE_AFTER_S = 24 * 3600


class PdfTexts(QObject):
    """The words of an export."""

    def progress_title(self) -> str:
        return self.tr("Preparing the PDF…")

    def caption(self) -> str:
        return self.tr("PDF document")


def new_folder() -> Path:
    """A private temporary folder for one document (older ones left behind are swept)."""
    sweep_stale_folders()
    return Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))


def sweep_stale_folders(now: float | None = None) -> None:
    """Remove our temporary folders older than a day: those whose file went to the system
    viewer, and any a crash left behind."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            if not entry.name.startswith(FOLDER_PREFIX) or not entry.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S:
                    TempFolder(Path(entry.path)).remove()


def export_pdf(
    parent: QWidget,
    workspace: Any,
    kind: DocumentKind,
    record_id: int | None,
    worker: DbWorker | None = None,
) -> Task | None:
    """Build the document of ``kind`` for ``record_id`` on the database worker, then show it
    in a ``PdfPreviewDialog`` (a child of ``parent``). Returns the running Task (None when
    not even a temporary folder could be made: that is said)."""
    texts = PdfTexts()
    try:
        folder = TempFolder(new_folder())
    except OSError as exc:
        error = UserError(
            "export_cannot_write", path=tempfile.gettempdir(), reason=exc.strerror or str(exc)
        )
        tell(parent, texts.caption(), user_error_text(error))
        return None
    assert folder.path is not None
    out = folder.path / "document.pdf"
    reports = workspace.reports

    def job(progress: ProgressSink, cancel: CancelToken) -> WrittenDocument:
        return reports.write(kind, record_id, out, progress=progress, cancel=cancel)

    task = run_with_progress(parent, texts.progress_title(), job, worker=worker)

    def done(written: WrittenDocument) -> None:
        if not isValid(parent):  # the page went while the document was being built
            return
        path = written.path
        with contextlib.suppress(OSError):  # the viewer's title bar shows the file's name
            path = written.path.rename(written.path.with_name(pdf_file_name(written.title)))
        dialog = PdfPreviewDialog(path, written.title, folder.path, parent)
        folder.keep = True  # the dialog owns the folder now
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()

    def refused(error: UserError) -> None:
        if isValid(parent):
            tell(parent, texts.caption(), user_error_text(error))

    task.done.connect(done)
    task.refused.connect(refused)
    # A refusal, a cancel, a bug or a page gone: nothing of the document stays.
    task.finished.connect(folder.remove)
    return task
