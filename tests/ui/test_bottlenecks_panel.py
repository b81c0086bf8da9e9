"""The Bottlenecks tab of an initiative as a user drives it (pytest-qt, offscreen, demo data)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pytest
from driving import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from agencydesk.data.models import Initiative
from agencydesk.domain.bottlenecks import BottleneckDraft
from agencydesk.domain.enums import BottleneckCategory, BottleneckStatus
from agencydesk.domain.records import NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.services.database import Database
from agencydesk.ui.bottlenecks import BottlenecksPanel
from agencydesk.ui.bottlenecks.dialogs import ResolveDialog, StatusChangeDialog
from agencydesk.ui.bottlenecks.model import BottleneckTableModel

S = BottleneckStatus
TODAY = date.today()


@dataclass
class Dialogs:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def question(_parent, _title, text, _buttons=None, default=None):
        assert default == QMessageBox.StandardButton.No
        seen.questions.append(text)
        return seen.answer

    def warning(_parent, _title, text, *_args):
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@dataclass
class Setup:
    main: QMainWindow
    panel: BottlenecksPanel
    stack: QUndoStack
    service: BottlenecksService
    actors: ActorsService
    mef: int


@pytest.fixture
def setup(qtbot, demo_database: Database, dialogs: Dialogs) -> Iterator[Setup]:
    with demo_database.uow() as s:
        mef = s.scalar(
            select(Initiative.id).where(Initiative.name == "Mesa Ejecutiva Forestal de Ucayali")
        )
    actors = ActorsService(demo_database.uow, lambda: "tester")
    service = BottlenecksService(demo_database.uow, lambda: "tester")
    main = QMainWindow()
    stack = QUndoStack(main)
    undo = stack.createUndoAction(main)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = stack.createRedoAction(main)
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    main.addAction(undo)
    main.addAction(redo)
    panel = BottlenecksPanel(actors, service, stack)
    main.setCentralWidget(panel)
    main.resize(1280, 800)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    panel.show_for_initiative(mef)
    yield Setup(main, panel, stack, service, actors, mef)
    stack.clear()


def codes(panel: BottlenecksPanel) -> list[str]:
    model = panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def button(panel: BottlenecksPanel, name: str) -> QPushButton:
    found = panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the model -------------------------------------------------------------------------------


def test_the_model_passes_modeltester_and_sorts_by_real_values(qtmodeltester, setup: Setup) -> None:
    model = BottleneckTableModel()
    qtmodeltester.check(model)
    model.set_records(setup.service.bottlenecks_of(setup.mef))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    model.sort(5, Qt.SortOrder.DescendingOrder)  # identified on: latest first
    assert model.index(0, 0).data() == "CB-04"
    model.sort(4)  # status in workflow order
    statuses = [model.record_at(r).status for r in range(model.rowCount())]
    assert statuses == sorted(statuses, key=list(S).index)
    assert model.index(0, 4).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 7).data() == str(model.record_at(0).days_open())


# --- the register ----------------------------------------------------------------------------


def test_the_register_and_its_open_resolved_filter(setup: Setup) -> None:
    panel = setup.panel
    assert codes(panel) == [f"CB-0{n}" for n in range(1, 8)]
    assert panel.model.index(2, 4).data() == "Resolved"
    assert "4 open" in panel.count_label.text()
    panel.filter.setCurrentIndex(panel.filter.findData("open"))
    assert codes(panel) == ["CB-01", "CB-02", "CB-04", "CB-05"]
    panel.filter.setCurrentIndex(panel.filter.findData("closed"))
    assert codes(panel) == ["CB-03", "CB-06", "CB-07"]
    assert not panel.empty_label.isVisible()
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    assert len(codes(panel)) == 7


def test_choosing_a_bottleneck_shows_its_workflow_and_form(setup: Setup) -> None:
    panel = setup.panel
    cb01 = setup.service.bottlenecks_of(setup.mef)[0]
    assert panel.select_bottleneck(cb01.id)
    assert panel.form.title_edit.text() == cb01.title
    assert panel.form.competent.text() == cb01.competent_entity_name
    workflow = panel.workflow
    assert button(panel, "resolveButton").isVisible()
    assert button(panel, "dropButton").isVisible()
    assert not button(panel, "agreeSolutionButton").isVisible()
    assert not button(panel, "reopenButton").isVisible()
    assert [s.on.text() for s in workflow.steps[:3]] == [
        c.changed_on.strftime("%d/%m/%Y") for c in cb01.history
    ]
    assert workflow.steps[3].on.text() == ""  # not resolved yet


# --- the acceptance path: record a bottleneck and take it to "resolved" with evidence ----------


def test_record_a_bottleneck_and_resolve_it_with_evidence(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    changed: list[bool] = []
    panel.data_changed.connect(lambda: changed.append(True))

    click(qtbot, button(panel, "newBottleneckButton"))
    form = panel.form
    assert form.code.text() == "CB-08"
    assert not button(panel, "bottleneckSave").isEnabled()
    type_text(form.title_edit, "Falta de energía trifásica en el parque industrial")
    form.category.setCurrentIndex(form.category.findData(BottleneckCategory.INFRASTRUCTURE.value))
    [gore] = [r for r in setup.actors.organization_choices("Gobierno Regional de Ucayali")][:1]
    form.competent.choose(NamedRef(gore.id, gore.name))
    click(qtbot, button(panel, "bottleneckSave"))

    assert codes(panel)[-1] == "CB-08"
    created = panel.current_record()
    assert created is not None and created.status is S.IDENTIFIED
    assert created.competent_entity_name == "Gobierno Regional de Ucayali"
    assert changed

    click(qtbot, button(panel, "agreeSolutionButton"))
    assert service.bottleneck(created.id).status is S.SOLUTION_AGREED
    click(qtbot, button(panel, "startButton"))
    assert service.bottleneck(created.id).status is S.IN_PROGRESS

    click(qtbot, button(panel, "resolveButton"))
    qtbot.waitUntil(lambda: panel.status_dialog is not None and panel.status_dialog.isVisible())
    dialog = panel.status_dialog
    assert isinstance(dialog, ResolveDialog)
    assert dialog.date_field.date() == TODAY
    ok = dialog.findChild(QPushButton, "statusChangeOk")
    assert not ok.isEnabled()  # the evidence is required
    type_text(dialog.evidence, "Acta de conformidad de Electro Ucayali, 12 de noviembre")
    type_text(dialog.note, "Informado en la tercera sesión")
    assert ok.isEnabled()
    with qtbot.waitSignal(panel.data_changed):
        click(qtbot, ok)

    resolved = service.bottleneck(created.id)
    assert resolved.status is S.RESOLVED
    assert resolved.resolved_on == TODAY
    assert resolved.resolution_evidence == "Acta de conformidad de Electro Ucayali, 12 de noviembre"
    assert [c.status for c in resolved.history] == [
        S.IDENTIFIED,
        S.SOLUTION_AGREED,
        S.IN_PROGRESS,
        S.RESOLVED,
    ]
    assert resolved.history[-1].note == "Informado en la tercera sesión"
    assert panel.status_dialog is None
    row = panel.model.row_of(created.id)
    assert panel.model.index(row, 4).data() == "Resolved"
    assert panel.model.index(row, 6).data() == TODAY.strftime("%d/%m/%Y")
    assert button(panel, "reopenButton").isVisible()
    assert not button(panel, "resolveButton").isVisible()
    assert "Electro Ucayali" in panel.workflow.evidence.text()
    assert setup.stack.count() == 4  # create, agree, start, resolve


def test_ctrl_z_puts_a_status_change_back_and_redo_repeats_it(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    cb01 = service.bottlenecks_of(setup.mef)[0]
    panel.select_bottleneck(cb01.id)
    click(qtbot, button(panel, "resolveButton"))
    dialog = panel.status_dialog
    assert dialog is not None
    dialog.evidence.setPlainText("Resolución directoral 045-2026")
    dialog.accept()
    assert service.bottleneck(cb01.id).status is S.RESOLVED

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = service.bottleneck(cb01.id)
    assert (back.status, back.resolved_on, back.resolution_evidence) == (S.IN_PROGRESS, None, None)
    assert back.history == cb01.history
    assert panel.model.index(0, 4).data() == "In progress"
    assert button(panel, "resolveButton").isVisible()

    setup.stack.redo()
    again = service.bottleneck(cb01.id)
    assert (
        again.status is S.RESOLVED and again.resolution_evidence == "Resolución directoral 045-2026"
    )
    assert len(again.history) == 4
    setup.stack.undo()
    assert service.bottleneck(cb01.id).history == cb01.history


def test_reopening_and_its_undo_keep_the_evidence(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    cb03 = service.bottlenecks_of(setup.mef)[2]
    panel.select_bottleneck(cb03.id)
    click(qtbot, button(panel, "reopenButton"))
    dialog = panel.status_dialog
    assert isinstance(dialog, StatusChangeDialog) and dialog.status is S.IN_PROGRESS
    type_text(dialog.note, "Las guías en papel volvieron a circular")
    dialog.accept()
    reopened = service.bottleneck(cb03.id)
    assert reopened.status is S.IN_PROGRESS and reopened.resolution_evidence is None
    setup.stack.undo()
    back = service.bottleneck(cb03.id)
    assert back.status is S.RESOLVED
    assert back.resolution_evidence == cb03.resolution_evidence
    assert back.resolved_on == cb03.resolved_on


def test_the_dialog_refuses_a_date_before_the_previous_step(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    cb01 = service.bottlenecks_of(setup.mef)[0]
    panel.select_bottleneck(cb01.id)
    click(qtbot, button(panel, "dropButton"))
    dialog = panel.status_dialog
    assert dialog is not None and dialog.status is S.DROPPED
    assert dialog.evidence.isHidden()  # only resolving asks for evidence
    previous = cb01.history[-1].changed_on
    dialog.date_field.set_date(previous - timedelta(days=1))
    assert not dialog.ok_button.isEnabled()
    assert previous.strftime("%d/%m/%Y") in dialog.date_message.text()
    dialog.date_field.set_date(TODAY + timedelta(days=1))
    assert dialog.date_message.text() == "This date is in the future."
    dialog.reject()
    assert service.bottleneck(cb01.id).status is S.IN_PROGRESS
    assert setup.stack.count() == 0


def test_an_edit_is_undoable(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    cb04 = service.bottlenecks_of(setup.mef)[3]
    panel.select_bottleneck(cb04.id)
    panel.form.title_edit.selectAll()
    type_text(panel.form.title_edit, "Carretera Federico Basadre cortada en lluvias")
    panel.save_current()  # Ctrl+S
    assert service.bottleneck(cb04.id).title == "Carretera Federico Basadre cortada en lluvias"
    assert panel.model.index(3, 1).data() == "Carretera Federico Basadre cortada en lluvias"
    setup.stack.undo()
    assert service.bottleneck(cb04.id).title == cb04.title
    assert panel.form.title_edit.text() == cb04.title


def test_a_duplicate_code_is_refused_and_the_text_kept(qtbot, setup: Setup) -> None:
    panel = setup.panel
    panel.new_record()
    form = panel.form
    form.code.selectAll()
    type_text(form.code, "cb-03")
    type_text(form.title_edit, "Otro")
    qtbot.waitUntil(lambda: form.field_message("code").kind() == "error")
    assert "code" in form.field_message("code").text()
    assert not form.save_button.isEnabled()
    assert form.code.text() == "cb-03"


def test_delete_is_refused_when_used_and_undone_with_its_history(
    qtbot, setup: Setup, dialogs: Dialogs
) -> None:
    panel, service = setup.panel, setup.service
    cb01 = service.bottlenecks_of(setup.mef)[0]
    panel.select_bottleneck(cb01.id)
    click(qtbot, button(panel, "bottleneckDelete"))
    assert dialogs.warnings and "cannot be deleted" in dialogs.warnings[-1]
    assert "action" in dialogs.warnings[-1]
    assert len(codes(panel)) == 7

    made = service.create(BottleneckDraft(setup.mef, code="CB-08", title="Temporal"))
    service.change_status(made.id, S.SOLUTION_AGREED, TODAY, "Acuerdo 2")
    panel.refresh()
    panel.select_bottleneck(made.id)
    click(qtbot, button(panel, "bottleneckDelete"))
    assert "CB-08 Temporal" in dialogs.questions[-1]
    assert "CB-08" not in codes(panel)
    assert panel.hint.isVisible()
    setup.stack.undo()
    restored = service.bottleneck(made.id)
    assert [c.status for c in restored.history] == [S.IDENTIFIED, S.SOLUTION_AGREED]
    assert "CB-08" in codes(panel)


def test_unsaved_edits_are_asked_about(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    panel = setup.panel
    records = setup.service.bottlenecks_of(setup.mef)
    panel.select_bottleneck(records[0].id)
    panel.form.title_edit.end(False)
    type_text(panel.form.title_edit, " (urgente)")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not panel.confirm_close()
    panel.select_bottleneck(records[1].id)
    assert panel.form.title_edit.text() == records[0].title + " (urgente)"  # still there
    assert panel.form.record_id == records[0].id
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert panel.confirm_close()


def test_an_initiative_without_bottlenecks_says_how_to_start(
    qtbot, setup: Setup, demo_database: Database
) -> None:
    with demo_database.uow() as s:
        s.add(Initiative(name="Mesa de turismo rural", kind="cluster"))
    with demo_database.uow() as s:
        empty = s.scalar(select(Initiative.id).where(Initiative.name == "Mesa de turismo rural"))
    panel = setup.panel
    panel.show_for_initiative(empty)
    assert panel.model.rowCount() == 0
    assert panel.empty_label.isVisible() and "New bottleneck" in panel.empty_label.text()
    panel.new_record()
    assert panel.form.code.text() == "CB-01"


def test_undo_after_the_panel_is_gone_still_works(qtbot, setup: Setup) -> None:
    panel, service = setup.panel, setup.service
    cb04 = service.bottlenecks_of(setup.mef)[3]
    panel.select_bottleneck(cb04.id)
    click(qtbot, button(panel, "agreeSolutionButton"))
    assert service.bottleneck(cb04.id).status is S.SOLUTION_AGREED
    setup.main.setCentralWidget(QWidget())  # deletes the panel, as closing a page would
    qtbot.waitUntil(lambda: not setup.main.findChildren(BottlenecksPanel))
    setup.stack.undo()
    assert service.bottleneck(cb04.id).status is S.IDENTIFIED


# --- layout ----------------------------------------------------------------------------------


def test_the_form_is_whole_beside_a_narrower_workflow(qtbot, setup: Setup) -> None:
    # The room the tab has in the main window at 1280x800 (navigation, header, tabs aside).
    setup.main.resize(1130, 640)
    panel = setup.panel
    cb01 = setup.service.bottlenecks_of(setup.mef)[0]
    panel.select_bottleneck(cb01.id)
    form, workflow = panel.editor.widget(0), panel.editor.widget(1)
    assert form is panel.form
    qtbot.waitUntil(lambda: form.width() > workflow.width())
    bottom = form.mapTo(panel, form.rect().bottomLeft()).y()
    for widget in (
        form.title_edit,
        form.category,
        form.competent,
        form.description,
        form.proposed_solution,
    ):
        assert widget.isVisible()
        # Inside the form's scroll box without scrolling: its bottom edge is within the form.
        assert widget.visibleRegion().boundingRect().height() == widget.height()
        assert widget.mapTo(panel, widget.rect().bottomLeft()).y() < bottom
    # The register shows the seven bottlenecks without scrolling.
    assert not panel.view.verticalScrollBar().isVisible()
    # The long names share the register's width: the title gets the larger share.
    header = panel.view.horizontalHeader()
    assert header.sectionSize(1) >= header.sectionSize(3)
    assert panel.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == cb01.title


# --- reading again after writes elsewhere ----------------------------------------------------


def test_a_hidden_panel_reads_nothing_until_shown_again(
    qtbot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, service = setup.panel, setup.service
    cb04 = service.bottlenecks_of(setup.mef)[3]
    panel.hide()  # another tab of the initiative is in front
    service.update(cb04.id, replace(cb04.draft, title="Carretera cortada en lluvias"))
    calls: list[int] = []
    bottlenecks_of = service.bottlenecks_of
    monkeypatch.setattr(
        service, "bottlenecks_of", lambda i: (calls.append(i), bottlenecks_of(i))[1]
    )
    setup.stack.push(QUndoCommand("Another tab's write"))
    setup.stack.undo()
    setup.stack.redo()
    for _ in range(5):
        QApplication.processEvents()
    assert calls == []
    panel.show()
    row = panel.model.row_of(cb04.id)
    qtbot.waitUntil(lambda: panel.model.index(row, 1).data() == "Carretera cortada en lluvias")
    assert calls == [setup.mef]  # once, not once per move
