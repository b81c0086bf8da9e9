"""The list of initiatives and mesas: search, filters by kind, status, territory and agenda."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import InitiativeKind, InitiativeStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.initiatives import InitiativeRecord
from agencydesk.domain.records import NamedRef, TerritoryRecord
from agencydesk.ui.actors.list_page import SEARCH_DELAY_MS
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.initiatives.undo import InitiativesContext
from agencydesk.ui.labels import label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import current_enum, fill_enum_combo, set_current_enum
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.list_selection import IdListSelection
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, set_column_widths

_C = "InitiativeColumns"
COLUMNS: list[Column[InitiativeRecord]] = [
    Column("name", QT_TRANSLATE_NOOP("InitiativeColumns", "Name"), lambda r: r.name, 50),
    Column("kind", QT_TRANSLATE_NOOP("InitiativeColumns", "Kind"), lambda r: r.draft.kind, 30),
    Column("status", QT_TRANSLATE_NOOP("InitiativeColumns", "Status"), lambda r: r.draft.status, 9),
    Column(
        "territory",
        QT_TRANSLATE_NOOP("InitiativeColumns", "Territory"),
        lambda r: r.territory_name,
        18,
    ),
    Column(
        "agenda", QT_TRANSLATE_NOOP("InitiativeColumns", "Agenda"), lambda r: r.agenda_title, 36
    ),
    Column(
        "participants",
        QT_TRANSLATE_NOOP("InitiativeColumns", "Participants"),
        lambda r: r.participants_count,
        6,
        numeric=True,
    ),
    Column(
        "open_bottlenecks",
        QT_TRANSLATE_NOOP("InitiativeColumns", "Open bottlenecks"),
        lambda r: r.open_bottlenecks,
        6,
        numeric=True,
    ),
]


class InitiativesListPage(IdListSelection, QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, context: InitiativesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        service = context.initiatives
        self.model = LazyTableModel(
            COLUMNS, service.initiative_ids, service.initiatives, _C, "name", parent=self
        )
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.setPlaceholderText(self.tr("Name or sector"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.kind_filter = QComboBox(self)
        fill_enum_combo(self.kind_filter, InitiativeKind, self.tr("All kinds"))
        self.status_filter = QComboBox(self)
        fill_enum_combo(self.status_filter, InitiativeStatus, self.tr("All statuses"))
        self.territory_filter = QComboBox(self)
        self.territory_filter.addItem(self.tr("All territories"), None)
        self.agenda_filter = QComboBox(self)
        self.agenda_filter.addItem(self.tr("All agendas"), None)
        # Narrow enough for a 1280-pixel window in every language (the open list shows the
        # whole labels).
        for combo, chars in (
            (self.kind_filter, 14),
            (self.status_filter, 10),
            (self.territory_filter, 14),
            (self.agenda_filter, 18),
        ):
            combo.setMinimumContentsLength(chars)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        for combo, name in (
            (self.kind_filter, self.tr("Kind filter")),
            (self.status_filter, self.tr("Status filter")),
            (self.territory_filter, self.tr("Territory filter (includes the places within it)")),
            (self.agenda_filter, self.tr("Agenda filter")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button = QPushButton(self.tr("&New initiative"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Save the rows of the list, as searched and filtered, to Excel or CSV")
        )
        self.export_button.clicked.connect(self.export_rows)

        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search, 2)
        toolbar.addWidget(self.kind_filter)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.territory_filter, 1)
        toolbar.addWidget(self.agenda_filter, 1)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self._setup_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.count_label = QLabel(self)
        self.open_hint = QLabel(self.tr("Double-click an initiative, or press Enter, to open it."))
        self.open_hint.setEnabled(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.open_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.view.activated.connect(self._activated)
        self.model.modelReset.connect(self._after_reset)
        self._remembered: int | None = None  # selected again after every reload

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        set_column_widths(view, self.model)
        # Kind and status as wide as their longest label in this language; the counts as
        # their header, wrapped on two lines ("Open / bottlenecks"). The name and the agenda
        # (long titles) share the rest, cut with "…" and whole in the tooltip.
        metrics = view.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        for column, enum_cls in ((1, InitiativeKind), (2, InitiativeStatus)):
            widest = max(metrics.horizontalAdvance(label(m)) for m in enum_cls)
            view.setColumnWidth(column, max(widest + pad, header.sectionSizeHint(column)))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header_metrics = header.fontMetrics()
        for column in (5, 6):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((header_metrics.horizontalAdvance(w) for w in title.split()), default=0)
            half = header_metrics.horizontalAdvance(title) // 2
            view.setColumnWidth(column, max(words, half) + pad * 2)
        header.setMinimumHeight(header_metrics.lineSpacing() * 2 + 8)
        self.long_columns = LongColumns(view, [0, 4])

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Initiatives"), self.model)

    # --- filters ---------------------------------------------------------------------------

    def filters(self) -> dict[str, object]:
        chosen = {
            "kind": current_enum(self.kind_filter, InitiativeKind),
            "status": current_enum(self.status_filter, InitiativeStatus),
            "territory_id": self.territory_filter.currentData(),
            "agenda_id": self.agenda_filter.currentData(),
        }
        return {key: value for key, value in chosen.items() if value is not None}

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip() or self.filters())

    def apply_filters(self) -> None:
        self._debounce.stop()
        try:
            self.model.set_search(self.search.text(), self.filters())
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()

    def set_filters(self, text: str = "", **filters: object) -> None:
        """Show the list with exactly these filters (others cleared): ``kind``, ``status``,
        ``territory_id``, ``agenda_id``."""
        combos = (self.kind_filter, self.status_filter, self.territory_filter, self.agenda_filter)
        for combo in combos:
            combo.blockSignals(True)
        set_current_enum(self.kind_filter, _enum(InitiativeKind, filters.get("kind")))
        set_current_enum(self.status_filter, _enum(InitiativeStatus, filters.get("status")))
        for combo, key in (
            (self.territory_filter, "territory_id"),
            (self.agenda_filter, "agenda_id"),
        ):
            value = filters.get(key)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        for combo in combos:
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.apply_filters()

    def set_choices(self, territories: list[TerritoryRecord], agendas: list[NamedRef]) -> None:
        fill_territory_combo(self.territory_filter, territories, self.tr("All territories"))
        combo = self.agenda_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All agendas"), None)
        for ref in agendas:
            combo.addItem(ref.name, ref.id)
            combo.setItemData(combo.count() - 1, ref.name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    # --- selection -------------------------------------------------------------------------

    def select_id(self, record_id: int) -> bool:
        self._remembered = record_id
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        filtered = self.is_filtered()
        if filtered:
            self.count_label.setText(self.tr("%n initiative(s) found", "", count))
        else:
            self.count_label.setText(self.tr("%n initiative(s)", "", count))
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(
            self.tr("No initiative matches the search or the filters.")
            if filtered
            else self.tr(
                "There are no initiatives yet. Create the first one with “New initiative”."
            )
        )
        column = self.model.sort_column()
        if column >= 0:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                column,
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
        if self._remembered is not None:
            self.select_id(self._remembered)


def _enum(enum_cls: type[StrEnum], value: object) -> StrEnum | None:
    """A filter value given as a member or its code."""
    return None if value is None else enum_cls(str(value))
