"""What every wizard page shares: the state, and running one job at a time on the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWizardPage

from agencydesk.domain.errors import UserError
from agencydesk.ui.importing.state import ImportState
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.colours import error_text
from agencydesk.ui.worker import Job, Task, run_with_progress


def message_label() -> QLabel:
    """A wrapping label for what a page has to say (a refusal, a hint)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    # The red is taken from the palette in use: a fixed dark red is unreadable on a dark one.
    label.setStyleSheet(f"color: {error_text(label.palette()).name()};" if error else "")
    label.setText(text)
    label.setVisible(bool(text))


class ImportPage(QWizardPage):
    """A page of the import wizard; ``run`` puts a job on the worker and blocks the page's
    buttons until its outcome comes back (the callbacks run on the GUI thread)."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.busy = False
        self._on_done: Callable[[Any], None] | None = None
        self._on_refused: Callable[[UserError], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None

    def run(
        self,
        title: str,
        job: Job,
        on_done: Callable[[Any], None],
        *,
        on_refused: Callable[[UserError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> Task:
        self.busy = True
        self.completeChanged.emit()
        self._on_done, self._on_refused, self._on_cancelled = on_done, on_refused, on_cancelled
        task = run_with_progress(
            self.wizard() or self,
            title,
            job,
            cancellable=cancellable,
            worker=self.state.worker,
        )
        # Bound methods of this page: Qt drops them if the wizard goes away mid-job.
        task.done.connect(self._job_done)
        task.refused.connect(self._job_refused)
        task.cancelled.connect(self._job_cancelled)
        task.finished.connect(self._job_finished)
        return task

    def _job_done(self, result: object) -> None:
        if self._on_done is not None:
            self._on_done(result)

    def _job_refused(self, error: UserError) -> None:
        if self._on_refused is not None:
            self._on_refused(error)
        else:
            self.refused(user_error_text(error))

    def _job_cancelled(self) -> None:
        if self._on_cancelled is not None:
            self._on_cancelled()

    def _job_finished(self) -> None:
        self.busy = False
        self._on_done = self._on_refused = self._on_cancelled = None
        self.completeChanged.emit()

    def refused(self, text: str) -> None:
        """Say why a job was refused; pages with a message label show it there."""
        label = getattr(self, "message", None)
        if isinstance(label, QLabel):
            show_message(label, text, error=True)

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()
