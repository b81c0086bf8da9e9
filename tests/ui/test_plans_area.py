"""The Plans area on the demo data: the list of plans, opening one, all actions across plans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.plans import PlanDraft
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.plans import PlansService
from agencydesk.ui.plans import PlanPanel, PlansArea
from agencydesk.ui.plans.actions_list import STATUS_COLUMN
from agencydesk.ui.plans.plans_list import PROGRESS_COLUMN
from agencydesk.ui.widgets.table_model import ID_ROLE


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: messages.append(text) or 0
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return messages


@pytest.fixture
def plans(demo_database: Database) -> PlansService:
    return PlansService(demo_database.uow, lambda: "tester")


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def area(qtbot, demo_database: Database, plans: PlansService, stack, told) -> PlansArea:
    actors = ActorsService(demo_database.uow, lambda: "tester")
    panel = PlanPanel(actors, plans, stack)
    widget = PlansArea(actors, plans, stack, plan_panel=panel)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def plan_titles(area: PlansArea) -> list[str]:
    model = area.plans_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, area: PlansArea) -> None:
    qtmodeltester.check(area.plans_page.model)
    qtmodeltester.check(area.actions_page.model)


def test_the_list_of_plans(area: PlansArea, plans: PlansService) -> None:
    assert plan_titles(area) == [
        "Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali",
        "Plan de acción de la cadena de valor del café del Soconusco",
    ]
    model = area.plans_page.model
    assert model.index(0, 1).data() == "Mesa Ejecutiva Forestal de Ucayali"
    assert model.index(0, 6).data() == "PEN 8,215,000.00"
    assert model.index(0, 5).data() == "16"
    first = plans.plan(model.index(0, 0).data(ID_ROLE))
    assert model.index(0, PROGRESS_COLUMN).data() == str(first.progress)
    assert area.plans_page.count_label.text() == "2 plans"
    area.plans_page.search.setText("soconusco")
    area.plans_page.refresh()
    assert plan_titles(area) == ["Plan de acción de la cadena de valor del café del Soconusco"]


def test_open_a_plan_and_go_back(qtbot, area: PlansArea) -> None:
    view = area.plans_page.view
    area.plans_page.select_id(area.plans_page.model.id_at(0))
    qtbot.mouseClick(area.findChild(QWidget, "open_plan_button"), Qt.MouseButton.LeftButton)
    assert area.plans_stack.currentIndex() == 1
    assert area.panel.header.title_label.text().startswith("Hoja de ruta de la Mesa")
    assert area.panel.actions_tab.model.rowCount() == 5
    # The back button of the other areas (a standard icon, no text arrow), and the panel off
    # the window's edges like every page.
    back = area.back_button
    assert not back.icon().isNull() and "←" not in back.text()
    margins = area.panel.parentWidget().layout().contentsMargins()
    assert margins.left() > 0 and margins.right() > 0
    qtbot.mouseClick(area.findChild(QWidget, "back_to_plans_button"), Qt.MouseButton.LeftButton)
    assert area.plans_stack.currentIndex() == 0
    assert area.plans_page.selected_id() == area.plans_page.model.id_at(0)
    assert view.isVisible()


def test_alt_left_goes_back_to_the_list_of_plans(qtbot, area: PlansArea) -> None:
    # The back button has no Alt+letter (the plan's tabs and forms use the letters up); it
    # has the Back key, as an initiative's page does, and its tooltip says so.
    area.show_plan(area.plans_page.model.id_at(0))
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    assert "&" not in area.back_button.text()
    back = area.back_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert back and back in area.back_button.toolTip()
    key = area.back_button.shortcut()[0]  # Alt+Left; Ctrl+[ on macOS
    qtbot.keyClick(area.panel.actions_tab.view, key.key(), key.keyboardModifiers())
    qtbot.waitUntil(lambda: area.plans_stack.currentIndex() == 0)
    assert area.plans_page.view.isVisible()


def test_all_actions_with_filters(area: PlansArea, plans: PlansService) -> None:
    area.show_actions()
    page = area.actions_page
    assert area.tabs.currentWidget() is page
    assert page.model.rowCount() == 30
    area.show_actions(delayed=True)
    delayed = plans.action_ids(ListQuery(filters={"delayed": True}))
    assert page.model.rowCount() == len(delayed) == 6
    assert page.delayed_check.isChecked()
    # No column of its own: the status cell carries the mark and says why in its tooltip.
    assert page.model.columnCount() == 7
    flag = page.model.index(0, STATUS_COLUMN)
    assert flag.data(Qt.ItemDataRole.DecorationRole) is not None
    assert flag.data(Qt.ItemDataRole.ToolTipRole).startswith("Delayed:")
    assert page.view.textElideMode() == Qt.TextElideMode.ElideRight
    assert page.count_label.text() == "6 actions found"
    mef = area.plans_page.model.id_at(0)
    area.show_actions(status=ActionStatus.DONE, plan_id=mef)
    assert not page.delayed_check.isChecked()
    codes = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert codes == ["A1.1", "A1.3", "A4.1"]
    page.search.setText("certificacion")
    page.refresh()
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["A4.1"]


def test_double_click_opens_the_action_in_its_plan(qtbot, area: PlansArea) -> None:
    area.show_actions(status=ActionStatus.DELAYED)
    page = area.actions_page
    view = page.view
    index = page.model.index(0, 2)
    action_id = index.data(ID_ROLE)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert area.tabs.currentIndex() == 0 and area.plans_stack.currentIndex() == 1
    assert area.panel.actions_tab.selected_action_id() == action_id
    assert area.panel.action_dialog.isVisible()
    assert area.panel.action_form.record_id == action_id
    area.panel.action_dialog.reject()


def test_delete_a_plan_in_use_is_refused(area: PlansArea, told: list[str]) -> None:
    area.plans_page.select_id(area.plans_page.model.id_at(0))
    area.plans_page.delete_button.click()
    assert "16 actions" in told[0]
    assert len(plan_titles(area)) == 2


def test_new_plan_then_delete_and_undo(
    qtbot, area: PlansArea, plans: PlansService, stack: QUndoStack
) -> None:
    area.new_record()
    form = area.panel.plan_form
    assert area.panel.plan_dialog.isVisible()
    qtbot.keyClicks(form.title_edit, "Plan de la agenda")
    assert not form.save_button.isEnabled()  # no owner chosen yet
    form.owner.setCurrentIndex(form.owner.count() - 1)  # an agenda
    assert form.save()
    assert area.plans_stack.currentIndex() == 1
    created = area.panel.plan
    assert created is not None and created.draft.agenda_id is not None
    assert "Plan de la agenda" in plan_titles(area)
    area.show_list()
    area.plans_page.select_id(created.id)
    area.plans_page.view.setFocus()
    area.delete_selected()
    assert "Plan de la agenda" not in plan_titles(area)
    stack.undo()
    qtbot.waitUntil(lambda: "Plan de la agenda" in plan_titles(area))
    assert plans.plan(created.id).draft == created.draft


def test_lists_follow_writes_made_in_the_panel(qtbot, area: PlansArea, plans: PlansService) -> None:
    mef = area.plans_page.model.id_at(0)
    area.show_plan(mef)
    a42 = next(a for a in area.panel.actions_tab.model.actions() if a.draft.code == "A4.2")
    tree = area.panel.actions_tab.model
    assert tree.setData(tree.index_of(a42.id, 7), 90)
    # Behind the panel the lists are only marked: they read when shown.
    assert area.lists_stale()
    area.show_list()
    row = area.plans_page.model.row_of(mef)
    assert area.plans_page.model.index(row, PROGRESS_COLUMN).data() == str(plans.plan(mef).progress)
    area.tabs.setCurrentWidget(area.actions_page)
    qtbot.waitUntil(lambda: not area.lists_stale())
    page = area.actions_page
    rows = [r for r in range(page.model.rowCount()) if page.model.index(r, 1).data() == "A4.2"]
    assert page.model.index(rows[0], 6).data() == "90"


class CountingUow:
    """The database's unit of work, counting how often a service opens one."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.opened = 0

    def __call__(self):
        self.opened += 1
        return self.database.uow()


