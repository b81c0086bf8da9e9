"""People found in the directory, each with a tick box: the results of the dialog that
invites several people to a meeting; those already invited say so and cannot be ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from agencydesk.domain.records import PersonRecord
from agencydesk.ui.widgets.plain_text import plain

Index = QModelIndex | QPersistentModelIndex

_HEADERS = (
    QT_TRANSLATE_NOOP("PersonChoiceModel", "Person"),
    QT_TRANSLATE_NOOP("PersonChoiceModel", "Organization"),
    QT_TRANSLATE_NOOP("PersonChoiceModel", "Position"),
    QT_TRANSLATE_NOOP("PersonChoiceModel", "Invitation"),
)

ALREADY_INVITED = ("PersonChoiceModel", QT_TRANSLATE_NOOP("PersonChoiceModel", "Already invited"))


class PersonChoiceModel(QAbstractTableModel):
    """People found in the directory with a tick box; those already invited cannot be
    ticked and say so. ``toggled(person_id, ticked)``."""

    toggled = Signal(int, bool)

    def __init__(self, invited: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[PersonRecord] = []
        self._ticked: set[int] = set()
        self._invited = set(invited)

    def set_rows(self, records: list[PersonRecord], ticked: set[int]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._ticked = set(ticked)
        self.endResetModel()

    def is_invited(self, person_id: int) -> bool:
        return person_id in self._invited

    def set_ticked(self, person_id: int, ticked: bool) -> None:
        if ticked and person_id not in self._invited:
            self._ticked.add(person_id)
        else:
            self._ticked.discard(person_id)
        for row, record in enumerate(self._records):
            if record.id == person_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def record_at(self, row: int) -> PersonRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("PersonChoiceModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        invited = record.id in self._invited
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and not invited:
            ticked = record.id in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and invited:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column, invited)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self._text(record, column, invited))  # as typed, never as HTML
        return None

    @staticmethod
    def _text(record: PersonRecord, column: int, invited: bool) -> str:
        if column == 0:
            return record.full_name
        if column == 1:
            return record.organization_name or ""
        if column == 2:
            return record.draft.position or ""
        if column == 3:
            return QCoreApplication.translate(*ALREADY_INVITED) if invited else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if record.id in self._invited:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_ticked(record.id, ticked)
        self.toggled.emit(record.id, ticked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        record = self.record_at(index.row())
        if index.column() == 0 and record is not None and record.id not in self._invited:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
