"""The People tab: the contacts list and the selected person's form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from agencydesk.domain.enums import Gender
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import PersonRecord
from agencydesk.ui.actors.filter_combo import FilterCombo
from agencydesk.ui.actors.list_page import ListPage
from agencydesk.ui.actors.person_form import PersonForm
from agencydesk.ui.undo import WriteContext, person_ops
from agencydesk.ui.widgets import fill_enum_combo
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, draft_column

_C = "PersonColumns"
COLUMNS: list[Column[PersonRecord]] = [
    draft_column("full_name", QT_TRANSLATE_NOOP("PersonColumns", "Name"), 30),
    Column(
        "organization",
        QT_TRANSLATE_NOOP("PersonColumns", "Organization"),
        lambda p: p.organization_name,
        30,
    ),
    draft_column("position", QT_TRANSLATE_NOOP("PersonColumns", "Position"), 18),
    draft_column("email", QT_TRANSLATE_NOOP("PersonColumns", "E-mail"), 24),
    draft_column("phone", QT_TRANSLATE_NOOP("PersonColumns", "Phone"), 13),
    draft_column("national_id", QT_TRANSLATE_NOOP("PersonColumns", "National ID"), 12),
]

_HINT, _FORM = 0, 1


def people_model(context: WriteContext, parent: QWidget | None = None) -> LazyTableModel:
    actors = context.actors
    return LazyTableModel(COLUMNS, actors.person_ids, actors.people, _C, "full_name", parent=parent)


class PeoplePage(ListPage):
    def __init__(self, context: WriteContext, parent: QWidget | None = None) -> None:
        super().__init__(context, people_model(context), parent)
        self.model.setParent(self)
        self.search.setPlaceholderText(self.tr("Name, national ID, position, e-mail or phone"))
        self.new_button.setText(self.tr("&New person"))
        self.hint.setText(
            self.tr(
                "Choose a person in the list to see and edit their details, "
                "or add one with “New person”."
            )
        )
        self.actor_type_filter.setToolTip(self.tr("Actor type of the person's organization"))
        self.gender_filter = FilterCombo(self)
        fill_enum_combo(self.gender_filter, Gender, self.tr("All genders"))
        self.gender_filter.addItem(self.tr("Gender not recorded"), "")
        self.gender_filter.setAccessibleName(self.tr("Gender filter"))
        self.gender_filter.setToolTip(self.tr("Gender filter"))
        self.add_filter("gender", self.gender_filter)
        self.form = PersonForm(context, self.side)
        self.side.addWidget(self.form)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancelled)
        self.form.delete_button.clicked.connect(self.delete_current)
        self.form.personal_data_button.erased.connect(self._erased)

    # --- texts -----------------------------------------------------------------------------

    def export_title(self) -> str:
        return self.tr("People")

    def count_text(self, count: int, filtered: bool) -> str:
        if filtered:
            return self.tr("%n person(s) found", "", count)
        return self.tr("%n person(s)", "", count)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nobody matches the search or the filters.")
        return self.tr(
            "There are no people yet. Add the first one with “New person”, or import a spreadsheet."
        )

    # --- side panel ------------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        return self.side.currentIndex() != _FORM or self.form.confirm_discard()

    def show_record(self, record_id: int) -> None:
        try:
            record = self.context.actors.person(record_id)
        except UserError:
            self.set_current(None)
            self.side.setCurrentIndex(_HINT)
            return
        self.set_current(record_id)
        self.form.load(record)
        self.side.setCurrentIndex(_FORM)

    def reload_side(self) -> None:
        if self.side.currentIndex() != _FORM or self.form.is_dirty():
            return
        if self.form.record_id is None:
            self.form.load_new()
        else:
            self.show_record(self.form.record_id)

    def new_record(self, organization_id: int | None = None, organization_name: str = "") -> None:
        if not self.confirm_leave():
            return
        self.set_current(None)
        self.view.selectionModel().clearSelection()
        self.form.load_new(organization_id, organization_name)
        self.side.setCurrentIndex(_FORM)
        self.form.edits["full_name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_current(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        if self.form.record_id != record_id:
            self.show_record(record_id)
        self.form.edits["full_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def save_current(self) -> None:
        if self.side.currentIndex() == _FORM:
            self.form.save()

    def _saved(self, record_id: int) -> None:
        self.set_current(record_id)
        self.select_id(record_id)
        self.show_record(record_id)

    def _cancelled(self) -> None:
        current = self.current_id()
        if current is not None and self.form.record_id == current:
            self.show_record(current)
        else:
            self.side.setCurrentIndex(_HINT)

    def _erased(self, person_id: int) -> None:
        """After an erasure nothing may bring the old values back: the undo stack (which
        holds earlier edits of this person) is cleared, and the page shows the person as
        they now are."""
        self.context.undo_stack.clear()
        self.refresh()
        self.show_record(person_id)
        self.context.notify()

    # --- deleting --------------------------------------------------------------------------

    def delete_current(self) -> None:
        record_id = self.form.record_id if self.side.currentIndex() == _FORM else None
        self.delete_record(
            record_id or self.selected_id(),
            person_ops(self.context.actors),
            self.tr("Delete person"),
            self.tr("Delete person “%1”"),
        )
