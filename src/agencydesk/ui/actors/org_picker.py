"""Choosing an organization by typing part of its name ("muni san" finds
"Municipalidad de San Isidro"): the database searches (accents folded), the completer only
shows what it found."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import NamedRef
from agencydesk.services.actors import ActorsService

_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class OrgPicker(QLineEdit):
    """A line edit that resolves to an organization id; ``chosen`` when it changes."""

    chosen = Signal()

    def __init__(self, actors: ActorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actors = actors
        self._id: int | None = None
        self._name = ""
        self.setPlaceholderText(self.tr("Type part of the name, then choose from the list"))
        self.setClearButtonEnabled(True)
        self.choices = QStandardItemModel(self)
        completer = QCompleter(self.choices, self)
        # The database already matched "jose" with "José": the completer must not filter again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(_NAME_ROLE)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(120)
        self._lookup.timeout.connect(self._refresh_choices)
        self.textEdited.connect(self._edited)

    # --- value -----------------------------------------------------------------------------

    def organization_id(self) -> int | None:
        return self._id

    def set_organization(self, org_id: int | None, name: str | None) -> None:
        self._id = org_id
        self._name = name or ""
        self.setText(self._name)
        self.chosen.emit()

    def is_unresolved(self) -> bool:
        """Text is typed but no organization was chosen for it."""
        return bool(self.text().strip()) and self._id is None

    def choose(self, ref: NamedRef) -> None:
        """Choose ``ref`` as if picked from the list."""
        self.set_organization(ref.id, ref.name)

    # --- typing ----------------------------------------------------------------------------

    def _edited(self, text: str) -> None:
        if self._id is not None and text != self._name:
            self._id = None
            self._name = ""
            self.chosen.emit()
        if not text.strip():
            self.choices.clear()
            if self._id is not None:
                self.set_organization(None, None)
            return
        self._lookup.start()

    def _refresh_choices(self) -> None:
        text = self.text()
        try:
            found = self._actors.organization_choices(text)
        except UserError:
            return
        self.choices.clear()
        for ref in found:
            shown = f"{ref.name} ({ref.detail})" if ref.detail else ref.name
            item = QStandardItem(shown)
            item.setData(ref.name, _NAME_ROLE)
            item.setData(ref.id, _ID_ROLE)
            item.setEditable(False)
            self.choices.appendRow(item)
        completer = self.completer()
        if found and self.hasFocus():
            completer.setCompletionPrefix(text)
            completer.complete()
        else:
            completer.popup().hide()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        org_id = index.data(_ID_ROLE)
        if org_id is None:
            return
        self.set_organization(int(org_id), str(index.data(_NAME_ROLE)))
