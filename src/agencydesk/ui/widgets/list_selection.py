"""What a searchable list page of records does with its selection, written once.

The agendas, initiatives and meetings lists each show records by id in a table under a search
box; they share the keyboard path "type, Enter (first row selected, focus to the table),
Enter (open it)" and how a row is selected and shown. The page supplies ``search``, ``view``,
``model`` (``id_at``, ``row_of``), ``apply_filters``, ``select_id`` and ``open_requested(int)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt


class IdListSelection:
    search: Any
    view: Any
    model: Any
    open_requested: Any

    def apply_filters(self) -> None:  # pragma: no cover - supplied by the page
        raise NotImplementedError

    def select_id(self, record_id: int) -> bool:  # pragma: no cover - supplied by the page
        raise NotImplementedError

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Make ``row`` the current and only selected row, scrolled into sight."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.open_requested.emit(record_id)

    def _search_entered(self) -> None:
        """Enter in the search box: search now, select the first row if none, go to the list."""
        self.apply_filters()
        if self.model.rowCount():
            first = self.model.id_at(0)
            if self.selected_id() is None and first is not None:
                self.select_id(first)  # the page's own way (it may remember the choice)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
