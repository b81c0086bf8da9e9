"""Building blocks of the dashboard's charts: colours, donuts, counted bars.

Every slice and bar is clickable (it emits the panel's ``navigate``) and shows a tooltip with a
hand cursor on hover; legend entries of a donut click through to the same list as their slice.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from agencydesk.domain.enums import ActionStatus, Gender
from agencydesk.ui.dashboard.panel import ChartPanel
from agencydesk.ui.widgets.colours import is_dark

# (light palette, dark palette): the dark variants are lighter so they stand out on black.
_STATUS_COLOURS: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.DONE: ("#2e7d32", "#66bb6a"),
    ActionStatus.IN_PROGRESS: ("#1e6fd9", "#5c9dff"),
    ActionStatus.NOT_STARTED: ("#8a8a8a", "#9e9e9e"),
    ActionStatus.DELAYED: ("#d32f2f", "#ff6b6b"),
    ActionStatus.CANCELLED: ("#cfcfcf", "#5a5a5a"),
}
_GENDER_COLOURS: dict[Gender | None, tuple[str, str]] = {
    Gender.FEMALE: ("#7b3fa0", "#c18cf0"),
    Gender.MALE: ("#00897b", "#4dd0c0"),
    Gender.OTHER: ("#ef8f00", "#ffb74d"),
    Gender.UNDISCLOSED: ("#8a8a8a", "#9e9e9e"),
    None: ("#cfcfcf", "#5a5a5a"),
}
_NAMED: dict[str, tuple[str, str]] = {
    "open": ("#e07b00", "#ffa94d"),
    "resolved": ("#2e7d32", "#66bb6a"),
    "actor": ("#1e6fd9", "#5c9dff"),
    "delayed": ("#d32f2f", "#ff6b6b"),
}


def _pick(pair: tuple[str, str], panel: ChartPanel) -> QColor:
    return QColor(pair[1] if is_dark(panel.palette()) else pair[0])


def status_colour(status: ActionStatus, panel: ChartPanel) -> QColor:
    return _pick(_STATUS_COLOURS[status], panel)


def gender_colour(gender: Gender | None, panel: ChartPanel) -> QColor:
    return _pick(_GENDER_COLOURS[gender], panel)


def named_colour(name: str, panel: ChartPanel) -> QColor:
    return _pick(_NAMED[name], panel)


@dataclass(frozen=True, slots=True)
class Figure:
    """One slice or bar: what it shows, how it looks, where a click goes."""

    label: str
    value: int
    colour: QColor
    tooltip: str
    target: tuple[str, dict]


def _connect_click(signal, panel: ChartPanel, target: tuple[str, dict]) -> None:
    signal.connect(lambda *_: panel.navigate.emit(target[0], dict(target[1])))


class Donut:
    """A donut of counted figures with the total written in its hole."""

    def __init__(self, panel: ChartPanel) -> None:
        self.panel = panel
        self.series: QPieSeries | None = None
        self.slices: dict[str, QPieSlice] = {}
        self.centre = QGraphicsSimpleTextItem(panel.chart)
        font = QFont(panel.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.centre.setFont(font)
        panel.chart.plotAreaChanged.connect(self._place_centre)

    def fill(self, figures: list[Figure], centre_text: str) -> QPieSeries:
        panel = self.panel
        panel.clear_chart()
        panel.apply_palette()
        series = QPieSeries()
        series.setHoleSize(0.55)
        series.setPieSize(0.9)
        self.slices = {}
        for figure in figures:
            if figure.value <= 0:
                continue  # an empty slice would be a legend entry leading to an empty list
            piece = series.append(
                f"{figure.label}: {QLocale().toString(figure.value)}", figure.value
            )
            piece.setColor(figure.colour)
            piece.setBorderColor(panel.palette().color(panel.palette().ColorRole.Base))
            piece.setBorderWidth(2)
            piece.setExplodeDistanceFactor(0.04)
            _connect_click(piece.clicked, panel, figure.target)
            piece.hovered.connect(lambda on, p=piece, tip=figure.tooltip: self._hover(p, on, tip))
            self.slices[figure.label] = piece
        panel.chart.addSeries(series)
        for marker, figure in zip(
            panel.chart.legend().markers(series), [f for f in figures if f.value > 0], strict=True
        ):
            _connect_click(marker.clicked, panel, figure.target)
            marker.hovered.connect(lambda on, tip=figure.tooltip: panel.hover(on, tip))
        self.series = series
        self.centre.setText(centre_text)
        self.centre.setBrush(panel.text_colour())
        self.centre.setZValue(10)
        self._place_centre(panel.chart.plotArea())
        return series

    def _hover(self, piece: QPieSlice, on: bool, tooltip: str) -> None:
        piece.setExploded(on)
        self.panel.hover(on, tooltip)

    def _place_centre(self, area: QRectF) -> None:
        box = self.centre.boundingRect()
        self.centre.setPos(area.center() - QPointF(box.width() / 2, box.height() / 2))


def nice_top(largest: int) -> tuple[int, int]:
    """An axis end at or above ``largest`` and a whole-number tick step giving <= 6 ticks."""
    largest = max(largest, 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if largest / step <= 5:
            return -(-largest // step) * step, step
    step = 10 ** len(str(largest // 5))
    return -(-largest // step) * step, step


def unique_categories(names: list[str], panel: ChartPanel, width: int) -> list[str]:
    """Names elided to ``width`` pixels, kept distinct (the category axis merges equal names)."""
    metrics = QFontMetrics(panel.font())
    seen: set[str] = set()
    found = []
    for name in names:
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        while text in seen:
            text += "\u200b"  # invisible, but makes the category distinct
        seen.add(text)
        found.append(text)
    return found


def wrapped_categories(
    names: list[str], panel: ChartPanel, width: int, lines: int = 2
) -> list[str]:
    """Names wrapped at spaces onto up to ``lines`` lines of ``width`` pixels (the last one
    elided), kept distinct. The category axis draws its labels as rich text: lines are joined
    with <br> and the names escaped."""
    metrics = QFontMetrics(panel.font())
    seen: set[str] = set()
    found = []
    for name in names:
        rows: list[str] = []
        words = name.split()
        while words and len(rows) < lines - 1:
            row = words.pop(0)
            while words and metrics.horizontalAdvance(f"{row} {words[0]}") <= width:
                row += " " + words.pop(0)
            rows.append(row)
        if words:
            rows.append(" ".join(words))
        rows = [metrics.elidedText(r, Qt.TextElideMode.ElideRight, width) for r in rows]
        text = "<br>".join(html.escape(r) for r in rows)
        while text in seen:
            text += "\u200b"  # invisible, but makes the category distinct
        seen.add(text)
        found.append(text)
    return found


def fill_bars(
    panel: ChartPanel,
    series: QAbstractBarSeries,
    categories: list[str],
    sets: list[tuple[QBarSet, list[int]]],
    tooltip: Callable[[QBarSet, int], str],
    target: Callable[[QBarSet, int], tuple[str, dict]],
    *,
    stacked: bool = False,
) -> None:
    """Horizontal bars of counts: categories on the left, a whole-number axis along the bottom."""
    panel.clear_chart()
    panel.apply_palette()
    # Bars are deep colours on a light palette and light ones on a dark palette.
    on_bar = QColor("#111111" if is_dark(panel.palette()) else "#ffffff")
    for bar_set, values in sets:
        bar_set.append([float(v) for v in values])
        bar_set.setLabelColor(on_bar)
        bar_set.setBorderColor(bar_set.color())
        bar_set.clicked.connect(
            lambda index, s=bar_set: panel.navigate.emit(*_copy(target(s, index)))
        )
        bar_set.hovered.connect(lambda on, index, s=bar_set: panel.hover(on, tooltip(s, index)))
        series.append(bar_set)
    columns = list(zip(*(values for _s, values in sets), strict=True)) or [(0,)]
    largest = max((sum(c) if stacked else max(c)) for c in columns)
    series.setBarWidth(0.6)
    panel.chart.addSeries(series)
    axis_y, axis_x = _bar_axes(panel)
    axis_y.clear()
    axis_y.append(categories)
    panel.style_axis(axis_y, grid=False)
    top, step = nice_top(largest)
    axis_x.setRange(0, top)
    axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_x.setTickAnchor(0)
    axis_x.setTickInterval(step)
    axis_x.setLabelFormat("%d")
    panel.style_axis(axis_x, grid=True)
    axis_x.setLinePen(QPen(Qt.PenStyle.NoPen))
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)


def _bar_axes(panel: ChartPanel) -> tuple[QBarCategoryAxis, QValueAxis]:
    """The panel's two axes, made on its first bar chart and kept for every later one."""
    axes = panel.chart.axes()
    if len(axes) == 2:
        found_y = next(a for a in axes if isinstance(a, QBarCategoryAxis))
        found_x = next(a for a in axes if isinstance(a, QValueAxis))
        return found_y, found_x
    axis_y, axis_x = QBarCategoryAxis(), QValueAxis()
    panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    return axis_y, axis_x


def _copy(target: tuple[str, dict]) -> tuple[str, dict]:
    return target[0], dict(target[1])
