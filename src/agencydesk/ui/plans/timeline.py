"""The timeline of an action plan: Gantt bars grouped by axis, a today line, delays marked.

The chart is one painted viewport rather than a widget per bar: a plan of hundreds of actions
scrolls smoothly, and the action column and the month header stay in place while the bars
scroll under them, as in the planning tools users know. What to draw (order, period, which
actions are late) comes from ``agencydesk.domain.timeline``; where it goes and how it is
painted, from ``timeline_grid``.
"""

from __future__ import annotations

import html
import math
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QVBoxLayout, QWidget

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.timeline import (
    TimelineBar,
    axis_groups,
    is_delayed,
    month_starts,
    timeline_range,
)
from agencydesk.ui.labels import label
from agencydesk.ui.plans.timeline_grid import ChartGeometry, ChartPainter, ChartRow, ChartTexts
from agencydesk.ui.plans.timeline_paint import DELAY_RED, DELAY_RED_ON_DARK, TimelineLegend
from agencydesk.ui.widgets.date_field import format_date

_NARROW = QLocale.FormatType.NarrowFormat
_NAV_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}


def _span(bars: list[TimelineBar]) -> tuple[date, date] | None:
    days = [d for b in bars for d in (b.start, b.end) if d is not None]
    return (min(days), max(days)) if days else None


