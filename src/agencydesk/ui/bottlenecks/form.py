"""The bottleneck form: code (proposed), title, category, competent entity, the date it was
identified, description and proposed solution. Validated as you type; saves are undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from agencydesk.domain.bottlenecks import (
    MAX_CODE,
    BottleneckDraft,
    BottleneckRecord,
    bottleneck_errors,
    clean_bottleneck,
    identified_on_errors,
)
from agencydesk.domain.enums import BottleneckCategory
from agencydesk.domain.errors import UserError
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.bottlenecks.commands import bottleneck_ops
from agencydesk.ui.undo import CreateCommand, EditCommand, WriteContext
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class BottleneckForm(RecordForm):
    def __init__(
        self,
        context: WriteContext,
        service: BottlenecksService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = service
        self._record: BottleneckRecord | None = None
        self._initiative_id = 0
        self.code = QLineEdit()
        self.code.setObjectName("bottleneckCode")
        self.code.setMaxLength(MAX_CODE)
        self.code.setMaximumWidth(self.code.fontMetrics().averageCharWidth() * 14 + 16)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("bottleneckTitle")
        self.title_edit.setPlaceholderText(self.tr("Required: what blocks the sector, briefly"))
        self.category = QComboBox()
        self.category.setObjectName("bottleneckCategory")
        fill_enum_combo(self.category, BottleneckCategory, None)
        self.competent = OrgPicker(context.actors)
        self.competent.setObjectName("bottleneckCompetentEntity")
        self.competent.setToolTip(self.tr("The institution that can remove the bottleneck"))
        self.identified_on = DateField()
        self.identified_on.setObjectName("bottleneckIdentifiedOn")
        self.raised_in = QLabel()
        self.raised_in.setWordWrap(True)
        self.description = _text_box(3)
        self.description.setObjectName("bottleneckDescription")
        self.proposed_solution = _text_box(3)
        self.proposed_solution.setObjectName("bottleneckProposedSolution")
        self.save_button.setObjectName("bottleneckSave")
        self.cancel_button.setObjectName("bottleneckCancel")
        self.delete_button.setObjectName("bottleneckDelete")

        self.add_field("code", self.tr("&Code:"), self.code)
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("category", self.tr("Cate&gory:"), self.category)
        self.add_field("competent_entity_id", self.tr("Co&mpetent entity:"), self.competent)
        self.add_field("identified_on", self.tr("&Identified on:"), self.identified_on)
        self.raised_label = self.add_field(
            "raised_in_meeting_id", self.tr("Raised in:"), self.raised_in
        )
        self.add_field("description", self.tr("D&escription:"), self.description)
        self.add_field("proposed_solution", self.tr("&Proposed solution:"), self.proposed_solution)
        self.finish_tab_order()

        self.code.textChanged.connect(lambda _t: self.field_changed("code"))
        self.title_edit.textChanged.connect(lambda _t: self.field_changed("title"))
        self.category.currentIndexChanged.connect(lambda _i: self.field_changed("category"))
        self.competent.textChanged.connect(
            lambda _t: self.field_changed("competent_entity_id", touch=False)
        )
        self.competent.editingFinished.connect(lambda: self.touch("competent_entity_id"))
        self.competent.chosen.connect(lambda: self.field_changed("competent_entity_id"))
        self.identified_on.changed.connect(lambda: self.field_changed("identified_on"))
        self.description.textChanged.connect(lambda: self.field_changed("description"))
        self.proposed_solution.textChanged.connect(lambda: self.field_changed("proposed_solution"))
        self._code_check = QTimer(self)
        self._code_check.setSingleShot(True)
        self._code_check.setInterval(250)
        self._code_check.timeout.connect(self._check_code)
        self.code.textEdited.connect(lambda _t: self._code_check.start())
        self._code_taken = False

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def record(self) -> BottleneckRecord | None:
        return self._record

    def load_new(self, initiative_id: int, code: str) -> None:
        self._record = None
        self._initiative_id = initiative_id
        self.title.setText(self.tr("New bottleneck"))
        self.delete_button.hide()
        draft = BottleneckDraft(initiative_id, code=code, identified_on=date.today())
        self._fill(draft, None, None)

    def load(self, record: BottleneckRecord) -> None:
        self._record = record
        self._initiative_id = record.draft.initiative_id
        self.title.setText(self.tr("Bottleneck %1").replace("%1", record.code or ""))
        self.delete_button.show()
        self._fill(record.draft, record.competent_entity_name, record.raised_in_meeting_title)

    def _fill(
        self, draft: BottleneckDraft, competent_name: str | None, raised_in: str | None
    ) -> None:
        self._code_check.stop()
        self._code_taken = False
        self.begin_load()
        self.code.setText(draft.code or "")
        self.title_edit.setText(draft.title)
        set_current_enum(self.category, draft.category)
        self.competent.set_organization(draft.competent_entity_id, competent_name)
        self.identified_on.set_date(draft.identified_on)
        self.raised_in.setText(raised_in or "")
        self.raised_in.setVisible(bool(raised_in))
        self.raised_label.setVisible(bool(raised_in))
        self.description.setPlainText(draft.description or "")
        self.proposed_solution.setPlainText(draft.proposed_solution or "")
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> BottleneckDraft:
        kept = self._record.draft if self._record else None
        return BottleneckDraft(
            initiative_id=self._initiative_id,
            code=self.code.text(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            category=current_enum(self.category, BottleneckCategory) or BottleneckCategory.OTHER,
            competent_entity_id=self.competent.organization_id(),
            proposed_solution=self.proposed_solution.toPlainText(),
            identified_on=self.identified_on.date(),
            # Not edited here (the meetings issue links sessions); kept as it was.
            raised_in_meeting_id=kept.raised_in_meeting_id if kept else None,
        )

    def field_errors(self) -> dict[str, str]:
        draft = clean_bottleneck(self.draft())
        errors = bottleneck_errors(draft)
        if not self.identified_on.is_valid():
            errors["identified_on"] = "bad_date"
        elif draft.identified_on is None:
            errors["identified_on"] = "required"
        elif self._record is not None:
            errors.update(identified_on_errors(draft.identified_on, self._record.history))
        if self.competent.is_unresolved():
            errors["competent_entity_id"] = "choose_organization"
        if self._code_taken and draft.code:
            errors["code"] = "duplicate_code"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        if code == "end_before_start":
            return self.tr("The next step of the workflow is dated earlier than this.")
        return super().error_text(code)

    def _check_code(self) -> None:
        code = self.code.text().strip()
        try:
            taken = bool(code) and self._service.code_taken(
                self._initiative_id, code, self.record_id
            )
        except UserError:
            return
        self._code_taken = taken
        self.revalidate()

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        context, service = self._context, self._service
        draft = self.draft()
        ops = bottleneck_ops(service)
        if self._record is None:
            created = service.create(draft)
            self._record = created
            context.notify()
            text = self.tr("Record bottleneck “%1”").replace("%1", created.name())
            context.undo_stack.push(CreateCommand(text, ops, context, created))
            return created.id
        before = self._record
        updated = service.update(before.id, draft)
        self._record = updated
        if updated.draft != before.draft:
            context.notify()
            text = self.tr("Edit bottleneck “%1”").replace("%1", updated.name())
            context.undo_stack.push(
                EditCommand(text, ops, context, before.id, before.draft, updated.draft)
            )
        return updated.id

    def forget_edits(self) -> None:
        """Drop unsaved edits without asking (the caller asked, or the record is gone)."""
        self._dirty = False

    def refresh_record(self, record: BottleneckRecord) -> None:
        """A newer version of the same record (after a status change or an undo): reload it
        unless the user is editing, in which case only its status part is updated."""
        if self.is_dirty():
            # The typed text stays; the next save compares against what is stored now.
            self._record = record
        else:
            self.load(record)
