"""Inviting people who are not (only) the initiative's participants: several from the
directory at once, or a new person created on the spot without leaving the meeting."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.attendance import Invitee
from agencydesk.domain.enums import Gender, Representation
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import ListQuery, PersonDraft, PersonRecord
from agencydesk.domain.validation import clean_person, person_errors
from agencydesk.services.actors import ActorsService
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.meetings.person_choices import ALREADY_INVITED, PersonChoiceModel
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.widgets import FieldMessage, current_enum, fill_enum_combo

Index = QModelIndex | QPersistentModelIndex
SHOWN = 200
"""Search results listed at most; typing narrows them (the directory may hold thousands)."""


class _ResultsView(QTableView):
    """Enter ticks the current person instead of closing the dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class InvitePeopleDialog(QDialog):
    """Search the directory and tick several people; ``invitees()`` after ``exec()``."""

    def __init__(
        self, actors: ActorsService, invited: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite from the directory"))
        self._actors = actors
        self._chosen: dict[int, PersonRecord] = {}  # in the order they were ticked

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, position, e-mail, phone or ID"))
        search_label = QLabel(self.tr("&Search the directory:"), self)
        search_label.setBuddy(self.search)
        self.results = PersonChoiceModel(invited, self)
        self.results_view = _ResultsView(self)
        self.results_view.setModel(self.results)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setWordWrap(False)
        self.results_view.setTabKeyNavigation(False)
        self.results_view.verticalHeader().hide()
        self.results_view.verticalHeader().setDefaultSectionSize(
            self.results_view.fontMetrics().height() + 10
        )
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.results_view.fontMetrics()
        char = metrics.averageCharWidth()
        self.results_view.setColumnWidth(0, 30 * char)
        self.results_view.setColumnWidth(2, 26 * char)
        already = metrics.horizontalAdvance(QCoreApplication.translate(*ALREADY_INVITED))
        self.results_view.setColumnWidth(3, max(already, 12 * char) + 16)
        self.results_note = QLabel(self)
        self.results_note.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.results_note.setEnabled(False)

        self.chosen_title = QLabel(self)
        font = self.chosen_title.font()
        font.setBold(True)
        self.chosen_title.setFont(font)
        self.chosen_view = QListWidget(self)
        self.chosen_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen_title.setBuddy(self.chosen_view)
        self.remove_button = QPushButton(self.tr("&Remove from the selection"), self)
        self.representation = QComboBox(self)
        fill_enum_combo(self.representation, Representation, None)
        representation_label = QLabel(self.tr("They sit &as:"), self)
        representation_label.setBuddy(self.representation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_title, 1)
        chosen_row.addWidget(self.remove_button)
        representation_row = QHBoxLayout()
        representation_row.addWidget(representation_label)
        representation_row.addWidget(self.representation)
        representation_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.results_view, 3)
        layout.addWidget(self.results_note)
        layout.addLayout(chosen_row)
        layout.addWidget(self.chosen_view, 1)
        layout.addLayout(representation_row)
        layout.addWidget(self.buttons)
        self.resize(860, 620)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.results.toggled.connect(self._toggled)
        self.results_view.activated.connect(self._toggle_row)
        self.remove_button.clicked.connect(self._remove_selected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.run_search()
        self._update_state()

    def run_search(self) -> None:
        self._debounce.stop()
        try:
            ids = self._actors.person_ids(ListQuery(text=self.search.text(), sort="full_name"))
            records = self._actors.people(ids[:SHOWN])
        except UserError as exc:
            self.results_note.setText(user_error_text(exc))
            return
        self.results.set_rows(records, set(self._chosen))
        if len(ids) > SHOWN:
            self.results_note.setText(
                self.tr("Showing the first %1 of %2 people: type to narrow the list.")
                .replace("%1", str(SHOWN))
                .replace("%2", str(len(ids)))
            )
        elif not ids:
            self.results_note.setText(
                self.tr("Nobody in the directory matches. Close and use “New person…” to add them.")
            )
        else:
            self.results_note.setText(
                self.tr("Tick the people to invite: click the box, or press Space or Enter.")
            )

    def _toggle_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record = self.results.record_at(index.row())
        if record is not None and not self.results.is_invited(record.id):
            ticked = record.id not in self._chosen
            self.results.set_ticked(record.id, ticked)
            self._toggled(record.id, ticked)

    def tick(self, person_id: int) -> None:
        """Tick a person of the results (tests and keyboard users)."""
        if not self.results.is_invited(person_id):
            self.results.set_ticked(person_id, True)
            self._toggled(person_id, True)

    def _toggled(self, person_id: int, ticked: bool) -> None:
        if ticked and person_id not in self._chosen:
            try:
                found = self._actors.people([person_id])
            except UserError:
                found = []
            if not found:
                return
            record = found[0]
            self._chosen[person_id] = record
            detail = record.organization_name or self.tr("no organization")
            item = QListWidgetItem(f"{record.full_name} — {detail}")
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.chosen_view.addItem(item)
        elif not ticked and person_id in self._chosen:
            del self._chosen[person_id]
            for row in range(self.chosen_view.count()):
                if self.chosen_view.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                    self.chosen_view.takeItem(row)
                    break
        self._update_state()

    def _remove_selected(self) -> None:
        for item in self.chosen_view.selectedItems():
            person_id = int(item.data(Qt.ItemDataRole.UserRole))
            self.results.set_ticked(person_id, False)
            self._toggled(person_id, False)

    def _update_state(self) -> None:
        n = len(self._chosen)
        self.chosen_title.setText(self.tr("&Selected: %n person(s)", "", n))
        self.remove_button.setEnabled(n > 0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Invite %n person(s)", "", n) if n else self.tr("&Invite"))
        ok.setEnabled(n > 0)

    def invitees(self) -> list[Invitee]:
        representation = current_enum(self.representation, Representation) or Representation.TITULAR
        return [
            Invitee(record.id, record.draft.organization_id, representation)
            for record in self._chosen.values()
        ]


class NewPersonDialog(QDialog):
    """Name, organization and position of someone not yet in the directory; ``draft()``."""

    def __init__(self, actors: ActorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite a new person"))
        self._actors = actors
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(self.tr("Required"))
        self.name_message = FieldMessage(self)
        self.organization = OrgPicker(actors, self)
        self.organization_message = FieldMessage(self)
        self.position = QLineEdit(self)
        self.gender = QComboBox(self)
        fill_enum_combo(self.gender, Gender, self.tr("Not recorded"))
        self.gender.setToolTip(self.tr("Optional: the attendance counts show it"))
        intro = QLabel(
            self.tr(
                "The person is added to the directory and invited to this meeting. "
                "Their other details can be completed later under Actors."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        for caption, field, message in (
            (self.tr("&Full name:"), self.full_name, self.name_message),
            (self.tr("Or&ganization:"), self.organization, self.organization_message),
            (self.tr("Pos&ition:"), self.position, None),
            (self.tr("Gen&der:"), self.gender, None),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(field)
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(field)
            if message is not None:
                cell_layout.addWidget(message)
            form.addRow(caption_label, cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Create and invite")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

        self._touched: set[str] = set()
        self.full_name.textChanged.connect(lambda _t: self._changed("full_name"))
        self.full_name.editingFinished.connect(self._check_namesakes)
        self.organization.textChanged.connect(lambda _t: self._changed(None))
        self.organization.editingFinished.connect(lambda: self._changed("organization_id"))
        self.organization.chosen.connect(lambda: self._changed("organization_id"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._update_state()

    def draft(self) -> PersonDraft:
        return clean_person(
            PersonDraft(
                full_name=self.full_name.text(),
                organization_id=self.organization.organization_id(),
                position=self.position.text(),
                gender=current_enum(self.gender, Gender),
            )
        )

    def errors(self) -> dict[str, str]:
        errors = person_errors(self.draft())
        if self.organization.is_unresolved():
            errors["organization_id"] = "choose_organization"
        return errors

    def _changed(self, key: str | None) -> None:
        if key is not None:
            self._touched.add(key)
        if key == "full_name" and self.name_message.kind() == "warning":
            self.name_message.clear()  # said of the name before this edit
        self._update_state()

    def _update_state(self) -> None:
        errors = self.errors()
        for key, message in (
            ("full_name", self.name_message),
            ("organization_id", self.organization_message),
        ):
            code = errors.get(key)
            if code is None or key not in self._touched:
                if message.kind() == "error":
                    message.clear()
                continue
            if code == "choose_organization":
                message.show_error(
                    self.tr("Choose an organization from the list, or leave the field empty.")
                )
            else:
                message.show_error(field_error_text(code))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        self._fit()

    def _fit(self) -> None:
        """Grow to show the messages under the fields (wrapped text: a window's minimum
        size does not follow it by itself)."""
        layout = self.layout()
        layout.activate()
        wanted = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _check_namesakes(self) -> None:
        """Someone with this name may already be in the directory: say so (not an error:
        namesakes exist), so the user can invite them instead of creating a duplicate."""
        name = self.draft().full_name
        if not name or "full_name" in self.errors():
            return
        try:
            ids = self._actors.person_ids(ListQuery(text=name))[:5]
            same = [
                p for p in self._actors.people(ids) if p.full_name.casefold() == name.casefold()
            ]
        except UserError:
            return
        if same:
            where = same[0].organization_name or self.tr("no organization")
            self.name_message.show_warning(
                self.tr(
                    "%1 (%2) is already in the directory: to invite them, use "
                    "“From the directory…” instead."
                )
                .replace("%1", same[0].full_name)
                .replace("%2", where)
            )
            self._fit()

    def _accept(self) -> None:
        self._touched.update({"full_name", "organization_id"})
        self._update_state()
        if not self.errors():
            self.accept()
