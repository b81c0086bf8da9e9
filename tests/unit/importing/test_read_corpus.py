"""Every file of the shared corpus ends in a RawWorkbook or a clear UserError, fast.

Expected outcomes: rows per worksheet (chart sheets are left out) or the error code. The
corpus lives next to the repository (../shared/corpus); without it these tests are skipped.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.workbook import FileFormat
from agencydesk.services.importing.reading import read_workbook

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"

EXPECTED: dict[str, tuple[int, ...] | str] = {
    "calamine__any_sheets.ods": (5, 0, 0, 0),
    "calamine__any_sheets.xls": (5, 0, 0),
    "calamine__date.xlsx": (3,),
    "calamine__date_1904.xlsx": (3,),
    "calamine__empty_s_attribute.xlsx": (5,),
    "calamine__encoded_entities.xlsx": (1,),
    "calamine__errors.xlsx": (7, 0, 0),
    "calamine__has_x000D_.xlsx": (1,),
    "calamine__issue252.xlsx": "import_damaged",
    "calamine__issue_174.xlsx": (2,),
    "calamine__issue_419.xlsx": (1,),
    "calamine__merged_range.xlsx": (4, 4),
    "calamine__minimal_package.xlsx": (196,),
    "calamine__pass_protected.xlsx": "import_encrypted",
    "calamine__pivots.xlsx": (5, 11, 7, 9, 11, 11),
    "calamine__strict_iso_paths.xlsx": (76,),
    "calamine__too_small.xls": "import_damaged",  # one line of text named .xls: a stub
    "openpyxl__bug304.xlsx": (8, 0, 0),
    "openpyxl__libreoffice_nrt.xlsx": (3,),
    "poi__123233_charts.xlsx": (45, 2, 6, 2, 5),
    "poi__49609.xlsx": (39, 39),
    "poi__51535.xls": "import_reader_crashed",  # calamine asks for 671 MB and aborts
    "poi__54764.xlsx": "import_forbidden_xml",
    "poi__57893-many-merges.xlsx": (0,),  # 50,000 merged ranges of empty cells
    "poi__58616.xlsx": "import_encrypted",
    "poi__60384.xlsx": (9,),
    "poi__62629_toMerge.xlsx": (10,),
    "poi__DateFormatTests.xlsx": (4, 46),
    "poi__SampleSS.strict.xlsx": (4, 7, 0),
    "poi__Simple.xlsb": "import_reader_crashed",  # python-calamine 0.9.1 panics
    "poi__SimpleMacro.xlsm": (1, 0, 0),
    "poi__TwoSheetsOneHidden.xlsx": (1, 1),
    "poi__bug62181.xlsx": (19455,),
    "poi__clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx": (
        "import_unsupported_format"  # a Word document
    ),
    "poi__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx": "import_damaged",
    "poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx": "import_damaged",
    "poi__duplicate-filename.xlsx": "import_damaged",
    "poi__invalid.xlsx": "import_damaged",
    "poi__link-external-workbook-a.xlsx": (1,),
    "poi__picture.xlsx": (10, 0, 0),
    "poi__poc-shared-strings.xlsx": (3999,),
    "poi__poc-xmlbomb.xlsx": "import_forbidden_xml",
    "poi__protected_passtika.xlsx": "import_encrypted",
    "poi__right-to-left.xlsx": (4, 4),
    "poi__stress002.xlsx": (127, 125, 234, 37, 56, 57, 1, 36, 85, 100, 110, 42, 68, 594),
    "poi__style-alternate-content.xlsx": (39,),
    "poi__xlmmacro.xlsm": (0, 0, 0),
    "poi__xlsx-jdbc.xlsx": (2,),
    "poi__xxe_in_schema.xlsx": (10,),
    "pycalamine__empty_file.xlsx": "import_file_empty",
    "synthetic/billion_laughs.xlsx": "import_forbidden_xml",
    "synthetic/dim_A1_100rows.xlsx": (100,),
    "synthetic/dimension_lie.xlsx": (1,),
    "synthetic/excel_es_cp1252_semicolon.csv": (4,),
    "synthetic/excel_utf8_bom_semicolon.csv": (4,),
    "synthetic/far_cell.xlsx": (1,),  # calamine aborts; openpyxl in a second child
    "synthetic/formula_injection_payloads.csv": (10,),
    "synthetic/partner_types.xlsx": (2,),
    "synthetic/renamed_csv.xlsx": (4,),
    "synthetic/renamed_ods.xlsx": (5, 0, 0, 0),
    "synthetic/renamed_xls.xlsx": (5, 0, 0),
    "synthetic/xxe.xlsx": "import_forbidden_xml",
    "synthetic/zipbomb_sst.xlsx": "import_zip_bomb",
}

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def corpus(name: str) -> Path:
    return CORPUS / name


@needs_corpus
def test_every_corpus_file_has_an_expectation() -> None:
    files = {
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.is_file() and p.suffix not in (".md", ".json")
    }
    assert files == set(EXPECTED)


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_reads_or_is_refused_clearly(name: str) -> None:
    expected = EXPECTED[name]
    started = time.perf_counter()
    if isinstance(expected, str):
        with pytest.raises(UserError) as caught:
            read_workbook(corpus(name))
        assert caught.value.code == expected
        assert caught.value.params["name"] == Path(name).name
        assert str(caught.value) != expected  # an English sentence exists for the code
    else:
        workbook = read_workbook(corpus(name))
        assert tuple(len(sheet.rows) for sheet in workbook.sheets) == expected
        for sheet in workbook.sheets:
            for row in sheet.rows:
                assert row == [] or row[-1] is not None  # trailing empty cells trimmed
            if sheet.rows:
                assert sheet.rows[-1] != []  # trailing empty rows trimmed
    assert time.perf_counter() - started < 10


@needs_corpus
@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("synthetic/renamed_ods.xlsx", FileFormat.ODS),
        ("synthetic/renamed_xls.xlsx", FileFormat.XLS),
        ("synthetic/renamed_csv.xlsx", FileFormat.CSV),
    ],
)
def test_renamed_files_are_read_as_what_they_are(name: str, fmt: FileFormat) -> None:
    workbook = read_workbook(corpus(name))
    assert workbook.format is fmt
    assert f"renamed:{fmt.value}" in workbook.notes
    first = workbook.sheets[0].rows
    if fmt is FileFormat.CSV:
        assert workbook.encoding == "cp1252" and workbook.delimiter == ";"
    else:
        assert first[:3] == [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]


@needs_corpus
def test_lying_dimensions_do_not_truncate_or_pad() -> None:
    assert len(read_workbook(corpus("poi__poc-shared-strings.xlsx")).sheets[0].rows) == 3999
    assert len(read_workbook(corpus("synthetic/dim_A1_100rows.xlsx")).sheets[0].rows) == 100
    lie = read_workbook(corpus("synthetic/dimension_lie.xlsx")).sheets[0]
    assert len(lie.rows) == 1 and lie.width < 10
    assert len(read_workbook(corpus("calamine__issue_174.xlsx")).sheets[0].rows) == 2


@needs_corpus
def test_shared_string_amplification_is_sent_once_and_cut_to_a_cell() -> None:
    workbook = read_workbook(corpus("poi__poc-shared-strings.xlsx"))
    rows = workbook.sheets[0].rows
    assert workbook.reader == "openpyxl"  # calamine cannot parse its dimension
    assert "text_truncated" in workbook.notes
    assert len(rows[0][0]) == 32_767
    assert rows[0][0] is rows[-1][-1]  # one object, not 12,000 copies


@needs_corpus
@pytest.mark.parametrize("name", ["poi__protected_passtika.xlsx", "calamine__pass_protected.xlsx"])
def test_encrypted_workbooks_are_named_in_the_message(name: str) -> None:
    with pytest.raises(UserError) as caught:
        read_workbook(corpus(name))
    assert caught.value.code == "import_encrypted"
    assert name in str(caught.value) and "password" in str(caught.value)


@needs_corpus
def test_zip_bomb_is_refused_before_inflating() -> None:
    started = time.perf_counter()
    with pytest.raises(UserError) as caught:
        read_workbook(corpus("synthetic/zipbomb_sst.xlsx"))
    assert caught.value.code == "import_zip_bomb"
    assert time.perf_counter() - started < 0.1


@needs_corpus
@pytest.mark.parametrize(
    "name", ["synthetic/billion_laughs.xlsx", "poi__poc-xmlbomb.xlsx", "synthetic/xxe.xlsx"]
)
def test_entity_declarations_are_refused(name: str) -> None:
    started = time.perf_counter()
    with pytest.raises(UserError) as caught:
        read_workbook(corpus(name))
    assert caught.value.code == "import_forbidden_xml"
    assert time.perf_counter() - started < 0.5


@needs_corpus
def test_xxe_in_a_part_nobody_parses_imports_normally() -> None:
    workbook = read_workbook(corpus("poi__xxe_in_schema.xlsx"))
    rows = workbook.sheets[0].rows
    assert len(rows) == 10
    assert rows[8][2:] == ["/Test/Test", "Column1", "Column2"]
    assert not any("passwd" in str(cell) for row in rows for cell in row)


@needs_corpus
@pytest.mark.parametrize(
    ("name", "refusals"),
    [
        ("poi__51535.xls", {"import_too_big", "import_reader_crashed"}),
        ("synthetic/far_cell.xlsx", set()),
        ("poi__Simple.xlsb", {"import_reader_crashed"}),
    ],
)
def test_a_crashing_reader_never_takes_the_process_down(name: str, refusals: set[str]) -> None:
    try:
        workbook = read_workbook(corpus(name))
    except UserError as exc:
        assert exc.code in refusals
    else:
        assert not refusals or workbook.sheets
    if name.endswith("far_cell.xlsx"):
        assert workbook.reader == "openpyxl" and "calamine_crashed" in workbook.notes
        assert workbook.sheets[0].rows == [["A1"]] or len(workbook.sheets[0].rows) == 1
