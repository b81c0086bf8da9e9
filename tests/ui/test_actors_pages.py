"""The Actors pages as a user drives them (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from driving import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox

from agencydesk.data.models import Initiative, Participation
from agencydesk.domain.enums import ActorType, GovernmentLevel, InitiativeKind, ParticipationRole
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import ListQuery, OrganizationDraft, PersonDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.ui.actors import ActorsArea
from agencydesk.ui.actors.list_page import SEARCH_DELAY_MS
from agencydesk.ui.widgets import current_enum


@dataclass
class Dialogs:
    """What the pages asked or told through QMessageBox, and what the 'user' answers."""

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


@dataclass
class Window:
    """The Actors area inside a window that owns the undo stack, as the main window does."""

    main: QMainWindow
    area: ActorsArea
    stack: QUndoStack


@pytest.fixture
def window(qtbot, actors: ActorsService, dialogs: Dialogs) -> Iterator[Window]:
    main = QMainWindow()
    stack = QUndoStack(main)
    undo = stack.createUndoAction(main)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = stack.createRedoAction(main)
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    main.addAction(undo)
    main.addAction(redo)
    area = ActorsArea(actors, stack)
    main.setCentralWidget(area)
    main.resize(1280, 800)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield Window(main, area, stack)
    stack.clear()


def org_names(area: ActorsArea) -> list[str]:
    model = area.organizations.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def person_names(area: ActorsArea) -> list[str]:
    model = area.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_sullana(actors: ActorsService) -> int:
    return actors.create_organization(
        OrganizationDraft(
            "Municipalidad Provincial de Sullana",
            "MPS",
            ActorType.PUBLIC,
            GovernmentLevel.LOCAL,
            email="mesadepartes@munisullana.gob.pe",
        )
    ).id


# --- creating and editing --------------------------------------------------------------------


def test_create_an_organization_through_the_form(qtbot, window: Window, actors) -> None:
    area = window.area
    changed: list[bool] = []
    area.data_changed.connect(lambda: changed.append(True))
    area.new_record()  # Ctrl+N on the Organizations tab
    form = area.organizations.form
    assert form.isVisible()
    assert not form.save_button.isEnabled()  # nothing typed: the name is missing
    type_text(form.edits["name"], "Cooperativa Agraria Cafetalera José Olaya")
    type_text(form.edits["short_name"], "CAC José Olaya")
    form.actor_type.setCurrentIndex(form.actor_type.findData(ActorType.PRIVATE.value))
    assert not form.government_level.isEnabled()  # only public actors have one
    type_text(form.members_count, "412")
    type_text(form.registered_on.edit, "03/04/2015")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert org_names(area) == ["Cooperativa Agraria Cafetalera José Olaya"]
    created = actors.organization(actors.organization_ids(ListQuery())[0])
    assert created.draft.actor_type is ActorType.PRIVATE
    assert created.draft.members_count == 412
    assert created.draft.registered_on == date(2015, 4, 3)
    assert changed
    assert area.organizations.detail.isVisible()
    assert area.organizations.selected_id() == created.id
    assert area.organizations.count_label.text() == "1 organization"
    assert window.stack.count() == 1


def test_edit_with_an_invalid_email_is_refused_and_keeps_the_text(
    qtbot, window: Window, actors: ActorsService
) -> None:
    org_id = add_sullana(actors)
    area = window.area
    area.refresh()
    page = area.organizations
    assert page.select_id(org_id)
    page.open_current()
    form = page.form
    email = form.edits["email"]
    email.clear()
    type_text(email, "jnunez@munisullana")
    message = form.field_message("email")
    assert message.kind() == "error"
    assert "e-mail" in message.text()
    assert message.isVisible()
    assert not form.save_button.isEnabled()

    area.save_current()  # Ctrl+S
    assert email.text() == "jnunez@munisullana"  # the typed text is still there
    assert form.isVisible()
    assert form.message.kind() == "error"
    assert actors.organization(org_id).draft.email == "mesadepartes@munisullana.gob.pe"
    assert window.stack.count() == 0

    type_text(email, ".gob.pe")
    assert message.kind() == ""
    assert form.save_button.isEnabled()
    area.save_current()
    assert actors.organization(org_id).draft.email == "jnunez@munisullana.gob.pe"
    assert page.detail.isVisible()
    assert window.stack.count() == 1


def test_ctrl_z_undoes_an_edit_and_ctrl_shift_z_redoes_it(
    qtbot, window: Window, actors: ActorsService
) -> None:
    org_id = add_sullana(actors)
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    page.open_current()
    page.form.edits["name"].selectAll()
    type_text(page.form.edits["name"], "Municipalidad de Sullana")
    area.save_current()
    assert org_names(area) == ["Municipalidad de Sullana"]

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert actors.organization(org_id).name == "Municipalidad Provincial de Sullana"
    assert org_names(area) == ["Municipalidad Provincial de Sullana"]  # the list re-read
    assert page.detail.name.text() == "Municipalidad Provincial de Sullana"

    qtbot.keyClick(
        page.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert actors.organization(org_id).name == "Municipalidad de Sullana"
    assert org_names(area) == ["Municipalidad de Sullana"]


def test_duplicate_name_warns_without_blocking(qtbot, window: Window, actors) -> None:
    add_sullana(actors)
    area = window.area
    area.refresh()
    area.new_record()
    form = area.organizations.form
    type_text(form.edits["name"], "municipalidad provincial de SULLANA")
    qtbot.waitUntil(lambda: form.field_message("name").kind() == "warning")
    assert form.save_button.isEnabled()


# --- searching -------------------------------------------------------------------------------


def test_search_ignores_accents_and_case(qtbot, window: Window, actors: ActorsService) -> None:
    for name in ("Cooperativa José Olaya", "Asociación Núñez y Hermanos", "Cámara de Comercio"):
        actors.create_organization(OrganizationDraft(name, actor_type=ActorType.PRIVATE))
    area = window.area
    area.refresh()
    page = area.organizations
    area.focus_search()  # Ctrl+F
    assert page.search.hasFocus()
    type_text(page.search, "jose")
    qtbot.waitUntil(
        lambda: org_names(area) == ["Cooperativa José Olaya"], timeout=5 * SEARCH_DELAY_MS
    )
    assert page.count_label.text() == "1 organization found"
    page.search.clear()
    type_text(page.search, "nunez")
    qtbot.waitUntil(lambda: org_names(area) == ["Asociación Núñez y Hermanos"])
    page.search.clear()
    qtbot.waitUntil(lambda: len(org_names(area)) == 3)


def test_filters_combine_with_search(qtbot, window: Window, actors: ActorsService) -> None:
    add_sullana(actors)
    actors.create_organization(OrganizationDraft("Sullana Exporta S.A.C.", None, ActorType.PRIVATE))
    area = window.area
    area.refresh()
    page = area.organizations
    page.actor_type_filter.setCurrentIndex(page.actor_type_filter.findData("private"))
    assert current_enum(page.actor_type_filter, ActorType) is ActorType.PRIVATE
    assert org_names(area) == ["Sullana Exporta S.A.C."]
    page.actor_type_filter.setCurrentIndex(0)
    assert len(org_names(area)) == 2


# --- deleting --------------------------------------------------------------------------------


def test_delete_is_refused_while_people_use_the_organization(
    window: Window, actors: ActorsService, dialogs: Dialogs
) -> None:
    org_id = add_sullana(actors)
    for name in ("José Núñez Castillo", "Rosa Chunga Zapata", "Luis Purizaca"):
        actors.create_person(PersonDraft(name, organization_id=org_id))
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    page.view.setFocus()
    area.delete_selected()
    assert dialogs.warnings == [
        "Municipalidad Provincial de Sullana cannot be deleted: it is used by 3 people."
    ]
    assert dialogs.questions == []
    assert actors.organization(org_id).name == "Municipalidad Provincial de Sullana"


def test_delete_asks_first_and_undo_brings_it_back(
    qtbot, window: Window, actors: ActorsService, dialogs: Dialogs
) -> None:
    org_id = add_sullana(actors)
    actors.create_organization(OrganizationDraft("Universidad Nacional de Piura", "UNP"))
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)

    page.search.setFocus()
    area.delete_selected()  # the Delete key while typing in the search box: not a delete
    assert dialogs.questions == []

    page.view.setFocus()
    dialogs.answer = QMessageBox.StandardButton.No
    area.delete_selected()
    assert len(dialogs.questions) == 1
    assert "Municipalidad Provincial de Sullana" in dialogs.questions[0]
    assert len(org_names(area)) == 2

    dialogs.answer = QMessageBox.StandardButton.Yes
    area.delete_selected()
    assert org_names(area) == ["Universidad Nacional de Piura"]
    assert page.selected_id() is not None  # the next row is selected

    window.stack.undo()
    assert "Municipalidad Provincial de Sullana" in org_names(area)
    assert actors.organization(org_id).draft.email == "mesadepartes@munisullana.gob.pe"
    window.stack.redo()
    assert org_names(area) == ["Universidad Nacional de Piura"]


def test_delete_a_person_and_undo(window: Window, actors: ActorsService, dialogs) -> None:
    org_id = add_sullana(actors)
    person = actors.create_person(PersonDraft("José Núñez Castillo", organization_id=org_id))
    area = window.area
    area.tabs.setCurrentWidget(area.people)
    area.refresh()
    area.people.select_id(person.id)
    area.people.view.setFocus()
    area.delete_selected()
    assert person_names(area) == []
    window.stack.undo()
    assert person_names(area) == ["José Núñez Castillo"]
    assert actors.person(person.id).draft.organization_id == org_id


# --- people ----------------------------------------------------------------------------------


# The completer's popup asks the offscreen platform for things it cannot do (raise, grab).
@pytest.mark.qt_log_ignore("This plugin does not support .*")
def test_person_with_organization_chosen_through_the_picker(
    qtbot, window: Window, actors: ActorsService
) -> None:
    org_id = add_sullana(actors)
    actors.create_organization(OrganizationDraft("Universidad Nacional de Piura", "UNP"))
    area = window.area
    area.tabs.setCurrentWidget(area.people)
    area.new_record()  # Ctrl+N on the People tab: a new person
    form = area.people.form
    assert form.title.text() == "New person"
    type_text(form.edits["full_name"], "José Núñez Castillo")
    picker = form.organization
    picker.setFocus()
    type_text(picker, "no such organization")
    form.edits["position"].setFocus()  # leaving the picker without choosing
    assert form.field_message("organization_id").kind() == "error"
    picker.clear()
    assert form.field_message("organization_id").kind() == ""
    picker.setFocus()
    type_text(picker, "muni sulla")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.choices.rowCount() == 1
    assert picker.choices.item(0).text() == "Municipalidad Provincial de Sullana (MPS)"
    assert form.field_message("organization_id").kind() == ""  # still choosing: no error yet
    assert not form.save_button.isEnabled()  # but typed text is not an organization
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.organization_id() == org_id
    assert picker.text() == "Municipalidad Provincial de Sullana"
    assert form.field_message("organization_id").kind() == ""
    type_text(form.edits["email"], "jnunez@munisullana.gob.pe")
    area.save_current()

    assert person_names(area) == ["José Núñez Castillo"]
    (created,) = actors.people_of(org_id)
    assert created.draft.email == "jnunez@munisullana.gob.pe"
    assert area.people.model.index(0, 1).data() == "Municipalidad Provincial de Sullana"


def test_person_consent_needs_a_purpose(qtbot, window: Window) -> None:
    area = window.area
    area.tabs.setCurrentWidget(area.people)
    area.new_record()
    form = area.people.form
    type_text(form.edits["full_name"], "Rosa Chunga Zapata")
    type_text(form.consent_on.edit, "31/02/2024")
    assert form.field_message("consent_on").kind() == "error"  # no 31st of February
    form.consent_on.edit.clear()
    type_text(form.consent_on.edit, "01/02/2024")
    assert not form.save_button.isEnabled()
    area.save_current()
    assert form.field_message("consent_purpose").kind() == "error"
    assert person_names(area) == []


# --- the organization's page -----------------------------------------------------------------


def test_organization_page_shows_people_and_initiatives(
    qtbot, window: Window, actors: ActorsService, database: Database
) -> None:
    org_id = add_sullana(actors)
    jose = actors.create_person(PersonDraft("José Núñez Castillo", None, org_id, "Gerente"))
    actors.create_person(PersonDraft("Rosa Chunga Zapata", None, org_id, "Subgerente"))
    actors.create_person(PersonDraft("Ana Sernaqué"))
    with database.uow() as session:
        mango = Initiative(name="Mesa Ejecutiva del Mango", kind=InitiativeKind.EXECUTIVE_TABLE)
        session.add(mango)
        session.flush()
        session.add(
            Participation(
                initiative_id=mango.id,
                organization_id=org_id,
                role=ParticipationRole.CONVENER,
                since=date(2023, 3, 15),
            )
        )
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    detail = page.detail
    assert detail.isVisible()
    assert detail.name.text() == "Municipalidad Provincial de Sullana"
    assert detail.people_title.text() == "Peop&le (2)"
    people = [detail.people.index(r, 0).data() for r in range(detail.people.rowCount())]
    assert people == ["José Núñez Castillo", "Rosa Chunga Zapata"]
    assert detail.initiatives.rowCount() == 1
    row = [detail.initiatives.index(0, c).data() for c in range(4)]
    assert row == ["Mesa Ejecutiva del Mango", "Convener", "15/03/2023", ""]

    # Opening a person jumps to the People tab with that person selected.
    detail.people_view.activated.emit(detail.people.index(0, 0))
    assert area.tabs.currentWidget() is area.people
    assert area.people.selected_id() == jose.id
    assert area.people.form.edits["full_name"].text() == "José Núñez Castillo"


def test_unsaved_edits_are_not_lost_by_clicking_another_row(
    qtbot, window: Window, actors: ActorsService, dialogs: Dialogs
) -> None:
    org_id = add_sullana(actors)
    other = actors.create_organization(OrganizationDraft("Universidad Nacional de Piura")).id
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    page.open_current()
    type_text(page.form.edits["sector"], "Gobierno local")
    dialogs.answer = QMessageBox.StandardButton.No
    page.select_id(other)
    assert dialogs.questions  # asked before dropping the edit
    assert page.form.isVisible()
    assert page.form.edits["sector"].text() == "Gobierno local"
    assert page.selected_id() == org_id


def test_enter_on_the_list_opens_the_form(qtbot, window: Window, actors: ActorsService) -> None:
    org_id = add_sullana(actors)
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.form.isVisible()
    assert page.form.edits["name"].text() == "Municipalidad Provincial de Sullana"
    assert page.form.edits["name"].hasFocus()


def test_a_refused_save_keeps_the_text_and_says_why(
    qtbot, window: Window, actors: ActorsService, monkeypatch: pytest.MonkeyPatch
) -> None:
    org_id = add_sullana(actors)
    area = window.area
    area.refresh()
    page = area.organizations
    page.select_id(org_id)
    page.open_current()

    def locked(*_args):
        raise UserError("db_locked")

    monkeypatch.setattr(actors, "update_organization", locked)
    type_text(page.form.edits["sector"], "Gobierno local")
    area.save_current()
    assert page.form.isVisible()
    assert page.form.edits["sector"].text() == "Gobierno local"
    assert "busy" in page.form.message.text()
    assert window.stack.count() == 0


def test_add_a_person_from_the_organization_page(
    qtbot, window: Window, actors: ActorsService, dialogs: Dialogs
) -> None:
    org_id = add_sullana(actors)
    area = window.area
    area.refresh()
    area.organizations.select_id(org_id)
    detail = area.organizations.detail
    assert detail.people_empty.isVisible()
    qtbot.mouseClick(detail.add_person_button, Qt.MouseButton.LeftButton)
    form = area.people.form
    assert area.tabs.currentWidget() is area.people
    assert form.organization.organization_id() == org_id
    type_text(form.edits["full_name"], "Rosa Chunga Zapata")
    area.save_current()
    assert [p.full_name for p in actors.people_of(org_id)] == ["Rosa Chunga Zapata"]

    # The person's own page has a Delete button (no need to know the Delete key).
    assert form.delete_button.isVisible()
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert actors.people_of(org_id) == []
    assert dialogs.questions


# --- fitting the screen ----------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support .*")  # the popup's raise() and grab
def test_filters_shrink_so_the_area_fits_a_laptop_screen(qtbot, window: Window) -> None:
    """Long filter texts (Spanish: "Todos los niveles de gobierno") must not widen the page
    past a 1280-pixel window with its navigation bar: the combos give up width, elided."""
    from agencydesk.ui.actors.filter_combo import FILTER_MIN_CHARS, FilterCombo

    area = window.area
    long_text = "Todos los niveles de gobierno y otras palabras largas"
    for page in (area.organizations, area.people):
        combos = [page.actor_type_filter, page.level_filter, page.territory_filter]
        combos += list(page.extra_filters.values())
        for combo in combos:
            assert isinstance(combo, FilterCombo)
            combo.setItemText(0, long_text)
            narrow = combo.fontMetrics().horizontalAdvance("X") * (FILTER_MIN_CHARS + 6)
            assert combo.minimumSizeHint().width() <= narrow
        # With room, a filter shows its text whole (the territory one is capped).
        assert page.level_filter.sizeHint().width() > page.level_filter.minimumSizeHint().width()
    assert "gender" in area.people.extra_filters
    assert area.minimumSizeHint().width() <= 1280 - 180  # the navigation bar takes the rest
    # Squeezed, it paints (elided) and the list that opens still shows the items whole.
    combo = area.people.level_filter
    combo.resize(combo.minimumSizeHint())
    assert not combo.grab().isNull()
    combo.showPopup()
    assert combo.view().width() >= combo.view().sizeHintForColumn(0)
    combo.hidePopup()
