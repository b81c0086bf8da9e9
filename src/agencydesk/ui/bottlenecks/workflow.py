"""A bottleneck's status workflow: the steps with the date each was reached, the buttons for
the steps allowed next, the resolution evidence and the dated history with its notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.bottlenecks import (
    WORKFLOW,
    BottleneckRecord,
    StatusChange,
    is_reopening,
    next_statuses,
)
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.ui.bottlenecks.model import status_chip
from agencydesk.ui.labels import label
from agencydesk.ui.widgets import DateField, FieldMessage, format_date

S = BottleneckStatus
_CHIP = 14


class _Step(QWidget):
    """One step: a chip (coloured once reached), its name, and the date it was reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = QLabel(self)
        self.name = QLabel(self)
        self.on = QLabel(self)
        self.on.setObjectName("stepDate")
        small = self.on.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.on.setFont(small)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.chip, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.on, 1, 1)

    def show_step(self, status: BottleneckStatus, reached: date | None, current: bool) -> None:
        self.chip.setPixmap(
            status_chip(status, _CHIP).pixmap(_CHIP, _CHIP, mode=_mode(reached is not None))
        )
        font = self.name.font()
        font.setBold(current)
        self.name.setFont(font)
        self.name.setText(label(status))
        self.name.setEnabled(reached is not None)
        self.on.setText(format_date(reached))
        self.on.setEnabled(reached is not None)


def _mode(reached: bool) -> QIcon.Mode:
    return QIcon.Mode.Normal if reached else QIcon.Mode.Disabled


