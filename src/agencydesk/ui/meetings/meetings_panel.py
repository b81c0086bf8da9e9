"""The Meetings tab of an initiative's (or an agenda's) page: its sessions, oldest first, and
"New meeting" with the owner fixed. Opening one shows it in the Meetings area."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import MeetingKind, MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.list_page import agreements_text, attendance_text, when_text
from agencydesk.ui.meetings.meeting_dialog import MeetingDialog
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower
from agencydesk.ui.widgets.table_model import Column, RecordListModel, set_column_widths

_C = "MeetingsPanel"
PANEL_COLUMNS: list[Column[MeetingRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("MeetingsPanel", "No."), lambda r: r.number, 4, numeric=True),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingsPanel", "Date"),
        lambda r: when_text(r.draft.starts_at, r.draft.ends_at),
        20,
    ),
    Column(None, QT_TRANSLATE_NOOP("MeetingsPanel", "Title"), lambda r: r.title, 40),
    Column(None, QT_TRANSLATE_NOOP("MeetingsPanel", "Kind"), lambda r: r.draft.kind, 16),
    Column(None, QT_TRANSLATE_NOOP("MeetingsPanel", "Status"), lambda r: r.status, 14),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingsPanel", "Attended / invited"),
        attendance_text,
        14,
        numeric=True,
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("MeetingsPanel", "Agreements open / total"),
        agreements_text,
        18,
        numeric=True,
    ),
]


class MeetingsPanel(FollowsStack, QWidget):
    meeting_requested = Signal(int)
    """Open this meeting (in the Meetings area)."""
    data_changed = Signal()
    """After a meeting was created here (or that creation undone or redone)."""
    counted = Signal(int)
    """How many meetings it lists now (the page's tab title shows it)."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context.with_notify(self._written, self._report)
        self.initiative_id: int | None = None
        self.agenda_id: int | None = None
        self.dialog: MeetingDialog | None = None
        self.model = RecordListModel(PANEL_COLUMNS, _C, parent=self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("meetingsPanelCount")
        self.new_button = QPushButton(self.tr("&New meeting"), self)
        self.new_button.setObjectName("panelNewMeetingButton")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setEnabled(False)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.count_label, 1)
        toolbar.addWidget(self.open_button)
        toolbar.addWidget(self.new_button)
        self.view = QTableView(self)
        self.view.setObjectName("meetingsPanelTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        set_column_widths(self.view, self.model)
        # The date with its hours, kind and status as wide as they are in this language; the
        # title takes the rest.
        metrics = self.view.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        self.view.setColumnWidth(1, metrics.horizontalAdvance("00/00/0000 00:00–00:00") + pad)
        for column, enum_cls in ((3, MeetingKind), (4, MeetingStatus)):
            widest = max(metrics.horizontalAdvance(label(m)) for m in enum_cls)
            self.view.setColumnWidth(column, max(widest + pad, self.view.columnWidth(column)))
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.empty_label.hide()
        self.hint = QLabel(self.tr("Double-click a meeting, or press Enter, to open it."), self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0)

        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self._open_selected)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.open_button.setEnabled(self.selected_id() is not None)
        )
        self.follower = StackFollower(self, self.context.undo_stack, self.refresh)

    # --- what the owner's page calls ---------------------------------------------------------

    def show_for_initiative(self, initiative_id: int) -> None:
        self.initiative_id, self.agenda_id = initiative_id, None
        self.refresh()

    def show_for_agenda(self, agenda_id: int) -> None:
        self.initiative_id, self.agenda_id = None, agenda_id
        self.refresh()

    def meetings_count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        self.follower.refreshed()
        if self.initiative_id is None and self.agenda_id is None:
            return
        selected = self.selected_id()
        try:
            records = self.context.meetings.meetings_of(self.initiative_id, self.agenda_id)
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()
            return
        self.model.set_records(records)
        if selected is not None:
            self.select_id(selected)
        self._show_counts(records)
        self.counted.emit(len(records))

    def new_record(self) -> None:
        """Ctrl+N on the tab, or "New meeting": the form with the owner fixed; once saved,
        the new meeting opens."""
        if self.initiative_id is None and self.agenda_id is None:
            return
        if self.dialog is None:
            self.dialog = MeetingDialog(self.context, self)
            self.dialog.saved.connect(self.meeting_requested)
        self.dialog.new_meeting(self.initiative_id, self.agenda_id)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        return record.id if record else None

    def select_id(self, meeting_id: int) -> bool:
        for row in range(self.model.rowCount()):
            record = self.model.record_at(row)
            if record is not None and record.id == meeting_id:
                self.view.selectRow(row)
                return True
        return False

    # --- internals ---------------------------------------------------------------------------

    def _show_counts(self, records: list[MeetingRecord]) -> None:
        held = sum(1 for r in records if r.status is not MeetingStatus.PLANNED)
        planned = sum(1 for r in records if r.status is MeetingStatus.PLANNED)
        self.count_label.setText(
            self.tr("%n meeting(s)", "", len(records))
            + " · "
            + self.tr("%n planned", "", planned)
            + " · "
            + self.tr("%n held or closed", "", held)
            if records
            else ""
        )
        self.empty_label.setVisible(not records)
        self.view.setVisible(bool(records))
        self.hint.setVisible(bool(records))
        # With no table, the sentence stays at the top rather than float mid-page.
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 0 if records else 1)
        self.empty_label.setText(
            self.tr("No meetings yet. Plan the first session with “New meeting”.")
        )

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is not None:
            self.meeting_requested.emit(record.id)

    def _open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.meeting_requested.emit(meeting_id)
