"""The dashboard's charts: actions by status, bottlenecks per initiative, participation."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from agencydesk.domain.dashboard import ActorTypeParticipation, BottleneckRow, DashboardSummary
from agencydesk.domain.enums import ActionStatus, ActorType, Gender
from agencydesk.ui.dashboard.figures import (
    Donut,
    Figure,
    fill_bars,
    gender_colour,
    named_colour,
    status_colour,
    wrapped_categories,
)
from agencydesk.ui.dashboard.panel import FIGURE_HEIGHT, ChartPanel
from agencydesk.ui.labels import label

# The order a reader follows: what is finished, moving, waiting, late, abandoned.
STATUS_ORDER = (
    ActionStatus.DONE,
    ActionStatus.IN_PROGRESS,
    ActionStatus.NOT_STARTED,
    ActionStatus.DELAYED,
    ActionStatus.CANCELLED,
)
GENDER_ORDER: tuple[Gender | None, ...] = (
    Gender.FEMALE,
    Gender.MALE,
    Gender.OTHER,
    Gender.UNDISCLOSED,
    None,
)
# More initiatives than this make bars too thin to read; the rest are counted in the note.
MAX_INITIATIVES = 8
# An initiative's name gets two lines of this many pixels beside its bar: the chart spans the
# page, and "Sistema productivo local del cacao de Padre Abad" must read whole.
NAME_WIDTH = 300


def _n(value: int) -> str:
    return QLocale().toString(value)


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else ""


class ActionsChart(ChartPanel):
    """A donut of the actions by their recorded status, the total in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions by status"), parent)
        self.donut = Donut(self)
        self.note.linkActivated.connect(
            lambda _link: self.navigate.emit("actions", {"delayed": True})
        )

    def update_from(self, summary: DashboardSummary) -> None:
        total = summary.total_actions
        if total == 0:
            self.set_note("")
            self.show_empty(
                self.tr("No actions yet: create an action plan to see its progress here.")
            )
            return
        figures = []
        for status in STATUS_ORDER:
            n = summary.actions_by_status.get(status, 0)
            tip = (
                self.tr("%1: %n action(s) (%2 of all). Click to list them.", "", n)
                .replace("%1", label(status))
                .replace("%2", _percent(n, total))
            )
            figures.append(
                Figure(
                    label(status),
                    n,
                    status_colour(status, self),
                    tip,
                    ("actions", {"status": status.value}),
                )
            )
        self.donut.fill(figures, _n(total))
        late = summary.overdue_not_marked
        self.set_note(
            self.tr(
                "<a href='#delayed'>%n more action(s)</a> past their end date but not marked "
                "delayed.",
                "",
                late,
            )
            if late > 0
            else ""
        )
        self.show_figure()


