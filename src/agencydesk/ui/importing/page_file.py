"""Step 1: the file (picked, dropped on the window, or given by the welcome page), read on the
worker (the parse itself runs in a child process there); a refusal is said on the page and the
user picks another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.importing.setup import ImportSetup, LoadedFile
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.state import ImportState
from agencydesk.ui.messages import user_error_text


class FilePage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet or a text file a partner sent you: Excel (.xlsx, .xlsm, .xls), "
                "LibreOffice (.ods) or comma- or semicolon-separated text (.csv, .txt). "
                "You can also drag the file onto the main window."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = message_label()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def choose(self) -> None:
        start = str(self.state.path.parent) if self.state.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` on the worker and propose how to import it."""
        self.state.path = path
        self.state.loaded = None
        self.state.setup = None
        self.state.forget_preview()
        self.path_edit.setText(str(path))
        self.summary.clear()
        show_message(self.message, self.tr("Reading the file…"))
        service = self.state.service

        def job(progress: ProgressSink, cancel: CancelToken) -> tuple[LoadedFile, ImportSetup]:
            loaded = service.load(path, cancel)
            return loaded, service.propose(loaded)

        self.run(
            self.tr("Reading %1").replace("%1", path.name),
            job,
            self._loaded,
            on_refused=self._refused,
            on_cancelled=lambda: show_message(self.message, self.tr("Reading was cancelled.")),
        )

    def _loaded(self, outcome: tuple[LoadedFile, ImportSetup]) -> None:
        loaded, setup = outcome
        self.state.loaded, self.state.setup = loaded, setup
        sheets = loaded.workbook.sheets
        rows = sum(len(s.rows) for s in sheets)
        self.summary.setText(
            self.tr("%1: %n sheet(s)", "", len(sheets)).replace("%1", loaded.name)
            + " · "
            + self.tr("%n row(s)", "", rows)
        )
        show_message(self.message, "")

    def _refused(self, error: UserError) -> None:
        show_message(
            self.message,
            user_error_text(error) + "\n" + self.tr("Choose another file, or fix this one."),
            error=True,
        )

    def isComplete(self) -> bool:
        return super().isComplete() and self.state.loaded is not None
