"""What the fast reader leaves out and the child finds in the XML itself: .ods merged cells,
.xlsx formulas saved without their result."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

from agencydesk.domain.importing.kinds import FieldSpec, ValueType
from agencydesk.domain.importing.values import REASONS, CellStatus, normalize
from agencydesk.domain.importing.workbook import ExcelError, MergedRange
from agencydesk.services.importing.read_ods import ods_merged
from agencydesk.services.importing.read_ooxml import error_cells
from agencydesk.services.importing.read_openpyxl import read_openpyxl
from agencydesk.services.importing.reading import ReadLimits, read_workbook

ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _cell(text: str, rows: int = 1, cols: int = 1) -> str:
    spans = ""
    if rows > 1 or cols > 1:
        spans = f' table:number-rows-spanned="{rows}" table:number-columns-spanned="{cols}"'
    cell = f'<table:table-cell office:value-type="string"{spans}>'
    return f"{cell}<text:p>{text}</text:p></table:table-cell>"


def _blank(n: int = 1) -> str:
    return f'<table:table-cell table:number-columns-repeated="{n}"/>'


def _covered(n: int = 1) -> str:
    return f'<table:covered-table-cell table:number-columns-repeated="{n}"/>'


def _row(*cells: str, repeated: int = 1) -> str:
    attr = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-row{attr}>{''.join(cells)}</table:table-row>"


def _write_ods(path: Path, tables: dict[str, list[str]]) -> Path:
    body = "".join(
        f'<table:table table:name="{escape(name)}">'
        '<table:table-column table:number-columns-repeated="16384"/>'
        f"{''.join(rows)}</table:table>"
        for name, rows in tables.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} '
        'office:version="1.3"><office:body><office:spreadsheet>'
        f"{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def _plan_ods(path: Path) -> Path:
    # A title merged over C..F after two blank rows and two blank columns, an axis merged down
    # over three actions, a million repeated blank rows before a last row, and a second sheet.
    return _write_ods(
        path,
        {
            "Plan": [
                _row(_blank(16384), repeated=2),
                _row(_blank(2), _cell("PLAN 2025", cols=4), _covered(3), _blank(16375)),
                _row(_blank(2), _cell("Código"), _cell("Eje"), _cell("Acción")),
                _row(_blank(2), _cell("A1.1"), _cell("1. Formalización", rows=3), _cell("T")),
                _row(_blank(2), _cell("A1.2"), _covered(), _cell("spanned")),
                _row(_blank(2), _cell("A1.3"), _covered(), _cell("I")),
                _row(_blank(16384), repeated=50_000),
                _row(_blank(2), _cell("Total"), _cell("x", cols=2), _covered()),
            ],
            "Otra & más": [
                _row(_cell("h", rows=2, cols=2), _covered()),
                _row(_covered(2), _cell("z")),
            ],
        },
    )


def test_ods_merged_cells_are_read_from_the_content(tmp_path: Path) -> None:
    workbook = read_workbook(_plan_ods(tmp_path / "plan.ods"))
    plan, other = workbook.sheets
    assert plan.rows[2] == [None, None, "PLAN 2025"]
    assert plan.rows[3][2:] == ["Código", "Eje", "Acción"]
    assert plan.rows[6][2:] == ["A1.3", None, "I"]
    assert len(plan.rows) == 7 + 50_000 + 1
    assert plan.merged == [
        MergedRange(2, 2, 2, 5),
        MergedRange(4, 3, 6, 3),
        MergedRange(50_007, 3, 50_007, 4),
    ]
    assert other.merged == [MergedRange(0, 0, 1, 1)]
    assert other.rows[1] == [None, None, "z"]


def test_ods_merges_are_cut_at_the_column_cap_and_counted(tmp_path: Path) -> None:
    path = _plan_ods(tmp_path / "plan.ods")
    assert ods_merged(str(path), 4, 100) == {
        "Plan": [(2, 2, 2, 3), (4, 3, 6, 3), (50_007, 3, 50_007, 3)],
        "Otra & más": [(0, 0, 1, 1)],
    }
    assert ods_merged(str(path), 2, 100) == {"Otra & más": [(0, 0, 1, 1)]}
    assert ods_merged(str(path), 512, 1) == {"Plan": [(2, 2, 2, 5)]}
    assert read_workbook(path, ReadLimits(max_columns=3)).sheets[0].merged == [
        MergedRange(2, 2, 2, 2)
    ]


def test_ods_without_merges_is_not_parsed_twice(tmp_path: Path) -> None:
    path = _write_ods(tmp_path / "plano.ods", {"Hoja": [_row(_cell("a"), _cell("b"))]})
    assert ods_merged(str(path), 512, 100) == {}
    assert read_workbook(path).sheets[0].rows == [["a", "b"]]


def _with_sheet_xml(path: Path, cells: str) -> Path:
    """``path`` rewritten with its first sheet's row 1 made of ``cells`` (raw XML)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start, end = sheet.index("<sheetData"), sheet.index("</worksheet>")
    parts["xl/worksheets/sheet1.xml"] = (
        f'{sheet[:start]}<sheetData><row r="1">{cells}</row></sheetData>{sheet[end:]}'.encode()
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_formulas_without_a_saved_result_are_not_empty(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Socios"])
    sheet.append(["Cooperativa La Florida", "=40+5"])  # openpyxl saves no result: <v/>
    sheet.append(["Comité Bosque Alto", 30])
    workbook.save(tmp_path / "formulas.xlsx")
    rows = read_workbook(tmp_path / "formulas.xlsx").sheets[0].rows
    assert rows == [
        ["Nombre", "Socios"],
        ["Cooperativa La Florida", ExcelError("=40+5")],
        ["Comité Bosque Alto", 30],
    ]
    messages: list[tuple] = []
    read_openpyxl(str(tmp_path / "formulas.xlsx"), messages.append, 1000, 512)
    sent = [row for m in messages if m[0] == "rows" for row in m[1]]
    assert sent[1] == ["Cooperativa La Florida", ExcelError("=40+5")]


def test_formula_cells_as_excel_and_libreoffice_save_them(tmp_path: Path) -> None:
    Workbook().save(tmp_path / "raw.xlsx")
    path = _with_sheet_xml(
        tmp_path / "raw.xlsx",
        '<c r="A1"><v>3</v></c>'
        '<c r="B1" t="str"><f>IF(A1&gt;5,"x","")</f><v></v></c>'  # an empty text result
        '<c r="C1"><f t="shared" ref="C1:D1" si="0">A1*2</f><v>6</v></c>'
        '<c r="D1"><f t="shared" si="0"/><v>6</v></c>'
        '<c r="E1"><f>SUM(A1:A9)&amp;"€"</f></c>'  # no <v> at all
        '<c r="F1"><f t="shared" si="0"/></c>'
        '<c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    )
    rows = read_workbook(path).sheets[0].rows
    assert rows == [
        [3, None, 6, 6, ExcelError('=SUM(A1:A9)&"€"'), ExcelError("="), ExcelError("#DIV/0!")]
    ]


def test_a_formula_without_its_result_is_refused_with_its_own_reason() -> None:
    spec = FieldSpec("members_count", ValueType.INTEGER)
    result = normalize(ExcelError("=40+5"), spec)
    assert (result.status, result.reason) == (CellStatus.INVALID, "formula_without_value")
    assert "save it again" in REASONS["formula_without_value"]
    assert normalize(ExcelError("#N/A"), spec).reason == "excel_error"


def test_formula_cells_are_found_with_a_namespace_prefix_and_spaces(tmp_path: Path) -> None:
    sheet = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<x:sheetData><x:row r="2">\n'
        '  <x:c r="A2"><x:f>B2*2</x:f></x:c>\n'
        '  <x:c r="B2" t="str"><x:f>""</x:f><x:v></x:v></x:c>\n'
        '  <x:c r="C2"><x:f t="shared" si="1"/>\n    <x:v />\n  </x:c>\n'
        '  <x:c r="D2"><x:f>A2&gt;1</x:f>\n    <x:v>1</x:v></x:c>\n'
        '  <x:c r="E2" t="e"><x:v>#REF!</x:v></x:c>\n'
        "</x:row></x:sheetData></x:worksheet>"
    )
    with zipfile.ZipFile(tmp_path / "x.xlsx", "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    with zipfile.ZipFile(tmp_path / "x.xlsx") as archive:
        found = error_cells(archive, "xl/worksheets/sheet1.xml")
    assert found == {1: [(4, "#REF!"), (0, "=B2*2"), (2, "=")]}
