"""Organizations found in the directory, each with a tick box: the add-participants dialog's
results."""

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

from agencydesk.domain.records import OrganizationRecord
from agencydesk.ui.labels import label

Index = QModelIndex | QPersistentModelIndex

_HEADERS = (
    QT_TRANSLATE_NOOP("OrganizationChoiceModel", "Organization"),
    QT_TRANSLATE_NOOP("OrganizationChoiceModel", "Actor type"),
    QT_TRANSLATE_NOOP("OrganizationChoiceModel", "Territory"),
    QT_TRANSLATE_NOOP("OrganizationChoiceModel", "Already takes part as"),
)


class OrganizationChoiceModel(QAbstractTableModel):
    """Search results with a tick box in the first column; ``toggled(id, ticked)``."""

    toggled = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[OrganizationRecord] = []
        self._ticked: set[int] = set()
        self._present: dict[int, str] = {}

    def set_rows(
        self, records: list[OrganizationRecord], ticked: set[int], present: dict[int, str]
    ) -> None:
        """``present``: organization id → the roles it already has here, as text."""
        self.beginResetModel()
        self._records = list(records)
        self._ticked = set(ticked)
        self._present = dict(present)
        self.endResetModel()

    def set_ticked(self, org_id: int, ticked: bool) -> None:
        if ticked:
            self._ticked.add(org_id)
        else:
            self._ticked.discard(org_id)
        for row, record in enumerate(self._records):
            if record.id == org_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def record_at(self, row: int) -> OrganizationRecord | None:
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
            return QCoreApplication.translate("OrganizationChoiceModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = record.id in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                short = record.draft.short_name
                return f"{record.name} ({short})" if short else record.name
            if column == 1:
                return label(record.draft.actor_type)
            if column == 2:
                return record.territory_name or ""
            if column == 3:
                return self._present.get(record.id, "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_ticked(record.id, ticked)
        self.toggled.emit(record.id, ticked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
