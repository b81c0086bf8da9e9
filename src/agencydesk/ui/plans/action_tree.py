"""The plan's actions as a tree: one row per axis (with its budget and progress), the axis's
actions under it. Status, progress and dates are edited in place through ``setData``, which
hands the change to a writer (the panel: service call and undo command) and shows the
written record at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plans import ActionRecord, AxisTotals, action_order, plan_totals
from agencydesk.ui.labels import label
from agencydesk.ui.plans.money import format_amount
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.table_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex

COL_CODE, COL_TITLE, COL_RESPONSIBLE, COL_START, COL_END, COL_BUDGET, COL_STATUS, COL_PROGRESS = (
    range(8)
)
EDITABLE = {
    COL_START: "start_date",
    COL_END: "end_date",
    COL_STATUS: "status",
    COL_PROGRESS: "progress_pct",
}
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10
"""``data(index, PROGRESS_ROLE)``: the progress 0–100 of an action or an axis (None: none)."""
AXIS_ROLE = Qt.ItemDataRole.UserRole + 11
"""The axis of the row (an axis row or one of its actions)."""

# A red that reads on light and dark backgrounds alike.
DELAYED_COLOR = QColor(204, 51, 51)

COLUMNS = 8

Writer = Callable[[int, dict[str, Any]], bool]
"""Writes ``{field: value}`` to action ``id``; True when written (it then calls
``replace_action``)."""


class _Axis:
    __slots__ = ("actions", "totals")

    def __init__(self, totals: AxisTotals, actions: list[ActionRecord]) -> None:
        self.totals = totals
        self.actions = actions


class ActionTreeModel(QAbstractItemModel):
    def __init__(self, write: Writer | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._write = write
        self._axes: list[_Axis] = []
        self.currency = ""

    # --- content ---------------------------------------------------------------------------

    def set_actions(self, actions: Sequence[ActionRecord], currency: str = "") -> None:
        """Show ``actions``. When the rows stay the same (an edit, an undo) the cells are
        updated in place, so the view keeps its expanded axes, selection and open editor."""
        ordered = sorted(actions, key=action_order)
        totals = plan_totals(ordered)
        axes, start = [], 0
        for axis_totals in totals.axes:
            axes.append(_Axis(axis_totals, ordered[start : start + axis_totals.actions]))
            start += axis_totals.actions
        same_shape = [(a.totals.axis, [r.id for r in a.actions]) for a in axes] == [
            (a.totals.axis, [r.id for r in a.actions]) for a in self._axes
        ]
        header_changed = currency != self.currency
        self.currency = currency
        if same_shape:
            self._axes = axes
            self._all_changed()
        else:
            self.beginResetModel()
            self._axes = axes
            self.endResetModel()
        if header_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_BUDGET, COL_BUDGET)

    def replace_action(self, record: ActionRecord) -> None:
        """Show the newly written ``record`` (same axis and code) and its axis's totals."""
        actions = [record if a.id == record.id else a for a in self.actions()]
        self.set_actions(actions, self.currency)

    def actions(self) -> list[ActionRecord]:
        return [action for axis in self._axes for action in axis.actions]

    def action(self, action_id: int) -> ActionRecord | None:
        return next((a for a in self.actions() if a.id == action_id), None)

    def axes(self) -> list[str | None]:
        return [axis.totals.axis for axis in self._axes]

    def action_at(self, index: Index) -> ActionRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._axes[index.internalId() - 1].actions[index.row()]

    def index_of(self, action_id: int, column: int = 0) -> QModelIndex:
        for axis_row, axis in enumerate(self._axes):
            for row, action in enumerate(axis.actions):
                if action.id == action_id:
                    return self.index(row, column, self.index(axis_row, 0))
        return QModelIndex()

    def _all_changed(self) -> None:
        last = COLUMNS - 1
        for axis_row, axis in enumerate(self._axes):
            parent = self.index(axis_row, 0)
            self.dataChanged.emit(parent, self.index(axis_row, last))
            if axis.actions:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(axis.actions) - 1, last, parent)
                )

    # --- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._axes) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        axis_row = parent.row()
        if axis_row >= len(self._axes) or row >= len(self._axes[axis_row].actions):
            return QModelIndex()
        return self.createIndex(row, column, axis_row + 1)

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._axes)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._axes[parent.row()].actions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.headers()[section]
            if section == COL_BUDGET and self.currency:
                return f"{text} ({self.currency})"
            return text
        return None

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Action"),
            self.tr("Responsible"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Budget"),
            self.tr("Status"),
            self.tr("Progress"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() in EDITABLE and self._write is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- cells -----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._axis_data(self._axes[index.row()].totals, index.column(), role)
        axis = self._axes[index.internalId() - 1]
        return self._action_data(axis.actions[index.row()], index.column(), role)

    def _axis_data(self, totals: AxisTotals, column: int, role: int) -> Any:
        name = totals.axis or self.tr("Without axis")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_TITLE:
                return name
            if column == COL_CODE:
                return "" if role == Qt.ItemDataRole.DisplayRole else name
            if column == COL_RESPONSIBLE:
                return self.tr("%n action(s)", "", totals.actions) if totals.actions else ""
            if column == COL_BUDGET:
                return format_amount(totals.budget)
            if column == COL_PROGRESS:
                return "" if totals.progress is None else f"{totals.progress}%"
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BUDGET:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == PROGRESS_ROLE and column == COL_PROGRESS:
            return totals.progress
        if role == AXIS_ROLE:
            return totals.axis
        return None

    def _action_data(self, action: ActionRecord, column: int, role: int) -> Any:
        d = action.draft
        if role == Qt.ItemDataRole.DisplayRole:
            return self._action_text(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if action.delayed and column in (COL_CODE, COL_END, COL_STATUS):
                return self.tr("Delayed: not done by its end date, or marked as delayed")
            if column == COL_TITLE and d.description:
                return f"{d.title}\n\n{d.description}"
            if column == COL_RESPONSIBLE:
                return action.responsible_name or ""
            return self._action_text(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == ID_ROLE:
            return action.id
        if role == AXIS_ROLE:
            return d.axis
        if role == PROGRESS_ROLE and column == COL_PROGRESS:
            return d.progress_pct
        if action.delayed:
            if role == Qt.ItemDataRole.ForegroundRole and column in (COL_END, COL_STATUS):
                return QBrush(DELAYED_COLOR)
            if role == Qt.ItemDataRole.DecorationRole and column == COL_CODE:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if d.status == ActionStatus.CANCELLED and role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setStrikeOut(True)
            return font if column == COL_TITLE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BUDGET:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _action_text(self, action: ActionRecord, column: int) -> str:
        d = action.draft
        match column:
            case 0:
                return d.code or ""
            case 1:
                return d.title
            case 2:
                return action.responsible_short or action.responsible_name or ""
            case 3:
                return format_date(d.start_date)
            case 4:
                return format_date(d.end_date)
            case 5:
                return format_amount(d.budget)
            case 6:
                return label(d.status)
            case 7:
                return f"{d.progress_pct}%"
        return ""

    @staticmethod
    def _edit_value(action: ActionRecord, column: int) -> Any:
        d = action.draft
        if column == COL_STATUS:
            return d.status.value
        if column == COL_PROGRESS:
            return d.progress_pct
        if column in (COL_START, COL_END):
            day = d.start_date if column == COL_START else d.end_date
            return day.isoformat() if day else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """``value``: a status code, a progress 0–100, or a date as ISO text ("" for none)."""
        action = self.action_at(index)
        if (
            action is None
            or role != Qt.ItemDataRole.EditRole
            or index.column() not in EDITABLE
            or self._write is None
        ):
            return False
        field = EDITABLE[index.column()]
        try:
            new = _parse(field, value)
        except (ValueError, TypeError):
            return False
        if getattr(action.draft, field) == new:
            return False
        return self._write(action.id, {field: new})


def _parse(field: str, value: Any) -> Any:
    if field == "status":
        return ActionStatus(str(value))
    if field == "progress_pct":
        return int(value)
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    return date.fromisoformat(text) if text else None
