"""The fallback reader, in the child process: openpyxl in read-only mode.

Used when python-calamine fails on an .xlsx/.xlsm (e.g. a <dimension> it cannot parse) or
crashed in a first child. Read-only mode trusts the sheet's <dimension>, which often lies
(A1 on a 4,000-row sheet: silently 1 row; A1:XFD1048576: a million padded rows), so the
dimensions are reset and rows/columns capped as they stream. Read-only mode has no merged
cells: they are read from the sheet XML.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from agencydesk.domain.importing.workbook import ExcelError
from agencydesk.services.importing.read_ooxml import (
    decode_escapes,
    error_cells,
    merged_ranges,
    sheet_parts,
)
from agencydesk.services.importing.read_stream import Refusal, Send, SheetStream, clip_merged

SHARED_TEXT_MIN = 1000
LONGEST_TEXT = 32_767  # Excel's own limit for one cell


def _rows(worksheet: Any, send: Send, max_columns: int, texts: dict[int, tuple]) -> Iterator[list]:
    midnight = dt.time(0)
    for cells in worksheet.iter_rows():
        row = []
        for cell in cells[:max_columns]:
            value = cell.value
            if value is None:
                row.append(None)
                continue
            kind = value.__class__
            if kind is str:
                if cell.data_type == "e":
                    value = ExcelError(value)
                elif len(value) > SHARED_TEXT_MIN:
                    value = _shared_text(value, send, texts)
                elif "_x" in value:
                    value = decode_escapes(value)
            elif kind is dt.datetime and value.time() == midnight:
                value = value.date()  # as calamine gives a date-only format
            elif kind is int and cell.number_format.startswith("00"):
                value = _zero_padded(value, cell.number_format)
            row.append(value)
        yield row


def _zero_padded(value: int, number_format: str) -> int | str:
    """A DNI under the format "00000000" as Excel shows it, "01234567" (the calamine path's
    side scan does the same: read_ooxml.zero_padded_cells)."""
    if number_format.strip("0") or value < 0 or len(str(value)) >= len(number_format):
        return value
    return str(value).zfill(len(number_format))


def _shared_text(value: str, send: Send, texts: dict[int, tuple]) -> tuple:
    """A long shared string is sent once and referenced as ("text", n) in every cell using it.

    One shared string can fill thousands of cells (poi__poc-shared-strings.xlsx: 1 MB in 12,000
    cells): copied per cell it would be 12 GB to send. Longer than a cell can hold in Excel, it
    is a forged file: cut to that length.
    """
    known = texts.get(id(value))
    if known is None:
        text = decode_escapes(value[: LONGEST_TEXT * 2])[:LONGEST_TEXT]
        # ``value`` is kept in the entry so that its id cannot be reused by another string.
        known = texts[id(value)] = (("text", len(texts)), value)
        send(("text", known[0][1], text))
        if len(value) > LONGEST_TEXT:
            send(("note", "text_truncated"))
    return known[0]


def read_openpyxl(path: str, send: Send, max_rows: int, max_columns: int) -> int:
    """Send every worksheet as openpyxl reads it; returns the non-empty rows sent."""
    try:
        with warnings.catch_warnings():
            # "Unknown extension", "no default style"...: noise about parts we do not use.
            warnings.simplefilter("ignore")
            import openpyxl

            with open(path, "rb") as handle:
                # A file object, not the path: openpyxl refuses names not ending in .xlsx/.xlsm.
                workbook = openpyxl.load_workbook(
                    handle, read_only=True, data_only=True, keep_links=False
                )
                try:
                    return _send_sheets(path, workbook, send, max_rows, max_columns)
                finally:
                    workbook.close()
    except (Refusal, MemoryError):
        raise
    except Exception as exc:  # BadZipFile (bad CRC), KeyError (missing part), ValueError...
        raise Refusal("import_damaged") from exc


def _send_sheets(path: str, workbook: Any, send: Send, max_rows: int, max_columns: int) -> int:
    with zipfile.ZipFile(path) as archive:
        try:
            parts = sheet_parts(archive)
        except Exception:
            parts = {}
        total = 0
        texts: dict[int, tuple] = {}
        for worksheet in workbook.worksheets:
            send(("sheet", worksheet.title, worksheet.sheet_state != "visible"))
            worksheet.reset_dimensions()
            stream = SheetStream(send, worksheet.title, max_rows, max_columns)
            part = parts.get(worksheet.title)
            # openpyxl gives a formula saved without its result as None: find those.
            errors = error_cells(archive, part) if part else None
            stream.feed(_rows(worksheet, send, max_columns, texts), errors=errors)
            if part:
                merged = clip_merged(merged_ranges(archive, part), max_columns)
                if merged:
                    send(("merged", merged))
            total += stream.rows
    return total
