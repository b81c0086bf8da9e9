"""Issue 3's acceptance path, driven through the main window as a user would, on the demo.

Open the Mesa Ejecutiva Forestal, add two participants, record a bottleneck and take it to
"resolved" with evidence, add an action with two funding lines to its plan, and see the home
dashboard change.
"""

from __future__ import annotations

import sys
import threading
from decimal import Decimal

import pytest
from driving import click, go_to, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QWidget

from agencydesk import paths
from agencydesk.app import AppController
from agencydesk.domain.enums import ActorType, BottleneckCategory, FundingSource
from agencydesk.services.database import Database
from agencydesk.services.settings import SettingsStore
from agencydesk.ui.initiatives.add_participants import AddParticipantsDialog
from agencydesk.ui.main_window import MainWindow

MEF = "Mesa Ejecutiva Forestal de Ucayali"


@pytest.fixture
def window(qtbot, qapp, app_paths: paths.AppPaths, demo_database: Database):
    SettingsStore(app_paths.settings_file).update(language="en", first_run_done=True)
    hooks = sys.excepthook, threading.excepthook
    controller = AppController(qapp, app_paths, app_paths.log_file)
    controller.start(demo_database, show_welcome=False)
    sys.excepthook, threading.excepthook = hooks  # a bug in a slot fails the test
    shown = controller.window
    assert shown is not None
    qtbot.waitExposed(shown)
    shown.repaint()  # the home page reads its figures after the first paint
    yield shown
    controller.close()


def test_a_mesa_from_participants_to_plan_changes_the_dashboard(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = window.home
    assert window.pages.currentWidget() is home  # the first page after opening
    qtbot.waitUntil(lambda: home.summary is not None)
    before = home.summary
    open_before = home.cards["bottlenecks"].number.text()

    # --- open the Mesa Ejecutiva Forestal: type part of its name, Enter, Enter -------------
    area = window.areas.initiatives
    go_to(window, area)
    qtbot.waitUntil(lambda: area.list_page.model.rowCount() == 6)
    area.list_page.search.setFocus()
    type_text(area.list_page.search, "mesa ejecutiva")
    qtbot.waitUntil(lambda: area.list_page.model.rowCount() == 1)
    qtbot.keyClick(area.list_page.search, Qt.Key.Key_Return)
    qtbot.keyClick(area.list_page.view, Qt.Key.Key_Return)
    assert area.stack.currentWidget() is area.page
    assert area.page.record.name == MEF
    mef_id = area.page.record.id

    # --- add two participants at once from the directory ------------------------------------
    def choose_two(dialog: AddParticipantsDialog) -> int:
        for search, name in (
            ("yarinacocha", "Municipalidad Distrital de Yarinacocha"),
            ("amazonia", "Instituto de Investigaciones de la Amazonía Peruana"),
        ):
            dialog.search.clear()
            type_text(dialog.search, search)
            dialog.run_search()
            model = dialog.results
            row = next(
                r for r in range(model.rowCount()) if model.record_at(r).name.startswith(name)
            )
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
        assert dialog.chosen_view.rowCount() == 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddParticipantsDialog, "exec", choose_two)
    participants = area.page.participants
    rows_before = participants.model.rowCount()
    click(qtbot, participants.add_button)
    assert participants.model.rowCount() == rows_before + 2

    # --- record a bottleneck and take it to "resolved" with evidence ------------------------
    panel = area.page.panels()["bottlenecks"]
    area.page.tabs.setCurrentWidget(panel)
    click(qtbot, panel.findChild(QPushButton, "newBottleneckButton"))
    type_text(panel.form.title_edit, "Falta de energía trifásica en el parque industrial")
    category = panel.findChild(QComboBox, "bottleneckCategory")
    category.setCurrentIndex(category.findData(BottleneckCategory.INFRASTRUCTURE.value))
    click(qtbot, panel.findChild(QPushButton, "bottleneckSave"))
    created = panel.current_record()
    assert created is not None and created.title.startswith("Falta de energía")
    click(qtbot, panel.findChild(QPushButton, "agreeSolutionButton"))
    click(qtbot, panel.findChild(QPushButton, "startButton"))
    click(qtbot, panel.findChild(QPushButton, "resolveButton"))
    qtbot.waitUntil(lambda: panel.status_dialog is not None and panel.status_dialog.isVisible())
    dialog = panel.status_dialog
    type_text(dialog.evidence, "Acta de conformidad de Electro Ucayali")
    click(qtbot, dialog.findChild(QPushButton, "statusChangeOk"))
    assert panel.current_record().status.value == "resolved"
    assert panel.current_record().resolution_evidence == "Acta de conformidad de Electro Ucayali"

    # --- add an action with two funding lines to its plan ------------------------------------
    plan = area.page.panels()["plan"]
    area.page.tabs.setCurrentWidget(plan)
    actions_before = len(plan.actions_tab.model.actions())
    click(qtbot, plan.findChild(QWidget, "new_action_button"))
    form = plan.action_form
    qtbot.keyClicks(form.findChild(QWidget, "action_code"), "A9.1")
    type_text(form.findChild(QWidget, "action_title"), "Línea de crédito forestal")
    qtbot.keyClicks(form.findChild(QWidget, "action_budget"), "50000")
    add_line = form.findChild(QWidget, "add_funding_button")
    click(qtbot, add_line)
    click(qtbot, add_line)
    for row, (source, program, amount, in_kind) in enumerate(
        [
            (FundingSource.REGIONAL, "PROCOMPITE", "40000", False),
            (FundingSource.PRIVATE, "Aporte de socios", "10000", True),
        ]
    ):
        combo, program_edit, amount_edit, in_kind_box = form.funding.row_widgets(row)
        combo.setCurrentIndex(combo.findData(source.value))
        qtbot.keyClicks(program_edit, program)
        qtbot.keyClicks(amount_edit, amount)
        in_kind_box.setChecked(in_kind)
    click(qtbot, form.findChild(QWidget, "action_save"))
    actions = plan.actions_tab.model.actions()
    assert len(actions) == actions_before + 1
    new_action = next(a for a in actions if a.draft.code == "A9.1")
    assert sorted((f.draft.amount, f.draft.in_kind) for f in new_action.funding) == [
        (Decimal("10000"), True),
        (Decimal("40000"), False),
    ]

    # --- the dashboard shows the change ------------------------------------------------------
    go_to(window, home)
    qtbot.waitUntil(lambda: home.summary.total_actions == before.total_actions + 1)
    after = home.summary

    def mef_row(summary):
        return next(r for r in summary.bottlenecks if r.initiative_id == mef_id)

    assert mef_row(after).resolved == mef_row(before).resolved + 1
    assert mef_row(after).open == mef_row(before).open
    assert home.cards["bottlenecks"].number.text() == open_before
    # Yarinacocha's municipality is public, the research institute is public too.
    public = ActorType.PUBLIC
    assert (
        after.participation_by_actor_type[public].participations
        == before.participation_by_actor_type[public].participations + 2
    )
    plan_row = next(p for p in after.plans if p.plan_id == plan.plan_id())
    assert plan_row.actions == actions_before + 1
    # Undo reaches back across areas: the last step (the new action) goes, and Home follows.
    window.undo_stack.undo()
    home.refresh()
    assert home.summary.total_actions == before.total_actions
