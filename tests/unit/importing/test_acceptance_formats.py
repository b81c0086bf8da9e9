"""Acceptance: the same partner sheet saved in every format imports to the same records.

The padrón (tests/fixtures/importing, written by make_fixtures.py with openpyxl, LibreOffice and
the csv module) has a merged title, a subtitle and a blank row above the header on row 4, a
blank row and a TOTAL row among the data, one row with an impossible date, one duplicate row, a
hidden sheet with the same header, and the quirks partners type ("privado ", "15/03/2024" as
text next to real date cells, RUT "76.123.456-7", "0012345678", a phone as a number, "36" as
text in a number column, a multi-line note). Each format goes into a fresh database through the
headless ``ImportService.import_file``; the stored organizations are compared field by field.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import tax_key
from agencydesk.services.database import open_database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import RowChoice

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"
_spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
assert _spec and _spec.loader
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

REFERENCE = "padron_actores.xlsx"
WORKBOOK_FORMATS = (
    "padron_actores.xlsx",
    "padron_actores.xlsm",
    "padron_actores.xls",
    "padron_actores.ods",
)
TEXT_FORMATS = tuple(f for f in fx.PADRON_FILES if f not in WORKBOOK_FORMATS)

# Every stored field of an organization except what a database assigns (id, uuid, timestamps).
FIELDS = (
    "name",
    "sort_name",
    "short_name",
    "actor_type",
    "government_level",
    "sector",
    "tax_id",
    "territory_id",
    "address",
    "phone",
    "email",
    "website",
    "representative",
    "members_count",
    "registered_on",
    "notes",
)


def stored_organizations(db_file: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db_file) as con:
        con.row_factory = sqlite3.Row
        rows = con.execute(f"SELECT {', '.join(FIELDS)} FROM organizations ORDER BY name, tax_id")
        found = [dict(r) for r in rows]
    con.close()
    return found


def import_padron(template: Path, workdir: Path, name: str) -> dict[str, Any]:
    """Imports one format into a fresh copy of the migrated template database."""
    db_file = workdir / f"{name}.sqlite3"
    shutil.copyfile(template, db_file)
    database = open_database(db_file, None)
    try:
        service = ImportService(database.uow, lambda: "tester")
        loaded, preview, result = service.import_file(FIXTURES / name, ImportKind.ORGANIZATIONS)
        report = service.report(loaded, preview, result)
    finally:
        database.close()
    return {
        "preview": preview,
        "result": result,
        "report": report,
        "organizations": stored_organizations(db_file),
    }


@pytest.fixture(scope="module")
def imported(template_database: Path, tmp_path_factory: pytest.TempPathFactory):
    """Each format imported once (lazily), shared by the tests of this module."""
    workdir = tmp_path_factory.mktemp("formats")
    cache: dict[str, dict[str, Any]] = {}

    def get(name: str) -> dict[str, Any]:
        if name not in cache:
            cache[name] = import_padron(template_database, workdir, name)
        return cache[name]

    return get


def test_fixtures_are_committed_and_small() -> None:
    others = (
        "plan_accion.xlsx",
        "plan_accion.xls",
        "plan_accion.ods",
        "personas.xlsx",
        "formulas_y_errores.xlsx",
    )
    for name in (*fx.PADRON_FILES, *others):
        path = FIXTURES / name
        assert path.is_file(), f"{name} missing: run tests/fixtures/importing/make_fixtures.py"
        assert path.stat().st_size < 64_000, name


def test_reference_xlsx_imports_what_the_partner_meant(imported) -> None:
    got = imported(REFERENCE)
    preview, result, report = got["preview"], got["result"], got["report"]

    # The visible padrón, not the hidden sheet with the same header nor the notes sheet.
    assert preview.setup.sheet == fx.SHEET
    assert report["header_row"] == fx.PADRON_HEADER_ROW
    assert sorted(preview.setup.mapping.values()) == sorted(
        [
            "name",
            "short_name",
            "actor_type",
            "government_level",
            "sector",
            "tax_id",
            "email",
            "phone",
            "address",
            "representative",
            "registered_on",
            "members_count",
            "notes",
        ]
    )
    assert report["rows"] == fx.PADRON_DATA_ROWS
    assert (preview.skipped_blank, preview.skipped_total) == (
        fx.PADRON_BLANK_ROWS,
        fx.PADRON_TOTAL_ROWS,
    )
    assert report["skipped"] == fx.PADRON_BLANK_ROWS + fx.PADRON_TOTAL_ROWS

    # The impossible date rejects its row whole, with the row number Excel shows.
    assert [(e.row, e.field) for e in result.rejected] == [(fx.PADRON_INVALID_ROW, "registered_on")]
    assert result.rejected[0].value == "31/02/2024"
    assert report["rejected"][0]["row"] == fx.PADRON_INVALID_ROW

    # The repeated row is recognised as a duplicate of the earlier one and not imported twice.
    duplicate = next(r for r in preview.rows if r.row == fx.PADRON_DUPLICATE_ROW)
    original_row = fx.PADRON_FIRST_DATA_ROW + 3
    assert duplicate.duplicate_of == original_row
    assert duplicate.choice is RowChoice.SKIP
    assert result.created == fx.PADRON_CREATED
    assert result.batch_id is not None

    orgs = {o["short_name"] or o["name"]: o for o in got["organizations"]}
    assert len(got["organizations"]) == fx.PADRON_CREATED
    assert not set(fx.HIDDEN_NAMES) & {o["name"] for o in got["organizations"]}
    assert "CITEmadera" not in orgs  # the rejected row
    assert orgs["MPCP"]["registered_on"] == "2024-03-15"  # "15/03/2024" typed as text
    assert orgs["GOREU"]["registered_on"] == "2024-01-10"  # a real date cell
    assert orgs["UNU"]["registered_on"] == "2024-07-15"  # ISO text
    assert orgs["MADUSAC"]["actor_type"] == "private"  # "privado " with a trailing space
    assert orgs["MADUSAC"]["members_count"] == 45
    assert orgs["MADUSAC"]["phone"] == "987654321"  # a number cell, no ".0"
    assert orgs["ACCA"]["actor_type"] == "civil_society"
    assert orgs["GIZ"]["actor_type"] == "international"
    assert orgs["UNU"]["actor_type"] == "academia"
    assert orgs["MPCP"]["actor_type"] == "public"
    assert orgs["MPCP"]["government_level"] == "local"
    assert orgs["COOPASHI"]["tax_id"] == "0012345678"  # leading zeros kept
    assert tax_key(orgs["BOVI"]["tax_id"]) == "761234567"  # Chilean RUT
    assert orgs["AFIA"]["members_count"] == 36  # "36" typed as text
    assert orgs["AFIA"]["representative"] == "Ñusta Campos Shuña"
    assert "\n" in orgs["REMU"]["notes"] and "; línea 2" in orgs["REMU"]["notes"]
    assert orgs["APROCAU"]["sector"] == "Café; cacao"


@pytest.mark.parametrize("name", [f for f in fx.PADRON_FILES if f != REFERENCE])
def test_every_format_stores_the_same_organizations(imported, name: str) -> None:
    reference, got = imported(REFERENCE), imported(name)
    ref_orgs, orgs = reference["organizations"], got["organizations"]
    assert [o["name"] for o in orgs] == [o["name"] for o in ref_orgs]
    for ref, org in zip(ref_orgs, orgs, strict=True):
        differing = {f: (ref[f], org[f]) for f in FIELDS if ref[f] != org[f]}
        assert not differing, f"{org['name']}: reference vs {name}: {differing}"

    ref_report, report = reference["report"], got["report"]
    for key in (
        "header_row",
        "rows",
        "created",
        "updated",
        "unchanged",
        "skipped",
        "skipped_rows",
        "duplicates",
    ):
        assert report[key] == ref_report[key], key
    assert sorted(report["mapping"].values()) == sorted(ref_report["mapping"].values())
    assert [(r["row"], r["value"]) for r in report["rejected"]] == [
        (fx.PADRON_INVALID_ROW, "31/02/2024")
    ]


@pytest.mark.parametrize("name", WORKBOOK_FORMATS)
def test_workbooks_list_the_hidden_sheet_but_import_the_visible_one(imported, name) -> None:
    got = imported(name)
    assert got["preview"].setup.sheet == fx.SHEET
    assert got["report"]["format"] in {"xlsx", "xlsm", "xls", "ods"}


@pytest.mark.parametrize("name", TEXT_FORMATS)
def test_text_files_detect_encoding_and_delimiter(imported, name: str) -> None:
    report = imported(name)["report"]
    assert report["format"] == "csv"
    assert report["header_row"] == fx.PADRON_HEADER_ROW


def test_the_padron_reimported_changes_nothing(template_database: Path, tmp_path: Path) -> None:
    """The same file twice: every row matches the first import (by tax id or name)."""
    db_file = tmp_path / "twice.sqlite3"
    shutil.copyfile(template_database, db_file)
    database = open_database(db_file, None)
    try:
        service = ImportService(database.uow, lambda: "tester")
        service.import_file(FIXTURES / REFERENCE, ImportKind.ORGANIZATIONS)
        _, preview, result = service.import_file(
            FIXTURES / "padron_actores_cp1252_puntoycoma.csv", ImportKind.ORGANIZATIONS
        )
    finally:
        database.close()
    assert result.created == 0
    matched = [r for r in preview.rows if r.match is not None]
    assert len(matched) == fx.PADRON_CREATED + 1  # the duplicate matches too
    assert len(stored_organizations(db_file)) == fx.PADRON_CREATED


@pytest.mark.parametrize("name", ["plan_accion.xlsx", "plan_accion.xls", "plan_accion.ods"])
def test_plan_axis_merged_down_fills_every_action(template_database, tmp_path, name) -> None:
    db_file = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(template_database, db_file)
    database = open_database(db_file, None)
    try:
        service = ImportService(database.uow, lambda: "tester")
        _, _, result = service.import_file(
            FIXTURES / name, ImportKind.ACTIONS, plan="Plan de acción 2025"
        )
    finally:
        database.close()
    assert not result.rejected, result.rejected
    assert result.created == len(fx.PLAN_AXES)
    with sqlite3.connect(db_file) as con:
        axes = dict(con.execute("SELECT code, axis FROM actions"))
        budgets = dict(con.execute("SELECT code, budget FROM actions"))
        progress = dict(con.execute("SELECT code, progress_pct FROM actions"))
        dates = dict(con.execute("SELECT code, start_date FROM actions"))
    con.close()
    # The axis typed once, in a cell merged down over its actions, reaches each of them.
    assert axes == fx.PLAN_AXES
    assert float(budgets["A1.1"]) == 12_500_000  # "$ 12.500.000"
    # "45%" text, 0 number, "10%", "100%", and 0.6 in a percent-formatted cell.
    assert progress == {"A1.1": 45, "A1.2": 0, "A1.3": 10, "A2.1": 100, "A2.2": 60}
    assert dates["A1.1"] == date(2025, 3, 15).isoformat()  # "15/03/2025" as text


def test_people_match_the_directory_and_keep_leading_zeros(template_database, tmp_path) -> None:
    db_file = tmp_path / "people.sqlite3"
    shutil.copyfile(template_database, db_file)
    database = open_database(db_file, None)
    try:
        service = ImportService(database.uow, lambda: "tester")
        service.import_file(FIXTURES / REFERENCE, ImportKind.ORGANIZATIONS)
        _, _, result = service.import_file(FIXTURES / "personas.xlsx", ImportKind.PEOPLE)
    finally:
        database.close()
    assert not result.rejected, result.rejected
    assert result.created == 5
    # Only the organization missing from the padrón is created; the others match by name
    # (case, accents and the legal form "Ltda" ignored).
    assert result.organizations_created == ("Empresa Nueva de Prueba S.A.C.",)
    with sqlite3.connect(db_file) as con:
        people = {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT p.full_name, p.national_id, o.short_name, p.gender, p.consent_on "
                "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id"
            )
        }
    con.close()
    assert people["Rosa Mahua Sánchez"] == ("01234567", "COOPASHI", "female", "2025-03-15")
    assert people["Jorge Peña Ríos"] == ("40123456", "ASEFU", "male", "2025-03-15")
    assert people["Ñusta Campos Shuña"][:2] == ("00456789", "AFIA")


def test_excel_errors_and_formulas_without_a_value_reject_their_row(
    template_database, tmp_path
) -> None:
    """#N/A and #DIV/0! cells, and a formula saved without its value (openpyxl and some export
    tools write them so), are never imported as if the cell were empty."""
    db_file = tmp_path / "errors.sqlite3"
    shutil.copyfile(template_database, db_file)
    database = open_database(db_file, None)
    try:
        service = ImportService(database.uow, lambda: "tester")
        _, _, result = service.import_file(
            FIXTURES / "formulas_y_errores.xlsx", ImportKind.ORGANIZATIONS
        )
    finally:
        database.close()
    rejected = {e.row: e.column for e in result.rejected}
    assert rejected == {3: "N° de socios", 4: "N° de socios", 5: "Fecha de registro"}
    assert result.created == 2
    assert [o["name"] for o in stored_organizations(db_file)] == [
        "Asociación de Castañeros de Madre de Dios",
        "Asociación de Mujeres Artesanas Shipibo",
    ]
