"""The agenda form: create or edit an agenda's own fields, validated as you type, undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencydesk.domain.agendas import AgendaDraft, AgendaRecord, agenda_errors, clean_agenda
from agencydesk.domain.enums import AgendaStatus
from agencydesk.domain.records import TerritoryRecord
from agencydesk.services.agendas import AgendasService
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.actors.territories import fill_territory_combo
from agencydesk.ui.agendas.undo import agenda_ops
from agencydesk.ui.undo import WriteContext, write_record
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


class AgendaForm(RecordForm):
    def __init__(
        self, context: WriteContext, agendas: AgendasService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._agendas = agendas
        self._record: AgendaRecord | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("Required, e.g. Agenda de Desarrollo Económico del Soconusco 2025–2030")
        )
        self.territory = QComboBox()
        self.period_start = DateField()
        self.period_end = DateField()
        self.vision = _text_box(5)
        self.vision.setPlaceholderText(
            self.tr("Where the territory wants to be at the end of the period")
        )
        self.status = QComboBox()
        fill_enum_combo(self.status, AgendaStatus, None)
        self.convener = OrgPicker(context.actors)
        self.convener.setToolTip(self.tr("The institution that convenes the agenda"))
        self.notes = _text_box(4)

        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("territory_id", self.tr("Te&rritory:"), self.territory)
        self.add_field("period_start", self.tr("Period fr&om:"), self.period_start)
        self.add_field("period_end", self.tr("Period unti&l:"), self.period_end)
        self.add_field("vision", self.tr("&Vision:"), self.vision)
        self.add_field("status", self.tr("Stat&us:"), self.status)
        self.add_field("convener_id", self.tr("&Convener:"), self.convener)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.finish_tab_order()

        self.title_edit.textChanged.connect(lambda _t: self.field_changed("title"))
        self.territory.currentIndexChanged.connect(lambda _i: self.field_changed("territory_id"))
        # Both dates are checked together: a wrong end can be mended by changing the start.
        self.period_start.changed.connect(lambda: self._dates_changed("period_start"))
        self.period_end.changed.connect(lambda: self._dates_changed("period_end"))
        self.vision.textChanged.connect(lambda: self.field_changed("vision"))
        self.status.currentIndexChanged.connect(lambda _i: self.field_changed("status"))
        # While typing in the picker the user has not chosen yet: no error until they leave it.
        self.convener.textChanged.connect(lambda _t: self.field_changed("convener_id", touch=False))
        self.convener.editingFinished.connect(lambda: self.touch("convener_id"))
        self.convener.chosen.connect(lambda: self.field_changed("convener_id"))
        self.notes.textChanged.connect(lambda: self.field_changed("notes"))
        self.load_new()

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    def set_territories(self, territories: list[TerritoryRecord]) -> None:
        blocked = self._loading
        self._loading = True
        fill_territory_combo(self.territory, territories, self.tr("None"))
        self._loading = blocked

    def load_new(self) -> None:
        self._record = None
        self.title.setText(self.tr("New agenda"))
        self._fill(AgendaDraft(title=""), "")

    def load(self, record: AgendaRecord) -> None:
        self._record = record
        self.title.setText(self.tr("Edit agenda"))
        self._fill(record.draft, record.convener_name or "")

    def _fill(self, draft: AgendaDraft, convener_name: str) -> None:
        self.begin_load()
        self.title_edit.setText(draft.title)
        index = self.territory.findData(draft.territory_id) if draft.territory_id else 0
        self.territory.setCurrentIndex(max(index, 0))
        self.period_start.set_date(draft.period_start)
        self.period_end.set_date(draft.period_end)
        self.vision.setPlainText(draft.vision or "")
        set_current_enum(self.status, draft.status)
        self.convener.set_organization(draft.convener_id, convener_name)
        self.notes.setPlainText(draft.notes or "")
        self.end_load()

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> AgendaDraft:
        return AgendaDraft(
            title=self.title_edit.text(),
            territory_id=self.territory.currentData(),
            period_start=self.period_start.date(),
            period_end=self.period_end.date(),
            vision=self.vision.toPlainText(),
            status=current_enum(self.status, AgendaStatus) or AgendaStatus.DRAFT,
            convener_id=self.convener.organization_id(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self) -> dict[str, str]:
        errors = agenda_errors(clean_agenda(self.draft()))
        for key, field in (("period_start", self.period_start), ("period_end", self.period_end)):
            if not field.is_valid():
                errors[key] = "bad_date"
        if self.convener.is_unresolved():
            errors["convener_id"] = "choose_organization"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        return super().error_text(code)

    def _dates_changed(self, key: str) -> None:
        self.field_changed(key)
        if self.period_start.text() and self.period_end.text():
            self.touch("period_end")

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        saved = write_record(
            self._context,
            agenda_ops(self._agendas),
            self._agendas.create_agenda,
            self._record,
            self.draft(),
            self._remember,
            lambda r: self.tr("Create agenda “%1”").replace("%1", r.title),
            lambda r: self.tr("Edit agenda “%1”").replace("%1", r.title),
        )
        return saved.id

    def _remember(self, record: Any) -> None:
        self._record = record
