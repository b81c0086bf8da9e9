"""The Agreements tab of a meeting: the agreements taken at this session, and below them those
pending from earlier sessions of the same initiative (the same records, not copies: their
follow-up is updated here as at the tracker). Overdue rows are red, due-soon rows amber."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.agreements import AgreementDraft, AgreementRecord
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.meetings.agreement_form import AgreementDialog
from agencydesk.ui.meetings.agreement_undo import agreement_ops, mark_done_with_undo
from agencydesk.ui.meetings.agreements_model import (
    LONG_PENDING_COLUMNS,
    LONG_SESSION_COLUMNS,
    PENDING_COLUMNS,
    SESSION_COLUMNS,
    AgreementTableModel,
)
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import tell, undo_keys
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import set_column_widths
from agencydesk.ui.widgets.urgency import UrgencyLegend


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    heading.setFont(font)
    return heading


def _table(model: AgreementTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # An agreement is a sentence or two: wrapped, it reads without a tooltip. Rows follow
    # their text when columns are resized (lists of tens of rows: cheap).
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    # The row colours say overdue / due soon: alternating shades would blur them.
    view.setAlternatingRowColors(False)
    set_column_widths(view, model)
    return view


class AgreementsTab(FollowsStack, QWidget):
    data_changed = Signal()
    """After every write, undo or redo made here (the page re-reads the meeting)."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context.with_notify(self._written, self._report)
        self.service = context.agreements
        self.meeting: MeetingRecord | None = None

        # Alt+letters distinct from the page's own buttons (Next meeting, Edit, Delete) and tab
        # titles, which stay visible with this tab.
        # --- this session's agreements ---
        self.session_heading = _heading(self.tr("Agreements of this session"), self)
        self.session_count = QLabel(self)
        self.new_button = QPushButton(self.tr("Ne&w agreement…"), self)
        self.new_button.setObjectName("newAgreementButton")
        self.edit_button = QPushButton(self.tr("Edi&t…"), self)
        self.edit_button.setObjectName("editAgreementButton")
        self.done_button = QPushButton(self.tr("Mar&k done"), self)
        self.done_button.setObjectName("markDoneButton")
        self.done_button.setToolTip(self.tr("Mark the selected open agreements done today"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setObjectName("deleteAgreementButton")
        self.session_model = AgreementTableModel(SESSION_COLUMNS, context.today, parent=self)
        self.session_view = _table(self.session_model, "sessionAgreements", self)
        self.session_heading.setBuddy(self.session_view)
        self.session_empty = QLabel(self)
        self.session_empty.setWordWrap(True)
        self.session_empty.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.session_empty.setObjectName("sessionEmpty")
        tools = QHBoxLayout()
        tools.addWidget(self.session_heading)
        tools.addWidget(self.session_count, 1)
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            tools.addWidget(button)
        session_box = QWidget(self)
        session_layout = QVBoxLayout(session_box)
        session_layout.setContentsMargins(0, 0, 0, 0)
        session_layout.addLayout(tools)
        session_layout.addWidget(self.session_empty)
        session_layout.addWidget(self.session_view, 1)

        # --- pending from earlier sessions ---
        self.pending_heading = _heading(self.tr("Pending agreements from earlier sessions"), self)
        self.pending_count = QLabel(self)
        self.pending_edit_button = QPushButton(self.tr("Update &follow-up…"), self)
        self.pending_edit_button.setObjectName("editPendingButton")
        self.pending_done_button = QPushButton(self.tr("Mark d&one"), self)
        self.pending_done_button.setObjectName("markPendingDoneButton")
        self.pending_done_button.setToolTip(self.tr("Mark the selected open agreements done today"))
        self.pending_model = AgreementTableModel(
            PENDING_COLUMNS, context.today, follow_up=True, parent=self
        )
        self.pending_view = _table(self.pending_model, "pendingAgreements", self)
        self.pending_heading.setBuddy(self.pending_view)
        self.pending_empty = QLabel(self)
        self.pending_empty.setWordWrap(True)
        self.pending_empty.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.pending_empty.setObjectName("pendingEmpty")
        pending_tools = QHBoxLayout()
        pending_tools.addWidget(self.pending_heading)
        pending_tools.addWidget(self.pending_count, 1)
        pending_tools.addWidget(self.pending_edit_button)
        pending_tools.addWidget(self.pending_done_button)
        pending_box = QWidget(self)
        pending_layout = QVBoxLayout(pending_box)
        pending_layout.setContentsMargins(0, 0, 0, 0)
        pending_layout.addLayout(pending_tools)
        pending_layout.addWidget(self.pending_empty)
        pending_layout.addWidget(self.pending_view, 1)

        self.notice = QLabel(self)
        self.notice.setObjectName("agreementsNotice")
        self.notice.setWordWrap(True)
        self.legend = UrgencyLegend(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addWidget(self.notice, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(session_box)
        self.splitter.addWidget(pending_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._long = [
            LongColumns(self.session_view, LONG_SESSION_COLUMNS),
            LongColumns(self.pending_view, LONG_PENDING_COLUMNS),
        ]
        self.new_button.clicked.connect(self.new_agreement)
        self.edit_button.clicked.connect(lambda: self._edit(self.session_view))
        self.done_button.clicked.connect(lambda: self._mark_done(self.session_view))
        self.delete_button.clicked.connect(self.delete_current)
        self.pending_edit_button.clicked.connect(lambda: self._edit(self.pending_view))
        self.pending_done_button.clicked.connect(lambda: self._mark_done(self.pending_view))
        for view in (self.session_view, self.pending_view):
            view.activated.connect(lambda _index, v=view: self._edit(v))
            view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.follower = StackFollower(self, context.undo_stack, self.refresh)
        self._update_buttons()

    # --- what the meeting page calls -------------------------------------------------------

    def show_meeting(self, record: MeetingRecord) -> None:
        if self.meeting is None or self.meeting.id != record.id:
            self.notice.clear()
        self.meeting = record
        self.refresh()

    def refresh(self) -> None:
        """Read both lists again, keeping the selection."""
        self.follower.refreshed()
        if self.meeting is None:
            return
        try:
            own = self.service.agreements_of(self.meeting.id)
            pending = self.service.pending_in(self.meeting.id)
        except UserError as exc:
            self.session_empty.setText(user_error_text(exc))
            self.session_empty.show()
            return
        self._set(self.session_view, self.session_model, own)
        self._set(self.pending_view, self.pending_model, pending)
        self._show_counts(own, pending)
        self._update_buttons()

    def new_record(self) -> None:
        """Ctrl+N on this tab."""
        self.new_agreement()

    def confirm_close(self) -> bool:
        return True  # the dialog is modal: nothing half-typed outlives it

    def selected_ids(self, view: QTableView | None = None) -> list[int]:
        view = view or self.session_view
        model = view.model()
        assert isinstance(model, AgreementTableModel)
        rows = sorted(index.row() for index in view.selectionModel().selectedRows())
        return [r.id for r in (model.record_at(row) for row in rows) if r is not None]

    def select_agreement(self, agreement_id: int) -> bool:
        """Select an agreement in whichever list holds it."""
        for view, model in (
            (self.session_view, self.session_model),
            (self.pending_view, self.pending_model),
        ):
            row = model.row_of(agreement_id)
            if row is not None:
                self._select_rows(view, [row])
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # --- actions ---------------------------------------------------------------------------

    def new_agreement(self) -> None:
        if self.meeting is None or self.meeting.is_locked:
            return
        dialog = AgreementDialog(
            self.context, None, AgreementDraft(meeting_id=self.meeting.id), self
        )
        if dialog.exec() and dialog.saved is not None:
            self.select_agreement(dialog.saved.id)

    def edit_agreement(self, agreement_id: int) -> None:
        try:
            record = self.service.agreement(agreement_id)
        except UserError as exc:
            tell(self, self.tr("Cannot open the agreement"), user_error_text(exc))
            self.refresh()
            return
        dialog = AgreementDialog(self.context, record, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.select_agreement(dialog.saved.id)

    def delete_selected(self) -> None:
        """The Delete key: only while this session's list has the focus."""
        if self.session_view.hasFocus():
            self.delete_current()

    def delete_current(self) -> None:
        """The Delete… button: the selected agreement of this session, asked first."""
        ids = self.selected_ids(self.session_view)
        if not ids or self.meeting is None or self.meeting.is_locked:
            return
        delete_with_undo(
            self,
            self.context.write,
            ids[0],
            agreement_ops(self.service),
            self.tr("Delete agreement"),
            self.tr("Delete agreement “%1”"),
        )

    def _edit(self, view: QTableView) -> None:
        ids = self.selected_ids(view)
        if ids:
            self.edit_agreement(ids[0])

    def _mark_done(self, view: QTableView) -> None:
        ids = self.selected_ids(view)
        if not ids:
            return
        self.notice.clear()
        on = self.context.today()
        changed = mark_done_with_undo(self, self.service, self.context.write, ids, on)
        if not changed:
            return
        if view is self.pending_view and self.meeting is not None:
            gone = [r for r in changed if self.pending_model.row_of(r.id) is None]
            if gone:
                # Done before this session meets: it will not be pending at it any more.
                self.notice.setText(
                    self.tr(
                        "%n agreement(s) marked done before this session meets: no longer "
                        "pending here (%1 undoes it).",
                        "",
                        len(gone),
                    ).replace("%1", undo_keys())
                )
                return
        self._select_ids(view, [r.id for r in changed])

    # --- showing ---------------------------------------------------------------------------

    def _set(
        self, view: QTableView, model: AgreementTableModel, records: list[AgreementRecord]
    ) -> None:
        keep = self.selected_ids(view)
        model.set_records(records)
        self._select_ids(view, keep)

    def _select_ids(self, view: QTableView, ids: list[int]) -> None:
        model = view.model()
        assert isinstance(model, AgreementTableModel)
        rows = [row for row in (model.row_of(i) for i in ids) if row is not None]
        self._select_rows(view, rows)

    def _select_rows(self, view: QTableView, rows: list[int]) -> None:
        selection = view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(view.model().index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                view.model().index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(view.model().index(rows[0], 0))

    def _show_counts(self, own: list[AgreementRecord], pending: list[AgreementRecord]) -> None:
        self.session_count.setText(self._count_text(self.tr("%n agreement(s)", "", len(own)), own))
        opened = sum(1 for r in pending if r.status is AgreementStatus.OPEN)
        self.pending_count.setText(self._count_text(self.tr("%n still open", "", opened), pending))
        locked = self.meeting is not None and self.meeting.is_locked
        self.session_empty.setVisible(not own)
        self.session_view.setVisible(bool(own))
        if locked:
            self.session_empty.setText(self.tr("No agreements were recorded at this session."))
        else:
            self.session_empty.setText(
                self.tr(
                    "No agreements recorded yet. Record each one with “New agreement”: who "
                    "commits to what, by when."
                )
            )
        self.pending_empty.setVisible(not pending)
        self.pending_view.setVisible(bool(pending))
        self.pending_empty.setText(
            self.tr("No agreements of earlier sessions were pending when this one met.")
        )

    def _count_text(self, text: str, records: list[AgreementRecord]) -> str:
        today = self.context.today()
        if overdue := sum(1 for r in records if r.is_overdue(today)):
            text += " · " + self.tr("%n overdue", "", overdue)
        return text

    def _update_buttons(self) -> None:
        locked = self.meeting is None or self.meeting.is_locked
        own = self.selected_ids(self.session_view)
        pending = self.selected_ids(self.pending_view)
        self.new_button.setEnabled(not locked)
        self.delete_button.setEnabled(not locked and len(own) == 1)
        self.edit_button.setEnabled(len(own) == 1)
        self.edit_button.setText(self.tr("Follow-&up…") if locked else self.tr("Edi&t…"))
        self.done_button.setEnabled(self._any_open(self.session_model, own))
        self.pending_edit_button.setEnabled(len(pending) == 1)
        self.pending_done_button.setEnabled(self._any_open(self.pending_model, pending))
        if locked and self.meeting is not None:
            self.new_button.setToolTip(
                self.tr("The minutes are approved: no agreements can be added to them.")
            )
        else:
            self.new_button.setToolTip(self.tr("Record an agreement taken at this session"))

    @staticmethod
    def _any_open(model: AgreementTableModel, ids: list[int]) -> bool:
        for agreement_id in ids:
            row = model.row_of(agreement_id)
            record = model.record_at(row) if row is not None else None
            if record is not None and record.status is AgreementStatus.OPEN:
                return True
        return False
