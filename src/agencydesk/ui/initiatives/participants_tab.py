"""An initiative's Participants tab: who takes part (and who did), with counts at the top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.initiatives import (
    ParticipantCounts,
    ParticipationDraft,
    ParticipationRecord,
)
from agencydesk.ui.initiatives.add_participants import AddParticipantsDialog
from agencydesk.ui.initiatives.participation_dialogs import (
    EditParticipationDialog,
    EndParticipationDialog,
)
from agencydesk.ui.initiatives.undo import (
    AddParticipantsCommand,
    InitiativesContext,
    delete_with_undo,
    participation_ops,
)
from agencydesk.ui.labels import label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import EditCommand
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.table_model import Column, RecordListModel, set_column_widths

Index = QModelIndex | QPersistentModelIndex
_C = "ParticipantColumns"
COLUMNS: list[Column[ParticipationRecord]] = [
    Column(
        None,
        QT_TRANSLATE_NOOP("ParticipantColumns", "Organization"),
        lambda r: r.organization_name,
        40,
    ),
    Column(None, QT_TRANSLATE_NOOP("ParticipantColumns", "Actor type"), lambda r: r.actor_type, 12),
    Column(None, QT_TRANSLATE_NOOP("ParticipantColumns", "Person"), lambda r: r.person_name, 32),
    Column(None, QT_TRANSLATE_NOOP("ParticipantColumns", "Role"), lambda r: r.draft.role, 22),
    Column(
        None,
        QT_TRANSLATE_NOOP("ParticipantColumns", "Titular / alternate"),
        lambda r: r.draft.representation,
        10,
    ),
    Column(None, QT_TRANSLATE_NOOP("ParticipantColumns", "Since"), lambda r: r.draft.since, 10),
    Column(None, QT_TRANSLATE_NOOP("ParticipantColumns", "Until"), lambda r: r.draft.until, 10),
]


class ParticipationsModel(RecordListModel[ParticipationRecord]):
    """Former participants are greyed: they stay in the list with their dates."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is not None and not record.active:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("Former participant: took part from %1 to %2")
                    .replace("%1", format_date(record.draft.since) or "?")
                    .replace("%2", format_date(record.draft.until))
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QApplication.font()
                font.setItalic(True)
                return font
        return super().data(index, role)


class _Chip(QLabel):
    """A figure with its caption, in a small frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(4)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_count(self, caption: str, count: int) -> None:
        self.setText(f"{caption}&nbsp;&nbsp;<b>{count}</b>")
        self.setEnabled(count > 0)
        self.setAccessibleName(f"{caption}: {count}")


class CountsBar(QWidget):
    """Organizations taking part today by actor type and by government level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.type_chips = {t: _Chip(self) for t in ActorType}
        self.level_chips = {lv: _Chip(self) for lv in GovernmentLevel}
        self.type_caption = QLabel(self.tr("By actor type:"), self)
        self.level_caption = QLabel(self.tr("Public, by government level:"), self)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.type_caption)
        for chip in self.type_chips.values():
            row.addWidget(chip)
        row.addSpacing(18)
        row.addWidget(self.level_caption)
        for chip in self.level_chips.values():
            row.addWidget(chip)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)

    def show_counts(self, counts: ParticipantCounts) -> None:
        self.summary.setText(
            self.tr("Taking part today: <b>%1</b> and <b>%2</b>")
            .replace("%1", self.tr("%n organization(s)", "", counts.organizations))
            .replace("%2", self.tr("%n person(s)", "", counts.people))
        )
        for actor_type, chip in self.type_chips.items():
            chip.show_count(label(actor_type), counts.by_actor_type.get(actor_type, 0))
        for level, chip in self.level_chips.items():
            chip.show_count(label(level), counts.by_government_level.get(level, 0))


