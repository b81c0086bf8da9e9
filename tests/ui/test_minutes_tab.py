"""A meeting's Agenda and minutes tab as a user drives it (pytest-qt, offscreen), on the demo
data: session 3 of the Mesa Ejecutiva Forestal is held, session 2's minutes are approved."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox

from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import AgendaItemRecord, MeetingRecord
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.minutes_tab import MinutesTab
from agencydesk.ui.undo import WriteContext

MEF = "Mesa Ejecutiva Forestal de Ucayali"
SESSION_3_AGENDA = [
    "Seguimiento de acuerdos pendientes",
    "Líneas de crédito para pymes madereras",
    "Rueda de negocios con compradores de Lima",
    "Avance de la hoja de ruta",
]
ROADMAP = SESSION_3_AGENDA[3]


@dataclass
class Setup:
    tab: MinutesTab
    stack: QUndoStack
    context: MeetingsContext
    mef_id: int
    warnings: list[str] = field(default_factory=list)
    reports: list[UserError] = field(default_factory=list)
    changes: list[bool] = field(default_factory=list)

    def session(self, number: int) -> MeetingRecord:
        meetings = self.context.meetings.meetings_of(initiative_id=self.mef_id)
        return next(m for m in meetings if m.number == number)

    def stored_titles(self, number: int = 3) -> list[str]:
        return [i.title for i in self.context.meetings.agenda_items(self.session(number).id)]

    def shown_titles(self) -> list[str]:
        model = self.tab.agenda.model
        rows = range(model.rowCount())
        return [model.index(row, 0).data(Qt.ItemDataRole.EditRole) for row in rows]

    def stored_item(self, title: str, number: int = 3) -> AgendaItemRecord:
        items = self.context.meetings.agenda_items(self.session(number).id)
        return next(i for i in items if i.title == title)


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
    tab = MinutesTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    mef_id = context.initiatives.initiative_ids(ListQuery(text=MEF))[0]
    setup = Setup(tab, stack, context, mef_id, warnings, reports)
    tab.data_changed.connect(lambda: setup.changes.append(True))
    tab.show_meeting(setup.session(3))
    yield setup
    stack.clear()


def test_agenda_items_are_added_renamed_reordered_and_deleted_each_undoable(
    qtbot, demo: Setup
) -> None:
    tab, stack = demo.tab, demo.stack
    assert demo.shown_titles() == SESSION_3_AGENDA
    assert tab.agenda.add_button.isVisible()

    # Add: type the title, Enter; the new item is last and chosen, its development is next.
    qtbot.keyClicks(tab.agenda.new_text, "Varios")
    qtbot.keyClick(tab.agenda.new_text, Qt.Key.Key_Return)
    assert demo.stored_titles() == [*SESSION_3_AGENDA, "Varios"]
    assert demo.shown_titles()[-1] == "Varios"
    assert tab.agenda.new_text.text() == ""
    assert tab.current_item() is not None and tab.current_item().title == "Varios"
    assert tab.item_heading.text() == "Development of item 5: Varios"
    assert demo.changes

    # Rename in place (F2, type, Enter).
    view = tab.agenda.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Asuntos varios")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.stored_titles()[-1] == "Asuntos varios")

    # Reorder: Alt+Up twice moves it to the third place.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = [*SESSION_3_AGENDA[:2], "Asuntos varios", *SESSION_3_AGENDA[2:]]
    assert demo.stored_titles() == moved
    assert demo.shown_titles() == moved
    assert tab.current_item().title == "Asuntos varios"  # still the chosen one

    # Delete the chosen item.
    tab.agenda.delete_button.click()
    assert demo.stored_titles() == SESSION_3_AGENDA
    assert demo.shown_titles() == SESSION_3_AGENDA

    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [
        "Add agenda item “Varios”",
        "Rename agenda item “Asuntos varios”",
        "Move agenda item “Asuntos varios” up",
        "Move agenda item “Asuntos varios” up",
        "Delete agenda item “Asuntos varios”",
    ]
    stack.undo()  # the delete: back at its place
    assert demo.stored_titles() == moved
    assert demo.shown_titles() == moved
    stack.undo()
    stack.undo()  # both moves
    assert demo.stored_titles() == [*SESSION_3_AGENDA, "Asuntos varios"]
    stack.undo()  # the rename
    assert demo.stored_titles() == [*SESSION_3_AGENDA, "Varios"]
    stack.undo()  # the add
    assert demo.stored_titles() == SESSION_3_AGENDA
    assert demo.shown_titles() == SESSION_3_AGENDA
    for _ in range(5):
        stack.redo()
    assert demo.stored_titles() == SESSION_3_AGENDA
    stack.undo()
    assert demo.shown_titles() == moved
    assert demo.reports == [] and demo.warnings == []


def test_the_development_is_plain_text_and_one_edit_session_is_one_undo_step(
    qtbot, demo: Setup
) -> None:
    tab, stack = demo.tab, demo.stack
    assert demo.stored_item(ROADMAP).draft.notes is None  # nothing written on it yet
    assert tab.select_item(demo.stored_item(ROADMAP).id)
    notes = tab.notes
    assert notes.isVisible() and not notes.isReadOnly()
    notes.setFocus()
    qtbot.keyClicks(notes, "PRODUCE presento dos lineas de credito:")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "- Capital de trabajo <b>sin garantia</b>")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    # A pause in typing saves…
    qtbot.waitUntil(lambda: demo.stored_item(ROADMAP).draft.notes is not None)
    assert stack.count() == 1
    # …and typing on after the pause is still the same step of the undo stack.
    qtbot.keyClicks(notes, "1. Leasing de maquinaria")
    # Pasted web content arrives as its plain text: the HTML is never stored.
    clip = QMimeData()
    clip.setHtml("<p><b>Tasa</b> de 12&nbsp;%</p>")
    clip.setText("Tasa de 12 %")
    notes.insertFromMimeData(clip)
    tab.agenda.view.setFocus()  # leaving the box saves
    expected = (
        "PRODUCE presento dos lineas de credito:\n"
        "- Capital de trabajo <b>sin garantia</b>\n"
        "1. Leasing de maquinariaTasa de 12 %"
    )
    qtbot.waitUntil(lambda: demo.stored_item(ROADMAP).draft.notes == expected)
    assert stack.count() == 1
    assert stack.text(0) == "Edit the development of “Avance de la hoja de ruta”"

    # A second visit to the box is a second step.
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, ".")
    tab.agenda.view.setFocus()
    assert demo.stored_item(ROADMAP).draft.notes == expected + "."
    assert stack.count() == 2

    stack.undo()
    assert demo.stored_item(ROADMAP).draft.notes == expected
    assert notes.toPlainText() == expected
    stack.undo()  # the whole first session at once
    assert demo.stored_item(ROADMAP).draft.notes is None
    assert notes.toPlainText() == ""
    stack.redo()
    assert notes.toPlainText() == expected

    # Choosing another item saves what was typed for the first one, not for the new one.
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Fin.")
    business = demo.stored_item(SESSION_3_AGENDA[2])
    tab.select_item(business.id)
    assert demo.stored_item(ROADMAP).draft.notes == expected + " Fin."
    assert demo.stored_item(SESSION_3_AGENDA[2]).draft.notes == business.draft.notes
    assert notes.toPlainText() == business.draft.notes
    assert tab.item_heading.text() == f"Development of item 3: {SESSION_3_AGENDA[2]}"
    assert demo.reports == [] and demo.warnings == []


def test_bottlenecks_discussed_are_ticked_with_undo(demo: Setup) -> None:
    tab, stack = demo.tab, demo.stack
    item = demo.stored_item(ROADMAP)
    assert item.draft.bottleneck_ids == ()
    tab.select_item(item.id)
    model = tab.links_model
    names = [model.item(row).text() for row in range(model.rowCount())]
    choices = demo.context.meetings.bottleneck_choices(demo.session(3).id)
    assert names == [c.name for c in choices] and names[0].startswith("CB-01 ")
    assert all(model.item(row).isCheckable() for row in range(model.rowCount()))
    credit = next(row for row, n in enumerate(names) if n.startswith("CB-05 "))
    model.item(credit).setCheckState(Qt.CheckState.Checked)
    stored = demo.stored_item(ROADMAP)
    assert stored.bottleneck_names == (names[credit],)
    assert stack.text(stack.count() - 1).startswith("Link “CB-05 ")
    assert tab.links_model.item(credit).checkState() == Qt.CheckState.Checked
    stack.undo()
    assert demo.stored_item(ROADMAP).draft.bottleneck_ids == ()
    assert tab.links_model.item(credit).checkState() == Qt.CheckState.Unchecked


def test_the_general_minutes_are_saved_on_the_meeting(qtbot, demo: Setup) -> None:
    tab, stack = demo.tab, demo.stack
    before = demo.session(3).draft.minutes
    assert tab.general.toPlainText() == before
    tab.general.setFocus()
    tab.general.moveCursor(tab.general.textCursor().MoveOperation.End)
    qtbot.keyClick(tab.general, Qt.Key.Key_Return)
    qtbot.keyClick(tab.general, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.general, "Se levanto la sesion a las 12:30.")
    assert tab.flush()
    assert demo.session(3).draft.minutes == before + "\n\nSe levanto la sesion a las 12:30."
    assert stack.count() == 1
    stack.undo()
    assert demo.session(3).draft.minutes == before
    assert tab.general.toPlainText() == before

    # Going to another meeting with unsaved text saves it where it was typed.
    tab.general.moveCursor(tab.general.textCursor().MoveOperation.End)
    tab.general.insertPlainText(" Fin.")
    assert tab.notes_saver.is_dirty() is False and tab.general_saver.is_dirty()
    tab.show_meeting(demo.session(2))
    assert demo.session(3).draft.minutes == before + " Fin."
    assert tab.general.toPlainText() == demo.session(2).draft.minutes


def test_approved_minutes_are_read_only_but_selectable(qtbot, demo: Setup) -> None:
    tab = demo.tab
    session_2 = demo.session(2)
    assert session_2.is_locked
    tab.show_meeting(session_2)
    titles = demo.stored_titles(2)
    assert demo.shown_titles() == titles
    agenda = tab.agenda
    for widget in (agenda.new_text, agenda.edit_button, agenda.delete_button, agenda.up_button):
        assert not widget.isVisible()
    assert agenda.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "approved" in tab.format_hint.text()

    tab.select_item(demo.stored_item(titles[2], 2).id)
    for box in (tab.notes, tab.general):
        assert box.isReadOnly()
        assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    text = tab.general.toPlainText()
    tab.general.setFocus()
    qtbot.keyClicks(tab.general, "no")
    assert tab.general.toPlainText() == text

    # No way to write from here: the keys do nothing and nothing reaches the stack.
    agenda.view.setFocus()
    agenda.select_row(2)
    qtbot.keyClick(agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(agenda.view, Qt.Key.Key_F2)
    editor = agenda.view.findChild(QLineEdit)
    assert editor is None or not editor.isVisible()
    assert demo.stored_titles(2) == titles
    # Only the bottlenecks discussed are listed, without boxes to tick.
    for row in range(tab.links_model.rowCount()):
        assert not tab.links_model.item(row).isCheckable()
    assert demo.stack.count() == 0 and demo.warnings == []


def test_an_item_title_is_shown_as_typed_in_its_heading(qtbot, demo: Setup) -> None:
    """The heading is the text box's label (its Alt+letter): an "&" of the title stays an
    "&" and takes no Alt+key; a "<b>" stays literal."""
    tab = demo.tab
    qtbot.keyClicks(tab.agenda.new_text, "<b>I&D</b>")
    qtbot.keyClick(tab.agenda.new_text, Qt.Key.Key_Return)
    assert tab.current_item() is not None and tab.current_item().title == "<b>I&D</b>"
    heading = tab.item_heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == "Development of item 5: <b>I&&D</b>"
    assert heading.buddy() is tab.notes
    assert tab.agenda.title.text() == "Agenda i&tems"
