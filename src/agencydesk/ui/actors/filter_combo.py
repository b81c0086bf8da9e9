"""A filter combo for list toolbars: as wide as its items when the toolbar has room, down to
FILTER_MIN_CHARS characters, its text elided with "…", when it has not.

Four filters in Spanish ("Todos los niveles de gobierno") beside a search box must fit a
1280-pixel window with the navigation bar; a plain QComboBox either refuses to shrink below
its longest item or, sized by characters, stays narrow and clips its text without a mark.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

FILTER_MIN_CHARS = 10


class FilterCombo(QComboBox):
    """``max_chars`` caps how wide it asks to be (a territory name can be long); the list
    that opens always shows the items whole."""

    def __init__(self, parent: QWidget | None = None, *, max_chars: int | None = None) -> None:
        super().__init__(parent)
        self._max_chars = max_chars
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(FILTER_MIN_CHARS)

    def _width_for(self, chars: int) -> int:
        """The combo's width around ``chars`` characters, as QComboBox measures them."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance("X") * chars
        if any(not self.itemIcon(i).isNull() for i in range(self.count())):
            text += self.iconSize().width() + 4
        content = QSize(text, self.fontMetrics().height())
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, self)
            .width()
        )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._width_for(FILTER_MIN_CHARS)), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._max_chars is not None:
            hint.setWidth(min(hint.width(), self._width_for(self._max_chars)))
        return hint

    def paintEvent(self, _event: QPaintEvent) -> None:
        # QComboBox.paintEvent, with the current text elided to the room it has.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        room = field.width() - 2
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
