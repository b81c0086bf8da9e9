"""Parts of the action plan document (``action_plan``): the table geometry its tables share,
the totals per axis and per funding source, and the timeline page.

Each section is a ``ReportTexts`` class of its own, so that its labels are extracted and
translated under its name ("PlanTotalsSection", "PlanTimelineSection").

Speed (bench/pdf_bench.py): a ``Paragraph`` is the costly part of a reportlab table, so a cell
holds one only when it must wrap. Our own short values (dates, amounts, a status) are plain
strings, and user text that fits its column on one line (most codes, short names) is a plain
string too (``plain_or_para``): a table cell draws a string as it is, reading no markup, so
``printable`` (the font's coverage) is all it needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.plans import ActionRecord, AxisTotals, PlanTotals
from agencydesk.domain.timeline import axis_groups, is_delayed, timeline_bars, timeline_range
from agencydesk.services.reports.fonts import BOLD, FONT, printable
from agencydesk.services.reports.layout import (
    BAND_FILL,
    HEADER_FILL,
    LANDSCAPE_WIDTH,
    RULE,
    Styles,
    heading,
    para,
)
from agencydesk.services.reports.plan_charts import GanttLegend, ProgressBar
from agencydesk.services.reports.plan_gantt import GanttChart, GanttRow, GanttTexts
from agencydesk.services.reports.texts import ReportTexts

WIDTH = LANDSCAPE_WIDTH  # the frame's: every table fills it
PAD = 6  # points of padding left and right of a table cell (reportlab's default)
# Plain-string cells in the paragraphs' size (make_styles(9).cell), so a row reads as one.
CELL_SIZE, CELL_LEADING = 8, 10


def columns(*shares: float) -> list[float]:
    """Column widths filling the frame, in proportion to ``shares`` (millimetres of 267)."""
    total = sum(shares)
    return [WIDTH * share / total for share in shares]


def grid(total_row: bool = False, label_columns: int = 1) -> list[tuple[Any, ...]]:
    """The table style of the document: a header row, a thin grid, a shaded total row.

    With ``label_columns`` > 1 the total row's label (a plain string in its first cell, the
    next ones empty) runs over that many columns without lines between them. This looks like
    a ``SPAN`` but costs nothing: reportlab works a span out over every row of the table again
    at each page break, which makes a 5,000-row table take minutes."""
    lines = -2 if label_columns > 1 else -1
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, lines), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), BAND_FILL),
            ("FONT", (0, -1), (-1, -1), BOLD, CELL_SIZE, CELL_LEADING),
        ]
    if label_columns > 1:
        commands += [
            ("BOX", (0, -1), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (label_columns, -1), (-1, -1), 0.4, RULE),
        ]
    return commands


def plain_or_para(text: str | None, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when ``text`` fits a column ``width`` wide on one line, else a wrapping
    paragraph (``para``: escaped)."""
    text = text or ""
    if "\n" not in text and "\r" not in text:
        plain = printable(text)
        if stringWidth(plain, style.fontName, style.fontSize) <= width - 2 * PAD:
            return plain
    return para(text, style)


def header_row(titles: Sequence[str], styles: Styles, right: Sequence[int] = ()) -> list[Paragraph]:
    """A table's header cells; the columns in ``right`` (amounts, counts) aligned right."""
    end = ParagraphStyle("head_right", parent=styles.head_cell, alignment=TA_RIGHT)
    return [para(t, end if i in right else styles.head_cell) for i, t in enumerate(titles)]


class Amounts:
    """Amounts right-aligned on one line; split over lines only when a column cannot hold
    one (an amount must never run over the next column)."""

    def __init__(self, texts: ReportTexts, styles: Styles) -> None:
        self.texts = texts
        self.plain = styles.cell_right
        self.bold = ParagraphStyle("amount_bold", parent=styles.cell_right, fontName=BOLD)

    def __call__(self, value: Decimal | None, width: float, bold: bool = False) -> Any:
        text = self.texts.money(value) if value is not None else "–"
        if stringWidth(text, BOLD if bold else FONT, CELL_SIZE) <= width - 2 * PAD:
            return text
        return Paragraph(text, self.bold if bold else self.plain)


