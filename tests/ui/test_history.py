"""The History dialog from the pages of an organization, a person, an initiative, a plan, an
action, a meeting and an agreement (in a main window over the demo data), and the note of a
meeting whose approved minutes changed afterwards."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from driving import StubController
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.history import FieldChange, HistoryEntry
from agencydesk.domain.meetings import MeetingQuery
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace
from agencydesk.ui.history import HistoryButton, HistoryDialog
from agencydesk.ui.history.dialog import AFTER, BEFORE, WHAT, WHO
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.meetings.agreement_form import AgreementDialog
from agencydesk.ui.meetings.context import MeetingsContext

MENU_BAR_LETTERS = {"f", "e", "h"}  # File, Edit, Help


class User:
    name = "Ana Quispe"

    def __call__(self) -> str:
        return self.name


@pytest.fixture
def user() -> User:
    return User()


@pytest.fixture
def window(qtbot, demo_database: Database, user: User) -> Iterator[MainWindow]:
    workspace = Workspace.open(demo_database, user, language=lambda: "en")
    made = MainWindow(StubController(), workspace)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(made.db_worker.is_idle)
    yield made
    for dialog in made.findChildren(HistoryDialog):
        dialog.close()
    made.close_without_asking()
    made.deleteLater()


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def visible_letters(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        found += [(mnemonic(t), t) for t in texts if mnemonic(t)]
    return found


def assert_own_letter(button: QAbstractButton) -> None:
    letter = mnemonic(button.text())
    if letter is None:
        return
    assert letter not in MENU_BAR_LETTERS
    users = [t for found, t in visible_letters(button.window()) if found == letter]
    assert users == [button.text()], users


def rows(dialog: HistoryDialog) -> list[list[str]]:
    """Each entry's line, then its fields' lines: [who, what] / [field, before, after]."""
    out = []
    tree = dialog.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append([top.text(WHO), top.text(WHAT)])
        for j in range(top.childCount()):
            child = top.child(j)
            out.append([child.text(WHAT), child.text(BEFORE), child.text(AFTER)])
    return out


def test_a_persons_history_in_words(qtbot, window: MainWindow, user: User) -> None:
    ws = window.workspace
    person = ws.actors.person(ws.actors.person_ids(ListQuery())[0])
    ws.actors.update_person(person.id, replace(person.draft, phone="999 000 111", email="a@b.pe"))
    user.name = "Luis Rojas"
    ws.actors.update_person(person.id, replace(ws.actors.person(person.id).draft, email=None))

    window.show_area(window.actors_area)
    window.actors_area.show_person(person.id)
    form = window.actors_area.people.form
    button = form.history_button
    assert button.isVisible() and button.text() == "Histor&y…"
    assert_own_letter(button)
    dialog = button.open_history()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == f"History of “{person.full_name}”"
    assert rows(dialog) == [
        ["Luis Rojas", "Changed"],
        ["E-mail", "a@b.pe", "—"],
        ["Ana Quispe", "Changed"],
        ["Phone", person.draft.phone, "999 000 111"],
        ["E-mail", "—", "a@b.pe"],
    ]
    # "2 changes" once the English plural catalogue holds the new string.
    assert re.fullmatch(r"2 change(s|\(s\)) recorded, newest first\.", dialog.summary.text())

    window.actors_area.people.new_record()
    assert not form.history_button.isVisible()  # a new person has no history yet


def test_pages_that_show_a_history(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    areas = window.areas
    org = ws.actors.organization(ws.actors.organization_ids(ListQuery())[0])
    ws.actors.update_organization(org.id, replace(org.draft, website="https://alfa.pe"))
    window.show_area(window.actors_area)
    window.actors_area.tabs.setCurrentWidget(window.actors_area.organizations)
    window.actors_area.organizations.show_record(org.id)
    button = window.actors_area.organizations.detail.history_button
    assert button.isVisible()
    assert_own_letter(button)
    assert rows(button.open_history())[0] == ["Ana Quispe", "Changed"]
    assert rows(button.dialog)[1] == ["Website", org.draft.website or "—", "https://alfa.pe"]

    initiative = ws.initiatives.initiative_ids(ListQuery())[0]
    record = ws.initiatives.initiative(initiative)
    ws.initiatives.update_initiative(initiative, replace(record.draft, sector="Cacao fino"))
    areas.open_initiative(initiative)
    qtbot.waitUntil(window.db_worker.is_idle)
    page = areas.initiatives.page
    assert_own_letter(page.history_button)
    assert rows(page.history_button.open_history())[1][0] == "Sector"

    plan = ws.plans.plan_of_initiative(initiative)
    assert plan is not None
    ws.plans.update_plan(plan.id, replace(plan.draft, version=plan.draft.version + 1))
    page.tabs.setCurrentWidget(page.tab_widget("plan"))
    header = page.tab_widget("plan").header
    assert header.history_button.isVisible() and page.history_button.isVisible()
    assert mnemonic(header.history_button.text()) is None  # the initiative's has Alt+Y
    assert rows(header.history_button.open_history())[1][0] == "Version"

    action = ws.plans.actions_of(plan.id)[0]
    ws.plans.set_action_fields(action.id, progress_pct=77)
    panel = page.tab_widget("plan")
    panel.open_action(action.id)
    form = panel.action_form
    assert form.history_button.isVisible()
    assert_own_letter(form.history_button)
    assert rows(form.history_button.open_history())[1] == [
        "Progress",
        str(action.draft.progress_pct),
        "77",
    ]
    panel.action_dialog.reject()


def test_an_agreements_history(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    meetings = ws.meetings.meetings(ws.meetings.meeting_ids(MeetingQuery()))
    held = next(m for m in meetings if m.status is MeetingStatus.HELD and m.agreements)
    agreement = ws.agreements.agreements_of(held.id)[0]
    ws.agreements.update(agreement.id, replace(agreement.draft, follow_up="Llamar el lunes"))
    context = MeetingsContext.build(ws, QUndoStack())
    dialog = AgreementDialog(context, ws.agreements.agreement(agreement.id), None, window)
    dialog.show()
    button = dialog.form.history_button
    assert button.isVisible()
    assert_own_letter(button)
    history = button.open_history()
    assert rows(history)[1] == ["Follow-up", agreement.draft.follow_up or "—", "Llamar el lunes"]
    history.close()
    dialog.reject()


def test_approved_minutes_changed_afterwards(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    meetings = ws.meetings.meetings(ws.meetings.meeting_ids(MeetingQuery()))
    approved = next(m for m in meetings if m.status is MeetingStatus.MINUTES_APPROVED)
    areas = window.areas
    areas.open_meeting(approved.id)
    qtbot.waitUntil(window.db_worker.is_idle)
    page = areas.meetings.page
    assert not page.approval_note.isVisible()  # approved, and nothing changed since
    assert_own_letter(page.history_button)

    ws.meetings.change_status(approved.id, MeetingStatus.HELD, "Faltó un asistente")
    item = ws.meetings.agenda_items(approved.id)[0]
    ws.meetings.update_item(item.id, replace(item.draft, title=item.draft.title + " (bis)"))
    page.reload()
    assert not page.approval_note.isVisible()  # reopened: being edited, not approved
    ws.meetings.change_status(approved.id, MeetingStatus.MINUTES_APPROVED)
    page.reload()
    note = page.approval_note
    assert note.isVisible()
    assert note.count == 3
    assert "Changed after the minutes were approved on " in note.text.text()
    assert re.search(r": 3 change(s|\(s\))\.", note.text.text())

    note.text.linkActivated.emit("history")
    dialog = page.history_button.dialog
    assert dialog is not None and dialog.isVisible()
    whats = [row[1] for row in rows(dialog) if len(row) == 2]
    assert whats[:3] == [
        "Changed",
        f"Changed · Agenda item “{item.draft.title} (bis)”",
        "Changed",
    ]
    assert ["Reason", "—", "Faltó un asistente"] in rows(dialog)


def test_the_dialog_without_history(qtbot) -> None:
    dialog = HistoryDialog()
    qtbot.addWidget(dialog)
    dialog.show_history("Mesa", [])
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.tree.isVisible()
    assert "No change is recorded" in dialog.empty.text()


def test_long_texts_show_where_they_differ(qtbot) -> None:
    from datetime import datetime

    from agencydesk.domain.enums import AuditAction

    before = "Se acordó " + "revisar los expedientes pendientes " * 10 + "en marzo."
    after = before.replace("en marzo.", "en abril.")
    dialog = HistoryDialog()
    qtbot.addWidget(dialog)
    entry = HistoryEntry(
        1,
        datetime(2025, 3, 4, 10, 30),
        None,
        "meeting",
        7,
        AuditAction.UPDATE,
        (FieldChange("minutes", before, after),),
    )
    dialog.show_history("Sesión 1", [entry])
    child = dialog.tree.topLevelItem(0).child(0)
    assert dialog.tree.topLevelItem(0).text(WHO) == "(no name set)"
    assert child.text(BEFORE).startswith("…") and child.text(BEFORE).endswith("en marzo.")
    assert child.text(AFTER).endswith("en abril.")
    assert child.toolTip(AFTER).endswith("en abril.")


def test_a_button_with_nothing_on_show_does_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    button = HistoryButton(parent, "person", lambda: None)
    assert button.open_history() is None
