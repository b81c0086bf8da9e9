"""Step 5: what the file holds (proposed from its columns), where its rows go (a plan, a
meeting), how to read dates and decimals, and what to do with rows matching existing records."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.kinds import ImportKind, ValueType, fields
from agencydesk.services.importing.setup import OnMatch
from agencydesk.ui.importing.field_labels import kind_choices, kind_label
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.state import MEETING_KINDS, PLAN_KINDS, ImportState
from agencydesk.ui.widgets import current_enum, fill_enum_combo, set_current_enum

NEW_PLAN = -1


def has_organizations(kind: ImportKind) -> bool:
    return any(f.type is ValueType.ORGANIZATION for f in fields(kind))


class OptionsPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("What the file holds and how to read it."))
        self.kind = QComboBox()
        for text, kind in kind_choices():
            self.kind.addItem(text, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind_note = QLabel()
        self.kind_note.setWordWrap(True)

        self.plan = QComboBox()
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.plan_title = QLineEdit()
        self.plan_title.setPlaceholderText(self.tr("Title of the new plan"))
        self.plan_row = QWidget()
        plan_layout = QHBoxLayout(self.plan_row)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.plan, 1)
        plan_layout.addWidget(self.plan_title, 1)
        self.meeting = QComboBox()

        self.dates = QComboBox()
        self.dates.addItem(self.tr("Day first (15/03/2024 is 15 March)"), True)
        self.dates.addItem(self.tr("Month first (03/15/2024 is 15 March)"), False)
        self.decimals = QComboBox()
        self.decimals.addItem(self.tr("Decide for each value"), None)
        self.decimals.addItem(self.tr("Decimal comma (1.234,56)"), True)
        self.decimals.addItem(self.tr("Decimal point (1,234.56)"), False)
        self.on_match = QComboBox()
        self.on_match.addItem(self.tr("Skip them (keep what AgencyDesk has)"), OnMatch.SKIP.value)
        self.on_match.addItem(self.tr("Update them with the file's values"), OnMatch.UPDATE.value)
        self.on_match.addItem(self.tr("Fill only their empty fields"), OnMatch.FILL.value)

        self.create_orgs = QCheckBox(self.tr("Create the organizations not in the directory"))
        self.create_orgs.setChecked(True)
        # A created organization takes the type its name says ("Municipalidad…": public);
        # this one is for the names that say nothing ("Comercial López").
        self.new_org_type = QComboBox()
        fill_enum_combo(self.new_org_type, ActorType, None)
        self.new_org_type.setToolTip(
            self.tr(
                "A new organization whose name says what it is gets that type: a "
                "“Municipalidad” or a “Ministerio” is public, with its level of government, a "
                "“Universidad” academia, a “Fundación” civil society, an “S.A.C.” or a "
                "“Cooperativa” private. The others get the type chosen here."
            )
        )
        self.create_orgs.toggled.connect(self.new_org_type.setEnabled)
        self.orgs_row = QWidget()
        orgs_layout = QHBoxLayout(self.orgs_row)
        orgs_layout.setContentsMargins(0, 0, 0, 0)
        orgs_layout.addWidget(self.create_orgs)

        # Attendance: a sign-in sheet typed up, with no column saying who came.
        self.listed_attended = QCheckBox(self.tr("Everyone on the list attended"))
        self.listed_attended.setToolTip(
            self.tr(
                "For a signed sign-in sheet with no column saying who attended. Otherwise "
                "the people are added to the meeting's list as invited only."
            )
        )

        self.default_type = QComboBox()  # organizations: the type when the file gives none
        fill_enum_combo(self.default_type, ActorType, self.tr("None: reject the row"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("The file holds:"), self.kind)
        self.form.addRow("", self.kind_note)
        self.form.addRow(self.tr("Action plan:"), self.plan_row)
        self.form.addRow(self.tr("Meeting:"), self.meeting)
        self.form.addRow(self.tr("Dates written:"), self.dates)
        self.form.addRow(self.tr("Numbers written with:"), self.decimals)
        self.form.addRow(self.tr("Rows matching existing records:"), self.on_match)
        self.form.addRow(self.tr("Unknown organizations:"), self.orgs_row)
        self.form.addRow(self.tr("Their type, if the name does not say it:"), self.new_org_type)
        self.form.addRow(self.tr("Type of actor when empty:"), self.default_type)
        self.form.addRow(self.tr("Attendance:"), self.listed_attended)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        state = self.state
        assert state.setup is not None
        setup = state.setup
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(setup.kind.value), 0))
        self.kind.blockSignals(False)
        self.kind_note.clear()
        self.kind_note.setVisible(False)
        self.plan.blockSignals(True)
        self.plan.clear()
        for ref in state.plan_choices():
            text = ref.name + (f" ({ref.detail})" if ref.detail else "")
            self.plan.addItem(text, ref.id)
        self.plan.addItem(self.tr("A new plan…"), NEW_PLAN)
        self.plan.setCurrentIndex(max(self.plan.findData(setup.plan_id), 0))
        self.plan.blockSignals(False)
        self.plan_title.setText(setup.new_plan_title or "")
        if setup.new_plan_title:
            self.plan.setCurrentIndex(self.plan.findData(NEW_PLAN))
        self.meeting.clear()
        for ref in state.meeting_choices():
            text = ref.name + (f" — {ref.detail}" if ref.detail else "")
            self.meeting.addItem(text, ref.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(setup.meeting_id), 0))
        self.dates.setCurrentIndex(0 if state.day_first else 1)
        self.decimals.setCurrentIndex(max(self.decimals.findData(setup.decimal_comma), 0))
        self.on_match.setCurrentIndex(max(self.on_match.findData(setup.on_match.value), 0))
        self.create_orgs.setChecked(setup.create_organizations)
        set_current_enum(self.new_org_type, setup.new_organization_type)
        set_current_enum(self.default_type, setup.defaults.get("actor_type"))
        self.listed_attended.setChecked(setup.listed_attended)
        self._show_rows()

    def _kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        state = self.state
        assert state.loaded is not None and state.setup is not None
        kind = self._kind()
        proposed = state.service.propose(
            state.loaded, kind=kind, sheet=state.setup.sheet, header_row=state.setup.header_row
        )
        state.setup = replace(
            state.setup,
            kind=kind,
            mapping=proposed.mapping,
            defaults={},
            listed_attended=proposed.listed_attended,
        )
        self.listed_attended.setChecked(proposed.listed_attended)
        state.forget_preview()
        self.kind_note.setText(
            self.tr(
                "The columns were matched again for “%1”: %n column(s) recognised. "
                "Go Back to check them.",
                "",
                len(proposed.mapping),
            ).replace("%1", kind_label(kind))
        )
        self.kind_note.setVisible(True)
        self._show_rows()

    def _plan_changed(self) -> None:
        self.plan_title.setVisible(
            self.plan.currentData() == NEW_PLAN and self._kind() is ImportKind.ACTIONS
        )

    def _show_rows(self) -> None:
        kind = self._kind()
        self.form.setRowVisible(self.plan_row, kind in PLAN_KINDS)
        self.form.setRowVisible(self.meeting, kind in MEETING_KINDS)
        self.form.setRowVisible(self.orgs_row, has_organizations(kind))
        self.form.setRowVisible(self.new_org_type, has_organizations(kind))
        self.form.setRowVisible(self.default_type, kind is ImportKind.ORGANIZATIONS)
        # Only where no column says who came ("Asistió", "Justificó").
        mapped = set(self.state.setup.mapping.values()) if self.state.setup else set()
        self.form.setRowVisible(
            self.listed_attended,
            kind is ImportKind.ATTENDANCE and mapped.isdisjoint({"attended", "excused"}),
        )
        # Progress and measurements refer to what a plan already has: no new plan for them.
        new_index = self.plan.findData(NEW_PLAN)
        view = self.plan.view()
        if new_index >= 0 and hasattr(view, "setRowHidden"):
            view.setRowHidden(new_index, kind is not ImportKind.ACTIONS)
        if kind is not ImportKind.ACTIONS and self.plan.currentData() == NEW_PLAN:
            self.plan.setCurrentIndex(0)
        self._plan_changed()
        self.form.setRowVisible(self.on_match, kind is not ImportKind.PROGRESS)
        show_message(self.message, "")

    def validatePage(self) -> bool:
        state = self.state
        assert state.setup is not None
        kind = self._kind()
        plan_id = self.plan.currentData() if kind in PLAN_KINDS else None
        new_plan_title = None
        if plan_id == NEW_PLAN:
            new_plan_title = self.plan_title.text().strip()
            if not new_plan_title:
                show_message(self.message, self.tr("Write the title of the new plan."), error=True)
                return False
            plan_id = None
        elif kind in PLAN_KINDS and plan_id is None:
            show_message(self.message, self.tr("Choose the action plan."), error=True)
            return False
        meeting_id = self.meeting.currentData() if kind in MEETING_KINDS else None
        if kind in MEETING_KINDS and meeting_id is None:
            show_message(self.message, self.tr("Choose the meeting."), error=True)
            return False
        defaults = dict(state.setup.defaults)
        defaults.pop("actor_type", None)
        actor_type = current_enum(self.default_type, ActorType)
        if kind is ImportKind.ORGANIZATIONS and actor_type is not None:
            defaults["actor_type"] = actor_type
        new_setup = replace(
            state.setup,
            kind=kind,
            plan_id=plan_id,
            new_plan_title=new_plan_title,
            meeting_id=meeting_id,
            day_first=bool(self.dates.currentData()),
            decimal_comma=self.decimals.currentData(),
            on_match=OnMatch(self.on_match.currentData()),
            create_organizations=self.create_orgs.isChecked(),
            new_organization_type=current_enum(self.new_org_type, ActorType) or ActorType.PRIVATE,
            defaults=defaults,
            listed_attended=kind is ImportKind.ATTENDANCE and self.listed_attended.isChecked(),
        )
        if new_setup != state.setup:
            state.setup = new_setup
            state.forget_preview()
        state.day_first = new_setup.day_first
        return True