class ParticipantsTab(QWidget):
    def __init__(self, context: InitiativesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.initiative_id: int | None = None
        self.counts = CountsBar(self)
        # Not A: the page's Plan tab has it; P is the Participants tab's.
        self.add_button = QPushButton(self.tr("Add pa&rticipants…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.end_button = QPushButton(self.tr("E&nd participation…"), self)
        self.end_button.setToolTip(
            self.tr("The participant left: the row stays in the history with its dates")
        )
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setToolTip(
            self.tr("Only for a row entered by mistake; for someone who left, end it instead")
        )
        self.show_former = QCheckBox(self.tr("Show &former participants"), self)
        self.show_former.setChecked(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_former)

        self.model = ParticipationsModel(COLUMNS, _C, parent=self)
        self.view = QTableView(self)
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
        # Dates in full: digits are wider than the average character the widths assume.
        date_width = self.view.fontMetrics().horizontalAdvance("00/00/0000") + 24
        for column in (5, 6):
            self.view.setColumnWidth(column, max(self.view.columnWidth(column), date_width))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("Nobody takes part yet. Add the first organizations with “Add participants…”."),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

        self.add_button.clicked.connect(self.add_participants)
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_former.toggled.connect(lambda _on: self.reload())
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.reload()

    def reload(self) -> None:
        """Read again, keeping the selected row."""
        selected = self.selected()
        service = self.context.initiatives
        records: list[ParticipationRecord] = []
        if self.initiative_id is not None:
            try:
                records = service.participations_of(
                    self.initiative_id, include_past=self.show_former.isChecked()
                )
                counts = service.participant_counts(self.initiative_id)
            except UserError:
                records, counts = [], ParticipantCounts()
            self.counts.show_counts(counts)
        self.model.set_records(records)
        self.empty_label.setVisible(not records)
        if selected is not None:
            self.select_id(selected.id)
        self._update_buttons()

    def select_id(self, participation_id: int) -> bool:
        for row in range(self.model.rowCount()):
            record = self.model.record_at(row)
            if record is not None and record.id == participation_id:
                self.view.selectRow(row)
                return True
        return False

    def selected(self) -> ParticipationRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.add_button.setEnabled(self.initiative_id is not None)
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self.end_button.setEnabled(record is not None and record.active)

    # --- writing ---------------------------------------------------------------------------

    def add_participants(self) -> None:
        if self.initiative_id is None:
            return
        title = self.tr("Add participants")
        service = self.context.initiatives
        try:
            present: dict[int, list[str]] = {}
            for r in service.participations_of(self.initiative_id, include_past=False):
                present.setdefault(r.draft.organization_id, []).append(label(r.draft.role))
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        dialog = AddParticipantsDialog(
            self.context.actors,
            self.initiative_id,
            {org: ", ".join(dict.fromkeys(roles)) for org, roles in present.items()},
            self.context.today(),
            self,
        )
        if not dialog.exec():
            return
        self.add_drafts(dialog.drafts())

    def add_drafts(self, drafts: list[ParticipationDraft]) -> None:
        """Write the participants a dialog returned, as one undoable step."""
        if self.initiative_id is None or not drafts:
            return
        title = self.tr("Add participants")
        try:
            added = self.context.initiatives.add_participants(self.initiative_id, drafts)
        except UserError as exc:
            tell(self, title, user_error_text(exc))
            return
        if added.records:
            self.context.notify()
            text = self.tr("Add %n participant(s)", "", len(added.records))
            self.context.undo_stack.push(AddParticipantsCommand(text, self.context, added.records))
        if added.skipped:
            tell(
                self,
                title,
                self.tr(
                    "%n participant(s) already took part in the same role and were not "
                    "added again.",
                    "",
                    added.skipped,
                ),
            )

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            people = self.context.actors.people_of(record.draft.organization_id)
        except UserError as exc:
            tell(self, self.tr("Edit participation"), user_error_text(exc))
            return
        dialog = EditParticipationDialog(record, people, self)
        if dialog.exec():
            draft = dialog.draft()
            service = self.context.initiatives
            self._update(
                record,
                lambda: service.update_participation(record.id, draft),
                self.tr("Edit participation of “%1”"),
            )

    def end_selected(self) -> None:
        record = self.selected()
        if record is None or not record.active:
            return
        dialog = EndParticipationDialog(record, self.context.today(), self)
        until = dialog.until_date() if dialog.exec() else None
        if until is not None:
            service = self.context.initiatives
            self._update(
                record,
                lambda: service.end_participation(record.id, until),
                self.tr("End participation of “%1”"),
            )

    def _update(
        self,
        record: ParticipationRecord,
        write: Callable[[], ParticipationRecord],
        undo_text: str,
    ) -> None:
        """Run ``write`` (a change of ``record``) and push it as an undoable edit."""
        try:
            updated = write()
        except UserError as exc:
            tell(self, self.tr("Participation"), user_error_text(exc))
            return
        if updated.draft != record.draft:
            self.context.notify()
            self.context.undo_stack.push(
                EditCommand(
                    undo_text.replace("%1", record.name),
                    participation_ops(self.context.initiatives),
                    self.context.write,
                    record.id,
                    record.draft,
                    updated.draft,
                )
            )

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        delete_with_undo(
            self,
            self.context,
            participation_ops(self.context.initiatives),
            record.id,
            self.tr("Delete participation"),
            self.tr("Delete participation of “%1”"),
        )
