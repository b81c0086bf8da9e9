"""An organizations sheet with a "Sigla" column: the sigla of one organization of the
directory, beside a name that may be its, finds it (before, "Corporación Nacional Forestal |
CONAF" created a second CONAF next to "Corporación Nacional Forestal — Oficina Regional Los
Ríos"). A name that is clearly another's, or another RUT, keeps them apart. Partner-like files
written with openpyxl, read with python-calamine, into the demo directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pipeline_support import scalar
from test_name_parts import preview_of, xlsx

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import RowChoice

CONAF = 52  # demo: "Corporación Nacional Forestal — Oficina Regional Los Ríos", CONAF
HEADER = ["Nombre de la institución", "Sigla", "RUT", "Tipo de actor"]
TITLE = "ACTORES DEL PROGRAMA TERRITORIAL — REGIÓN DE LOS RÍOS"


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def _matches(importer: ImportService, path: Path) -> dict[int, tuple[int | None, str | None]]:
    _, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert not [r.errors for r in preview.rows if r.errors]
    return {
        r.row: (r.match.record_id, r.match.by) if r.match else (None, None) for r in preview.rows
    }


def test_a_sigla_with_the_name_shortened_finds_the_organization(
    importer: ImportService, tmp_path: Path
) -> None:
    rows = [
        ["Corporación Nacional Forestal", "CONAF", None, "Público"],
        ["CORPORACION NACIONAL FORESTAL LOS RIOS", "C.O.N.A.F.", None, "Público"],
    ]
    path = xlsx(tmp_path / "actores.xlsx", HEADER, rows, TITLE)
    assert _matches(importer, path) == {4: (CONAF, "short_name"), 5: (CONAF, "short_name")}


def test_a_sigla_beside_another_name_or_another_rut_is_no_match(
    importer: ImportService, tmp_path: Path
) -> None:
    rows = [
        # The sigla copied down a column onto the next organization.
        ["Municipalidad de Los Lagos", "CONAF", None, "Público"],
        # The same words and sigla with another RUT: another body (a namesake, a branch).
        ["Corporación Nacional Forestal", "CONAF", "99.999.999-9", "Público"],
    ]
    path = xlsx(tmp_path / "actores.xlsx", HEADER, rows, TITLE)
    assert _matches(importer, path) == {4: (None, None), 5: (None, None)}


def test_the_organization_keeps_its_full_name_and_no_second_conaf_is_created(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    before = scalar(demo_database, "SELECT COUNT(*) FROM organizations")
    rows = [["Corporación Nacional Forestal", "CONAF", None, "Público"]]
    path = xlsx(tmp_path / "actores.xlsx", HEADER, rows, TITLE)
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    result = importer.run(loaded, preview, {4: RowChoice.UPDATE})
    assert (result.created, result.updated + result.unchanged) == (0, 1)
    assert scalar(demo_database, "SELECT COUNT(*) FROM organizations") == before
    name = scalar(demo_database, f"SELECT name FROM organizations WHERE id = {CONAF}")
    assert name == "Corporación Nacional Forestal — Oficina Regional Los Ríos"


def test_the_command_line_reports_the_match_by_sigla(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    rows = [["Corporación Nacional Forestal", "CONAF", None, "Público"]]
    path = xlsx(tmp_path / "actores.xlsx", HEADER, rows, TITLE)
    db = tmp_path / "agencydesk.sqlite3"
    db.write_bytes(demo_template.read_bytes())
    report = tmp_path / "informe.json"
    code = main(
        ["--db", str(db), "import", str(path), "--as", "organizations", "--report", str(report)]
    )
    assert code == 0, capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["created"] == 0
    assert [(m["id"], m["by"]) for m in data["matches"]] == [(CONAF, "short_name")]
