"""The list of every meeting: upcoming ones first (soonest first), then past ones (newest
first); filtered by initiative or agenda, status and upcoming/past; searched by title or
place."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
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

from agencydesk.domain.enums import MeetingKind, MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingQuery, MeetingRecord
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.owner_field import owner_ids, owner_key
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import current_enum, fill_enum_combo, set_current_enum
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.list_selection import IdListSelection
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, set_column_widths

SEARCH_DELAY_MS = 150
UPCOMING, PAST = "upcoming", "past"
DASH = "—"


def when_text(starts_at: datetime | None, ends_at: datetime | None = None) -> str:
    """ "14/05/2025 09:00" or, with an end, "14/05/2025 09:00–11:00"."""
    if starts_at is None:
        return ""
    text = f"{format_date(starts_at.date())} {starts_at:%H:%M}"
    return f"{text}–{ends_at:%H:%M}" if ends_at is not None else text


def attendance_text(record: MeetingRecord) -> str:
    """ "12/18": attended of invited (a planned or cancelled meeting has none: "—/18")."""
    if record.invited == 0:
        return DASH
    unheld = record.status in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)
    attended = DASH if unheld else str(record.attended)
    return f"{attended}/{record.invited}"


def agreements_text(record: MeetingRecord) -> str:
    """ "3/4": open of all the meeting's agreements."""
    return f"{record.open_agreements}/{record.agreements}" if record.agreements else DASH


_C = "MeetingColumns"
COLUMNS: list[Column[MeetingRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("MeetingColumns", "No."), lambda r: r.number, 4, numeric=True),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingColumns", "Date"),
        lambda r: when_text(r.draft.starts_at),
        15,
        export=lambda r: r.draft.starts_at,
    ),
    Column(None, QT_TRANSLATE_NOOP("MeetingColumns", "Title"), lambda r: r.title, 40),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingColumns", "Initiative or agenda"),
        lambda r: r.owner_name,
        34,
    ),
    Column(None, QT_TRANSLATE_NOOP("MeetingColumns", "Kind"), lambda r: r.draft.kind, 14),
    Column(None, QT_TRANSLATE_NOOP("MeetingColumns", "Status"), lambda r: r.status, 12),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingColumns", "Attended / invited"),
        attendance_text,
        7,
        numeric=True,
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingColumns", "Agreements open / total"),
        agreements_text,
        7,
        numeric=True,
    ),
]
NUMERIC_COLUMNS = (6, 7)


