"""Paints "% of target met" as a progress bar with the percentage on it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from agencydesk.ui.indicators.models import PERCENT_ROLE
from agencydesk.ui.indicators.numbers import percent_text, percent_value


class PercentBarDelegate(QStyledItemDelegate):
    """Reads the fraction from ``PERCENT_ROLE``; an unknown one is written "—"."""

    def bar_option(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QStyleOptionProgressBar | None:
        """The bar as it will be drawn (None when the % is unknown): tests read it."""
        fraction = index.data(PERCENT_ROLE)
        value = percent_value(fraction)
        if value is None:
            return None
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        # The widget's palette, not the cell's: on a selected row the cell's text colour is
        # the highlight's, which would vanish into the bar's own fill.
        bar.palette = widget.palette() if widget is not None else option.palette  # type: ignore[attr-defined]
        bar.fontMetrics = option.fontMetrics  # type: ignore[attr-defined]
        bar.direction = option.direction  # type: ignore[attr-defined]
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = value
        bar.text = percent_text(fraction)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        return bar

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        bar = self.bar_option(option, index)
        if bar is None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.displayAlignment = Qt.AlignmentFlag.AlignCenter  # type: ignore[attr-defined]
            super().paint(painter, opt, index)
            return
        # The row's background and selection first, without the cell's text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
