"""The import wizard: file, sheet, header row, columns, options, preview, import, result.

Each step is its own page module; they share an ``ImportState``. The wizard only says which
page follows which, and passes the outcome on (``imported`` after a successful import, so the
window re-reads its areas; ``open_requested`` to show the imported records).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from agencydesk.ui.importing.page_columns import ColumnsPage
from agencydesk.ui.importing.page_file import FilePage
from agencydesk.ui.importing.page_header import HeaderPage
from agencydesk.ui.importing.page_options import OptionsPage
from agencydesk.ui.importing.page_preview import PreviewPage
from agencydesk.ui.importing.page_result import ResultPage
from agencydesk.ui.importing.page_run import RunPage
from agencydesk.ui.importing.page_sheet import SheetPage
from agencydesk.ui.importing.state import ImportState
from agencydesk.ui.worker import release_frozen

FILE, SHEET, HEADER, COLUMNS, OPTIONS, PREVIEW, RUN, RESULT = range(8)


class _FileStep(FilePage):
    def nextId(self) -> int:
        # A workbook of one sheet (every CSV) has nothing to choose on the sheet step.
        loaded = self.state.loaded
        if loaded is not None and len(loaded.workbook.sheets) == 1:
            return HEADER
        return SHEET


class ImportWizard(QWizard):
    imported = Signal(object)
    """An import was saved (its ImportResult): the areas should read again."""
    open_requested = Signal(str, dict)
    """Show the imported records: (target, params) for ``Areas.follow``."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = _FileStep(state)
        self.sheet_page = SheetPage(state)
        self.header_page = HeaderPage(state)
        self.columns_page = ColumnsPage(state)
        self.options_page = OptionsPage(state)
        self.preview_page = PreviewPage(state)
        self.run_page = RunPage(state)
        self.result_page = ResultPage(state)
        for page_id, page in enumerate(self.steps()):
            self.setPage(page_id, page)
        self.result_page.open_requested.connect(self.open_requested)
        self.setMinimumSize(QSize(820, 560))
        self.resize(1000, 680)

    def steps(self) -> list:
        return [
            self.file_page,
            self.sheet_page,
            self.header_page,
            self.columns_page,
            self.options_page,
            self.preview_page,
            self.run_page,
            self.result_page,
        ]

    def start_with(self, path: Path) -> None:
        """Open on ``path`` (dropped on the window, or given by the welcome page)."""
        self.file_page.load(path)

    def busy(self) -> bool:
        return any(page.busy for page in self.steps())

    def reject(self) -> None:
        # Closing while a job runs would leave it writing behind a closed window: the job's
        # own progress dialog has Cancel; until it ends, the wizard stays.
        if self.busy():
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        # The file, the preview and the result go with the wizard: let the collector walk
        # what the worker's jobs froze (see ui/worker.py).
        self.state.loaded = self.state.preview = self.state.result = None
        release_frozen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)
