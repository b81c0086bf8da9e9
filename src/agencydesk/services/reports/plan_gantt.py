"""The action plan's timeline (Gantt chart) as one flowable that splits across pages.

Columns: code, action (cut with "…" to fit), progress %, then the months. A row per axis (its
span drawn as a summary bar, its progress in bold) followed by a row per action. The month
header is drawn again on every page the chart continues on; an axis row never ends a page.
What a bar means (order, dates, late) is decided in ``domain/timeline.py``; this only draws.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from agencydesk.domain.enums import ActionStatus
from agencydesk.services.reports.fonts import BOLD, FONT, printable
from agencydesk.services.reports.layout import INK, MUTED, RULE
from agencydesk.services.reports.plan_charts import (
    AXIS_BAND,
    DELAY_RED,
    GRID,
    STATUS_COLOURS,
    SUMMARY,
    TODAY_COLOUR,
    faint,
    fit,
)


@dataclass(frozen=True, slots=True)
class GanttRow:
    """One row of the chart: an axis (``status`` None, spanning its actions) or an action."""

    code: str
    title: str
    start: date | None
    end: date | None
    status: ActionStatus | None
    progress: int | None  # by the plan's rule (plan_progress): done 100, cancelled None
    delayed: bool = False

    @property
    def is_axis(self) -> bool:
        return self.status is None


@dataclass(frozen=True, slots=True)
class GanttTexts:
    months: Sequence[str]  # twelve abbreviations, January first
    code: str
    action: str
    progress: str  # the % column's title
    no_dates: str
    today: str  # under the today line: "Today 22/11/2026"


class GanttChart(Flowable):
    ROW = 13.0  # points: 7.5-point labels, readable in print
    HEADER = 24.0  # the year line and the month line
    FOOTER = 10.0  # room for the "Today" label under the last row
    SIZE = 7.5

    def __init__(
        self,
        rows: Sequence[GanttRow],
        first: date,
        last: date,
        today: date,
        texts: GanttTexts,
        label_share: float = 0.36,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.first, self.last, self.today = first, last, today
        self.texts = texts
        self.label_share = label_share
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.HEADER + self.ROW * len(self.rows) + self.FOOTER
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int((availHeight - self.HEADER - self.FOOTER) // self.ROW)
        if fits < 2:
            return []  # too little room: the frame moves the chart to the next page
        if fits >= len(self.rows):
            return [self]
        if self.rows[fits - 1].is_axis:
            fits -= 1  # an axis row goes with its first action
        return [self._part(self.rows[:fits]), self._part(self.rows[fits:])]

    def _part(self, rows: Sequence[GanttRow]) -> GanttChart:
        return GanttChart(rows, self.first, self.last, self.today, self.texts, self.label_share)

    # --- geometry -----------------------------------------------------------------------------

    def _layout(self) -> None:
        size = self.SIZE
        label_w = self.width * self.label_share
        codes = [stringWidth(printable(r.code), FONT, size) for r in self.rows if r.code]
        header = stringWidth(printable(self.texts.code), BOLD, size)
        self._code_w = min(max([*codes, header]) + 6, label_w * 0.3)
        self._title_w = label_w - self._code_w
        percent = stringWidth(printable(self.texts.progress), BOLD, size)
        self._pct_w = max(percent, stringWidth("100 %", BOLD, size)) + 6
        self._x0 = label_w + self._pct_w + 3
        days = (self.last - self.first).days + 1
        self._ppd = (self.width - self._x0 - 1) / days

    def _x(self, day: date) -> float:
        return self._x0 + (day - self.first).days * self._ppd

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        self._layout()
        c = self.canv
        top = self.height - self.HEADER
        bottom = top - self.ROW * len(self.rows)
        # Bands first, then the month lines over them, then the bars over the lines.
        for index, row in enumerate(self.rows):
            self._band(row, top - (index + 1) * self.ROW)
        self._header(top, bottom)
        for index, row in enumerate(self.rows):
            self._row(row, top - (index + 1) * self.ROW)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(0, bottom, self.width, bottom)
        c.line(self._x0 - 1.5, bottom, self._x0 - 1.5, self.height)
        self._today_line(top, bottom)

    def _header(self, top: float, bottom: float) -> None:
        c = self.canv
        size = self.SIZE
        month_y = top + 4
        year_y = top + self.HEADER / 2 + 4
        c.setFont(BOLD, size)
        c.setFillColor(INK)
        c.drawString(2, month_y, fit(self.texts.code, BOLD, size, self._code_w - 2))
        c.drawString(self._code_w + 2, month_y, fit(self.texts.action, BOLD, size, self._title_w))
        right = self._x0 - 5
        c.drawRightString(right, month_y, fit(self.texts.progress, BOLD, size, self._pct_w))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(0, top, self.width, top)
        year, month = self.first.year, self.first.month
        year_start = self.first
        month_w = 28 * self._ppd
        names = self._month_names(month_w - 2)
        while (year, month) <= (self.last.year, self.last.month):
            start = date(year, month, 1)
            end = date(year, month, calendar.monthrange(year, month)[1])
            x0, x1 = self._x(start), self._x(end) + self._ppd
            if month_w >= 4:  # too many months: the years alone mark the time
                c.setStrokeColor(GRID)
                c.setLineWidth(0.4)
                c.line(x0, bottom, x0, top + self.HEADER / 2)
            name = names[month - 1]
            if name and stringWidth(name, FONT, size - 0.5) <= x1 - x0 - 1:
                c.setFont(FONT, size - 0.5)
                c.setFillColor(MUTED)
                c.drawCentredString((x0 + x1) / 2, month_y, name)
            if month == 12 or (year, month) == (self.last.year, self.last.month):
                self._year(year, year_start, end, year_y, bottom)
                year_start = date(year + 1, 1, 1)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def _month_names(self, room: float) -> list[str]:
        """The months' abbreviations when all of them fit, else their initials (one way for
        the whole chart: "Mar Apr M Jun" would read as a mistake)."""
        names = [printable(name) for name in self.texts.months]
        for candidate in (names, [name[:1] for name in names]):
            if all(stringWidth(n, FONT, self.SIZE - 0.5) <= room for n in candidate):
                return candidate
        return [""] * 12

    def _year(self, year: int, start: date, end: date, y: float, bottom: float) -> None:
        c = self.canv
        x0, x1 = self._x(start), self._x(end) + self._ppd
        if start != self.first:  # the year's first day, through the whole chart
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.line(x0, bottom, x0, y + self.HEADER / 2 - 4)
        text = str(year)
        if stringWidth(text, BOLD, self.SIZE) <= x1 - x0 - 3:
            c.setFont(BOLD, self.SIZE)
            c.setFillColor(INK)
            c.drawString(x0 + 2, y, text)

    def _band(self, row: GanttRow, y: float) -> None:
        c = self.canv
        if row.is_axis:
            c.setFillColor(AXIS_BAND)
            c.rect(0, y, self.width, self.ROW, stroke=0, fill=1)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.3)
        c.line(0, y, self.width, y)

    def _row(self, row: GanttRow, y: float) -> None:
        c = self.canv
        size = self.SIZE
        middle = y + self.ROW / 2
        baseline = middle - size * 0.35
        font = BOLD if row.is_axis else FONT
        if row.is_axis:
            c.setFont(BOLD, size)
            c.setFillColor(INK)
            c.drawString(2, baseline, fit(row.title, BOLD, size, self._code_w + self._title_w - 4))
        else:
            c.setFont(FONT, size)
            c.setFillColor(INK)
            c.drawString(2, baseline, fit(row.code, FONT, size, self._code_w - 4))
            c.drawString(self._code_w + 2, baseline, fit(row.title, FONT, size, self._title_w - 4))
        if row.progress is not None:
            c.setFont(font, size - 0.5)
            c.setFillColor(DELAY_RED if row.delayed else INK)
            c.drawRightString(self._x0 - 5, baseline, f"{row.progress} %")
        if row.start is None and row.end is None:
            c.setFont(FONT, size - 0.5)
            c.setFillColor(MUTED)
            c.drawString(self._x0 + 2, baseline, printable(self.texts.no_dates))
            return
        start = row.start or row.end
        end = row.end or row.start
        assert start is not None and end is not None
        x0, x1 = self._x(start), self._x(end) + self._ppd
        if row.is_axis:
            self._summary(x0, x1, middle)
        elif start == end or row.start is None or row.end is None:
            self._diamond((x0 + x1) / 2, middle, row)
        else:
            self._bar(x0, x1, middle, row)

    def _summary(self, x0: float, x1: float, middle: float) -> None:
        """An axis's span, as project tools draw a summary task: a bar with pointed ends."""
        c = self.canv
        h, tip = 3.0, 2.5
        path = c.beginPath()
        path.moveTo(x0, middle + h / 2)
        path.lineTo(x1, middle + h / 2)
        path.lineTo(x1, middle - h / 2 - tip)
        path.lineTo(x1 - tip, middle - h / 2)
        path.lineTo(x0 + tip, middle - h / 2)
        path.lineTo(x0, middle - h / 2 - tip)
        path.close()
        c.setFillColor(SUMMARY)
        c.drawPath(path, stroke=0, fill=1)

    def _bar(self, x0: float, x1: float, middle: float, row: GanttRow) -> None:
        """Faint for the whole span, solid for the progress made; red outline when late."""
        c = self.canv
        status = row.status or ActionStatus.NOT_STARTED
        colour = STATUS_COLOURS[status]
        h = self.ROW * 0.56
        y = middle - h / 2
        width = max(x1 - x0, 1.5)
        c.setFillColor(faint(colour))
        c.rect(x0, y, width, h, stroke=0, fill=1)
        done = row.progress or 0
        if status == ActionStatus.CANCELLED:
            c.setStrokeColor(colour)
            c.setLineWidth(0.6)
            c.line(x0, middle, x0 + width, middle)  # struck through: it will not happen
        elif done:
            c.setFillColor(colour)
            c.rect(x0, y, width * done / 100, h, stroke=0, fill=1)
        c.setStrokeColor(DELAY_RED if row.delayed else colour)
        c.setLineWidth(1.2 if row.delayed else 0.5)
        c.rect(x0, y, width, h, stroke=1, fill=0)

    def _diamond(self, x: float, middle: float, row: GanttRow) -> None:
        """An action with a single known date (or lasting one day)."""
        c = self.canv
        r = self.ROW * 0.32
        path = c.beginPath()
        path.moveTo(x, middle + r)
        path.lineTo(x + r, middle)
        path.lineTo(x, middle - r)
        path.lineTo(x - r, middle)
        path.close()
        colour = STATUS_COLOURS[row.status or ActionStatus.NOT_STARTED]
        c.setFillColor(faint(colour) if row.status == ActionStatus.CANCELLED else colour)
        c.setStrokeColor(DELAY_RED if row.delayed else colour)
        c.setLineWidth(1.2 if row.delayed else 0.5)
        c.drawPath(path, stroke=1, fill=1)

    def _today_line(self, top: float, bottom: float) -> None:
        if not self.first <= self.today <= self.last:
            return
        c = self.canv
        x = self._x(self.today) + self._ppd / 2
        c.setStrokeColor(TODAY_COLOUR)
        c.setLineWidth(1)
        c.setDash(3, 2)
        c.line(x, bottom, x, top)
        c.setDash()
        size = self.SIZE - 0.5
        label = printable(self.texts.today)
        w = stringWidth(label, BOLD, size)
        c.setFont(BOLD, size)
        c.setFillColor(TODAY_COLOUR)
        c.drawString(min(max(x - w / 2, self._x0), self.width - w), bottom - size - 1.5, label)
