"""Plans with their progress, painted by hand: long Spanish plan titles read better as rows of
text over a bar than as category labels squeezed beside a chart axis."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget

from agencydesk.domain.dashboard import DashboardSummary, PlanProgressRow
from agencydesk.domain.enums import ActionStatus
from agencydesk.ui.dashboard.panel import Panel
from agencydesk.ui.widgets.colours import is_dark
from agencydesk.ui.widgets.plain_text import plain as as_typed

# More plans than this would push the charts below out of sight; the rest are counted.
MAX_PLANS = 4
_PAD = 8
_BAR = 8


def money(amount: float, currency: str) -> str:
    return f"{currency} {QLocale().toString(float(amount), 'f', 2)}".strip()


class PlanRow(QAbstractButton):
    """One plan: title and percentage, owner and figures, and a 0–100 % bar. A button: it takes
    focus, answers Enter and Space, and its click opens the plan."""

    def __init__(
        self, plan: PlanProgressRow, figures: str, percent: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.figures = figures
        self.percent = percent
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(240)
        owner = f"{plan.owner_name}\n" if plan.owner_name else ""
        self.setAccessibleName(f"{plan.title}: {percent}")
        self.setToolTip(as_typed(f"{plan.title}\n{owner}{figures}\n{percent}"))

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self._bold()).height()
        return QSize(360, 2 * _PAD + 2 * line + 6 + _BAR)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

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
        inner = area.adjusted(_PAD, _PAD, -_PAD, -_PAD)

        bold = self._bold()
        bold_metrics = QFontMetrics(bold)
        percent = self.percent
        percent_width = bold_metrics.horizontalAdvance(percent) + _PAD
        line = bold_metrics.height()
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(inner.left(), inner.top(), inner.width() - percent_width, line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(
                self.plan.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.drawText(
            QRect(inner.right() - percent_width, inner.top(), percent_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            percent,
        )

        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(self.font())
        # The figures in full on the right; the owner takes what is left, elided.
        figures_width = metrics.horizontalAdvance(self.figures)
        top = inner.top() + line
        painter.drawText(
            QRect(inner.right() - figures_width, top, figures_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.figures,
        )
        owner_rect = QRect(inner.left(), top, inner.width() - figures_width - 2 * _PAD, line)
        painter.drawText(
            owner_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                self.plan.owner_name or "", Qt.TextElideMode.ElideRight, owner_rect.width()
            ),
        )

        bar = QRectF(inner.left(), inner.top() + 2 * line + 6, inner.width(), _BAR)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, _BAR / 2, _BAR / 2)
        if self.plan.progress:
            done = self.plan.progress >= 100
            painter.setBrush(self._colour(ActionStatus.DONE if done else ActionStatus.IN_PROGRESS))
            filled = QRectF(bar)
            filled.setWidth(max(_BAR, bar.width() * self.plan.progress / 100))
            painter.drawRoundedRect(filled, _BAR / 2, _BAR / 2)
        painter.end()

    def _colour(self, status: ActionStatus) -> QColor:
        dark = is_dark(self.palette())
        if status == ActionStatus.DONE:
            return QColor("#66bb6a" if dark else "#2e7d32")
        return QColor("#5c9dff" if dark else "#1e6fd9")


class PlansPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        super().__init__(self.tr("Action plans and their progress"), self.rows_widget, parent)
        self.plan_rows: list[PlanRow] = []
        # "n more plans not shown" is a link to the whole list (see DashboardPage.navigate).
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note.linkActivated.connect(lambda _link: self.navigate.emit("plans", {}))

    def update_from(self, summary: DashboardSummary) -> None:
        for row in self.plan_rows:
            self.rows_layout.removeWidget(row)
            row.hide()  # at once: deleteLater alone leaves it painted until the event loop runs
            row.deleteLater()
        self.plan_rows = []
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        plans = summary.plans[:MAX_PLANS]
        if not plans:
            self.set_note("")
            self.show_empty(
                self.tr(
                    "No action plans yet: create one for an agenda or an initiative, and its "
                    "progress appears here."
                )
            )
            return
        hidden = len(summary.plans) - len(plans)
        # quote=False: without a link the label shows plain text, where "&#x27;" would show
        # as such; an apostrophe needs no escaping in rich text either.
        note = html.escape(
            self.tr("Progress is the mean of the actions' progress, cancelled ones left out."),
            quote=False,
        )
        if hidden > 0:
            more = html.escape(self.tr("%n more plan(s) not shown.", "", hidden), quote=False)
            note += f" <a href='#plans'>{more}</a>"
        self.set_note(note)
        for plan in plans:
            percent = (
                "—" if plan.progress is None else self.tr("%1%").replace("%1", str(plan.progress))
            )
            row = PlanRow(plan, self._figures(plan), percent)
            row.clicked.connect(lambda _=False, pid=plan.plan_id: self._open(pid))
            self.rows_layout.addWidget(row)
            self.plan_rows.append(row)
        self.rows_layout.addStretch(1)
        self.show_figure()

    def _figures(self, plan: PlanProgressRow) -> str:
        actions = self.tr("%n action(s)", "", plan.actions)
        if not plan.budget:
            return actions
        return actions + " · " + money(float(plan.budget), plan.currency)

    def _open(self, plan_id: int) -> None:
        self.navigate.emit("plan", {"plan_id": plan_id})
