"""Choosing the person responsible for an agreement: one of the responsible institution's
people from a short list, or anyone from the directory (someone seconded, a consultant)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.services.actors import ActorsService
from agencydesk.ui.widgets.person_picker import PersonPicker

_OTHER = -1  # the combo's last entry: search the whole directory


class ResponsiblePerson(QWidget):
    """A combo of the institution's people; its last entry opens a directory search below.

    ``changed`` after every change; ``picked_from_directory(person_id)`` when someone is
    chosen in the search (the dialog may fill an empty institution with theirs).
    """

    changed = Signal()
    picked_from_directory = Signal(int)

    def __init__(self, actors: ActorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actors = actors
        self._org_id: int | None = None
        self._extra: dict[int, str] = {}  # people from elsewhere in the directory, kept listed
        self._filling = False
        self.combo = QComboBox(self)
        self.combo.setObjectName("responsiblePersonCombo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.search = PersonPicker(actors, self)
        self.search.setObjectName("responsiblePersonSearch")
        self.search.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.search)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.search.chosen.connect(self._searched)
        self.search.textChanged.connect(lambda _t: self.changed.emit())
        self._fill(None)

    # --- value -----------------------------------------------------------------------------

    def person_id(self) -> int | None:
        data = self.combo.currentData()
        return None if data in (None, _OTHER) else int(data)

    def set_person(self, person_id: int | None, name: str | None) -> None:
        if person_id is not None and self.combo.findData(person_id) < 0:
            self._extra[person_id] = name or "?"
            self._fill(person_id)
        self._select(person_id)

    def set_organization(self, org_id: int | None) -> None:
        """List ``org_id``'s people (the chosen person stays chosen, listed apart if needed)."""
        if org_id == self._org_id:
            return
        current = self.person_id()
        if current is not None and current not in self._extra:
            self._extra[current] = self.combo.currentText()
        self._org_id = org_id
        self._fill(current)

    def is_unresolved(self) -> bool:
        """A name typed in the directory search and not chosen from its list."""
        return self.search.isVisible() and self.search.is_unresolved()

    def setReadOnly(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)
        if read_only:
            self.search.hide()

    # --- the list --------------------------------------------------------------------------

    def _fill(self, keep: int | None) -> None:
        people = []
        if self._org_id is not None:
            try:
                people = self._actors.people_of(self._org_id)
            except UserError:
                people = []
        own = {p.id for p in people}
        self._filling = True
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("No specific person"), None)
            for person in people:
                self.combo.addItem(person.full_name, person.id)
            for person_id, name in self._extra.items():
                if person_id not in own:
                    self.combo.addItem(name, person_id)
            self.combo.addItem(self.tr("Someone else, from the directory…"), _OTHER)
        finally:
            self._filling = False
        self._select(keep)

    def _select(self, person_id: int | None) -> None:
        self._filling = True
        try:
            self.combo.setCurrentIndex(max(self.combo.findData(person_id), 0))
        finally:
            self._filling = False
        self.search.hide()
        self.changed.emit()

    def _combo_changed(self, _index: int) -> None:
        if self._filling:
            return
        if self.combo.currentData() == _OTHER:
            self.search.clear()
            self.search.show()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.hide()
        self.changed.emit()

    def _searched(self) -> None:
        person_id = self.search.person_id()
        if person_id is None:
            self.changed.emit()
            return
        self._extra[person_id] = self.search.text()
        self._fill(person_id)
        self.picked_from_directory.emit(person_id)
