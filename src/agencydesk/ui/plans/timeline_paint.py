"""How the timeline draws a bar, a milestone, an axis summary and the delay mark, and its legend.

Shared by the chart and its legend so the legend shows exactly what the chart draws. Status
colours are fixed (users learn them: green done, blue in progress, red delayed) and chosen to
read on light and dark palettes; text and grid take the palette's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from agencydesk.domain.enums import ActionStatus
from agencydesk.ui.labels import label

DELAY_RED = QColor("#d93b3b")
# The same red for text on a dark background (a dark tooltip): #d93b3b reads there at 2.4:1.
DELAY_RED_ON_DARK = QColor("#ff6b6b")
TODAY_COLOUR = QColor("#ef7d00")
STATUS_COLOURS = {
    ActionStatus.NOT_STARTED: QColor("#8d96a0"),
    ActionStatus.IN_PROGRESS: QColor("#2f7ed8"),
    ActionStatus.DELAYED: DELAY_RED,
    ActionStatus.DONE: QColor("#2e9e52"),
    ActionStatus.CANCELLED: QColor("#9aa0a6"),
}


def mix(palette: QPalette, amount: float) -> QColor:
    """The base colour moved ``amount`` (0–1) towards the text colour: grid lines and bands
    that stay faint on a light palette and on a dark one alike."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * amount,
        base.greenF() + (text.greenF() - base.greenF()) * amount,
        base.blueF() + (text.blueF() - base.blueF()) * amount,
    )


def _faint(colour: QColor, alpha: int = 70) -> QColor:
    faint = QColor(colour)
    faint.setAlpha(alpha)
    return faint


def draw_bar(
    painter: QPainter, rect: QRectF, status: ActionStatus, progress: int, delayed: bool
) -> None:
    """A rounded bar: the status colour, faint for what is left, solid for the progress made."""
    colour = STATUS_COLOURS[status]
    path = QPainterPath()
    path.addRoundedRect(rect, 3, 3)
    painter.save()
    painter.fillPath(path, _faint(colour))
    if status == ActionStatus.CANCELLED:
        painter.fillPath(path, QBrush(colour.darker(140), Qt.BrushStyle.BDiagPattern))
    else:
        done = 100 if status == ActionStatus.DONE else progress
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        filled = QRectF(rect.left(), rect.top(), rect.width() * done / 100, rect.height())
        painter.fillRect(filled, colour)
    painter.restore()
    outline = QPen(DELAY_RED, 2) if delayed else QPen(colour.darker(125), 1)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def draw_diamond(painter: QPainter, rect: QRectF, status: ActionStatus, delayed: bool) -> None:
    """An action with a single known date (or lasting one day)."""
    c = rect.center()
    r = rect.height() / 2
    diamond = QPolygonF(
        [
            QPointF(c.x(), c.y() - r),
            QPointF(c.x() + r, c.y()),
            QPointF(c.x(), c.y() + r),
            QPointF(c.x() - r, c.y()),
        ]
    )
    colour = STATUS_COLOURS[status]
    painter.setPen(QPen(DELAY_RED, 2) if delayed else QPen(colour.darker(130), 1))
    if status == ActionStatus.CANCELLED:
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
    else:
        painter.setBrush(colour)
    painter.drawPolygon(diamond)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def draw_summary(
    painter: QPainter, x0: float, x1: float, top: float, row_h: float, colour: QColor
) -> None:
    """An axis's span, drawn as project tools draw a summary task: a bar with pointed ends."""
    h = max(4.0, row_h * 0.22)
    y = top + (row_h - h) / 2
    tip = h * 0.9
    if x1 - x0 < 3 * tip:
        return  # a one-day axis: its single diamond says it all
    path = QPainterPath()
    path.moveTo(x0, y)
    path.lineTo(x1, y)
    path.lineTo(x1, y + h + tip)
    path.lineTo(x1 - tip, y + h)
    path.lineTo(x0 + tip, y + h)
    path.lineTo(x0, y + h + tip)
    path.closeSubpath()
    painter.fillPath(path, colour)


def draw_warning(painter: QPainter, centre: QPointF, size: float) -> None:
    """A red warning triangle with an exclamation mark, drawn (no font has to carry it)."""
    s = max(10.0, size * 0.95)
    top = centre.y() - s / 2
    triangle = QPolygonF(
        [
            QPointF(centre.x(), top),
            QPointF(centre.x() + s / 2, top + s),
            QPointF(centre.x() - s / 2, top + s),
        ]
    )
    painter.setPen(QPen(DELAY_RED.darker(115), 1))
    painter.setBrush(DELAY_RED)
    painter.drawPolygon(triangle)
    pen = QPen(QColor("white"), max(1.5, s / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(centre.x(), top + s * 0.38), QPointF(centre.x(), top + s * 0.66))
    painter.drawPoint(QPointF(centre.x(), top + s * 0.83))
    painter.setBrush(Qt.BrushStyle.NoBrush)


class TimelineLegend(QWidget):
    """What the colours and marks mean, flowing onto more lines when the window is narrow."""

    _SWATCH_W = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _items(self) -> list[tuple[str, str]]:
        statuses = [
            ActionStatus.NOT_STARTED,
            ActionStatus.IN_PROGRESS,
            ActionStatus.DONE,
            ActionStatus.DELAYED,
            ActionStatus.CANCELLED,
        ]
        items = [(status.value, label(status)) for status in statuses]
        items.append(("progress", self.tr("Filled part: progress")))
        items.append(("late", self.tr("Past its end date")))
        items.append(("single", self.tr("Single date")))
        items.append(("today", self.tr("Today")))
        return items

    def _layout(self, width: int) -> list[tuple[QRectF, str, str]]:
        fm = self.fontMetrics()
        line_h = fm.height() + 6
        x, y, placed = 6.0, 2.0, []
        for kind, text in self._items():
            item_w = self._SWATCH_W + 6 + fm.horizontalAdvance(text)
            if x > 6 and x + item_w > width - 6:
                x, y = 6.0, y + line_h
            placed.append((QRectF(x, y, item_w, line_h), kind, text))
            x += item_w + 18
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(width)
        return int(placed[-1][0].bottom()) + 4 if placed else 0

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for rect, kind, text in self._layout(self.width()):
            swatch = QRectF(rect.left(), rect.center().y() - 6, self._SWATCH_W, 12)
            if kind == "progress":
                draw_bar(painter, swatch, ActionStatus.IN_PROGRESS, 50, False)
            elif kind == "late":
                draw_warning(painter, swatch.center(), 13)
            elif kind == "single":
                draw_diamond(
                    painter,
                    QRectF(swatch.center().x() - 7, swatch.top() - 1, 14, 14),
                    ActionStatus.IN_PROGRESS,
                    False,
                )
            elif kind == "today":
                painter.setPen(QPen(TODAY_COLOUR, 2, Qt.PenStyle.DashLine))
                x = swatch.center().x()
                painter.drawLine(QPointF(x, rect.top() + 2), QPointF(x, rect.bottom() - 2))
            else:
                status = ActionStatus(kind)
                draw_bar(painter, swatch, status, 100, status == ActionStatus.DELAYED)
            painter.setPen(text_colour)
            text_rect = rect.adjusted(self._SWATCH_W + 6, 0, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
