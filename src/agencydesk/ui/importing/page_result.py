"""Step 8: what the import did, the rejected rows saved to a workbook to fix and import again,
and a way to the records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.reasons import reason_text
from agencydesk.ui.importing.state import ImportState


def rejected_row_text(column: str, reason: str | None, message: str, value: str) -> str:
    """The Error cell of a rejected row, in the program's language: the partner who fixes the
    rows reads it, so it says what the wizard's preview said ("Fecha: no es una fecha (31/02)")."""
    where = f"{column}: " if column else ""
    shown = f" ({value})" if value else ""
    return f"{where}{reason_text(reason, message)}{shown}"


def list_target(kind: ImportKind, plan_id: int | None, meeting_id: int | None) -> tuple[str, dict]:
    """Where "Open the list" goes, as (target, params) for ``Areas.follow``."""
    if kind is ImportKind.ORGANIZATIONS:
        return "organizations", {}
    if kind is ImportKind.PEOPLE:
        return "people", {}
    if kind in (ImportKind.AGREEMENTS, ImportKind.ATTENDANCE) and meeting_id is not None:
        tab = "agreements" if kind is ImportKind.AGREEMENTS else "attendance"
        return "meeting", {"meeting_id": meeting_id, "tab": tab}
    if plan_id is not None:
        return "plan", {"plan_id": plan_id}
    return "plans", {}


class ResultPage(ImportPage):
    open_requested = Signal(str, dict)

    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Done"))
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        font = self.figures.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.figures.setFont(font)
        self.save_button = QPushButton(self.tr("&Save the rejected rows…"))
        self.save_button.setToolTip(
            self.tr(
                "A workbook with the rows that were not imported and an Error column: fix "
                "them and import that file again."
            )
        )
        self.save_button.clicked.connect(self.save_rejects)
        self.open_button = QPushButton(self.tr("&Open the list"))
        self.open_button.clicked.connect(self._open_list)
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.state.result
        assert result is not None
        self.setSubTitle(
            self.tr("The import is saved. You can undo it from File › Import history.")
        )
        lines = [
            self.tr("Created: %1").replace("%1", f"{result.created:,}"),
            self.tr("Updated: %1").replace("%1", f"{result.updated:,}"),
            self.tr("Unchanged: %1").replace("%1", f"{result.unchanged:,}"),
            self.tr("Skipped: %1").replace("%1", f"{result.skipped:,}"),
            self.tr("Rejected: %1").replace("%1", f"{self.rejected_rows():,}"),
        ]
        if result.organizations_created:
            lines.append(
                self.tr("Organizations added to the directory: %1").replace(
                    "%1", ", ".join(result.organizations_created)
                )
            )
        self.figures.setText("\n".join(lines))
        self.save_button.setEnabled(bool(result.rejected))
        show_message(self.message, "")

    def rejected_rows(self) -> int:
        result = self.state.result
        return len({e.row for e in result.rejected}) if result else 0

    def save_rejects(self, path: Path | None = None) -> None:
        state = self.state
        if state.loaded is None or state.preview is None:
            return
        if not path:
            start = state.loaded.path.with_name(state.loaded.path.stem + " - rechazadas.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the rejected rows"),
                str(start),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        service, loaded, preview, out = state.service, state.loaded, state.preview, path
        header = self.tr("Error")
        # Translated here, on the UI thread, once per rejected cell: the job only writes.
        texts = {
            error: rejected_row_text(error.column, error.reason, error.message, error.value)
            for row in preview.rows
            for error in row.errors
        }

        def job(progress: ProgressSink, cancel: CancelToken) -> int:
            return service.write_rejects(loaded, preview, out, lambda error: texts[error], header)

        self.run(
            self.tr("Saving the rejected rows"),
            job,
            lambda n: show_message(
                self.message,
                self.tr("%n row(s) saved to %1", "", n).replace("%1", str(out)),
            ),
            cancellable=False,
        )

    def _open_list(self) -> None:
        setup = self.state.preview.setup if self.state.preview else None
        if setup is None:
            return
        plan_id = setup.plan_id or self.state.created_plan_id
        self.open_requested.emit(*list_target(setup.kind, plan_id, setup.meeting_id))
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()
