"""The Agendas area as a user drives it (pytest-qt, offscreen): list, filters, the agenda page,
the form, goals and priorities as ordered lists, deleting, and undo on the shared stack."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from driving import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QMessageBox

from agencydesk.data.models import Action
from agencydesk.domain.agendas import AgendaDraft
from agencydesk.domain.enums import ActionStatus, AgendaStatus, GoalKind
from agencydesk.domain.errors import InUseError
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.agendas import AgendasService
from agencydesk.services.database import Database
from agencydesk.ui.agendas import AgendasArea
from agencydesk.ui.agendas.agenda_page import INITIATIVE_COLUMNS, PLAN_COLUMNS
from agencydesk.ui.agendas.list_page import SEARCH_DELAY_MS
from agencydesk.ui.agendas.ordered_list import OrderedListEditor, OrderedTextModel
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.widgets.long_columns import share_width
from agencydesk.ui.widgets.table_model import RecordListModel

TEST_USER = "tester"


@dataclass
class Dialogs:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def question(_parent, _title, text, _buttons=None, default=None):
        assert default == QMessageBox.StandardButton.No  # deleting is never the default
        seen.questions.append(text)
        return seen.answer

    def warning(_parent, _title, text, *_args):
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


class FakeIndicatorsPanel(QLabel):
    """Stands for helper D's IndicatorsPanel: records what it was asked to show."""

    def __init__(self) -> None:
        super().__init__("indicators")
        self.shown: list[int] = []

    def show_for(self, *, agenda_id: int) -> None:
        self.shown.append(agenda_id)


@dataclass
class Window:
    main: QMainWindow
    area: AgendasArea
    stack: QUndoStack
    agendas: AgendasService
    actors: ActorsService
    database: Database


def _window(qtbot, database: Database, **area_args) -> Window:
    main = QMainWindow()
    stack = QUndoStack(main)
    undo = stack.createUndoAction(main)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = stack.createRedoAction(main)
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    main.addAction(undo)
    main.addAction(redo)
    actors = ActorsService(database.uow, lambda: TEST_USER)
    agendas = AgendasService(database.uow, lambda: TEST_USER)
    area = AgendasArea(actors, agendas, stack, **area_args)
    main.setCentralWidget(area)
    main.resize(1280, 800)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return Window(main, area, stack, agendas, actors, database)


@pytest.fixture
def demo(qtbot, demo_database: Database, dialogs: Dialogs) -> Iterator[Window]:
    window = _window(qtbot, demo_database)
    yield window
    window.stack.clear()


@pytest.fixture
def empty(qtbot, database: Database, dialogs: Dialogs) -> Iterator[Window]:
    window = _window(qtbot, database)
    yield window
    window.stack.clear()


def titles(area: AgendasArea) -> list[str]:
    model = area.list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def texts(editor: OrderedListEditor) -> list[str]:
    model = editor.model
    return [model.index(row, 0).data(Qt.ItemDataRole.EditRole) for row in range(model.rowCount())]


def soconusco_id(agendas: AgendasService) -> int:
    return agendas.agenda_ids(ListQuery(text="soconusco"))[0]


def open_soconusco(window: Window) -> int:
    agenda_id = soconusco_id(window.agendas)
    area = window.area
    row = area.list.model.row_of(agenda_id)
    assert row is not None
    area.list.view.activated.emit(area.list.model.index(row, 0))  # double-click or Enter
    assert area.page.isVisible()
    return agenda_id


def add_item(qtbot, editor: OrderedListEditor, text: str) -> None:
    editor.new_text.setFocus()
    type_text(editor.new_text, text)
    qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)


# --- models ----------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtmodeltester, demo: Window) -> None:
    area = demo.area
    qtmodeltester.check(area.list.model)
    agenda_id = open_soconusco(demo)
    for editor in (area.page.strategic, area.page.management, area.page.priorities):
        assert editor.model.rowCount() > 0
        qtmodeltester.check(editor.model)
    qtmodeltester.check(area.page.initiatives)
    qtmodeltester.check(area.page.plans)
    empty = OrderedTextModel(lambda r: r.name)
    qtmodeltester.check(empty)
    assert area.page.initiatives.rowCount() == len(demo.agendas.initiatives_of(agenda_id))