class TimelineChart(QAbstractScrollArea):
    """The scrolling chart (``TimelineView`` adds the legend). Points are viewport pixels."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._bars: list[TimelineBar] = []
        self._has_dates = False
        self._rows: list[ChartRow] = []
        self._today = date.today()
        self._first = self._last = self._today
        self._months: list[date] = []
        self._current: int | None = None  # index in _rows of the highlighted action
        # The horizontal position kept as a day, so a resize (which rescales the days) keeps
        # the same dates in view; until the user scrolls sideways, today is kept in view.
        self._left_day = 0.0
        self._follow_today = True
        self._syncing = False
        self._row_h = self._header_h = self._left_w = self._code_w = 0
        self._ppd = 1.0
        self._relayout()

    # --- data ---------------------------------------------------------------------------------

    def set_bars(self, bars: list[TimelineBar], today: date) -> None:
        """Show ``bars`` (in the order given, grouped by consecutive axis) as of ``today``."""
        current = self.current_action_id()
        self._bars, self._today = list(bars), today
        self._has_dates = any(bar.has_dates for bar in self._bars)
        self._rows = []
        for axis, members in axis_groups(self._bars):
            progress = plan_progress((b.status, b.progress_pct) for b in members)
            self._rows.append(ChartRow(None, axis, members, progress, _span(members)))
            self._rows.extend(ChartRow(bar) for bar in members)
        period = timeline_range(self._bars, today)
        if period != (self._first, self._last):
            self._follow_today = True  # another plan, or a new period: start again at today
        self._first, self._last = period
        self._months = month_starts(self._first, self._last)
        self._current = None
        self._relayout()
        self.set_current_action(current)

    def has_dates(self) -> bool:
        return self._has_dates

    def placeholder_text(self) -> str | None:
        """The sentence shown instead of the grid, or None when there is a grid."""
        if self.has_dates():
            return None
        text = self.tr("No actions with dates yet")
        if self._bars:
            text += "\n" + self.tr("%n action(s) without dates", "", len(self._bars))
        return text

    def current_action_id(self) -> int | None:
        bar = self._rows[self._current].bar if self._current is not None else None
        return bar.action_id if bar else None

    def set_current_action(self, action_id: int | None) -> None:
        """Highlight an action (None: none) and scroll it into view."""
        for index, row in enumerate(self._rows):
            if row.bar is not None and row.bar.action_id == action_id:
                self._set_current(index)
                return
        self._current = None
        self.viewport().update()

    # --- geometry -----------------------------------------------------------------------------

    def _relayout(self) -> None:
        fm = self.fontMetrics()
        self._row_h = fm.height() + 12
        self._header_h = 2 * (fm.height() + 8)
        width = self.viewport().width()
        self._left_w = min(460, max(int(width * 0.34), min(180, width // 2)))
        # As wide as the longest code and the column's own title ("Código" is longer than
        # "A1.1"): the painter leaves 20 px before the text and 4 after, plus a gap.
        codes = [fm.horizontalAdvance(r.bar.code) for r in self._rows if r.bar and r.bar.code]
        title = fm.horizontalAdvance(self.tr("Code"))
        self._code_w = min(max([*codes, title]) + 30, self._left_w // 3)
        days = (self._last - self._first).days + 1
        # Room after the last bar for its warning mark and its percentage.
        right_pad = fm.horizontalAdvance(self.tr("%1%").replace("%1", "100")) + 40
        narrow = (self.locale().standaloneMonthName(m, _NARROW) for m in range(1, 13))
        min_month_w = max(fm.horizontalAdvance(name) for name in narrow) + 8
        self._ppd = max((width - self._left_w - right_pad) / days, min_month_w / 28)
        chart_w = math.ceil(days * self._ppd) + right_pad
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        chart_room = max(0, width - self._left_w)
        self._syncing = True
        hbar.setRange(0, max(0, chart_w - chart_room))
        hbar.setPageStep(chart_room)
        hbar.setSingleStep(max(8, round(self._ppd * 7)))
        if self._follow_today:
            hbar.setValue(round((self._today - self._first).days * self._ppd - chart_room / 3))
        else:
            hbar.setValue(round(self._left_day * self._ppd))
        self._syncing = False
        rows_room = max(0, self.viewport().height() - self._header_h)
        vbar.setRange(0, max(0, len(self._rows) * self._row_h + self._row_h // 2 - rows_room))
        vbar.setPageStep(rows_room)
        vbar.setSingleStep(self._row_h)
        self.viewport().update()

    def _geometry(self) -> ChartGeometry:
        return ChartGeometry(
            first=self._first,
            last=self._last,
            today=self._today,
            ppd=self._ppd,
            left_w=self._left_w,
            code_w=self._code_w,
            row_h=self._row_h,
            header_h=self._header_h,
            width=self.viewport().width(),
            height=self.viewport().height(),
            hscroll=self.horizontalScrollBar().value(),
            vscroll=self.verticalScrollBar().value(),
        )

    def _row_at(self, point: QPoint) -> int | None:
        if not self.has_dates():
            return None
        return self._geometry().row_at(point.y(), len(self._rows))

    def bar_at(self, point: QPoint) -> int | None:
        """The action whose row is under ``point`` (its label or its bar), None elsewhere."""
        index = self._row_at(point)
        bar = self._rows[index].bar if index is not None else None
        return bar.action_id if bar else None

    def bar_rect(self, action_id: int) -> QRect | None:
        """Where an action's bar (or diamond) is drawn; None when it has no dates."""
        for index, row in enumerate(self._rows):
            if row.bar is not None and row.bar.action_id == action_id and row.bar.has_dates:
                return self._geometry().bar_rect(index, row.bar).toAlignedRect()
        return None

    def _set_current(self, index: int) -> None:
        self._current = index
        vbar, top = self.verticalScrollBar(), index * self._row_h
        rows_room = self.viewport().height() - self._header_h
        if top < vbar.value():
            vbar.setValue(top)
        elif top + self._row_h > vbar.value() + rows_room:
            vbar.setValue(top + self._row_h - rows_room)
        bar = self._rows[index].bar
        if bar is not None and bar.has_dates:
            rect = self._geometry().bar_rect(index, bar)
            if rect.right() < self._left_w or rect.left() > self.viewport().width():
                start = ((bar.start or bar.end or self._today) - self._first).days * self._ppd
                self.horizontalScrollBar().setValue(round(start - 20))
        self.viewport().update()

    # --- events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._relayout()
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if dx and not self._syncing:
            self._follow_today = False
            self._left_day = self.horizontalScrollBar().value() / self._ppd
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().toPoint())
        if index is not None and self._rows[index].bar is not None:
            self._set_current(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        action_id = self.bar_at(event.position().toPoint())
        if action_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current_action(action_id)
            self.activated.emit(action_id)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = [i for i, row in enumerate(self._rows) if row.bar is not None]
        key = event.key()
        if not actions or not self.has_dates() or key not in _NAV_KEYS:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (action_id := self.current_action_id()) is not None:
                self.activated.emit(action_id)
            return
        pos = actions.index(self._current) if self._current in actions else None
        page = max(1, (self.viewport().height() - self._header_h) // self._row_h - 1)
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page}
        steps[Qt.Key.Key_PageDown] = page
        if key == Qt.Key.Key_End:
            pos = len(actions) - 1
        elif key == Qt.Key.Key_Home or pos is None:
            pos = 0
        else:
            pos = max(0, min(len(actions) - 1, pos + steps[key]))
        self._set_current(actions[pos])

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        """The rich-text tooltip at ``point``: an action's dates, status and progress."""
        pct = self.tr("%1%")
        if point.y() < self._header_h:
            tag = self._geometry().today_tag(self.fontMetrics(), self.tr("Today"))
            if self.has_dates() and tag.contains(QPointF(point)):
                return self.tr("Today: %1").replace("%1", format_date(self._today))
            return ""
        index = self._row_at(point)
        if index is None:
            return ""
        row = self._rows[index]
        if row.bar is None:
            axis = row.axis if row.axis is not None else self.tr("No axis")
            lines = [f"<b>{html.escape(axis)}</b>"]
            lines.append(self.tr("%n action(s)", "", len(row.members)))
            if row.progress is not None:
                progress = pct.replace("%1", str(row.progress))
                lines.append(self.tr("Progress: %1").replace("%1", progress))
            return "<br>".join(lines)
        bar = row.bar
        title = f"{bar.code} — {bar.title}" if bar.code else bar.title
        lines = [f"<b>{html.escape(title)}</b>"]
        if bar.start and bar.end:
            dates = self.tr("%1 to %2").replace("%1", format_date(bar.start))
            lines.append(dates.replace("%2", format_date(bar.end)))
        elif bar.start or bar.end:
            only = self.tr("Starts %1") if bar.start else self.tr("Ends %1")
            lines.append(only.replace("%1", format_date(bar.start or bar.end)))
        else:
            lines.append(self.tr("No dates"))
        lines.append(self.tr("Status: %1").replace("%1", html.escape(label(bar.status))))
        progress = pct.replace("%1", str(bar.progress_pct))
        lines.append(self.tr("Progress: %1").replace("%1", progress))
        if is_delayed(bar, self._today) and bar.status != ActionStatus.DELAYED:
            late = html.escape(self.tr("Past its end date"))
            tip = QToolTip.palette().color(QPalette.ColorRole.ToolTipBase)
            red = DELAY_RED if tip.lightness() >= 128 else DELAY_RED_ON_DARK
            lines.append(f'<span style="color:{red.name()}">{late}</span>')
        return "<br>".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self.viewport()) as painter:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
            text = self.placeholder_text()
            if text is not None:
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20), flags, text)
                return
            texts = ChartTexts(
                code=self.tr("Code"),
                action=self.tr("Action"),
                today=self.tr("Today"),
                no_dates=self.tr("No dates"),
                no_axis=self.tr("No axis"),
                percent=self.tr("%1%"),
            )
            ChartPainter(painter, self._geometry(), self, texts).paint(
                self._rows, self._months, self._current
            )


