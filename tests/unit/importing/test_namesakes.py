"""Namesakes: two "Juan Pérez" in the directory, one at a cooperative, one at a ministry.

Before, a row "Juan Pérez | Ministerio de la Producción" with --on-match update moved the
cooperative's Juan Pérez (the oldest) to the ministry, and the directory's export imported
into a fresh database dropped the second Juan Pérez as a repeat of the first. Now the row's
organization says which, a row that cannot say is refused, and two exported records (two
uuids) are never one. Partner-like files written with openpyxl, read with python-calamine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pipeline_support import rows_of
from test_name_parts import preview_of, reasons, xlsx

from agencydesk.cli import main
from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService

HEADER = ["Nombres y apellidos", "DNI", "Institución", "Cargo"]
COOPERATIVE = "Cooperativa Agraria Cafetalera El Quinde"
MINISTRY = "Ministerio de la Producción"
TITLE = "DIRECTORIO DE CONTACTOS 2025"


@pytest.fixture
def importer(database: Database, tmp_path: Path) -> ImportService:
    """A directory with two Juan Pérez (other DNIs, other organizations)."""
    service = ImportService(database.uow, lambda: "tester")
    rows = [
        ["Juan Pérez", "40111222", COOPERATIVE, "Socio"],
        ["Juan Pérez", "40333444", MINISTRY, "Especialista"],
    ]
    path = xlsx(tmp_path / "directorio.xlsx", HEADER, rows, TITLE)
    _, _, result = service.import_file(path, ImportKind.PEOPLE)
    assert result.created == 2
    return service


def people(database: Database) -> set[tuple[str, str, str | None]]:
    sql = (
        "SELECT p.national_id, o.name, p.position FROM people p "
        "JOIN organizations o ON o.id = p.organization_id"
    )
    return set(rows_of(database, sql))


def test_the_organization_says_which_namesake_a_row_is(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    rows = [["Juan Pérez", None, "Ministerio de la Producción", "Director de Innovación"]]
    path = xlsx(tmp_path / "contactos.xlsx", HEADER, rows, TITLE)
    _, _, result = importer.import_file(path, ImportKind.PEOPLE, on_match="update")
    assert (result.created, result.updated) == (0, 1)
    assert people(database) == {
        ("40111222", COOPERATIVE, "Socio"),
        ("40333444", MINISTRY, "Director de Innovación"),
    }


def test_a_namesake_row_without_an_organization_is_refused(
    importer: ImportService, tmp_path: Path
) -> None:
    rows = [
        ["Juan Pérez", None, None, "Director"],
        ["Juan Pérez", "40333444", None, "Director"],  # its DNI says who: imported
    ]
    path = xlsx(tmp_path / "contactos.xlsx", HEADER, rows, TITLE)
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert reasons(preview) == {4: ["namesakes"]}
    assert [r.match.by for r in preview.rows if r.match] == ["national_id"]


def test_a_namesake_at_another_organization_is_someone_new(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    rows = [["Juan Pérez", None, "Municipalidad Distrital de Yarinacocha", "Regidor"]]
    path = xlsx(tmp_path / "contactos.xlsx", HEADER, rows, TITLE)
    _, _, result = importer.import_file(path, ImportKind.PEOPLE, on_match="update")
    assert (result.created, result.updated) == (1, 0)
    assert len(people(database)) == 3


def test_a_single_holder_of_a_name_is_still_found_by_it(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    rows = [["Rosa Vela", "41000111", COOPERATIVE, None]]
    importer.import_file(xlsx(tmp_path / "a.xlsx", HEADER, rows, TITLE), ImportKind.PEOPLE)
    rows = [["Rosa Vela", None, MINISTRY, "Asesora"]]  # she moved to the ministry
    path = xlsx(tmp_path / "b.xlsx", HEADER, rows, TITLE)
    _, _, result = importer.import_file(path, ImportKind.PEOPLE, on_match="update")
    assert (result.created, result.updated) == (0, 1)
    assert ("41000111", MINISTRY, "Asesora") in people(database)


@pytest.mark.parametrize(("entity", "kind"), [("people", "people"), ("organizations", None)])
def test_the_directory_export_comes_back_whole_in_a_fresh_database(
    entity: str,
    kind: str | None,
    importer: ImportService,
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    if database.path is None:
        pytest.skip("the command line's export reads a database file")
    if kind is None:  # three associations of one name, one of them without a RUC
        actors = ActorsService(database.uow, lambda: "tester")
        for tax_id, sector in (("20111111111", "Café"), ("20222222222", "Cacao"), (None, "Miel")):
            draft = OrganizationDraft(
                "Asociación de Productores San Juan", None, ActorType.PRIVATE, None, sector, tax_id
            )
            actors.create_organization(draft)
    source = str(database.path)
    exported = tmp_path / f"{entity}.xlsx"
    assert main(["--db", source, "export", entity, "--out", str(exported)]) == 0
    fresh = tmp_path / "nueva.sqlite3"
    code = main(["--db", str(fresh), "import", str(exported), "--as", entity])
    assert code == 0, capsys.readouterr().err
    count = f"SELECT COUNT(*) FROM {entity}"
    with sqlite3.connect(fresh) as copy:
        assert copy.execute(count).fetchone() == (rows_of(database, count)[0][0],)
