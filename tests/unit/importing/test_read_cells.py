"""What the readers put in the cells: hidden sheets, merges, errors, dates, escapes, caps."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.workbook import ExcelError, MergedRange
from agencydesk.services.importing.read_openpyxl import read_openpyxl
from agencydesk.services.importing.reading import ReadLimits, read_workbook

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


@needs_corpus
def test_hidden_sheets_are_flagged() -> None:
    workbook = read_workbook(CORPUS / "poi__TwoSheetsOneHidden.xlsx")
    assert [sheet.hidden for sheet in workbook.sheets] == [True, False]
    xls = read_workbook(CORPUS / "calamine__any_sheets.xls")
    assert [(s.name, s.hidden) for s in xls.sheets] == [
        ("Visible", False),
        ("Hidden", True),
        ("VeryHidden", True),
    ]


@needs_corpus
def test_1904_dates_equal_1900_dates() -> None:
    dates_1900 = read_workbook(CORPUS / "calamine__date.xlsx").sheets[0].rows
    dates_1904 = read_workbook(CORPUS / "calamine__date_1904.xlsx").sheets[0].rows
    assert dates_1904 == dates_1900
    assert dates_1900[0][0] == dt.date(2021, 1, 1)
    assert dates_1900[2][0] == "255:10:10"  # a [hh]:mm:ss duration, as Excel shows it


@needs_corpus
def test_error_cells_become_excel_errors() -> None:
    rows = read_workbook(CORPUS / "calamine__errors.xlsx").sheets[0].rows
    assert [row[0] for row in rows] == [
        ExcelError(code)
        for code in ("#DIV/0!", "#NAME?", "#VALUE!", "#NULL!", "#REF!", "#NUM!", "#N/A")
    ]


@needs_corpus
def test_x000d_escapes_are_decoded() -> None:
    rows = read_workbook(CORPUS / "calamine__has_x000D_.xlsx").sheets[0].rows
    assert rows == [["ABC\r\nDEF"]]


@needs_corpus
def test_merged_ranges_from_calamine_and_from_the_sheet_xml() -> None:
    sheet = read_workbook(CORPUS / "calamine__merged_range.xlsx").sheets[0]
    assert MergedRange(0, 7, 1, 7) in sheet.merged  # H1:H2
    messages: list[tuple] = []
    read_openpyxl(str(CORPUS / "calamine__merged_range.xlsx"), messages.append, 1000, 512)
    merged = [m[1] for m in messages if m[0] == "merged"]
    assert {MergedRange(*r) for r in merged[0]} == set(sheet.merged)


@needs_corpus
def test_strict_open_xml_sheets_are_read() -> None:
    workbook = read_workbook(CORPUS / "calamine__strict_iso_paths.xlsx")
    assert len(workbook.sheets[0].rows) == 76


def _partner_workbook(path: Path, rows: int, far_column: int | None = None) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Padrón")
    sheet.append(["PADRÓN DE ACTORES 2025"])
    sheet.append([])
    sheet.append(["Nombre", "RUT", "Fecha"])
    for i in range(rows):
        row: list[object] = [f"Cooperativa {i}", "76.123.456-7", dt.date(2024, 3, 15)]
        if far_column:
            row += [None] * (far_column - 3) + ["lejos"]
        sheet.append(row)
    workbook.save(path)
    return path


def test_row_cap_names_the_limit(tmp_path: Path) -> None:
    path = _partner_workbook(tmp_path / "padron.xlsx", 30)
    with pytest.raises(UserError) as caught:
        read_workbook(path, ReadLimits(max_rows=10))
    assert caught.value.code == "import_too_many_rows"
    assert "10" in str(caught.value) and "Padrón" in str(caught.value)
    assert len(read_workbook(path, ReadLimits(max_rows=33)).sheets[0].rows) == 33


def test_cells_past_the_column_cap_are_ignored(tmp_path: Path) -> None:
    path = _partner_workbook(tmp_path / "ancho.xlsx", 3, far_column=700)
    sheet = read_workbook(path).sheets[0]
    assert sheet.width == 3
    assert sheet.rows[0] == ["PADRÓN DE ACTORES 2025"]
    assert sheet.rows[1] == []  # a blank row inside the data keeps the numbering
    assert sheet.rows[3] == ["Cooperativa 0", "76.123.456-7", dt.date(2024, 3, 15)]
    assert read_workbook(path, ReadLimits(max_columns=1000)).sheets[0].width == 701


def test_strict_workbook_with_no_readable_sheet_is_refused(tmp_path: Path) -> None:
    # A package whose workbook lists no sheet at all: never "0 rows imported".
    path = tmp_path / "vacio.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><sheets/></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"/>',
        )
    with pytest.raises(UserError) as caught:
        read_workbook(path)
    assert caught.value.code == "import_no_sheets"
