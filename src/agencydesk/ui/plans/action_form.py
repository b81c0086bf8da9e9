"""The full action form: every field of an action and its funding lines, written together in
one undoable step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plans import (
    ActionDraft,
    ActionRecord,
    PlanRecord,
    action_errors,
    clean_action,
)
from agencydesk.domain.records import NamedRef
from agencydesk.services.plans import PlansService
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.history import HistoryButton
from agencydesk.ui.plans.funding_table import FundingTable
from agencydesk.ui.plans.money import format_amount, parse_amount
from agencydesk.ui.plans.undo import ActionContent, action_ops
from agencydesk.ui.undo import CreateCommand, EditCommand, WriteContext
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

_LINES = ("code", "title", "indicator", "target", "unit")
_MAX = {"code": 20, "title": 300, "indicator": 300, "target": 100, "unit": 60}


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ActionForm(RecordForm):
    def __init__(
        self, context: WriteContext, plans: PlansService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._plans = plans
        self._record: ActionRecord | None = None
        self._plan: PlanRecord | None = None
        self._funding_source: str | None = None
        self.edits: dict[str, QLineEdit] = {}
        for key in _LINES:
            edit = QLineEdit()
            edit.setMaxLength(_MAX[key])
            edit.setObjectName(f"action_{key}")
            self.edits[key] = edit
        self.edits["title"].setPlaceholderText(self.tr("Required"))
        self.edits["code"].setPlaceholderText(self.tr("e.g. A2.3"))
        self.axis = QComboBox()
        self.axis.setEditable(True)
        self.axis.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.axis.lineEdit().setPlaceholderText(self.tr("Choose an axis or type a new one"))
        self.description = _text_box(3)
        self.responsible = OrgPicker(context.actors)
        self.start_date = DateField()
        self.end_date = DateField()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText("0")
        # The plan's currency beside the amount: budgets run to millions of soles or pesos.
        self.budget_currency = QLabel()
        self.budget_currency.setObjectName("action_budget_currency")
        budget_box = QWidget()
        budget_row = QHBoxLayout(budget_box)
        budget_row.setContentsMargins(0, 0, 0, 0)
        budget_row.addWidget(self.budget, 1)
        budget_row.addWidget(self.budget_currency)
        budget_box.setFocusProxy(self.budget)
        self.funding = FundingTable()
        self.status = QComboBox()
        fill_enum_combo(self.status, ActionStatus, None)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")
        self.bottleneck = QComboBox()
        self.notes = _text_box(3)
        names = {
            "axis": self.axis,
            "description": self.description,
            "responsible": self.responsible,
            "start": self.start_date,
            "end": self.end_date,
            "budget": self.budget,
            "funding": self.funding,
            "status": self.status,
            "progress": self.progress,
            "bottleneck": self.bottleneck,
            "notes": self.notes,
        }
        for name, widget in names.items():
            widget.setObjectName(f"action_{name}")
        self.save_button.setObjectName("action_save")
        self.cancel_button.setObjectName("action_cancel")

        self.add_field("code", self.tr("&Code:"), self.edits["code"])
        self.add_field("axis", self.tr("A&xis:"), self.axis)
        self.add_field("title", self.tr("&Action:"), self.edits["title"])
        self.add_field("description", self.tr("Descr&iption:"), self.description)
        self.add_field("responsible_id", self.tr("&Responsible:"), self.responsible)
        self.add_field("start_date", self.tr("&Start:"), self.start_date)
        self.add_field("end_date", self.tr("&End:"), self.end_date)
        budget_label = self.tr("&Budget:")
        self.add_field("budget", budget_label, budget_box)
        self.budget.setAccessibleName(budget_label.replace("&", ""))
        self.add_field("funding", self.tr("&Funding:"), self.funding)
        self.add_field("status", self.tr("S&tatus:"), self.status)
        self.add_field("progress_pct", self.tr("&Progress:"), self.progress)
        self.add_field("indicator", self.tr("In&dicator:"), self.edits["indicator"])
        self.add_field("target", self.tr("Tar&get:"), self.edits["target"])
        self.add_field("unit", self.tr("&Unit:"), self.edits["unit"])
        self.add_field("bottleneck_id", self.tr("B&ottleneck it removes:"), self.bottleneck)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.finish_tab_order()
        self.history_button = HistoryButton(
            self, "action", lambda: (self._record.id, self._record.name) if self._record else None
        )
        self.button_row.insertWidget(1, self.history_button)

        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _t, k=key: self.field_changed(k))
        self.axis.currentTextChanged.connect(lambda _t: self.field_changed("axis"))
        self.description.textChanged.connect(lambda: self.field_changed("description"))
        self.responsible.textChanged.connect(
            lambda _t: self.field_changed("responsible_id", touch=False)
        )
        self.responsible.editingFinished.connect(lambda: self.touch("responsible_id"))
        self.responsible.chosen.connect(lambda: self.field_changed("responsible_id"))
        self.start_date.changed.connect(lambda: self.field_changed("start_date"))
        self.end_date.changed.connect(lambda: self.field_changed("end_date"))
        self.budget.textChanged.connect(lambda _t: self._money_changed("budget"))
        self.funding.changed.connect(lambda: self._money_changed("funding"))
        self.status.currentIndexChanged.connect(lambda _i: self._progress_changed("status"))
        self.progress.valueChanged.connect(lambda _v: self._progress_changed("progress_pct"))
        self.bottleneck.currentIndexChanged.connect(lambda _i: self.field_changed("bottleneck_id"))
        self.notes.textChanged.connect(lambda: self.field_changed("notes"))

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def plan(self) -> PlanRecord | None:
        return self._plan

    def load_new(
        self,
        plan: PlanRecord,
        axes: list[str],
        bottlenecks: list[NamedRef],
        axis: str | None = None,
    ) -> None:
        self._record = None
        self._plan = plan
        self.title.setText(self.tr("New action"))
        self._fill(ActionDraft(plan_id=plan.id, axis=axis), axes, bottlenecks, "", None)

    def load(
        self,
        record: ActionRecord,
        plan: PlanRecord,
        axes: list[str],
        bottlenecks: list[NamedRef],
    ) -> None:
        self._record = record
        self._plan = plan
        self.title.setText(self.tr("Edit action"))
        self._fill(
            record.draft,
            axes,
            bottlenecks,
            record.responsible_name or "",
            record.bottleneck_label,
        )

    def _fill(
        self,
        draft: ActionDraft,
        axes: list[str],
        bottlenecks: list[NamedRef],
        responsible_name: str,
        bottleneck_label: str | None,
    ) -> None:
        self.history_button.setVisible(self._record is not None)
        self.begin_load()
        currency = self._plan.draft.currency if self._plan else ""
        self.budget.setToolTip(self.tr("In %1").replace("%1", currency))
        self.budget_currency.setText(currency)
        self.funding.set_currency(currency)
        for key, edit in self.edits.items():
            edit.setText(getattr(draft, key) or "")
        self.axis.clear()
        self.axis.addItems(axes)
        self.axis.setCurrentText(draft.axis or "")
        self.description.setPlainText(draft.description or "")
        self.responsible.set_organization(draft.responsible_id, responsible_name)
        self.start_date.set_date(draft.start_date)
        self.end_date.set_date(draft.end_date)
        self.budget.setText(format_amount(draft.budget) if draft.budget is not None else "")
        self.funding.set_lines(self._record.funding_drafts() if self._record else [])
        set_current_enum(self.status, draft.status)
        self.progress.setValue(draft.progress_pct)
        self.bottleneck.clear()
        self.bottleneck.addItem(self.tr("None"), None)
        for ref in bottlenecks:
            self.bottleneck.addItem(
                f"{ref.detail} — {ref.name}" if ref.detail else ref.name, ref.id
            )
        if draft.bottleneck_id is not None and self.bottleneck.findData(draft.bottleneck_id) < 0:
            # Linked to a bottleneck of another initiative: keep showing it.
            self.bottleneck.addItem(bottleneck_label or "?", draft.bottleneck_id)
        self.bottleneck.setCurrentIndex(max(self.bottleneck.findData(draft.bottleneck_id), 0))
        self.notes.setPlainText(draft.notes or "")
        self._funding_source = draft.funding_source
        self.end_load()
        self._update_warnings()

    # --- reading the widgets ---------------------------------------------------------------

    def _budget(self) -> Decimal | None:
        try:
            return parse_amount(self.budget.text())
        except ValueError:
            return None

    def draft(self) -> ActionDraft:
        assert self._plan is not None
        lines = self.funding.lines()
        programs = [line.program.strip() for line in lines if line.program and line.program.strip()]
        return ActionDraft(
            plan_id=self._plan.id,
            code=self.edits["code"].text(),
            axis=self.axis.currentText(),
            title=self.edits["title"].text(),
            description=self.description.toPlainText(),
            responsible_id=self.responsible.organization_id(),
            start_date=self.start_date.date(),
            end_date=self.end_date.date(),
            budget=self._budget(),
            # The free-text source of older imports follows the funding lines once there are any.
            funding_source="; ".join(programs) if programs else self._funding_source,
            status=current_enum(self.status, ActionStatus) or ActionStatus.NOT_STARTED,
            progress_pct=self.progress.value(),
            indicator=self.edits["indicator"].text(),
            target=self.edits["target"].text(),
            unit=self.edits["unit"].text(),
            bottleneck_id=self.bottleneck.currentData(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self) -> dict[str, str]:
        if self._plan is None:
            return {}
        errors = action_errors(clean_action(self.draft()))
        for key, field in (("start_date", self.start_date), ("end_date", self.end_date)):
            if not field.is_valid():
                errors[key] = "bad_date"
        try:
            parse_amount(self.budget.text())
        except ValueError:
            errors["budget"] = "not_a_number"
        if self.responsible.is_unresolved():
            errors["responsible_id"] = "choose_organization"
        if code := self.funding.error():
            errors["funding"] = code
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        return super().error_text(code)

    def _money_changed(self, key: str) -> None:
        self.field_changed(key)
        self._update_warnings()

    def _progress_changed(self, key: str) -> None:
        self.field_changed(key)
        self._update_warnings()

    def _update_warnings(self) -> None:
        done = current_enum(self.status, ActionStatus) is ActionStatus.DONE
        self.set_warning(
            "progress_pct",
            self.tr("A done action usually has 100% progress.")
            if done and self.progress.value() < 100
            else None,
        )
        budget = self._budget()
        over = budget is not None and self.funding.total() > budget
        self.set_warning(
            "funding",
            self.tr("The funding lines add up to more than the budget.") if over else None,
        )

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        context, plans = self._context, self._plans
        draft, lines = self.draft(), self.funding.lines()
        ops = action_ops(plans)
        if self._record is None:
            created = plans.create_action(draft, lines)
            self._record = created
            context.notify()
            text = self.tr("Add action “%1”").replace("%1", created.name)
            context.undo_stack.push(CreateCommand(text, ops, context, created))
            return created.id
        before = self._record
        updated = plans.update_action(before.id, draft, lines)
        self._record = updated
        old = ActionContent.of(before.draft, before.funding_drafts())
        new = ActionContent.of(updated.draft, updated.funding_drafts())
        if old != new:
            context.notify()
            text = self.tr("Edit action “%1”").replace("%1", updated.name)
            context.undo_stack.push(EditCommand(text, ops, context, before.id, old, new))
        return updated.id