@pytest.fixture
def counted(qtbot, demo_database: Database, told) -> tuple[PlansArea, CountingUow, QUndoStack]:
    uow = CountingUow(demo_database)
    actors = ActorsService(uow, lambda: "tester")
    plans = PlansService(uow, lambda: "tester")
    stack = QUndoStack()
    widget = PlansArea(actors, plans, stack, plan_panel=PlanPanel(actors, plans, stack))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget, uow, stack


def settle() -> None:
    """Let deferred reads (next event-loop pass) happen."""
    for _ in range(5):
        QApplication.processEvents()


def test_a_push_while_the_area_is_hidden_reads_nothing_until_shown(
    qtbot, counted, demo_database: Database
) -> None:
    area, uow, stack = counted
    mef = area.plans_page.model.id_at(0)
    area.show_plan(mef)
    area.show_list()
    area.hide()
    # Another page writes (a service of its own) and pushes its command on the shared stack.
    elsewhere = PlansService(demo_database.uow, lambda: "tester")
    a42 = next(a for a in elsewhere.actions_of(mef) if a.draft.code == "A4.2")
    elsewhere.set_action_fields(a42.id, progress_pct=90)
    uow.opened = 0
    stack.push(QUndoCommand("Written elsewhere"))
    stack.push(QUndoCommand("And again"))
    settle()
    assert uow.opened == 0  # with 50,000 actions each read took seconds
    assert area.lists_stale() and area.panel.is_stale()

    area.show()  # the list on screen reads again; the panel and the other tab when shown
    progress = str(elsewhere.plan(mef).progress)
    row = area.plans_page.model.row_of(mef)
    qtbot.waitUntil(lambda: area.plans_page.model.index(row, PROGRESS_COLUMN).data() == progress)
    assert uow.opened > 0
    assert area.panel.is_stale() and area.lists_stale()
    area.tabs.setCurrentWidget(area.actions_page)
    page = area.actions_page
    qtbot.waitUntil(lambda: not area.lists_stale())
    rows = [r for r in range(30) if page.model.index(r, 1).data() == "A4.2"]
    assert page.model.index(rows[0], 6).data() == "90"
    area.tabs.setCurrentIndex(0)
    area.show_plan(mef)
    qtbot.waitUntil(lambda: not area.panel.is_stale())
    assert area.panel.actions_tab.model.action(a42.id).draft.progress_pct == 90