class PlanTotalsSection(ReportTexts):
    """Budget and funding per axis and per funding source, cash and in kind."""

    def __init__(self, language: str, styles: Styles, currency: str) -> None:
        super().__init__(language)
        self.styles = styles
        self.currency = currency
        self.amount = Amounts(self, styles)

    def story(self, totals: PlanTotals) -> list[Flowable]:
        s = self.styles
        note = self.tr("Amounts in %1. Cancelled actions are not counted.")
        story: list[Flowable] = [
            CondPageBreak(60 * mm),
            heading(self.tr("Budget and funding"), s.heading, 0, "totals"),
            para(note.replace("%1", self.currency), s.small),
            Spacer(1, 2 * mm),
            heading(self.tr("By axis"), s.subheading, 1, "totals-axis"),
            self._axes(totals),
        ]
        if totals.sources:
            title = heading(self.tr("By funding source"), s.subheading, 1, "totals-source")
            story.append(KeepTogether([title, self._sources(totals)]))
        return story

    def _axes(self, totals: PlanTotals) -> Flowable:
        s = self.styles
        head = (
            self.tr("Axis"),
            self.tr("Actions"),
            self.tr("Budget"),
            self.tr("Funded, cash"),
            self.tr("Funded, in kind"),
            self.tr("Funded, total"),
            self.tr("Progress"),
        )
        w = columns(92, 20, 32, 32, 32, 29, 30)

        def row(name: Any, line: AxisTotals | PlanTotals, bold: bool = False) -> list[Any]:
            amounts = (line.budget, line.funded_cash, line.funded_in_kind)
            return [
                name,
                self.integer(line.actions),
                *(self.amount(v, w[i + 2], bold) for i, v in enumerate(amounts)),
                self.amount(line.funded_cash + line.funded_in_kind, w[5], bold),
                ProgressBar(line.progress, self.percent(line.progress), w[6] - 2 * PAD),
            ]

        rows: list[list[Any]] = [header_row(head, s, right=range(1, 6))]
        without = self.tr("Without axis")
        rows += [row(para(a.axis or without, s.cell), a) for a in totals.axes]
        rows.append(row(self.tr("Total"), totals, bold=True))
        table = LongTable(rows, colWidths=w, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([*grid(total_row=True), ("ALIGN", (1, 1), (5, -1), "RIGHT")]))
        return table

    def _sources(self, totals: PlanTotals) -> Flowable:
        s = self.styles
        head = (
            self.tr("Funding source"),
            self.tr("Cash"),
            self.tr("In kind"),
            self.tr("Total"),
            self.tr("Share of funding"),
        )
        w = columns(92, 40, 40, 40, 30)
        rows: list[list[Any]] = [header_row(head, s, right=range(1, 5))]
        for source in totals.sources:
            share = float(source.total / totals.funded * 100) if totals.funded else None
            amounts = (source.cash, source.in_kind, source.total)
            rows.append(
                [
                    para(self.label(source.source), s.cell),
                    *(self.amount(v, w[i + 1]) for i, v in enumerate(amounts)),
                    self._share(share),
                ]
            )
        amounts = (totals.funded_cash, totals.funded_in_kind, totals.funded)
        rows.append(
            [
                self.tr("Total"),
                *(self.amount(v, w[i + 1], bold=True) for i, v in enumerate(amounts)),
                self.percent(100) if totals.funded else "",
            ]
        )
        table = Table(rows, colWidths=w, repeatRows=1)
        table.setStyle(TableStyle([*grid(total_row=True), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        return table

    def _share(self, share: float | None) -> str:
        """A share as a whole %, but "< 1 %" for a small one rather than a misleading "0 %"."""
        if share is not None and 0 < share < 0.5:
            return self.tr("< %1").replace("%1", self.percent(1))
        return self.percent(share)


class PlanTimelineSection(ReportTexts):
    """The timeline page: the legend, then a Gantt row per axis and per action."""

    def __init__(self, language: str, styles: Styles, today: date) -> None:
        super().__init__(language)
        self.styles = styles
        self.today = today

    def story(self, actions: Sequence[ActionRecord]) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            PageBreak(),
            heading(self.tr("Timeline"), s.heading, 0, "timeline"),
        ]
        bars = timeline_bars(actions)
        if not any(bar.has_dates for bar in bars):
            return [*story, para(self.tr("No actions with dates yet."), s.body)]
        rows: list[GanttRow] = []
        for axis, members in axis_groups(bars):
            days = [d for b in members for d in (b.start, b.end) if d]
            progress = plan_progress((b.status, b.progress_pct) for b in members)
            name = axis or self.tr("Without axis")
            span = min(days, default=None), max(days, default=None)
            rows.append(GanttRow("", name, *span, None, progress))
            for b in members:
                late = is_delayed(b, self.today)
                done = plan_progress([(b.status, b.progress_pct)])  # done: 100; cancelled: None
                rows.append(GanttRow(b.code or "", b.title, b.start, b.end, b.status, done, late))
        first, last = timeline_range(bars, self.today)
        chart = GanttChart(rows, first, last, self.today, self._texts())
        return [*story, GanttLegend(self._legend()), Spacer(1, 2 * mm), chart]

    def _texts(self) -> GanttTexts:
        months = [
            self.tr("Jan", "month, abbreviated"), self.tr("Feb", "month, abbreviated"),
            self.tr("Mar", "month, abbreviated"), self.tr("Apr", "month, abbreviated"),
            self.tr("May", "month, abbreviated"), self.tr("Jun", "month, abbreviated"),
            self.tr("Jul", "month, abbreviated"), self.tr("Aug", "month, abbreviated"),
            self.tr("Sep", "month, abbreviated"), self.tr("Oct", "month, abbreviated"),
            self.tr("Nov", "month, abbreviated"), self.tr("Dec", "month, abbreviated"),
        ]  # fmt: skip
        return GanttTexts(
            months=months,
            code=self.tr("Code"),
            action=self.tr("Action"),
            progress=self.tr("Progress"),
            no_dates=self.tr("no dates"),
            today=self.tr("Today %1").replace("%1", self.date(self.today)),
        )

    def _legend(self) -> list[tuple[str, str]]:
        statuses = (
            ActionStatus.NOT_STARTED,
            ActionStatus.IN_PROGRESS,
            ActionStatus.DONE,
            ActionStatus.DELAYED,
            ActionStatus.CANCELLED,
        )
        return [
            *((status.value, self.label(status)) for status in statuses),
            ("progress", self.tr("Filled part: progress")),
            ("late", self.tr("Red outline: past its end date")),
            ("single", self.tr("Single date")),
            ("summary", self.tr("Span of the axis")),
            ("today", self.tr("Today")),
        ]
