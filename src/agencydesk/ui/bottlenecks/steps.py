"""Taking a bottleneck one step along its workflow from the panel: straight away for "agree
solution" and "start" (dated by the box's date), through a dialog for resolving, dropping and
reopening; every step goes on the undo stack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from agencydesk.domain.bottlenecks import BottleneckRecord, is_reopening
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.ui.bottlenecks.commands import StatusChangeCommand
from agencydesk.ui.bottlenecks.dialogs import ResolveDialog, StatusChangeDialog
from agencydesk.ui.bottlenecks.workflow import WorkflowBox
from agencydesk.ui.labels import label
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import format_date, tell

S = BottleneckStatus


class StatusSteps(QObject):
    def __init__(
        self,
        service: BottlenecksService,
        context: WriteContext,
        workflow: WorkflowBox,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._context = context
        self._workflow = workflow
        self._parent = parent
        self.dialog: StatusChangeDialog | None = None
        """The dialog open right now, if any."""

    def request(self, record: BottleneckRecord | None, status: BottleneckStatus) -> None:
        """The user pressed the button of step ``status`` for ``record``."""
        if record is None:
            return
        if status in (S.RESOLVED, S.DROPPED) or is_reopening(record.status, status):
            self._open_dialog(record, status)
            return
        step_date = self._workflow.step_date
        if not step_date.is_valid() or step_date.date() is None:
            self._workflow.show_error(field_error_text("bad_date"))
            return
        self.change(record, status, step_date.date(), None, None)

    def change(
        self,
        record: BottleneckRecord,
        status: BottleneckStatus,
        changed_on: date | None,
        note: str | None,
        evidence: str | None,
    ) -> bool:
        """Write the step and push its undo command; on a refusal say why in the box."""
        try:
            after = self._service.change_status(record.id, status, changed_on, note, evidence)
        except ValidationError as exc:
            self._workflow.show_error(self._error_text(exc, record))
            return False
        except UserError as exc:
            self._workflow.show_error(user_error_text(exc))
            self._context.notify()  # show the bottleneck as it now is
            return False
        text = (
            self.tr("Move “%1” to “%2”").replace("%1", record.name()).replace("%2", label(status))
        )
        self._context.notify()  # first: the panel shows it, and the push needs no re-read
        self._context.undo_stack.push(
            StatusChangeCommand(text, self._service, self._context, record, after)
        )
        return True

    def _open_dialog(self, record: BottleneckRecord, status: BottleneckStatus) -> None:
        previous = record.last_change.changed_on if record.last_change else None
        default = self._workflow.step_date.date() or date.today()
        name = record.name()
        dialog = (
            ResolveDialog(name, previous, default, self._parent)
            if status is S.RESOLVED
            else StatusChangeDialog(status, name, previous, default, self._parent)
        )
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, record.id, result))
        self.dialog = dialog
        # open(), not exec(): no nested event loop; the answer comes back through ``finished``.
        dialog.open()

    def _dialog_finished(self, dialog: StatusChangeDialog, bottleneck_id: int, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        try:
            record = self._service.bottleneck(bottleneck_id)
        except UserError as exc:
            tell(self._parent, dialog.windowTitle(), user_error_text(exc))
            return
        self.change(
            record, dialog.status, dialog.changed_on(), dialog.note_text(), dialog.evidence_text()
        )

    def _error_text(self, error: ValidationError, record: BottleneckRecord) -> str:
        code = error.fields.get("changed_on")
        if code == "end_before_start" and record.last_change is not None:
            return self.tr("The previous step is dated %1: this one cannot be earlier.").replace(
                "%1", format_date(record.last_change.changed_on)
            )
        if code:
            return field_error_text(code)
        return user_error_text(error)
