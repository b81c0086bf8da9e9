"""A meeting's Attendance tab as a user drives it (pytest-qt, offscreen), on the demo data:
session 3 of the Mesa Ejecutiva Forestal is held, sessions 1 and 2 have approved minutes."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from agencydesk.domain.enums import (
    Gender,
    MeetingStatus,
    ParticipationRole,
    Presence,
    Representation,
)
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingDraft, MeetingRecord
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.meetings.attendance_model import PRESENCE, REPRESENTATION
from agencydesk.ui.meetings.attendance_tab import AttendanceTab
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.invite import InvitePeopleDialog, NewPersonDialog
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import set_current_enum

MEF = "Mesa Ejecutiva Forestal de Ucayali"


def english(text: str) -> str:
    """What the English catalogue makes of a "%n thing(s)" source string: the lead adds the
    new strings' plural forms at the end of the issue; until then the source shows."""

    def plural(match: re.Match[str]) -> str:
        n, word = int(match[1]), match[2]
        if word == "person":
            return f"{n} {'person' if n == 1 else 'people'}"
        return f"{n} {word}{'' if n == 1 else 's'}"

    return re.sub(r"(\d+) (\w+)\(s\)", plural, text)


@dataclass
class Setup:
    tab: AttendanceTab
    stack: QUndoStack
    context: MeetingsContext
    mef_id: int
    warnings: list[str] = field(default_factory=list)
    reports: list[UserError] = field(default_factory=list)

    def session(self, number: int) -> MeetingRecord:
        meetings = self.context.meetings.meetings_of(initiative_id=self.mef_id)
        return next(m for m in meetings if m.number == number)

    def rows(self) -> list[tuple[str, str, str]]:
        """(person or organization, representation, presence) as shown."""
        model = self.tab.model
        return [
            (
                model.record_at(row).name(),
                model.index(row, REPRESENTATION).data(),
                model.index(row, PRESENCE).data(),
            )
            for row in range(model.rowCount())
        ]

    def row_of(self, name: str) -> int:
        return next(i for i, r in enumerate(self.rows()) if r[0] == name)

    def presence(self, name: str) -> str:
        return self.rows()[self.row_of(name)][2]


@pytest.fixture
def demo(qtbot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Setup]:
    db = demo_database
    user = lambda: "tester"  # noqa: E731
    actors = ActorsService(db.uow, user)
    stack = QUndoStack()
    warnings: list[str] = []
    reports: list[UserError] = []

    def warning(_parent, _title, text, *_args):
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    context = MeetingsContext(
        actors,
        InitiativesService(db.uow, user),
        MeetingsService(db.uow, user),
        AttendanceService(db.uow, user),
        AgreementsService(db.uow, user),
        WriteContext(actors, stack, lambda: None, reports.append),
    )
    tab = AttendanceTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    mef_id = context.initiatives.initiative_ids(ListQuery(text=MEF))[0]
    setup = Setup(tab, stack, context, mef_id, warnings, reports)
    tab.show_meeting(setup.session(3))
    yield setup
    stack.clear()


def new_session(demo: Setup) -> MeetingRecord:
    """Session 4 of the MEF, planned for next month, nobody invited yet."""
    start = datetime.combine(date.today() + timedelta(days=30), datetime.min.time())
    return demo.context.meetings.create(
        MeetingDraft(initiative_id=demo.mef_id, title="Cuarta sesión", starts_at=start)
    )


def test_a_held_session_shows_its_invitees_and_counts(demo: Setup) -> None:
    tab = demo.tab
    assert tab.model.rowCount() == 16
    assert tab.summary.text() == "<b>Attended 13 of 16 invited</b> · 2 excused · 1 absent"
    assert tab.by_type.text() == (
        "Attended, by actor type: Public 7 · Private 4 · Civil society 1 · International 1"
    )
    assert tab.by_gender.text() == "By gender: Female 5 · Male 8"
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Absent"
    assert demo.rows()[demo.row_of("Karina Flores Mozombite")][1] == "Alternate"
    assert "1 or A attended" in tab.hint.text()
    tooltip = tab.model.index(0, PRESENCE).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 or A" in tooltip and "3 or X" in tooltip
    assert tab.invite_button.isEnabled() and tab.all_attended_button.isEnabled()


