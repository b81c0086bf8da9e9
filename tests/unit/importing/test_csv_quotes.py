"""CSV files with quoting mistakes, as hand-made files and web systems write them: a quote
that opens a name and never closes, quotes inside a quoted name not doubled. Each line stays
its row; before, one name cell swallowed the next row, or the rest of the file."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.csv_records import csv_records, lenient_fields
from agencydesk.services.importing.reading import read_workbook
from agencydesk.services.importing.service import ImportService

HEADER = "Nombre de la organización;RUC;Tipo de actor"
UNCLOSED = (
    f"{HEADER}\r\n"
    '"Asociación El Progreso;20123456789;privado\r\n'
    "Café Sierra S.C.;20987654321;privado\r\n"
    "Municipalidad Distrital de Yarinacocha;20154477000;público\r\n"
)
UNDOUBLED = (
    f"{HEADER}\r\n"
    '"Asociación "El Progreso"";20123456789;privado\r\n'
    '"Café Sierra S.C.";20987654321;privado\r\n'
)


def _records(text: str) -> tuple[list[list[str]], list[int]]:
    mended: list[int] = []
    return list(csv_records(text, ";", mended)), mended


def test_an_unclosed_quote_no_longer_swallows_the_rest_of_the_file() -> None:
    records, mended = _records(UNCLOSED)
    assert records[1:] == [
        ["Asociación El Progreso", "20123456789", "privado"],
        ["Café Sierra S.C.", "20987654321", "privado"],
        ["Municipalidad Distrital de Yarinacocha", "20154477000", "público"],
    ]
    assert mended == [2]


def test_a_quote_closed_on_a_later_line_no_longer_joins_two_rows() -> None:
    text = f'{HEADER}\n"Asociación El Progreso;20123456789;privado\nCafé "Sierra";20987;privado\n'
    records, mended = _records(text)
    assert records[1:] == [
        ["Asociación El Progreso", "20123456789", "privado"],
        ['Café "Sierra"', "20987", "privado"],
    ]
    assert mended == [2]


def test_quotes_inside_a_quoted_name_are_kept() -> None:
    records, mended = _records(UNDOUBLED)
    assert records[1] == ['Asociación "El Progreso"', "20123456789", "privado"]
    assert records[2] == ["Café Sierra S.C.", "20987654321", "privado"]
    assert mended == [2]


def test_well_formed_files_read_as_the_csv_module_reads_them() -> None:
    text = (
        "Nombre;Notas\n"
        '"Asociación ""El Progreso""";"Acuerdos:\n1. revisar; aprobar\n2. enviar"\n'
        "Café Sierra;\n"
    )
    records, mended = _records(text)
    assert records == [
        ["Nombre", "Notas"],
        ['Asociación "El Progreso"', "Acuerdos:\n1. revisar; aprobar\n2. enviar"],
        ["Café Sierra", ""],
    ]
    assert mended == []


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ('"a;b', ["a", "b"]),
        ('"a";"b"', ["a", "b"]),
        ('"a "x" b";c', ['a "x" b', "c"]),
        ('a;"";c', ["a", "", "c"]),
        ('"a ""x""";', ['a "x"', ""]),
        ("a;b;", ["a", "b", ""]),
    ],
)
def test_one_line_read_as_a_person_would(line: str, fields: list[str]) -> None:
    assert lenient_fields(line, ";") == fields


def test_the_reader_notes_the_mended_rows(tmp_path: Path) -> None:
    path = tmp_path / "padron.csv"
    path.write_bytes(UNCLOSED.encode("cp1252"))
    workbook = read_workbook(path)
    assert workbook.sheets[0].rows[1] == ["Asociación El Progreso", "20123456789", "privado"]
    assert len(workbook.sheets[0].rows) == 4
    assert workbook.notes == ["csv_quotes_mended:2"]


def test_every_organization_of_the_file_is_imported(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "padron.csv"
    path.write_bytes(UNCLOSED.encode("cp1252"))
    service = ImportService(database.uow, lambda: "tester")
    _, _, result = service.import_file(path, ImportKind.ORGANIZATIONS)
    assert (result.created, len(result.rejected)) == (3, 0)
    names = {n for (n,) in rows_of(database, "SELECT name FROM organizations")}
    assert names == {
        "Asociación El Progreso",
        "Café Sierra S.C.",
        "Municipalidad Distrital de Yarinacocha",
    }


def test_the_report_lists_the_mended_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    path = tmp_path / "padron.csv"
    path.write_bytes(UNDOUBLED.encode("utf-8-sig"))
    report = tmp_path / "informe.json"
    db = tmp_path / "agencydesk.sqlite3"
    code = main(
        ["--db", str(db), "import", str(path), "--as", "organizations", "--report", str(report)]
    )
    assert code == 0, capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["mended_rows"] == [2]
    assert data["created"] == 2


def test_our_csv_guard_kept_by_a_spreadsheet_program_is_dropped(
    database: Database, tmp_path: Path
) -> None:
    """Our CSV export writes "'+52 962 211 6757" so that a spreadsheet does not run it; a
    program that opens that CSV and saves it as .xlsx keeps the apostrophe as text. Imported
    back, the values are the ones exported (before, every phone got an apostrophe)."""
    book = openpyxl.Workbook()
    book.active.append(["Nombre de la organización", "Tipo de actor", "Teléfono", "Notas"])
    book.active.append(["Café Sierra S.C.", "Privado", "'+52 962 626 2500", "'=1+1"])
    book.active.append(["Asociación O'Higgins", "Privado", "'962 626", "'Los Andes'"])
    book.save(tmp_path / "reabierto.xlsx")
    service = ImportService(database.uow, lambda: "tester")
    _, _, result = service.import_file(tmp_path / "reabierto.xlsx", ImportKind.ORGANIZATIONS)
    assert result.created == 2
    stored = set(rows_of(database, "SELECT name, phone, notes FROM organizations"))
    assert stored == {
        ("Café Sierra S.C.", "+52 962 626 2500", "=1+1"),
        ("Asociación O'Higgins", "'962 626", "'Los Andes'"),  # not our guard: data
    }
