"""An organization's page: its fields, its people and the initiatives it takes part in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ParticipationRole
from agencydesk.domain.records import OrganizationRecord, ParticipationSummary, PersonRecord
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.table_model import Column, RecordListModel, set_column_widths


def _role(summary: ParticipationSummary) -> str:
    try:
        return label(ParticipationRole(summary.role))
    except ValueError:
        return summary.role


PEOPLE_COLUMNS: list[Column[PersonRecord]] = [
    Column("full_name", QT_TRANSLATE_NOOP("OrganizationDetail", "Name"), lambda p: p.full_name, 22),
    Column(
        "position",
        QT_TRANSLATE_NOOP("OrganizationDetail", "Position"),
        lambda p: p.draft.position,
        16,
    ),
    Column("email", QT_TRANSLATE_NOOP("OrganizationDetail", "E-mail"), lambda p: p.draft.email, 18),
    Column("phone", QT_TRANSLATE_NOOP("OrganizationDetail", "Phone"), lambda p: p.draft.phone, 12),
]

INITIATIVE_COLUMNS: list[Column[ParticipationSummary]] = [
    Column(
        None, QT_TRANSLATE_NOOP("OrganizationDetail", "Initiative"), lambda s: s.initiative_name, 26
    ),
    Column(None, QT_TRANSLATE_NOOP("OrganizationDetail", "Role"), _role, 14),
    Column(None, QT_TRANSLATE_NOOP("OrganizationDetail", "Since"), lambda s: s.since, 11),
    Column(None, QT_TRANSLATE_NOOP("OrganizationDetail", "Until"), lambda s: s.until, 11),
]


def _small_table(model: RecordListModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    set_column_widths(view, model)
    # The first column (a name) takes the room left: names matter more than phone numbers.
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class OrganizationDetail(QWidget):
    """Read-only; ``edit_requested`` / ``delete_requested`` for the buttons,
    ``person_requested(id)`` when a person is opened (double-click or Enter)."""

    edit_requested = Signal()
    delete_requested = Signal()
    person_requested = Signal(int)
    add_person_requested = Signal()
    initiative_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: OrganizationRecord | None = None
        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.subtitle, 1)
        buttons.addWidget(self.edit_button)
        self.history_button = HistoryButton(
            self,
            "organization",
            lambda: (self.record.id, self.record.name) if self.record else None,
        )
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)

        self.fields = QFormLayout()
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.people = RecordListModel(PEOPLE_COLUMNS, "OrganizationDetail", parent=self)
        self.people_view = _small_table(self.people)
        self.people_view.activated.connect(self._person_activated)
        self.people_title = self._section_title()
        self.people_empty = QLabel(self.tr("No people are linked to this organization yet."))
        self.add_person_button = QPushButton(self.tr("&Add a person…"), self)
        self.add_person_button.setToolTip(
            self.tr("A new person in the People tab, already linked here")
        )
        self.add_person_button.clicked.connect(self.add_person_requested)
        people_header = QHBoxLayout()
        people_header.addWidget(self.people_title, 1)
        people_header.addWidget(self.add_person_button)
        self.initiatives = RecordListModel(
            INITIATIVE_COLUMNS, "OrganizationDetail", lambda s: s.initiative_id, parent=self
        )
        self.initiatives_view = _small_table(self.initiatives)
        self.initiatives_view.activated.connect(self._initiative_activated)
        self.initiatives_title = self._section_title()
        self.initiatives_empty = QLabel(
            self.tr("This organization does not take part in any initiative yet.")
        )
        self.people_title.setBuddy(self.people_view)
        self.initiatives_title.setBuddy(self.initiatives_view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(buttons)
        layout.addLayout(self.fields)
        layout.addSpacing(8)
        layout.addLayout(people_header)
        layout.addWidget(self.people_empty)
        layout.addWidget(self.people_view, 3)
        layout.addSpacing(8)
        layout.addWidget(self.initiatives_title)
        layout.addWidget(self.initiatives_empty)
        layout.addWidget(self.initiatives_view, 2)

    def _section_title(self) -> QLabel:
        title = QLabel(self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        return title

    def show_organization(
        self,
        record: OrganizationRecord,
        people: list[PersonRecord],
        initiatives: list[ParticipationSummary],
    ) -> None:
        self.record = record
        draft = record.draft
        self.name.setText(record.name)
        parts = [draft.short_name, label(draft.actor_type), label(draft.government_level)]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        while self.fields.rowCount():
            self.fields.removeRow(0)
        rows = [
            (self.tr("Sector:"), draft.sector),
            (self.tr("Tax ID:"), draft.tax_id),
            (self.tr("Territory:"), record.territory_name),
            (self.tr("Address:"), draft.address),
            (self.tr("Phone:"), draft.phone),
            (self.tr("E-mail:"), draft.email),
            (self.tr("Website:"), draft.website),
            (self.tr("Representative:"), draft.representative),
            (
                self.tr("Members:"),
                None if draft.members_count is None else str(draft.members_count),
            ),
            (self.tr("Registered on:"), format_date(draft.registered_on)),
            (self.tr("Notes:"), draft.notes),
        ]
        for caption, value in rows:
            if value:
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(caption, shown)
        self.people.set_records(people)
        self.people_title.setText(self.tr("Peop&le (%n)", "", len(people)))
        self.people_view.setVisible(bool(people))
        self.people_empty.setVisible(not people)
        self.initiatives.set_records(initiatives)
        self.initiatives_title.setText(self.tr("&Initiatives (%n)", "", len(initiatives)))
        self.initiatives_view.setVisible(bool(initiatives))
        self.initiatives_empty.setVisible(not initiatives)

    def _person_activated(self, index) -> None:
        person = self.people.record_at(index.row())
        if person is not None:
            self.person_requested.emit(person.id)

    def _initiative_activated(self, index) -> None:
        summary = self.initiatives.record_at(index.row())
        if summary is not None:
            self.initiative_requested.emit(summary.initiative_id)