def test_empty_models_pass_the_model_tester(qtmodeltester, empty: Window) -> None:
    qtmodeltester.check(empty.area.list.model)
    qtmodeltester.check(RecordListModel(INITIATIVE_COLUMNS, "AgendaPage"))
    qtmodeltester.check(RecordListModel(PLAN_COLUMNS, "AgendaPage"))
    assert "There are no agendas yet" in empty.area.list.empty_label.text()


# --- list, filters, search -------------------------------------------------------------------


def test_the_list_shows_each_agenda_with_its_figures(demo: Window) -> None:
    area = demo.area
    assert len(titles(area)) == 3
    assert area.list.count_label.text() == "3 agendas"
    row = area.list.model.row_of(soconusco_id(demo.agendas))
    cells = [area.list.model.index(row, c).data() for c in range(6)]
    record = demo.agendas.agenda(soconusco_id(demo.agendas))
    assert cells[1] == "Región Soconusco"
    start, end = record.draft.period_start, record.draft.period_end
    assert cells[2] == f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    assert cells[3] == "In execution"
    assert cells[4] == "Secretaría de Economía y del Trabajo del Estado de Chiapas"
    assert cells[5] == f"{record.progress} %"


def test_search_folds_accents_and_filters_combine(qtbot, demo: Window) -> None:
    area = demo.area
    area.focus_search()  # Ctrl+F
    assert area.list.search.hasFocus()
    type_text(area.list.search, "rios")
    qtbot.waitUntil(lambda: len(titles(area)) == 1, timeout=10 * SEARCH_DELAY_MS)
    assert "Los Ríos" in titles(area)[0]
    assert area.list.count_label.text().startswith("1 agenda")
    assert area.list.count_label.text().endswith("found")
    area.list.search.clear()
    type_text(area.list.search, "ECONÓMICO")
    qtbot.waitUntil(lambda: len(titles(area)) == 1 and "Soconusco" in titles(area)[0])
    area.list.search.clear()
    qtbot.waitUntil(lambda: len(titles(area)) == 3)

    status = area.list.status_filter
    status.setCurrentIndex(status.findData(AgendaStatus.VALIDATED.value))
    assert len(titles(area)) == 1 and "Los Ríos" in titles(area)[0]
    status.setCurrentIndex(0)
    territory = area.list.territory_filter
    territory.setCurrentIndex(territory.findText("México"))  # the country holds the Soconusco
    assert len(titles(area)) == 1 and "Soconusco" in titles(area)[0]
    status.setCurrentIndex(status.findData(AgendaStatus.CLOSED.value))
    assert titles(area) == []
    assert area.list.empty_label.text() == "No agenda matches the search or the filters."


def test_sorting_by_progress_puts_unmeasured_agendas_last(demo: Window) -> None:
    area = demo.area
    area.list.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    progresses = [area.list.model.record_at(r).progress for r in range(3)]
    assert progresses[-1] is None
    assert progresses[0] >= progresses[1]


# --- the agenda page -------------------------------------------------------------------------


def test_the_soconusco_page_shows_goals_links_and_progress(demo: Window) -> None:
    area, agendas = demo.area, demo.agendas
    agenda_id = open_soconusco(demo)
    record = agendas.agenda(agenda_id)
    page = area.page
    assert page.heading.text() == record.title
    assert "convened by Secretaría de Economía" in page.subtitle.text()
    assert texts(page.strategic) == [g.statement for g in record.goals_of(GoalKind.STRATEGIC)]
    assert texts(page.management) == [g.statement for g in record.goals_of(GoalKind.MANAGEMENT)]
    assert texts(page.priorities)[0] == "Café de especialidad"
    assert page.strategic.model.index(0, 0).data().startswith("1. ")
    # Progress: the one rule over every action of its plans (here, the coffee chain's plan).
    plans = agendas.plans_of(agenda_id)
    with demo.database.uow() as session:
        actions = [
            (a.status, a.progress_pct)
            for a in session.query(Action).filter(Action.plan_id.in_([p.id for p in plans]))
        ]
    assert page.progress.value() == plan_progress(actions) == record.progress
    assert page.progress.isVisibleTo(page)
    assert [page.plans.record_at(r).progress for r in range(page.plans.rowCount())] == [
        plan_progress(actions)
    ]
    assert page.initiatives.rowCount() == 2
    assert page.tabs.tabText(1) == "I&nitiatives and plans (3)"


