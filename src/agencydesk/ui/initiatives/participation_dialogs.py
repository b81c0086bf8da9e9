"""Small dialogs on one participation: edit it, or end it on a date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ParticipationRole, Representation
from agencydesk.domain.initiatives import ParticipationDraft, ParticipationRecord
from agencydesk.domain.records import PersonRecord
from agencydesk.ui.messages import field_error_text
from agencydesk.ui.widgets import (
    DateField,
    FieldMessage,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)


def _with_message(field: QWidget, message: FieldMessage) -> QWidget:
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return cell


def _date_error(field: DateField, since: date | None, check_order: bool) -> str | None:
    if not field.is_valid():
        return "bad_date"
    value = field.date()
    if check_order and value is not None and since is not None and value < since:
        return "end_before_start"
    return None


class EditParticipationDialog(QDialog):
    """Role, representation, person and dates of one participation."""

    def __init__(
        self,
        record: ParticipationRecord,
        people: list[PersonRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participation"))
        self._record = record
        draft = record.draft
        heading = QLabel(record.organization_name, self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("No specific person"), None)
        for person in people:
            self.person.addItem(person.full_name, person.id)
        if draft.person_id is not None and self.person.findData(draft.person_id) < 0:
            # Someone who has since moved to another organization: keep them choosable.
            self.person.addItem(record.person_name or "?", draft.person_id)
        self.person.setCurrentIndex(max(self.person.findData(draft.person_id), 0))
        self.role = QComboBox(self)
        fill_enum_combo(self.role, ParticipationRole, None)
        set_current_enum(self.role, draft.role)
        self.representation = QComboBox(self)
        fill_enum_combo(self.representation, Representation, None)
        set_current_enum(self.representation, draft.representation)
        self.since = DateField(self)
        self.since.set_date(draft.since)
        self.until = DateField(self)
        self.until.set_date(draft.until)
        self.until.setToolTip(self.tr("Empty while the participant still takes part"))
        self.since_message = FieldMessage(self)
        self.until_message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("R&epresentation:"), self.representation)
        form.addRow(self.tr("&Since:"), _with_message(self.since, self.since_message))
        form.addRow(self.tr("&Until:"), _with_message(self.until, self.until_message))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.since.changed.connect(self._validate)
        self.until.changed.connect(self._validate)
        self.setMinimumWidth(440)
        self._validate()

    def _validate(self) -> None:
        since_error = _date_error(self.since, None, False)
        until_error = _date_error(self.until, self.since.date(), True)
        for message, error in (
            (self.since_message, since_error),
            (self.until_message, until_error),
        ):
            if error:
                message.show_error(field_error_text(error))
            else:
                message.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not since_error and not until_error)

    def draft(self) -> ParticipationDraft:
        return replace(
            self._record.draft,
            person_id=self.person.currentData(),
            role=current_enum(self.role, ParticipationRole) or ParticipationRole.MEMBER,
            representation=(
                current_enum(self.representation, Representation) or Representation.TITULAR
            ),
            since=self.since.date(),
            until=self.until.date(),
        )


class EndParticipationDialog(QDialog):
    """Asks the day a participant left (today by default)."""

    def __init__(
        self, record: ParticipationRecord, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End participation"))
        self._since = record.draft.since
        question = QLabel(
            self.tr(
                "On what day did %1 stop taking part? The participation stays in the "
                "history with this date."
            ).replace("%1", record.name),
            self,
        )
        question.setWordWrap(True)
        self.until = DateField(self)
        self.until.set_date(today)
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("&Left on:"), _with_message(self.until, self.message))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&End participation")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.until.changed.connect(self._validate)
        self.setMinimumWidth(420)
        self._validate()

    def _validate(self) -> None:
        error = _date_error(self.until, self._since, True)
        if error is None and self.until.date() is None:
            error = "required"
        if error:
            self.message.show_error(field_error_text(error))
        else:
            self.message.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(error is None)

    def until_date(self) -> date | None:
        return self.until.date()
