"""The top of a plan's panel: its title, what it belongs to, period, status, version, budget,
and its progress as a bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agencydesk.domain.plans import PlanRecord
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.labels import label
from agencydesk.ui.plans.money import format_money
from agencydesk.ui.reports.buttons import plan_button
from agencydesk.ui.widgets import ProgressBar, format_date, percent_text

NBSP = "\u00a0"


def _unbroken(text: str) -> str:
    """``text`` kept on one line: "16 actions" must not wrap between the number and the noun."""
    return text.replace(" ", NBSP)


class PlanHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("plan_title_label")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("plan_facts")
        self.facts_label.setWordWrap(True)
        # The figure beside the bar, never over it (over the fill's edge it reads "4|1%").
        self.progress_bar = ProgressBar(self)
        self.progress_bar.setObjectName("plan_progress")
        self.progress_bar.setMinimumWidth(260)
        self.progress_bar.setAccessibleName(self.tr("Progress of the plan"))
        self.edit_button = QPushButton(self.tr("Ed&it plan…"), self)
        self.edit_button.setObjectName("edit_plan_button")
        self.plan_id: int | None = None
        self.plan_title = ""
        self.pdf_button = plan_button(self, lambda: self.plan_id)
        # No Alt+letter: on an initiative's Plan tab the initiative's History… has Alt+Y.
        self.history_button = HistoryButton(
            self, "action_plan", self._shown, self.tr("Plan history…")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.edit_button)
        text_box = QVBoxLayout()
        text_box.addWidget(self.title_label)
        text_box.addWidget(self.facts_label)
        side_box = QVBoxLayout()
        side_box.addWidget(self.progress_bar)
        side_box.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text_box, 1)
        layout.addLayout(side_box)

    def _shown(self) -> tuple[int, str] | None:
        return (self.plan_id, self.plan_title) if self.plan_id is not None else None

    def show_plan(self, plan: PlanRecord) -> None:
        d = plan.draft
        self.plan_id = plan.id
        self.plan_title = d.title
        self.title_label.setText(d.title)
        # The owner's long name may wrap; each other fact stays whole on its line.
        facts: list[str] = []
        if d.period_start or d.period_end:
            facts.append(f"{format_date(d.period_start)} – {format_date(d.period_end)}")
        facts.append(label(d.status))
        if d.approved_on:
            facts.append(self.tr("approved on %1").replace("%1", format_date(d.approved_on)))
        facts.append(self.tr("version %1").replace("%1", str(d.version)))
        facts.append(
            self.tr("budget %1").replace("%1", format_money(plan.budget_total, d.currency))
        )
        facts.append(self.tr("%n action(s)", "", plan.actions_count))
        shown = [plan.owner_name or "", *(_unbroken(f) for f in facts if f)]
        self.facts_label.setText(" · ".join(f for f in shown if f))
        if plan.progress is None:
            self.progress_bar.set_percent(None, self.tr("No progress yet"))
        else:
            done = self.tr("%p% done").replace("%p%", percent_text(plan.progress))
            self.progress_bar.set_percent(plan.progress, done)