def test_initiatives_and_plans_open_in_their_areas(qtbot, demo: Window) -> None:
    area = demo.area
    agenda_id = open_soconusco(demo)
    page = area.page
    with qtbot.waitSignal(area.initiative_requested) as initiative:
        page.initiatives_view.activated.emit(page.initiatives.index(0, 0))
    assert initiative.args == [demo.agendas.initiatives_of(agenda_id)[0].id]
    with qtbot.waitSignal(area.plan_requested) as plan:
        page.plans_view.activated.emit(page.plans.index(0, 0))
    assert plan.args == [demo.agendas.plans_of(agenda_id)[0].id]


def test_the_page_follows_a_change_of_progress_after_any_undo_step(demo: Window) -> None:
    area = demo.area
    agenda_id = open_soconusco(demo)
    plan_id = demo.agendas.plans_of(agenda_id)[0].id
    with demo.database.uow() as session:
        for action in session.query(Action).filter(Action.plan_id == plan_id):
            action.status = ActionStatus.DONE
    area.refresh()  # what every push, undo or redo on the shared stack does
    assert area.page.progress.value() == 100
    assert area.page.plans.record_at(0).progress == 100


def test_the_indicators_panel_is_a_tab_told_which_agenda(qtbot, demo_database, dialogs) -> None:
    panel = FakeIndicatorsPanel()
    window = _window(qtbot, demo_database, indicators_panel=panel)
    agenda_id = open_soconusco(window)
    tabs = window.area.page.tabs
    assert tabs.indexOf(panel) == 2
    assert tabs.tabText(2) == "&Indicators"
    assert panel.shown == [agenda_id]
    window.area.refresh()
    assert panel.shown == [agenda_id]  # same agenda: the panel keeps its own state
    window.stack.clear()


# --- the form --------------------------------------------------------------------------------


def test_create_validate_save_and_undo_an_agenda(qtbot, empty: Window) -> None:
    area, agendas = empty.area, empty.agendas
    area.new_record()  # Ctrl+N
    form = area.form
    assert form.isVisible() and form.title.text() == "New agenda"
    assert not form.save_button.isEnabled()
    type_text(form.title_edit, "Agenda de Desarrollo del Valle del Río Piura")
    type_text(form.period_start.edit, "01/01/2026")
    type_text(form.period_end.edit, "31/12/2025")
    message = form.field_message("period_end")
    assert message.kind() == "error"
    assert message.text() == field_error_text("end_before_start")
    assert not form.save_button.isEnabled()
    area.save_current()  # Ctrl+S refused: the typed text stays
    assert form.period_end.text() == "31/12/2025"
    assert agendas.agenda_ids(ListQuery()) == []

    form.period_end.edit.clear()
    type_text(form.period_end.edit, "31/12/2030")
    assert message.kind() == ""
    type_text(form.vision, "Piura exporta mango y limón con valor agregado.")
    form.status.setCurrentIndex(form.status.findData(AgendaStatus.VALIDATED.value))
    area.save_current()
    [agenda_id] = agendas.agenda_ids(ListQuery())
    saved = agendas.agenda(agenda_id)
    assert saved.draft.period_end == date(2030, 12, 31)
    assert saved.draft.status is AgendaStatus.VALIDATED
    assert area.page.isVisible()
    assert area.page.heading.text() == saved.title
    assert titles(area) == [saved.title]

    empty.stack.undo()
    assert agendas.agenda_ids(ListQuery()) == []
    assert titles(area) == []
    assert area.list.isVisible()
    empty.stack.redo()
    assert agendas.agenda(agenda_id).draft == saved.draft


