"""The Meetings area as a user drives it (pytest-qt, offscreen), on the demo data: session 3
of the Mesa Ejecutiva Forestal is held, sessions 1 and 2 have approved minutes.

Most tests go through the window's real wiring (``Areas``): an initiative's Meetings tab, the
Meetings area with its tabs, the links between them. One uses stand-in tabs to see what the
page tells them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QKeySequence, Qt, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.enums import MeetingKind, MeetingStatus
from agencydesk.domain.meetings import MeetingDraft, MeetingRecord
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace
from agencydesk.ui.areas import Areas
from agencydesk.ui.meetings.area import MeetingsArea
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.list_page import MeetingsModel
from agencydesk.ui.meetings.meeting_dialog import MeetingDialog
from agencydesk.ui.meetings.meetings_panel import MeetingsPanel
from agencydesk.ui.meetings.owner_field import owner_key
from agencydesk.ui.meetings.time_field import parse_time
from agencydesk.ui.widgets.plain_text import mnemonic_safe, plain

MEF = "Mesa Ejecutiva Forestal de Ucayali"


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
    areas: Areas
    stack: QUndoStack
    workspace: Workspace
    mef_id: int
    dialogs: Dialogs

    @property
    def area(self) -> MeetingsArea:
        return self.areas.meetings

    def session(self, number: int, initiative_id: int | None = None) -> MeetingRecord:
        meetings = self.workspace.meetings.meetings_of(initiative_id or self.mef_id)
        return next(m for m in meetings if m.number == number)

    def new_meeting(self, days_from_today: int = 0, title: str = "Cuarta sesión") -> MeetingRecord:
        """A planned session of the MEF (today's by default: it may be held at once)."""
        start = datetime.combine(date.today() + timedelta(days=days_from_today), time(9, 0))
        return self.workspace.meetings.create(
            MeetingDraft(initiative_id=self.mef_id, title=title, starts_at=start)
        )


@pytest.fixture
def demo(qtbot, demo_database: Database, dialogs: Dialogs) -> Iterator[Setup]:
    workspace = Workspace.open(demo_database, lambda: "tester")
    stack = QUndoStack()
    owner = QObject()
    areas = Areas(workspace, stack, owner)
    for area in (areas.meetings, areas.initiatives):
        qtbot.addWidget(area)
        area.resize(1280, 800)
    areas.meetings.show()
    qtbot.waitExposed(areas.meetings)
    areas.meetings.refresh()
    mef_id = workspace.initiatives.initiative_ids(ListQuery(text=MEF))[0]
    yield Setup(areas, stack, workspace, mef_id, dialogs)
    stack.clear()


def fill_and_save(dialog: MeetingDialog, title: str) -> None:
    assert dialog.isVisible()
    dialog.form.title_edit.setText(title)
    assert dialog.form.save_button.isEnabled(), dialog.form.message.text()
    dialog.form.save_button.click()


# --- creating ----------------------------------------------------------------------------


def test_a_meeting_created_from_the_initiative_tab_gets_the_next_number_and_opens(
    qtbot, demo: Setup
) -> None:
    areas = demo.areas
    shown: list[QWidget] = []
    areas.show_requested.connect(shown.append)
    areas.initiatives.show()
    areas.open_initiative(demo.mef_id, "meetings")
    page = areas.initiatives.page
    panel = page.tab_widget("meetings")
    assert isinstance(panel, MeetingsPanel)
    assert page.tabs.currentWidget() is panel
    assert panel.meetings_count() == 3
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Meetings (3)"
    assert (
        panel.model.index(2, 2).data() == "Tercera sesión: financiamiento y mercados de la madera"
    )

    panel.new_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert form.number.value() == 4  # proposed
    assert form.owner.fixed and form.owner.shown.text() == MEF
    assert not form.owner.combo.isVisibleTo(form)
    assert form.convener.text() == "Ministerio de la Producción"  # the initiative's convener
    assert not form.save_button.isEnabled()  # the title is still missing
    fill_and_save(dialog, "Cuarta sesión: cierre del año")

    created = demo.session(4)
    assert created.title == "Cuarta sesión: cierre del año"
    assert created.status is MeetingStatus.PLANNED
    assert not dialog.isVisible()
    assert panel.meetings_count() == 4
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Meetings (4)"
    # It opens in the Meetings area.
    assert shown[-1] is areas.meetings
    assert areas.meetings.current_meeting_id() == created.id
    assert areas.meetings.page.name.full_text() == "Session 4 · Cuarta sesión: cierre del año"

    demo.stack.undo()  # the creation
    assert [m.number for m in demo.workspace.meetings.meetings_of(demo.mef_id)] == [1, 2, 3]
    qtbot.waitUntil(lambda: areas.meetings.current_meeting_id() is None)
    demo.stack.redo()
    assert demo.workspace.meetings.meeting(created.id).number == 4


def test_the_form_of_the_meetings_area_asks_for_the_owner_and_checks_the_number(
    demo: Setup,
) -> None:
    area = demo.area
    area.list_page.new_button.click()
    form = area.dialog.form
    assert not form.owner.fixed
    form.title_edit.setText("Sesión de prueba")
    form.save()
    assert form.message_for("initiative_id") == "This field is required."

    combo = form.owner.combo
    combo.setCurrentIndex(combo.findData(owner_key(demo.mef_id, None)))
    assert form.number.value() == 4
    assert form.message_for("initiative_id") == ""
    form.number.setValue(2)
    assert form.message_for("number") == "Another record here already has this number."
    assert not form.save_button.isEnabled()
    form.number.setValue(7)  # gaps are allowed
    form.start_time.setText("25:00")
    assert "hours:minutes" in form.message_for("starts_at")
    form.start_time.setText("10")
    form.end_time.setText("9:30")
    assert form.message_for("ends_at") == "It cannot end before it starts."
    form.end_time.setText("1230")
    assert form.save_button.isEnabled()
    form.save_button.click()

    created = demo.session(7)
    assert created.draft.starts_at.time() == time(10, 0)
    assert created.draft.ends_at.time() == time(12, 30)
    assert area.current_meeting_id() == created.id


def test_times_are_read_as_people_write_them() -> None:
    assert parse_time("9") == time(9, 0)
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("09.30") == time(9, 30)
    assert parse_time("1430") == time(14, 30)
    assert parse_time("14h") == time(14, 0)
    assert parse_time("") is None
    for wrong in ("24:00", "9:75", "nueve"):
        with pytest.raises(ValueError):
            parse_time(wrong)


# --- the lifecycle ---------------------------------------------------------------------


def visible_steps(area: MeetingsArea) -> list[str]:
    return [key for key, b in area.page.steps.buttons.items() if b.isVisibleTo(area.page)]


def test_held_then_approved_minutes_are_read_only_until_reopened_with_a_reason(
    demo: Setup,
) -> None:
    area, page = demo.area, demo.area.page
    meeting = demo.new_meeting()
    area.show_meeting(meeting.id)
    assert page.badge.text() == "Planned"
    assert visible_steps(area) == ["held", "cancel"]
    assert not page.banner.isVisibleTo(page)

    page.steps.buttons["held"].click()
    assert page.badge.text() == "Held"
    assert visible_steps(area) == ["approve"]
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    page.steps.buttons["approve"].click()
    assert "Approve the minutes of “4. Cuarta sesión”?" in demo.dialogs.questions[-1]
    assert page.badge.text() == "Minutes approved"
    assert visible_steps(area) == ["reopen"]
    assert page.banner.isVisibleTo(page)
    banner = page.banner.text.text()
    assert banner.startswith("Minutes approved on ") and " by tester. " in banner
    assert "read-only; reopening them is recorded" in banner
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    # The tabs were told: the attendance tab no longer invites.
    attendance = page.tab_widget("attendance")
    assert attendance is not None and not attendance.invite_button.isEnabled()

    page.steps.buttons["reopen"].click()
    reason_dialog = page.steps.reason_dialog
    assert reason_dialog is not None and reason_dialog.isVisible()
    assert not reason_dialog.ok_button.isEnabled()  # the reason is required
    reason_dialog.reason_edit.setPlainText("Falta corregir el acuerdo 2")
    assert reason_dialog.ok_button.isEnabled()
    reason_dialog.ok_button.click()

    assert page.badge.text() == "Held"
    assert page.edit_button.isEnabled()
    assert page.banner.isVisibleTo(page)
    assert "Minutes reopened on " in page.banner.text.text()
    assert "“Falta corregir el acuerdo 2”" in page.banner.text.text()
    assert attendance.invite_button.isEnabled()

    page.log_button.click()
    log = page.log_dialog
    assert log is not None and log.isVisible()
    steps = [log.table.item(row, 1).text() for row in range(log.table.rowCount())]
    assert steps == [
        "Created: Planned",
        "Planned → Held",
        "Held → Minutes approved",
        "Minutes reopened",
    ]
    assert log.table.item(3, 2).text() == "tester"
    assert log.table.item(3, 3).text() == "Falta corregir el acuerdo 2"
    log.close()


def test_a_step_is_undone_and_redone(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    meeting = demo.new_meeting()
    area.show_meeting(meeting.id)
    page.steps.buttons["held"].click()
    assert demo.stack.undoText() == "Mark “4. Cuarta sesión” as held"

    demo.stack.undo()
    assert demo.workspace.meetings.meeting(meeting.id).status is MeetingStatus.PLANNED
    assert page.badge.text() == "Planned"
    assert visible_steps(area) == ["held", "cancel"]
    demo.stack.redo()
    record = demo.workspace.meetings.meeting(meeting.id)
    assert record.status is MeetingStatus.HELD
    # The log keeps the undone step and says it was taken back, then taken again.
    assert [c.to_status for c in record.history] == [
        MeetingStatus.PLANNED,
        MeetingStatus.HELD,
        MeetingStatus.PLANNED,
        MeetingStatus.HELD,
    ]
    assert page.badge.text() == "Held"


def test_cancelling_asks_an_optional_reason_and_reinstating_plans_it_again(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    meeting = demo.new_meeting(days_from_today=10)
    area.show_meeting(meeting.id)
    page.steps.buttons["cancel"].click()
    dialog = page.steps.reason_dialog
    assert dialog is not None and dialog.ok_button.isEnabled()  # no reason needed
    dialog.reason_edit.setPlainText("Paro de transportistas")
    dialog.ok_button.click()
    assert page.badge.text() == "Cancelled"
    assert "Reason: Paro de transportistas" in page.banner.text.text()
    assert not page.edit_button.isEnabled()
    assert page.delete_button.isEnabled()  # a cancelled meeting may go
    page.steps.buttons["reinstate"].click()
    assert page.badge.text() == "Planned"
    assert not page.banner.isVisibleTo(page)


def test_a_meeting_is_not_held_before_its_day(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    meeting = demo.new_meeting(days_from_today=3)
    area.show_meeting(meeting.id)
    page.steps.buttons["held"].click()
    assert demo.dialogs.warnings == [
        "The meeting has not started yet: it cannot be marked as held."
    ]
    assert page.badge.text() == "Planned"
    assert demo.stack.count() == 0


# --- next meeting, editing, deleting -----------------------------------------------------


def test_the_next_meeting_is_proposed_from_the_current_one_with_its_invitees(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    third = demo.session(3)
    area.show_meeting(third.id, "agreements")
    assert page.tabs.currentWidget() is page.tab_widget("agreements")
    assert page.name.full_text() == (
        "Session 3 · Tercera sesión: financiamiento y mercados de la madera"
    )
    page.next_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert form.title.text() == "Next meeting after session 3"
    assert form.number.value() == 4
    assert form.place.text() == third.draft.place
    assert form.owner.shown.text() == MEF
    expected = third.draft.next_meeting_on or third.starts_on + timedelta(days=30)
    assert form.start_date.date() == expected
    fill_and_save(dialog, "Cuarta sesión ordinaria")

    fourth = demo.session(4)
    assert area.current_meeting_id() == fourth.id
    assert page.name.full_text() == "Session 4 · Cuarta sesión ordinaria"
    assert fourth.invited == third.invited > 0
    assert fourth.attended == 0
    assert page.badge.text() == "Planned"
    tabs = page.tabs
    attendance = tabs.tabText(tabs.indexOf(page.tab_widget("attendance")))
    assert attendance == f"&Attendance ({third.invited} invited)"
    assert demo.stack.undoText() == "Create the next meeting “4. Cuarta sesión ordinaria”"

    demo.stack.undo()
    assert [m.number for m in demo.workspace.meetings.meetings_of(demo.mef_id)] == [1, 2, 3]
    demo.stack.redo()
    assert demo.workspace.meetings.meeting(fourth.id).invited == third.invited


def test_editing_a_meeting_is_undoable_and_locked_minutes_cannot_be_edited(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    area.show_meeting(demo.session(2).id)
    assert not page.edit_button.isEnabled()
    page.edit_meeting()  # the button is disabled; the call does nothing either
    assert page.dialog is None

    meeting = demo.new_meeting(days_from_today=5)
    area.show_meeting(meeting.id)
    page.edit_button.click()
    form = page.dialog.form
    assert form.title_edit.text() == "Cuarta sesión"
    form.place.setText("Auditorio del Gobierno Regional")
    form.kind.setCurrentIndex(form.kind.findData(MeetingKind.EXTRAORDINARY.value))
    form.save_button.click()
    assert "Auditorio del Gobierno Regional" in page.facts.full_text()
    assert "Extraordinary session" in page.facts.full_text()
    demo.stack.undo()
    assert demo.workspace.meetings.meeting(meeting.id).draft.place is None
    assert "Auditorio" not in page.facts.full_text()


def test_deleting_a_meeting_is_undone_with_its_invitees(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    third = demo.session(3)
    page.show_meeting(third)  # used by agreements: refused with a sentence
    area.show_meeting(third.id)
    assert not page.delete_meeting()
    assert "cannot be deleted" in demo.dialogs.warnings[-1]

    meeting = demo.workspace.meetings.create_next(
        third.id,
        MeetingDraft(
            initiative_id=demo.mef_id,
            title="Cuarta sesión",
            starts_at=datetime.combine(date.today() + timedelta(days=20), time(9, 0)),
        ),
    )
    area.refresh()
    area.show_meeting(meeting.id)
    page.delete_button.click()
    assert "Delete “4. Cuarta sesión”?" in demo.dialogs.questions[-1]
    assert area.stack.currentWidget() is area.list_page
    assert [m.number for m in demo.workspace.meetings.meetings_of(demo.mef_id)] == [1, 2, 3]
    assert area.list_page.model.row_of(meeting.id) is None

    demo.stack.undo()
    restored = demo.workspace.meetings.meeting(meeting.id)
    assert restored.invited == third.invited
    assert area.list_page.model.row_of(meeting.id) is not None


def test_the_owner_link_opens_the_initiative(demo: Setup) -> None:
    areas = demo.areas
    areas.open_meeting(demo.session(1).id)
    areas.meetings.page.owner_link.linkActivated.emit("owner")
    assert areas.initiatives.current_initiative_id() == demo.mef_id


# --- the list ----------------------------------------------------------------------------


def test_the_list_shows_every_meeting_and_filters_them(qtmodeltester, demo: Setup) -> None:
    area = demo.area
    area.show_list()
    page = area.list_page
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert page.count_label.text() == "8 meetings"
    assert [model.index(r, 5).data() for r in range(model.rowCount())].count("Planned") == 2
    third = demo.session(3)
    row = model.row_of(third.id)
    assert row is not None
    assert model.index(row, 0).data() == "3"
    assert model.index(row, 3).data() == MEF
    assert model.index(row, 6).data() == f"{third.attended}/{third.invited}"
    assert model.index(row, 7).data() == f"{third.open_agreements}/{third.agreements}"

    area.show_list(initiative_id=demo.mef_id)
    assert model.rowCount() == 3
    area.show_list(status=MeetingStatus.MINUTES_APPROVED)
    assert model.rowCount() == 4
    area.show_list(when="upcoming")
    assert {model.record_at(r).status for r in range(model.rowCount())} == {MeetingStatus.PLANNED}
    area.show_list(text="madera")
    assert model.rowCount() >= 1
    assert page.count_label.text().endswith("found")
    area.show_list(text="nada parecido a una sesión")
    assert page.empty_label.isVisibleTo(page)
    assert page.empty_label.text() == "No meeting matches the search or the filters."

    area.show_list()
    page.select_id(third.id)
    page.view.activated.emit(model.index(model.row_of(third.id), 2))
    assert area.current_meeting_id() == third.id


def test_the_meetings_model_passes_the_model_tester_when_empty(
    qtmodeltester, demo_database: Database
) -> None:
    workspace = Workspace.open(demo_database, lambda: "tester")
    context = MeetingsContext.build(workspace, QUndoStack())
    model = MeetingsModel(context)
    model.set_search("no such meeting at all", {})
    qtmodeltester.check(model)
    model.set_search("", {})
    assert model.rowCount() == 8
    qtmodeltester.check(model)


# --- hosting tabs --------------------------------------------------------------------------


class FakeTab(QLabel):
    """Stands in for a tab another helper writes."""

    data_changed = Signal()

    def __init__(self) -> None:
        super().__init__("tab")
        self.shown: list[MeetingRecord] = []

    def show_meeting(self, record: MeetingRecord) -> None:
        self.shown.append(record)


def test_tabs_are_shown_the_meeting_and_their_changes_retitle_the_page(
    qtbot, demo_database: Database, dialogs: Dialogs
) -> None:
    workspace = Workspace.open(demo_database, lambda: "tester")
    stack = QUndoStack()
    area = MeetingsArea(MeetingsContext.build(workspace, stack))
    qtbot.addWidget(area)
    tabs = {key: FakeTab() for key in ("attendance", "minutes", "agreements")}
    for key, tab in tabs.items():
        area.add_tab(key, tab)
    area.show()
    mef_id = workspace.initiatives.initiative_ids(ListQuery(text=MEF))[0]
    second = next(m for m in workspace.meetings.meetings_of(mef_id) if m.number == 2)
    area.show_meeting(second.id, "minutes")
    page = area.page
    assert page.tabs.currentWidget() is tabs["minutes"]
    assert all(t.shown[-1].id == second.id for t in tabs.values())
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [
        f"&Attendance ({second.attended}/{second.invited})",
        "Agenda and m&inutes",
        f"A&greements ({second.agreements} · {second.open_agreements} open)",
    ]

    # A tab wrote (here: an agreement marked done behind its back): the page re-reads.
    agreements = workspace.agreements.agreements_of(second.id)
    still_open = [a.id for a in agreements if a.status.value == "open"]
    workspace.agreements.mark_done(still_open[:1], date.today())
    changed: list[bool] = []
    area.data_changed.connect(lambda: changed.append(True))
    before = len(tabs["attendance"].shown)
    tabs["agreements"].data_changed.emit()
    assert changed
    assert page.tabs.tabText(2) == (
        f"A&greements ({second.agreements} · {second.open_agreements - 1} open)"
    )
    assert len(tabs["attendance"].shown) == before + 1  # the others see it too
    stack.clear()


# --- keyboard ------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter Alt+ reaches in ``text`` ("Mark &done" → "d"; "&&" is a plain "&")."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def page_mnemonics(page: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter reachable on the page as shown now: the tab titles, the visible and
    enabled buttons (of the page and of the open tab) and labels with a buddy."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.setdefault(letter, []).append(text)

    tabs = page.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        add(tabs.tabText(index))
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            add(button.text())
            if mnemonic(button.text()) is not None:
                # The underlined letter works (a setShortcut would have replaced it).
                assert button.shortcut() == QKeySequence.mnemonic(button.text()), button.text()
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if label.isVisible() and buddy is not None and buddy.isEnabled():
            add(label.text())
    return found


def select_first_rows(page: QWidget) -> None:
    """Select a row in every list of the open tab: its row buttons are enabled then."""
    tab = page.tabs.currentWidget()  # type: ignore[attr-defined]
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            view.selectionModel().select(
                model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )


@pytest.mark.parametrize(
    "status",
    [
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_APPROVED,
        MeetingStatus.PLANNED,
        MeetingStatus.CANCELLED,
    ],
    ids=lambda status: status.value,
)
def test_every_alt_letter_of_the_meeting_page_is_unique_on_each_tab(
    demo: Setup, status: MeetingStatus
) -> None:
    """The page's own buttons and the tab titles stay visible with every tab: together with
    the tab's buttons and labels, each Alt+letter must lead to one place only."""
    area, page = demo.area, demo.area.page
    if status is MeetingStatus.HELD:
        record = demo.session(3)
    elif status is MeetingStatus.MINUTES_APPROVED:
        record = demo.session(2)
    else:
        record = demo.new_meeting(days_from_today=7)
        if status is MeetingStatus.CANCELLED:
            record = demo.workspace.meetings.change_status(record.id, status, None)
    assert record.status is status
    area.show_meeting(record.id)
    clashes: dict[str, dict[str, list[str]]] = {}
    for key in ("attendance", "minutes", "agreements"):
        page.select_tab(key)
        select_first_rows(page)
        QApplication.processEvents()
        found = page_mnemonics(page)
        assert {"a", "i", "g", "m"} <= set(found)  # the tabs and "All meetings" at least
        if tab_clashes := {letter: texts for letter, texts in found.items() if len(texts) > 1}:
            clashes[key] = tab_clashes
    assert not clashes


# --- user text is shown as typed ---------------------------------------------------------


def as_shown(text: str) -> str:
    """What a tooltip or a static message box shows for ``text``: Qt takes it for HTML when it
    looks like HTML, as here."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_titles_reasons_and_names_show_as_typed_never_as_html(demo: Setup) -> None:
    area, page = demo.area, demo.area.page
    meeting = demo.new_meeting(title="<b>x</b>")
    agreement = demo.workspace.agreements.create(
        AgreementDraft(meeting_id=meeting.id, text="<b>x</b> & <i>z</i>")
    )
    area.show_meeting(meeting.id)
    assert page.name.textFormat() == Qt.TextFormat.PlainText
    assert page.name.full_text() == "Session 4 · <b>x</b>"
    assert as_shown(page.owner_link.toolTip()) == f"Open {MEF}"

    page.steps.buttons["held"].click()
    page.steps.buttons["approve"].click()  # the question quotes the title
    assert "Approve the minutes of “4. <b>x</b>”?" in as_shown(demo.dialogs.questions[-1])
    assert page.badge.text() == "Minutes approved"

    page.steps.buttons["reopen"].click()
    dialog = page.steps.reason_dialog
    assert dialog is not None
    prompt = dialog.findChild(QLabel, "stepPrompt")
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    assert "“4. <b>x</b>”" in prompt.text()
    dialog.reason_edit.setPlainText("<i>y</i>")
    dialog.ok_button.click()
    banner = page.banner.text
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert "“<i>y</i>”" in banner.text()
    page.log_button.click()
    log = page.log_dialog
    assert log is not None
    assert as_shown(log.table.item(3, 3).toolTip()) == "<i>y</i>"
    log.close()

    page.edit_button.click()
    form = page.dialog.form
    assert form.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in form.title.text()
    assert form.owner.shown.textFormat() == Qt.TextFormat.PlainText
    page.dialog.reject()

    attendance = page.tab_widget("attendance")
    assert attendance.feedback.textFormat() == Qt.TextFormat.PlainText
    tab = page.tab_widget("agreements")
    page.select_tab("agreements")
    row = tab.session_model.row_of(agreement.id)
    assert row is not None
    text_tip = tab.session_model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(text_tip) == "<b>x</b> & <i>z</i>"

    tracker = demo.areas.agreements
    tracker.show()
    tracker.show_list(text="<b>x</b>", status=None)
    row = tracker.model.row_of(agreement.id)
    assert row is not None
    text_tip = tracker.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(text_tip) == "<b>x</b> & <i>z</i>"
    meeting_tip = tracker.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert " · <b>x</b> · " in as_shown(meeting_tip)


def test_message_boxes_and_tooltips_keep_ordinary_text_as_it_is() -> None:
    """Only text Qt would take for HTML is escaped: the rest reaches the box unchanged."""
    assert plain("Delete meeting “3. Café & té”?") == "Delete meeting “3. Café & té”?"
    assert as_shown(plain("Delete “<b>x</b>”?\nIt has 2 agreements.")) == (
        "Delete “<b>x</b>”?\nIt has 2 agreements."
    )
    assert mnemonic_safe("I&D") == "I&&D"
