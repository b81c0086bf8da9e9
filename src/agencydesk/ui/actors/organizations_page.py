"""The Organizations tab: the list, the selected organization's page, and its form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QWidget

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import OrganizationRecord, TerritoryRecord
from agencydesk.ui.actors.list_page import ListPage
from agencydesk.ui.actors.organization_detail import OrganizationDetail
from agencydesk.ui.actors.organization_form import OrganizationForm
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import WriteContext, organization_ops
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, draft_column

_C = "OrganizationColumns"
COLUMNS: list[Column[OrganizationRecord]] = [
    Column("name", QT_TRANSLATE_NOOP("OrganizationColumns", "Name"), lambda o: o.name, 40),
    draft_column("short_name", QT_TRANSLATE_NOOP("OrganizationColumns", "Acronym"), 10),
    draft_column("actor_type", QT_TRANSLATE_NOOP("OrganizationColumns", "Actor type"), 13),
    draft_column(
        "government_level", QT_TRANSLATE_NOOP("OrganizationColumns", "Government level"), 10
    ),
    Column(
        "territory",
        QT_TRANSLATE_NOOP("OrganizationColumns", "Territory"),
        lambda o: o.territory_name,
        16,
    ),
    draft_column("sector", QT_TRANSLATE_NOOP("OrganizationColumns", "Sector"), 16),
    draft_column("tax_id", QT_TRANSLATE_NOOP("OrganizationColumns", "Tax ID"), 13),
    draft_column("phone", QT_TRANSLATE_NOOP("OrganizationColumns", "Phone"), 13),
    draft_column("email", QT_TRANSLATE_NOOP("OrganizationColumns", "E-mail"), 24),
]

_HINT, _DETAIL, _FORM = 0, 1, 2


def organizations_model(context: WriteContext, parent: QWidget | None = None) -> LazyTableModel:
    actors = context.actors
    return LazyTableModel(
        COLUMNS, actors.organization_ids, actors.organizations, _C, "name", parent=parent
    )


class OrganizationsPage(ListPage):
    person_requested = Signal(int)
    initiative_requested = Signal(int)  # from the organization's page: open that initiative
    add_person_requested = Signal(int, str)  # organization id and name

    def __init__(self, context: WriteContext, parent: QWidget | None = None) -> None:
        super().__init__(context, organizations_model(context), parent)
        self.model.setParent(self)
        self.search.setPlaceholderText(
            self.tr("Name, acronym, tax ID, sector, representative or e-mail")
        )
        self.new_button.setText(self.tr("&New organization"))
        self.hint.setText(
            self.tr(
                "Choose an organization in the list to see its people and initiatives, "
                "or create one with “New organization”."
            )
        )
        self.detail = OrganizationDetail(self.side)
        self.form = OrganizationForm(context, self.side)
        self.side.addWidget(self.detail)
        self.side.addWidget(self.form)
        self.detail.edit_requested.connect(self.open_current)
        self.detail.delete_requested.connect(self.delete_current)
        self.detail.person_requested.connect(self.person_requested)
        self.detail.initiative_requested.connect(self.initiative_requested)
        self.detail.add_person_requested.connect(self._add_person)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancelled)

    def set_territories(self, territories: list[TerritoryRecord]) -> None:
        super().set_territories(territories)
        self.form.set_territories(territories)

    # --- texts -----------------------------------------------------------------------------

    def export_title(self) -> str:
        return self.tr("Organizations")

    def count_text(self, count: int, filtered: bool) -> str:
        if filtered:
            return self.tr("%n organization(s) found", "", count)
        return self.tr("%n organization(s)", "", count)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No organization matches the search or the filters.")
        return self.tr(
            "There are no organizations yet. Create the first one with “New organization”, "
            "or import a spreadsheet."
        )

    # --- side panel ------------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        return self.side.currentIndex() != _FORM or self.form.confirm_discard()

    def show_record(self, record_id: int) -> None:
        actors = self.context.actors
        try:
            record = actors.organization(record_id)
            people = actors.people_of(record_id)
            initiatives = actors.initiatives_of(record_id)
        except UserError:
            self.set_current(None)
            self.side.setCurrentIndex(_HINT)
            return
        self.set_current(record_id)
        self.detail.show_organization(record, people, initiatives)
        self.side.setCurrentIndex(_DETAIL)

    def reload_side(self) -> None:
        if self.side.currentIndex() == _FORM:
            if self.form.is_dirty():
                return
            if self.form.record_id is None:
                self.form.load_new()
                return
            try:
                self.form.load(self.context.actors.organization(self.form.record_id))
            except UserError:
                self.set_current(None)
                self.side.setCurrentIndex(_HINT)
            return
        current = self.current_id()
        if current is not None:
            self.show_record(current)

    def new_record(self) -> None:
        if not self.confirm_leave():
            return
        self.form.load_new()
        self.side.setCurrentIndex(_FORM)
        self.form.edits["name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_current(self) -> None:
        record_id = self.selected_id() or self.current_id()
        if record_id is None:
            return
        if self.side.currentIndex() == _FORM and self.form.record_id == record_id:
            self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.confirm_leave():
            return
        try:
            record = self.context.actors.organization(record_id)
        except UserError as exc:
            tell(self, self.tr("Organization"), user_error_text(exc))
            self.refresh()
            return
        self.set_current(record_id)
        self.form.load(record)
        self.side.setCurrentIndex(_FORM)
        self.form.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_person(self) -> None:
        record = self.detail.record
        if record is not None:
            self.add_person_requested.emit(record.id, record.name)

    def save_current(self) -> None:
        if self.side.currentIndex() == _FORM:
            self.form.save()

    def _saved(self, record_id: int) -> None:
        self.set_current(record_id)
        self.select_id(record_id)
        self.show_record(record_id)

    def _cancelled(self) -> None:
        current = self.current_id()
        if current is not None and self.form.record_id is not None:
            self.show_record(current)
        else:
            self.side.setCurrentIndex(_HINT)

    # --- deleting --------------------------------------------------------------------------

    def delete_current(self) -> None:
        self.delete_record(
            self.selected_id() or self.current_id(),
            organization_ops(self.context.actors),
            self.tr("Delete organization"),
            self.tr("Delete organization “%1”"),
        )
