"""The plan panel on the demo plan of the Mesa Ejecutiva Forestal: the tree by axis, edits in
place with undo, the action form with funding lines, totals that follow every change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)

from agencydesk.domain.enums import ActionStatus, FundingSource
from agencydesk.domain.plans import ActionRecord
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.plans import PlansService
from agencydesk.ui.plans import PlanPanel
from agencydesk.ui.plans.action_tree import (
    COL_CODE,
    COL_END,
    COL_PROGRESS,
    COL_STATUS,
    COL_TITLE,
    DELAYED_COLOR,
    PROGRESS_ROLE,
)
from agencydesk.ui.widgets import ProgressBarDelegate, percent_text, round_percent

MEF = "Mesa Ejecutiva Forestal de Ucayali"
D = Decimal


@dataclass
class Dialogs:
    """What the panel asked or told through QMessageBox, and what the 'user' answers."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def question(_parent, _title, text, _buttons=None, default=None):
        assert default == QMessageBox.StandardButton.No
        seen.asked.append(text)
        return seen.answer

    def warning(_parent, _title, text, *_args):
        seen.told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


class FakeTimeline(QWidget):
    action_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[tuple[list, date]] = []

    def set_bars(self, bars: list, today: date) -> None:
        self.calls.append((bars, today))


class FakeIndicators(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[int] = []

    def show_for(self, *, plan_id: int) -> None:
        self.shown.append(plan_id)


@pytest.fixture
def services(demo_database: Database) -> tuple[ActorsService, PlansService]:
    return ActorsService(demo_database.uow, lambda: "tester"), PlansService(
        demo_database.uow, lambda: "tester"
    )


@pytest.fixture
def plans(services) -> PlansService:
    return services[1]


def initiative_id(plans: PlansService, name: str) -> int:
    return next(r.id for r in plans.initiative_choices() if r.name == name)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, services, stack: QUndoStack, dialogs: Dialogs) -> PlanPanel:
    actors, plans = services
    widget = PlanPanel(
        actors, plans, stack, timeline_factory=FakeTimeline, indicators_panel=FakeIndicators()
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.show_for_initiative(initiative_id(plans, MEF))
    return widget


def action_by_code(panel: PlanPanel, code: str) -> ActionRecord:
    return next(a for a in panel.actions_tab.model.actions() if a.draft.code == code)


def cell(panel: PlanPanel, code: str, column: int) -> QModelIndex:
    return panel.actions_tab.model.index_of(action_by_code(panel, code).id, column)


def facts(panel: PlanPanel) -> str:
    """The header's facts as read aloud (each fact is kept on one line with no-break spaces)."""
    return panel.header.facts_label.text().replace("\u00a0", " ")


def axis_totals_row(panel: PlanPanel, axis_row: int) -> list:
    model = panel.actions_tab.totals.axes_model
    return [model.cell(axis_row, c) for c in range(model.columnCount())]


# --- showing ---------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtmodeltester, panel: PlanPanel) -> None:
    qtmodeltester.check(panel.actions_tab.model)
    qtmodeltester.check(panel.actions_tab.totals.axes_model)
    qtmodeltester.check(panel.actions_tab.totals.sources_model)


def test_actions_are_grouped_by_axis_in_order(panel: PlanPanel, plans: PlansService) -> None:
    model = panel.actions_tab.model
    assert model.rowCount() == 5
    axis = model.index(0, COL_TITLE)
    assert axis.data() == "Eje 1. Gestión forestal y normativa"
    codes = [
        model.index(r, COL_CODE, model.index(0, 0)).data()
        for r in range(model.rowCount(axis.siblingAtColumn(0)))
    ]
    assert codes == ["A1.1", "A1.2", "A1.3", "A1.4", "A1.5"]
    assert (
        model.index(0, COL_PROGRESS).data(PROGRESS_ROLE)
        == plans.totals(panel.plan_id()).axes[0].progress
    )
    assert (
        panel.header.title_label.text() == "Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali"
    )
    assert "PEN 8,215,000.00" in facts(panel)
    assert "Budget (PEN)" in model.headerData(5, Qt.Orientation.Horizontal)
    assert all(panel.actions_tab.view.isExpanded(model.index(r, 0)) for r in range(5))


def test_delayed_actions_are_marked(panel: PlanPanel) -> None:
    late = cell(panel, "A1.2", COL_END)
    assert action_by_code(panel, "A1.2").delayed
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == DELAYED_COLOR
    assert late.siblingAtColumn(COL_CODE).data(Qt.ItemDataRole.DecorationRole) is not None
    on_time = cell(panel, "A1.1", COL_END)
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None


def test_timeline_and_indicators_follow_the_plan(panel: PlanPanel) -> None:
    timeline = panel.timeline
    assert isinstance(timeline, FakeTimeline)
    bars, today = timeline.calls[-1]
    assert len(bars) == 16 and today == date.today()
    assert [panel.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Actions",
        "Timeline",
        "Indicators",
    ]
    assert panel.indicators_panel.shown == [panel.plan_id()]


# --- editing in place ------------------------------------------------------------------------


def test_progress_edited_in_place_updates_totals_and_undoes(
    panel: PlanPanel, plans: PlansService, stack: QUndoStack
) -> None:
    a42 = action_by_code(panel, "A4.2")
    axis_row = 3  # Eje 4
    progress_before = axis_totals_row(panel, axis_row)[6]
    plan_before = panel.header.progress_bar.value()
    assert panel.actions_tab.model.setData(cell(panel, "A4.2", COL_PROGRESS), 70)
    assert plans.action(a42.id).draft.progress_pct == 70
    expected = plans.totals(panel.plan_id())
    # The strip, the axis row and the header follow at once, with no reload.
    assert (
        axis_totals_row(panel, axis_row)[6] == expected.axes[axis_row].progress != progress_before
    )
    assert panel.actions_tab.model.index(axis_row, COL_PROGRESS).data(PROGRESS_ROLE) == (
        expected.axes[axis_row].progress
    )
    assert panel.header.progress_bar.value() == expected.progress != plan_before
    assert panel.timeline.calls[-1][0][11].progress_pct == 70  # A4.2 is the 12th bar
    assert stack.count() == 1

    stack.undo()
    assert plans.action(a42.id).draft.progress_pct == 10
    assert cell(panel, "A4.2", COL_PROGRESS).data(PROGRESS_ROLE) == 10
    assert axis_totals_row(panel, axis_row)[6] == progress_before
    assert panel.header.progress_bar.value() == plan_before
    stack.redo()
    assert cell(panel, "A4.2", COL_PROGRESS).data(PROGRESS_ROLE) == 70
    assert axis_totals_row(panel, axis_row)[6] == expected.axes[axis_row].progress


def test_status_through_the_combo_editor(qtbot, panel: PlanPanel, plans: PlansService) -> None:
    view = panel.actions_tab.view
    index = cell(panel, "A4.2", COL_STATUS)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(ActionStatus.DONE.value))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: plans.action(action_by_code(panel, "A4.2").id).draft.status == "done")
    assert cell(panel, "A4.2", COL_STATUS).data() == "Done"


