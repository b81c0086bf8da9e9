"""The home dashboard: headline numbers, then the charts, each click leading to its list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from agencydesk.domain.agreements import Urgency
from agencydesk.domain.dashboard import DashboardSummary
from agencydesk.services.dashboard import DashboardService
from agencydesk.ui.dashboard.cards import HeadlineCard, ReflowGrid
from agencydesk.ui.dashboard.charts import (
    ActionsChart,
    ActorTypeChart,
    BottlenecksChart,
    GenderChart,
)
from agencydesk.ui.dashboard.figures import named_colour
from agencydesk.ui.dashboard.meetings import NextMeetingsPanel
from agencydesk.ui.dashboard.plans import PlansPanel
from agencydesk.ui.widgets import format_date
from agencydesk.ui.widgets.urgency import urgency_colour


class DashboardPage(QWidget):
    """``navigate(target, filters)`` asks the main window to show a list or a record:

    ("actions", {"status": <ActionStatus value>}) or ("actions", {"delayed": True});
    ("plan", {"plan_id": int}); ("plans", {}) (the list of every plan: the plans panel shows
    a few and links to the rest); ("initiative", {"initiative_id": int, "tab": "bottlenecks"});
    ("initiatives", {"status": "active"}); ("organizations", {"actor_type": <ActorType value>});
    ("people", {"gender": <Gender value, or "" for not recorded>}); ("organizations", {});
    ("people", {}); ("agreements", {"overdue": True}) (the tracker, overdue ones);
    ("agreements", {"due_soon": True}) (open ones due within DUE_SOON_DAYS days, overdue included);
    ("meeting", {"meeting_id": int}).
    """

    navigate = Signal(str, dict)

    def __init__(self, dashboard: DashboardService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = dashboard
        self.summary: DashboardSummary | None = None
        self._restyle_pending = False

        self.heading = QLabel(self.tr("Overview"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.as_of = QLabel()
        self.as_of.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.cards = {
            "initiatives": HeadlineCard(self.tr("active initiatives")),
            "bottlenecks": HeadlineCard(self.tr("open bottlenecks")),
            "delayed": HeadlineCard(self.tr("delayed actions")),
            "agreements": HeadlineCard(self.tr("overdue agreements")),
            "organizations": HeadlineCard(self.tr("organizations in the directory")),
            "people": HeadlineCard(self.tr("people in the directory")),
        }
        self.cards["initiatives"].setToolTip(self.tr("List the active initiatives."))
        self.cards["bottlenecks"].setToolTip(self.tr("Show the bottlenecks of each initiative."))
        self.cards["delayed"].setToolTip(
            self.tr("List the actions marked delayed or past their end date.")
        )
        self.cards["agreements"].setToolTip(
            self.tr("List the open agreements past their due date.")
        )
        self.cards["organizations"].setToolTip(self.tr("Open the directory of organizations."))
        self.cards["people"].setToolTip(self.tr("Open the directory of people."))
        self._card_targets: dict[str, tuple[str, dict]] = {
            "initiatives": ("initiatives", {"status": "active"}),
            "delayed": ("actions", {"delayed": True}),
            "agreements": ("agreements", {"overdue": True}),
            "organizations": ("organizations", {}),
            "people": ("people", {}),
        }
        self.card_grid = ReflowGrid(min_column=150)
        for key, card in self.cards.items():
            card.setMinimumWidth(140)
            card.clicked.connect(lambda _=False, k=key: self._card_clicked(k))
            self.card_grid.add(card)

        self.meetings_panel = NextMeetingsPanel()
        self.actions_chart = ActionsChart()
        self.plans_panel = PlansPanel()
        self.bottlenecks_chart = BottlenecksChart()
        self.actor_type_chart = ActorTypeChart()
        self.gender_chart = GenderChart()
        self.panels = (
            self.meetings_panel,
            self.actions_chart,
            self.plans_panel,
            self.bottlenecks_chart,
            self.actor_type_chart,
            self.gender_chart,
        )
        # Two columns from about 860 pixels (a laptop window beside the navigation bar); the
        # next meetings (one line each, like an agenda) and the bottlenecks take a whole row,
        # for the titles' and initiatives' long names.
        self.chart_grid = ReflowGrid(min_column=400, max_columns=2)
        wide = (self.meetings_panel, self.bottlenecks_chart)
        for panel in self.panels:
            panel.navigate.connect(self.navigate)
            self.chart_grid.add(panel, span_all=panel in wide)

        content = QWidget()
        content.setObjectName("dashboardContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.as_of)
        column.addWidget(self.card_grid)
        column.addWidget(self.chart_grid)
        column.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.setFocusProxy(self.cards["initiatives"])

    # --- data --------------------------------------------------------------------------------

    def refresh(self, today: date | None = None) -> None:
        """Read the figures again (after a change elsewhere, or when the page is shown)."""
        self.show_summary(self.dashboard.summary(today))

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.as_of.setText(self.tr("Figures as of %1.").replace("%1", format_date(summary.today)))
        head = summary.headline
        locale = QLocale()
        self.cards["initiatives"].set_value(locale.toString(head.active_initiatives))
        self.cards["bottlenecks"].set_value(locale.toString(head.open_bottlenecks))
        self.cards["delayed"].set_value(
            locale.toString(head.delayed_actions),
            alert=named_colour("delayed", self.actions_chart) if head.delayed_actions else None,
        )
        overdue = head.overdue_agreements
        self.cards["agreements"].set_value(
            locale.toString(overdue),
            alert=urgency_colour(Urgency.OVERDUE) if overdue else None,
        )
        self.cards["organizations"].set_value(locale.toString(head.organizations))
        self.cards["people"].set_value(locale.toString(head.people))
        for panel in self.panels:
            panel.update_from(summary)

    def _card_clicked(self, key: str) -> None:
        if key == "bottlenecks":
            # There is no list of every bottleneck: they live in each initiative's register,
            # which the chart below opens.
            self.scroll.ensureWidgetVisible(self.bottlenecks_chart)
            return
        target, filters = self._card_targets[key]
        self.navigate.emit(target, dict(filters))

    # --- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Figures change while the user works elsewhere; read them again each time the page
        # comes back, after it is painted, so the window never waits for the dashboard.
        QTimer.singleShot(0, self, self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A desktop switching to dark mode changes the application palette: redraw the charts
        # with the matching theme (the figures themselves are kept). Later, once the children
        # have their new palette too (they hear of it after this page).
        palette_changed = event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        )
        if palette_changed and self.summary is not None and not self._restyle_pending:
            self._restyle_pending = True
            QTimer.singleShot(0, self, self._restyle)

    def _restyle(self) -> None:
        self._restyle_pending = False
        if self.summary is not None:
            self.show_summary(self.summary)