def test_edit_an_agenda_and_undo_the_edit(qtbot, demo: Window) -> None:
    area, agendas = demo.area, demo.agendas
    agenda_id = open_soconusco(demo)
    qtbot.mouseClick(area.page.edit_button, Qt.MouseButton.LeftButton)
    form = area.form
    assert form.isVisible() and form.record_id == agenda_id
    assert form.convener.text() == "Secretaría de Economía y del Trabajo del Estado de Chiapas"
    form.status.setCurrentIndex(form.status.findData(AgendaStatus.CLOSED.value))
    area.save_current()
    assert agendas.agenda(agenda_id).draft.status is AgendaStatus.CLOSED
    assert area.page.isVisible() and area.page.subtitle.text().startswith("Closed")
    qtbot.keyClick(area.page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agendas.agenda(agenda_id).draft.status is AgendaStatus.IN_EXECUTION
    assert area.page.subtitle.text().startswith("In execution")


def test_a_half_typed_form_is_asked_about_before_leaving(empty: Window, dialogs: Dialogs) -> None:
    area = empty.area
    area.new_record()
    type_text(area.form.title_edit, "Agenda a medio escribir")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not area.confirm_close()
    area.focus_search()
    assert area.form.isVisible()  # the user chose to stay
    assert dialogs.questions == [
        "Discard the changes you made in this form?",
        "Discard the changes you made in this form?",
    ]
    dialogs.answer = QMessageBox.StandardButton.Yes
    area.focus_search()
    assert area.list.isVisible()
    assert area.form.title_edit.text() == "Agenda a medio escribir"  # nothing was saved...
    assert empty.agendas.agenda_ids(ListQuery()) == []  # ...and nothing written


# --- goals and priorities ----------------------------------------------------------------------


def test_goals_add_edit_reorder_delete_and_undo_each_step(qtbot, demo: Window) -> None:
    area, agendas = demo.area, demo.agendas
    agenda_id = open_soconusco(demo)
    editor = area.page.strategic
    before = texts(editor)
    assert len(before) == 3

    add_item(qtbot, editor, "Duplicar el empleo juvenil en la cadena del café")
    assert texts(editor) == [*before, "Duplicar el empleo juvenil en la cadena del café"]
    assert editor.new_text.text() == ""  # ready for the next one
    assert editor.current_id() == agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)[3].id

    # Edit in place: F2 on the selected goal, type, Enter.
    editor.view.setFocus()
    editor.select_row(0)
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    type_text(line, "Renovar 5 000 ha de cafetales y controlar la roya")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(editor)[0] == "Renovar 5 000 ha de cafetales y controlar la roya")

    # The write is queued (it resets the model, which must not happen inside the editor).
    def stored_first() -> str:
        return agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)[0].statement

    qtbot.waitUntil(lambda: stored_first() == "Renovar 5 000 ha de cafetales y controlar la roya")
    assert demo.stack.count() == 2  # the addition and the edit

    # Reorder with Alt+Down: the goal keeps the selection as it moves.
    editor.view.setFocus()
    editor.select_row(0)
    first_id = editor.current_id()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [g.id for g in agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)][1] == first_id
    assert editor.current_id() == first_id
    assert editor.view.currentIndex().row() == 1

    # Delete with the Delete key while the list has the focus (the main window's command).
    editor.view.setFocus()
    area.delete_selected()
    remaining = agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)
    assert first_id not in [g.id for g in remaining]
    assert [g.position for g in remaining] == [1, 2, 3]

    demo.stack.undo()  # the deleted goal comes back at its place
    assert [g.id for g in agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)][1] == first_id
    assert texts(editor)[1] == "Renovar 5 000 ha de cafetales y controlar la roya"
    demo.stack.undo()  # the move
    assert texts(editor)[0] == "Renovar 5 000 ha de cafetales y controlar la roya"
    demo.stack.undo()  # the edit
    assert texts(editor) == [*before, "Duplicar el empleo juvenil en la cadena del café"]
    demo.stack.undo()  # the addition
    assert texts(editor) == before
    demo.stack.redo()
    demo.stack.redo()
    assert texts(editor)[0] == "Renovar 5 000 ha de cafetales y controlar la roya"
    assert len(texts(editor)) == 4
    # Management goals were never touched.
    assert len(agendas.agenda(agenda_id).goals_of(GoalKind.MANAGEMENT)) == 3


