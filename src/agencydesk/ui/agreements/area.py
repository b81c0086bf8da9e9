"""The Agreements tracker, a main area of its own: every agreement across initiatives and
agendas, soonest due first, overdue rows red and due-soon rows amber. This is how an office
follows up without email: filter, select, mark done (several at once, one undo step), or open
one to write its follow-up."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agencydesk.domain.agreements import AgreementDraft, AgreementRecord
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.errors import UserError
from agencydesk.ui.agreements.filters import AgreementFilters
from agencydesk.ui.agreements.model import LONG_COLUMNS, AgreementsModel, urgency_counts
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.meetings.agreement_form import AgreementDialog
from agencydesk.ui.meetings.agreement_undo import agreement_ops, mark_done_with_undo
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.buttons import tracker_button
from agencydesk.ui.widgets import ask_yes_no, format_date, tell, undo_keys
from agencydesk.ui.widgets.follow_stack import FollowsStack, StackFollower
from agencydesk.ui.widgets.list_export import export_model
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import set_column_widths
from agencydesk.ui.widgets.urgency import UrgencyLegend


class AgreementsArea(FollowsStack, QWidget):
    data_changed = Signal()
    """Emitted after any successful write, undo or redo made here."""
    meeting_requested = Signal(int, str)
    """Show a meeting (id) on one of its tabs ("agreements")."""

    def __init__(
        self, context: MeetingsContext, parent: QWidget | None = None, *, load_now: bool = True
    ) -> None:
        """``load_now=False`` leaves the list empty until ``refresh()`` (a faster first
        paint of the main window)."""
        super().__init__(parent)
        # The same services and stack, but writes made here (the dialog's too) are told to this
        # area, which shows them at once and tells the window.
        self.context = context.with_notify(self._written, self._report)
        self.service = context.agreements
        self.model = AgreementsModel(self.service, context.today, self)
        self.filters = AgreementFilters(context.today, self)

        self.mark_done_button = QPushButton(self.tr("Mark &done"), self)
        self.mark_done_button.setObjectName("agreements_mark_done")
        self.mark_done_button.setToolTip(self.tr("Mark the selected open agreements done today"))
        self.open_button = QPushButton(self.tr("Follow-&up…"), self)
        self.open_button.setObjectName("agreements_open")
        self.open_button.setToolTip(self.tr("Update the status and follow-up of the agreement"))
        self.meeting_button = QPushButton(self.tr("Go to &meeting"), self)
        self.meeting_button.setObjectName("agreements_go_to_meeting")
        self.meeting_button.setToolTip(self.tr("Open the meeting where it was agreed"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Save the agreements of the list, as searched and filtered, to Excel or CSV")
        )
        self.export_button.clicked.connect(self.export_rows)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("agreements_feedback")
        self.feedback.setWordWrap(True)  # two lines rather than a window wider than the screen
        self.legend = UrgencyLegend(self)
        buttons = QHBoxLayout()
        for button in (self.mark_done_button, self.open_button, self.meeting_button):
            buttons.addWidget(button)
        buttons.addSpacing(8)
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.legend)
        self.pdf_button = tracker_button(self, lambda: self.filters.query().initiative_id)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.export_button)

        self.view = QTableView(self)
        self._setup_view()
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        # It quotes a mistyped date, or an error naming a record: shown as typed.
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("agreements_count")

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        QWidget.setTabOrder(self.filters.clear_button, self.mark_done_button)
        QWidget.setTabOrder(self.meeting_button, self.view)

        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self._search_entered)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.mark_done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.open_current)
        self.meeting_button.clicked.connect(self.go_to_meeting)
        # Other areas' writes (a meeting's agreements tab): read again only while shown.
        self.follower = StackFollower(self, context.undo_stack, self.refresh)
        # "3 agreements marked done" is true until the stack moves again (an undo, any write).
        self._pushing = False
        context.undo_stack.indexChanged.connect(self._stack_moved)
        self._update_buttons()
        if load_now:
            self.refresh()

    def _setup_view(self) -> None:
        view = self.view
        view.setObjectName("agreements_view")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Two lines a row: an agreement is a sentence, and its first words alone rarely say
        # what was agreed. Fixed heights still (thousands of rows are never measured).
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTabKeyNavigation(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        set_column_widths(view, self.model)
        self._long_columns = LongColumns(view, LONG_COLUMNS)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the choices and the list again, keeping filters and selection."""
        self.follower.refreshed()
        try:
            self.filters.set_choices(
                self.context.initiative_choices(),
                self.context.agenda_choices(),
                self.service.responsible_choices(),
            )
        except UserError as exc:
            self._say_above(user_error_text(exc))
            return
        self.apply_filters()

    def show_list(self, **filters: object) -> None:
        """The list with exactly these filters, the others back to their default (open
        agreements): ``overdue=True``, ``status`` (value, or None for all), ``initiative_id``,
        ``agenda_id``, ``responsible_org_id``, ``due_before`` (date or ISO), ``due_soon=True``,
        ``text``. The dashboard's figures lead here."""
        self.filters.set_filters(**filters)  # emits changed: the list is read

    def apply_filters(self) -> None:
        selected = self.selected_ids()
        query = self.filters.query()
        try:
            self.model.set_agreement_query(query)
            counts = urgency_counts(self.service, query, self.model.today, self.model.rowCount())
        except UserError as exc:
            self._say_above(user_error_text(exc))
            return
        self._reselect(selected)
        total, overdue, due_soon = counts
        parts = [self.tr("%n agreement(s)", "", total)]
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if due_soon:
            parts.append(self.tr("%n due soon", "", due_soon))
        self.count_label.setText(" · ".join(parts))
        if not self.filters.date_is_valid():
            self._say_above(
                self.tr("“%1” is not a date: type the due date as dd/mm/yyyy.").replace(
                    "%1", self.filters.due_before.text()
                )
            )
        elif total == 0:
            self._say_above(
                self.tr("No agreement matches these filters.")
                if not self.filters.is_default()
                else self.tr(
                    "No open agreements. Agreements are recorded in the minutes of a meeting."
                )
            )
        else:
            self.empty_label.hide()
        self._update_buttons()

    def export_rows(self) -> None:
        """Export… : the agreements of the current search and filters, to .xlsx or .csv."""
        export_model(self, self.tr("Agreements"), self.model)

    def _say_above(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.show()

    # --- selection -------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        found = (self.model.id_at(row) for row in self.selected_rows())
        return [i for i in found if i is not None]

    def selected_records(self) -> list[AgreementRecord]:
        return self.model.records(self.selected_rows())

    def current_record(self) -> AgreementRecord | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.record_at(index.row())
        records = self.selected_records()
        return records[0] if records else None

    def select_ids(self, ids: list[int]) -> None:
        self._reselect(ids)

    def _reselect(self, ids: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.view.scrollTo(self.model.index(rows[0], 0))

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_buttons(self, *_args: object) -> None:
        records = self.selected_records()
        open_ones = [r for r in records if AgreementStatus(r.status) is AgreementStatus.OPEN]
        self.mark_done_button.setEnabled(bool(open_ones))
        self.open_button.setEnabled(len(records) == 1)
        self.meeting_button.setEnabled(len(records) == 1)

    def _search_entered(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            if not self.selected_ids():
                self._select_row(0)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- writing ---------------------------------------------------------------------------

    def mark_done(self) -> None:
        """Mark the selected open agreements done today: one undo step, and a question first
        when there are several."""
        records = self.selected_records()
        open_ones = [r for r in records if AgreementStatus(r.status) is AgreementStatus.OPEN]
        if not open_ones:
            return
        title = self.tr("Mark done")
        today = self.context.today()
        n = len(open_ones)
        if n > 1:
            question = self.tr("Mark %n agreement(s) done on %1?", "", n).replace(
                "%1", format_date(today)
            )
            if not ask_yes_no(self, title, question):
                return
        first_row = self.selected_rows()[0] if self.selected_rows() else 0
        self._pushing = True
        try:
            before = mark_done_with_undo(
                self, self.service, self.context.write, [r.id for r in open_ones], today
            )
        finally:
            self._pushing = False
        if not before:
            return
        said = self.tr("%n agreement(s) marked done.", "", len(before))
        skipped = len(records) - len(before)
        if skipped:
            said += " " + self.tr("%n already closed, left as it was.", "", skipped)
        said += " " + self.tr("%1 undoes it.").replace("%1", undo_keys())
        self.feedback.setText(said)
        if not self.selected_ids():
            # They left the list (it shows open ones): keep the keyboard where they were.
            self._select_row(min(first_row, self.model.rowCount() - 1))

    def open_current(self) -> None:
        """The agreement dialog, to update its status and follow-up (or its wording while its
        minutes are not approved); it saves with undo itself."""
        record = self.current_record()
        if record is None:
            return
        try:
            fresh = self.service.agreement(record.id)
        except UserError as exc:
            tell(self, self.tr("Agreement"), user_error_text(exc))
            self.refresh()
            return
        dialog = AgreementDialog(self.context, fresh, parent=self)
        dialog.exec()
        if isValid(self):
            self._select_after_write([fresh.id])

    def go_to_meeting(self) -> None:
        record = self.current_record()
        if record is not None:
            self.meeting_requested.emit(record.draft.meeting_id, "agreements")

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for button in (self.open_button, self.mark_done_button, self.meeting_button):
            action = QAction(button.text().replace("&", ""), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _select_after_write(self, ids: list[int]) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if rows:
            self._reselect(ids)

    # --- the main window's commands --------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new agreement in the selected agreement's meeting (agreements are taken
        at a meeting: with none selected, say where to add one)."""
        record = self.current_record()
        if record is None or record.minutes_locked:
            tell(
                self,
                self.tr("New agreement"),
                self.tr(
                    "Agreements are recorded in the minutes of their meeting: open the meeting "
                    "(Go to meeting) and add it on its Agreements tab."
                ),
            )
            return
        draft = AgreementDraft(meeting_id=record.draft.meeting_id)
        dialog = AgreementDialog(self.context, None, draft, parent=self)
        dialog.exec()
        if isValid(self) and dialog.saved is not None:
            self._select_after_write([dialog.saved.id])

    def save_current(self) -> None:
        """Ctrl+S: nothing to save here (the dialog saves itself)."""

    def focus_search(self) -> None:
        self.filters.focus_search()

    def delete_selected(self) -> None:
        """The Delete key, while the list has the focus: the current agreement (refused once
        its minutes are approved)."""
        record = self.current_record()
        if not self.view.hasFocus() or record is None:
            return
        delete_with_undo(
            self,
            self.context.write,
            record.id,
            agreement_ops(self.service),
            self.tr("Delete agreement"),
            self.tr("Delete agreement “%1”"),
        )

    def confirm_close(self) -> bool:
        """Nothing is ever half-typed here (the dialog is modal)."""
        return True

    # --- internals -------------------------------------------------------------------------

    def _stack_moved(self, _index: int) -> None:
        if not self._pushing and isValid(self):
            self.feedback.clear()
