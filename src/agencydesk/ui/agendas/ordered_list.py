"""An ordered list the user adds to, edits in place, deletes from and reorders: an agenda's
strategic goals, management goals, and priority sectors.

The widget never writes: it asks (signals carrying the item's id) and the area writes through
the service and the undo stack, then hands the widget the list as it now is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agencydesk.ui.widgets.table_model import ID_ROLE
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon

Index = QModelIndex | QPersistentModelIndex


class OrderedTextModel(QAbstractListModel):
    """Records with an ``id``, shown numbered ("2. text"); editing asks, it does not write.

    ``edit_requested(id, text)`` is emitted for a changed, non-empty text; the list shows the
    new text at once and is replaced when the area hands it the saved records.
    """

    edit_requested = Signal(int, str)

    def __init__(self, text_of: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_of = text_of
        self._records: list[Any] = []
        self._texts: list[str] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._texts = [self._text_of(r) for r in self._records]
        self.endResetModel()

    def record_at(self, row: int) -> Any | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {self._texts[row]}"
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[row]
        if role == ID_ROLE:
            return self._records[row].id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        if not 0 <= row < len(self._records):
            return False
        text = " ".join(str(value or "").split())
        # An emptied text would delete by accident: keep the old one (Delete is explicit).
        if not text or text == self._texts[row]:
            return False
        self._texts[row] = text
        self.dataChanged.emit(index, index)
        self.edit_requested.emit(self._records[row].id, text)
        return True


class OrderedListEditor(QWidget):
    """A titled, numbered list with a line to add an item and buttons to edit, delete and
    move the selected one (Alt+Up / Alt+Down move it too; F2 or a double-click edits)."""

    add_requested = Signal(str)
    edit_requested = Signal(int, str)
    delete_requested = Signal(int)
    move_requested = Signal(int, str)  # id, "up" | "down"

    def __init__(
        self,
        title: str,
        placeholder: str,
        empty_text: str,
        text_of: Callable[[Any], str],
        parent: QWidget | None = None,
        *,
        hint: str = "",
    ) -> None:
        """``placeholder``: a few words that fit the narrowest list ("New sector or value
        chain"); ``hint``: the whole sentence, in the tooltip ("…, then Enter")."""
        super().__init__(parent)
        self.select_next: int | None = None
        """The item to select when the list is next set (one just added)."""
        self.model = OrderedTextModel(text_of, self)
        # Queued: the write resets this model, which must not happen inside the editor's commit.
        self.model.edit_requested.connect(self.edit_requested, Qt.ConnectionType.QueuedConnection)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAccessibleName(title.replace("&", ""))
        self.title.setBuddy(self.view)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(placeholder)
        self.new_text.setAccessibleName(placeholder)
        self.new_text.setToolTip(hint or placeholder)
        self.new_text.setAccessibleDescription(hint)
        self.new_text.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected item in place (F2)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        # The style's arrows are near-black, lost on a dark palette: in the text's colour.
        self.up_button = QPushButton(self.tr("Up"), self)
        TintedStandardIcon(self.up_button, QStyle.StandardPixmap.SP_ArrowUp)
        self.up_button.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        TintedStandardIcon(self.down_button, QStyle.StandardPixmap.SP_ArrowDown)
        self.down_button.setToolTip(self.tr("Move the selected item down (Alt+Down)"))

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addLayout(add_row)

        for keys, direction in (("Alt+Up", "up"), ("Alt+Down", "down")):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=direction: self.move_current(d))
        self.new_text.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.new_text.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current("up"))
        self.down_button.clicked.connect(lambda: self.move_current("down"))
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.set_records([])

    # --- content -----------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any], select_id: int | None = None) -> None:
        """Show ``records``, keeping the selected item selected (or selecting ``select_id``)."""
        keep = select_id or self.select_next or self.current_id()
        self.select_next = None
        row = self.view.currentIndex().row()
        self.model.set_records(records)
        has_rows = bool(records)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        new_row = self.model.row_of(keep) if keep is not None else None
        if new_row is None and keep is not None and has_rows and row >= 0:
            new_row = min(row, len(records) - 1)  # the selected one went away: its neighbour
        if new_row is not None:
            self.select_row(new_row)
        self._update_buttons()

    def current_id(self) -> int | None:
        record = self.model.record_at(self.view.currentIndex().row())
        return record.id if record is not None else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def added(self) -> None:
        """The item typed in was saved: empty the line for the next one."""
        self.new_text.clear()

    def has_focus_inside(self) -> bool:
        return self.view.hasFocus()

    # --- actions -----------------------------------------------------------------------------

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.edit(index)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.delete_requested.emit(record_id)

    def move_current(self, direction: str) -> None:
        row = self.view.currentIndex().row()
        record_id = self.current_id()
        if record_id is None:
            return
        if (direction == "up" and row == 0) or (
            direction == "down" and row == self.model.rowCount() - 1
        ):
            return
        self.move_requested.emit(record_id, direction)

    def _add(self) -> None:
        text = self.new_text.text().strip()
        if text:
            self.add_requested.emit(text)

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        selected = row >= 0
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < self.model.rowCount() - 1)
