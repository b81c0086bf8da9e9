"""Cell painters and in-place editors of the plan's tree and the plan lists: a progress bar
(edited with a 0–100 spin box), a status combo and a date editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agencydesk.domain.enums import ActionStatus
from agencydesk.ui.plans.action_tree import PROGRESS_ROLE
from agencydesk.ui.widgets import ProgressBarDelegate, fill_enum_combo

Index = QModelIndex | QPersistentModelIndex

# QDateEdit cannot be empty: its minimum date stands for "no date" and shows as a dash.
NO_DATE = QDate(1900, 1, 1)


def _progress_of(index: Index) -> int | None:
    value = index.data(PROGRESS_ROLE)
    if value is None:
        # Lists over plain table models give the number as text ("41" or "41%").
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").rstrip("%").strip()
        value = int(text) if text.isdigit() else None
    return None if value is None else max(0, min(100, int(value)))


class ProgressDelegate(ProgressBarDelegate):
    """Paints a progress bar with its figure beside it; edits with a spin box when the model
    allows editing."""

    def value_at(self, index: Index) -> int | None:
        return _progress_of(index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix("%")
        editor.setAccessibleName(self.tr("Progress"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(_progress_of(index) or 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StatusDelegate(QStyledItemDelegate):
    """An action's status chosen from a combo of translated labels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        fill_enum_combo(editor, ActionStatus, None)
        editor.setAccessibleName(self.tr("Status"))
        # Choosing an item is the whole edit: write it at once, as a spreadsheet would.
        editor.activated.connect(lambda _i: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date typed day first or picked on a calendar; the model takes ISO text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat("dd/MM/yyyy")
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText("—")
        editor.setAccessibleName(self.tr("Date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if text:
            day = date.fromisoformat(text)
            editor.setDate(QDate(day.year, day.month, day.day))
        else:
            editor.setDate(NO_DATE)
            # The calendar opens on today rather than on 1900.
            editor.calendarWidget().setSelectedDate(QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        editor.interpretText()
        picked = editor.date()
        value = "" if picked == NO_DATE else date(picked.year(), picked.month(), picked.day())
        model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.EditRole)
