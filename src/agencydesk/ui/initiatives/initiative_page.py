"""An initiative's page: a header with its fields, and tabs (participants, bottlenecks, plan)."""

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
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import InitiativeKind
from agencydesk.domain.initiatives import InitiativeRecord
from agencydesk.ui.initiatives.participants_tab import ParticipantsTab
from agencydesk.ui.initiatives.undo import InitiativesContext
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.date_field import format_date


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
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
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
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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

        self.tabs = QTabWidget(self)
        self.participants = ParticipantsTab(context, self.tabs)
        self.tabs.addTab(self.participants, "")
        self._panels: dict[str, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns)
        layout.addLayout(objective_row)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

    def add_panel(self, key: str, panel: QWidget) -> None:
        """Host another helper's tab (``bottlenecks``, ``plan``)."""
        self._panels[key] = panel
        self.tabs.addTab(panel, "")
        self._retitle_tabs()

    def panels(self) -> dict[str, QWidget]:
        return dict(self._panels)

    def tab_widget(self, key: str) -> QWidget | None:
        return self.participants if key == "participants" else self._panels.get(key)

    def show_record(self, record: InitiativeRecord) -> None:
        self.record = record
        draft = record.draft
        self.name.setText(record.name)
        parts = [label(draft.kind)]
        if draft.kind == InitiativeKind.EXECUTIVE_TABLE and draft.focus is not None:
            parts.append(self.tr("focus: %1").replace("%1", label(draft.focus)))
        parts.append(label(draft.status))
        self.subtitle.setText(" · ".join(parts))
        dash = "—"
        self.values["territory"].setText(record.territory_name or dash)
        self.values["agenda"].setText(record.agenda_title or dash)
        self.values["sector"].setText(draft.sector or dash)
        self.values["convener"].setText(record.convener_name or dash)
        self.values["coordinator"].setText(record.coordinator_name or dash)
        self.values["started_on"].setText(format_date(draft.started_on) or dash)
        self.objective.setText(draft.objective or dash)
        self._retitle_tabs()

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