class MeetingsModel(LazyTableModel[MeetingRecord]):
    """The lazy list over ``MeetingsService.meeting_ids``/``meetings``; the filters are those
    of ``MeetingQuery`` (the service sorts: no column sorts on its own)."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        service = context.meetings

        def ids(query: ListQuery) -> list[int]:
            f = query.filters
            return service.meeting_ids(
                MeetingQuery(
                    text=query.text,
                    initiative_id=f.get("initiative_id"),  # type: ignore[arg-type]
                    agenda_id=f.get("agenda_id"),  # type: ignore[arg-type]
                    status=f.get("status"),  # type: ignore[arg-type]
                    when=f.get("when"),  # type: ignore[arg-type]
                )
            )

        super().__init__(COLUMNS, ids, service.meetings, _C, default_sort="", parent=parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 1:
            record = self.record_at(index.row())
            if record is not None:
                return when_text(record.draft.starts_at, record.draft.ends_at)
        return super().data(index, role)


class MeetingsListPage(IdListSelection, QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeetingsModel(context, self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.setPlaceholderText(self.tr("Title or place"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.owner_filter = QComboBox(self)
        self.owner_filter.addItem(self.tr("All initiatives and agendas"), None)
        self.status_filter = QComboBox(self)
        fill_enum_combo(self.status_filter, MeetingStatus, self.tr("All statuses"))
        self.when_filter = QComboBox(self)
        self.when_filter.addItem(self.tr("Upcoming and past"), None)
        self.when_filter.addItem(self.tr("Upcoming"), UPCOMING)
        self.when_filter.addItem(self.tr("Past"), PAST)
        for combo, chars, name in (
            (self.owner_filter, 26, self.tr("Initiative or agenda filter")),
            (self.status_filter, 12, self.tr("Status filter")),
            (self.when_filter, 12, self.tr("Upcoming or past")),
        ):
            combo.setMinimumContentsLength(chars)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button = QPushButton(self.tr("&New meeting"), self)
        self.new_button.setObjectName("newMeetingButton")
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
        toolbar.addWidget(self.owner_filter, 2)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.when_filter)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.export_button)

        self.view = QTableView(self)
        self.view.setObjectName("meetingsTable")
        self._setup_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.empty_label.hide()
        self.count_label = QLabel(self)
        hint = QLabel(self.tr("Double-click a meeting, or press Enter, to open it."), self)
        hint.setEnabled(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(hint)
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
        self._remembered: int | None = None

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
        set_column_widths(view, self.model)
        metrics = view.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        # Kind and status as wide as their longest label in this language; the counts as
        # their header wrapped on two lines; title and owner share the rest.
        for column, enum_cls in ((4, MeetingKind), (5, MeetingStatus)):
            widest = max(metrics.horizontalAdvance(label(m)) for m in enum_cls)
            view.setColumnWidth(column, widest + pad)
        view.setColumnWidth(1, metrics.horizontalAdvance("00/00/0000 00:00") + pad)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header_metrics = header.fontMetrics()
        for column in NUMERIC_COLUMNS:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((header_metrics.horizontalAdvance(w) for w in title.split()), default=0)
            half = header_metrics.horizontalAdvance(title) // 2
            view.setColumnWidth(column, max(words, half) + pad * 2)
        header.setMinimumHeight(header_metrics.lineSpacing() * 2 + 8)
        self.long_columns = LongColumns(view, [2, 3])

    def export_rows(self) -> None:
        """Export… : the rows of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Meetings"), self.model)

    # --- filters ---------------------------------------------------------------------------

    def filters(self) -> dict[str, object]:
        initiative_id, agenda_id = owner_ids(self.owner_filter.currentData())
        chosen = {
            "initiative_id": initiative_id,
            "agenda_id": agenda_id,
            "status": current_enum(self.status_filter, MeetingStatus),
            "when": self.when_filter.currentData(),
        }
        return {key: value for key, value in chosen.items() if value is not None}

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip() or self.filters())

    def apply_filters(self) -> None:
        self._debounce.stop()
        try:
            self.model.set_search(self.search.text().strip(), self.filters())
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()

    def set_filters(self, text: str = "", **filters: object) -> None:
        """Show the list with exactly these filters (others cleared): ``initiative_id`` or
        ``agenda_id``, ``status`` (a member or its code), ``when`` ("upcoming" | "past")."""
        combos = (self.owner_filter, self.status_filter, self.when_filter)
        for combo in combos:
            combo.blockSignals(True)
        key = owner_key(filters.get("initiative_id"), filters.get("agenda_id"))  # type: ignore[arg-type]
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(key), 0) if key else 0)
        status = filters.get("status")
        set_current_enum(self.status_filter, MeetingStatus(str(status)) if status else None)
        when = filters.get("when")
        self.when_filter.setCurrentIndex(max(self.when_filter.findData(when), 0) if when else 0)
        for combo in combos:
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.apply_filters()

    def set_owner_choices(self, initiatives: list[NamedRef], agendas: list[NamedRef]) -> None:
        combo = self.owner_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All initiatives and agendas"), None)
        for ref in initiatives:
            combo.addItem(ref.name, owner_key(ref.id, None))
            combo.setItemData(combo.count() - 1, plain(ref.name), Qt.ItemDataRole.ToolTipRole)
        if initiatives and agendas:
            combo.insertSeparator(combo.count())
        for ref in agendas:
            text = self.tr("Agenda: %1").replace("%1", ref.name)
            combo.addItem(text, owner_key(None, ref.id))
            combo.setItemData(combo.count() - 1, plain(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
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
            self.count_label.setText(self.tr("%n meeting(s) found", "", count))
        else:
            self.count_label.setText(self.tr("%n meeting(s)", "", count))
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(
            self.tr("No meeting matches the search or the filters.")
            if filtered
            else self.tr(
                "There are no meetings yet. Plan the first one with “New meeting”, here or "
                "from an initiative's Meetings tab."
            )
        )
        if self._remembered is not None:
            self.select_id(self._remembered)
