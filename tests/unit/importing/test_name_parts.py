"""A person's name split over columns ("Nombres | Apellido paterno | Apellido materno"), as
Latin American rosters write it: mapped to the name parts, stored as one full name, matched by
it, in the wizard's pipeline and headless, with remembered mappings, rejects and undo.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of, scalar

from agencydesk.cli import main
from agencydesk.data.repos import importing_batches as batch_repo
from agencydesk.domain.importing.headers import header_signature, map_headers
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.name_parts import join_name, shown_fields
from agencydesk.services.database import Database
from agencydesk.services.importing import mappings
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch
from agencydesk.services.importing.templates import template_fields

HELD = 3  # demo meeting, held: Karina Flores Mozombite attended
PARTS = {"given_names", "middle_names", "surname", "second_surname"}


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def xlsx(path: Path, header: list[Any], rows: list[list[Any]], title: str) -> Path:
    """A partner's sheet: a title, a blank row, then the header and the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Padrón"
    sheet.append([title])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def semicolon_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def preview_of(importer: ImportService, path: Path, kind: ImportKind, **changes: Any):
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, kind), **changes)
    return loaded, importer.preview(loaded, setup)


def reasons(preview: Any) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


def names_in(database: Database, like: str) -> list[str]:
    sql = f"SELECT full_name FROM people WHERE full_name LIKE '{like}' ORDER BY full_name"
    return [r[0] for r in rows_of(database, sql)]


# --- the mapping ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [ImportKind.PEOPLE, ImportKind.ATTENDANCE])
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Nombres", "Apellido paterno", "Apellido materno"],
         ["given_names", "surname", "second_surname"]),
        (["NOMBRE(S)", "PRIMER APELLIDO", "SEGUNDO APELLIDO"],
         ["given_names", "surname", "second_surname"]),
        (["nombre", "apellidos"], ["given_names", "surname"]),
        # Colombia: the second given name has a column of its own.
        (["Primer nombre", "Segundo nombre", "Primer apellido", "Segundo apellido"],
         ["given_names", "middle_names", "surname", "second_surname"]),
        (["Apellidos", "Nombres"], ["surname", "given_names"]),
        (["Nome", "Sobrenome"], ["given_names", "surname"]),
        (["First name", "Last name"], ["given_names", "surname"]),
        (["Name", "Surname"], ["given_names", "surname"]),
        (["Given names", "Surname"], ["given_names", "surname"]),
        # The whole name wins; the surname columns only name rows whose whole name is empty.
        (["Nombre completo", "Apellido paterno"], ["full_name", "surname"]),
        (["Nombres", "Apellidos", "Nombre completo"], ["given_names", "surname", "full_name"]),
        # Mexican abbreviations.
        (["Nombre", "Ap. Paterno", "Ap. Materno"], ["given_names", "surname", "second_surname"]),
        (["Nombre", "Paterno", "Materno"], ["given_names", "surname", "second_surname"]),
        # The whole name first: "Nombres" beside it names the rows whose whole name is empty.
        (["Nombre completo", "Nombres", "Apellido paterno"],
         ["full_name", "given_names", "surname"]),
        # A header naming a surname and a name holds the whole name, never a surname part
        # (which had "Contacto" joined to it as given names).
        (["Apellidos, nombres", "Contacto"], ["full_name"]),
        (["Nombre y apellidos", "Institución", "Contacto"], ["full_name", "organization"]),
        (["Apellido(s) y nombre(s)"], ["full_name"]),
        (["Last name, first name", "Person"], ["full_name"]),
        # Alone, a bare "Nombre" is the best name the sheet has, as before.
        (["Nombre", "Cargo"], ["full_name", "position"]),
        (["Nombres y apellidos", "Cargo"], ["full_name", "position"]),
    ],
)  # fmt: skip
def test_split_name_headers_map_to_the_name_parts(
    kind: ImportKind, header: list[str], expected: list[str]
) -> None:
    assert list(map_headers(header, kind).values()) == expected


def test_other_kinds_have_no_name_parts() -> None:
    header = ["Nombre de la organización", "Nombres", "Apellido paterno", "Tipo de actor"]
    assert not PARTS & set(map_headers(header, ImportKind.ORGANIZATIONS).values())
    assert not PARTS & set(map_headers(["Acuerdo", "Apellido paterno"], ImportKind.AGREEMENTS))


