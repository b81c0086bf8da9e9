"""The indicators panel on the demo data: % bars, measurements, chart, undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

from agencydesk.domain.indicators import IndicatorDraft, MeasurementDraft
from agencydesk.services.database import Database
from agencydesk.services.indicators import IndicatorsService
from agencydesk.ui.indicators import IndicatorsPanel
from agencydesk.ui.indicators.models import PERCENT_COLUMN, PERCENT_ROLE
from agencydesk.ui.indicators.numbers import number_text, percent_text
from agencydesk.ui.widgets.progress_bar import round_percent


@pytest.fixture
def service(demo_database: Database) -> IndicatorsService:
    return IndicatorsService(demo_database.uow, lambda: "tester")


@pytest.fixture
def plan_id(service: IndicatorsService) -> int:
    """The plan of the Mesa Ejecutiva Forestal (its indicators are about timber)."""
    volume = next(i for i in service.indicators_of() if "madera transportada" in i.name)
    assert volume.draft.plan_id is not None
    return volume.draft.plan_id


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, service: IndicatorsService, undo_stack: QUndoStack, plan_id: int):
    widget = IndicatorsPanel(service, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show_for(plan_id=plan_id)
    widget.show()
    return widget


def _row_named(panel: IndicatorsPanel, fragment: str) -> int:
    for row in range(panel.model.rowCount()):
        record = panel.model.record_at(row)
        if record is not None and fragment in record.name:
            return row
    raise AssertionError(f"no indicator like {fragment!r}")


def _select(panel: IndicatorsPanel, fragment: str) -> None:
    panel.view.selectRow(_row_named(panel, fragment))


def _percent_cell(panel: IndicatorsPanel, fragment: str) -> str:
    index = panel.model.index(_row_named(panel, fragment), PERCENT_COLUMN)
    return panel.model.data(index, Qt.ItemDataRole.DisplayRole)


def _add_measurement(qtbot, panel: IndicatorsPanel, value: str, source: str = "") -> None:
    panel.add_measurement()
    dialog = panel.measurement_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.value.setText(value)
    dialog.form.source.setText(source)
    assert dialog.form.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.form.save_button.click()


def test_models_pass_the_model_tester(panel: IndicatorsPanel, qtmodeltester) -> None:
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)
    _select(panel, "madera transportada")
    assert panel.measurements.rowCount() == 3
    qtmodeltester.check(panel.measurements)


def test_first_indicator_is_shown_with_its_form_chart_and_measurements(
    panel: IndicatorsPanel,
) -> None:
    first = panel.model.record_at(0)
    assert first is not None
    assert panel.selected_id() == first.id
    assert panel.form.name.text() == first.name
    assert panel.chart.series.count() == len(first.measurements)
    assert panel.measurements.rowCount() == len(first.measurements)


def test_bar_delegate_paints_the_computed_percentage(panel: IndicatorsPanel, qtbot) -> None:
    for row in range(panel.model.rowCount()):
        record = panel.model.record_at(row)
        assert record is not None and record.percent_met is not None
        index = panel.model.index(row, PERCENT_COLUMN)
        assert index.data(PERCENT_ROLE) == record.percent_met
        option = QStyleOptionViewItem()
        option.rect = panel.view.visualRect(index)
        bar = panel.bar_delegate.bar_option(option, index)
        assert bar is not None
        assert bar.progress == round_percent(record.percent_met)
        assert bar.text == percent_text(record.percent_met) == index.data()
    # 91,200 of 0 → 250,000 m³ is 36 %; 118 days of 180 → 60 is 52 %
    # (62 / 120 = 51.7 %, rounded half up)
    assert _percent_cell(panel, "madera transportada") == "36%"
    assert _percent_cell(panel, "aprobación de planes") == "52%"
    assert not panel.view.grab().isNull()  # the delegate paints without error


def test_unknown_percentage_shows_a_dash(panel: IndicatorsPanel, service, plan_id) -> None:
    created = service.create_indicator(
        IndicatorDraft(plan_id=plan_id, name="Sin mediciones", baseline=Decimal(0))
    )
    panel.show_for(plan_id=plan_id)
    panel.select_indicator(created.id)
    index = panel.model.index(_row_named(panel, "Sin mediciones"), PERCENT_COLUMN)
    assert index.data() == "—"
    assert index.data(PERCENT_ROLE) is None
    option = QStyleOptionViewItem()
    option.rect = panel.view.visualRect(index)
    assert panel.bar_delegate.bar_option(option, index) is None


def test_adding_a_measurement_updates_percent_and_chart_and_undo_removes_it(
    panel: IndicatorsPanel, undo_stack: QUndoStack, qtbot
) -> None:
    _select(panel, "madera transportada")
    assert panel.chart.series.count() == 3
    with qtbot.waitSignal(panel.data_changed):
        _add_measurement(qtbot, panel, "150000", "SERFOR")
    # Today's measurement is the latest: 150,000 of 250,000 m³.
    assert _percent_cell(panel, "madera transportada") == "60%"
    assert panel.chart.series.count() == 4
    assert panel.chart.series.at(3).y() == 150000
    assert panel.measurements.rowCount() == 4
    last = panel.measurements.record_at(3)
    assert last is not None and last.draft.source == "SERFOR"
    assert panel.measurements.data(panel.measurements.index(3, 1)) == number_text(
        Decimal(150000), "m³"
    )
    assert undo_stack.count() == 1

    with qtbot.waitSignal(panel.data_changed):
        undo_stack.undo()
    assert _percent_cell(panel, "madera transportada") == "36%"
    assert panel.chart.series.count() == 3
    assert panel.measurements.rowCount() == 3
    undo_stack.redo()
    assert panel.chart.series.count() == 4
    assert _percent_cell(panel, "madera transportada") == "60%"


def test_editing_and_deleting_a_measurement_are_undoable(
    panel: IndicatorsPanel, undo_stack: QUndoStack, qtbot
) -> None:
    _select(panel, "aprobación de planes")  # 180 → 60 days, latest 118
    panel.measurements_view.selectRow(2)
    panel.edit_measurement()
    dialog = panel.measurement_dialog
    assert dialog is not None
    assert dialog.form.value.text() == "118"
    dialog.form.value.setText("60")
    with qtbot.waitSignal(dialog.accepted):
        dialog.form.save_button.click()
    assert _percent_cell(panel, "aprobación de planes") == "100%"

    panel.measurements_view.selectRow(2)
    panel.delete_measurement()
    assert panel.measurements.rowCount() == 2
    assert _percent_cell(panel, "aprobación de planes") == "33%"  # back to 140 days
    undo_stack.undo()
    assert panel.measurements.rowCount() == 3
    assert _percent_cell(panel, "aprobación de planes") == "100%"
    undo_stack.undo()
    assert _percent_cell(panel, "aprobación de planes") == "52%"


def test_deleting_an_indicator_takes_its_measurements_and_undo_brings_them_back(
    panel: IndicatorsPanel, undo_stack: QUndoStack, monkeypatch
) -> None:
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    _select(panel, "Operarios certificados")
    panel.delete_selected()
    assert "2 measurements" in asked[0]
    assert panel.model.rowCount() == 2
    undo_stack.undo()
    assert panel.model.rowCount() == 3
    _select(panel, "Operarios certificados")
    assert panel.measurements.rowCount() == 2
    assert panel.chart.series.count() == 2


def test_empty_states_say_what_to_do(panel: IndicatorsPanel, undo_stack, qtbot) -> None:
    panel.new_record()
    assert panel.chart.view.isHidden()
    assert "Save the indicator" in panel.chart.empty.text()
    assert not panel.add_measurement_button.isEnabled()
    panel.form.name.setText("Hectáreas con plan de manejo")
    panel.form.unit.setText("ha")
    panel.form.baseline.setText("100")
    panel.form.target.setText("400")
    with qtbot.waitSignal(panel.data_changed):
        assert panel.form.save()
    assert panel.model.rowCount() == 4
    assert panel.form.record_id == panel.selected_id()
    assert panel.chart.view.isHidden() and not panel.chart.empty.isHidden()
    assert "No measurements yet" in panel.chart.empty.text()
    assert panel.chart.series.count() == 0
    assert panel.add_measurement_button.isEnabled()

    _add_measurement(qtbot, panel, "250")
    assert not panel.chart.view.isHidden() and panel.chart.empty.isHidden()
    assert panel.chart.series.count() == 1
    assert _percent_cell(panel, "Hectáreas") == "50%"
    undo_stack.undo()  # the measurement
    undo_stack.undo()  # the indicator
    assert panel.model.rowCount() == 3


def test_a_plan_without_indicators_offers_the_form(panel: IndicatorsPanel) -> None:
    panel.show_for(agenda_id=9999)
    assert panel.model.rowCount() == 0
    assert panel.view.isHidden() and not panel.empty.isHidden()
    assert panel.form.record_id is None
    assert not panel.delete_button.isEnabled()


def test_form_validates_as_you_type(panel: IndicatorsPanel, monkeypatch) -> None:
    form = panel.form
    form.name.setText("")
    assert form.field_errors()["name"] == "required"
    form.name.setText("Volumen")
    form.baseline.setText("doce")
    assert form.field_errors()["baseline"] == "not_a_number"
    form.baseline.setText("0")
    form.target_date.edit.setText("01/01/2000")
    assert form.field_errors()["target_date"] == "end_before_start"
    assert not form.save_button.isEnabled()
    form.target_date.edit.setText("31/12/2030")
    assert form.field_errors() == {}
    form.target.setText("-10")  # increase, but a target below the baseline: warned, allowed
    assert form.field_message("target").kind() == "warning"
    assert form.save_button.isEnabled()
    # Closing now would lose the typing: the user is asked, and "No" keeps the page open.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert panel.confirm_close() is False
    assert len(asked) == 1


@pytest.mark.parametrize(
    ("locale", "typed", "shown"),
    [("es_ES", "1.500,25", "1.500,25 m³"), ("en_US", "1,500.25", "1,500.25 m³")],
)
def test_numbers_follow_the_locale(
    panel: IndicatorsPanel, qtbot, locale: str, typed: str, shown: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        _select(panel, "madera transportada")
        _add_measurement(qtbot, panel, typed)
        record = panel.measurements.record_at(panel.measurements.rowCount() - 1)
        assert record is not None and record.draft.value == Decimal("1500.25")
        assert panel.measurements.data(panel.measurements.index(3, 1)) == shown
    finally:
        QLocale.setDefault(before)


def test_a_form_edit_is_undoable(panel: IndicatorsPanel, undo_stack: QUndoStack) -> None:
    _select(panel, "madera transportada")
    panel.form.target.setText("182400")
    assert panel.form.save()
    assert _percent_cell(panel, "madera transportada") == "50%"
    undo_stack.undo()
    assert _percent_cell(panel, "madera transportada") == "36%"
    assert panel.form.target.text() == number_text(Decimal(250000))


def test_chart_without_baseline_or_target_shows_only_the_measurements(
    panel: IndicatorsPanel, service: IndicatorsService, plan_id: int
) -> None:
    created = service.create_indicator(IndicatorDraft(plan_id=plan_id, name="Solo mediciones"))
    service.add_measurement(MeasurementDraft(created.id, date(2025, 5, 1), Decimal("7.5")))
    panel.show_for(plan_id=plan_id)
    panel.select_indicator(created.id)
    chart = panel.chart
    assert chart.series.count() == 1
    assert not chart.baseline_series.isVisible() and not chart.target_series.isVisible()
    assert chart.y_axis.min() <= 7.5 <= chart.y_axis.max()
    assert _percent_cell(panel, "Solo mediciones") == "—"


def test_fits_a_laptop_screen_and_the_chart_takes_the_spare_height(
    panel: IndicatorsPanel, qtbot
) -> None:
    """The plan page stacks the initiative's header, the plan's and this panel: the panel must
    not ask for more than about 430 px, or the window outgrows 1280x800."""
    from agencydesk.ui.indicators.chart import CHART_MIN_HEIGHT

    _select(panel, "madera transportada")
    assert panel.minimumSizeHint().height() <= 430
    assert panel.chart.view.minimumHeight() == CHART_MIN_HEIGHT
    rows = panel.measurements_view.verticalHeader().defaultSectionSize()
    assert panel.measurements_view.minimumHeight() >= 3 * rows  # three measurements in view
    qtbot.waitUntil(lambda: panel.chart.view.height() > CHART_MIN_HEIGHT)  # 800 px: it grows
    # The form gets about 45 % of the width: its labels and dates are read whole.
    form, right = panel.details.sizes()
    assert 0.4 <= form / (form + right) <= 0.5
    date_field = panel.form.baseline_date
    assert date_field.width() >= date_field.sizeHint().width()


def test_without_measurements_the_sentence_stays_small_at_the_top(
    panel: IndicatorsPanel, service, plan_id, qtbot
) -> None:
    service.create_indicator(IndicatorDraft(name="Sin datos", plan_id=plan_id))
    panel.show_for(plan_id=plan_id)
    _select(panel, "Sin datos")
    assert panel.chart.empty.isVisible() and not panel.chart.view.isVisible()
    # The sentence keeps its own height; the buttons stay right under it.
    qtbot.waitUntil(lambda: panel.chart.height() <= panel.chart.sizeHint().height() + 2)
    assert panel.add_measurement_button.y() < panel.height() // 2
