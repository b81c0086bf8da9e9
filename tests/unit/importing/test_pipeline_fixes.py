"""Pipeline fixes of issue 5: matched rows of progress and sign-in sheets are updated by
default, undo compares typed values, totals rows, organizations matched by a unique acronym."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agencydesk.cli import main
from agencydesk.domain.enums import ActionStatus, ActorType
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import is_total_row
from agencydesk.domain.importing.workbook import FileFormat, RawSheet, RawWorkbook
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import LoadedFile, OnMatch, RowChoice
from agencydesk.services.plans import PlansService

FOREST_PLAN = 1  # demo: Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali
HELD = 3  # demo: a held meeting of the forest table, 16 people on its list


def workbook(rows: list[list[Any]], name: str = "socio.xlsx") -> LoadedFile:
    book = RawWorkbook(FileFormat.XLSX, [RawSheet("Hoja1", rows=rows)], reader="test")
    return LoadedFile(Path(name), name, "0" * 64, book)


def importer_on(database: Database) -> ImportService:
    return ImportService(database.uow, lambda: "tester")


def actions_by_code(database: Database) -> dict[str | None, Any]:
    plans = PlansService(database.uow, lambda: "tester")
    return {a.draft.code: a for a in plans.actions_of(FOREST_PLAN)}


# --- a. matched rows of progress and attendance sheets are updates by default -------------------


def test_a_progress_sheet_updates_without_being_told(demo_database: Database) -> None:
    importer = importer_on(demo_database)
    loaded = workbook([["Código", "Estado", "% de avance"], ["A1.2", "Concluida", "100%"]])
    preview, result = importer.import_loaded(loaded, ImportKind.PROGRESS, plan=str(FOREST_PLAN))
    assert preview.setup.on_match is OnMatch.SKIP  # what the headless default says
    assert [r.choice for r in preview.rows] == [RowChoice.UPDATE]
    assert (result.updated, result.skipped) == (1, 0)
    action = actions_by_code(demo_database)["A1.2"].draft
    assert (action.status, action.progress_pct) == (ActionStatus.DONE, 100)


def test_a_sign_in_sheet_records_presence_of_the_invited(demo_database: Database) -> None:
    importer = importer_on(demo_database)
    attendance = AttendanceService(demo_database.uow, lambda: "tester")
    before = {r.person_name: r.draft for r in attendance.attendance_of(HELD)}
    assert before["Karina Flores Mozombite"].attended is True
    loaded = workbook(
        [
            ["Nombres y apellidos", "Correo", "Asistió"],
            ["Karina Flores", "karina.flores@regionucayali.gob.pe", "No"],
        ]
    )
    preview, result = importer.import_loaded(loaded, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert [(r.choice, r.match is not None) for r in preview.rows] == [(RowChoice.UPDATE, True)]
    assert result.updated == 1
    after = {r.person_name: r.draft for r in attendance.attendance_of(HELD)}
    assert after["Karina Flores Mozombite"].attended is False


def test_other_kinds_still_skip_matches_by_default(database: Database) -> None:
    ActorsService(database.uow, lambda: "tester").create_organization(
        OrganizationDraft("Cooperativa Sierra", actor_type=ActorType.PRIVATE)
    )
    loaded = workbook([["Nombre", "Tipo de actor", "Teléfono"], ["COOPERATIVA SIERRA", "ONG", "1"]])
    preview, result = importer_on(database).import_loaded(loaded, ImportKind.ORGANIZATIONS)
    assert [r.choice for r in preview.rows] == [RowChoice.SKIP]
    assert (result.updated, result.skipped) == (0, 1)


def test_the_cli_updates_progress_without_on_match(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, db)
    book = openpyxl.Workbook()
    book.active.append(["Código", "% de avance"])
    book.active.append(["A1.4", "80%"])
    source = tmp_path / "avance.xlsx"
    book.save(source)

    code = main(
        ["--db", str(db), "import", str(source), "--as", "progress", "--plan", str(FOREST_PLAN)]
    )
    capsys.readouterr()
    assert code == 0
    conn = sqlite3.connect(db)
    try:
        [(pct,)] = conn.execute("SELECT progress_pct FROM actions WHERE code = 'A1.4'").fetchall()
    finally:
        conn.close()
    assert pct == 80


# --- b. undo compares typed values -------------------------------------------------------------


def test_undo_restores_a_budget_the_database_gives_back_with_decimals(
    demo_database: Database,
) -> None:
    importer = importer_on(demo_database)
    before = actions_by_code(demo_database)["A1.2"].draft
    loaded = workbook([["Código", "Acción", "Presupuesto"], ["A1.2", before.title, 99999]])
    setup = replace(
        importer.propose(loaded, ImportKind.ACTIONS), plan_id=FOREST_PLAN, on_match=OnMatch.UPDATE
    )
    result = importer.run(loaded, importer.preview(loaded, setup))
    assert result.updated == 1
    assert actions_by_code(demo_database)["A1.2"].draft.budget == Decimal(99999)

    importer.undo(result.batch_id)
    assert actions_by_code(demo_database)["A1.2"].draft.budget == before.budget


# --- c. totals rows ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "total"),
    [
        (["TOTAL"], True),
        ([None, "Total general", None], True),
        (["Totales", None, 12, "1.234.500"], True),
        (["  TÓTAL  ", 3], True),  # accents and case folded
        (["Suma total:", 3.5], True),
        (["Total Energies S.A.", "Av. Javier Prado 123", "20100000001"], False),
        (["Total", "Av. Javier Prado 123"], False),  # an organization named "Total"
        (["Total", 12, "pendiente"], False),
        (["Cooperativa Total"], False),
    ],
)
def test_totals_rows(cells: list[Any], total: bool) -> None:
    assert is_total_row(cells) is total


def test_totals_rows_are_skipped_and_counted(database: Database) -> None:
    loaded = workbook(
        [
            ["Nombre", "Tipo de actor", "N° de socios"],
            ["Total Energies S.A.", "Privado", 10],
            ["Cooperativa Sierra", "Privado", 5],
            ["TOTAL"],
            ["Total general", None, 15],
        ]
    )
    importer = importer_on(database)
    preview = importer.preview(loaded, importer.propose(loaded, ImportKind.ORGANIZATIONS))
    assert [r.cells["name"].value for r in preview.rows] == [
        "Total Energies S.A.",
        "Cooperativa Sierra",
    ]
    assert (preview.skipped_total, preview.skipped_blank) == (2, 0)


# --- d. organizations matched by a unique acronym ----------------------------------------------


def test_a_unique_short_name_matches_an_organization(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    gerffs = actors.create_organization(
        OrganizationDraft(
            "Gerencia Regional Forestal y de Fauna Silvestre de Ucayali", short_name="GERFFS"
        )
    )
    for name in ("Asociación Madera Viva", "Agencia de Manejo Viable"):  # both "AMV"
        actors.create_organization(
            OrganizationDraft(name, short_name="AMV", actor_type=ActorType.PRIVATE)
        )
    importer = importer_on(database)
    orgs = workbook([["Nombre", "Tipo de actor"], ["GERFFS", "Público"], ["AMV", "Privado"]])
    preview = importer.preview(orgs, importer.propose(orgs, ImportKind.ORGANIZATIONS))
    matches = [(r.match.record_id, r.match.by) if r.match else None for r in preview.rows]
    assert matches == [(gerffs.id, "short_name"), None]  # "AMV" is two organizations

    people = workbook(
        [["Nombre completo", "Institución"], ["Ana Ríos", "GERFFS"], ["Luis Soto", "AMV"]],
        "personas.xlsx",
    )
    _, result = importer.import_loaded(people, ImportKind.PEOPLE)
    assert result.organizations_created == ("AMV",)
    found = actors.people(actors.person_ids(ListQuery(text="Ana Ríos")))
    assert [p.draft.organization_id for p in found] == [gerffs.id]


# --- the search index after a large batch ----------------------------------------------------


@pytest.mark.parametrize("update_existing", [False, True])
def test_a_large_batch_indexes_new_rows_and_updated_ones(
    database: Database, update_existing: bool
) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    kept = actors.create_organization(
        OrganizationDraft("Cooperativa Sierra", actor_type=ActorType.PRIVATE, tax_id="1-9")
    )
    rows: list[list[Any]] = [["Nombre", "Tipo de actor", "RUT"]]
    rows += [[f"Asociación Yarina {i}", "Privado", f"20{i:06d}"] for i in range(1200)]
    if update_existing:
        rows.append(["Cooperativa Sierra Alta", "Privado", "1-9"])
    loaded = workbook(rows)
    importer = importer_on(database)
    setup = replace(importer.propose(loaded, ImportKind.ORGANIZATIONS), on_match=OnMatch.UPDATE)
    result = importer.run(loaded, importer.preview(loaded, setup))
    assert (result.created, result.updated) == (1200, int(update_existing))

    assert len(actors.organization_ids(ListQuery(text="yarina"))) == 1200
    assert actors.organization_ids(ListQuery(text="alta")) == ([kept.id] if update_existing else [])
    assert actors.organization_ids(ListQuery(text="sierra")) == [kept.id]
    if database.uow.engine.dialect.name == "sqlite":
        with database.uow.engine.begin() as conn:  # raises if the index and the table disagree
            conn.exec_driver_sql(
                "INSERT INTO organizations_fts(organizations_fts, rank) "
                "VALUES('integrity-check', 1)"
            )
    # The triggers are back: a later edit is indexed as usual.
    actors.update_organization(kept.id, replace(actors.organization(kept.id).draft, name="Zeta"))
    assert actors.organization_ids(ListQuery(text="zeta")) == [kept.id]