def test_templates_keep_one_full_name_column() -> None:
    for kind in (ImportKind.PEOPLE, ImportKind.ATTENDANCE):
        names = [s.name for s in template_fields(kind)]
        assert "full_name" in names and not PARTS & set(names)


def test_joining_and_the_fields_shown() -> None:
    assert join_name(["  Ana María ", "Quispe", None, ""]) == "Ana María Quispe"
    assert join_name([None, "Quispe", "Huamán"]) == "Quispe Huamán"
    assert join_name([None, " "]) == ""
    # What rosters type for "none" is no part of the name.
    assert join_name(["Omar", "Díaz", "S/N"]) == "Omar Díaz"
    assert join_name(["Laura", "Martínez", "-"]) == "Laura Martínez"
    assert join_name(["Eva", "Luna", "N/A"]) == "Eva Luna"
    assert shown_fields(["given_names", "surname", "national_id"]) == ["full_name", "national_id"]
    assert shown_fields(["full_name", "surname", "email"]) == ["full_name", "email"]
    assert shown_fields(["email", "surname", "full_name"]) == ["email", "full_name"]


# --- the pipeline --------------------------------------------------------------------------

ROSTER_HEADER = ["N°", "Nombres", "Apellido Paterno", "Apellido Materno", "DNI", "Institución"]