def test_move_buttons_follow_the_ends_of_the_list(qtbot, demo: Window) -> None:
    open_soconusco(demo)
    editor = demo.area.page.management
    editor.select_row(0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.select_row(editor.model.rowCount() - 1)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.view.currentIndex().row() == editor.model.rowCount() - 2
    assert demo.stack.undoText().startswith("Move goal “Dar seguimiento")


def test_priorities_add_rename_move_delete_with_buttons_and_undo(qtbot, demo: Window) -> None:
    area, agendas = demo.area, demo.agendas
    agenda_id = open_soconusco(demo)
    editor = area.page.priorities
    assert not editor.add_button.isEnabled()
    type_text(editor.new_text, "Miel orgánica")
    assert editor.add_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in agendas.agenda(agenda_id).priorities]
    assert names[-1] == "Miel orgánica"
    assert texts(editor) == names

    # Renaming goes through the model as an in-place edit would.
    row = len(names) - 1
    editor.model.setData(editor.model.index(row, 0), "Miel orgánica de la Costa")
    qtbot.waitUntil(lambda: agendas.agenda(agenda_id).priorities[-1].name.endswith("Costa"))
    editor.select_row(row)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in agendas.agenda(agenda_id).priorities][-2] == "Miel orgánica de la Costa"
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "Miel orgánica de la Costa" not in texts(editor)
    assert [p.position for p in agendas.agenda(agenda_id).priorities] == [1, 2, 3, 4]

    demo.stack.undo()
    assert texts(editor)[-2] == "Miel orgánica de la Costa"
    demo.stack.undo()
    assert texts(editor)[-1] == "Miel orgánica de la Costa"
    demo.stack.undo()
    assert texts(editor)[-1] == "Miel orgánica"
    demo.stack.undo()
    assert texts(editor) == names[:-1]


def test_an_emptied_goal_keeps_its_statement(qtbot, demo: Window) -> None:
    agenda_id = open_soconusco(demo)
    editor = demo.area.page.strategic
    before = texts(editor)
    assert not editor.model.setData(editor.model.index(0, 0), "   ")
    assert texts(editor) == before
    assert demo.stack.count() == 0
    assert demo.agendas.agenda(agenda_id).goals_of(GoalKind.STRATEGIC)[0].statement == before[0]


# --- deleting agendas ------------------------------------------------------------------------


def test_deleting_the_soconusco_agenda_is_refused_saying_why(
    qtbot, demo: Window, dialogs: Dialogs
) -> None:
    area, agendas = demo.area, demo.agendas
    agenda_id = open_soconusco(demo)
    record = agendas.agenda(agenda_id)
    qtbot.mouseClick(area.page.delete_button, Qt.MouseButton.LeftButton)
    expected = user_error_text(InUseError("agenda", record.title, agendas.agenda_usages(agenda_id)))
    assert dialogs.warnings == [expected]
    assert (
        expected == f"{record.title} cannot be deleted: it is used by 2 initiatives, 1 indicator."
    )
    assert dialogs.questions == []
    assert agendas.agenda(agenda_id) == record
    assert area.page.isVisible()


