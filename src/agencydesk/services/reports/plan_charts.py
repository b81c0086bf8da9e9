"""The drawn parts of the action plan document: the progress bar of a table cell and the
timeline's legend, with the colours and the text fitting the timeline (``plan_gantt``) shares.

They draw with the canvas, not with ``Paragraph``: a progress bar in each of 5,000 rows costs
almost nothing this way. Text drawn with ``drawString`` (here and in the timeline: an action's
code and title, an axis) interprets no markup, so ``printable`` (the font's coverage) is all
user text needs; it is cut with "…" to its column (``fit``) rather than wrapped.

Status colours are the timeline view's (``ui/plans/timeline_paint.py``): users learn them there.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from agencydesk.domain.enums import ActionStatus
from agencydesk.services.reports.fonts import FONT, printable
from agencydesk.services.reports.layout import INK, RULE

DELAY_RED = colors.HexColor("#d93b3b")
TODAY_COLOUR = colors.HexColor("#ef7d00")
SUMMARY = colors.HexColor("#52606d")
GRID = colors.HexColor("#d9dee3")
AXIS_BAND = colors.HexColor("#eef1f4")
STATUS_COLOURS = {
    ActionStatus.NOT_STARTED: colors.HexColor("#8d96a0"),
    ActionStatus.IN_PROGRESS: colors.HexColor("#2f7ed8"),
    ActionStatus.DELAYED: DELAY_RED,
    ActionStatus.DONE: colors.HexColor("#2e9e52"),
    ActionStatus.CANCELLED: colors.HexColor("#9aa0a6"),
}
ELLIPSIS = "…"


def faint(colour: Color, amount: float = 0.3) -> Color:
    """``colour`` mixed with white (opaque: prints the same on every printer)."""
    return Color(*(1 - amount + c * amount for c in (colour.red, colour.green, colour.blue)))


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to ``width`` points (on one line)."""
    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


class ProgressBar(Flowable):
    """A small bar and its percentage ("45 %"), for a table cell; ``None`` prints a dash.

    Its text sits on the baseline of a first line of 8-point cell text (a cell's paragraphs
    and strings), so a row reads level."""

    def __init__(
        self, percent: int | None, text: str, width: float, height: float = 10, size: float = 7
    ) -> None:
        super().__init__()
        self.percent = None if percent is None else max(0, min(100, percent))
        self.text = text
        self.width, self.height, self.size = width, height, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return min(self.width, availWidth), self.height

    def draw(self) -> None:
        c = self.canv
        text_w = stringWidth("100 %", FONT, self.size) + 3
        bar_w = max(8.0, self.width - text_w)
        baseline = self.height - 8 + 0.2
        bar_h = self.size * 0.7
        c.setFont(FONT, self.size)
        c.setFillColor(INK)
        if self.percent is None:
            c.drawString(0, baseline, "–")
            return
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setFillColor(colors.white)
        c.rect(0, baseline, bar_w, bar_h, stroke=1, fill=1)
        if self.percent:
            c.setFillColor(STATUS_COLOURS[ActionStatus.IN_PROGRESS])
            c.rect(0, baseline, bar_w * self.percent / 100, bar_h, stroke=0, fill=1)
        c.setFillColor(INK)
        c.drawRightString(self.width, baseline, self.text)


class GanttLegend(Flowable):
    """What the colours and marks mean: (kind, text) items on as many lines as needed; kind is
    an ``ActionStatus`` value, "progress", "late", "single", "summary" or "today"."""

    SIZE = 7.0
    LINE = 11.0
    SWATCH = 14.0

    def __init__(self, items: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.items = [(kind, printable(text)) for kind, text in items]
        self._placed: list[tuple[float, float, str, str]] = []
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        x, line, self._placed = 0.0, 0, []
        for kind, text in self.items:
            w = self.SWATCH + 3 + stringWidth(text, FONT, self.SIZE)
            if x and x + w > availWidth:
                x, line = 0.0, line + 1
            self._placed.append((x, line, kind, text))
            x += w + 10
        self.width, self.height = availWidth, (line + 1) * self.LINE
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for x, line, kind, text in self._placed:
            middle = self.height - line * self.LINE - self.LINE / 2
            self._swatch(x, middle, kind)
            c.setFont(FONT, self.SIZE)
            c.setFillColor(INK)
            c.drawString(x + self.SWATCH + 3, middle - self.SIZE * 0.35, text)

    def _swatch(self, x: float, middle: float, kind: str) -> None:
        c = self.canv
        h = 6.5
        if kind == "today":
            c.setStrokeColor(TODAY_COLOUR)
            c.setLineWidth(1)
            c.setDash(3, 2)
            c.line(x + self.SWATCH / 2, middle - 5, x + self.SWATCH / 2, middle + 5)
            c.setDash()
            return
        if kind == "summary":
            c.setFillColor(SUMMARY)
            c.rect(x, middle - 1.5, self.SWATCH, 3, stroke=0, fill=1)
            return
        if kind == "single":
            r = 4.0
            cx = x + self.SWATCH / 2
            path = c.beginPath()
            path.moveTo(cx, middle + r)
            path.lineTo(cx + r, middle)
            path.lineTo(cx, middle - r)
            path.lineTo(cx - r, middle)
            path.close()
            c.setFillColor(STATUS_COLOURS[ActionStatus.IN_PROGRESS])
            c.drawPath(path, stroke=0, fill=1)
            return
        status = ActionStatus.IN_PROGRESS if kind in ("progress", "late") else ActionStatus(kind)
        colour = STATUS_COLOURS[status]
        filled = {"progress": 0.5, "late": 0.5, ActionStatus.DONE.value: 1.0}.get(kind, 0.0)
        c.setFillColor(faint(colour))
        c.rect(x, middle - h / 2, self.SWATCH, h, stroke=0, fill=1)
        if filled:
            c.setFillColor(colour)
            c.rect(x, middle - h / 2, self.SWATCH * filled, h, stroke=0, fill=1)
        if kind == ActionStatus.CANCELLED.value:
            c.setStrokeColor(colour)
            c.setLineWidth(0.6)
            c.line(x, middle, x + self.SWATCH, middle)
        late = kind == "late"
        c.setStrokeColor(DELAY_RED if late else colour)
        c.setLineWidth(1.2 if late else 0.5)
        c.rect(x, middle - h / 2, self.SWATCH, h, stroke=1, fill=0)
