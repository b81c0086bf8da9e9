"""The list of agendas: search by title (accents folded), filters by status and territory."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
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

from agencydesk.domain.agendas import AgendaRecord
from agencydesk.domain.enums import AgendaStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import TerritoryRecord
from agencydesk.services.agendas import AgendasService
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.agendas.progress import ProgressDelegate, percent_text
from agencydesk.ui.labels import label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import current_enum, fill_enum_combo, format_date
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.list_selection import IdListSelection
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, set_column_widths

SEARCH_DELAY_MS = 150


def period_text(start: date | None, end: date | None) -> str:
    """ "01/01/2025 – 31/12/2030"; one side may be open."""
    if start is None and end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}".strip()


COLUMNS: list[Column[AgendaRecord]] = [
    Column("title", QT_TRANSLATE_NOOP("AgendaColumns", "Title"), lambda a: a.title, 46),
    Column(
        "territory", QT_TRANSLATE_NOOP("AgendaColumns", "Territory"), lambda a: a.territory_name, 18
    ),
    Column(
        "period",
        QT_TRANSLATE_NOOP("AgendaColumns", "Period"),
        lambda a: period_text(a.draft.period_start, a.draft.period_end),
        28,
    ),
    Column("status", QT_TRANSLATE_NOOP("AgendaColumns", "Status"), lambda a: a.draft.status, 12),
    Column(
        "convener", QT_TRANSLATE_NOOP("AgendaColumns", "Convener"), lambda a: a.convener_name, 30
    ),
    Column(
        "progress",
        QT_TRANSLATE_NOOP("AgendaColumns", "Progress"),
        lambda a: percent_text(a.progress),
        16,
        numeric=True,
        kind="percent",
        export=lambda a: a.progress,
    ),
]
PROGRESS_COLUMN = len(COLUMNS) - 1


class AgendaListPage(IdListSelection, QWidget):
    open_requested = Signal(int)
    """An agenda was chosen (double-click or Enter)."""

    def __init__(self, agendas: AgendasService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LazyTableModel(
            COLUMNS, agendas.agenda_ids, agendas.agendas, "AgendaColumns", "title", parent=self
        )
        self._selected: int | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setPlaceholderText(self.tr("Words of the title"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.status_filter = QComboBox(self)
        fill_enum_combo(self.status_filter, AgendaStatus, self.tr("All statuses"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.setToolTip(self.tr("Status filter"))
        self.territory_filter = QComboBox(self)
        self.territory_filter.addItem(self.tr("All territories"), None)
        self.territory_filter.setMinimumContentsLength(18)
        self.territory_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        territory_tip = self.tr("Territory filter (includes the places within it)")
        self.territory_filter.setAccessibleName(territory_tip)
        self.territory_filter.setToolTip(territory_tip)
        self.new_button = QPushButton(self.tr("&New agenda"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Save the rows of the list, as searched and filtered, to Excel or CSV")
        )
        self.export_button.clicked.connect(self.export_rows)
        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search, 2)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.territory_filter, 1)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self._setup_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.count_label = QLabel(self)
        self.open_hint = QLabel(
            self.tr("Double-click an agenda, or press Enter, to open its page.")
        )
        self.open_hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.status_filter, self.territory_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
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
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        set_column_widths(view, self.model)
        # Short columns as wide as what they hold in this language; the title and the
        # convener (long names) share the rest, cut with "…" and whole in the tooltip.
        metrics = view.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        for column, widest in (
            (3, max(metrics.horizontalAdvance(label(status)) for status in AgendaStatus)),
            (2, metrics.horizontalAdvance(period_text(date(2000, 10, 10), date(2000, 10, 10)))),
        ):
            header_width = header.sectionSizeHint(column)
            view.setColumnWidth(column, max(widest + pad, header_width))
        self.long_columns = LongColumns(view, [0, 4])
        self.progress_delegate = ProgressDelegate(self._progress_at, view)
        view.setItemDelegateForColumn(PROGRESS_COLUMN, self.progress_delegate)

    def _progress_at(self, index: QModelIndex) -> int | None:
        record = self.model.record_at(index.row())
        return record.progress if record is not None else None

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Agendas"), self.model)

    # --- filters ---------------------------------------------------------------------------

    def filters(self) -> dict[str, object]:
        chosen = {
            "status": current_enum(self.status_filter, AgendaStatus),
            "territory_id": self.territory_filter.currentData(),
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

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.territory_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def set_territories(self, territories: list[TerritoryRecord]) -> None:
        fill_territory_combo(self.territory_filter, territories, self.tr("All territories"))

    def refresh(self) -> None:
        self.apply_filters()

    # --- selection -------------------------------------------------------------------------

    def select_id(self, agenda_id: int, clear_filters_if_hidden: bool = False) -> bool:
        row = self.model.row_of(agenda_id)
        if row is None and clear_filters_if_hidden and self.is_filtered():
            self.clear_filters()
            row = self.model.row_of(agenda_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        agenda_id = self.model.id_at(current.row())
        if agenda_id is not None:
            self._selected = agenda_id

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        filtered = self.is_filtered()
        if filtered:
            self.count_label.setText(self.tr("%n agenda(s) found", "", count))
        else:
            self.count_label.setText(self.tr("%n agenda(s)", "", count))
        self.empty_label.setVisible(count == 0)
        self.open_hint.setVisible(count > 0)
        if filtered:
            self.empty_label.setText(self.tr("No agenda matches the search or the filters."))
        else:
            self.empty_label.setText(
                self.tr(
                    "There are no agendas yet. Create the territory's strategic agenda with "
                    "“New agenda”: its vision, goals and priority sectors."
                )
            )
        column = self.model.sort_column()
        if column >= 0:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        if self._selected is not None:
            row = self.model.row_of(self._selected)
            if row is not None:
                self.select_row(row)
