"""CSV and TXT as partners send them: Excel in Spanish (cp1252, ";"), CSV UTF-8 with BOM,
"Unicode text" (UTF-16, tab), plain UTF-8 with ","; all give the same cells."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.workbook import FileFormat
from agencydesk.services.importing.reading import ReadLimits, read_workbook
from agencydesk.services.importing.sniff import sniff
from agencydesk.services.importing.textfile import decode, detect_delimiter

ROWS = [
    ["PADRÓN DE ACTORES 2025"],
    [],
    ["Nombre de la organización", "Tipo de actor", "Año", "Presupuesto", "RUT", "Notas"],
    [
        "Cooperativa Café Ñuñoa",
        "privado ",
        "2024",
        "€ 1.234,56",
        "76.123.456-7",
        "línea 1\nlínea 2",
    ],
    ["Asociación “La Montaña”", "público", "2023", "$ 12.500.000", "01234567", 'dijo: "sí"; ok'],
    ["Gremio – Norte", "academia", "", "45%", "", "campo, con coma"],
    ["TOTAL", "", "", "€ 12.501.234,56"],
]
EXPECTED = [[cell or None for cell in row] for row in ROWS]
for row in EXPECTED:
    while row and row[-1] is None:
        row.pop()


def _write(path: Path, encoding: str, delimiter: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(ROWS)
    return path


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "found_encoding"),
    [
        ("excel_es.csv", "cp1252", ";", "cp1252"),
        ("csv_utf8.csv", "utf-8-sig", ";", "utf-8-sig"),
        ("unicode.txt", "utf-16", "\t", "utf-16-le"),
        ("sistema.csv", "utf-8", ",", "utf-8"),
        ("tuberias.csv", "utf-8", "|", "utf-8"),
    ],
)
def test_partner_text_files_give_the_same_cells(
    tmp_path: Path, name: str, encoding: str, delimiter: str, found_encoding: str
) -> None:
    path = _write(tmp_path / name, encoding, delimiter)
    assert sniff(path) is FileFormat.CSV
    workbook = read_workbook(path)
    assert workbook.format is FileFormat.CSV and workbook.reader == "csv"
    assert (workbook.encoding, workbook.delimiter) == (found_encoding, delimiter)
    assert [sheet.name for sheet in workbook.sheets] == [path.stem]
    assert workbook.sheets[0].rows == EXPECTED


def test_cp1252_is_not_latin1() -> None:
    assert decode("Año €– “x”".encode("cp1252")) == ("Año €– “x”", "cp1252")
    # cp1252 leaves 0x81 undefined: one stray byte must not refuse the whole file.
    assert decode(b"A\xf1o \x81") == ("Año \ufffd", "cp1252")


def test_delimiter_ignores_title_rows_and_quoted_separators() -> None:
    sample = 'TÍTULO, con coma\n\na;b;c\n"1,5";"x, y";3\n"2,5";z;4\n'
    assert detect_delimiter(sample) == ";"


def test_row_cap_on_text(tmp_path: Path) -> None:
    path = tmp_path / "largo.csv"
    path.write_text("a;b\n" + "1;2\n" * 50, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_workbook(path, ReadLimits(max_rows=20))
    assert caught.value.code == "import_too_many_rows" and "20" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"<html><table><tr><td>Nombre</td></tr></table></html>", "import_unsupported_format"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "import_unsupported_format"),
        (b"\x00\x01\x02binary\x00", "import_unsupported_format"),
        (b"", "import_file_empty"),
    ],
)
def test_what_is_not_a_table_is_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "reporte.xls"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_workbook(path)
    assert caught.value.code == code


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        read_workbook(tmp_path / "no_existe.xlsx")
    assert caught.value.code == "import_file_missing"
    assert "no_existe.xlsx" in str(caught.value)
