"""The import wizard driven as a user does, on the demo database and a messy Spanish padrón:
title rows, a merged title, a blank row, a totals row, dates as text, an invalid e-mail, a
duplicate inside the file and a match with the demo directory."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from wizard_files import CREATED, DUPLICATE_ROW, MATCHED_ROW, REJECTED_ROW, write_padron

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.values import CellStatus
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.importing.setup import RowChoice
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.importing import wizard as steps
from agencydesk.ui.importing.choices import meeting_choices
from agencydesk.ui.importing.preview_model import CHOICE, NOTE, PreviewModel
from agencydesk.ui.importing.wizard import ImportWizard
from agencydesk.ui.worker import JobProgressDialog


def organization_names(db) -> set[str]:
    actors = ActorsService(db.uow, lambda: "tester")
    ids = actors.organization_ids(ListQuery())
    return {o.draft.name for o in actors.organizations(ids)}


def next_page(qtbot, wizard: ImportWizard, expected: int) -> None:
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=10_000)


def load(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.start_with(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=20_000)


def to_preview(qtbot, wizard: ImportWizard, path: Path) -> PreviewModel:
    load(qtbot, wizard, path)
    next_page(qtbot, wizard, steps.SHEET)
    next_page(qtbot, wizard, steps.HEADER)
    next_page(qtbot, wizard, steps.COLUMNS)
    next_page(qtbot, wizard, steps.OPTIONS)
    next_page(qtbot, wizard, steps.PREVIEW)
    qtbot.waitUntil(lambda: wizard.preview_page.model is not None, timeout=20_000)
    return wizard.preview_page.model


def test_a_messy_padron_imports_its_good_rows(qtbot, wizard, demo_database, tmp_path):
    path = write_padron(tmp_path / "padrón actores.xlsx")
    before = organization_names(demo_database)
    state = wizard.state

    load(qtbot, wizard, path)
    next_page(qtbot, wizard, steps.SHEET)
    sheets = wizard.sheet_page.sheets
    assert sheets.topLevelItemCount() == 2
    assert sheets.currentItem().text(0) == "Padrón 2025"
    assert "(hidden)" in sheets.topLevelItem(1).text(0)

    next_page(qtbot, wizard, steps.HEADER)
    assert state.setup.header_row == 3  # row 4, below the title, subtitle and blank row
    assert "row 4" in wizard.header_page.where.text()

    next_page(qtbot, wizard, steps.COLUMNS)
    assert set(state.setup.mapping.values()) >= {"name", "actor_type", "tax_id", "email"}
    assert 8 not in state.setup.mapping  # "Presupuesto anual" is not imported

    next_page(qtbot, wizard, steps.OPTIONS)
    options = wizard.options_page
    assert ImportKind(options.kind.currentData()) is ImportKind.ORGANIZATIONS
    assert options.dates.currentData() is True

    next_page(qtbot, wizard, steps.PREVIEW)
    qtbot.waitUntil(lambda: wizard.preview_page.model is not None, timeout=20_000)
    model = wizard.preview_page.model
    rows = {model.row_at(i).row: i for i in range(model.rowCount())}
    assert sorted(rows) == [5, 6, 7, 8, 9, 11]
    assert "1 rejected" in wizard.preview_page.counts.text()
    assert "1 blank and 1 total" in wizard.preview_page.counts.text()
    # The invalid e-mail: red, with the reason; the date as text: corrected, before → after.
    email = model.fields.index("email") + 3
    cell = model.index(rows[REJECTED_ROW], email)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "not an e-mail address"
    assert model.data(model.index(rows[REJECTED_ROW], CHOICE)) == "Rejected"
    date_column = model.fields.index("registered_on") + 3
    assert model.data(model.index(rows[5], date_column), Qt.ItemDataRole.ToolTipRole).startswith(
        "15/03/2024 → 2024-03-15"
    )
    assert model.row_at(rows[5]).cells["registered_on"].status is CellStatus.CORRECTED
    assert "Matches Servicio Nacional Forestal" in model.data(model.index(rows[MATCHED_ROW], NOTE))
    assert "(Tax id" in model.data(model.index(rows[MATCHED_ROW], NOTE))
    assert model.data(model.index(rows[MATCHED_ROW], CHOICE)) == "Skip"
    assert model.data(model.index(rows[DUPLICATE_ROW], NOTE)) == "Same as row 5"

    next_page(qtbot, wizard, steps.RUN)
    # Plural forms come from the catalogue (unfinished until the translations are done).
    assert "3 new record" in wizard.run_page.summary.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == steps.RESULT, timeout=20_000)

    result = state.result
    assert (result.created, result.updated) == (CREATED, 0)
    assert {e.row for e in result.rejected} == {REJECTED_ROW}
    assert "Created: 3" in wizard.result_page.figures.text()
    assert wizard.result_page.save_button.isEnabled()
    after = organization_names(demo_database)
    assert after - before == {
        "Maderas del Ucayali S.A.C.",
        "Cooperativa Agroforestal Shipibo Conibo Ltda.",
        "Instituto Tecnológico Forestal Suiza",
    }

    out = tmp_path / "rechazadas.xlsx"
    wizard.result_page.save_rejects(out)
    qtbot.waitUntil(lambda: "saved to" in wizard.result_page.message.text(), timeout=10_000)
    # The Error column says what the preview said, in the program's language (English here).
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Error"
    assert "not an e-mail address" in rows[-1][-1]

    with qtbot.waitSignal(wizard.open_requested) as opened:
        qtbot.mouseClick(wizard.result_page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["organizations", {}]


def test_choices_change_per_row_and_for_the_selection(qtbot, wizard, tmp_path, qtmodeltester):
    model = to_preview(qtbot, wizard, write_padron(tmp_path / "padron.xlsx"))
    qtmodeltester.check(model)
    rows = {model.row_at(i).row: i for i in range(model.rowCount())}
    matched = model.index(rows[MATCHED_ROW], CHOICE)
    assert model.setData(matched, RowChoice.UPDATE.value)
    assert wizard.state.choices == {MATCHED_ROW: RowChoice.UPDATE}
    assert not model.setData(model.index(rows[REJECTED_ROW], CHOICE), RowChoice.CREATE.value)
    assert "update 1" in wizard.preview_page.counts.text()

    page = wizard.preview_page
    page.table.selectRow(rows[5])
    assert page.apply(RowChoice.SKIP) == 1
    assert wizard.state.choices[5] is RowChoice.SKIP

    page.only_problems.setChecked(True)
    assert sorted(model.row_at(i).row for i in range(model.rowCount())) == [
        REJECTED_ROW,
        DUPLICATE_ROW,
    ]
    qtmodeltester.check(model)


def test_cancelling_the_import_leaves_nothing(qtbot, wizard, demo_database, tmp_path, monkeypatch):
    to_preview(qtbot, wizard, write_padron(tmp_path / "padron.xlsx"))
    before = organization_names(demo_database)
    service = wizard.state.service
    real_run = service.run

    def slow_run(loaded, preview, choices, progress, cancel):
        def sink(done, total, label):
            progress(done, total, label)
            # Wait for the user's Cancel between two batches, as a long import would.
            for _ in range(400):
                if cancel.cancelled:
                    break
                import time

                time.sleep(0.01)

        return real_run(loaded, preview, choices, sink, cancel)

    monkeypatch.setattr(service, "run", slow_run)
    next_page(qtbot, wizard, steps.RUN)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.findChild(JobProgressDialog) is not None, timeout=5000)
    dialog = wizard.findChild(JobProgressDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.run_page.busy, timeout=10_000)
    assert wizard.currentId() == steps.RUN
    assert wizard.run_page.message.text() == "The import was cancelled: nothing was saved."
    assert organization_names(demo_database) == before
    assert service.history() == []


def test_a_refused_file_says_why_and_keeps_the_page(qtbot, wizard, tmp_path):
    bad = tmp_path / "padron.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    wizard.start_with(bad)
    qtbot.waitUntil(lambda: wizard.file_page.message.isVisible() and not wizard.file_page.busy)
    qtbot.waitUntil(lambda: "Choose another file" in wizard.file_page.message.text())
    text = wizard.file_page.message.text()
    assert "Reading" not in text
    assert wizard.file_page.path_edit.text() == str(bad)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Another file works from the same page.
    load(qtbot, wizard, write_padron(tmp_path / "bueno.xlsx"))
    assert wizard.file_page.message.text() == ""


def test_a_sheet_with_no_rows_cannot_be_imported(qtbot, wizard, tmp_path):
    """An unfilled template sent back as it was: the preview says there is nothing under the
    header and offers no Import (the batch would be refused anyway)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Organizaciones"
    sheet.append(["PADRÓN DE ACTORES 2025"])
    sheet.append([])
    sheet.append(["Nombre de la organización", "Tipo de actor", "RUC", "Correo electrónico"])
    path = tmp_path / "plantilla_vacia.xlsx"
    book.save(path)
    load(qtbot, wizard, path)
    # One sheet: the wizard goes past the sheet step by itself.
    for step in (steps.HEADER, steps.COLUMNS, steps.OPTIONS, steps.PREVIEW):
        if wizard.currentId() != step:
            next_page(qtbot, wizard, step)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "no rows to import under the header row (row 3)" in page.message.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_signed_sign_in_sheet_offers_everyone_attended(qtbot, wizard, demo_database, tmp_path):
    """The Options step shows "Everyone on the list attended", ticked for a sheet with a
    "Firma" column and no "Asistió"; unticked, the people are only invited."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["LISTA DE ASISTENCIA — SESIÓN 3"])
    sheet.append(["N°", "Apellidos y nombres", "DNI", "Firma"])
    sheet.append([1, "ZEVALLOS CÁRDENAS, Elizabeth", "40982317", None])
    path = tmp_path / "asistencia.xlsx"
    book.save(path)
    meetings = MeetingsService(demo_database.uow, lambda: "tester")
    wizard.state.meeting_choices = lambda: meeting_choices(meetings)

    load(qtbot, wizard, path)
    next_page(qtbot, wizard, steps.HEADER)  # one sheet: nothing to choose
    next_page(qtbot, wizard, steps.COLUMNS)
    next_page(qtbot, wizard, steps.OPTIONS)
    options = wizard.options_page
    options.kind.setCurrentIndex(options.kind.findData(ImportKind.ATTENDANCE.value))
    options.meeting.setCurrentIndex(options.meeting.findData(3))
    assert options.form.isRowVisible(options.listed_attended)
    assert options.listed_attended.isChecked()
    options.listed_attended.setChecked(False)
    next_page(qtbot, wizard, steps.PREVIEW)
    assert wizard.state.setup.listed_attended is False
