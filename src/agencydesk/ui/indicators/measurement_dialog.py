"""Adding or editing one measurement of an indicator, in a small dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.indicators import (
    IndicatorRecord,
    MeasurementDraft,
    MeasurementRecord,
    clean_measurement,
    measurement_errors,
)
from agencydesk.services.indicators import IndicatorsService
from agencydesk.ui.indicators.numbers import number_text, parse_number
from agencydesk.ui.indicators.undo_ops import measurement_ops
from agencydesk.ui.undo import CreateCommand, EditCommand, WriteContext
from agencydesk.ui.widgets import DateField, RecordForm


class MeasurementForm(RecordForm):
    def __init__(
        self,
        service: IndicatorsService,
        context: WriteContext,
        indicator: IndicatorRecord,
        record: MeasurementRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._context = context
        self._indicator = indicator
        self._record = record
        self.date = DateField()
        self.value = QLineEdit()
        unit = QLabel(indicator.draft.unit or "")
        value_cell = QWidget()
        value_layout = QHBoxLayout(value_cell)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.value, 1)
        value_layout.addWidget(unit)
        self.value.setAccessibleName(self.tr("Value"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Who reported it, e.g. a survey or a registry"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field("date", self.tr("&Date:"), self.date)
        self.add_field("value", self.tr("&Value:"), value_cell)
        self._fields["value"] = self.value  # focus the line edit, not its cell
        self.add_field("source", self.tr("&Source:"), self.source)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.finish_tab_order()
        self.date.changed.connect(lambda: self.field_changed("date"))
        self.value.textChanged.connect(lambda _t: self.field_changed("value"))
        self.source.textChanged.connect(lambda _t: self.field_changed("source"))
        self.notes.textChanged.connect(lambda: self.field_changed("notes"))

        self.title.setText(
            (
                self.tr("New measurement of “%1”")
                if record is None
                else self.tr("Measurement of “%1”")
            ).replace("%1", indicator.name)
        )
        self.begin_load()
        if record is None:
            self.date.set_date(date.today())
        else:
            self.date.set_date(record.draft.date)
            self.value.setText(number_text(record.draft.value))
            self.source.setText(record.draft.source or "")
            self.notes.setPlainText(record.draft.notes or "")
        self.end_load()

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def draft(self) -> MeasurementDraft:
        try:
            value = parse_number(self.value.text())
        except ValueError:
            value = None
        return MeasurementDraft(
            indicator_id=self._indicator.id,
            date=self.date.date(),  # type: ignore[arg-type]  # None is reported as required
            value=value,  # type: ignore[arg-type]
            source=self.source.text(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = measurement_errors(clean_measurement(self.draft()))
        if not self.date.is_valid():
            errors["date"] = "bad_date"
        try:
            parse_number(self.value.text())
        except ValueError:
            errors["value"] = "not_a_number"
        return errors

    def write(self) -> int:
        context = self._context
        draft = self.draft()
        ops = measurement_ops(self._service)
        name = self._indicator.name
        if self._record is None:
            created = self._service.add_measurement(draft)
            self._record = created
            context.notify()
            text = self.tr("Add a measurement to “%1”").replace("%1", name)
            context.undo_stack.push(CreateCommand(text, ops, context, created))
            return created.id
        before = self._record
        updated = self._service.update_measurement(before.id, draft)
        self._record = updated
        if updated.draft != before.draft:
            context.notify()
            text = self.tr("Edit a measurement of “%1”").replace("%1", name)
            context.undo_stack.push(
                EditCommand(text, ops, context, before.id, before.draft, updated.draft)
            )
        return updated.id


class MeasurementDialog(QDialog):
    """Accepted once the measurement is saved (and on the undo stack); ``form`` for tests."""

    def __init__(
        self,
        service: IndicatorsService,
        context: WriteContext,
        indicator: IndicatorRecord,
        record: MeasurementRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Add a measurement") if record is None else self.tr("Edit a measurement")
        )
        self.form = MeasurementForm(service, context, indicator, record, self)
        self.form.saved.connect(lambda _id: self.accept())
        self.form.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.resize(480, 340)

    def reject(self) -> None:
        # Escape and the window's close button go through the form's "discard edits?" question.
        if self.form.is_dirty() and not self.form.confirm_discard():
            return
        super().reject()
