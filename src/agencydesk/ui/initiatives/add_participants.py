"""Adding several participants at once: search the directory, tick organizations (and
optionally one person each), choose role, representation and start date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActorType, ParticipationRole, Representation
from agencydesk.domain.errors import UserError
from agencydesk.domain.initiatives import ParticipationDraft
from agencydesk.domain.records import ListQuery, OrganizationRecord
from agencydesk.services.actors import ActorsService
from agencydesk.ui.initiatives.organization_choices import OrganizationChoiceModel
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.widgets import (
    DateField,
    FieldMessage,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

SHOWN = 200
"""Search results listed at most; typing narrows them (the directory may hold thousands)."""


class _ResultsView(QTableView):
    """Enter ticks the current organization instead of closing the dialog (a table view
    lets Enter through to the dialog's default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class AddParticipantsDialog(QDialog):
    """``drafts()`` after ``exec()`` is accepted: one participation per ticked organization."""

    def __init__(
        self,
        actors: ActorsService,
        initiative_id: int,
        present: dict[int, str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add participants"))
        self._actors = actors
        self._initiative_id = initiative_id
        self._present = present
        self._chosen: dict[int, OrganizationRecord] = {}  # in the order they were ticked

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, acronym, tax ID or sector"))
        search_label = QLabel(self.tr("&Search the directory:"), self)
        search_label.setBuddy(self.search)
        self.actor_type = QComboBox(self)
        fill_enum_combo(self.actor_type, ActorType, self.tr("All actor types"))
        self.actor_type.setAccessibleName(self.tr("Actor type filter"))
        self.results = OrganizationChoiceModel(self)
        self.results_view = self._results_view()
        self.results_note = QLabel(self)
        self.results_note.setEnabled(False)

        self.chosen_title = QLabel(self)
        font = self.chosen_title.font()
        font.setBold(True)
        self.chosen_title.setFont(font)
        self.chosen_view = QTableWidget(0, 2, self)
        self.chosen_view.setHorizontalHeaderLabels(
            [self.tr("Organization"), self.tr("Person (optional)")]
        )
        self.chosen_view.verticalHeader().hide()
        self.chosen_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chosen_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chosen_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chosen_title.setBuddy(self.chosen_view)
        self.remove_button = QPushButton(self.tr("&Remove from the selection"), self)
        self.remove_button.clicked.connect(self._remove_selected)

        self.role = QComboBox(self)
        fill_enum_combo(self.role, ParticipationRole, None)
        set_current_enum(self.role, ParticipationRole.MEMBER)
        self.representation = QComboBox(self)
        fill_enum_combo(self.representation, Representation, None)
        self.since = DateField(self)
        self.since.set_date(today)
        self.since_message = FieldMessage(self)
        since_cell = QWidget(self)
        since_layout = QVBoxLayout(since_cell)
        since_layout.setContentsMargins(0, 0, 0, 0)
        since_layout.addWidget(self.since)
        since_layout.addWidget(self.since_message)
        # One row: the lists above get the height.
        form = QHBoxLayout()
        for caption, field in (
            (self.tr("R&ole:"), self.role),
            (self.tr("Re&presentation:"), self.representation),
            (self.tr("Sin&ce:"), since_cell),
        ):
            field_label = QLabel(caption, self)
            field_label.setBuddy(self.since if field is since_cell else field)
            field_label.setMinimumHeight(self.role.sizeHint().height())
            form.addWidget(field_label, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(field, 1, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.actor_type)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_title, 1)
        chosen_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.results_view, 3)
        layout.addWidget(self.results_note)
        layout.addLayout(chosen_row)
        layout.addWidget(self.chosen_view, 2)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(860, 640)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.actor_type.currentIndexChanged.connect(self.run_search)
        self.results.toggled.connect(self._toggled)
        self.results_view.activated.connect(self._toggle_row)
        self.since.changed.connect(self._update_state)
        self.run_search()
        self._update_state()

    def _results_view(self) -> QTableView:
        view = _ResultsView(self)
        view.setModel(self.results)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = view.fontMetrics().averageCharWidth()
        for column, chars in ((1, 14), (2, 16), (3, 20)):
            view.setColumnWidth(column, chars * char + 12)
        return view

    # --- searching -------------------------------------------------------------------------

    def run_search(self) -> None:
        self._debounce.stop()
        actor_type = current_enum(self.actor_type, ActorType)
        query = ListQuery(
            text=self.search.text(),
            filters={"actor_type": actor_type} if actor_type else {},
        )
        try:
            ids = self._actors.organization_ids(query)
            records = self._actors.organizations(ids[:SHOWN])
        except UserError as exc:
            self.results_note.setText(user_error_text(exc))
            return
        self.results.set_rows(records, set(self._chosen), self._present)
        if len(ids) > SHOWN:
            self.results_note.setText(
                self.tr("Showing the first %1 of %2 organizations: type to narrow the list.")
                .replace("%1", str(SHOWN))
                .replace("%2", str(len(ids)))
            )
        elif not ids:
            self.results_note.setText(self.tr("No organization matches the search."))
        else:
            self.results_note.setText(
                self.tr("Tick the organizations to add: click the box, or press Space or Enter.")
            )

    def _toggle_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record = self.results.record_at(index.row())
        if record is not None:
            ticked = record.id not in self._chosen
            self.results.set_ticked(record.id, ticked)
            self._toggled(record.id, ticked)

    # --- the selection ---------------------------------------------------------------------

    def _toggled(self, org_id: int, ticked: bool) -> None:
        if ticked and org_id not in self._chosen:
            try:
                found = self._actors.organizations([org_id])
            except UserError:
                found = []
            if not found:
                return
            self._chosen[org_id] = found[0]
            self._add_chosen_row(found[0])
        elif not ticked and org_id in self._chosen:
            del self._chosen[org_id]
            for row in range(self.chosen_view.rowCount()):
                if self.chosen_view.item(row, 0).data(Qt.ItemDataRole.UserRole) == org_id:
                    self.chosen_view.removeRow(row)
                    break
        self._update_state()

    def _add_chosen_row(self, record: OrganizationRecord) -> None:
        row = self.chosen_view.rowCount()
        self.chosen_view.insertRow(row)
        item = QTableWidgetItem(record.name)
        item.setData(Qt.ItemDataRole.UserRole, record.id)
        item.setToolTip(record.name)
        self.chosen_view.setItem(row, 0, item)
        person = QComboBox()
        person.addItem(self.tr("No specific person"), None)
        try:
            people = self._actors.people_of(record.id)
        except UserError:
            people = []
        for p in people:
            person.addItem(
                f"{p.full_name} — {p.draft.position}" if p.draft.position else p.full_name, p.id
            )
        person.setAccessibleName(self.tr("Person for %1").replace("%1", record.name))
        self.chosen_view.setCellWidget(row, 1, person)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.chosen_view.selectedIndexes()}, reverse=True)
        for row in rows:
            org_id = self.chosen_view.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.results.set_ticked(org_id, False)
            self._toggled(org_id, False)

    def _update_state(self) -> None:
        n = len(self._chosen)
        self.chosen_title.setText(self.tr("&Selected: %n organization(s)", "", n))
        self.remove_button.setEnabled(n > 0)
        error = None if self.since.is_valid() else "bad_date"
        if error:
            self.since_message.show_error(field_error_text(error))
        else:
            self.since_message.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add %n participant(s)", "", n) if n else self.tr("&Add"))
        ok.setEnabled(n > 0 and error is None)

    # --- result ----------------------------------------------------------------------------

    def choose_person(self, org_id: int, person_id: int | None) -> None:
        """Pick the person of a ticked organization (tests and keyboard users)."""
        for row in range(self.chosen_view.rowCount()):
            if self.chosen_view.item(row, 0).data(Qt.ItemDataRole.UserRole) == org_id:
                combo = self.chosen_view.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(max(combo.findData(person_id), 0))

    def drafts(self) -> list[ParticipationDraft]:
        role = current_enum(self.role, ParticipationRole) or ParticipationRole.MEMBER
        representation = current_enum(self.representation, Representation)
        drafts = []
        for row in range(self.chosen_view.rowCount()):
            org_id = self.chosen_view.item(row, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.chosen_view.cellWidget(row, 1)
            person_id = combo.currentData() if isinstance(combo, QComboBox) else None
            drafts.append(
                ParticipationDraft(
                    initiative_id=self._initiative_id,
                    organization_id=int(org_id),
                    person_id=person_id,
                    role=role,
                    representation=representation or Representation.TITULAR,
                    since=self.since.date(),
                )
            )
        return drafts
