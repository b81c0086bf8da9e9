"""An initiative's page: a compact header (its name, one line of facts, its objective; "More"
shows every field) and tabs (participants, bottlenecks, plan, meetings)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import InitiativeKind
from agencydesk.domain.initiatives import InitiativeRecord
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.initiatives.participants_tab import ParticipantsTab
from agencydesk.ui.initiatives.undo import InitiativesContext
from agencydesk.ui.labels import label
from agencydesk.ui.reports.buttons import initiative_button
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.elided_label import ElidedLabel
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon


def _value_label() -> QLabel:
    shown = QLabel()
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class InitiativePage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, context: InitiativesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: InitiativeRecord | None = None
        self.back_button = QPushButton(self.tr("Back to the list"), self)
        TintedStandardIcon(self.back_button, QStyle.StandardPixmap.SP_ArrowBack)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(
            self.tr("Back to the list (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Back).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_requested)
        self.name = ElidedLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        # The whole header in two lines, so the tabs below keep the room (a plan of twenty
        # actions on a laptop screen); "More" shows every field in full.
        self.more_button = QToolButton(self)
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.toggled.connect(self._show_details)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.name, 1)
        top.addWidget(self.more_button)
        self.pdf_button = initiative_button(self, lambda: self.record.id if self.record else None)
        top.addWidget(self.pdf_button)
        self.history_button = HistoryButton(
            self, "initiative", lambda: (self.record.id, self.record.name) if self.record else None
        )
        top.addWidget(self.history_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.facts = ElidedLabel(self)
        self.facts.setObjectName("initiativeFacts")
        self.objective_line = ElidedLabel(self)
        self.objective_line.setObjectName("initiativeObjective")
        self.objective_line_caption = QLabel(self.tr("Objective:"), self)
        objective_line_row = QHBoxLayout()
        objective_line_row.addWidget(self.objective_line_caption)
        objective_line_row.addWidget(self.objective_line, 1)
        self.compact = QWidget(self)
        compact_layout = QVBoxLayout(self.compact)
        compact_layout.setContentsMargins(0, 0, 0, 0)
        compact_layout.setSpacing(2)
        compact_layout.addWidget(self.facts)
        compact_layout.addLayout(objective_line_row)

        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.values = {
            key: _value_label()
            for key in (
                "territory",
                "agenda",
                "sector",
                "started_on",
                "convener",
                "coordinator",
            )
        }
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Territory:"), self.values["territory"])
        left.addRow(self.tr("Agenda:"), self.values["agenda"])
        left.addRow(self.tr("Sector:"), self.values["sector"])
        right.addRow(self.tr("Convener:"), self.values["convener"])
        right.addRow(self.tr("Coordinator:"), self.values["coordinator"])
        right.addRow(self.tr("Started on:"), self.values["started_on"])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        self.objective = _value_label()
        self.objective_caption = QLabel(self.tr("Objective:"), self)
        objective_row = QHBoxLayout()
        objective_row.addWidget(self.objective_caption, 0, Qt.AlignmentFlag.AlignTop)
        objective_row.addWidget(self.objective, 1)
        self.details = QWidget(self)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.subtitle)
        details_layout.addLayout(columns)
        details_layout.addLayout(objective_row)

        self.tabs = QTabWidget(self)
        self.participants = ParticipantsTab(context, self.tabs)
        self.tabs.addTab(self.participants, "")
        self._panels: dict[str, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.compact)
        layout.addWidget(self.details)
        layout.addSpacing(2)
        layout.addWidget(self.tabs, 1)
        self._show_details(False)

    def add_panel(self, key: str, panel: QWidget) -> None:
        """Host another helper's tab (``bottlenecks``, ``plan``, ``meetings``); a panel with
        a ``counted`` signal retitles its tab when its count changes."""
        self._panels[key] = panel
        self.tabs.addTab(panel, "")
        if hasattr(panel, "counted"):
            panel.counted.connect(lambda _n: self._retitle_tabs())
        self._retitle_tabs()

    def panels(self) -> dict[str, QWidget]:
        return dict(self._panels)

    def tab_widget(self, key: str) -> QWidget | None:
        return self.participants if key == "participants" else self._panels.get(key)

    def show_record(self, record: InitiativeRecord) -> None:
        self.record = record
        draft = record.draft
        self.name.set_full_text(record.name)
        parts = [label(draft.kind)]
        if draft.kind == InitiativeKind.EXECUTIVE_TABLE and draft.focus is not None:
            parts.append(self.tr("focus: %1").replace("%1", label(draft.focus)))
        parts.append(label(draft.status))
        self.subtitle.setText(" · ".join(parts))
        dash = "—"
        fields = {
            "territory": record.territory_name,
            "agenda": record.agenda_title,
            "sector": draft.sector,
            "convener": record.convener_name,
            "coordinator": record.coordinator_name,
            "started_on": format_date(draft.started_on),
        }
        for key, value in fields.items():
            self.values[key].setText(value or dash)
        self.objective.setText(draft.objective or dash)
        self._show_compact(parts, fields, draft.objective or dash)
        self._retitle_tabs()

    def _show_compact(self, kind: list[str], fields: dict[str, str | None], objective: str) -> None:
        """One line of facts, the most telling first (the agenda's long title goes last, so
        it is what gets cut); the tooltip lists them all, one a line."""
        captions = {
            "territory": self.tr("Territory:"),
            "agenda": self.tr("Agenda:"),
            "sector": self.tr("Sector:"),
            "convener": self.tr("Convener:"),
            "coordinator": self.tr("Coordinator:"),
            "started_on": self.tr("Started on:"),
        }
        plain = [fields[k] for k in ("territory", "sector") if fields[k]]
        captioned = [
            f"{captions[k]} {fields[k]}"
            for k in ("convener", "coordinator", "started_on", "agenda")
            if fields[k]
        ]
        tooltip = "\n".join(f"{captions[k]} {v}" for k, v in fields.items() if v)
        self.facts.set_full_text(" · ".join([*kind, *plain, *captioned]), tooltip)
        self.objective_line.set_full_text(objective)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.compact.setVisible(not shown)
        self.more_button.setText(self.tr("Less") if shown else self.tr("More"))
        self.more_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

    def _retitle_tabs(self) -> None:
        record = self.record
        participants = record.participants_count if record else 0
        self.tabs.setTabText(0, self.tr("&Participants (%n)", "", participants))
        for key, panel in self._panels.items():
            index = self.tabs.indexOf(panel)
            if key == "bottlenecks":
                open_count = record.open_bottlenecks if record else 0
                self.tabs.setTabText(index, self.tr("&Bottlenecks (%n open)", "", open_count))
            elif key == "plan":
                self.tabs.setTabText(index, self.tr("Pl&an"))
            elif key == "meetings":
                count = panel.meetings_count() if hasattr(panel, "meetings_count") else 0
                self.tabs.setTabText(index, self.tr("&Meetings (%n)", "", count))
