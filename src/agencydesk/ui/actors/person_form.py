"""The person form: a contact, the organization they belong to, and their consent."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencydesk.domain.enums import Gender
from agencydesk.domain.records import PersonDraft, PersonRecord
from agencydesk.domain.validation import clean_person, person_errors
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.actors.personal_data import PersonalDataButton
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.undo import WriteContext, person_ops, write_record
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

_TEXT_FIELDS = ("full_name", "national_id", "position", "phone", "email", "consent_purpose")


class PersonForm(RecordForm):
    def __init__(self, context: WriteContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: PersonRecord | None = None
        self.edits: dict[str, QLineEdit] = {key: QLineEdit() for key in _TEXT_FIELDS}
        self.edits["full_name"].setPlaceholderText(self.tr("Required"))
        self.edits["national_id"].setPlaceholderText(self.tr("DNI, CURP, RUN…"))
        self.edits["email"].setPlaceholderText(self.tr("name@domain.org"))
        self.edits["consent_purpose"].setPlaceholderText(
            self.tr("What the person agreed their data is used for")
        )
        self.organization = OrgPicker(context.actors)
        self.gender = QComboBox()
        fill_enum_combo(self.gender, Gender, self.tr("Not recorded"))
        self.consent_on = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)

        self.add_field("full_name", self.tr("&Full name:"), self.edits["full_name"])
        self.add_field("organization_id", self.tr("Or&ganization:"), self.organization)
        self.add_field("position", self.tr("Pos&ition:"), self.edits["position"])
        self.add_field("email", self.tr("&E-mail:"), self.edits["email"])
        self.add_field("phone", self.tr("P&hone:"), self.edits["phone"])
        self.add_field("national_id", self.tr("Nationa&l ID:"), self.edits["national_id"])
        self.add_field("gender", self.tr("Gen&der:"), self.gender)
        self.add_field("consent_on", self.tr("&Consent given on:"), self.consent_on)
        self.add_field(
            "consent_purpose", self.tr("Consent p&urpose:"), self.edits["consent_purpose"]
        )
        self.add_field("notes", self.tr("No&tes:"), self.notes)
        self.finish_tab_order()
        self.history_button = HistoryButton(self, "person", self._shown)
        self.personal_data_button = PersonalDataButton(self, self._shown)
        self.button_row.insertWidget(1, self.history_button)
        self.button_row.insertWidget(2, self.personal_data_button)
        self.gender.setToolTip(self.tr("Optional: offices report women's participation"))

        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _t, k=key: self.field_changed(k))
        # While typing in the picker the user has not chosen yet: no error until they leave it.
        self.organization.textChanged.connect(
            lambda _t: self.field_changed("organization_id", touch=False)
        )
        self.organization.editingFinished.connect(lambda: self.touch("organization_id"))
        self.organization.chosen.connect(lambda: self.field_changed("organization_id"))
        self.gender.currentIndexChanged.connect(lambda _i: self.field_changed("gender"))
        self.consent_on.changed.connect(lambda: self.field_changed("consent_on"))
        self.notes.textChanged.connect(lambda: self.field_changed("notes"))
        self.load_new()

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def _shown(self) -> tuple[int, str] | None:
        return (self._record.id, self._record.full_name) if self._record else None

    def load_new(self, organization_id: int | None = None, organization_name: str = "") -> None:
        self._record = None
        self.title.setText(self.tr("New person"))
        self.delete_button.hide()
        self.history_button.hide()
        self.personal_data_button.hide()
        self._fill(PersonDraft(full_name="", organization_id=organization_id), organization_name)

    def load(self, record: PersonRecord) -> None:
        self._record = record
        self.title.setText(self.tr("Edit person"))
        self.delete_button.show()
        self.history_button.show()
        self.personal_data_button.show()
        self._fill(record.draft, record.organization_name or "")

    def _fill(self, draft: PersonDraft, organization_name: str) -> None:
        self.begin_load()
        for key, edit in self.edits.items():
            edit.setText(getattr(draft, key) or "")
        self.organization.set_organization(draft.organization_id, organization_name)
        set_current_enum(self.gender, draft.gender)
        self.consent_on.set_date(draft.consent_on)
        self.notes.setPlainText(draft.notes or "")
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> PersonDraft:
        return PersonDraft(
            **{key: edit.text() for key, edit in self.edits.items()},
            organization_id=self.organization.organization_id(),
            gender=current_enum(self.gender, Gender),
            consent_on=self.consent_on.date(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = person_errors(clean_person(self.draft()))
        if not self.consent_on.is_valid():
            errors["consent_on"] = "bad_date"
        if self.organization.is_unresolved():
            errors["organization_id"] = "choose_organization"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        return super().error_text(code)

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        saved = write_record(
            self._context,
            person_ops(self._context.actors),
            self._context.actors.create_person,
            self._record,
            self.draft(),
            self._remember,
            lambda r: self.tr("Create person “%1”").replace("%1", r.full_name),
            lambda r: self.tr("Edit person “%1”").replace("%1", r.full_name),
        )
        return saved.id

    def _remember(self, record: Any) -> None:
        self._record = record
