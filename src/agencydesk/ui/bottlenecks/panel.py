"""The Bottlenecks tab of an initiative: the register (filterable Open / Resolved / All), and
below it, for the chosen bottleneck, its form with its status workflow beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agencydesk.domain.bottlenecks import BottleneckRecord, is_open
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.domain.errors import InUseError, UserError
from agencydesk.services.actors import ActorsService
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.ui.bottlenecks.commands import bottleneck_ops
from agencydesk.ui.bottlenecks.dialogs import StatusChangeDialog
from agencydesk.ui.bottlenecks.form import BottleneckForm
from agencydesk.ui.bottlenecks.model import BottleneckTableModel
from agencydesk.ui.bottlenecks.register_view import register_height, setup_register_view
from agencydesk.ui.bottlenecks.steps import StatusSteps
from agencydesk.ui.bottlenecks.workflow import WorkflowBox
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import DeleteCommand, WriteContext
from agencydesk.ui.widgets import ask_yes_no, tell, undo_keys
from agencydesk.ui.widgets.follow_stack import StackFollower

S = BottleneckStatus
ALL, OPEN, CLOSED = "all", "open", "closed"


class BottlenecksPanel(QWidget):
    data_changed = Signal()
    """After any write, undo or redo made here (the initiative page and dashboard recount)."""

    def __init__(
        self,
        actors: ActorsService,
        bottlenecks: BottlenecksService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = bottlenecks
        self.context = WriteContext(actors, undo_stack, self._written, self._report)
        self.initiative_id: int | None = None
        self._current_id: int | None = None
        self._restoring = False

        self.filter = QComboBox(self)
        self.filter.setObjectName("bottleneckFilter")
        self.filter.addItem(self.tr("All"), ALL)
        self.filter.addItem(self.tr("Open"), OPEN)
        self.filter.addItem(self.tr("Resolved or dropped"), CLOSED)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("bottleneckCount")
        self.new_button = QPushButton(self.tr("&New bottleneck"), self)
        self.new_button.setObjectName("newBottleneckButton")
        toolbar = QHBoxLayout()
        toolbar.addWidget(filter_label)
        toolbar.addWidget(self.filter)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.count_label, 1)
        toolbar.addWidget(self.new_button)

        self.model = BottleneckTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("bottleneckTable")
        self.long_columns = setup_register_view(self.view, self.model)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.view, 1)

        self.workflow = WorkflowBox(self)
        self.form = BottleneckForm(self.context, bottlenecks, self)
        workflow_scroll = QScrollArea(self)
        workflow_holder = QWidget(self)
        holder_layout = QVBoxLayout(workflow_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.workflow)
        holder_layout.addStretch(1)
        workflow_scroll.setWidget(workflow_holder)
        workflow_scroll.setWidgetResizable(True)
        workflow_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The register takes the whole width (eight columns and readable titles); below it,
        # the chosen bottleneck: its form with most of the width (two long texts to read),
        # its workflow beside it as narrow as its row of steps.
        self.editor = QSplitter(Qt.Orientation.Horizontal, self)
        self.editor.addWidget(self.form)
        self.editor.addWidget(workflow_scroll)
        self.editor.setStretchFactor(0, 1)
        self.editor.setStretchFactor(1, 0)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        workflow_width = self.workflow.sizeHint().width() + scroll_bar + 4
        workflow_scroll.setMinimumWidth(workflow_width)
        self.editor.setSizes([1280 - workflow_width, workflow_width])
        self.editor.setChildrenCollapsible(False)
        self.hint = QLabel(
            self.tr(
                "Choose a bottleneck in the register to follow its status, "
                "or record one with “New bottleneck”."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.hint)
        self.side.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # Room for seven rows of the register; the form below shows all its fields at 1280x800.
        self.splitter.setSizes([register_height(self.view, 7), 800])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_record)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.steps = StatusSteps(bottlenecks, self.context, self.workflow, self)
        self.workflow.step_requested.connect(
            lambda status: self.steps.request(self.form.record, status)
        )
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancelled)
        self.form.delete_button.clicked.connect(self.delete_current)
        # Someone else's write (another tab, an undo) may change what is shown: read again
        # while visible, or when shown again.
        self.follower = StackFollower(self, undo_stack, self.refresh)

    # --- what the initiative page calls ------------------------------------------------------

    def show_for_initiative(self, initiative_id: int) -> None:
        """Show the register of ``initiative_id`` (the page asks about unsaved edits first)."""
        if initiative_id != self.initiative_id:
            self.initiative_id = initiative_id
            self._current_id = None
            self.form.forget_edits()  # the page asked about them already (confirm_close)
            self.side.setCurrentWidget(self.hint)
        self.refresh()

    def refresh(self) -> None:
        """Read the register again, keeping the selection and any half-typed form."""
        self.follower.refreshed()
        if self.initiative_id is None:
            return
        try:
            records = self.service.bottlenecks_of(self.initiative_id)
        except UserError as exc:
            self.empty_label.setText(user_error_text(exc))
            self.empty_label.show()
            return
        shown = [r for r in records if self._passes(r)]
        self._restoring = True
        try:
            self.model.set_records(shown)
            row = self.model.row_of(self._current_id) if self._current_id else None
            if row is not None:
                self._select_row(row)
        finally:
            self._restoring = False
        self._show_counts(records, len(shown))
        if self._current_id is not None:
            current = next((r for r in records if r.id == self._current_id), None)
            if current is None:  # deleted, or its creation undone
                self._current_id = None
                self.side.setCurrentWidget(self.hint)
            else:
                self.workflow.show_record(current)
                self.form.refresh_record(current)

    def new_record(self) -> None:
        """Ctrl+N: an empty form with the next code proposed."""
        if self.initiative_id is None or not self.form.confirm_discard():
            return
        try:
            code = self.service.next_code(self.initiative_id)
        except UserError as exc:
            tell(self, self.tr("Cannot record a bottleneck"), user_error_text(exc))
            return
        self._current_id = None
        self._restoring = True
        self.view.selectionModel().clearSelection()
        self._restoring = False
        self.form.load_new(self.initiative_id, code)
        self.workflow.show_record(None)
        self.side.setCurrentWidget(self.editor)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_current(self) -> None:
        """Ctrl+S: save the form if it is showing."""
        if self.side.currentWidget() is self.editor:
            self.form.save()

    def delete_selected(self) -> None:
        """The Delete key: only while the register has the focus (in a field it deletes
        text); the form's Delete… button deletes from anywhere."""
        if self.view.hasFocus() and self._current_id is not None:
            self.delete_current()

    def confirm_close(self) -> bool:
        """Whether the panel may be left: asks about a half-typed form."""
        return self.form.confirm_discard()

    @property
    def status_dialog(self) -> StatusChangeDialog | None:
        """The step dialog open right now (tests fill it and press OK)."""
        return self.steps.dialog

    def current_record(self) -> BottleneckRecord | None:
        return self.form.record if self.side.currentWidget() is self.editor else None

    def select_bottleneck(self, bottleneck_id: int) -> bool:
        """Select and show a bottleneck of the register (clearing the filter if it hides it)."""
        row = self.model.row_of(bottleneck_id)
        if row is None and self.filter.currentData() != ALL:
            self.filter.setCurrentIndex(0)
            row = self.model.row_of(bottleneck_id)
        if row is None:
            return False
        self._select_row(row)
        return self._current_id == bottleneck_id

    # --- the register ----------------------------------------------------------------------

    def _passes(self, record: BottleneckRecord) -> bool:
        wanted = self.filter.currentData()
        return wanted == ALL or (wanted == OPEN) == is_open(record.status)

    def _show_counts(self, records: list[BottleneckRecord], shown: int) -> None:
        total = len(records)
        opened = sum(1 for r in records if r.is_open)
        resolved = sum(1 for r in records if r.status is S.RESOLVED)
        dropped = total - opened - resolved
        parts = [
            self.tr("%n bottleneck(s)", "", total),
            self.tr("%n open", "", opened),
            self.tr("%n resolved", "", resolved),
            self.tr("%n dropped", "", dropped),
        ]
        self.count_label.setText(" · ".join(parts))
        self.empty_label.setVisible(shown == 0)
        if total == 0:
            self.empty_label.setText(
                self.tr(
                    "No bottlenecks recorded for this initiative yet. "
                    "Record the first one with “New bottleneck”."
                )
            )
        else:
            self.empty_label.setText(self.tr("No bottleneck matches the filter."))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        return record.id if record else None

    def _selection_changed(self, *_args: object) -> None:
        if self._restoring:
            return
        new_id = self._selected_id()
        if new_id is None or new_id == self._current_id:
            return
        if not self.form.confirm_discard():
            row = self.model.row_of(self._current_id) if self._current_id else None
            self._restoring = True
            try:
                if row is not None:
                    self._select_row(row)
                else:
                    self.view.selectionModel().clearSelection()
            finally:
                self._restoring = False
            return
        self._show(new_id)

    def _show(self, bottleneck_id: int) -> None:
        try:
            record = self.service.bottleneck(bottleneck_id)
        except UserError as exc:
            tell(self, self.tr("Cannot show the bottleneck"), user_error_text(exc))
            self.refresh()
            return
        self._current_id = bottleneck_id
        self.form.load(record)
        self.workflow.show_record(record)
        self.side.setCurrentWidget(self.editor)

    # --- the form --------------------------------------------------------------------------

    def _saved(self, bottleneck_id: int) -> None:
        self._current_id = bottleneck_id
        self.refresh()
        if self.model.row_of(bottleneck_id) is None:
            self.filter.setCurrentIndex(0)  # a new open one under "Resolved": show it anyway
        self.select_bottleneck(bottleneck_id)

    def _cancelled(self) -> None:
        if self._current_id is None:
            self.side.setCurrentWidget(self.hint)
        else:
            self._show(self._current_id)

    def delete_current(self) -> None:
        record = self.form.record
        if record is None:
            return
        title = self.tr("Delete bottleneck")
        ops = bottleneck_ops(self.service)
        try:
            used = self.service.usages(record.id)
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        if used:
            tell(self, title, user_error_text(InUseError("bottleneck", record.name(), used)))
            return
        question = (
            self.tr("Delete “%1” and its history? You can undo this with %2.")
            .replace("%1", record.name())
            .replace("%2", undo_keys())
        )
        if not ask_yes_no(self, title, question):
            return
        try:
            deleted = self.service.delete(record.id)
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        self.form.forget_edits()  # the record is gone: nothing to keep
        self._current_id = None
        self.side.setCurrentWidget(self.hint)
        text = self.tr("Delete bottleneck “%1”").replace("%1", deleted.name())
        self._written()
        self.context.undo_stack.push(DeleteCommand(text, ops, self.context, deleted))

    # --- after writes ----------------------------------------------------------------------

    def _written(self) -> None:
        """A write made here, or its undo or redo: shown now if the panel is visible."""
        # The undo stack outlives this panel (the initiative page may be closed): a command
        # undone later must not reach a deleted widget.
        if not isValid(self):
            return
        self.follower.written_here()
        self.data_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.shown()

    def _report(self, error: UserError) -> None:
        title = QCoreApplication.translate("BottlenecksPanel", "Cannot undo or redo")
        tell(self if isValid(self) else None, title, user_error_text(error))
