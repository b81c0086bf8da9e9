"""A titled dashboard panel: a chart (or any figure), or a sentence when there is nothing yet.

The charts follow the palette: a dark window gets QtCharts' dark theme, and every text, axis
and legend takes the palette's text colour, so the page reads on dark desktops too.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView, QLegend
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from agencydesk.ui.dashboard.cards import paint_card
from agencydesk.ui.widgets.colours import coloured_links, is_dark, readable_link

# Every figure gets the same height, so panels side by side line up.
FIGURE_HEIGHT = 250


class Panel(QFrame):
    """Title, optional note under it, and a stack: the figure or the "nothing yet" sentence."""

    navigate = Signal(str, dict)

    def __init__(self, title: str, figure: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setForegroundRole(QPalette.ColorRole.Text)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        self._note = ""
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setContentsMargins(24, 24, 24, 24)
        self.figure = figure
        self.stack = QStackedWidget()
        self.stack.addWidget(figure)
        self.stack.addWidget(self.empty)
        self.stack.setFixedHeight(FIGURE_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack)
        # Panels side by side share the row's height: the slack goes below the figure.
        layout.addStretch(1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        paint_card(self)

    def show_figure(self) -> None:
        self.stack.setCurrentWidget(self.figure)

    def show_empty(self, sentence: str) -> None:
        self.empty.setText(sentence)
        self.stack.setCurrentWidget(self.empty)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def set_note(self, text: str) -> None:
        self._note = text
        self._show_note()
        self.note.setVisible(bool(text))

    def _show_note(self) -> None:
        # Qt colours a link once, when the text is set, from the application's palette: each
        # link gets the panel's readable colour instead, and the text is set again when the
        # palette changes (a desktop switching to dark mode).
        colour = readable_link(self.palette(), QPalette.ColorRole.Base)  # the card's colour
        self.note.setText(coloured_links(self._note, colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_note()


class ChartPanel(Panel):
    """A panel around a QChartView, with the hover cursor and tooltips every figure shares."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.chart = QChart()
        self.view = QChartView(self.chart)
        super().__init__(title, self.view, parent)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeCircle)
        self.apply_palette()

    # --- theme -------------------------------------------------------------------------------

    def apply_palette(self) -> None:
        """Theme from the palette; call before adding series (a theme resets their colours)."""
        palette = self.palette()
        dark = is_dark(palette)
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        self.chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        self.view.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        legend = self.chart.legend()
        legend.setLabelColor(self.text_colour())
        legend.setFont(self.font())

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def style_axis(self, axis: QAbstractAxis, *, grid: bool) -> None:
        palette = self.palette()
        axis.setLabelsColor(self.text_colour())
        axis.setLabelsFont(self.font())
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        axis.setGridLineVisible(grid)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))

    def clear_chart(self) -> None:
        # Series go at once; axes stay (a removed axis lingers on screen until its deferred
        # deletion, so bar charts reuse theirs, see figures.fill_bars).
        self.chart.removeAllSeries()

    # --- interaction -------------------------------------------------------------------------

    def hover(self, entered: bool, tooltip: str) -> None:
        """Hand cursor and tooltip over a clickable figure; arrow again when leaving it."""
        viewport = self.view.viewport()
        if entered:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(QCursor.pos(), tooltip, viewport)
        else:
            viewport.unsetCursor()
            QToolTip.hideText()
