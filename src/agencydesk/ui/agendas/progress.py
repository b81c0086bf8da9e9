"""Progress shown as a bar inside a table cell (an agenda's, a plan's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex


def percent_text(value: int | None) -> str:
    """ "44 %"; "" when nothing can be measured yet."""
    return "" if value is None else f"{value} %"


class ProgressDelegate(QStyledItemDelegate):
    """Paints ``progress_of(index)`` (0–100) as the style's progress bar; an empty cell when
    it is None (no action to measure), so "0 %" keeps meaning "nothing done yet"."""

    def __init__(self, progress_of: Callable[[Index], int | None], parent=None) -> None:
        super().__init__(parent)
        self._progress_of = progress_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = self._progress_of(index)
        if value is None:
            super().paint(painter, option, index)
            return
        # The row's background (selection, alternating colours) first, then the bar over it.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        # The figure beside the bar, not over it: over the bar's edge "44 %" reads as "4|4 %".
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        text_width = metrics.horizontalAdvance("100 %") + 6
        cell = option.rect  # type: ignore[attr-defined]
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(
            cell.left() + 3,
            cell.top() + 4,
            max(cell.width() - text_width - 6, 8),
            cell.height() - 8,
        )
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(100, value))
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        bar.palette = option.palette  # type: ignore[attr-defined]
        bar.fontMetrics = metrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        text_rect = QRect(cell.right() - text_width, cell.top(), text_width - 3, cell.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            percent_text(value),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
