"""DNIs typed as numbers in a column formatted "00000000": Excel shows 01234567, the partner
sees 01234567, and that is what is stored (before, 1234567: the zero lost, so the person did
not match the one in the directory and a second one was created). Files written with openpyxl
(the number format is the workbook's style), read with python-calamine plus the side scan."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.read_ooxml import zero_padded_styles
from agencydesk.services.importing.read_openpyxl import read_openpyxl
from agencydesk.services.importing.reading import read_workbook
from agencydesk.services.importing.service import ImportService

HEADER = ["N°", "Apellidos y nombres", "DNI", "Celular", "RUC de la asociación"]


def padron(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Socios"
    sheet.append(["PADRÓN DE SOCIOS 2025 — ASOCIACIÓN NUEVA ESPERANZA"])
    sheet.append([])
    sheet.append(HEADER)
    rows = [
        [1, "Panduro Vela, Zoila Rosa", 1234567, 962145880, 20123456789],
        [2, "Sánchez Ruiz, Wilder", 41234567, 987654321, 20123456789],
        [3, "Vela Ríos, Milagros", "07654321", None, None],  # typed as text: kept
        [4, "Tuesta Arévalo, Manuel", 74519, None, None],
    ]
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=4, min_col=3, max_col=3):
        cells[0].number_format = "00000000"
    for cells in sheet.iter_rows(min_row=4, min_col=5, max_col=5):
        cells[0].number_format = "00000000000"  # an 11-digit RUC: nothing to pad
    book.save(path)
    return path


def test_the_styles_with_zeros_only_are_found(tmp_path: Path) -> None:
    path = padron(tmp_path / "padron.xlsx")
    with zipfile.ZipFile(path) as archive:
        widths = set(zero_padded_styles(archive).values())
    assert widths == {8, 11}


def test_the_reader_gives_the_numbers_as_excel_shows_them(tmp_path: Path) -> None:
    rows = read_workbook(padron(tmp_path / "padron.xlsx")).sheets[0].rows
    # A DNI as long as the format needs nothing: it stays the number the reader gives.
    assert [row[2] for row in rows[3:]] == ["01234567", 41234567, "07654321", "00074519"]
    assert rows[3][3] == 962145880  # a phone without a zero format stays a number
    assert rows[3][4] == 20123456789


def test_a_workbook_without_such_formats_is_read_as_before(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["DNI", "Monto"])
    book.active.append([1234567, 12.5])
    book.active["B2"].number_format = "0.00"
    book.save(tmp_path / "simple.xlsx")
    with zipfile.ZipFile(tmp_path / "simple.xlsx") as archive:
        assert zero_padded_styles(archive) == {}
    assert read_workbook(tmp_path / "simple.xlsx").sheets[0].rows[1] == [1234567, 12.5]


def test_people_get_their_dni_with_its_zeros(database: Database, tmp_path: Path) -> None:
    importer = ImportService(database.uow, lambda: "tester")
    _, _, result = importer.import_file(padron(tmp_path / "padron.xlsx"), ImportKind.PEOPLE)
    assert result.created == 4 and not result.rejected
    stored = dict(rows_of(database, "SELECT full_name, national_id FROM people"))
    assert stored == {
        "Zoila Rosa Panduro Vela": "01234567",
        "Wilder Sánchez Ruiz": "41234567",
        "Milagros Vela Ríos": "07654321",
        "Manuel Tuesta Arévalo": "00074519",
    }


def test_the_command_line_finds_the_person_the_dni_names(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    db = tmp_path / "agencydesk.sqlite3"
    db.write_bytes(demo_template.read_bytes())
    path = padron(tmp_path / "padron.xlsx")
    report = tmp_path / "informe.json"
    code = main(["--db", str(db), "import", str(path), "--as", "people", "--report", str(report)])
    assert code == 0, capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    # Manuel Tuesta Arévalo, DNI 00074519 in the demo directory: found, not created again.
    assert (data["created"], [m["by"] for m in data["matches"]]) == (3, ["national_id"])


def test_the_fallback_reader_pads_them_too(tmp_path: Path) -> None:
    # openpyxl reads what python-calamine cannot: the same DNIs come out of it.
    messages: list[tuple] = []
    read_openpyxl(str(padron(tmp_path / "padron.xlsx")), messages.append, 1000, 100)
    rows = [row for message in messages if message[0] == "rows" for row in message[1]]
    assert [row[2] for row in rows[3:]] == ["01234567", 41234567, "07654321", "00074519"]