class TimelineView(QWidget):
    """The chart and its legend. ``action_activated(id)`` on double-click or Enter on an action.

    Points given to and returned by ``bar_at`` / ``bar_rect`` / ``tooltip_at`` are in
    ``viewport()`` coordinates, where the mouse events land.
    """

    action_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = TimelineChart(self)
        self.legend = TimelineLegend(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.chart)
        self.chart.activated.connect(self.action_activated)
        self.legend.hide()

    def set_bars(self, bars: list[TimelineBar], today: date) -> None:
        """``bars`` as ``timeline_bars`` returns them (sorted by axis, then code)."""
        self.chart.set_bars(bars, today)
        self._place_legend()

    def _place_legend(self) -> None:
        # In a cramped panel the chart matters more than the key to its colours.
        roomy = self.legend.heightForWidth(self.width()) <= self.height() // 4
        self.legend.setVisible(self.chart.has_dates() and roomy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def viewport(self) -> QWidget:
        return self.chart.viewport()

    def bar_at(self, point: QPoint) -> int | None:
        return self.chart.bar_at(point)

    def bar_rect(self, action_id: int) -> QRect | None:
        return self.chart.bar_rect(action_id)

    def tooltip_at(self, point: QPoint) -> str:
        return self.chart.tooltip_at(point)

    def current_action_id(self) -> int | None:
        return self.chart.current_action_id()

    def set_current_action(self, action_id: int | None) -> None:
        self.chart.set_current_action(action_id)

    def placeholder_text(self) -> str | None:
        return self.chart.placeholder_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the view itself (not through focus) still move the highlight.
        self.chart.keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 500)
