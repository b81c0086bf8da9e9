"""A person's personal data on their page (main window over the demo data): the consent fields
of the form, the JSON and PDF exports, and the erasure with its confirmation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from driving import StubController
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace
from agencydesk.ui.actors import personal_data as ui_personal_data
from agencydesk.ui.actors.personal_data import EraseDialog, file_stem
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.reports.preview import PdfPreviewDialog


@pytest.fixture
def warned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: seen.append(text) or 0)
    return seen


@pytest.fixture
def window(qtbot, demo_database: Database, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the PDF's temporary folder
    workspace = Workspace.open(demo_database, lambda: "Ana Quispe", language=lambda: "en")
    made = MainWindow(StubController(), workspace)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(made.db_worker.is_idle)
    yield made
    made.close_without_asking()
    made.deleteLater()


@pytest.fixture
def person(window: MainWindow) -> int:
    """The first person of the demo, on show in the People tab."""
    ws = window.workspace
    person_id = ws.actors.person_ids(ListQuery())[0]
    window.show_area(window.actors_area)
    window.actors_area.show_person(person_id)
    return person_id


def test_the_form_shows_and_checks_consent(qtbot, window: MainWindow, person: int) -> None:
    form = window.actors_area.people.form
    record = window.workspace.actors.person(person)
    assert form.consent_on.date() == record.draft.consent_on
    assert form.edits["consent_purpose"].text() == (record.draft.consent_purpose or "")
    form.edits["consent_purpose"].setText("")
    form.consent_on.set_date(date.today() - timedelta(days=3))
    form.save()
    assert form.field_errors()["consent_purpose"] == "required"
    assert not form.save_button.isEnabled()
    assert form.field_message("consent_purpose").isVisible()
    form.edits["consent_purpose"].setText("Convocatorias")
    assert "consent_purpose" not in form.field_errors()
    form.consent_on.set_date(date.today() + timedelta(days=3))
    assert form.field_errors()["consent_on"] == "future_date"


def test_the_personal_data_menu(window: MainWindow, person: int) -> None:
    button = window.actors_area.people.form.personal_data_button
    assert button.isVisible()
    assert [a.text() for a in button.menu().actions() if a.text()] == [
        "Export everything about this person (&JSON)…",
        "Export everything about this person (&PDF)…",
        "&Erase this person…",
    ]
    window.actors_area.people.new_record()
    assert not button.isVisible()


def test_export_json(window: MainWindow, person: int, tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def choose(_parent, _caption, suggested):
        asked.append(suggested)
        return tmp_path / suggested

    monkeypatch.setattr(ui_personal_data, "choose_json_path", choose)
    name = window.workspace.actors.person(person).full_name
    written = window.actors_area.people.form.personal_data_button.export_json()
    assert asked == [f"{file_stem(name)}.json"]
    assert written is not None
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["full_name"] == name
    assert {"participations", "attendance", "agreements_responsible", "audit_entries"} <= set(data)


def test_export_pdf_opens_the_preview(qtbot, window: MainWindow, person: int, warned) -> None:
    button = window.actors_area.people.form.personal_data_button
    button.pdf_action.trigger()

    def shown() -> list[PdfPreviewDialog]:
        return [d for d in button.findChildren(PdfPreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=30_000)
    qtbot.waitUntil(window.db_worker.is_idle)
    name = window.workspace.actors.person(person).full_name
    assert shown()[0].windowTitle().startswith("Personal data")
    assert name in shown()[0].windowTitle()
    shown()[0].reject()
    assert warned == []


def test_the_confirmation_says_what_happens(qtbot, window: MainWindow, person: int) -> None:
    ws = window.workspace
    name = ws.actors.person(person).full_name
    ws.actors.create_organization(OrganizationDraft(name="Asociación Beta", representative=name))
    dialog = EraseDialog(ws.personal_data.erase_preview(person), window)
    qtbot.addWidget(dialog)
    question = dialog.findChild(QLabel, "eraseQuestion")
    body = dialog.findChild(QLabel, "eraseText").text()
    final = dialog.findChild(QLabel, "eraseFinal").text()
    assert question.text() == f"Erase the personal data of “{name}”?"
    assert f"Persona anonimizada #{person}" in body
    assert "national ID, phone, e-mail, gender, position, notes and consent" in body
    assert re.search(r"\d+ attendance record", body)
    assert "Backups made before now still hold their data" in body
    assert "cannot be undone" in final
    mentions = dialog.mentions
    assert mentions is not None
    assert any("Asociación Beta" in mentions.item(i).text() for i in range(mentions.count()))
    assert not dialog.erase_button.isDefault()


def test_erase_from_the_page(qtbot, window: MainWindow, person: int, monkeypatch, warned) -> None:
    ws = window.workspace
    before = ws.actors.person(person)
    counts_before = ws.personal_data.erase_preview(person)
    # An edit on the undo stack: undoing it after the erasure would bring old values back.
    ws_form = window.actors_area.people.form
    ws_form.edits["position"].setText("Presidenta")
    assert ws_form.save()
    assert window.undo_stack.count() == 1

    monkeypatch.setattr(EraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    button = ws_form.personal_data_button
    with qtbot.waitSignal(button.erased, timeout=30_000):
        button.erase_action.trigger()
    qtbot.waitUntil(window.db_worker.is_idle)

    after = ws.actors.person(person)
    assert after.full_name == f"Persona anonimizada #{person}"
    assert after.draft == replace(
        before.draft,
        full_name=after.full_name,
        national_id=None,
        position=None,
        phone=None,
        email=None,
        gender=None,
        consent_on=None,
        consent_purpose=None,
        notes=None,
    )
    counts_after = ws.personal_data.erase_preview(person)
    assert (counts_after.attendance, counts_after.agreements, counts_after.participations) == (
        counts_before.attendance,
        counts_before.agreements,
        counts_before.participations,
    )
    assert window.undo_stack.count() == 0  # nothing left to undo into the old values
    assert ws_form.edits["full_name"].text() == after.full_name
    assert ws_form.record_id == person
    history = ws_form.history_button.open_history()
    assert history.tree.topLevelItem(0).text(2) == "Personal data erased"
    history.close()
    assert warned == []


def test_cancelling_the_confirmation_erases_nothing(window: MainWindow, person: int, monkeypatch):
    monkeypatch.setattr(EraseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = window.workspace.actors.person(person)
    assert window.actors_area.people.form.personal_data_button.erase() is None
    assert window.workspace.actors.person(person) == before