class BottlenecksChart(ChartPanel):
    """Open and resolved bottlenecks of each initiative, stacked, most open at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bottlenecks per initiative"), parent)
        self.rows: list[BottleneckRow] = []
        self.open_set: QBarSet | None = None
        self.resolved_set: QBarSet | None = None

    def update_from(self, summary: DashboardSummary) -> None:
        rows = summary.bottlenecks[:MAX_INITIATIVES]
        # Horizontal bars run bottom to top: reversed, so the most open is the first one read.
        names = wrapped_categories([r.initiative_name for r in reversed(rows)], self, NAME_WIDTH)
        # A whole row of the page: as tall as its bars need, no taller. A name on two lines
        # needs a taller row (QtCharts cuts a label taller than its row down to one line).
        two_lines = any("<br>" in name for name in names)
        per_row = 2 * self.fontMetrics().lineSpacing() + 20 if two_lines else 38
        self.stack.setFixedHeight(max(FIGURE_HEIGHT // 2, 70 + per_row * len(rows)))
        if not rows:
            self.set_note("")
            self.show_empty(
                self.tr(
                    "No bottlenecks recorded yet: register them on an initiative's Bottlenecks "
                    "tab to follow them here."
                )
            )
            return
        hidden = len(summary.bottlenecks) - len(rows)
        self.set_note(
            self.tr("%n more initiative(s) with fewer open bottlenecks not shown.", "", hidden)
            if hidden > 0
            else ""
        )
        self.rows = list(reversed(rows))
        self.open_set = QBarSet(self.tr("Open"))
        self.open_set.setColor(named_colour("open", self))
        self.resolved_set = QBarSet(self.tr("Resolved"))
        self.resolved_set.setColor(named_colour("resolved", self))
        series = QHorizontalStackedBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        fill_bars(
            self,
            series,
            names,
            [
                (self.open_set, [r.open for r in self.rows]),
                (self.resolved_set, [r.resolved for r in self.rows]),
            ],
            self._tooltip,
            self._target,
            stacked=True,
        )
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().show()
        self.show_figure()

    def _tooltip(self, _bar_set: QBarSet, index: int) -> str:
        row = self.rows[index]
        text = (
            self.tr("%1\nOpen: %2 · Resolved: %3")
            .replace("%1", row.initiative_name)
            .replace("%2", _n(row.open))
            .replace("%3", _n(row.resolved))
        )
        if row.dropped:
            # Dropped ones have no bar: say so, with the total, so the figures add up to the
            # initiative's register.
            text += (
                "\n"
                + self.tr("%n dropped", "", row.dropped)
                + "\n"
                + self.tr("%n bottleneck(s) in all", "", row.total)
            )
        return text + "\n" + self.tr("Click to open its bottlenecks register.")

    def _target(self, _bar_set: QBarSet, index: int) -> tuple[str, dict]:
        return "initiative", {"initiative_id": self.rows[index].initiative_id, "tab": "bottlenecks"}


class ActorTypeChart(ChartPanel):
    """Active participations by the actor type of the organization taking part, the most
    represented type at the top (every type has a bar, zero included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation by actor type"), parent)
        self.types: list[ActorType] = []
        self.counts: dict[ActorType, ActorTypeParticipation] = {}
        self.bar_set: QBarSet | None = None

    def update_from(self, summary: DashboardSummary) -> None:
        counts = self.counts = summary.participation_by_actor_type
        if not any(c.participations for c in counts.values()):
            self.set_note("")
            self.show_empty(
                self.tr(
                    "No one takes part in an initiative yet: add participants to an initiative "
                    "to see who sits at the table."
                )
            )
            return
        self.set_note(self.tr("Active participations in initiatives, by type of organization."))
        # Most participations first (ties in the enumeration's order), read from the top: bars
        # run bottom to top, so the list is reversed.
        ranked = sorted(ActorType, key=lambda t: -counts[t].participations)
        self.types = list(reversed(ranked))
        self.bar_set = QBarSet(self.tr("Participations"))
        self.bar_set.setColor(named_colour("actor", self))
        series = QHorizontalBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        fill_bars(
            self,
            series,
            [label(t) for t in self.types],
            [(self.bar_set, [counts[t].participations for t in self.types])],
            self._tooltip,
            lambda _s, i: ("organizations", {"actor_type": self.types[i].value}),
        )
        self.chart.legend().hide()
        self.show_figure()

    def _tooltip(self, _bar_set: QBarSet, index: int) -> str:
        actor_type = self.types[index]
        found = self.counts[actor_type]
        return (
            self.tr("%1: %n active participation(s)", "", found.participations).replace(
                "%1", label(actor_type)
            )
            + "\n"
            + self.tr("held by %n organization(s).", "", found.organizations)
            + "\n"
            + self.tr("Click to list the organizations of this type.")
        )


class GenderChart(ChartPanel):
    """Active participations held by a person, by that person's gender."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation by gender"), parent)
        self.donut = Donut(self)

    def update_from(self, summary: DashboardSummary) -> None:
        counts = summary.participation_by_gender
        total = sum(counts.values())
        if total == 0:
            self.set_note("")
            self.show_empty(
                self.tr(
                    "No participant has a person recorded yet: add who represents each "
                    "organization in an initiative to see participation by gender."
                )
            )
            return
        self.set_note(self.tr("Active participations held by a person."))
        figures = []
        for gender in GENDER_ORDER:
            n = counts.get(gender, 0)
            name = label(gender) if gender is not None else self.tr("Not recorded")
            tip = (
                self.tr("%1: %n participation(s) (%2). Click to list these people.", "", n)
                .replace("%1", name)
                .replace("%2", _percent(n, total))
            )
            figures.append(
                Figure(
                    name,
                    n,
                    gender_colour(gender, self),
                    tip,
                    ("people", {"gender": gender.value if gender is not None else ""}),
                )
            )
        self.donut.fill(figures, _n(total))
        self.show_figure()
