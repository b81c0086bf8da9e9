"""The rejected rows, saved to a workbook the partner can fix and send back.

It repeats the sheet's header row and each rejected row as it was read, plus an "Error" column
saying what is wrong, so nothing the partner sent is lost. Written with openpyxl in write-only
mode to a temporary name next to the target, then renamed: never a half-written file.
Text that a spreadsheet would run as a formula is stored as text (see services/export.py).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk.domain.errors import file_error
from agencydesk.domain.importing.workbook import CellValue, ExcelError
from agencydesk.services.importing.preview import cell_text
from agencydesk.services.importing.setup import ImportPreview, RowError
from agencydesk.services.spreadsheet import FORMULA_START, XLSX_MAX_TEXT

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def row_error_text(error: RowError, sentence: str | None = None) -> str:
    """The Error cell's words for one error: "Column: why (value)"; ``sentence`` is why, in
    the user's language (the wizard and the command line translate ``error.reason``), else
    the pipeline's English ``error.message``."""
    where = f"{error.column}: " if error.column else ""
    shown = f" ({error.value})" if error.value else ""
    return f"{where}{sentence or error.message}{shown}"


def default_describe(error: RowError) -> str:
    return row_error_text(error)


def _cell(value: CellValue, sheet: object) -> object:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or isinstance(value, (bool, int, float)):
        return value
    error = isinstance(value, ExcelError)
    if not error and not isinstance(value, str):
        return value  # date, datetime, time: typed cells
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:XLSX_MAX_TEXT]
    if error or text.startswith(FORMULA_START):
        # openpyxl would make "=..." a formula and "#N/A" an error: a string cell, quoted so
        # Excel keeps it text when the partner edits it.
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return text


def write_rejects(
    preview: ImportPreview,
    out: Path,
    describe: Callable[[RowError], str] | None = None,
    error_header: str = "Error",
) -> int:
    """Write the rejected rows of ``preview`` to ``out`` (.xlsx); returns how many."""
    from openpyxl import Workbook

    describe = describe or default_describe
    out = Path(out)
    rejected = [row for row in preview.rows if row.errors]
    width = max([len(preview.headers), *(len(r.raw) for r in rejected)])
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    workbook = Workbook(write_only=True)
    title = "".join(" " if c in "[]:*?/\\" else c for c in preview.setup.sheet or "")
    sheet = workbook.create_sheet(title=title.strip()[:31] or "Rechazadas")
    try:
        headers = list(preview.headers) + [""] * (width - len(preview.headers))
        sheet.append([_cell(h, sheet) for h in headers] + [error_header])
        for row in rejected:
            cells = list(row.raw) + [None] * (width - len(row.raw))
            message = "; ".join(describe(e) for e in row.errors)
            sheet.append([_cell(v, sheet) for v in cells] + [_cell(message, sheet)])
        workbook.save(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        _discard(sheet, tmp)
        raise file_error("export_cannot_write", exc, path=str(out)) from exc
    except BaseException:
        _discard(sheet, tmp)
        raise
    return len(rejected)


def _discard(sheet: WriteOnlyWorksheet, tmp: Path) -> None:
    """After a failed save: close the write-only sheet's row stream now, while its temporary
    file is open. Left to the garbage collector, the stream is closed after its file and
    Python prints "Exception ignored in: <generator object WriteOnlyWorksheet._write_rows>
    ... ValueError: I/O operation on closed file" on stderr, a traceback the user sees."""
    if not sheet.closed:
        with contextlib.suppress(Exception):
            sheet.close()
    with contextlib.suppress(OSError):
        tmp.unlink()


__all__ = ["cell_text", "default_describe", "row_error_text", "write_rejects"]
