"""The list export (services/export_table.py): typed, styled XLSX and a CSV for Excel."""

from __future__ import annotations

import csv
import os
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import Cancelled, CancelToken
from agencydesk.services.export_table import TableColumn, export_table
from agencydesk.services.spreadsheet import sheet_title

PAYLOADS = Path("/work/shared/corpus/synthetic/formula_injection_payloads.csv")

COLUMNS = [
    TableColumn("Nombre"),
    TableColumn("Fecha", "date"),
    TableColumn("Presupuesto (CLP)", "money"),
    TableColumn("Participantes", "integer"),
    TableColumn("Avance", "percent"),
    TableColumn("Valor", "number"),
    TableColumn("Sesión", "datetime"),
]
ROWS = [
    [
        "Cámara de Comercio de Ucayali",
        date(2025, 3, 15),
        Decimal("12500000.50"),
        12,
        45,
        Decimal("-3.25"),
        datetime(2025, 5, 14, 9, 30),
    ],
    ["Ñandú S.A.", None, None, None, None, None, None],
]


def _payloads() -> list[str]:
    with PAYLOADS.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return [row[1] for row in rows[1:] if len(row) > 1 and row[1]]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_xlsx_cells_are_typed_and_formatted(tmp_path):
    out = tmp_path / "lista.xlsx"
    assert export_table(COLUMNS, ROWS, out, title="Organizaciones") == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Organizaciones"
    assert [c.value for c in sheet[1]] == [c.header for c in COLUMNS]
    name, day, money, count, pct, value, when = sheet[2]
    assert name.value == "Cámara de Comercio de Ucayali" and name.data_type == "s"
    assert day.is_date and day.value == datetime(2025, 3, 15)
    assert day.number_format == "dd/mm/yyyy"
    assert money.data_type == "n" and money.value == pytest.approx(12500000.5)
    assert money.number_format == "#,##0.00"
    assert count.data_type == "n" and count.value == 12
    assert pct.data_type == "n" and pct.value == pytest.approx(0.45)
    assert pct.number_format == "0%"
    assert value.data_type == "n" and value.value == pytest.approx(-3.25)
    assert when.is_date and when.value == datetime(2025, 5, 14, 9, 30)
    assert "hh:mm" in when.number_format
    assert [c.value for c in sheet[3]] == ["Ñandú S.A.", None, None, None, None, None, None]


def test_xlsx_header_is_styled_frozen_filtered_and_columns_sized(tmp_path):
    out = tmp_path / "lista.xlsx"
    long_name = "Asociación de Productores Agropecuarios del Valle " * 3
    rows = [*ROWS, [long_name, None, None, None, None, None, None]]
    export_table(COLUMNS, rows, out, title="Organizaciones")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"
    header = sheet["A1"]
    assert header.font.b
    assert header.fill.fill_type == "solid"
    widths = {c: sheet.column_dimensions[c].width for c in "ABCDEFG"}
    assert widths["A"] == 60  # capped: a long name does not make a 150-character column
    assert 10 <= widths["B"] <= 16  # a date and its header
    assert widths["C"] >= len("12,500,000.50")
    assert all(w >= 8 for w in widths.values())


def test_empty_table_still_has_its_header_and_filter(tmp_path):
    out = tmp_path / "vacía.xlsx"
    assert export_table(COLUMNS, [], out, title="Nada") == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:2] == ["Nombre", "Fecha"]
    assert sheet.auto_filter.ref == "A1:G1"
    assert sheet.max_row == 1


def test_many_rows_stream_and_report_progress(tmp_path):
    out = tmp_path / "muchas.xlsx"
    seen: list[tuple[int, int]] = []
    rows = ([f"Org {i}", date(2025, 1, 1), Decimal(i)] for i in range(1200))
    columns = COLUMNS[:3]
    done = export_table(
        columns, rows, out, "Muchas", lambda d, t, _l: seen.append((d, t)), total=1200
    )
    assert done == 1200
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert len(seen) >= 3
    book = openpyxl.load_workbook(out, read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()  # a read-only workbook holds the file open until closed
    assert len(values) == 1201
    assert values[1200][0] == "Org 1199"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Organizaciones", "Organizaciones"),
        ("Acuerdos [abiertos]: 2025/03*?", "Acuerdos abiertos 2025 03"),
        ("'Plan'", "Plan"),
        (
            "Plan de acción de la Mesa Ejecutiva Forestal de Ucayali",
            "Plan de acción de la Mesa Ejecu",
        ),
        ("///", "Sheet1"),
        ("", "Sheet1"),
    ],
)
def test_sheet_titles_are_made_safe_for_excel(title, expected):
    assert sheet_title(title) == expected
    assert len(sheet_title(title)) <= 31


