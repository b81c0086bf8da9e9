"""The Initiatives area as a user drives it (pytest-qt, offscreen), on the demo data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from driving import type_text
from PySide6.QtCore import Qt, QTranslator, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
)

from agencydesk.domain.enums import (
    ActorType,
    InitiativeFocus,
    InitiativeKind,
    InitiativeStatus,
    ParticipationRole,
)
from agencydesk.domain.errors import InUseError
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.initiatives import InitiativesService
from agencydesk.ui.i18n import qm_path
from agencydesk.ui.initiatives import InitiativesArea
from agencydesk.ui.initiatives.add_participants import AddParticipantsDialog
from agencydesk.ui.initiatives.participation_dialogs import (
    EditParticipationDialog,
    EndParticipationDialog,
)
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import current_enum, set_current_enum

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


class FakePanel(QLabel):
    """Stands in for the bottlenecks and plan panels other helpers write."""

    data_changed = Signal()

    def __init__(self) -> None:
        super().__init__("panel")
        self.shown: list[int] = []

    def show_for_initiative(self, initiative_id: int) -> None:
        self.shown.append(initiative_id)


@dataclass
class Setup:
    main: QMainWindow
    area: InitiativesArea
    stack: QUndoStack
    service: InitiativesService
    actors: ActorsService
    bottlenecks: FakePanel
    plan: FakePanel


def _build(qtbot, db: Database, **kwargs) -> Setup:
    main = QMainWindow()
    stack = QUndoStack(main)
    actors = ActorsService(db.uow, lambda: "tester")
    service = InitiativesService(db.uow, lambda: "tester")
    bottlenecks, plan = FakePanel(), FakePanel()
    area = InitiativesArea(
        actors, service, stack, bottlenecks_panel=bottlenecks, plan_panel=plan, **kwargs
    )
    main.setCentralWidget(area)
    main.resize(1280, 800)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return Setup(main, area, stack, service, actors, bottlenecks, plan)


@pytest.fixture
def demo(qtbot, demo_database: Database, dialogs: Dialogs) -> Iterator[Setup]:
    setup = _build(qtbot, demo_database)
    yield setup
    setup.stack.clear()


@pytest.fixture
def empty(qtbot, database: Database, dialogs: Dialogs) -> Iterator[Setup]:
    setup = _build(qtbot, database)
    yield setup
    setup.stack.clear()


def names(area: InitiativesArea) -> list[str]:
    model = area.list_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def mef_id(setup: Setup) -> int:
    return setup.service.initiative_ids(ListQuery(text=MEF))[0]


def open_mef(qtbot, setup: Setup) -> None:
    """Find the MEF by typing, then open it with Enter as a user would."""
    page = setup.area.list_page
    page.search.setFocus()
    type_text(page.search, "mesa ejecutiva")
    qtbot.waitUntil(lambda: names(setup.area) == [MEF])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert setup.area.stack.currentWidget() is setup.area.page


def chip_counts(setup: Setup) -> dict[str, str]:
    bar = setup.area.page.participants.counts
    chips = {**bar.type_chips, **bar.level_chips}
    return {key.value: chip.accessibleName().rsplit(": ", 1)[1] for key, chip in chips.items()}


def participant_rows(setup: Setup) -> list[tuple[str, str, bool]]:
    model = setup.area.page.participants.model
    rows = []
    for row in range(model.rowCount()):
        record = model.record_at(row)
        assert record is not None
        rows.append((record.organization_name, record.person_name or "", record.active))
    return rows


def select_participant(setup: Setup, organization: str) -> None:
    tab = setup.area.page.participants
    for row in range(tab.model.rowCount()):
        record = tab.model.record_at(row)
        if record is not None and record.organization_name == organization and record.active:
            tab.view.selectRow(row)
            return
    raise AssertionError(organization)


def tick(dialog: AddParticipantsDialog, search: str, name_start: str) -> int:
    """Search the directory and tick the organization whose name starts with ``name_start``."""
    dialog.search.clear()
    type_text(dialog.search, search)
    dialog.run_search()
    model = dialog.results
    for row in range(model.rowCount()):
        record = model.record_at(row)
        if record is not None and record.name.startswith(name_start):
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
            return record.id
    raise AssertionError(name_start)


# --- the list --------------------------------------------------------------------------------


def test_list_search_and_filters(qtbot, demo: Setup) -> None:
    area = demo.area
    assert len(names(area)) == 6
    assert area.list_page.count_label.text() == "6 initiatives"
    type_text(area.list_page.search, "CAFÉ")
    qtbot.waitUntil(lambda: names(area) == ["Cadena de valor del café del Soconusco"])
    area.show_list(status=InitiativeStatus.ACTIVE)
    assert area.list_page.search.text() == ""
    assert len(names(area)) == 4
    area.show_list(kind="executive_table")
    assert names(area) == [MEF]
    assert (
        current_enum(area.list_page.kind_filter, InitiativeKind) is InitiativeKind.EXECUTIVE_TABLE
    )
    assert area.list_page.status_filter.currentData() is None
    mef = demo.service.initiative(mef_id(demo))
    area.show_list(territory_id=mef.draft.territory_id)  # the region includes Padre Abad
    assert names(area) == [MEF, "Sistema productivo local del cacao de Padre Abad"]
    area.show_list(agenda_id=mef.draft.agenda_id, text="cacao")
    assert names(area) == ["Sistema productivo local del cacao de Padre Abad"]
    area.show_list()
    assert len(names(area)) == 6


def test_agenda_choices_fill_the_agenda_filter(qtbot, demo_database: Database, dialogs) -> None:
    setup = _build(qtbot, demo_database, agenda_choices=lambda: [NamedRef(42, "Agenda X")])
    combo = setup.area.list_page.agenda_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Agenda X"]
    assert [combo.itemData(i) for i in range(combo.count())] == [None, 42]


def test_sorting_is_done_by_the_service(demo: Setup) -> None:
    model = demo.area.list_page.model
    model.sort(5, Qt.SortOrder.DescendingOrder)  # participants
    counts = [model.index(row, 5).data() for row in range(model.rowCount())]
    assert counts == sorted(counts, key=int, reverse=True)
    assert model.index(0, 0).data() == "Cadena de valor del café del Soconusco"


# --- the page --------------------------------------------------------------------------------


def test_mef_page_header_participants_and_counts(qtbot, demo: Setup) -> None:
    open_mef(qtbot, demo)
    page = demo.area.page
    assert page.name.full_text() == MEF
    assert "Executive table" in page.subtitle.text()
    assert "Sector" in page.subtitle.text()
    assert page.values["convener"].text() == "Ministerio de la Producción"
    assert page.values["coordinator"].text() == "Ana Lucía Bendezú Herrera"
    facts = page.facts.full_text()
    assert facts.startswith("Executive table (mesa ejecutiva) · focus: Sector · Active · Ucayali")
    assert "Convener: Ministerio de la Producción" in facts
    assert "Coordinator: Ana Lucía Bendezú Herrera" in facts
    assert page.tabs.tabText(0).replace("&", "") == "Participants (14)"
    assert page.tabs.tabText(1).replace("&", "") == "Bottlenecks (4 open)"
    assert page.tabs.count() == 3  # participants, bottlenecks, plan; no meetings yet
    assert demo.bottlenecks.shown == [mef_id(demo)] == demo.plan.shown
    assert chip_counts(demo) == {
        "public": "7",
        "private": "4",
        "academia": "1",
        "civil_society": "1",
        "international": "1",
        "national": "4",
        "regional": "2",
        "local": "1",
    }
    rows = participant_rows(demo)
    assert len(rows) == 19
    former = [r for r in rows if not r[2]]
    assert {r[1] for r in former} == {"Martín Vela Gonzales", "Raúl Huamán Ccori"}
    model = page.participants.model
    greyed_row = next(i for i, r in enumerate(rows) if not r[2])
    assert model.index(greyed_row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(greyed_row, 6).data() != ""  # the date they left
    assert model.index(0 if greyed_row else 1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.participants.show_former.setChecked(False)
    assert len(participant_rows(demo)) == 17
    # Back to the list: the MEF stays selected.
    qtbot.keyClick(page.back_button, Qt.Key.Key_Space)
    assert demo.area.stack.currentWidget() is demo.area.list_page
    assert demo.area.list_page.selected_id() == mef_id(demo)


def test_show_initiative_on_a_tab_and_panel_changes(qtbot, demo: Setup) -> None:
    area = demo.area
    area.show_initiative(mef_id(demo), tab="plan")
    assert area.page.tabs.currentWidget() is demo.plan
    area.show_initiative(mef_id(demo), tab="bottlenecks")
    assert area.page.tabs.currentWidget() is demo.bottlenecks
    # Every explicit opening shows the panels again (another area may have changed them).
    assert demo.bottlenecks.shown == [mef_id(demo)] * 2
    with qtbot.waitSignal(area.data_changed):
        demo.bottlenecks.data_changed.emit()


def test_add_two_participants_at_once_then_undo_redo(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_mef(qtbot, demo)
    iiap_person = "Teresa Guerra Tello"

    def exec_(dialog: AddParticipantsDialog) -> int:
        # The user searches, ticks an organization, searches again and ticks another (the
        # first stays chosen), picks a person for the second one, and a role.
        tick(dialog, "yarinacocha", "Municipalidad Distrital de Yarinacocha")
        iiap = tick(dialog, "amazonia", "Instituto de Investigaciones de la Amazonía Peruana")
        assert dialog.chosen_view.rowCount() == 2
        # The CITEforestal already sits at the table: the dialog says so.
        dialog.search.clear()
        type_text(dialog.search, "citeforestal")
        dialog.run_search()
        assert dialog.results.index(0, 3).data() == "Member"
        person = next(p for p in demo.actors.people_of(iiap) if p.full_name == iiap_person)
        dialog.choose_person(iiap, person.id)
        set_current_enum(dialog.role, ParticipationRole.OBSERVER)
        assert dialog.since.date() == date.today()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled() and "2" in ok.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddParticipantsDialog, "exec", exec_)
    tab = demo.area.page.participants
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    rows = participant_rows(demo)
    assert len(rows) == 21
    assert (
        "Instituto de Investigaciones de la Amazonía Peruana — Sede Ucayali",
        iiap_person,
        True,
    ) in rows
    assert chip_counts(demo)["public"] == "9"
    assert demo.area.page.tabs.tabText(0).replace("&", "") == "Participants (16)"
    assert demo.stack.count() == 1
    assert demo.stack.undoText() == "Add 2 participants"
    demo.stack.undo()  # one step removes both
    assert len(participant_rows(demo)) == 19
    assert chip_counts(demo)["public"] == "7"
    demo.stack.redo()
    assert len(participant_rows(demo)) == 21
    assert chip_counts(demo)["public"] == "9"


def test_adding_someone_already_there_says_so(qtbot, demo: Setup, dialogs: Dialogs) -> None:
    demo.area.show_initiative(mef_id(demo))
    tab = demo.area.page.participants
    unu = next(
        r
        for r in demo.service.participations_of(mef_id(demo))
        if r.organization_name == "Universidad Nacional de Ucayali"
    )
    tab.add_drafts(
        [unu.draft.__class__(mef_id(demo), unu.draft.organization_id, unu.draft.person_id)]
    )
    assert len(dialogs.warnings) == 1
    assert "1" in dialogs.warnings[0]
    assert demo.stack.count() == 0
    assert len(participant_rows(demo)) == 19


def test_end_participation_keeps_the_row_and_undoes(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_mef(qtbot, demo)
    tab = demo.area.page.participants
    select_participant(demo, "Universidad Nacional de Ucayali")
    assert tab.end_button.isEnabled()
    monkeypatch.setattr(EndParticipationDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    rows = participant_rows(demo)
    assert len(rows) == 19  # kept, dated
    assert ("Universidad Nacional de Ucayali", "Susana Cárdenas Vela", False) in rows
    assert chip_counts(demo)["academia"] == "0"
    assert demo.area.page.tabs.tabText(0).replace("&", "") == "Participants (13)"
    # Still selected, and a former participant cannot end again.
    assert tab.selected() is not None and not tab.selected().active
    assert not tab.end_button.isEnabled()
    demo.stack.undo()
    assert ("Universidad Nacional de Ucayali", "Susana Cárdenas Vela", True) in participant_rows(
        demo
    )
    assert chip_counts(demo)["academia"] == "1"


def test_edit_participation(qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.area.show_initiative(mef_id(demo))
    tab = demo.area.page.participants
    select_participant(demo, "Universidad Nacional de Ucayali")

    def exec_(dialog: EditParticipationDialog) -> int:
        set_current_enum(dialog.role, ParticipationRole.FUNDER)
        dialog.until.edit.setText("01/01/2000")  # before since: refused as typed
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert dialog.until_message.text()
        dialog.until.edit.clear()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditParticipationDialog, "exec", exec_)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter opens the row for editing
    assert tab.selected().draft.role is ParticipationRole.FUNDER
    demo.stack.undo()
    assert tab.selected().draft.role is ParticipationRole.MEMBER


def test_delete_participation_asks_and_undoes(qtbot, demo: Setup, dialogs: Dialogs) -> None:
    demo.area.show_initiative(mef_id(demo))
    tab = demo.area.page.participants
    select_participant(demo, "Universidad Nacional de Ucayali")
    tab.view.setFocus()
    demo.area.delete_selected()
    assert len(dialogs.questions) == 1
    assert "Universidad Nacional de Ucayali — Susana Cárdenas Vela" in dialogs.questions[0]
    assert len(participant_rows(demo)) == 18
    demo.stack.undo()
    assert len(participant_rows(demo)) == 19


# --- initiatives: delete, create, edit -------------------------------------------------------


def test_delete_refused_with_the_sentence_saying_what_uses_it(
    qtbot, demo: Setup, dialogs: Dialogs
) -> None:
    area = demo.area
    area.list_page.select_id(mef_id(demo))
    area.list_page.view.setFocus()
    area.delete_selected()
    expected = user_error_text(
        InUseError("initiative", MEF, demo.service.initiative_usages(mef_id(demo)))
    )
    assert dialogs.warnings == [expected]
    assert "participation" in expected and "bottleneck" in expected
    assert dialogs.questions == []
    assert MEF in names(area)


def test_create_edit_delete_initiative_with_undo(qtbot, empty: Setup, dialogs: Dialogs) -> None:
    area = empty.area
    assert area.list_page.empty_label.isVisible()
    area.new_record()
    form = area.form
    assert form.isVisible() and form.name.hasFocus()
    type_text(form.name, "Mesa Ejecutiva del Cacao")
    assert not form.focus_combo.isEnabled()
    set_current_enum(form.kind, InitiativeKind.EXECUTIVE_TABLE)
    assert form.focus_combo.isEnabled()
    set_current_enum(form.focus_combo, InitiativeFocus.FACTOR)
    area.save_current()
    assert area.stack.currentWidget() is area.page
    record = area.page.record
    assert record is not None and record.draft.focus is InitiativeFocus.FACTOR
    assert "Production factor" in area.page.subtitle.text()
    qtbot.mouseClick(area.page.edit_button, Qt.MouseButton.LeftButton)
    set_current_enum(form.kind, InitiativeKind.CLUSTER)
    assert not form.focus_combo.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert area.page.record.draft.focus is None
    assert area.page.record.draft.kind is InitiativeKind.CLUSTER
    empty.stack.undo()
    assert area.page.record.draft.focus is InitiativeFocus.FACTOR
    # Nothing uses it: delete asks, then goes back to the list; undo brings it back.
    qtbot.mouseClick(area.page.delete_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.questions) == 1
    assert area.stack.currentWidget() is area.list_page
    assert names(area) == []
    empty.stack.undo()
    assert names(area) == ["Mesa Ejecutiva del Cacao"]
    # Undoing the create while its page is open goes back to the list.
    area.show_initiative(record.id)
    empty.stack.undo()  # the edit
    empty.stack.undo()  # the create
    assert area.stack.currentWidget() is area.list_page
    assert names(area) == []


def test_name_required_and_half_typed_form_asks(qtbot, empty: Setup, dialogs: Dialogs) -> None:
    area = empty.area
    area.new_record()
    type_text(area.form.sector, "Café")
    area.save_current()
    assert area.form.field_message("name").text()
    assert empty.service.initiative_ids(ListQuery()) == []
    dialogs.answer = QMessageBox.StandardButton.No
    assert not area.confirm_close()
    assert area.form.sector.text() == "Café"  # nothing typed is lost
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert area.confirm_close()


@pytest.mark.qt_log_ignore("This plugin does not support .*")  # the completer popup
def test_coordinator_picked_from_people(qtbot, demo: Setup) -> None:
    area = demo.area
    area.show_initiative(mef_id(demo))
    area.edit_current()
    picker = area.form.coordinator
    picker.setFocus()
    picker.clear()
    type_text(picker, "diego carrasco")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.choices.rowCount() == 1
    assert (
        picker.choices.item(0).text() == "Diego Alonso Carrasco Pérez (Ministerio de la Producción)"
    )
    assert area.form.field_errors().get("coordinator_id") == "choose_person"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert area.form.field_errors() == {}
    area.save_current()
    assert area.stack.currentWidget() is area.page
    assert area.page.values["coordinator"].text() == "Diego Alonso Carrasco Pérez"


# --- models ----------------------------------------------------------------------------------


def test_models_pass_modeltester(qtmodeltester, qtbot, demo: Setup) -> None:
    qtmodeltester.check(demo.area.list_page.model)
    demo.area.show_initiative(mef_id(demo))
    qtmodeltester.check(demo.area.page.participants.model)
    dialog = AddParticipantsDialog(demo.actors, mef_id(demo), {}, date.today(), demo.area)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.results)
    dialog.results.setData(
        dialog.results.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtmodeltester.check(dialog.results)


def test_empty_models_pass_modeltester(qtmodeltester, empty: Setup) -> None:
    qtmodeltester.check(empty.area.list_page.model)
    qtmodeltester.check(empty.area.page.participants.model)


def test_enter_in_the_results_ticks_instead_of_closing(qtbot, demo: Setup) -> None:
    dialog = AddParticipantsDialog(demo.actors, mef_id(demo), {}, date.today(), demo.area)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.results_view.setFocus()
    dialog.results_view.setCurrentIndex(dialog.results.index(0, 0))
    qtbot.keyClick(dialog.results_view, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert len(dialog.drafts()) == 1
    assert dialog.drafts()[0].role is ParticipationRole.MEMBER
    qtbot.keyClick(dialog.results_view, Qt.Key.Key_Return)
    assert dialog.drafts() == []
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_actor_type_filter_in_the_add_dialog(qtbot, demo: Setup) -> None:
    dialog = AddParticipantsDialog(demo.actors, mef_id(demo), {}, date.today(), demo.area)
    qtbot.addWidget(dialog)
    set_current_enum(dialog.actor_type, ActorType.ACADEMIA)
    types = {dialog.results.record_at(r).draft.actor_type for r in range(dialog.results.rowCount())}
    assert types == {ActorType.ACADEMIA}


def test_load_later(qtbot, demo_database: Database, dialogs: Dialogs) -> None:
    setup = _build(qtbot, demo_database, load_now=False)
    assert names(setup.area) == []
    setup.area.refresh()
    assert len(names(setup.area)) == 6


# --- the compact header ----------------------------------------------------------------------


def test_the_header_is_compact_with_the_objective_on_one_line(qtbot, demo: Setup) -> None:
    open_mef(qtbot, demo)
    page = demo.area.page
    record = demo.service.initiative(mef_id(demo))
    objective = " ".join((record.draft.objective or "").split())
    # Name, one line of facts and one of objective: the tabs start within 90 pixels.
    assert page.tabs.geometry().top() <= 90
    assert page.compact.isVisible() and not page.details.isVisible()
    line = page.objective_line
    assert line.height() < 2 * line.fontMetrics().lineSpacing()
    assert line.is_elided() and line.text().endswith("…")
    assert line.toolTip() == objective
    assert "Agenda: " + (record.agenda_title or "") in page.facts.toolTip()
    # "More" shows every field in full, "Less" folds them again.
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.details.isVisible() and not page.compact.isVisible()
    assert page.objective.text() == record.draft.objective
    assert page.more_button.text() == "Less"
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.compact.isVisible() and page.more_button.text() == "More"


def test_representation_shows_its_label_in_each_language(qapp, qtbot, demo: Setup) -> None:
    demo.area.show_initiative(mef_id(demo))
    model = demo.area.page.participants.model

    def representations() -> set[str]:
        demo.area.page.participants.reload()
        return {model.index(row, 4).data() for row in range(model.rowCount())}

    assert representations() == {"Titular", "Alternate"}
    for language, alternate in (("es", "Suplente"), ("pt_BR", "Suplente")):
        translator = QTranslator()
        path = qm_path(language)
        assert path is not None and translator.load(path)
        qapp.installTranslator(translator)
        try:
            assert representations() == {"Titular", alternate}
        finally:
            qapp.removeTranslator(translator)


# --- reading again after writes elsewhere ----------------------------------------------------


class Reads:
    """Counts the service calls that reading the area again makes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, setup: Setup) -> None:
        self.calls: list[str] = []
        for owner, name in (
            (setup.actors, "territories"),
            (setup.service, "initiative"),
            (setup.service, "participations_of"),
            (setup.service, "participant_counts"),
        ):
            monkeypatch.setattr(owner, name, self._counting(name, getattr(owner, name)))

    def _counting(self, name, method):
        def call(*args, **kwargs):
            self.calls.append(name)
            return method(*args, **kwargs)

        return call


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_hidden_area_reads_nothing_until_shown_again(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = demo.area
    area.show_initiative(mef_id(demo))
    area.hide()  # another area is in front
    record = demo.service.initiative(mef_id(demo))
    demo.service.update_initiative(record.id, replace(record.draft, name="Mesa Forestal"))
    reads = Reads(monkeypatch, demo)
    # Other areas' writes, undos and redos move the shared stack.
    demo.stack.push(QUndoCommand("Another area's write"))
    demo.stack.push(QUndoCommand("Another one"))
    demo.stack.undo()
    demo.stack.redo()
    settle()
    assert reads.calls == []
    assert area.page.name.full_text() == MEF
    area.show()
    qtbot.waitUntil(lambda: area.page.name.full_text() == "Mesa Forestal")
    settle()
    assert reads.calls.count("initiative") == 1  # read once, not once per move


def test_a_visible_area_reads_once_after_several_moves(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = demo.area
    area.show_initiative(mef_id(demo))
    reads = Reads(monkeypatch, demo)
    for n in range(3):
        demo.stack.push(QUndoCommand(f"Write {n}"))
    assert reads.calls == []  # deferred: the pushes return at once
    qtbot.waitUntil(lambda: "initiative" in reads.calls)
    settle()
    assert reads.calls.count("initiative") == 1


def test_own_writes_show_at_once_and_are_read_once(
    qtbot, demo: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = demo.area
    area.show_initiative(mef_id(demo))
    tab = area.page.participants
    select_participant(demo, "Universidad Nacional de Ucayali")
    reads = Reads(monkeypatch, demo)
    monkeypatch.setattr(EndParticipationDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    tab.end_selected()
    assert reads.calls.count("participant_counts") == 1  # shown before the push returned
    settle()
    assert reads.calls.count("participant_counts") == 1  # the stack move read nothing more
    demo.stack.undo()
    assert reads.calls.count("participant_counts") == 2
    settle()
    assert reads.calls.count("participant_counts") == 2
