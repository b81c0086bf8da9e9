"""The next planned meetings, one row each (date, number, title, initiative, place), and how
many agreements fall due within DUE_SOON_DAYS days: what the office has coming up."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget

from agencydesk.domain.agreements import DUE_SOON_DAYS
from agencydesk.domain.dashboard import DashboardSummary, NextMeetingRow
from agencydesk.ui.dashboard.panel import Panel
from agencydesk.ui.widgets import format_date
from agencydesk.ui.widgets.plain_text import plain as as_typed

_PAD = 8


def meeting_when(starts_at: datetime) -> str:
    """ "12/05/2025 10:00" (the time left out at midnight: a date typed without one)."""
    day = format_date(starts_at.date())
    if starts_at.hour == 0 and starts_at.minute == 0:
        return day
    return f"{day} {starts_at:%H:%M}"


class MeetingRow(QAbstractButton):
    """One meeting on two lines: when, how soon, its number and title; under the title, its
    initiative (or agenda) and place. A button: it takes focus, answers Enter and Space, and
    its click opens the meeting."""

    def __init__(
        self, meeting: NextMeetingRow, number: str, relative: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.when = meeting_when(meeting.starts_at)
        self.number = number
        self.relative = relative
        # Where the titles start: the panel sets it for every row, so they line up.
        self.lead_width = self.lead_needs()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(280)
        parts = [f"{self.when} ({relative})", f"{number} {meeting.title}".strip()]
        parts += [p for p in (meeting.owner_name, meeting.place) if p]
        self.setAccessibleName(" · ".join(parts))
        self.setToolTip(as_typed("\n".join(parts)))

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def lead_needs(self) -> int:
        """The width of the date, how soon and the number, before the title."""
        plain = QFontMetrics(self.font())
        bold = QFontMetrics(self._bold())
        return (
            bold.horizontalAdvance(self.when)
            + plain.horizontalAdvance(self.relative)
            + plain.horizontalAdvance(self.number)
            + 4 * _PAD
        )

    def sizeHint(self) -> QSize:
        return QSize(600, 2 * QFontMetrics(self._bold()).height() + 2 * _PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self.rect().adjusted(1, 1, -1, -1)
        if self.underMouse() or self.isDown() or self.hasFocus():
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(60 if self.isDown() else 28)
            painter.setBrush(tint)
            pen = palette.color(QPalette.ColorRole.Highlight) if self.hasFocus() else tint
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(area), 6, 6)
        inner = area.adjusted(_PAD, _PAD // 2, -_PAD, -_PAD // 2)
        bold = self._bold()
        line = QFontMetrics(bold).height()
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        top, second = inner.top(), inner.top() + line
        x = inner.left()
        for text, font, colour in (
            (self.when, bold, text_colour),
            (self.relative, self.font(), muted),
            (self.number, self.font(), muted),
        ):
            x += self._draw(painter, x, top, inner.right() - x, line, text, font, colour) + _PAD
        x = max(x, inner.left() + self.lead_width)
        room = inner.right() - x
        self._draw(painter, x, top, room, line, self.meeting.title, bold, text_colour)
        owner, place = self.meeting.owner_name or "", self.meeting.place or ""
        plain = QFontMetrics(self.font())
        # The initiative first; the place takes what is left (at least a third when both).
        owner_room = plain.horizontalAdvance(owner) + 2  # no "…" from rounding
        if place:
            owner_room = min(owner_room, room * 2 // 3)
        used = self._draw(painter, x, second, owner_room, line, owner, self.font(), text_colour)
        if place:
            place_x = x + used + (2 * _PAD if owner else 0)
            self._draw(
                painter, place_x, second, inner.right() - place_x, line, place, self.font(), muted
            )
        painter.end()

    @staticmethod
    def _draw(
        painter: QPainter,
        x: int,
        y: int,
        room: int,
        height: int,
        text: str,
        font: QFont,
        colour: QColor,
    ) -> int:
        """Draw ``text`` at (x, y), elided to ``room``; returns the width it took."""
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))
        painter.setFont(font)
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(x, y, max(0, room), height), align, shown)
        return metrics.horizontalAdvance(shown)


class NextMeetingsPanel(Panel):
    """``navigate("meeting", {"meeting_id": id})`` on a row; its note links to the tracker's
    agreements due within DUE_SOON_DAYS days: ``navigate("agreements", {"due_soon": True})``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        super().__init__(self.tr("Next meetings"), self.rows_widget, parent)
        self.meeting_rows: list[MeetingRow] = []
        self.empty.setContentsMargins(8, 4, 8, 4)  # a sentence in a short panel
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note.linkActivated.connect(
            lambda _link: self.navigate.emit("agreements", {"due_soon": True})
        )

    def update_from(self, summary: DashboardSummary) -> None:
        for row in self.meeting_rows:
            self.rows_layout.removeWidget(row)
            row.hide()  # at once: deleteLater alone leaves it painted until the event loop runs
            row.deleteLater()
        self.meeting_rows = []
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        self.set_note(self._due_soon_note(summary.due_soon_agreements))
        meetings = summary.next_meetings
        line = QFontMetrics(self.font()).height() + _PAD
        if not meetings:
            self.stack.setFixedHeight(2 * line)
            self.show_empty(
                self.tr(
                    "No meeting planned: plan the next session of an initiative in the "
                    "Meetings area, and it appears here."
                )
            )
            return
        for meeting in meetings:
            number = self.tr("No. %1").replace("%1", str(meeting.number)) if meeting.number else ""
            row = MeetingRow(meeting, number, self._relative(meeting.starts_at, summary.today))
            row.clicked.connect(lambda _=False, mid=meeting.meeting_id: self._open(mid))
            self.rows_layout.addWidget(row)
            self.meeting_rows.append(row)
        lead = max(row.lead_needs() for row in self.meeting_rows)
        for row in self.meeting_rows:
            row.lead_width = lead
        self.rows_layout.addStretch(1)
        self.stack.setFixedHeight(sum(row.sizeHint().height() for row in self.meeting_rows) + 4)
        self.show_figure()

    def _due_soon_note(self, due_soon: int) -> str:
        # One %n per string: the days are a plural phrase of their own, put in as %1.
        days = html.escape(self.tr("the next %n day(s)", "", DUE_SOON_DAYS), quote=False)
        if due_soon <= 0:
            sentence = self.tr("No open agreement falls due in %1.")
            return html.escape(sentence, quote=False).replace("%1", days)
        return self.tr(
            "<a href='#due_soon'>%n open agreement(s)</a> due in %1.", "", due_soon
        ).replace("%1", days)

    def _relative(self, starts_at: datetime, today: date) -> str:
        days = (starts_at.date() - today).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", days)

    def _open(self, meeting_id: int) -> None:
        self.navigate.emit("meeting", {"meeting_id": meeting_id})
