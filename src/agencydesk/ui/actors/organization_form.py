"""The organization form: create or edit, validated as you type, undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import OrganizationDraft, OrganizationRecord, TerritoryRecord
from agencydesk.domain.validation import clean_organization, organization_errors
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.messages import field_error_text
from agencydesk.ui.undo import (
    WriteContext,
    organization_ops,
    write_record,
)
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

_TEXT_FIELDS = (
    "name",
    "short_name",
    "sector",
    "tax_id",
    "address",
    "phone",
    "email",
    "website",
    "representative",
)


class OrganizationForm(RecordForm):
    def __init__(self, context: WriteContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: OrganizationRecord | None = None
        self.edits: dict[str, QLineEdit] = {key: QLineEdit() for key in _TEXT_FIELDS}
        self.edits["name"].setPlaceholderText(self.tr("Required"))
        self.edits["short_name"].setPlaceholderText(self.tr("Acronym, e.g. CORFO"))
        self.edits["email"].setPlaceholderText(self.tr("name@domain.org"))
        self.edits["website"].setPlaceholderText(self.tr("www.example.org"))
        self.actor_type = QComboBox()
        fill_enum_combo(self.actor_type, ActorType, None)
        self.government_level = QComboBox()
        fill_enum_combo(self.government_level, GovernmentLevel, self.tr("Not specified"))
        self.territory = QComboBox()
        self.members_count = QLineEdit()
        self.members_count.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.members_count)
        )
        self.registered_on = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)

        self.add_field("name", self.tr("Na&me:"), self.edits["name"])
        self.add_field("short_name", self.tr("Acron&ym:"), self.edits["short_name"])
        self.add_field("actor_type", self.tr("Actor &type:"), self.actor_type)
        self.add_field("government_level", self.tr("&Government level:"), self.government_level)
        self.add_field("sector", self.tr("Se&ctor:"), self.edits["sector"])
        self.add_field("tax_id", self.tr("Tax I&D:"), self.edits["tax_id"])
        self.add_field("territory_id", self.tr("Te&rritory:"), self.territory)
        self.add_field("address", self.tr("&Address:"), self.edits["address"])
        self.add_field("phone", self.tr("P&hone:"), self.edits["phone"])
        self.add_field("email", self.tr("&E-mail:"), self.edits["email"])
        self.add_field("website", self.tr("&Website:"), self.edits["website"])
        self.add_field("representative", self.tr("Representati&ve:"), self.edits["representative"])
        self.add_field("members_count", self.tr("Mem&bers:"), self.members_count)
        self.add_field("registered_on", self.tr("Reg&istered on:"), self.registered_on)
        self.add_field("notes", self.tr("Notes:"), self.notes)
        self.finish_tab_order()
        self.edits["tax_id"].setToolTip(self.tr("RFC, RUC, RUT, NIT…"))
        self.members_count.setToolTip(self.tr("How many members or associates it has"))

        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _t, k=key: self.field_changed(k))
        self.actor_type.currentIndexChanged.connect(self._actor_type_changed)
        self.government_level.currentIndexChanged.connect(
            lambda _i: self.field_changed("government_level")
        )
        self.territory.currentIndexChanged.connect(lambda _i: self.field_changed("territory_id"))
        self.members_count.textChanged.connect(lambda _t: self.field_changed("members_count"))
        self.registered_on.changed.connect(lambda: self.field_changed("registered_on"))
        self.notes.textChanged.connect(lambda: self.field_changed("notes"))
        self._duplicate_check = QTimer(self)
        self._duplicate_check.setSingleShot(True)
        self._duplicate_check.setInterval(300)
        self._duplicate_check.timeout.connect(self._check_duplicate)
        self.edits["name"].textEdited.connect(lambda _t: self._duplicate_check.start())
        self.load_new()

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def set_territories(self, territories: list[TerritoryRecord]) -> None:
        blocked = self._loading
        self._loading = True
        fill_territory_combo(self.territory, territories, self.tr("None"))
        self._loading = blocked

    def load_new(self) -> None:
        self._record = None
        self.title.setText(self.tr("New organization"))
        self._fill(OrganizationDraft(name=""))

    def load(self, record: OrganizationRecord) -> None:
        self._record = record
        self.title.setText(self.tr("Edit organization"))
        self._fill(record.draft)

    def _fill(self, draft: OrganizationDraft) -> None:
        self._duplicate_check.stop()
        self.begin_load()
        for key, edit in self.edits.items():
            edit.setText(getattr(draft, key) or "")
        set_current_enum(self.actor_type, draft.actor_type)
        set_current_enum(self.government_level, draft.government_level)
        self._actor_type_changed()
        index = self.territory.findData(draft.territory_id) if draft.territory_id else 0
        self.territory.setCurrentIndex(max(index, 0))
        count = draft.members_count
        self.members_count.setText("" if count is None else str(count))
        self.registered_on.set_date(draft.registered_on)
        self.notes.setPlainText(draft.notes or "")
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> OrganizationDraft:
        actor_type = current_enum(self.actor_type, ActorType) or ActorType.PUBLIC
        count = self.members_count.text().strip()
        return OrganizationDraft(
            **{key: edit.text() for key, edit in self.edits.items()},
            actor_type=actor_type,
            government_level=(
                current_enum(self.government_level, GovernmentLevel)
                if actor_type is ActorType.PUBLIC
                else None
            ),
            territory_id=self.territory.currentData(),
            members_count=int(count) if count else None,
            registered_on=self.registered_on.date(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = organization_errors(clean_organization(self.draft()))
        if not self.registered_on.is_valid():
            errors["registered_on"] = "bad_date"
        return errors

    def _actor_type_changed(self, _index: int = 0) -> None:
        public = current_enum(self.actor_type, ActorType) is ActorType.PUBLIC
        self.government_level.setEnabled(public)
        self.government_level.setToolTip(
            "" if public else self.tr("Only public actors have a government level")
        )
        self.field_changed("actor_type")

    def _check_duplicate(self) -> None:
        name = self.edits["name"].text().strip()
        try:
            duplicate = bool(name) and self._context.actors.duplicate_name(name, self.record_id)
        except UserError:
            return
        self.set_warning("name", field_error_text("duplicate_name") if duplicate else None)

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        saved = write_record(
            self._context,
            organization_ops(self._context.actors),
            self._context.actors.create_organization,
            self._record,
            self.draft(),
            self._remember,
            lambda r: self.tr("Create organization “%1”").replace("%1", r.name),
            lambda r: self.tr("Edit organization “%1”").replace("%1", r.name),
        )
        return saved.id

    def _remember(self, record: Any) -> None:
        self._record = record
