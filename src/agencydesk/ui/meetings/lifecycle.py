"""A meeting's lifecycle on its page: the step buttons (held, approve, reopen, cancel,
reinstate), the questions they ask, the undoable step itself, the lock banner and the log.

planned → held → minutes approved, or planned → cancelled; approved minutes are reopened with
a reason; a cancelled meeting is reinstated. Which steps are offered comes from the domain
(``next_statuses``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.meetings import MeetingRecord, StatusChange, is_reopening, next_statuses
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.commands import StatusStepCommand
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.widgets import ask_yes_no, tell
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.plain_text import plain

S = MeetingStatus
# (from, to) → the button's key; the order is the order of the buttons.
STEPS: dict[tuple[MeetingStatus, MeetingStatus], str] = {
    (S.PLANNED, S.HELD): "held",
    (S.HELD, S.MINUTES_APPROVED): "approve",
    (S.MINUTES_APPROVED, S.HELD): "reopen",
    (S.PLANNED, S.CANCELLED): "cancel",
    (S.CANCELLED, S.PLANNED): "reinstate",
}


def stamp_text(change: StatusChange) -> str:
    return f"{format_date(change.changed_at.date())} {change.changed_at:%H:%M}"


def last_step_to(record: MeetingRecord, status: MeetingStatus) -> StatusChange | None:
    return next((c for c in reversed(record.history) if c.to_status is status), None)


class ReasonDialog(QDialog):
    """Asks why (reopening approved minutes: required; cancelling: optional); opened with
    ``open()``, ``reason()`` once accepted."""

    def __init__(
        self, title: str, prompt: str, ok_text: str, required: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        text = QLabel(prompt, self)
        text.setObjectName("stepPrompt")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the meeting's title
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("stepReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        text.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._check)
        self._check()
        self.resize(460, 220)

    def reason(self) -> str | None:
        return self.reason_edit.toPlainText().strip() or None

    def _check(self) -> None:
        self.ok_button.setEnabled(not self.required or self.reason() is not None)


class LogDialog(QDialog):
    """Every step of a meeting's lifecycle: when, what, who, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("meetingLog")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Reason")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(720, 320)

    def show_record(self, record: MeetingRecord) -> None:
        self.setWindowTitle(self.tr("Log of %1").replace("%1", record.name()))
        self.table.setRowCount(len(record.history))
        for row, change in enumerate(record.history):
            cells = (
                stamp_text(change),
                self.step_text(change),
                change.changed_by or "",
                change.reason or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def step_text(self, change: StatusChange) -> str:
        if change.from_status is None:
            return self.tr("Created: %1").replace("%1", label(change.to_status))
        if is_reopening(change.from_status, change.to_status):
            return self.tr("Minutes reopened")
        return f"{label(change.from_status)} → {label(change.to_status)}"


class LockBanner(QFrame):
    """Says why the meeting cannot be edited (approved minutes, cancelled) or that its
    minutes were reopened; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingLockBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("lockText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a reason, a user's name: as typed
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_record(self, record: MeetingRecord) -> None:
        text = self._text(record)
        self.setVisible(bool(text))
        self.text.setText(text)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if record.is_locked
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(size, size))

    def _text(self, record: MeetingRecord) -> str:
        if record.status is S.MINUTES_APPROVED:
            step = last_step_to(record, S.MINUTES_APPROVED)
            if step is not None and step.changed_by:
                text = self.tr(
                    "Minutes approved on %1 by %2. They are read-only; reopening them is recorded."
                ).replace("%2", step.changed_by)
            else:
                text = self.tr(
                    "Minutes approved on %1. They are read-only; reopening them is recorded."
                )
            return text.replace("%1", stamp_text(step) if step else "")
        if record.status is S.CANCELLED:
            step = last_step_to(record, S.CANCELLED)
            text = (
                self.tr("Cancelled on %1 by %2.").replace("%2", step.changed_by)
                if step is not None and step.changed_by
                else self.tr("Cancelled on %1.")
            ).replace("%1", stamp_text(step) if step else "")
            if step is not None and step.reason:
                text += " " + self.tr("Reason: %1").replace("%1", step.reason)
            return text + " " + self.tr("It is read-only; reinstate it to change it.")
        reopened = record.last_reopening
        if record.status is S.HELD and reopened is not None:
            text = (
                self.tr("Minutes reopened on %1 by %2: “%3”. Approve them again when done.")
                if reopened.changed_by
                else self.tr("Minutes reopened on %1: “%3”. Approve them again when done.")
            )
            return (
                text.replace("%1", stamp_text(reopened))
                .replace("%2", reopened.changed_by or "")
                .replace("%3", reopened.reason or "")
            )
        return ""


class StepButtons(QObject):
    """The step buttons and what each does; ``done`` after a step was written (and pushed)."""

    done = Signal()

    def __init__(self, context: MeetingsContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.record: MeetingRecord | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.buttons: dict[str, QPushButton] = {
            "held": QPushButton(self.tr("Mark as &held"), parent),
            "approve": QPushButton(self.tr("A&pprove minutes…"), parent),
            "reopen": QPushButton(self.tr("&Reopen minutes…"), parent),
            "cancel": QPushButton(self.tr("Cancel meeting…"), parent),
            "reinstate": QPushButton(self.tr("Rein&state"), parent),
        }
        tips = {
            "held": self.tr("The session took place: record attendance, minutes and agreements"),
            "approve": self.tr("The minutes become read-only; reopening them is recorded"),
            "reopen": self.tr("Make the minutes editable again; the reason is recorded"),
            "cancel": self.tr("The session will not take place"),
            "reinstate": self.tr("Plan the cancelled session again"),
        }
        for key, button in self.buttons.items():
            button.setObjectName(f"meetingStep_{key}")
            button.setToolTip(tips[key])
            target = next(new for (_old, new), k in STEPS.items() if k == key)
            button.clicked.connect(
                lambda _c=False, key=key, target=target: self.request(key, target)
            )

    def show_record(self, record: MeetingRecord) -> None:
        self.record = record
        offered = {STEPS[(record.status, new)] for new in next_statuses(record.status)}
        for key, button in self.buttons.items():
            button.setVisible(key in offered)

    def request(self, key: str, status: MeetingStatus) -> None:
        record = self.record
        if record is None:
            return
        name = record.name()
        if key == "approve":
            question = self.tr(
                "Approve the minutes of “%1”? They become read-only: the meeting's data, agenda, "
                "attendance and the wording of its agreements. Reopening them later is recorded "
                "with who, when and why."
            ).replace("%1", name)
            if ask_yes_no(self._parent, self.tr("Approve minutes"), question):
                self._step(status, None, self.tr("Approve the minutes of “%1”"))
        elif key == "reopen":
            self._ask_reason(
                status,
                self.tr("Reopen minutes"),
                self.tr(
                    "Why are the minutes of “%1” reopened? The reason is recorded with your name "
                    "and the time."
                ).replace("%1", name),
                self.tr("Reopen"),
                required=True,
                undo_text=self.tr("Reopen the minutes of “%1”"),
            )
        elif key == "cancel":
            self._ask_reason(
                status,
                self.tr("Cancel meeting"),
                self.tr(
                    "Cancel “%1”? It becomes read-only; you can reinstate it later. "
                    "Reason (optional):"
                ).replace("%1", name),
                self.tr("Cancel the meeting"),
                required=False,
                undo_text=self.tr("Cancel “%1”"),
            )
        elif key == "held":
            self._step(status, None, self.tr("Mark “%1” as held"))
        else:
            self._step(status, None, self.tr("Reinstate “%1”"))

    def _ask_reason(
        self,
        status: MeetingStatus,
        title: str,
        prompt: str,
        ok_text: str,
        *,
        required: bool,
        undo_text: str,
    ) -> None:
        dialog = ReasonDialog(title, prompt, ok_text, required, self._parent)
        dialog.accepted.connect(lambda: self._step(status, dialog.reason(), undo_text))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def _step(self, status: MeetingStatus, reason: str | None, undo_text: str) -> None:
        record = self.record
        if record is None:
            return
        service = self._context.meetings
        title = self.tr("Cannot change the status")
        try:
            after = service.change_status(record.id, status, reason)
        except ValidationError as exc:
            tell(self._parent, title, "\n".join(field_error_text(c) for c in exc.fields.values()))
            return
        except UserError as exc:
            tell(self._parent, title, user_error_text(exc))
            return
        self.record = after
        self._context.notify()
        command = StatusStepCommand(
            undo_text.replace("%1", after.name()), service, self._context.write, after
        )
        self._context.undo_stack.push(command)
        self.done.emit()
