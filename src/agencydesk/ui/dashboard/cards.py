"""Headline number cards and the grid that reflows them (and the chart panels) with the width."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


def paint_card(
    widget: QWidget, *, hovered: bool = False, focused: bool = False, pressed: bool = False
) -> None:
    """A rounded card in the palette's base colour with a mid-tone border (highlighted when
    hovered or focused). Painted, not style-sheeted: a style sheet freezes the palette at polish
    time, and the page must follow a desktop switching between light and dark."""
    palette = widget.palette()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    role = QPalette.ColorRole.AlternateBase if pressed else QPalette.ColorRole.Base
    border = QPalette.ColorRole.Highlight if hovered or focused else QPalette.ColorRole.Mid
    width = 2 if focused else 1
    painter.setPen(QPen(palette.color(border), width))
    painter.setBrush(palette.color(role))
    inset = width / 2 + 0.5
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)
    painter.end()


class HeadlineCard(QPushButton):
    """A big number with its caption; a button, so it takes focus and answers Enter/Space."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint the border on enter and leave
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.number = QLabel("0")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        for child in (self.number, self.caption):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # to the button
            child.setForegroundRole(QPalette.ColorRole.Text)  # text on the base colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        # Room for a two-line caption on every card, so that the row stays even.
        caption_line = self.caption.fontMetrics().lineSpacing()
        self.setFixedHeight(self.number.fontMetrics().height() + 2 * caption_line + 26)

    def set_value(self, text: str, *, alert: QColor | None = None) -> None:
        """Show ``text``; ``alert`` colours the number (a delayed count above zero)."""
        self.number.setText(text)
        palette = QPalette()  # empty: every role inherited from the card
        if alert is not None:
            palette.setColor(QPalette.ColorRole.Text, alert)
        self.number.setPalette(palette)
        self.setAccessibleName(f"{text} {self.caption.text()}")

    def sizeHint(self) -> QSize:
        return QSize(170, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        paint_card(self, hovered=self.underMouse(), focused=self.hasFocus(), pressed=self.isDown())


class ReflowGrid(QWidget):
    """Lays its widgets out in as many columns as fit ``min_column`` pixels, re-flowed on resize.

    A widget added with ``span_all`` takes a whole row (the plans list reads best wide).
    """

    def __init__(
        self, min_column: int, max_columns: int = 99, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.min_column = min_column
        self.max_columns = max_columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self._items: list[tuple[QWidget, bool]] = []
        self._columns = 0

    def add(self, widget: QWidget, *, span_all: bool = False) -> None:
        self._items.append((widget, span_all))
        self._reflow(force=True)

    def columns_for(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing()
        fit = (width + spacing) // (self.min_column + spacing)
        columns = max(1, min(len(self._items), self.max_columns, fit))
        # Rows as even as the width allows: six cards where five fit read as 3 + 3, not as
        # 5 and one left alone on a second row.
        rows = -(-len(self._items) // columns)
        return max(1, -(-len(self._items) // rows)) if self._items else columns

    def _reflow(self, force: bool = False) -> None:
        columns = self.columns_for(self.width())
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget, _span in self._items:
            self.grid.removeWidget(widget)
        row = col = 0
        for widget, span in self._items:
            if span and col:
                row, col = row + 1, 0
            self.grid.addWidget(widget, row, col, 1, columns if span else 1)
            col = columns if span else col + 1
            if col >= columns:
                row, col = row + 1, 0
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