def test_a_roster_with_split_names_stores_whole_names(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "padron.xlsx",
        ROSTER_HEADER,
        [
            [1, "Ana María", "Quispe", "Huamán", "71234501", "Cooperativa Agraria Río Tambo"],
            [2, "  José Luis ", "Ñahui", None, "71234502", None],  # no second surname
            [3, None, "Mamani", "Condori", "71234503", None],  # only surnames
            [4, None, None, None, "71234504", "Municipalidad"],  # no name at all
        ],
        "PADRÓN DE PRODUCTORES 2025",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    setup = preview.setup
    assert setup.header_row == 2
    assert setup.mapping == {
        1: "given_names", 2: "surname", 3: "second_surname", 4: "national_id", 5: "organization",
    }  # fmt: skip
    # The preview holds the name as it is stored, and no part (parts are no table's columns).
    assert [r.values().get("full_name") for r in preview.rows] == [
        "Ana María Quispe Huamán", "José Luis Ñahui", "Mamani Condori", None,
    ]  # fmt: skip
    assert all(not PARTS & set(r.cells) for r in preview.rows)
    assert preview.rows[1].cells["full_name"].reason == "trimmed"
    assert reasons(preview) == {7: ["required"]}
    error = preview.rows[3].errors[0]
    assert (error.field, error.column) == (
        "full_name",
        "Nombres + Apellido Paterno + Apellido Materno",
    )

    assert [r.match for r in preview.rows] == [None] * 4
    result = importer.run(loaded, preview)
    assert result.created == 3
    assert names_in(demo_database, "Ana María%") == ["Ana María Quispe Huamán"]
    assert names_in(demo_database, "José Luis Ñahui") == ["José Luis Ñahui"]
    assert names_in(demo_database, "Mamani Condori") == ["Mamani Condori"]
    sort_name = scalar(demo_database, "SELECT sort_name FROM people WHERE national_id = '71234501'")
    assert sort_name == "ana maria quispe huaman"

    # Rejects repeat the partner's own columns; undo removes the people.
    out = tmp_path / "rechazadas.xlsx"
    assert importer.write_rejects(loaded, preview, out) == 1
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == [*ROSTER_HEADER, "Error"]
    assert sheet.cell(2, 5).value == "71234504"
    assert result.batch_id is not None
    importer.undo(result.batch_id)
    assert names_in(demo_database, "Ana María%") == []


def test_an_existing_person_is_matched_by_the_joined_name(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    person_id, full_name = rows_of(
        demo_database, "SELECT id, full_name FROM people WHERE full_name LIKE '% % %' ORDER BY id"
    )[0]
    given, surname, *rest = full_name.split()
    path = xlsx(
        tmp_path / "contactos.xlsx",
        ["Nombre", "Primer apellido", "Segundo apellido", "Cargo"],
        [[given.upper(), surname, " ".join(rest), "Coordinadora de campo"]],
        "CONTACTOS",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    (row,) = preview.rows
    assert row.match is not None and (row.match.record_id, row.match.by) == (person_id, "name")
    result = importer.run(loaded, preview)
    assert result.updated == 1 and result.created == 0
    position = scalar(demo_database, f"SELECT position FROM people WHERE id = {person_id}")
    assert position == "Coordinadora de campo"
    # The name the file writes in capitals replaces the stored one (on update), whole.
    stored = scalar(demo_database, f"SELECT full_name FROM people WHERE id = {person_id}")
    assert stored == join_name([given.upper(), surname, " ".join(rest)])


def test_a_whole_name_column_wins_over_the_parts(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "lista.xlsx",
        ["Nombre completo", "Apellido paterno", "Apellido materno", "Correo"],
        [
            ["Rosa Tuesta Ríos", "Tuesta", "Ríos", "rosa@example.pe"],
            [None, "Pinedo", "Ushiñahua", "pinedo@example.pe"],
        ],
        "Lista",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.values()["full_name"] for r in preview.rows] == [
        "Rosa Tuesta Ríos", "Pinedo Ushiñahua",
    ]  # fmt: skip
    assert importer.run(loaded, preview).created == 2


def test_a_joined_name_too_long_is_refused_not_cut(importer: ImportService, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "largo.xlsx",
        ["Nombres", "Apellido paterno", "Apellido materno"],
        [["A" * 150, "B" * 100, "C" * 60], ["Ana", "Quispe", "Huamán"]],
        "Largo",
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert reasons(preview) == {4: ["too_long"]}
    error = preview.rows[0].errors[0]
    assert error.field == "full_name" and len(error.value) == 312


def test_a_sign_in_sheet_with_split_names_matches_the_meeting_list(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["Nombres", "Apellido paterno", "Apellido materno", "Asistió"],
        [["Karina", "Flores", "Mozombite", "No"], ["Zoila Rosa", "Panduro", "Arévalo", "Sí"]],
        "LISTA DE ASISTENCIA — TERCERA SESIÓN",
    )
    loaded, preview = preview_of(
        importer, path, ImportKind.ATTENDANCE, meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    assert reasons(preview) == {}
    karina, zoila = preview.rows
    assert karina.match is not None and karina.match.by == "name"
    assert zoila.match is None and zoila.values()["full_name"] == "Zoila Rosa Panduro Arévalo"
    importer.run(loaded, preview)
    assert names_in(demo_database, "Zoila Rosa%") == ["Zoila Rosa Panduro Arévalo"]


# --- remembered mappings -------------------------------------------------------------------


def test_a_mapping_with_name_parts_is_remembered(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    header = ["Nombres", "Apellidos", "Celular", "Notas"]
    path = xlsx(tmp_path / "a.xlsx", header, [["Luz", "Vela Ríos", "987654321", "x"]], "A")
    loaded = importer.load(path)
    # The user maps the notes column to the second surname by hand (a sheet's own habit).
    setup = replace(
        importer.propose(loaded, ImportKind.PEOPLE),
        mapping={0: "given_names", 1: "surname", 2: "phone", 3: "second_surname"},
    )
    importer.run(loaded, importer.preview(loaded, setup))
    again = importer.propose(importer.load(path), ImportKind.PEOPLE)
    assert again.mapping == {0: "given_names", 1: "surname", 2: "phone", 3: "second_surname"}
    assert names_in(demo_database, "Luz %") == ["Luz Vela Ríos x"]


def remember_as_before(session: Any, sheet: Any, mapping: dict[int, str]) -> None:
    """A mapping as versions before name parts remembered it: the mapped columns only."""
    signature = header_signature(mappings.header_cells(sheet, 2))
    batch_repo.remember_mapping(session, ImportKind.PEOPLE.value, signature, mapping)


def test_a_surname_the_user_left_out_stays_out(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """A sheet whose "Nombres" holds whole names and "Apellidos" repeats the surnames: the user
    maps "Nombres" to the full name and leaves "Apellidos" out. The next file with these
    headers keeps that choice; adding the surnames back stored "Ana Quispe Huamán Quispe
    Huamán"."""
    header = ["Nombres", "Apellidos", "Cargo"]
    path = xlsx(tmp_path / "c.xlsx", header, [["Ana Quispe Huamán", "Quispe Huamán", "Socia"]], "C")
    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.PEOPLE), mapping={0: "full_name", 2: "position"}
    )
    importer.run(loaded, importer.preview(loaded, setup))
    again = xlsx(
        tmp_path / "d.xlsx", header, [["Rosa Tuesta Ríos", "Tuesta Ríos", "Tesorera"]], "C"
    )
    loaded = importer.load(again)
    setup = importer.propose(loaded, ImportKind.PEOPLE)
    assert setup.mapping == {0: "full_name", 2: "position"}
    importer.run(loaded, importer.preview(loaded, setup))
    assert names_in(demo_database, "Rosa Tuesta%") == ["Rosa Tuesta Ríos"]


def test_a_mapping_remembered_before_name_parts_gets_the_surnames(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    header = ["Nombres", "Apellido paterno", "Apellido materno", "Cargo"]
    path = xlsx(tmp_path / "b.xlsx", header, [["Hugo", "Ruiz", "Soto", "Técnico"]], "B")
    loaded = importer.load(path)
    sheet = loaded.workbook.sheets[0]
    with demo_database.uow() as session:  # what an earlier version remembered: no surnames
        remember_as_before(session, sheet, {0: "full_name", 3: "position"})
    setup = importer.propose(loaded, ImportKind.PEOPLE)
    assert setup.mapping == {0: "given_names", 1: "surname", 2: "second_surname", 3: "position"}
    # A column the user gave another field keeps it.
    with demo_database.uow() as session:
        remember_as_before(session, sheet, {0: "full_name", 2: "notes"})
    assert importer.propose(loaded, ImportKind.PEOPLE).mapping == {
        0: "given_names", 1: "surname", 2: "notes",
    }  # fmt: skip


# --- headless ------------------------------------------------------------------------------


def test_the_cli_imports_a_csv_with_split_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, report = tmp_path / "oficina.sqlite3", tmp_path / "informe.json"
    source = semicolon_csv(
        tmp_path / "participantes.csv",
        [
            ["Registro de participantes — Taller de poda"],
            [],
            ["Nombre(s)", "Primer apellido", "Segundo apellido", "Correo electrónico"],
            ["María José", "Pérez", "Gutiérrez", "mjperez@example.mx"],
            ["Ángel", "Ibáñez", "", ""],
        ],
    )
    args = ["--db", str(db), "import", str(source), "--as", "people", "--report", str(report)]
    assert main(args) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["mapping"] == {
        "Nombre(s)": "given_names",
        "Primer apellido": "surname",
        "Segundo apellido": "second_surname",
        "Correo electrónico": "email",
    }
    assert data["header_row"] == 3 and data["created"] == 2 and data["rejected"] == []

    # Again: the same people, matched by e-mail and by the joined name.
    assert main(args) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert sorted((m["row"], m["by"]) for m in data["matches"]) == [(4, "email"), (5, "name")]
    assert data["created"] == 0
    capsys.readouterr()
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT full_name FROM people ORDER BY id")]
    finally:
        conn.close()
    assert names == ["María José Pérez Gutiérrez", "Ángel Ibáñez"]


def test_a_colombian_roster_keeps_the_second_given_name(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """ "Primer nombre | Segundo nombre | Primer apellido | Segundo apellido": dropping the
    second column stored "Juan Pérez Gómez" for Juan Carlos."""
    path = xlsx(
        tmp_path / "inscritos.xlsx",
        ["Primer nombre", "Segundo nombre", "Primer apellido", "Segundo apellido", "Cédula"],
        [
            ["Juan", "Carlos", "Pérez", "Gómez", "1098765432"],
            ["Luz", None, "Ríos", "Vanegas", "1098765433"],
        ],
        "INSCRITOS MESA DE CACAO - SANTANDER",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.values().get("full_name") for r in preview.rows] == [
        "Juan Carlos Pérez Gómez", "Luz Ríos Vanegas",
    ]  # fmt: skip
    assert importer.run(loaded, preview).created == 2
    assert names_in(demo_database, "Juan Carlos P%") == ["Juan Carlos Pérez Gómez"]
