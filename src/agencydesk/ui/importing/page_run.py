"""Step 7: the import itself, in one transaction on the worker, with a progress bar and Cancel
(a cancelled import leaves nothing behind)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.importing.setup import ImportResult
from agencydesk.ui.importing.field_labels import kind_label
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.preview_model import count
from agencydesk.ui.importing.state import ImportState


class RunPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr(
                "Everything is saved at once when you press Import: if you cancel, nothing is "
                "saved. An import can be undone later from File › Import history."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        state = self.state
        assert state.preview is not None and state.loaded is not None
        c = count(state.preview, state.choices)
        lines = [
            self.tr("File: %1, sheet “%2”.")
            .replace("%1", state.loaded.name)
            .replace("%2", state.preview.setup.sheet),
            self.tr("What it holds: %1.").replace("%1", kind_label(state.preview.setup.kind)),
            self.tr("%n new record(s) will be created.", "", c.create),
            self.tr("%n existing record(s) will be updated.", "", c.update),
            self.tr("%n row(s) will be skipped.", "", c.skip),
            self.tr("%n row(s) cannot be imported (you can save them afterwards).", "", c.rejected),
        ]
        if state.preview.new_organizations:
            names = state.preview.new_organizations
            listed = ", ".join(names[:10]) + ("…" if len(names) > 10 else "")
            lines.append(
                self.tr(
                    "%n organization(s) will be added to the directory: %1", "", len(names)
                ).replace("%1", listed)
            )
        if state.preview.setup.new_plan_title:
            lines.append(
                self.tr("A new action plan “%1” will be created.").replace(
                    "%1", state.preview.setup.new_plan_title
                )
            )
        self.summary.setText("\n".join(lines))
        show_message(self.message, "")

    def validatePage(self) -> bool:
        """Start the import; the wizard moves on when it has finished (see ``_done``)."""
        state = self.state
        if state.result is not None:
            return True
        if self.busy:
            return False
        assert state.preview is not None and state.loaded is not None
        service, loaded, preview = state.service, state.loaded, state.preview
        choices = dict(state.choices)
        new_plan = preview.setup.new_plan_title

        def job(progress: ProgressSink, cancel: CancelToken) -> tuple[ImportResult, int | None]:
            result = service.run(loaded, preview, choices, progress, cancel)
            plan_id = None
            if new_plan:
                try:  # only to show it afterwards: an older plan of the same title is no error
                    plan_id = service.find_plan(new_plan)
                except UserError:
                    plan_id = None
            return result, plan_id

        self.run(
            self.tr("Importing %1").replace("%1", loaded.name),
            job,
            self._done,
            on_cancelled=lambda: show_message(
                self.message, self.tr("The import was cancelled: nothing was saved.")
            ),
        )
        return False

    def _done(self, outcome: tuple[ImportResult, int | None]) -> None:
        result, self.state.created_plan_id = outcome
        self.state.result = result
        wizard = self.wizard()
        if wizard is not None:
            imported = getattr(wizard, "imported", None)
            if imported is not None:
                imported.emit(result)
            wizard.next()
