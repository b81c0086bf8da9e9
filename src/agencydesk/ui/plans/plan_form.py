"""The plan form: title, the agenda or initiative it belongs to, period, status, version and
currency. Create or edit, validated as you type, undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from agencydesk.domain.enums import PlanStatus
from agencydesk.domain.plans import PlanDraft, PlanRecord, clean_plan, plan_errors
from agencydesk.domain.records import NamedRef
from agencydesk.services.plans import PlansService
from agencydesk.ui.plans.undo import plan_ops
from agencydesk.ui.undo import WriteContext, write_record
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

# The currencies of the offices AgencyDesk is made for; any other ISO code can be typed.
CURRENCIES = ("PEN", "MXN", "CLP", "COP", "ARS", "BOB", "BRL", "GTQ", "HNL", "UYU", "USD", "EUR")


class PlanForm(RecordForm):
    def __init__(
        self, context: WriteContext, plans: PlansService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._plans = plans
        self._record: PlanRecord | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("Required, e.g. Roadmap of the timber table"))
        self.owner = QComboBox()
        self.owner.setMinimumContentsLength(30)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_start = DateField()
        self.period_end = DateField()
        self.status = QComboBox()
        fill_enum_combo(self.status, PlanStatus, None)
        self.approved_on = DateField()
        self.version = QSpinBox()
        self.version.setRange(1, 999)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.lineEdit().setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setToolTip(self.tr("ISO 4217 code: PEN, MXN, CLP, COP, USD…"))
        widgets = {
            "title": self.title_edit,
            "owner": self.owner,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "status": self.status,
            "approved_on": self.approved_on,
            "version": self.version,
            "currency": self.currency,
        }
        for name, widget in widgets.items():
            widget.setObjectName(f"plan_{name}")
        self.save_button.setObjectName("plan_save")
        self.cancel_button.setObjectName("plan_cancel")

        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("owner", self.tr("&Belongs to:"), self.owner)
        self.add_field("period_start", self.tr("Period &from:"), self.period_start)
        self.add_field("period_end", self.tr("Period &to:"), self.period_end)
        self.add_field("status", self.tr("&Status:"), self.status)
        self.add_field("approved_on", self.tr("&Approved on:"), self.approved_on)
        self.add_field("version", self.tr("&Version:"), self.version)
        self.add_field("currency", self.tr("&Currency:"), self.currency)
        self.finish_tab_order()

        self.title_edit.textChanged.connect(lambda _t: self.field_changed("title"))
        self.owner.currentIndexChanged.connect(lambda _i: self.field_changed("owner"))
        self.period_start.changed.connect(lambda: self.field_changed("period_start"))
        self.period_end.changed.connect(lambda: self.field_changed("period_end"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.approved_on.changed.connect(lambda: self.field_changed("approved_on"))
        self.version.valueChanged.connect(lambda _v: self.field_changed("version"))
        self.currency.currentTextChanged.connect(self._currency_changed)

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def _fill_owners(self, agendas: list[NamedRef], initiatives: list[NamedRef]) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("Choose an agenda or an initiative"), None)
        for ref in initiatives:
            self.owner.addItem(self.tr("Initiative: %1").replace("%1", ref.name), f"i{ref.id}")
        for ref in agendas:
            self.owner.addItem(self.tr("Agenda: %1").replace("%1", ref.name), f"a{ref.id}")

    def load_new(
        self,
        agendas: list[NamedRef],
        initiatives: list[NamedRef],
        *,
        initiative_id: int | None = None,
        agenda_id: int | None = None,
        title: str = "",
        currency: str = "MXN",
    ) -> None:
        self._record = None
        self.title.setText(self.tr("New action plan"))
        draft = PlanDraft(
            title=title, agenda_id=agenda_id, initiative_id=initiative_id, currency=currency
        )
        self._fill(draft, agendas, initiatives)
        if title:
            # A suggested title counts as typed: the user may save it as it is.
            self.field_changed("title")

    def load(
        self, record: PlanRecord, agendas: list[NamedRef], initiatives: list[NamedRef]
    ) -> None:
        self._record = record
        self.title.setText(self.tr("Edit action plan"))
        self._fill(record.draft, agendas, initiatives)

    def _fill(self, draft: PlanDraft, agendas: list[NamedRef], initiatives: list[NamedRef]) -> None:
        self.begin_load()
        self._fill_owners(agendas, initiatives)
        key = (
            f"i{draft.initiative_id}"
            if draft.initiative_id is not None
            else f"a{draft.agenda_id}"
            if draft.agenda_id is not None
            else None
        )
        self.owner.setCurrentIndex(max(self.owner.findData(key), 0) if key else 0)
        self.title_edit.setText(draft.title)
        self.period_start.set_date(draft.period_start)
        self.period_end.set_date(draft.period_end)
        set_current_enum(self.status, draft.status)
        self.approved_on.set_date(draft.approved_on)
        self.version.setValue(draft.version)
        self.currency.setCurrentText(draft.currency)
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> PlanDraft:
        owner = self.owner.currentData()
        owner_id = int(owner[1:]) if owner else None
        return PlanDraft(
            title=self.title_edit.text(),
            agenda_id=owner_id if owner and owner[0] == "a" else None,
            initiative_id=owner_id if owner and owner[0] == "i" else None,
            period_start=self.period_start.date(),
            period_end=self.period_end.date(),
            status=current_enum(self.status, PlanStatus) or PlanStatus.DRAFT,
            approved_on=self.approved_on.date(),
            version=self.version.value(),
            currency=self.currency.currentText(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = plan_errors(clean_plan(self.draft()))
        owner_error = errors.pop("agenda_id", None) or errors.pop("initiative_id", None)
        errors.pop("initiative_id", None)
        if owner_error:
            errors["owner"] = owner_error
        for key, field in (
            ("period_start", self.period_start),
            ("period_end", self.period_end),
            ("approved_on", self.approved_on),
        ):
            if not field.is_valid():
                errors[key] = "bad_date"
        return errors

    def _status_changed(self, _index: int) -> None:
        approved = current_enum(self.status, PlanStatus) is PlanStatus.APPROVED
        if approved and not self._loading and not self.approved_on.text().strip():
            self.approved_on.set_date(date.today())
        self.field_changed("status")

    def _currency_changed(self, text: str) -> None:
        if text != text.upper():
            self.currency.setCurrentText(text.upper())
            return
        self.field_changed("currency")

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        saved = write_record(
            self._context,
            plan_ops(self._plans),
            self._plans.create_plan,
            self._record,
            self.draft(),
            self._remember,
            lambda r: self.tr("Create action plan “%1”").replace("%1", r.title),
            lambda r: self.tr("Edit action plan “%1”").replace("%1", r.title),
        )
        return saved.id

    def _remember(self, record: Any) -> None:
        self._record = record
