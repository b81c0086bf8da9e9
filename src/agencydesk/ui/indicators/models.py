"""Table models of the indicators panel: the indicators, and one indicator's measurements."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from agencydesk.domain.indicators import IndicatorRecord, MeasurementRecord
from agencydesk.ui.indicators.numbers import number_text, percent_text
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.table_model import Column, RecordListModel

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 2
"""``data(index, PERCENT_ROLE)`` on the % column: the fraction met (0.0–1.0) or None."""


def _dated(value_text: str, when: date | None) -> str:
    if not value_text:
        return ""
    return f"{value_text} ({format_date(when)})" if when else value_text


def _baseline(r: IndicatorRecord) -> str:
    return _dated(number_text(r.draft.baseline, r.draft.unit), r.draft.baseline_date)


def _target(r: IndicatorRecord) -> str:
    return _dated(number_text(r.draft.target, r.draft.unit), r.draft.target_date)


def _latest(r: IndicatorRecord) -> str:
    if r.latest is None:
        return ""
    return _dated(number_text(r.latest.draft.value, r.draft.unit), r.latest.draft.date)


INDICATOR_COLUMNS: list[Column[IndicatorRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("IndicatorTable", "Indicator"), lambda r: r.name, 34),
    Column(None, QT_TRANSLATE_NOOP("IndicatorTable", "Direction"), lambda r: r.draft.direction, 9),
    Column(None, QT_TRANSLATE_NOOP("IndicatorTable", "Baseline"), _baseline, 20, numeric=True),
    Column(None, QT_TRANSLATE_NOOP("IndicatorTable", "Target"), _target, 20, numeric=True),
    Column(None, QT_TRANSLATE_NOOP("IndicatorTable", "Latest value"), _latest, 20, numeric=True),
    Column(
        None,
        QT_TRANSLATE_NOOP("IndicatorTable", "% of target met"),
        lambda r: percent_text(r.percent_met),
        16,
    ),
]
PERCENT_COLUMN = len(INDICATOR_COLUMNS) - 1


class IndicatorTableModel(RecordListModel[IndicatorRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(INDICATOR_COLUMNS, "IndicatorTable", parent=parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == PERCENT_ROLE:
            record = self.record_at(index.row()) if index.isValid() else None
            if record is None or index.column() != PERCENT_COLUMN:
                return None
            return record.percent_met
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            record = self.record_at(index.row())
            if record is not None and record.draft.unit:
                return f"{record.name} ({record.draft.unit})"
        return super().data(index, role)

    def row_of(self, indicator_id: int) -> int | None:
        for row in range(self.rowCount()):
            record = self.record_at(row)
            if record is not None and record.id == indicator_id:
                return row
        return None


class MeasurementTableModel(RecordListModel[MeasurementRecord]):
    """An indicator's measurements, oldest first, values with the indicator's unit."""

    def __init__(self, parent: Any = None) -> None:
        self.unit: str | None = None
        columns: list[Column[MeasurementRecord]] = [
            Column(None, QT_TRANSLATE_NOOP("MeasurementTable", "Date"), lambda m: m.draft.date, 11),
            Column(
                None,
                QT_TRANSLATE_NOOP("MeasurementTable", "Value"),
                lambda m: number_text(m.draft.value, self.unit),
                14,
                numeric=True,
            ),
            Column(
                None, QT_TRANSLATE_NOOP("MeasurementTable", "Source"), lambda m: m.draft.source, 24
            ),
            Column(
                None, QT_TRANSLATE_NOOP("MeasurementTable", "Notes"), lambda m: m.draft.notes, 20
            ),
        ]
        super().__init__(columns, "MeasurementTable", parent=parent)

    def set_indicator(self, record: IndicatorRecord | None) -> None:
        self.unit = record.draft.unit if record else None
        self.set_records(record.measurements if record else ())

    def row_of(self, measurement_id: int) -> int | None:
        for row in range(self.rowCount()):
            record = self.record_at(row)
            if record is not None and record.id == measurement_id:
                return row
        return None
