"""Progress as a bar with its percentage written beside it, in a table cell or as a widget.

The figure is never drawn over the bar: over the fill's edge "37%" reads as "3|7%", half in
the highlight's colour and half in the text's. Every progress bar of the program (plans,
actions, agendas, indicators) is painted here, so they look alike and round alike.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

UNKNOWN = "—"
"""What a bar shows when nothing can be measured yet."""

_MARGIN = 3  # between the cell's edges, the bar and the figure


def round_percent(fraction: float | None) -> int | None:
    """A fraction (0.517) as a whole percent 0–100, rounded half up (52), never through
    Python's ``round`` (which rounds 0.5 to even). Below 1 it stays under 100: "100%" means
    reached."""
    if fraction is None:
        return None
    value = math.floor(fraction * 100 + 0.5 + 1e-9)
    if fraction < 1:
        value = min(value, 99)
    return max(0, min(100, value))


def percent_text(value: int | None) -> str:
    """ "37%" with the language's digits; "—" when there is nothing to measure."""
    if value is None:
        return UNKNOWN
    return f"{QLocale().toString(int(value))}%"


class ProgressBarDelegate(QStyledItemDelegate):
    """Paints ``value_at(index)`` (0–100, or None) as the style's bar, with the figure beside
    it, right-aligned, in the view's text colour. Subclasses say where the value comes from."""

    def value_at(self, index: Index) -> int | None:
        """The progress of the cell; by default its display value when it is a number."""
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(value, (int, float)):
            return max(0, min(100, int(value)))
        text = str(value or "").rstrip("%").strip()
        return max(0, min(100, int(text))) if text.isdigit() else None

    def text_for(self, value: int | None) -> str:
        return percent_text(value)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        widest = max(metrics.horizontalAdvance(percent_text(100)), metrics.horizontalAdvance("—"))
        return widest + 2 * _MARGIN

    def bar_option(
        self, option: QStyleOptionViewItem, index: Index
    ) -> QStyleOptionProgressBar | None:
        """The bar as it will be drawn (None when there is no value): tests read it."""
        value = self.value_at(index)
        if value is None:
            return None
        cell: QRect = option.rect  # type: ignore[attr-defined]
        bar = QStyleOptionProgressBar()
        width = cell.width() - self._text_width(option) - 2 * _MARGIN
        bar.rect = QRect(cell.left() + _MARGIN, cell.top() + 4, max(width, 0), cell.height() - 8)
        widget = option.widget  # type: ignore[attr-defined]
        # The view's palette, not the cell's: on a selected row the cell's colours are the
        # highlight's, and the fill would vanish into the row.
        bar.palette = widget.palette() if widget is not None else option.palette  # type: ignore[attr-defined]
        bar.fontMetrics = option.fontMetrics  # type: ignore[attr-defined]
        bar.direction = option.direction  # type: ignore[attr-defined]
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.minimum, bar.maximum, bar.progress = 0, 100, value
        bar.text = self.text_for(value)  # drawn beside the bar, not on it
        bar.textVisible = False
        return bar

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The row's background (selection, alternating colours) first, without its text.
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        bar = self.bar_option(option, index)
        if bar is not None and bar.rect.width() >= 12:
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        cell: QRect = option.rect  # type: ignore[attr-defined]
        text_width = self._text_width(option)
        text_rect = QRect(
            cell.right() - text_width, cell.top(), text_width - _MARGIN, cell.height()
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(item.font)  # type: ignore[attr-defined]  # bold on a total row
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.text_for(self.value_at(index)),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Room for a short bar and "100%", and for the bar's own height on every row.
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        width = self._text_width(option) + 40 + 2 * _MARGIN
        return QSize(max(hint.width(), width), max(hint.height(), metrics.height() + 8))


class ProgressBar(QWidget):
    """A bar and, beside it on the right, its figure or a sentence ("41% done")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self._percent: int | None = None
        self.set_percent(None)

    def set_percent(self, value: int | None, text: str | None = None) -> None:
        """``text``: what to write beside the bar (by default "41%", or "—" for None)."""
        self._percent = None if value is None else max(0, min(100, int(value)))
        self.bar.setValue(self._percent or 0)
        self.label.setText(percent_text(self._percent) if text is None else text)
        self.bar.setAccessibleDescription(self.label.text())

    def percent(self) -> int | None:
        return self._percent

    def value(self) -> int:
        """As ``QProgressBar.value``: 0 when nothing is measured."""
        return self.bar.value()

    def text(self) -> str:
        return self.label.text()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.bar.setAccessibleName(name)