def test_dates_in_place_and_end_before_start_refused(
    panel: PlanPanel, plans: PlansService, stack: QUndoStack
) -> None:
    a11 = action_by_code(panel, "A1.1")
    model = panel.actions_tab.model
    new_end = a11.draft.end_date + timedelta(days=10)
    assert model.setData(cell(panel, "A1.1", COL_END), new_end.isoformat())
    assert plans.action(a11.id).draft.end_date == new_end
    too_early = a11.draft.start_date - timedelta(days=1)
    assert not model.setData(cell(panel, "A1.1", COL_END), too_early.isoformat())
    assert plans.action(a11.id).draft.end_date == new_end
    assert "end cannot be before the start" in panel.actions_tab.message.text()
    assert stack.count() == 1
    stack.undo()
    assert plans.action(a11.id).draft.end_date == a11.draft.end_date


def test_cells_that_are_not_in_place_fields_are_read_only(panel: PlanPanel) -> None:
    model = panel.actions_tab.model
    assert not model.flags(cell(panel, "A1.1", COL_TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(cell(panel, "A1.1", COL_PROGRESS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL_PROGRESS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(cell(panel, "A1.1", COL_TITLE), "x")


# --- the action form -------------------------------------------------------------------------


def fill_line(
    panel: PlanPanel,
    row: int,
    source: FundingSource,
    program: str,
    amount: str,
    in_kind: bool,
    qtbot,
) -> None:
    combo, program_edit, amount_edit, in_kind_box = panel.action_form.funding.row_widgets(row)
    combo.setCurrentIndex(combo.findData(source.value))
    qtbot.keyClicks(program_edit, program)
    qtbot.keyClicks(amount_edit, amount)
    in_kind_box.setChecked(in_kind)


def test_new_action_with_two_funding_lines(
    qtbot, panel: PlanPanel, plans: PlansService, stack: QUndoStack
) -> None:
    before = plans.totals(panel.plan_id())
    panel.actions_tab.select_action(action_by_code(panel, "A3.1").id)
    qtbot.mouseClick(panel.findChild(QWidget, "new_action_button"), Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QWidget, "action_dialog")
    assert dialog.isVisible()
    form = panel.action_form
    assert form.findChild(QComboBox, "action_axis").currentText() == "Eje 3. Financiamiento"
    qtbot.keyClicks(form.findChild(QWidget, "action_code"), "A3.4")
    qtbot.keyClicks(form.findChild(QWidget, "action_title"), "Fondo de garantia")
    qtbot.keyClicks(form.findChild(QWidget, "action_budget"), "50,000")
    add = form.findChild(QWidget, "add_funding_button")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    fill_line(panel, 0, FundingSource.REGIONAL, "PROCOMPITE", "40000", False, qtbot)
    fill_line(panel, 1, FundingSource.PRIVATE, "Aporte de socios", "10000.50", True, qtbot)
    save = form.findChild(QWidget, "action_save")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    created = action_by_code(panel, "A3.4")
    assert created.draft.budget == D("50000.00")
    assert [(f.draft.source, f.draft.amount, f.draft.in_kind) for f in created.funding] == [
        (FundingSource.REGIONAL, D("40000.00"), False),
        (FundingSource.PRIVATE, D("10000.50"), True),
    ]
    assert panel.actions_tab.selected_action_id() == created.id
    after = plans.totals(panel.plan_id())
    assert after.funded_in_kind - before.funded_in_kind == D("10000.50")
    whole = axis_totals_row(panel, len(after.axes))  # the last, bold row
    assert whole[1] == 17 and whole[3] == "8,086,000.00" and whole[4] == "179,000.50"

    stack.undo()
    assert len(panel.actions_tab.model.actions()) == 16
    assert axis_totals_row(panel, len(after.axes))[4] == "169,000.00"
    stack.redo()
    assert len(action_by_code(panel, "A3.4").funding) == 2


def test_action_form_validates_as_you_type(qtbot, panel: PlanPanel) -> None:
    panel.new_record()
    form = panel.action_form
    qtbot.keyClicks(form.edits["title"], "Con fechas al reves")
    qtbot.keyClicks(form.start_date.edit, "02/05/2025")
    qtbot.keyClicks(form.end_date.edit, "01/05/2025")
    assert "end cannot be before the start" in form.field_message("end_date").text()
    assert not form.save_button.isEnabled()
    form.end_date.set_date(date(2025, 6, 1))
    form.funding.add_line()
    qtbot.keyClicks(form.funding.row_widgets(0)[2], "-5")
    assert form.field_message("funding").text() == "This number cannot be negative."
    assert not form.save_button.isEnabled()
    form.status.setCurrentIndex(form.status.findData("done"))
    assert "100%" in form.field_message("progress_pct").text()  # suggested, not forced


def test_edit_an_action_replaces_its_funding_lines(
    qtbot, panel: PlanPanel, plans: PlansService, stack: QUndoStack
) -> None:
    a12 = action_by_code(panel, "A1.2")
    view = panel.actions_tab.view
    index = cell(panel, "A1.2", COL_TITLE)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert panel.action_dialog.isVisible()
    form = panel.action_form
    assert form.funding.row_count() == 2
    remove = form.funding.table.cellWidget(1, 4)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert form.save()
    assert [f.draft.program for f in plans.action(a12.id).funding] == [
        "Presupuesto institucional GOREU"
    ]
    stack.undo()
    assert len(plans.action(a12.id).funding) == 2


def test_unsaved_form_asks_before_closing(qtbot, panel: PlanPanel, dialogs: Dialogs) -> None:
    panel.new_record()
    qtbot.keyClicks(panel.action_form.edits["title"], "A medio escribir")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not panel.confirm_close()
    assert panel.action_dialog.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert panel.confirm_close()
    assert not panel.action_dialog.isVisible()


# --- deleting --------------------------------------------------------------------------------


def test_delete_refused_while_agreements_point_at_the_action(
    panel: PlanPanel, dialogs: Dialogs
) -> None:
    panel.actions_tab.select_action(action_by_code(panel, "A5.1").id)
    panel.actions_tab.delete_button.click()
    assert dialogs.asked == []
    assert "1 agreement" in dialogs.told[0]
    assert len(panel.actions_tab.model.actions()) == 16


def test_delete_an_action_and_undo(
    panel: PlanPanel, plans: PlansService, stack: QUndoStack, dialogs: Dialogs
) -> None:
    a22 = action_by_code(panel, "A2.2")
    panel.actions_tab.select_action(a22.id)
    panel.actions_tab.view.setFocus()
    panel.delete_selected()
    assert "A2.2" in dialogs.asked[0]
    assert panel.actions_tab.model.action(a22.id) is None
    assert panel.actions_tab.totals.axes_model.cell(1, 2) == "850,000.00"
    stack.undo()
    assert plans.action(a22.id) == a22
    assert panel.actions_tab.totals.axes_model.cell(1, 2) == "2,050,000.00"


# --- the plan --------------------------------------------------------------------------------


def test_an_initiative_without_a_plan_can_create_it(
    qtbot, panel: PlanPanel, plans: PlansService, stack: QUndoStack
) -> None:
    other = next(r for r in plans.initiative_choices() if plans.plan_of_initiative(r.id) is None)
    panel.show_for_initiative(other.id)
    button = panel.findChild(QWidget, "create_plan_button")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    form = panel.plan_form
    assert panel.plan_dialog.isVisible()
    assert form.title_edit.text() == f"Action plan of {other.name}"
    assert form.draft().initiative_id == other.id
    assert form.draft().currency in {"PEN", "MXN"}
    qtbot.mouseClick(form.findChild(QWidget, "plan_save"), Qt.MouseButton.LeftButton)
    created = plans.plan_of_initiative(other.id)
    assert created is not None and panel.plan_id() == created.id
    assert panel.stack.currentIndex() == 1
    assert panel.actions_tab.empty_label.isVisible()
    stack.undo()
    assert plans.plan_of_initiative(other.id) is None
    assert panel.create_plan_button.isVisible()


def test_edit_the_plan_header(qtbot, panel: PlanPanel, plans: PlansService) -> None:
    qtbot.mouseClick(panel.findChild(QWidget, "edit_plan_button"), Qt.MouseButton.LeftButton)
    form = panel.plan_form
    form.version.setValue(3)
    form.currency.setCurrentText("usd")
    assert form.draft().currency == "USD"
    assert form.save()
    assert plans.plan(panel.plan_id()).draft.version == 3
    assert "version 3" in facts(panel)
    assert "Budget (USD)" in panel.actions_tab.model.headerData(5, Qt.Orientation.Horizontal)


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12500", D("12500")),
        ("12,500.00", D("12500.00")),
        ("12.500,00", D("12500.00")),
        ("$ 12.500.000", D("12500000")),
        ("S/ 1,200", D("1200")),
        ("0,3", D("0.3")),
        ("", None),
    ],
)
def test_amounts_as_offices_type_them(typed: str, amount: Decimal | None) -> None:
    from agencydesk.ui.plans.money import parse_amount

    assert parse_amount(typed) == amount


def test_an_amount_that_is_not_one_is_refused() -> None:
    from agencydesk.ui.plans.money import format_money, parse_amount

    for typed in ("doce mil", "1.2.3"):
        with pytest.raises(ValueError):
            parse_amount(typed)
    assert format_money(D("8215000"), "PEN") == "PEN 8,215,000.00"


# --- reading again after writes --------------------------------------------------------------


def settle() -> None:
    """Let deferred reads (next event-loop pass) happen."""
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def reads(panel: PlanPanel, plans: PlansService, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every time the panel reads its plan's actions (a whole reload)."""
    seen: list[int] = []
    original = plans.actions_of

    def counting(plan_id: int) -> list[ActionRecord]:
        seen.append(plan_id)
        return original(plan_id)

    monkeypatch.setattr(plans, "actions_of", counting)
    return seen


def test_an_edit_in_place_is_not_read_again_for_its_own_push(
    panel: PlanPanel, stack: QUndoStack, reads: list[int]
) -> None:
    assert panel.actions_tab.model.setData(cell(panel, "A4.2", COL_PROGRESS), 70)
    settle()
    assert stack.count() == 1
    assert reads == []  # the row was patched in place: no reload for the push
    stack.undo()
    settle()
    assert len(reads) == 1  # an undo reads once, not once for the write and once for the move
    assert cell(panel, "A4.2", COL_PROGRESS).data(PROGRESS_ROLE) == 10


def test_a_hidden_panel_reads_only_when_shown_again(
    qtbot, panel: PlanPanel, plans: PlansService, stack: QUndoStack, reads: list[int]
) -> None:
    a42 = action_by_code(panel, "A4.2")
    panel.hide()
    plans.set_action_fields(a42.id, progress_pct=55)  # written by another page
    for text in ("one", "two"):
        stack.push(QUndoCommand(text))
    settle()
    assert reads == [] and panel.is_stale()
    panel.show()
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert len(reads) == 1
    assert cell(panel, "A4.2", COL_PROGRESS).data(PROGRESS_ROLE) == 55


def test_a_push_elsewhere_while_shown_reads_once_per_pass(
    qtbot, panel: PlanPanel, stack: QUndoStack, reads: list[int]
) -> None:
    for text in ("one", "two", "three"):
        stack.push(QUndoCommand(text))
    assert reads == []
    qtbot.waitUntil(lambda: len(reads) == 1)
    settle()
    assert len(reads) == 1


# --- how it looks ----------------------------------------------------------------------------


def test_header_facts_keep_number_and_noun_together(panel: PlanPanel) -> None:
    text = panel.header.facts_label.text()
    assert "16\u00a0actions" in text
    assert "budget\u00a0PEN\u00a08,215,000.00" in text
    assert text.startswith(MEF + " · ")  # the owner's long name may still wrap


def test_header_progress_is_written_beside_its_bar(panel: PlanPanel, plans: PlansService) -> None:
    progress = plans.plan(panel.plan_id()).progress
    bar = panel.header.progress_bar
    assert not bar.bar.isTextVisible()
    assert bar.value() == progress
    assert bar.text() == f"{progress}% done"
    assert bar.label.geometry().left() >= bar.bar.geometry().right()


def test_progress_cells_write_the_figure_beside_the_bar(panel: PlanPanel) -> None:
    view = panel.actions_tab.view
    index = cell(panel, "A4.2", COL_PROGRESS)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, ProgressBarDelegate)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.fontMetrics = view.fontMetrics()
    bar = delegate.bar_option(option, index)
    assert bar is not None and bar.progress == 10 and bar.text == "10%"
    assert not bar.textVisible
    room = option.rect.right() - bar.rect.right()
    assert room >= view.fontMetrics().horizontalAdvance("100%")
    assert not view.viewport().grab().isNull()  # paints without error


def test_percentages_round_half_up() -> None:
    assert [round_percent(f) for f in (0.517, 0.125, 0.124, 0.0, 1.0)] == [52, 13, 12, 0, 100]
    assert round_percent(0.996) == 99  # "100%" only when reached
    assert round_percent(None) is None
    assert percent_text(None) == "—" and percent_text(37) == "37%"


def test_totals_name_cancelled_actions_and_fit_their_rows(panel: PlanPanel) -> None:
    totals = panel.actions_tab.totals
    # The cancelled A1.5 is one of the 5 actions of Eje 1, but its 8,000 are not in the budget.
    assert axis_totals_row(panel, 0)[1] == 5
    assert axis_totals_row(panel, 0)[2] == "605,000.00"
    assert "money totals" in totals.note.text() and "Cancelled" in totals.note.text()
    assert totals.axes_title.text() == "Totals by axis (PEN)"
    assert totals.sources_title.text() == "Funding by source (PEN)"
    for view in (totals.axes_view, totals.sources_view):
        rows = view.model().rowCount()
        assert view.rowViewportPosition(rows - 1) + view.rowHeight(rows - 1) <= (
            view.viewport().height()
        )  # the total row shows, with no scroll bar over it
        assert view.verticalScrollBar().maximum() == 0
    header = totals.axes_view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents
    tree_header = panel.actions_tab.view.header()
    assert tree_header.sectionSize(5) >= tree_header.sectionSizeHint(5)  # "Budget (PEN)"


def test_action_form_names_the_currency(panel: PlanPanel) -> None:
    panel.open_action(action_by_code(panel, "A1.2").id)
    form = panel.action_form
    assert form.budget_currency.text() == "PEN"
    assert form.funding.total_label.text().startswith("Total funding: PEN ")
    header = form.funding.table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch  # program or fund
    panel.action_dialog.reject()