def test_unsafe_title_gives_a_valid_workbook(tmp_path):
    out = tmp_path / "t.xlsx"
    export_table(COLUMNS[:1], [["x"]], out, title="Acuerdos [abiertos]: 2025/03")
    assert openpyxl.load_workbook(out).sheetnames == ["Acuerdos abiertos 2025 03"]


def test_formula_payloads_stay_text_in_xlsx(tmp_path):
    payloads = _payloads()
    assert len(payloads) >= 8
    out = tmp_path / "inyección.xlsx"
    export_table([TableColumn("Nota")], [[p] for p in payloads], out, title="x")
    sheet = openpyxl.load_workbook(out).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert len(cells) == len(payloads)
    for cell, payload in zip(cells, payloads, strict=True):
        assert cell.data_type == "s", payload
        # Carriage returns are normalised by the XML reader; the text is otherwise intact.
        assert cell.value.replace("\r", "\n") == payload.replace("\r", "\n"), payload
        if payload.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert cell.quotePrefix, payload
    # No formula anywhere in the file.
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_formula_payloads_get_an_apostrophe_in_csv(tmp_path):
    payloads = _payloads()
    out = tmp_path / "inyección.csv"
    export_table([TableColumn("Nota")], [[p] for p in payloads], out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        written = [row[0] for row in csv.reader(fh, delimiter=";")][1:]
    assert len(written) == len(payloads)
    for text, payload in zip(written, payloads, strict=True):
        if payload.startswith(("=", "+", "@", "\t", "\r")) or (
            payload.startswith("-") and not payload[1:].replace(".", "").isdigit()
        ):
            assert text == "'" + payload
        else:
            assert text == payload


def test_csv_has_bom_semicolons_and_excel_friendly_values(tmp_path):
    out = tmp_path / "lista.csv"
    export_table(COLUMNS, ROWS, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Nombre;Fecha;Presupuesto (CLP);Participantes;Avance;Valor;Sesión"
    assert lines[1] == (
        "Cámara de Comercio de Ucayali;2025-03-15;12500000,50;12;45%;-3,25;2025-05-14 09:30"
    )
    assert lines[2] == "Ñandú S.A.;;;;;;"


def test_csv_with_commas_for_point_decimal_regions(tmp_path):
    out = tmp_path / "lista.csv"
    export_table(COLUMNS, ROWS, out, csv_delimiter=",")
    line = out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert (
        line == "Cámara de Comercio de Ucayali,2025-03-15,12500000.50,12,45%,-3.25,2025-05-14 09:30"
    )


def test_bad_suffix_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as info:
        export_table(COLUMNS, ROWS, tmp_path / "x.pdf")
    assert info.value.code == "export_bad_format"


def test_failure_midway_leaves_no_temp_file_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "lista.xlsx"
    out.write_bytes(b"previous")

    def rows():
        yield ["a"]
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError) as info:
        export_table(COLUMNS[:1], rows(), out)
    assert info.value.code == "disk_full"  # said as such, not as the system's words
    assert out.read_bytes() == b"previous"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancel_writes_nothing(tmp_path, suffix):
    token = CancelToken()
    token.cancel()
    out = tmp_path / f"lista{suffix}"
    with pytest.raises(Cancelled):
        export_table(COLUMNS, ROWS, out, cancel=token)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind here"
)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_read_only_folder_is_a_user_error(tmp_path, suffix):
    folder = tmp_path / "solo_lectura"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError) as info:
            export_table(COLUMNS, ROWS, folder / f"lista{suffix}")
        assert info.value.code == "export_cannot_write"
        assert info.value.params["path"].endswith(f"lista{suffix}")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_as_target_is_a_user_error(tmp_path):
    target = tmp_path / "carpeta.xlsx"
    target.mkdir()
    with pytest.raises(UserError) as info:
        export_table(COLUMNS, ROWS, target)
    assert info.value.code == "export_cannot_write"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_permission_denied_is_a_user_error(tmp_path, monkeypatch, suffix):
    # As root a read-only folder is still writable: the refusal the OS gives is simulated.
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):
        if self.name.endswith(".tmp"):
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    folder = tmp_path / "destino"
    folder.mkdir()
    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(UserError) as info:
        export_table(COLUMNS, ROWS, folder / f"lista{suffix}")
    assert info.value.code == "export_cannot_write"
    assert info.value.params["problem"] == "no_permission"
    assert list(folder.iterdir()) == []