def test_a_push_while_shown_reads_only_what_is_on_screen_once(qtbot, counted) -> None:
    area, _uow, stack = counted
    area.show_plan(area.plans_page.model.id_at(0))
    area.show_list()
    settle()
    calls: list[str] = []
    original = area.plans_page.refresh
    area.plans_page.refresh = lambda: (calls.append("plans"), original())[1]
    for text in ("one", "two", "three"):
        stack.push(QUndoCommand(text))
    assert calls == []  # deferred to the next pass of the event loop
    qtbot.waitUntil(lambda: calls == ["plans"])
    settle()
    assert calls == ["plans"]  # three pushes, one read
    assert area.panel.is_stale() and area.lists_stale()  # the panel, the actions tab: hidden


def test_ctrl_n_in_a_plan_adds_an_action(area: PlansArea) -> None:
    area.show_plan(area.plans_page.model.id_at(0))
    area.new_record()
    assert area.panel.action_dialog.isVisible()
    assert area.panel.action_form.record_id is None
    assert area.confirm_close()  # nothing typed: no question


def test_a_created_plan_is_created_from_draft(plans: PlansService) -> None:
    # A plan with nothing but a title and an owner starts as a version-1 draft.
    agenda = plans.agenda_choices()[0].id
    plan = plans.create_plan(PlanDraft("Mínimo", agenda_id=agenda))
    assert (plan.draft.status.value, plan.draft.version, plan.actions_count) == ("draft", 1, 0)
    assert plan.progress is None
