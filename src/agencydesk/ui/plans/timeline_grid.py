"""Where things sit on the timeline (its geometry) and how its rows, grid and header are painted.

The chart widget (``timeline.py``) owns the data, the scrolling and the events; it builds a
``ChartGeometry`` for the current scroll position and hands the painting over to
``ChartPainter``. Strings arrive already translated (``ChartTexts``), from the widget's ``tr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.timeline import TimelineBar, is_delayed
from agencydesk.ui.plans.timeline_paint import (
    TODAY_COLOUR,
    draw_bar,
    draw_diamond,
    draw_summary,
    draw_warning,
    mix,
)


@dataclass
class ChartRow:
    """One line of the chart: an action, or (``bar`` None) the header band of an axis."""

    bar: TimelineBar | None = None
    axis: str | None = None
    members: list[TimelineBar] = field(default_factory=list)
    progress: int | None = None
    span: tuple[date, date] | None = None


@dataclass(frozen=True)
class ChartTexts:
    code: str
    action: str
    today: str
    no_dates: str
    no_axis: str
    percent: str  # "%1%", translated: some languages write "56 %"

    def pct(self, value: int) -> str:
        return self.percent.replace("%1", str(value))


@dataclass(frozen=True)
class ChartGeometry:
    """Viewport pixels: a left column of ``left_w``, a header of ``header_h``, then rows."""

    first: date
    last: date
    today: date
    ppd: float  # pixels per day
    left_w: int
    code_w: int
    row_h: int
    header_h: int
    width: int
    height: int
    hscroll: int
    vscroll: int

    def x(self, day: date) -> float:
        """Where ``day`` begins."""
        return self.left_w + (day - self.first).days * self.ppd - self.hscroll

    def today_x(self) -> float:
        # The middle of today, on a pixel centre so the line stays crisp.
        return round(self.x(self.today) + self.ppd / 2) + 0.5

    def row_top(self, index: int) -> int:
        return self.header_h + index * self.row_h - self.vscroll

    def row_at(self, y: int, count: int) -> int | None:
        if y < self.header_h:
            return None
        index = (y - self.header_h + self.vscroll) // self.row_h
        return index if 0 <= index < count else None

    def visible_rows(self, count: int) -> range:
        first = self.vscroll // self.row_h
        last = first + (self.height - self.header_h) // self.row_h + 2
        return range(first, min(last, count))

    def bar_rect(self, index: int, bar: TimelineBar) -> QRectF:
        """The bar of a dated action, or the square holding its diamond."""
        bar_h = round(self.row_h * 0.56)
        top = self.row_top(index) + (self.row_h - bar_h) / 2
        single = bar.milestone
        if single is not None:
            centre = self.x(single) + self.ppd / 2
            return QRectF(centre - bar_h / 2, top, bar_h, bar_h)
        assert bar.start is not None and bar.end is not None
        x0, x1 = self.x(bar.start), self.x(bar.end + timedelta(days=1))
        return QRectF(x0, top, max(x1 - x0, 3.0), bar_h)

    def today_tag(self, metrics: QFontMetrics, text: str) -> QRectF:
        w = metrics.horizontalAdvance(text) + 14
        return QRectF(self.today_x() - w / 2, 3, w, self.header_h / 2 - 6)


class ChartPainter:
    """Paints one frame of the chart on ``widget``'s viewport with the widget's palette."""

    def __init__(
        self, painter: QPainter, geo: ChartGeometry, widget: QWidget, texts: ChartTexts
    ) -> None:
        self.p, self.geo, self.texts = painter, geo, texts
        self.palette, self.font = widget.palette(), widget.font()
        self.metrics, self.locale = widget.fontMetrics(), widget.locale()
        self.focused = widget.hasFocus()

    def _font(self, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.font)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette.color(role)

    def paint(self, rows: list[ChartRow], months: list[date], current: int | None) -> None:
        p, geo = self.p, self.geo
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        visible = geo.visible_rows(len(rows))
        p.setClipRect(QRect(0, geo.header_h, geo.width, geo.height))
        self._row_bands(rows, visible, current)
        p.setClipRect(QRect(geo.left_w, geo.header_h, geo.width, geo.height))
        self._grid(months)
        # Under the bars and their labels, so it never strikes through a percentage.
        self._today_line(geo.header_h, geo.height)
        for index in visible:
            self._chart_row(rows[index], index)
        p.setClipRect(QRect(0, geo.header_h, geo.left_w, geo.height))
        for index in visible:
            self._label(rows[index], index, index == current)
        p.setClipping(False)
        self._header(months)
        p.setPen(QPen(mix(self.palette, 0.35), 1))
        p.drawLine(QPointF(geo.left_w - 0.5, 0), QPointF(geo.left_w - 0.5, geo.height))

    def _row_bands(self, rows: list[ChartRow], visible: range, current: int | None) -> None:
        geo = self.geo
        for index in visible:
            top = geo.row_top(index)
            band = QRect(0, top, geo.width, geo.row_h)
            if rows[index].bar is None:
                self.p.fillRect(band, mix(self.palette, 0.08))
            elif index == current:
                highlight = QColor(self._colour(QPalette.ColorRole.Highlight))
                highlight.setAlpha(45)
                self.p.fillRect(band, highlight)
            self.p.setPen(QPen(mix(self.palette, 0.10), 1))
            self.p.drawLine(0, top + geo.row_h - 1, geo.width, top + geo.row_h - 1)

    def _grid(self, months: list[date]) -> None:
        geo = self.geo
        for month in [*months, geo.last + timedelta(days=1)]:
            x = round(geo.x(month)) + 0.5
            self.p.setPen(QPen(mix(self.palette, 0.30 if month.month == 1 else 0.13), 1))
            self.p.drawLine(QPointF(x, geo.header_h), QPointF(x, geo.height))

    def _today_line(self, top: float, bottom: float) -> None:
        x = self.geo.today_x()
        self.p.setPen(QPen(TODAY_COLOUR, 2, Qt.PenStyle.DashLine))
        self.p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _chart_row(self, row: ChartRow, index: int) -> None:
        p, geo, top = self.p, self.geo, self.geo.row_top(index)
        if row.bar is None:
            if row.span is not None:
                x0, x1 = geo.x(row.span[0]), geo.x(row.span[1] + timedelta(days=1))
                draw_summary(p, x0, x1, top, geo.row_h, mix(self.palette, 0.75))
            return
        bar = row.bar
        if not bar.has_dates:
            p.setPen(self._colour(QPalette.ColorRole.PlaceholderText))
            p.setFont(self._font(italic=True))
            rect = QRect(geo.left_w + 10, top, 400, geo.row_h)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, self.texts.no_dates)
            p.setFont(self.font)
            return
        delayed = is_delayed(bar, geo.today)
        rect = geo.bar_rect(index, bar)
        if bar.milestone is not None:
            draw_diamond(p, rect, bar.status, delayed)
        else:
            draw_bar(p, rect, bar.status, bar.progress_pct, delayed)
        x = rect.right() + 6
        if delayed:
            draw_warning(p, QPointF(x + 7, rect.center().y()), rect.height())
            x += 18
        if bar.status != ActionStatus.CANCELLED:
            p.setPen(self._colour(QPalette.ColorRole.Text))
            text_rect = QRectF(x, top, 200, geo.row_h)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.texts.pct(bar.progress_pct))

    def _label(self, row: ChartRow, index: int, current: bool) -> None:
        p, geo, top = self.p, self.geo, self.geo.row_top(index)
        middle = Qt.AlignmentFlag.AlignVCenter
        if row.bar is None:
            p.setFont(self._font(bold=True))
            bold = p.fontMetrics()
            pct = self.texts.pct(row.progress) if row.progress is not None else ""
            name_w = geo.left_w - 28 - bold.horizontalAdvance(pct)
            axis = row.axis if row.axis is not None else self.texts.no_axis
            name = bold.elidedText(axis, Qt.TextElideMode.ElideRight, name_w)
            p.setPen(self._colour(QPalette.ColorRole.Text))
            p.drawText(QRect(8, top, name_w, geo.row_h), middle, name)
            right = middle | Qt.AlignmentFlag.AlignRight
            p.drawText(QRect(0, top, geo.left_w - 10, geo.row_h), right, pct)
            p.setFont(self.font)
            return
        text_colour = self._colour(QPalette.ColorRole.Text)
        if current:
            group = QPalette.ColorGroup.Active if self.focused else QPalette.ColorGroup.Inactive
            band = QRect(0, top, geo.left_w, geo.row_h - 1)
            p.fillRect(band, self.palette.color(group, QPalette.ColorRole.Highlight))
            text_colour = self.palette.color(group, QPalette.ColorRole.HighlightedText)
        p.setPen(text_colour)
        code_rect = QRect(20, top, geo.code_w - 24, geo.row_h)
        elide = Qt.TextElideMode.ElideRight
        code = self.metrics.elidedText(row.bar.code or "", elide, code_rect.width())
        p.drawText(code_rect, middle, code)
        title_w = geo.left_w - geo.code_w - 10
        title = self.metrics.elidedText(row.bar.title, elide, title_w)
        p.drawText(QRect(geo.code_w, top, title_w, geo.row_h), middle, title)

    def _month_format(self, months: list[date], ends: list[date]) -> QLocale.FormatType:
        # One format for every month (a mix of "Jan" and "F" reads as a glitch): the short
        # names when each fits its own month, else the one-letter names.
        short = QLocale.FormatType.ShortFormat
        for month, end in zip(months, ends, strict=True):
            name_w = self.metrics.horizontalAdvance(
                self.locale.standaloneMonthName(month.month, short)
            )
            if name_w + 4 > (end - month).days * self.geo.ppd:
                return QLocale.FormatType.NarrowFormat
        return short

    def _header(self, months: list[date]) -> None:
        p, geo = self.p, self.geo
        half, text_colour = geo.header_h // 2, self._colour(QPalette.ColorRole.WindowText)
        p.fillRect(QRect(0, 0, geo.width, geo.header_h), self._colour(QPalette.ColorRole.Window))
        p.setPen(text_colour)
        middle = Qt.AlignmentFlag.AlignVCenter
        p.drawText(QRect(20, half, geo.code_w - 24, half), middle, self.texts.code)
        title_w = geo.left_w - geo.code_w - 10
        p.drawText(QRect(geo.code_w, half, title_w, half), middle, self.texts.action)
        p.setClipRect(QRect(geo.left_w, 0, geo.width, geo.header_h))
        tag = geo.today_tag(self.metrics, self.texts.today)
        ends = [*months[1:], geo.last + timedelta(days=1)]
        fmt = self._month_format(months, ends)
        for month, end in zip(months, ends, strict=True):
            x0, x1 = geo.x(month), geo.x(end)
            starts_year = month.month == 1 or month == geo.first
            p.setPen(QPen(mix(self.palette, 0.30 if month.month == 1 else 0.18), 1))
            line_x = round(x0) + 0.5
            p.drawLine(QPointF(line_x, 0 if starts_year else half), QPointF(line_x, 2 * half))
            p.setFont(self._font(bold=month == geo.today.replace(day=1)))
            p.setPen(text_colour)
            name = self.locale.standaloneMonthName(month.month, fmt)
            p.drawText(QRectF(x0, half, x1 - x0, half), Qt.AlignmentFlag.AlignCenter, name)
            p.setFont(self.font)
            if starts_year:
                self._year(month, tag, half)
        p.setPen(QPen(mix(self.palette, 0.35), 1))
        p.drawLine(0, geo.header_h - 1, geo.width, geo.header_h - 1)
        self._today_tag(tag)
        p.setClipping(False)

    def _year(self, month: date, tag: QRectF, half: int) -> None:
        """The year at the left of its band (kept in view), moved aside of the today tag."""
        geo = self.geo
        band_end = min(date(month.year + 1, 1, 1), geo.last + timedelta(days=1))
        text = str(month.year)
        text_w = self.metrics.horizontalAdvance(text)
        x = max(geo.x(month), geo.left_w) + 6
        if QRectF(x, 0, text_w, half).intersects(tag):
            x = tag.right() + 6
        if x + text_w <= geo.x(band_end) - 4:
            self.p.drawText(QRectF(x, 0, text_w + 2, half), Qt.AlignmentFlag.AlignVCenter, text)

    def _today_tag(self, tag: QRectF) -> None:
        # A label pointing down at the line; the line itself stays off the month names.
        x, tip = self.geo.today_x(), tag.height() / 3
        pointer = [QPointF(x - tip, tag.bottom() - 1), QPointF(x + tip, tag.bottom() - 1)]
        pointer.append(QPointF(x, tag.bottom() + tip))
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRoundedRect(tag, 4, 4)
        path.addPolygon(QPolygonF(pointer))
        self.p.fillPath(path, TODAY_COLOUR)
        self.p.setFont(self._font(bold=True))
        self.p.setPen(QColor("white"))
        self.p.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.texts.today)
        self.p.setFont(self.font)
