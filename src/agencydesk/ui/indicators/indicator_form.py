"""The indicator form: name, unit, direction, baseline and target with their dates."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agencydesk.domain.enums import IndicatorDirection
from agencydesk.domain.indicators import (
    IndicatorDraft,
    IndicatorRecord,
    clean_indicator,
    direction_mismatch,
    indicator_errors,
)
from agencydesk.services.indicators import IndicatorsService
from agencydesk.ui.indicators.numbers import number_text, parse_number
from agencydesk.ui.indicators.undo_ops import indicator_ops
from agencydesk.ui.undo import WriteContext, write_record
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)


class IndicatorForm(RecordForm):
    """Edits one indicator of the plan or agenda given to ``load_new`` / ``load``."""

    def __init__(
        self,
        service: IndicatorsService,
        context: WriteContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._context = context
        self._record: IndicatorRecord | None = None
        self._owner: tuple[int | None, int | None] = (None, None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Required"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. ha, people, %, days"))
        self.direction = QComboBox()
        fill_enum_combo(self.direction, IndicatorDirection, None)
        self.direction.setToolTip(self.tr("Whether the indicator should go up or down"))
        self.baseline = QLineEdit()
        self.target = QLineEdit()
        for edit in (self.baseline, self.target):
            edit.setPlaceholderText(
                self.tr("e.g. %1").replace("%1", number_text(Decimal("1500.5")))
            )
        self.baseline_date = DateField()
        self.target_date = DateField()

        self.add_field("name", self.tr("Na&me:"), self.name)
        self.add_field("unit", self.tr("&Unit:"), self.unit)
        self.add_field("direction", self.tr("&Direction:"), self.direction)
        self.add_field("baseline", self.tr("&Baseline:"), self.baseline)
        self.add_field("baseline_date", self.tr("Baseline da&te:"), self.baseline_date)
        self.add_field("target", self.tr("Tar&get:"), self.target)
        self.add_field("target_date", self.tr("Target d&ate:"), self.target_date)
        self.finish_tab_order()

        for key, edit in (
            ("name", self.name),
            ("unit", self.unit),
            ("baseline", self.baseline),
            ("target", self.target),
        ):
            edit.textChanged.connect(lambda _t, k=key: self._changed(k))
        self.direction.currentIndexChanged.connect(lambda _i: self._changed("direction"))
        self.baseline_date.changed.connect(lambda: self._changed("baseline_date"))
        self.target_date.changed.connect(lambda: self._changed("target_date"))
        self.load_new(None, None)

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def record(self) -> IndicatorRecord | None:
        return self._record

    def load_new(self, plan_id: int | None, agenda_id: int | None) -> None:
        self._record = None
        self._owner = (plan_id, agenda_id)
        self.title.setText(self.tr("New indicator"))
        self._fill(IndicatorDraft(plan_id=plan_id, agenda_id=agenda_id))

    def load(self, record: IndicatorRecord) -> None:
        self._record = record
        self._owner = (record.draft.plan_id, record.draft.agenda_id)
        self.title.setText(record.name)
        self._fill(record.draft)

    def _fill(self, draft: IndicatorDraft) -> None:
        self.begin_load()
        self.name.setText(draft.name)
        self.unit.setText(draft.unit or "")
        set_current_enum(self.direction, draft.direction)
        self.baseline.setText(number_text(draft.baseline))
        self.target.setText(number_text(draft.target))
        self.baseline_date.set_date(draft.baseline_date)
        self.target_date.set_date(draft.target_date)
        self.end_load()
        self._check_direction()

    # --- reading the widgets ---------------------------------------------------------------

    @staticmethod
    def _number(edit: QLineEdit) -> Decimal | None:
        try:
            return parse_number(edit.text())
        except ValueError:
            return None

    def draft(self) -> IndicatorDraft:
        plan_id, agenda_id = self._owner
        return IndicatorDraft(
            plan_id=plan_id,
            agenda_id=agenda_id,
            name=self.name.text(),
            unit=self.unit.text(),
            baseline=self._number(self.baseline),
            baseline_date=self.baseline_date.date(),
            target=self._number(self.target),
            target_date=self.target_date.date(),
            direction=current_enum(self.direction, IndicatorDirection)
            or IndicatorDirection.INCREASE,
        )

    def field_errors(self) -> dict[str, str]:
        errors = indicator_errors(clean_indicator(self.draft()))
        # The owner is the panel's business, not a field the user can fix.
        errors.pop("plan_id", None)
        errors.pop("agenda_id", None)
        for key, edit in (("baseline", self.baseline), ("target", self.target)):
            try:
                parse_number(edit.text())
            except ValueError:
                errors[key] = "not_a_number"
        for key, field in (
            ("baseline_date", self.baseline_date),
            ("target_date", self.target_date),
        ):
            if not field.is_valid():
                errors[key] = "bad_date"
        return errors

    def _changed(self, key: str) -> None:
        self.field_changed(key)
        if not self._loading:
            self._check_direction()

    def _check_direction(self) -> None:
        """Warn (without blocking) when the target contradicts the direction."""
        draft = self.draft()
        text = None
        if direction_mismatch(draft):
            text = (
                self.tr(
                    "The target is below the baseline, but the indicator should increase: "
                    "progress is counted towards the target."
                )
                if draft.direction == IndicatorDirection.INCREASE
                else self.tr(
                    "The target is above the baseline, but the indicator should decrease: "
                    "progress is counted towards the target."
                )
            )
        self.set_warning("target", text)

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        saved = write_record(
            self._context,
            indicator_ops(self._service),
            self._service.create_indicator,
            self._record,
            self.draft(),
            self._remember,
            lambda r: self.tr("Create indicator “%1”").replace("%1", r.name),
            lambda r: self.tr("Edit indicator “%1”").replace("%1", r.name),
        )
        return saved.id

    def _remember(self, record: Any) -> None:
        self._record = record