def test_delete_an_unused_agenda_from_the_list_and_undo(
    qtbot, empty: Window, dialogs: Dialogs
) -> None:
    area, agendas = empty.area, empty.agendas
    record = agendas.create_agenda(AgendaDraft("Agenda del Bajo Piura"))
    agendas.add_goal(record.id, GoalKind.STRATEGIC, "Exportar mango")
    agendas.add_priority(record.id, "Mango")
    area.refresh()
    area.list.select_id(record.id)
    area.list.view.setFocus()
    area.delete_selected()  # the Delete key
    assert len(dialogs.questions) == 1 and "with its goals" in dialogs.questions[0]
    assert agendas.agenda_ids(ListQuery()) == []
    assert titles(area) == []
    qtbot.keyClick(area.list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = agendas.agenda(record.id)
    assert [g.statement for g in restored.goals] == ["Exportar mango"]
    assert [p.name for p in restored.priorities] == ["Mango"]
    assert titles(area) == ["Agenda del Bajo Piura"]


def test_answering_no_keeps_the_agenda(empty: Window, dialogs: Dialogs) -> None:
    record = empty.agendas.create_agenda(AgendaDraft("Agenda del Alto Piura"))
    empty.area.refresh()
    dialogs.answer = QMessageBox.StandardButton.No
    empty.area.delete_agenda(record.id)
    assert empty.agendas.agenda(record.id).title == "Agenda del Alto Piura"
    assert empty.stack.count() == 0


# --- long names, placeholders ----------------------------------------------------------------


def test_share_width_gives_each_long_column_what_it_needs_when_it_can() -> None:
    assert share_width(1000, [400, 350], 50) == [650, 350]  # the surplus to the first
    assert share_width(600, [500, 200], 50) == [400, 200]  # the short one whole
    assert share_width(470, [400, 350], 50) == [282, 188]  # both cut, the first less
    assert share_width(100, [400, 350], 60) == [60, 60]  # never below the floor


def test_the_list_shares_its_width_between_title_and_convener(qtbot, demo: Window) -> None:
    view = demo.area.list.view
    header = view.horizontalHeader()
    qtbot.waitUntil(
        lambda: sum(header.sectionSize(c) for c in range(header.count())) == view.viewport().width()
    )
    assert not view.horizontalScrollBar().isVisible()
    # The room the short columns leave goes to the title and the convener: each gets its
    # whole text, or at least its share (three fifths for the title, two for the convener).
    room = header.sectionSize(0) + header.sectionSize(4)
    assert header.sectionSize(4) >= min(view.sizeHintForColumn(4), room * 2 // 5)
    assert header.sectionSize(0) >= min(view.sizeHintForColumn(0), room * 3 // 5)
    assert header.sectionSize(4) > 30 * view.fontMetrics().averageCharWidth()  # wider than it was
    # Whatever is cut is whole in the tooltip.
    model = demo.area.list.model
    row = model.row_of(soconusco_id(demo.agendas))
    assert (
        model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
        == "Secretaría de Economía y del Trabajo del Estado de Chiapas"
    )


def test_the_new_item_lines_have_short_placeholders(demo: Window) -> None:
    open_soconusco(demo)
    line = demo.area.page.priorities.new_text
    assert line.placeholderText() == "New sector or value chain"
    assert line.toolTip() == "New sector or value chain, then Enter"
    assert line.fontMetrics().horizontalAdvance(line.placeholderText()) < line.width()


# --- reading again after writes elsewhere ----------------------------------------------------


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def count_reads(monkeypatch: pytest.MonkeyPatch, window: Window) -> list[str]:
    calls: list[str] = []
    for owner, name in (
        (window.actors, "territories"),
        (window.agendas, "agenda"),
        (window.agendas, "initiatives_of"),
        (window.agendas, "plans_of"),
    ):
        method = getattr(owner, name)

        def call(*args, _name=name, _method=method, **kwargs):
            calls.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(owner, name, call)
    return calls


def test_a_hidden_area_reads_nothing_until_shown_again(
    qtbot, demo: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = demo.area
    agenda_id = open_soconusco(demo)
    area.hide()  # another area is in front
    record = demo.agendas.agenda(agenda_id)
    demo.agendas.update_agenda(agenda_id, replace(record.draft, title="Agenda del Soconusco"))
    calls = count_reads(monkeypatch, demo)
    demo.stack.push(QUndoCommand("Another area's write"))
    demo.stack.push(QUndoCommand("Another one"))
    demo.stack.undo()
    demo.stack.redo()
    settle()
    assert calls == []
    assert area.page.heading.text() != "Agenda del Soconusco"
    area.show()
    qtbot.waitUntil(lambda: area.page.heading.text() == "Agenda del Soconusco")
    settle()
    assert calls.count("agenda") == 1  # once, not once per move


def test_a_visible_area_reads_once_after_several_moves(
    qtbot, demo: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_soconusco(demo)
    calls = count_reads(monkeypatch, demo)
    for n in range(3):
        demo.stack.push(QUndoCommand(f"Write {n}"))
    assert calls == []  # deferred: the pushes return at once
    qtbot.waitUntil(lambda: "agenda" in calls)
    settle()
    assert calls.count("agenda") == 1


def test_own_writes_show_at_once_and_are_read_once(
    qtbot, demo: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_soconusco(demo)
    editor = demo.area.page.priorities
    calls = count_reads(monkeypatch, demo)
    add_item(qtbot, editor, "Apicultura")
    assert texts(editor)[-1] == "Apicultura"  # shown before the push returned
    settle()
    assert calls.count("agenda") == 1
    demo.stack.undo()
    assert "Apicultura" not in texts(editor)
    settle()
    assert calls.count("agenda") == 2
