"""The conflicts of an exchange: records changed here and in the other office since the last
exchange. For each, the fields that differ side by side, and the choice: keep this database's
version or take the other office's; or all of one side at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencydesk.services.exchange import Conflict, Decision
from agencydesk.ui.exchange.names import field_name, local_time, table_name, value_text

Key = tuple[str, str]
_CHANGED = QColor(255, 243, 205)  # the soft yellow of a changed cell


class ConflictsDialog(QDialog):
    """Edits a copy of the decisions; ``decided`` carries them on OK."""

    decided = Signal(object)  # dict[(table, uuid), Decision]

    def __init__(
        self,
        conflicts: Sequence[Conflict],
        decisions: Mapping[Key, Decision],
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.conflicts = list(conflicts)
        self._decisions: dict[Key, Decision] = dict(decisions)
        self._source = source

        intro = QLabel(
            self.tr(
                "These records were changed both here and by %1 since your last exchange. "
                "For each one, keep the version of this database or take theirs. A record "
                "you leave undecided keeps this database's version and is asked about again "
                "at the next exchange."
            ).replace("%1", source)
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicting records"))
        self.list.setMinimumWidth(260)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for conflict in self.conflicts:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, conflict.key)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)

        self.record = QLabel()
        bold = QFont(self.record.font())
        bold.setBold(True)
        self.record.setFont(bold)
        self.record.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.mine = QRadioButton(self.tr("Keep this database's version"))
        self.theirs = QRadioButton(self.tr("Take the version of %1").replace("%1", source))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.mine)
        self.choice.addButton(self.theirs)
        self.mine.toggled.connect(lambda on: on and self._decide(Decision.MINE))
        self.theirs.toggled.connect(lambda on: on and self._decide(Decision.THEIRS))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.record)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.mine)
        right_layout.addWidget(self.theirs)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.all_mine = QPushButton(self.tr("Keep all mine"))
        self.all_mine.clicked.connect(lambda: self._decide_all(Decision.MINE))
        self.all_theirs = QPushButton(self.tr("Take all theirs"))
        self.all_theirs.clicked.connect(lambda: self._decide_all(Decision.THEIRS))
        self.count = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_mine)
        bottom.addWidget(self.all_theirs)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(900, 520)
        self._refresh_items()
        if self.conflicts:
            self.list.setCurrentRow(0)

    # --- state -----------------------------------------------------------------------------

    def decisions(self) -> dict[Key, Decision]:
        return dict(self._decisions)

    def accept(self) -> None:
        self.decided.emit(self.decisions())
        super().accept()

    def _current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _decide(self, decision: Decision) -> None:
        conflict = self._current()
        if conflict is not None and self._decisions.get(conflict.key) is not decision:
            self._decisions[conflict.key] = decision
            self._refresh_items()

    def _decide_all(self, decision: Decision) -> None:
        for conflict in self.conflicts:
            self._decisions[conflict.key] = decision
        self._refresh_items()
        self._show(self.list.currentRow())

    def _state_text(self, decision: Decision | None) -> str:
        if decision is Decision.MINE:
            return self.tr("keep this database's")
        if decision is Decision.THEIRS:
            return self.tr("take theirs")
        return self.tr("not decided yet")

    def _refresh_items(self) -> None:
        for row, conflict in enumerate(self.conflicts):
            decision = self._decisions.get(conflict.key)
            item = self.list.item(row)
            item.setText(
                f"{conflict.label}\n{table_name(conflict.table)} · {self._state_text(decision)}"
            )
            item.setToolTip(conflict.label)
        decided = sum(1 for c in self.conflicts if c.key in self._decisions)
        self.count.setText(
            self.tr("%1 of %2 decided")
            .replace("%1", str(decided))
            .replace("%2", str(len(self.conflicts)))
        )

    # --- the record shown --------------------------------------------------------------------

    def _show(self, row: int) -> None:
        conflict = self._current()
        if conflict is None:
            return
        self.record.setText(f"{table_name(conflict.table)}: {conflict.label}")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self._side(self.tr("This database"), conflict.mine_updated_at),
                self._side(self._source, conflict.theirs_updated_at),
            ]
        )
        self.table.setRowCount(len(conflict.fields))
        empty = self.tr("(empty)")
        for r, diff in enumerate(conflict.fields):
            cells = [field_name(diff.field), value_text(diff.mine), value_text(diff.theirs)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text or empty)
                if c and not text:
                    item.setForeground(QBrush(QColor("gray")))
                if c:
                    item.setBackground(QBrush(_CHANGED))
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        decision = self._decisions.get(conflict.key)
        for button in (self.mine, self.theirs):
            button.blockSignals(True)
        self.choice.setExclusive(False)
        self.mine.setChecked(decision is Decision.MINE)
        self.theirs.setChecked(decision is Decision.THEIRS)
        self.choice.setExclusive(True)
        for button in (self.mine, self.theirs):
            button.blockSignals(False)

    def _side(self, who: str, when) -> str:
        if when is None:
            return who
        return self.tr("%1 (changed %2)").replace("%1", who).replace("%2", local_time(when))
