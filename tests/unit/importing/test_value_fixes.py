"""Regressions of the values an import reads: the export's formula guard, presence words, files
that are not spreadsheets, pre-numbered blank rows, the organization's name column, the
headers of our own exports and the decimal point of a number column."""

from __future__ import annotations

import codecs
import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agencydesk.domain.enums import Gender, Presence
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.columns import column_decimal_comma
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import ImportKind, field_spec, fields, required_fields
from agencydesk.domain.importing.results import CellStatus
from agencydesk.domain.importing.values import normalize
from agencydesk.domain.importing.vocabulary import choice_for, presence_for
from agencydesk.domain.importing.workbook import FileFormat
from agencydesk.services.database import Database
from agencydesk.services.export import export_entity
from agencydesk.services.importing.reading import read_workbook
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch
from agencydesk.services.importing.sniff import sniff
from agencydesk.services.importing.textfile import read_text_file

FOREST_PLAN = 1  # demo: actions A1.1 ... of the Mesa Ejecutiva Forestal
COFFEE_PLAN = 2  # demo: indicator "Rendimiento promedio de café pergamino"
HELD = 3  # demo: a held meeting of the forest table


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def preview_of(importer: ImportService, path: Path, kind: ImportKind, **changes: Any):
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, kind), **changes)
    return loaded, importer.preview(loaded, setup)


# --- 1. the apostrophe our CSV export puts before "+52 ...", "=..." ------------------------


def test_the_export_formula_guard_is_dropped_and_other_apostrophes_kept(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "contactos.csv",
        [
            ["Nombre completo", "Teléfono", "Observaciones"],
            ["Ana Torres", "'+52 962 211 6757", "'=SUMA(A1:A3)"],
            ["Luis Paz", "'-guion inicial", "'@mención"],
            ["Rosa O'Higgins", "'961 000 111", "'Los Andes'"],
        ],
    )
    rows = read_text_file(path, 1000, 50, 10**7, 30.0).sheets[0].rows
    assert rows[1] == ["Ana Torres", "+52 962 211 6757", "=SUMA(A1:A3)"]
    assert rows[2] == ["Luis Paz", "-guion inicial", "@mención"]
    # Not what the export adds: data, kept as typed.
    assert rows[3] == ["Rosa O'Higgins", "'961 000 111", "'Los Andes'"]


def test_a_people_export_imported_back_changes_nothing(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "personas.csv"
    export_entity(demo_database.uow, "people", out)
    assert "'+" in out.read_text("utf-8-sig")  # the guard is there to be removed
    loaded, preview = preview_of(importer, out, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    result = importer.run(loaded, preview)
    assert result.rejected == ()
    assert (result.created, result.updated) == (0, 0)
    assert result.unchanged == 80


# --- 2. "Justificado" and the letters of sign-in sheets in a presence column -----------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Justificado", Presence.EXCUSED),
        ("justificada", Presence.EXCUSED),
        ("Con justificación", Presence.EXCUSED),
        ("Excusado", Presence.EXCUSED),
        ("con excusa", Presence.EXCUSED),
        ("Licencia", Presence.EXCUSED),
        ("Justificou", Presence.EXCUSED),
        ("Excused", Presence.EXCUSED),
        ("J", Presence.EXCUSED),
        ("P", Presence.ATTENDED),
        ("Presente", Presence.ATTENDED),
        ("X", Presence.ATTENDED),
        ("Sí", Presence.ATTENDED),
        ("F", Presence.ABSENT),
        ("A", Presence.ABSENT),
        ("Ausente", Presence.ABSENT),
        ("No asistió", Presence.ABSENT),
        ("no", Presence.ABSENT),
    ],
)
def test_presence_words(text: str, state: Presence) -> None:
    assert presence_for(text) is state


def test_a_presence_column_reads_excused_as_not_attended() -> None:
    attended = field_spec(ImportKind.ATTENDANCE, "attended")
    excused = field_spec(ImportKind.ATTENDANCE, "excused")
    cell = normalize("Justificado", attended)
    assert (cell.status, cell.value, cell.reason) == (
        CellStatus.CORRECTED,
        False,
        "excused_absence",
    )
    assert normalize("P", attended).value is True
    assert normalize("F", attended).value is False
    assert normalize("quizás", attended).reason == "bad_bool"
    # In a "Justificó" column the same word is a yes; the letters stay out of other columns.
    assert normalize("Justificado", excused).value is True
    assert normalize("P", excused).status is CellStatus.INVALID
    assert choice_for(Gender, "F") is Gender.FEMALE


