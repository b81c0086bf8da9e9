"""A small chart of one indicator's measurements over time, with its baseline and target."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from agencydesk.domain.indicators import IndicatorRecord
from agencydesk.ui.indicators.numbers import number_text
from agencydesk.ui.widgets.date_field import format_date

# Short enough for the whole initiative page to fit a 1280x800 window; the chart takes any
# height the page can spare.
CHART_MIN_HEIGHT = 160
# Green that reads on light and dark backgrounds alike; the palette has no "good" colour.
TARGET_COLOR = QColor(46, 160, 67)


def _msecs(day: date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


class MeasurementsChart(QWidget):
    """``set_indicator(record)`` draws it; without measurements a sentence replaces the chart.

    ``series`` holds the measured points (one per measurement); ``baseline_series`` and
    ``target_series`` are the dashed horizontal lines (empty when the figure is unknown).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setLocalizeNumbers(True)
        self.series = QLineSeries()
        self.series.setPointsVisible(True)
        self.series.setMarkerSize(8)
        self.baseline_series = QLineSeries()
        self.target_series = QLineSeries()
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("dd/MM/yyyy")
        self.x_axis.setTickCount(5)
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        # Lines first, measurements last: the points are drawn over the dashes.
        for series in (self.baseline_series, self.target_series, self.series):
            self.chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_MIN_HEIGHT)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(self.tr("Chart of the measurements"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.empty.setFrameShape(QLabel.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self._record: IndicatorRecord | None = None
        self._apply_palette()
        self.set_indicator(None)

    # --- content ---------------------------------------------------------------------------

    def set_indicator(self, record: IndicatorRecord | None, saved: bool = True) -> None:
        """Draw ``record``; None shows why there is no chart (``saved``: a new one is not)."""
        self._record = record
        if record is None or not record.measurements:
            self.series.clear()
            self.baseline_series.clear()
            self.target_series.clear()
            if record is None and not saved:
                text = self.tr("Save the indicator, then add its measurements.")
            elif record is None:
                text = self.tr("Choose an indicator to see its measurements over time.")
            else:
                text = self.tr(
                    "No measurements yet. Add the first one with “Add measurement…” "
                    "and the chart will show how the indicator moves towards its target."
                )
            self.empty.setText(text)
            self.view.hide()
            self.empty.show()
            self._grow(False)
            return
        self.empty.hide()
        self.view.show()
        self._grow(True)
        draft = record.draft
        days = [m.draft.date for m in record.measurements]
        first = min([*days, *([draft.baseline_date] if draft.baseline_date else [])])
        last = max(days)
        if last - first < timedelta(days=20):
            first, last = first - timedelta(days=10), last + timedelta(days=10)
        else:
            # A little room so the first and last points are not cut by the plot's edge.
            margin = timedelta(days=max(2, (last - first).days // 30))
            first, last = first - margin, last + margin
        self.series.setName(self.tr("Measured"))
        self.series.replace(
            [QPointF(_msecs(m.draft.date), float(m.draft.value)) for m in record.measurements]
        )
        values = [m.draft.value for m in record.measurements]
        self._level(self.baseline_series, draft.baseline, first, last)
        self._level(self.target_series, draft.target, first, last)
        self.baseline_series.setName(
            self.tr("Baseline: %1").replace("%1", number_text(draft.baseline, draft.unit))
        )
        target_name = self.tr("Target: %1").replace("%1", number_text(draft.target, draft.unit))
        if draft.target_date:
            target_name = (
                self.tr("Target: %1 by %2")
                .replace("%1", number_text(draft.target, draft.unit))
                .replace("%2", format_date(draft.target_date))
            )
        self.target_series.setName(target_name)
        self._show_in_legend(self.baseline_series, draft.baseline is not None)
        self._show_in_legend(self.target_series, draft.target is not None)
        for level in (draft.baseline, draft.target):
            if level is not None:
                values.append(level)
        self._set_ranges(first, last, values)
        self.y_axis.setTitleText(draft.unit or "")

    def _grow(self, grows: bool) -> None:
        """A chart takes the height there is; the sentence replacing it stays its own size."""
        vertical = QSizePolicy.Policy.Expanding if grows else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    def _level(self, series: QLineSeries, value: Decimal | None, first: date, last: date) -> None:
        if value is None:
            series.clear()
            return
        series.replace([QPointF(_msecs(first), float(value)), QPointF(_msecs(last), float(value))])

    def _show_in_legend(self, series: QLineSeries, shown: bool) -> None:
        series.setVisible(shown)
        for marker in self.chart.legend().markers(series):
            marker.setVisible(shown)

    def _set_ranges(self, first: date, last: date, values: list[Decimal]) -> None:
        self.x_axis.setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)))
        low, high = float(min(values)), float(max(values))
        span = high - low or abs(high) or 1.0
        low, high = low - span * 0.08, high + span * 0.08
        if min(values) >= 0:
            low = max(0.0, low)  # counts and volumes: an axis below zero reads as an error
        self.y_axis.setTickCount(5)  # applyNiceNumbers changes it: start from the same count
        self.y_axis.setRange(low, high)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat("%.0f" if span >= 10 else "%.1f" if span >= 1 else "%.2f")
        self.chart.setLocale(QLocale())

    # --- palette ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Text, grid and line colours from the palette, so a dark theme stays readable."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        self.chart.setTitleBrush(QBrush(text))
        self.chart.legend().setLabelColor(text)
        grid = palette.color(QPalette.ColorRole.Mid)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        measured = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
        self.series.setPen(measured)
        self.series.setColor(measured.color())
        baseline = QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.5)
        baseline.setStyle(Qt.PenStyle.DashLine)
        self.baseline_series.setPen(baseline)
        target = QPen(TARGET_COLOR, 2)
        target.setStyle(Qt.PenStyle.DashLine)
        self.target_series.setPen(target)
