"""The indicators of a plan or an agenda: a table with % of target met, and for the selected
indicator its form, a chart and its measurements. Embedded in the plan and agenda pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError
from agencydesk.domain.indicators import IndicatorRecord, MeasurementRecord
from agencydesk.services.indicators import IndicatorsService
from agencydesk.ui.indicators.chart import MeasurementsChart
from agencydesk.ui.indicators.indicator_form import IndicatorForm
from agencydesk.ui.indicators.measurement_dialog import MeasurementDialog
from agencydesk.ui.indicators.models import (
    PERCENT_COLUMN,
    IndicatorTableModel,
    MeasurementTableModel,
)
from agencydesk.ui.indicators.percent_delegate import PercentBarDelegate
from agencydesk.ui.indicators.undo_ops import indicator_ops, measurement_ops
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import DeleteCommand, WriteContext
from agencydesk.ui.widgets import ask_yes_no, format_date, tell, undo_keys
from agencydesk.ui.widgets.table_model import RecordListModel, set_column_widths


def _table(model: RecordListModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    set_column_widths(view, model)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _bold(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


def _rows_height(view: QTableView, rows: int) -> int:
    """The height showing the header and ``rows`` rows."""
    header = view.horizontalHeader().sizeHint().height()
    return header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()


MAX_VISIBLE_ROWS = 8
SOURCE_COLUMN = 2  # of the measurements table


class IndicatorsPanel(QWidget):
    """``show_for(plan_id=…)`` or ``show_for(agenda_id=…)``; every write is undoable on
    ``undo_stack`` and announced by ``data_changed``."""

    data_changed = Signal()

    def __init__(
        self,
        indicators: IndicatorsService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = indicators
        self._undo_stack = undo_stack
        # The shared commands only use the stack, notify and report; `actors` is not read.
        self._context = WriteContext(None, undo_stack, self._after_write, self._report)  # type: ignore[arg-type]
        self._owner: tuple[int | None, int | None] = (None, None)
        self._shown_id: int | None = None
        self._creating = False
        self._syncing = False
        self.measurement_dialog: MeasurementDialog | None = None

        self.new_button = QPushButton(self.tr("&New indicator"), self)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("De&lete indicator…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(_bold(self.tr("Indicators")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.model = IndicatorTableModel(self)
        self.view = _table(self.model)
        self.view.setAccessibleName(self.tr("Indicators"))
        self.bar_delegate = PercentBarDelegate(self.view)
        self.view.setItemDelegateForColumn(PERCENT_COLUMN, self.bar_delegate)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._delete_key(self.view, self.delete_selected)
        self.empty = QLabel(
            self.tr(
                "No indicators yet. Fill in the form below to add the first one: what you "
                "measure, its baseline and the target you want to reach."
            )
        )
        self.empty.setWordWrap(True)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(top)
        table_layout.addWidget(self.view)
        table_layout.addWidget(self.empty)

        self.form = IndicatorForm(indicators, self._context)
        self.form.saved.connect(lambda record_id: self._reload(record_id, force_form=True))
        self.form.cancelled.connect(self._form_cancelled)
        self.chart = MeasurementsChart()
        self.measurements = MeasurementTableModel(self)
        self.measurements_view = _table(self.measurements)
        self.measurements_view.setAccessibleName(self.tr("Measurements"))
        self.measurements_view.activated.connect(lambda _index: self.edit_measurement())
        self.measurements_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._delete_key(self.measurements_view, self.delete_measurement)
        self.add_measurement_button = QPushButton(self.tr("&Add measurement…"))
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.edit_measurement_button = QPushButton(self.tr("&Edit…"))
        self.edit_measurement_button.clicked.connect(self.edit_measurement)
        self.delete_measurement_button = QPushButton(self.tr("Delete"))
        self.delete_measurement_button.clicked.connect(self.delete_measurement)
        self.measurements_title = _bold(self.tr("Measurements"))
        header = QHBoxLayout()
        header.addWidget(self.measurements_title)
        header.addStretch(1)
        header.addWidget(self.add_measurement_button)
        header.addWidget(self.edit_measurement_button)
        header.addWidget(self.delete_measurement_button)
        # At least three measurements in view; the chart and the table share what is left.
        self.measurements_view.setMinimumHeight(_rows_height(self.measurements_view, 3))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 3)
        right_layout.addLayout(header)
        right_layout.addWidget(self.measurements_view, 2)
        # Keeps the chart's sentence and the buttons at the top while there is no chart.
        right_layout.addStretch(0)
        self.details = QSplitter(Qt.Orientation.Horizontal)
        self.details.setChildrenCollapsible(False)
        self.details.addWidget(self.form)
        self.details.addWidget(right)
        # The form gets 45 %: its labels ("Baseline date:") and date fields need the room.
        self.details.setSizes([450, 550])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table_box)
        layout.addWidget(self.details, 1)
        self._update_buttons()

    # --- public ----------------------------------------------------------------------------

    def show_for(self, plan_id: int | None = None, agenda_id: int | None = None) -> None:
        """Show the indicators of a plan or an agenda (the first one selected)."""
        self._owner = (plan_id, agenda_id)
        self._creating = False
        self._shown_id = None
        self.form.load_new(plan_id, agenda_id)
        self._reload(None, force_form=True)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        return record.id if record else None

    def selected_record(self) -> IndicatorRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_indicator(self, indicator_id: int) -> None:
        row = self.model.row_of(indicator_id)
        if row is not None:
            self.view.selectRow(row)

    def new_record(self) -> None:
        """Start a new indicator in the form."""
        if not self.form.confirm_discard():
            return
        self._creating = True
        self._quietly_select(None)
        self.form.load_new(*self._owner)
        self._display_new()
        self.form.name.setFocus()

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        count = len(record.measurements)
        question = (
            self.tr("Delete the indicator “%1” and its %n measurement(s)?", "", count)
            if count
            else self.tr("Delete the indicator “%1”?")
        )
        question = question.replace("%1", record.name) + " " + self._undo_hint()
        if not ask_yes_no(self, self.tr("Delete indicator"), question):
            return
        try:
            deleted = self._service.delete_indicator(record.id)
        except UserError as exc:
            self._report(exc)
            return
        self._after_write()
        text = self.tr("Delete indicator “%1”").replace("%1", record.name)
        ops = indicator_ops(self._service)
        self._undo_stack.push(DeleteCommand(text, ops, self._context, deleted))

    def confirm_close(self) -> bool:
        """True when nothing typed would be lost, or the user agrees to drop it."""
        return self.form.confirm_discard()

    # --- measurements ----------------------------------------------------------------------

    def selected_measurement(self) -> MeasurementRecord | None:
        rows = self.measurements_view.selectionModel().selectedRows()
        return self.measurements.record_at(rows[0].row()) if rows else None

    def add_measurement(self) -> None:
        self._open_measurement(None)

    def edit_measurement(self) -> None:
        measurement = self.selected_measurement()
        if measurement is not None:
            self._open_measurement(measurement)

    def delete_measurement(self) -> None:
        indicator, measurement = self._shown_record(), self.selected_measurement()
        if indicator is None or measurement is None:
            return
        try:
            deleted = self._service.delete_measurement(measurement.id)
        except UserError as exc:
            self._report(exc)
            return
        self._after_write()
        text = (
            self.tr("Delete the measurement of %1 of “%2”")
            .replace("%1", format_date(measurement.draft.date))
            .replace("%2", indicator.name)
        )
        ops = measurement_ops(self._service)
        self._undo_stack.push(DeleteCommand(text, ops, self._context, deleted))

    def _open_measurement(self, measurement: MeasurementRecord | None) -> None:
        indicator = self._shown_record()
        if indicator is None:
            return
        dialog = MeasurementDialog(self._service, self._context, indicator, measurement, self)
        dialog.finished.connect(dialog.deleteLater)
        self.measurement_dialog = dialog
        dialog.open()

    # --- showing ---------------------------------------------------------------------------

    def _shown_record(self) -> IndicatorRecord | None:
        if self._shown_id is None:
            return None
        row = self.model.row_of(self._shown_id)
        return self.model.record_at(row) if row is not None else None

    def _reload(self, select_id: int | None, force_form: bool = False) -> None:
        plan_id, agenda_id = self._owner
        if plan_id is None and agenda_id is None:
            records: list[IndicatorRecord] = []
        else:
            try:
                records = self._service.indicators_of(plan_id=plan_id, agenda_id=agenda_id)
            except UserError as exc:
                self._report(exc)
                return
        self.model.set_records(records)
        self._fit_table()
        self.view.setVisible(bool(records))
        self.empty.setVisible(not records)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self._creating = False
        elif records and not self._creating:
            row = 0
        record = self.model.record_at(row) if row is not None else None
        self._quietly_select(row)
        if record is not None:
            self._display(record, force_form)
        else:
            self._display_new()

    def _fit_table(self) -> None:
        """As tall as its rows (a plan has a handful; past eight, it scrolls), columns of
        figures as wide as their text, the name taking the rest."""
        rows = min(max(self.model.rowCount(), 1), MAX_VISIBLE_ROWS)
        self.view.setFixedHeight(_rows_height(self.view, rows))
        for column in range(1, PERCENT_COLUMN):
            self.view.resizeColumnToContents(column)

    def _fit_source_column(self) -> None:
        """Sources ("SERFOR — reporte del piloto") are read more than notes: show them whole,
        within reason, and let the notes take the rest."""
        view = self.measurements_view
        view.resizeColumnToContents(SOURCE_COLUMN)
        limit = view.fontMetrics().averageCharWidth() * 45
        view.setColumnWidth(SOURCE_COLUMN, min(view.columnWidth(SOURCE_COLUMN), limit))

    def _quietly_select(self, row: int | None) -> None:
        self._syncing = True
        try:
            if row is None:
                self.view.clearSelection()
            else:
                self.view.selectRow(row)
        finally:
            self._syncing = False

    def _display(self, record: IndicatorRecord, force_form: bool = False) -> None:
        keep_edits = self.form.is_dirty() and self.form.record_id == record.id
        if force_form or not keep_edits:
            self.form.load(record)
        self._shown_id = record.id
        self.chart.set_indicator(record)
        current = self.selected_measurement()
        self.measurements.set_indicator(record)
        self._fit_source_column()
        if current is not None and (row := self.measurements.row_of(current.id)) is not None:
            self.measurements_view.selectRow(row)
        self._update_buttons()

    def _display_new(self) -> None:
        self._shown_id = None
        if self.form.record_id is not None or not self.form.is_dirty():
            self.form.load_new(*self._owner)
        self.chart.set_indicator(None, saved=False)
        self.measurements.set_indicator(None)
        self._update_buttons()

    def _selection_changed(self) -> None:
        if self._syncing:
            return
        record = self.selected_record()
        if record is None or record.id == self._shown_id:
            return
        if not self.form.confirm_discard():
            self._quietly_select(self.model.row_of(self._shown_id) if self._shown_id else None)
            return
        self._creating = False
        self._display(record, force_form=True)

    def _form_cancelled(self) -> None:
        self._creating = False
        self._reload(self.form.record_id, force_form=True)

    def _update_buttons(self) -> None:
        shown = self._shown_id is not None
        # An empty table says nothing the chart's sentence does not say better.
        self.measurements_view.setVisible(shown and self.measurements.rowCount() > 0)
        self.measurements_title.setVisible(shown)
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.add_measurement_button.setEnabled(shown)
        has_measurement = shown and self.selected_measurement() is not None
        self.edit_measurement_button.setEnabled(has_measurement)
        self.delete_measurement_button.setEnabled(has_measurement)

    # --- after writes ----------------------------------------------------------------------

    def _after_write(self) -> None:
        """A write or an undo happened: read again, keep what was shown, tell the page."""
        keep = self.form.record_id if self.form.record_id is not None else self._shown_id
        self._reload(keep)
        self.data_changed.emit()

    def _report(self, error: UserError) -> None:
        tell(self, self.tr("Not done"), user_error_text(error))

    def _undo_hint(self) -> str:
        return self.tr("You can undo it with %1.").replace("%1", undo_keys())

    @staticmethod
    def _delete_key(view: QTableView, slot: object) -> None:
        action = QAction(view)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
