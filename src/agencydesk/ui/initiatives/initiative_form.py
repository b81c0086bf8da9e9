"""The initiative form: create or edit an initiative or mesa, validated as you type, undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencydesk.domain.enums import InitiativeFocus, InitiativeKind, InitiativeStatus
from agencydesk.domain.initiatives import (
    InitiativeDraft,
    InitiativeRecord,
    clean_initiative,
    initiative_errors,
)
from agencydesk.domain.records import NamedRef, TerritoryRecord
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.initiatives.undo import InitiativesContext, initiative_ops
from agencydesk.ui.undo import CreateCommand, EditCommand
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)
from agencydesk.ui.widgets.person_picker import PersonPicker


class InitiativeForm(RecordForm):
    def __init__(self, context: InitiativesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: InitiativeRecord | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Required"))
        self.kind = QComboBox()
        fill_enum_combo(self.kind, InitiativeKind, None)
        self.focus_combo = QComboBox()
        fill_enum_combo(self.focus_combo, InitiativeFocus, self.tr("Not specified"))
        self.sector = QLineEdit()
        self.sector.setPlaceholderText(self.tr("e.g. Coffee, Forestry / timber, Dairy"))
        self.territory = QComboBox()
        self.agenda = QComboBox()
        self.objective = QPlainTextEdit()
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(self.objective.fontMetrics().lineSpacing() * 5 + 12)
        self.status = QComboBox()
        fill_enum_combo(self.status, InitiativeStatus, None)
        self.started_on = DateField()
        self.convener = OrgPicker(context.actors)
        self.coordinator = PersonPicker(context.actors)

        self.add_field("name", self.tr("Na&me:"), self.name)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("focus", self.tr("&Focus:"), self.focus_combo)
        self.add_field("sector", self.tr("Se&ctor:"), self.sector)
        self.add_field("territory_id", self.tr("Te&rritory:"), self.territory)
        self.add_field("agenda_id", self.tr("A&genda:"), self.agenda)
        self.add_field("objective", self.tr("O&bjective:"), self.objective)
        self.add_field("status", self.tr("S&tatus:"), self.status)
        self.add_field("started_on", self.tr("Started &on:"), self.started_on)
        self.add_field("convener_id", self.tr("Con&vener:"), self.convener)
        self.add_field("coordinator_id", self.tr("Coor&dinator:"), self.coordinator)
        self.finish_tab_order()
        self.kind.setToolTip(
            self.tr("ECLAC's kinds of articulation initiative, or a Peruvian mesa ejecutiva")
        )
        self.convener.setToolTip(self.tr("The organization that convenes the initiative"))
        self.coordinator.setToolTip(self.tr("The person who leads the dedicated team"))

        self.name.textChanged.connect(lambda _t: self.field_changed("name"))
        self.sector.textChanged.connect(lambda _t: self.field_changed("sector"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for key, combo in (
            ("focus", self.focus_combo),
            ("territory_id", self.territory),
            ("agenda_id", self.agenda),
            ("status", self.status),
        ):
            combo.currentIndexChanged.connect(lambda _i, k=key: self.field_changed(k))
        self.objective.textChanged.connect(lambda: self.field_changed("objective"))
        self.started_on.changed.connect(lambda: self.field_changed("started_on"))
        for key, picker in (("convener_id", self.convener), ("coordinator_id", self.coordinator)):
            # No error while the user is still typing a name: only once they leave the field.
            picker.textChanged.connect(lambda _t, k=key: self.field_changed(k, touch=False))
            picker.editingFinished.connect(lambda k=key: self.touch(k))
            picker.chosen.connect(lambda k=key: self.field_changed(k))
        self.load_new()

    # --- choices ---------------------------------------------------------------------------

    def set_choices(self, territories: list[TerritoryRecord], agendas: list[NamedRef]) -> None:
        blocked = self._loading
        self._loading = True
        fill_territory_combo(self.territory, territories, self.tr("None"))
        current = self.agenda.currentData()
        self.agenda.clear()
        self.agenda.addItem(self.tr("None"), None)
        for ref in agendas:
            self.agenda.addItem(ref.name, ref.id)
        self.agenda.setCurrentIndex(max(self.agenda.findData(current), 0) if current else 0)
        self._loading = blocked

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def load_new(self) -> None:
        self._record = None
        self.title.setText(self.tr("New initiative"))
        self._fill(InitiativeDraft(name=""), None)

    def load(self, record: InitiativeRecord) -> None:
        self._record = record
        self.title.setText(self.tr("Edit initiative"))
        self._fill(record.draft, record)

    def _fill(self, draft: InitiativeDraft, record: InitiativeRecord | None) -> None:
        self.begin_load()
        self.name.setText(draft.name)
        set_current_enum(self.kind, draft.kind)
        set_current_enum(self.focus_combo, draft.focus)
        self.sector.setText(draft.sector or "")
        self.territory.setCurrentIndex(max(self.territory.findData(draft.territory_id), 0))
        if draft.agenda_id is not None and self.agenda.findData(draft.agenda_id) < 0:
            # An agenda the choices do not list yet (created meanwhile): show it anyway.
            self.agenda.addItem(record.agenda_title if record else "?", draft.agenda_id)
        self.agenda.setCurrentIndex(max(self.agenda.findData(draft.agenda_id), 0))
        self.objective.setPlainText(draft.objective or "")
        set_current_enum(self.status, draft.status)
        self.started_on.set_date(draft.started_on)
        self.convener.set_organization(draft.convener_id, record.convener_name if record else "")
        self.coordinator.set_person(draft.coordinator_id, record.coordinator_name if record else "")
        self._kind_changed()
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> InitiativeDraft:
        kind = current_enum(self.kind, InitiativeKind) or InitiativeKind.VALUE_CHAIN
        return InitiativeDraft(
            name=self.name.text(),
            kind=kind,
            focus=(
                current_enum(self.focus_combo, InitiativeFocus)
                if kind is InitiativeKind.EXECUTIVE_TABLE
                else None
            ),
            sector=self.sector.text(),
            territory_id=self.territory.currentData(),
            agenda_id=self.agenda.currentData(),
            objective=self.objective.toPlainText(),
            status=current_enum(self.status, InitiativeStatus) or InitiativeStatus.PROPOSED,
            started_on=self.started_on.date(),
            convener_id=self.convener.organization_id(),
            coordinator_id=self.coordinator.person_id(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = initiative_errors(clean_initiative(self.draft()))
        if not self.started_on.is_valid():
            errors["started_on"] = "bad_date"
        if self.convener.is_unresolved():
            errors["convener_id"] = "choose_organization"
        if self.coordinator.is_unresolved():
            errors["coordinator_id"] = "choose_person"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        if code == "choose_person":
            return self.tr("Choose a person from the list, or leave the field empty.")
        return super().error_text(code)

    def _kind_changed(self, _index: int = 0) -> None:
        executive = current_enum(self.kind, InitiativeKind) is InitiativeKind.EXECUTIVE_TABLE
        self.focus_combo.setEnabled(executive)
        self.focus_combo.setToolTip(
            self.tr("Around a sector or a production factor")
            if executive
            else self.tr("Only executive tables (mesas ejecutivas) have a focus")
        )
        self.field_changed("kind")

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        context = self._context
        service = context.initiatives
        draft = self.draft()
        ops = initiative_ops(service)
        if self._record is None:
            created = service.create_initiative(draft)
            self._record = created
            context.notify()
            text = self.tr("Create initiative “%1”").replace("%1", created.name)
            context.undo_stack.push(CreateCommand(text, ops, context.write, created))
            return created.id
        before = self._record
        updated = service.update_initiative(before.id, draft)
        self._record = updated
        if updated.draft != before.draft:
            context.notify()
            text = self.tr("Edit initiative “%1”").replace("%1", updated.name)
            context.undo_stack.push(
                EditCommand(text, ops, context.write, before.id, before.draft, updated.draft)
            )
        return updated.id