def test_keyboard_ticking_keeps_the_row_and_each_key_is_one_undo_step(qtbot, demo: Setup) -> None:
    tab, view = demo.tab, demo.tab.view
    absent = demo.row_of("Elizabeth Zevallos Cárdenas")
    view.setFocus()
    view.selectRow(absent)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Attended"
    assert tab.summary.text().startswith("<b>Attended 14 of 16 invited</b>")
    assert view.currentIndex().row() == absent  # no jump to the top
    assert [i.row() for i in view.selectionModel().selectedRows()] == [absent]

    # Down to the next row (excused) and "a" (the letter works too).
    qtbot.keyClick(view, Qt.Key.Key_Down)
    susana = demo.tab.model.record_at(view.currentIndex().row()).name()
    assert susana == "Susana Cárdenas Vela"
    qtbot.keyClick(view, "a")
    assert demo.presence(susana) == "Attended"
    assert tab.summary.text() == "<b>Attended 15 of 16 invited</b> · 1 excused · 0 absent"
    assert "Academia 1" in tab.by_type.text()

    # Shift+Up selects both rows; X marks both absent in one step.
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, "x")
    assert demo.presence(susana) == demo.presence("Elizabeth Zevallos Cárdenas") == "Absent"
    assert english(demo.stack.undoText()) == "Mark 2 invitees as absent"
    assert len(view.selectionModel().selectedRows()) == 2

    # Space: the next presence (absent → attended); 2 / E: excused; T: alternate.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert demo.presence(susana) == "Attended"
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert demo.presence(susana) == "Excused"
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert demo.rows()[demo.row_of(susana)][1] == "Alternate"
    assert english(demo.stack.undoText()) == "Set 2 invitees as alternate"
    assert demo.stack.count() == 6

    # Each undo takes back one key press, restoring the drafts as they were.
    demo.stack.undo()
    assert demo.rows()[demo.row_of(susana)][1] == "Titular"
    demo.stack.undo()
    assert demo.presence(susana) == "Attended"
    for _ in range(4):
        demo.stack.undo()
    assert demo.presence(susana) == "Excused"  # excused as in the demo, not merely "absent"
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Absent"
    assert tab.summary.text() == "<b>Attended 13 of 16 invited</b> · 2 excused · 1 absent"
    assert len(view.selectionModel().selectedRows()) == 2  # the undo kept the selection
    demo.stack.redo()
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Attended"
    stored = demo.context.attendance.counts(demo.session(3).id)
    assert (stored.attended, stored.excused, stored.absent) == (14, 2, 0)


def test_ctrl_keys_are_left_to_the_window(qtbot, demo: Setup) -> None:
    view = demo.tab.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert demo.stack.count() == 0
    assert len(view.selectionModel().selectedRows()) == 16