def test_a_sign_in_sheet_records_excused_absences(importer: ImportService, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "asistencia.csv",
        [
            ["Nombre completo", "Institución", "Asistencia"],
            ["Carmen Ríos Vela", "SERFOR", "Presente"],
            ["Jorge Tapia Luna", "SERFOR", "Justificado"],
            ["Pedro Soto Ruiz", "SERFOR", "P"],
            ["María Núñez Paz", "SERFOR", "F"],
            ["Inés Vargas Solís", "SERFOR", "J"],
            ["Raúl Medina Cano", "SERFOR", "Con licencia"],
        ],
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert preview.rejected == ()
    got = {
        r.values()["full_name"]: (r.values().get("attended"), r.values().get("excused"))
        for r in preview.rows
    }
    assert got == {
        "Carmen Ríos Vela": (True, None),
        "Jorge Tapia Luna": (False, True),
        "Pedro Soto Ruiz": (True, None),
        "María Núñez Paz": (False, None),
        "Inés Vargas Solís": (False, True),
        "Raúl Medina Cano": (False, True),
    }
    result = importer.run(loaded, preview)
    assert result.created == 6


def test_an_excused_column_of_the_sheet_is_not_overruled(
    importer: ImportService, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "asistencia2.csv",
        [
            ["Nombre completo", "Asistió", "Justificó"],
            ["Carmen Ríos Vela", "Justificado", ""],
            ["Jorge Tapia Luna", "Justificado", "No"],
        ],
    )
    _, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    cells = [(r.values().get("attended"), r.values().get("excused")) for r in preview.rows]
    assert cells == [(False, True), (False, False)]


# --- 3. JSON and other text that is not a spreadsheet ----------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'[\n  {"id": 1, "name": "Cooperativa Agraria Divisoria"}\n]\n',
        codecs.BOM_UTF8 + b'  \n{"organizaciones": []}',
        b"[]",
        "<table><tr><td>Razón social</td></tr></table>".encode(),
    ],
)
def test_json_and_markup_are_refused_as_not_a_spreadsheet(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "organizaciones.json"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_workbook(path)
    assert caught.value.code == "import_unsupported_format"
    assert "organizaciones.json" in str(caught.value)
    assert "not a spreadsheet" in str(caught.value)


def test_text_in_square_brackets_is_still_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "padron.csv"
    path.write_text("[Nombre];[Tipo]\nCooperativa Divisoria;Privado\n", "utf-8")
    assert sniff(path) is FileFormat.CSV


def test_one_line_of_text_named_like_a_workbook_is_damaged(tmp_path: Path) -> None:
    stub = tmp_path / "padron.xls"
    stub.write_bytes(b"Attachment f:\\adjuntos\\padron.xls not found!")
    with pytest.raises(UserError) as caught:
        sniff(stub)
    assert caught.value.code == "import_damaged"
    # A CSV renamed .xlsx (a header and rows) is still read as one.
    renamed = write_csv(
        tmp_path / "padron.xlsx", [["Razón social", "Tipo"], ["Cooperativa", "Privado"]]
    )
    assert sniff(renamed) is FileFormat.CSV
    # One line in a .csv is the CSV's business (a header without rows), not a damaged file.
    header_only = write_csv(tmp_path / "solo.csv", [["Razón social", "Tipo"]])
    assert sniff(header_only) is FileFormat.CSV


# --- 4. rows with only their pre-filled number -----------------------------------------------


def test_pre_numbered_empty_action_rows_are_blank(importer: ImportService, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["N°", "Eje", "Acción", "Institución responsable", "Presupuesto"]]
    rows.append([1, "Eje 7", "Vivero forestal comunal", None, 15000])
    rows.append([2, "Eje 7", "Taller de secado de madera", None, None])
    rows.extend([[n, None, None, None, None] for n in range(3, 21)])
    path = write_xlsx(tmp_path / "acciones_numeradas.xlsx", rows)
    _, preview = preview_of(importer, path, ImportKind.ACTIONS, plan_id=FOREST_PLAN)
    assert preview.setup.mapping[0] == "code"
    assert preview.rejected == ()
    assert [r.row for r in preview.rows] == [2, 3]
    assert preview.skipped_blank == 18


def test_pre_numbered_empty_agreement_rows_are_blank(
    importer: ImportService, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [["N°", "Acuerdo", "Institución responsable", "Fecha límite"]]
    rows.append([1, "Enviar el padrón de aserraderos a la mesa", None, None])
    rows.extend([[n, None, None, None] for n in range(2, 11)])
    path = write_xlsx(tmp_path / "acuerdos_numerados.xlsx", rows)
    _, preview = preview_of(importer, path, ImportKind.AGREEMENTS, meeting_id=HELD)
    assert preview.rejected == ()
    assert len(preview.rows) == 1
    assert preview.skipped_blank == 9


def test_a_progress_row_keeps_its_code_as_content(importer: ImportService, tmp_path: Path) -> None:
    # The code is the key of a progress sheet: a row with only a code is not "blank".
    path = write_xlsx(tmp_path / "avance.xlsx", [["Código", "% de avance"], ["A1.1", None]])
    _, preview = preview_of(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)
    assert len(preview.rows) == 1
    assert preview.skipped_blank == 0


# --- 5. "Institución" beats a bare "Nombre" for an organization ------------------------------

DIRECTORY = ["N°", "Nombre", "Cargo", "Institución", "Tipo de institución", "Correo"]


def test_the_specific_synonym_names_the_organization() -> None:
    mapping = map_headers(DIRECTORY, ImportKind.ORGANIZATIONS)
    assert mapping[3] == "name"
    assert 1 not in mapping
    assert mapping[4] == "actor_type"
    # Read as people, the same sheet keeps the person's name and the organization.
    people = map_headers(DIRECTORY, ImportKind.PEOPLE)
    assert (people[1], people[2], people[3]) == ("full_name", "position", "organization")


@pytest.mark.parametrize("specific", ["Razón social", "Entidad", "Nombre de la organización"])
def test_other_specific_headers_win_over_nombre(specific: str) -> None:
    mapping = map_headers(["Nombre", "Cargo", specific, "Tipo"], ImportKind.ORGANIZATIONS)
    assert mapping[2] == "name"


def test_a_bare_nombre_still_names_the_organization_alone() -> None:
    mapping = map_headers(["Nombre", "Tipo", "RUC", "Dirección"], ImportKind.ORGANIZATIONS)
    assert mapping[0] == "name"


def test_a_directory_imports_its_institutions(importer: ImportService, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "directorio.csv",
        [
            DIRECTORY,
            [1, "Ana Torres", "Gerente", "Cooperativa Cafetalera Río Verde", "Privado", "a@rv.pe"],
            [2, "Luis Paz", "Alcalde", "Municipalidad Distrital de Irazola", "Público", ""],
        ],
    )
    _, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    names = [r.values()["name"] for r in preview.rows]
    assert names == ["Cooperativa Cafetalera Río Verde", "Municipalidad Distrital de Irazola"]


# --- 6. the headers of our own exports map back ------------------------------------------------

EXPORTS = [
    ("organizations", ImportKind.ORGANIZATIONS),
    ("people", ImportKind.PEOPLE),
    ("actions", ImportKind.ACTIONS),
    ("actions", ImportKind.PROGRESS),
    ("agreements", ImportKind.AGREEMENTS),
    ("attendances", ImportKind.ATTENDANCE),
    ("measurements", ImportKind.MEASUREMENTS),
]


@pytest.mark.parametrize(("entity", "kind"), EXPORTS)
def test_every_export_maps_back_to_its_kind(
    demo_database: Database, tmp_path: Path, entity: str, kind: ImportKind
) -> None:
    out = tmp_path / f"{entity}.csv"
    export_entity(demo_database.uow, entity, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        headers = next(csv.reader(handle))
    mapping = map_headers(headers, kind)
    mapped = set(mapping.values())
    assert set(required_fields(kind)) <= mapped, (headers, mapping)
    # A column named as a field of the kind maps to that field.
    names = {spec.name for spec in fields(kind)}
    for col, header in enumerate(headers):
        if header in names:
            assert mapping.get(col) == header, (header, mapping)


def test_the_attendance_export_imports_back(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "asistencias.xlsx"
    export_entity(demo_database.uow, "attendances", out)
    _, preview = preview_of(importer, out, ImportKind.ATTENDANCE, meeting_id=HELD)
    headers = preview.headers
    assert preview.setup.mapping[headers.index("person")] == "full_name"
    # The export holds every meeting's list: rows of other meetings may be refused as such, but
    # no row misses its person, and the chosen meeting's own rows match their records.
    assert not [e for e in preview.rejected if e.field == "full_name" or e.reason == "required"]
    assert sum(1 for r in preview.rows if r.match is not None and not r.errors) >= 16


# --- bonus: "1.250" in a column that writes decimals with a point -----------------------------


def test_the_column_says_which_separator_is_decimal() -> None:
    assert column_decimal_comma(["2.75", "0.5", "1.250", "12.5"]) is False
    assert column_decimal_comma(["2,75", "0,5", "1,250"]) is True
    assert column_decimal_comma(["1.250", "12.500"]) is None  # thousands or not: unknown
    assert column_decimal_comma(["2.75", "0,5"]) is None  # both: per value
    assert column_decimal_comma(["1.234,56", "7"]) is True
    assert column_decimal_comma([2.75, None, "0.250"]) is False


def test_measurements_with_a_decimal_point_read_1_250_as_one_and_a_quarter(
    importer: ImportService, tmp_path: Path
) -> None:
    indicator = "Rendimiento promedio de café pergamino"
    path = write_csv(
        tmp_path / "mediciones.csv",
        [
            ["Indicador", "Fecha", "Valor"],
            [indicator, "01/10/2026", "2.75"],
            [indicator, "02/10/2026", "0.5"],
            [indicator, "03/10/2026", "1.250"],
        ],
        delimiter=",",
    )
    _, preview = preview_of(importer, path, ImportKind.MEASUREMENTS, plan_id=COFFEE_PLAN)
    assert [r.values()["value"] for r in preview.rows] == [
        Decimal("2.75"),
        Decimal("0.5"),
        Decimal("1.25"),
    ]
