"""The agreement form, in a dialog opened from a meeting's Agreements tab and from the
tracker: number (proposed), text, responsible institution and person, due date, status with
the day it was done or cancelled, follow-up notes, and the action or bottleneck it advances.

Once the minutes of its meeting are approved, what they say (the wording, responsible, due
date, links) is read-only and a line says why; the follow-up stays editable.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.agreements import (
    AgreementDraft,
    AgreementRecord,
    agreement_errors,
    clean_agreement,
)
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import NamedRef
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.meetings.agreement_undo import agreement_ops
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.responsible_person import ResponsiblePerson
from agencydesk.ui.undo import write_record
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)
from agencydesk.ui.widgets.plain_text import plain

A = AgreementStatus
MAX_NUMBER = 999


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _fill_refs(combo: QComboBox, none_text: str, refs: list[NamedRef], keep: tuple) -> None:
    """``refs`` after a "none" entry; ``keep`` (id, name) stays choosable if not among them."""
    combo.clear()
    combo.addItem(none_text, None)
    for ref in refs:
        combo.addItem(ref.name, ref.id)
        if ref.detail:
            combo.setItemData(combo.count() - 1, plain(ref.detail), Qt.ItemDataRole.ToolTipRole)
    kept_id, kept_name = keep
    if kept_id is not None and combo.findData(kept_id) < 0:
        combo.addItem(kept_name or "?", kept_id)
    combo.setCurrentIndex(max(combo.findData(kept_id), 0))


class AgreementForm(RecordForm):
    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = context.agreements
        self._record: AgreementRecord | None = None
        self._base = AgreementDraft(meeting_id=0)
        self._locked = False
        self.lock_note = QLabel(self)
        self.lock_note.setObjectName("agreementLockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setText(
            self.tr(
                "The minutes of this session are approved: what they say cannot change. "
                "Its follow-up (status, date, notes) can."
            )
        )
        self.lock_note.setStyleSheet(
            "QLabel { background: #fdf3d7; color: #4a3b00; padding: 6px; border-radius: 3px; }"
        )
        self.lock_note.hide()
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertWidget(2, self.lock_note)

        # Labels beside their fields: the form is a dialog of its own, wide enough.
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.number = QSpinBox()
        self.number.setRange(1, MAX_NUMBER)
        self.number.setMaximumWidth(self.number.fontMetrics().averageCharWidth() * 8 + 40)
        self.text = _text_box(3)
        self.text.setObjectName("agreementText")
        self.text.setPlaceholderText(self.tr("Required: who commits to do what"))
        self.responsible = OrgPicker(context.actors)
        self.responsible.setObjectName("agreementResponsible")
        self.responsible.setToolTip(self.tr("The institution that committed to it"))
        self.person = ResponsiblePerson(context.actors)
        self.person.setObjectName("agreementPerson")
        self.due_date = DateField()
        self.due_date.setObjectName("agreementDueDate")
        self.status = QComboBox()
        self.status.setObjectName("agreementStatus")
        fill_enum_combo(self.status, AgreementStatus, None)
        self.done_on = DateField()
        self.done_on.setObjectName("agreementDoneOn")
        self.cancelled_on = DateField()
        self.cancelled_on.setObjectName("agreementCancelledOn")
        self.follow_up = _text_box(3)
        self.follow_up.setObjectName("agreementFollowUp")
        self.follow_up.setPlaceholderText(self.tr("How it is going: reported progress, delays"))
        self.action = QComboBox()
        self.action.setObjectName("agreementAction")
        self.bottleneck = QComboBox()
        self.bottleneck.setObjectName("agreementBottleneck")
        for combo in (self.action, self.bottleneck):
            # Long action titles are cut in the closed box (the list shows them whole): the
            # dialog must not grow wider than the screen for them.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        self.save_button.setObjectName("agreementSave")
        self.cancel_button.setObjectName("agreementCancel")

        self.add_field("number", self.tr("N&umber:"), self.number)
        self.add_field("text", self.tr("&Agreement:"), self.text)
        self.add_field("responsible_org_id", self.tr("Responsible &institution:"), self.responsible)
        self.add_field("responsible_person_id", self.tr("Responsible &person:"), self.person)
        self.add_field("due_date", self.tr("&Due date:"), self.due_date)
        self.add_field("status", self.tr("S&tatus:"), self.status)
        self.done_label = self.add_field("done_on", self.tr("D&one on:"), self.done_on)
        self.cancelled_label = self.add_field(
            "cancelled_on", self.tr("&Cancelled on:"), self.cancelled_on
        )
        self.add_field("follow_up", self.tr("&Follow-up:"), self.follow_up)
        self.add_field("action_id", self.tr("Action it ad&vances:"), self.action)
        self.add_field("bottleneck_id", self.tr("&Bottleneck it addresses:"), self.bottleneck)
        self.finish_tab_order()
        self.history_button = HistoryButton(
            self,
            "agreement",
            lambda: (self._record.id, self._record.name()) if self._record else None,
        )
        self.button_row.insertWidget(1, self.history_button)

        self.number.valueChanged.connect(lambda _v: self.field_changed("number"))
        self.text.textChanged.connect(lambda: self.field_changed("text"))
        self.responsible.textChanged.connect(
            lambda _t: self.field_changed("responsible_org_id", touch=False)
        )
        self.responsible.editingFinished.connect(lambda: self.touch("responsible_org_id"))
        self.responsible.chosen.connect(self._institution_chosen)
        self.person.changed.connect(lambda: self.field_changed("responsible_person_id"))
        self.person.picked_from_directory.connect(self._person_picked)
        self.due_date.changed.connect(lambda: self.field_changed("due_date"))
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.done_on.changed.connect(lambda: self.field_changed("done_on"))
        self.cancelled_on.changed.connect(lambda: self.field_changed("cancelled_on"))
        self.follow_up.textChanged.connect(lambda: self.field_changed("follow_up"))
        self.action.currentIndexChanged.connect(lambda _i: self.field_changed("action_id"))
        self.bottleneck.currentIndexChanged.connect(lambda _i: self.field_changed("bottleneck_id"))

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def record(self) -> AgreementRecord | None:
        return self._record

    def load_new(self, draft: AgreementDraft, meeting_name: str) -> None:
        self._record = None
        self._locked = False
        if draft.number is None:
            draft = replace(draft, number=self._service.next_number(draft.meeting_id))
        self.title.setText(self.tr("New agreement of %1").replace("%1", meeting_name))
        self._fill(draft, None, None, None, None)

    def load(self, record: AgreementRecord) -> None:
        self._record = record
        self._locked = record.minutes_locked
        heading = self.tr("Agreement %1 of %2").replace("%1", record.reference)
        session = record.meeting_title
        if record.meeting_number is not None:
            session = f"{record.meeting_number}. {session}"
        self.title.setText(heading.replace("%2", session))
        self._fill(
            record.draft,
            record.responsible_org_name,
            record.responsible_person_name,
            record.action_name,
            record.bottleneck_name,
        )

    def _fill(
        self,
        draft: AgreementDraft,
        org_name: str | None,
        person_name: str | None,
        action_name: str | None,
        bottleneck_name: str | None,
    ) -> None:
        self.history_button.setVisible(self._record is not None)
        self._base = draft
        try:
            actions, bottlenecks = self._service.link_choices(draft.meeting_id)
        except UserError:
            actions, bottlenecks = [], []
        self.begin_load()
        self.number.setValue(draft.number or 1)
        self.text.setPlainText(draft.text)
        self.responsible.set_organization(draft.responsible_org_id, org_name)
        self.person.set_organization(draft.responsible_org_id)
        self.person.set_person(draft.responsible_person_id, person_name)
        self.due_date.set_date(draft.due_date)
        set_current_enum(self.status, draft.status)
        self.done_on.set_date(draft.done_on)
        self.cancelled_on.set_date(draft.cancelled_on)
        self.follow_up.setPlainText(draft.follow_up or "")
        _fill_refs(self.action, self.tr("None"), actions, (draft.action_id, action_name))
        _fill_refs(
            self.bottleneck, self.tr("None"), bottlenecks, (draft.bottleneck_id, bottleneck_name)
        )
        self._apply_lock()
        self._show_closing_date()
        self.end_load()

    def _apply_lock(self) -> None:
        locked = self._locked
        self.lock_note.setVisible(locked)
        self.number.setReadOnly(locked)
        self.text.setReadOnly(locked)
        self.responsible.setReadOnly(locked)
        self.person.setReadOnly(locked)
        self.due_date.edit.setReadOnly(locked)
        self.due_date.button.setEnabled(not locked)
        self.action.setEnabled(not locked)
        self.bottleneck.setEnabled(not locked)

    # --- reacting --------------------------------------------------------------------------

    def _institution_chosen(self) -> None:
        self.person.set_organization(self.responsible.organization_id())
        self.field_changed("responsible_org_id")

    def _person_picked(self, person_id: int) -> None:
        """Someone from the directory: their institution fills an empty one."""
        if self.responsible.organization_id() is not None or self.responsible.text().strip():
            return
        try:
            person = self._context.actors.person(person_id)
        except UserError:
            return
        if person.draft.organization_id is not None:
            self.responsible.set_organization(
                person.draft.organization_id, person.organization_name
            )

    def _status_changed(self) -> None:
        status = current_enum(self.status, AgreementStatus) or A.OPEN
        today = self._context.today()
        # The usual case is "done today": propose it, the user corrects it if not.
        if status is A.DONE and not self.done_on.text().strip():
            self.done_on.set_date(today)
        if status is A.CANCELLED and not self.cancelled_on.text().strip():
            self.cancelled_on.set_date(today)
        self._show_closing_date()
        self.field_changed("status")

    def _show_closing_date(self) -> None:
        status = current_enum(self.status, AgreementStatus) or A.OPEN
        self.form_layout.setRowVisible(self.done_label, status is A.DONE)
        self.form_layout.setRowVisible(self.cancelled_label, status is A.CANCELLED)

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> AgreementDraft:
        status = current_enum(self.status, AgreementStatus) or A.OPEN
        follow = replace(
            self._base,
            status=status,
            done_on=self.done_on.date() if status is A.DONE else None,
            cancelled_on=self.cancelled_on.date() if status is A.CANCELLED else None,
            follow_up=self.follow_up.toPlainText(),
        )
        if self._locked:
            return follow  # what the approved minutes say is kept exactly as stored
        return replace(
            follow,
            number=self.number.value(),
            text=self.text.toPlainText(),
            responsible_org_id=self.responsible.organization_id(),
            responsible_person_id=self.person.person_id(),
            due_date=self.due_date.date(),
            action_id=self.action.currentData(),
            bottleneck_id=self.bottleneck.currentData(),
        )

    def field_errors(self) -> dict[str, str]:
        today = self._context.today()
        errors = agreement_errors(clean_agreement(self.draft(), today), today)
        for key, field in (
            ("due_date", self.due_date),
            ("done_on", self.done_on),
            ("cancelled_on", self.cancelled_on),
        ):
            if not field.is_valid():
                errors[key] = "bad_date"
        if self.responsible.is_unresolved():
            errors["responsible_org_id"] = "choose_organization"
        if self.person.is_unresolved():
            errors["responsible_person_id"] = "choose_person"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an institution from the list, or leave the field empty.")
        if code == "choose_person":
            return self.tr("Choose a person from the list, or pick “No specific person”.")
        return super().error_text(code)

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        def remember(record: AgreementRecord) -> None:
            self._record = record

        saved = write_record(
            self._context.write,
            agreement_ops(self._service),
            self._service.create,
            self._record,
            self.draft(),
            remember,
            lambda r: self.tr("Record agreement %1").replace("%1", r.reference),
            lambda r: self.tr("Edit agreement %1").replace("%1", r.reference),
        )
        return saved.id


class AgreementDialog(QDialog):
    """Edits ``record``, or records a new agreement from ``draft`` (its ``meeting_id`` says
    where; number None proposes the next). Saves through the service onto the undo stack
    itself; after ``exec()``, ``saved`` is the saved record (None when cancelled)."""

    def __init__(
        self,
        context: MeetingsContext,
        record: AgreementRecord | None,
        draft: AgreementDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if record is None and draft is None:
            raise ValueError("AgreementDialog needs a record or a draft with its meeting")
        self.saved: AgreementRecord | None = None
        self.form = AgreementForm(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if record is not None:
            self.form.load(record)
            self.setWindowTitle(self.tr("Agreement %1").replace("%1", record.reference))
        else:
            assert draft is not None
            meeting = context.meetings.meeting(draft.meeting_id)
            self.form.load_new(draft, meeting.name())
            self.setWindowTitle(self.tr("New agreement"))
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self.reject)
        self.resize(max(self.sizeHint().width(), 680), max(self.sizeHint().height(), 560))
        # On approved minutes only the follow-up can be typed: start there.
        locked = record is not None and record.minutes_locked
        (self.form.follow_up if locked else self.form.text).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _saved(self, _record_id: int) -> None:
        self.saved = self.form.record
        self.accept()

    def reject(self) -> None:
        # Escape and the window's close button ask, like Cancel, before dropping typed text.
        if self.isVisible() and self.form.is_dirty() and not self.form.confirm_discard():
            return
        super().reject()