def test_clicking_the_presence_cell_cycles(qtbot, demo: Setup) -> None:
    view = demo.tab.view
    row = demo.row_of("Elizabeth Zevallos Cárdenas")
    index = demo.tab.model.index(row, PRESENCE)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Attended"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Excused"
    # A click elsewhere in the row only selects it.
    other = view.visualRect(demo.tab.model.index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Excused"
    assert demo.stack.count() == 2


def test_buttons_on_several_rows_and_mark_all(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.view.selectRow(0)
    tab.view.selectionModel().select(
        tab.model.index(2, 0),
        tab.view.selectionModel().SelectionFlag.Select
        | tab.view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.mouseClick(tab.presence_buttons[Presence.EXCUSED], Qt.MouseButton.LeftButton)
    assert [r[2] for r in demo.rows()][:3] == ["Excused", "Attended", "Excused"]
    assert english(demo.stack.undoText()) == "Mark 2 invitees as excused"
    qtbot.mouseClick(tab.all_attended_button, Qt.MouseButton.LeftButton)
    assert {r[2] for r in demo.rows()} == {"Attended"}
    assert tab.summary.text() == "<b>Attended 16 of 16 invited</b> · 0 excused · 0 absent"
    assert (
        english(demo.stack.undoText()) == "Mark 5 invitees as attended"
    )  # only the rows it changed
    demo.stack.undo()
    assert demo.presence("Susana Cárdenas Vela") == "Excused"
    assert tab.summary.text() == "<b>Attended 11 of 16 invited</b> · 4 excused · 1 absent"


def test_invite_by_role_then_all_says_how_many_were_already_there(demo: Setup) -> None:
    tab = demo.tab
    # The coordinator's alternate is not invited yet; the titular is.
    tab.invite.role_actions[ParticipationRole.COORDINATOR].trigger()
    assert tab.model.rowCount() == 17
    assert english(tab.feedback.text()) == "1 invited · 1 already invited"
    assert tab.feedback.isVisible()
    rocio = "Rocío del Pilar Saavedra Torres"
    assert [
        tab.model.record_at(i.row()).name() for i in tab.view.selectionModel().selectedRows()
    ] == [rocio]
    assert demo.presence(rocio) == "Absent"
    assert tab.summary.text() == "<b>Attended 13 of 17 invited</b> · 2 excused · 2 absent"
    assert english(demo.stack.undoText()) == "Invite 1 participant"

    tab.invite.all_action.trigger()
    assert english(tab.feedback.text()) == "Nobody new to invite: 17 already invited."
    tab.invite.role_actions[ParticipationRole.MEMBER].trigger()
    assert english(tab.feedback.text()) == "Nobody new to invite: 12 already invited."
    tab.invite.role_actions[ParticipationRole.OBSERVER].trigger()  # left before the session
    assert english(tab.feedback.text()) == (
        "The initiative has nobody with the role “Observer” on the meeting's date."
    )
    assert demo.stack.count() == 1
    demo.stack.undo()
    assert tab.model.rowCount() == 16
    assert not tab.feedback.isVisible()
    demo.stack.redo()
    assert tab.model.rowCount() == 17


def test_a_planned_meeting_prepares_invitations_without_presence(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.show_meeting(new_session(demo))
    assert tab.model.rowCount() == 0
    assert tab.empty_label.isVisible()
    tab.invite.all_action.trigger()  # one click
    assert tab.model.rowCount() == 17
    assert english(tab.feedback.text()) == "17 invited"
    assert tab.summary.text() == "<b>17 invited</b>"
    assert {r[2] for r in demo.rows()} == {"—"}
    assert "Mark the meeting as held" in tab.hint.text()
    assert not tab.all_attended_button.isEnabled()
    assert not any(b.isEnabled() for b in tab.presence_buttons.values())
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    assert demo.stack.count() == 1  # the invitation only
    assert english(tab.feedback.text()) == "Mark the meeting as held to record attendance."
    qtbot.keyClick(tab.view, Qt.Key.Key_T)  # who sits as alternate can be prepared
    assert demo.rows()[0][1] == "Alternate"
    assert demo.stack.count() == 2


def test_a_new_meeting_invites_by_role_in_one_click(demo: Setup) -> None:
    tab = demo.tab
    tab.show_meeting(new_session(demo))
    tab.invite.role_actions[ParticipationRole.CONVENER].trigger()
    assert [r[0] for r in demo.rows()] == ["Ana Lucía Bendezú Herrera"]
    assert english(tab.feedback.text()) == "1 invited"
    tab.invite.role_actions[ParticipationRole.MEMBER].trigger()
    assert tab.model.rowCount() == 13
    assert english(tab.feedback.text()) == "12 invited"


def test_invite_several_from_the_directory(demo: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = demo.tab
    seen: dict[str, object] = {}

    def exec_(dialog: InvitePeopleDialog) -> int:
        dialog.search.setText("forestal")
        dialog.run_search()
        names = {
            dialog.results.record_at(r).full_name: dialog.results.record_at(r)
            for r in range(dialog.results.rowCount())
        }
        # Someone already invited says so and cannot be ticked.
        susana = names["Susana Cárdenas Vela"]
        row = list(names).index("Susana Cárdenas Vela")
        seen["already"] = dialog.results.index(row, 3).data()
        dialog.tick(susana.id)
        others = [p for n, p in names.items() if not dialog.results.is_invited(p.id)]
        for person in others[:2]:
            dialog.tick(person.id)
        seen["picked"] = sorted(p.full_name for p in others[:2])
        set_current_enum(dialog.representation, Representation.ALTERNATE)
        assert (
            english(dialog.buttons.button(dialog.buttons.StandardButton.Ok).text())
            == "&Invite 2 people"
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InvitePeopleDialog, "exec", exec_)
    tab.invite.directory_action.trigger()
    assert seen["already"] == "Already invited"
    assert tab.model.rowCount() == 18
    assert english(tab.feedback.text()) == "2 invited"
    picked = seen["picked"]
    assert isinstance(picked, list)
    for name in picked:
        assert demo.rows()[demo.row_of(name)][1:] == ("Alternate", "Absent")
    assert english(demo.stack.undoText()) == "Invite 2 people"
    demo.stack.undo()
    assert tab.model.rowCount() == 16


def test_a_new_person_on_the_spot_is_one_undo_step(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = demo.tab
    actors = demo.context.actors
    unu = actors.organization_choices("Universidad Nacional de Ucayali")[0]

    def exec_(dialog: NewPersonDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # the name is required
        dialog.full_name.setText("Rosa Inés Panduro Ríos")
        dialog.organization.setText("unu")
        assert not ok.isEnabled()  # typed, not chosen from the list
        dialog.organization.choose(NamedRef(unu.id, unu.name))
        dialog.position.setText("Investigadora")
        set_current_enum(dialog.gender, Gender.FEMALE)
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPersonDialog, "exec", exec_)
    tab.invite.new_person_action.trigger()
    name = "Rosa Inés Panduro Ríos"
    assert tab.model.rowCount() == 17
    record = tab.model.record_at(demo.row_of(name))
    assert (record.organization_name, record.position) == (unu.name, "Investigadora")
    assert english(tab.feedback.text()) == f"{name} was added to the directory and invited."
    assert demo.stack.count() == 1
    assert english(demo.stack.undoText()) == f"Invite new person “{name}”"
    assert actors.person_ids(ListQuery(text="Panduro Ríos"))

    demo.stack.undo()  # one step takes back the invitation and the person
    assert tab.model.rowCount() == 16
    assert actors.person_ids(ListQuery(text="Panduro Ríos")) == []
    demo.stack.redo()
    assert tab.model.rowCount() == 17
    assert actors.person(record.draft.person_id).full_name == name
    assert demo.reports == []


def test_a_new_person_refused_by_the_meeting_is_not_left_in_the_directory(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = demo.tab
    name = "Rosa Inés Panduro Ríos"

    def exec_(dialog: NewPersonDialog) -> int:
        dialog.full_name.setText(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPersonDialog, "exec", exec_)
    # Approved in another window: the tab still shows the meeting as held.
    demo.context.meetings.change_status(demo.session(3).id, MeetingStatus.MINUTES_APPROVED)
    tab.invite.new_person_action.trigger()
    assert len(demo.warnings) == 1 and "approved" in demo.warnings[0]
    assert demo.context.actors.person_ids(ListQuery(text="Panduro Ríos")) == []
    assert demo.stack.count() == 0


def test_new_person_dialog_warns_of_a_namesake(qtbot, demo: Setup) -> None:
    dialog = NewPersonDialog(demo.context.actors)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("susana cárdenas vela")
    dialog.full_name.editingFinished.emit()
    assert "already in the directory" in dialog.name_message.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # namesakes exist
    dialog.full_name.setText("Susana Cárdenas")
    assert dialog.name_message.text() == ""


def test_remove_invitations_and_undo(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.view.selectRow(3)
    tab.view.selectionModel().select(
        tab.model.index(4, 0),
        tab.view.selectionModel().SelectionFlag.Select
        | tab.view.selectionModel().SelectionFlag.Rows,
    )
    gone = {tab.model.record_at(3).name(), tab.model.record_at(4).name()}
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 14
    assert gone.isdisjoint(r[0] for r in demo.rows())
    assert english(tab.feedback.text()).startswith("2 invitations removed")
    assert tab.view.currentIndex().row() == 3  # the row that took their place
    assert english(demo.stack.undoText()) == "Remove 2 invitations"
    demo.stack.undo()
    assert tab.model.rowCount() == 16
    assert gone <= {r[0] for r in demo.rows()}
    assert tab.summary.text() == "<b>Attended 13 of 16 invited</b> · 2 excused · 1 absent"


def test_approved_minutes_are_read_only(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.show_meeting(demo.session(2))
    assert tab.model.rowCount() > 0
    assert "read-only" in tab.hint.text()
    for button in (tab.invite_button, tab.remove_button, tab.all_attended_button):
        assert not button.isEnabled()
    tab.view.setFocus()
    tab.view.selectRow(0)
    before = demo.rows()
    for key in (Qt.Key.Key_1, Qt.Key.Key_X, Qt.Key.Key_Space, Qt.Key.Key_T):
        qtbot.keyClick(tab.view, key)
    tab.mark_all_attended()
    tab.invite.invite_participants(None)
    tab.remove_selected()
    assert demo.rows() == before
    assert demo.stack.count() == 0


def test_minutes_approved_behind_the_tabs_back_are_refused(qtbot, demo: Setup) -> None:
    tab = demo.tab
    meeting = demo.session(3)
    demo.context.meetings.change_status(meeting.id, MeetingStatus.MINUTES_APPROVED)
    tab.view.setFocus()
    tab.view.selectRow(demo.row_of("Elizabeth Zevallos Cárdenas"))
    qtbot.keyClick(tab.view, Qt.Key.Key_1)  # the tab still thinks the meeting is held
    assert len(demo.warnings) == 1 and "approved" in demo.warnings[0]
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Absent"
    assert demo.stack.count() == 0
    assert tab.meeting is not None and tab.meeting.is_locked  # read again
    assert not tab.invite_button.isEnabled()


def test_an_undo_refused_once_locked_is_reported(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.view.setFocus()
    tab.view.selectRow(demo.row_of("Elizabeth Zevallos Cárdenas"))
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    demo.context.meetings.change_status(demo.session(3).id, MeetingStatus.MINUTES_APPROVED)
    demo.stack.undo()
    assert [e.code for e in demo.reports] == ["minutes_locked"]
    assert demo.presence("Elizabeth Zevallos Cárdenas") == "Attended"


def test_data_changed_after_writes_undo_and_redo(qtbot, demo: Setup) -> None:
    tab = demo.tab
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.data_changed):
        tab.set_presence(Presence.EXCUSED)
    with qtbot.waitSignal(tab.data_changed):
        demo.stack.undo()
    with qtbot.waitSignal(tab.data_changed):
        demo.stack.redo()


def test_models_pass_modeltester(qtmodeltester, qtbot, demo: Setup) -> None:
    qtmodeltester.check(demo.tab.model)
    demo.tab.show_meeting(new_session(demo))
    qtmodeltester.check(demo.tab.model)  # planned and empty
    demo.tab.invite.all_action.trigger()
    qtmodeltester.check(demo.tab.model)
    dialog = InvitePeopleDialog(demo.context.actors, {1})
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.results)


def test_an_agendas_meeting_invites_people_only(demo: Setup) -> None:
    agenda = demo.context.initiatives.agenda_choices()[0]
    start = datetime.combine(date.today() + timedelta(days=10), datetime.min.time())
    meeting = demo.context.meetings.create(
        MeetingDraft(agenda_id=agenda.id, title="Validación de la agenda", starts_at=start)
    )
    demo.tab.show_meeting(meeting)
    assert demo.tab.invite_button.isEnabled()
    assert not demo.tab.invite.all_action.isEnabled()
    assert not demo.tab.invite.role_menu.isEnabled()
    assert demo.tab.invite.directory_action.isEnabled()
    assert demo.tab.invite.new_person_action.isEnabled()
