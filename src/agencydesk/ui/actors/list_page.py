"""What the Organizations and People tabs share: a search box and filters over a lazy table,
and a side panel for the selected record.

Instantiated only through subclasses, so strings here use ``QCoreApplication.translate`` with
the literal context "ListPage" (``self.tr`` would use the subclass's name as context).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import TerritoryRecord
from agencydesk.ui.actors.filter_combo import FilterCombo
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import RecordOps, WriteContext
from agencydesk.ui.widgets import current_enum, fill_enum_combo
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.table_model import LazyTableModel, set_column_widths

SEARCH_DELAY_MS = 150
"""Typing pauses shorter than this do not run a query (one query per word, not per key)."""


class ListPage(QWidget):
    """Subclasses build ``self.side`` pages and implement the record-specific methods."""

    def __init__(
        self, context: WriteContext, model: LazyTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self._current_id: int | None = None
        self._restoring = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        search_label = QLabel(QCoreApplication.translate("ListPage", "&Search:"), self)
        search_label.setBuddy(self.search)
        # Filters shrink (text elided) before the toolbar widens the page; see FilterCombo.
        self.actor_type_filter = FilterCombo(self)
        fill_enum_combo(
            self.actor_type_filter,
            ActorType,
            QCoreApplication.translate("ListPage", "All actor types"),
        )
        self.level_filter = FilterCombo(self)
        fill_enum_combo(
            self.level_filter,
            GovernmentLevel,
            QCoreApplication.translate("ListPage", "All government levels"),
        )
        self.territory_filter = FilterCombo(self, max_chars=18)
        self.territory_filter.addItem(
            QCoreApplication.translate("ListPage", "All territories"), None
        )
        for combo, name in (
            (self.actor_type_filter, QCoreApplication.translate("ListPage", "Actor type filter")),
            (self.level_filter, QCoreApplication.translate("ListPage", "Government level filter")),
            (
                self.territory_filter,
                QCoreApplication.translate(
                    "ListPage", "Territory filter (includes the places within it)"
                ),
            ),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button = QPushButton(self)
        self.export_button = QPushButton(QCoreApplication.translate("ListPage", "E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "ListPage", "Save the rows of the list, as searched and filtered, to Excel or CSV"
            )
        )
        self.count_label = QLabel(self)
        self.extra_filters: dict[str, QComboBox] = {}

        toolbar = QHBoxLayout()
        self._toolbar = toolbar
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.actor_type_filter)
        toolbar.addWidget(self.level_filter)
        toolbar.addWidget(self.territory_filter)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self._setup_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.count_label)
        self.side = QStackedWidget(self)
        self.side.setMinimumWidth(380)
        self.hint = QLabel(self.side)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.side.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 480])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.search, self.actor_type_filter)
        QWidget.setTabOrder(self.actor_type_filter, self.level_filter)
        QWidget.setTabOrder(self.level_filter, self.territory_filter)
        QWidget.setTabOrder(self.territory_filter, self.new_button)
        QWidget.setTabOrder(self.new_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.view)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.new_button.clicked.connect(self.new_record)
        self.export_button.clicked.connect(self.export_rows)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        rows = view.verticalHeader()
        rows.hide()
        # Fixed row heights: with 100,000 rows Qt must never measure each one.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(max(self.model.sort_column(), 0), Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        set_column_widths(view, self.model)

    # --- list ------------------------------------------------------------------------------

    def add_filter(self, key: str, combo: QComboBox) -> None:
        """A subclass's own filter combo (item data None means "all"), placed before the New
        button; it takes part in filters(), clear_filters() and show_filtered(). Make it a
        FilterCombo, so the toolbar still fits a laptop screen."""
        self.extra_filters[key] = combo
        self._toolbar.insertWidget(self._toolbar.indexOf(self.new_button), combo)
        QWidget.setTabOrder(self.territory_filter, combo)
        QWidget.setTabOrder(combo, self.new_button)
        combo.currentIndexChanged.connect(self.apply_filters)

    def _filter_combos(self) -> dict[str, QComboBox]:
        return {
            "actor_type": self.actor_type_filter,
            "government_level": self.level_filter,
            "territory_id": self.territory_filter,
            **self.extra_filters,
        }

    def filters(self) -> dict[str, object]:
        chosen = {
            "actor_type": current_enum(self.actor_type_filter, ActorType),
            "government_level": current_enum(self.level_filter, GovernmentLevel),
            "territory_id": self.territory_filter.currentData(),
        }
        chosen.update({key: combo.currentData() for key, combo in self.extra_filters.items()})
        return {key: value for key, value in chosen.items() if value is not None}

    def show_filtered(self, **filters: object) -> None:
        """Show the list with exactly these filters (by item data) and no search text: the
        dashboard's figures lead here."""
        for key, combo in self._filter_combos().items():
            wanted = filters.get(key)
            wanted = wanted.value if isinstance(wanted, StrEnum) else wanted
            index = combo.findData(wanted) if key in filters else 0
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip() or self.filters())

    def apply_filters(self) -> None:
        """Run the search now (the search box calls this after a short pause in typing)."""
        self._debounce.stop()
        try:
            self.model.set_search(self.search.text(), self.filters())
        except UserError as exc:
            # E.g. the database is busy: say so above the list, keep what was shown.
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()

    def clear_filters(self) -> None:
        self.show_filtered()

    def set_territories(self, territories: list[TerritoryRecord]) -> None:
        fill_territory_combo(
            self.territory_filter,
            territories,
            QCoreApplication.translate("ListPage", "All territories"),
        )

    def refresh(self) -> None:
        """Read the list and the side panel again, keeping search, sort and selection."""
        self.apply_filters()
        self.reload_side()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_id(self, record_id: int, clear_filters_if_hidden: bool = False) -> bool:
        """Select (and scroll to) a record; False when the current filters hide it."""
        row = self.model.row_of(record_id)
        if row is None and clear_filters_if_hidden and self.is_filtered():
            self.clear_filters()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            if self.selected_id() is None:
                self.select_row(0)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.count_text(count, self.is_filtered()))
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(self.empty_text(self.is_filtered()))
        header = self.view.horizontalHeader()
        column = self.model.sort_column()
        if column >= 0:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        if self._current_id is not None:
            row = self.model.row_of(self._current_id)
            if row is not None:
                self._restoring = True
                try:
                    self.select_row(row)
                finally:
                    self._restoring = False

    def _selection_changed(self, *_args: object) -> None:
        if self._restoring:
            return
        new_id = self.selected_id()
        if new_id is None or new_id == self._current_id:
            return
        if not self.confirm_leave():
            self._restoring = True
            try:
                row = self.model.row_of(self._current_id) if self._current_id else None
                if row is not None:
                    self.select_row(row)
                else:
                    self.view.selectionModel().clearSelection()
            finally:
                self._restoring = False
            return
        self._current_id = new_id
        self.show_record(new_id)

    def current_id(self) -> int | None:
        """The record the side panel is about (None: nothing, or a new one)."""
        return self._current_id

    def set_current(self, record_id: int | None) -> None:
        self._current_id = record_id

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.export_title(), self.model)

    # --- for subclasses --------------------------------------------------------------------

    def export_title(self) -> str:
        """The list's name, for the exported file's name and its sheet."""
        raise NotImplementedError

    def count_text(self, count: int, filtered: bool) -> str:
        raise NotImplementedError

    def empty_text(self, filtered: bool) -> str:
        raise NotImplementedError

    def confirm_leave(self) -> bool:
        """Whether the side panel may show something else (asks about unsaved edits)."""
        return True

    def show_record(self, record_id: int) -> None:
        raise NotImplementedError

    def reload_side(self) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def open_current(self) -> None:
        raise NotImplementedError

    def save_current(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        """The Delete key: only when the list has the keyboard focus (in a text field the key
        deletes text)."""
        if self.view.hasFocus() and self.selected_id() is not None:
            self.delete_current()

    def delete_current(self) -> None:
        raise NotImplementedError

    def delete_record(self, record_id: int | None, ops: RecordOps, title: str, undo: str) -> None:
        """Delete a record the user chose, as every list does it: refuse with a sentence when
        others use it, otherwise ask (default No), delete, and push an undoable command.

        ``undo`` is the undo-menu text, with %1 for the record's name.
        """
        if record_id is None:
            return
        row = self.selected_row()
        if not delete_with_undo(self, self.context, record_id, ops, title, undo):
            return
        self.set_current(None)
        self.side.setCurrentWidget(self.hint)
        if row is not None:
            self.select_row(min(row, self.model.rowCount() - 1))