class WorkflowBox(QGroupBox):
    """``step_requested(status)`` when the user presses the button of an allowed step."""

    step_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Status"))
        self.steps = [_Step(self) for _ in WORKFLOW]
        steps_row = QHBoxLayout()
        for n, step in enumerate(self.steps):
            if n:
                arrow = QLabel("→", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignTop)
                steps_row.addWidget(arrow)
            steps_row.addWidget(step)
        steps_row.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("bottleneckSummary")
        self.summary.setWordWrap(True)
        self.evidence = QLabel(self)
        self.evidence.setObjectName("resolutionEvidenceLabel")
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.step_date = DateField(self)
        self.step_date.setObjectName("nextStepDate")
        self.step_date.setToolTip(
            self.tr("The date of the next step; “Mark resolved…” and “Drop…” ask it again")
        )
        self.step_date.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16 + 40)
        self.step_label = QLabel(self.tr("Next step, on:"), self)
        self.step_label.setBuddy(self.step_date)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name in (
            ("agree", self.tr("&Agree solution"), "agreeSolutionButton"),
            ("start", self.tr("S&tart"), "startButton"),
            ("resolve", self.tr("Mark &resolved…"), "resolveButton"),
            ("drop", self.tr("Dro&p…"), "dropButton"),
            ("reopen", self.tr("Re&open…"), "reopenButton"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            self.buttons[key] = button
        self.buttons["agree"].clicked.connect(lambda: self.step_requested.emit(S.SOLUTION_AGREED))
        self.buttons["start"].clicked.connect(lambda: self.step_requested.emit(S.IN_PROGRESS))
        self.buttons["resolve"].clicked.connect(lambda: self.step_requested.emit(S.RESOLVED))
        self.buttons["drop"].clicked.connect(lambda: self.step_requested.emit(S.DROPPED))
        self.buttons["reopen"].clicked.connect(lambda: self.step_requested.emit(S.IN_PROGRESS))
        self.buttons["agree"].setToolTip(self.tr("The competent entity and the mesa agreed how"))
        self.buttons["start"].setToolTip(self.tr("Work on the solution has begun"))
        # The date on a line of its own and the buttons below it: the box stays as narrow as
        # its row of steps, leaving the width to the form beside it.
        date_row = QHBoxLayout()
        date_row.addWidget(self.step_label)
        date_row.addWidget(self.step_date)
        date_row.addStretch(1)
        buttons_row = QHBoxLayout()
        for button in self.buttons.values():
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        actions = QVBoxLayout()
        actions.addLayout(date_row)
        actions.addLayout(buttons_row)

        self.message = FieldMessage(self)
        # A grid of plain labels, not one rich-text table: a word-wrapped QLabel holding a
        # table under-reports its height and cut off the oldest rows.
        self.history = QWidget(self)
        self.history.setObjectName("statusHistory")
        self.history_grid = QGridLayout(self.history)
        self.history_grid.setContentsMargins(0, 4, 0, 0)
        self.history_grid.setVerticalSpacing(2)
        self.history_grid.setColumnStretch(2, 1)
        self.new_hint = QLabel(
            self.tr("A new bottleneck starts as “Identified” on the date you give it."), self
        )
        self.new_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(steps_row)
        layout.addWidget(self.new_hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.evidence)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.history)
        self.show_record(None)

    def show_record(self, record: BottleneckRecord | None) -> None:
        """The steps of ``record``; None for a bottleneck not saved yet (no steps to take)."""
        self.message.clear()
        status = record.status if record else S.IDENTIFIED
        history = record.history if record else ()
        self._show_steps(status, history)
        allowed = next_statuses(status) if record else ()
        reopen = bool(allowed) and is_reopening(status, allowed[0])
        visible = {
            "agree": S.SOLUTION_AGREED in allowed,
            "start": S.IN_PROGRESS in allowed and not reopen,
            "resolve": S.RESOLVED in allowed,
            "drop": S.DROPPED in allowed,
            "reopen": reopen,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        for widget in (self.step_label, self.step_date):
            widget.setVisible(record is not None)
        self.step_date.set_date(date.today())
        self.new_hint.setVisible(record is None)
        if record is not None and record.status is S.RESOLVED and record.resolution_evidence:
            self.evidence.setText(self.tr("Evidence: %1").replace("%1", record.resolution_evidence))
            self.evidence.show()
        else:
            self.evidence.hide()
        self.summary.setText(self._summary(record) if record else "")
        self.summary.setVisible(record is not None)
        self._fill_history(history)
        self.history.setVisible(bool(history))

    def _show_steps(self, status: BottleneckStatus, history: tuple[StatusChange, ...]) -> None:
        # After a drop, the steps reached are those before it; the last one reads "Dropped".
        path_status = status
        if status is S.DROPPED:
            earlier = [c.status for c in history if c.status is not S.DROPPED]
            path_status = earlier[-1] if earlier else S.IDENTIFIED
        reached_up_to = WORKFLOW.index(path_status)
        last_on = {c.status: c.changed_on for c in history}
        for n, (step, step_status) in enumerate(zip(self.steps, WORKFLOW, strict=True)):
            shown = step_status
            if n == len(WORKFLOW) - 1 and status is S.DROPPED:
                shown = S.DROPPED
                reached = last_on.get(S.DROPPED)
            else:
                reached = last_on.get(step_status) if n <= reached_up_to else None
            step.show_step(shown, reached, shown is status)

    def _summary(self, record: BottleneckRecord) -> str:
        days = record.days_open()
        parts = []
        if days is not None:
            parts.append(
                self.tr("Open for %n day(s)", "", days)
                if record.is_open
                else self.tr("Was open %n day(s)", "", days)
            )
        if record.linked_actions:
            parts.append(self.tr("%n action(s) of the plan remove it", "", record.linked_actions))
        if record.linked_agreements:
            parts.append(self.tr("%n agreement(s) refer to it", "", record.linked_agreements))
        return " · ".join(parts)

    def _fill_history(self, history: tuple[StatusChange, ...]) -> None:
        """Newest first: date, status with its chip, and the note in the user's words."""
        while self.history_grid.count():
            item = self.history_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # now: the deletion waits for the event loop
                widget.deleteLater()
        heading = QLabel(self.tr("History"), self.history)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.history_grid.addWidget(heading, 0, 0, 1, 3)
        for row, change in enumerate(reversed(history), start=1):
            chip = QLabel(self.history)
            chip.setPixmap(status_chip(change.status).pixmap(12, 12))
            on = QLabel(format_date(change.changed_on), self.history)
            text = label(change.status)
            if change.note:
                text = self.tr("%1 — %2").replace("%1", text).replace("%2", change.note)
            what = QLabel(text, self.history)
            what.setWordWrap(True)
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.history_grid.addWidget(on, row, 0, Qt.AlignmentFlag.AlignTop)
            self.history_grid.addWidget(chip, row, 1, Qt.AlignmentFlag.AlignTop)
            self.history_grid.addWidget(what, row, 2, Qt.AlignmentFlag.AlignTop)

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
