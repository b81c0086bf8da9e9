"""What every file AgencyDesk writes for a spreadsheet shares: the write-then-rename of the file,
the defence against formula injection, and a typed, styled XLSX sheet.

Used by the entity export (``export.py``, the CLI) and the list export (``export_table.py``,
every list of the UI), so both write the same kind of workbook.

Formula injection: a text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return can be run as a formula by Excel or LibreOffice (OWASP "CSV injection"). In XLSX such a
text is a string cell explicitly (openpyxl would turn any ``str`` starting with ``=`` into a
formula) with the quote-prefix style, so editing it in Excel keeps it text; in CSV it gets a
leading single quote.

openpyxl is imported inside ``XlsxSheet`` and the functions that need it, never at the top:
``import agencydesk.cli`` stays light.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from agencydesk.domain.errors import file_error, problem_error
from agencydesk.domain.text import FORMULA_START

# A plain negative number ("-12", "-3.5", "-1.234,56") is not a formula: left as it is in CSV.
_PLAIN_NEGATIVE = re.compile(r"-\d[\d.,]*")
# Excel refuses a cell longer than this; the rest is cut and the cut marked with this mark
# (the import knows a text cut so and keeps the whole one it has: importing.handlers).
XLSX_MAX_TEXT = 32_767
XLSX_CUT_MARK = "…"
# Excel counts days from 1900 with a phantom 29 February 1900: an earlier date is a negative
# or shifted serial (Excel shows ####, readers make it a time of day), so it is written as ISO
# text, which Excel shows as written and the import reads back.
XLSX_FIRST_DATE = date(1900, 3, 1)
_XLSX_FIRST_DATETIME = datetime(1900, 3, 1)
# On Windows a file open in Excel cannot be replaced (a variable: tests play Windows).
_WINDOWS = os.name == "nt"
# Characters Excel does not accept in a sheet name; and its length limit.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_TITLE_MAX = 31

# Number formats. Dates day first, as users in the region read them; amounts with thousands
# separators (Excel shows them with the reader's own separators).
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0%"
INTEGER_FORMAT = "0"

KINDS = ("text", "date", "datetime", "money", "number", "integer", "percent", "bool")

# Column widths, in characters: from the header and the first rows, within these bounds.
MIN_WIDTH = 8
MAX_WIDTH = 60
WIDTH_SAMPLE = 200  # rows held back to measure before the sheet is started
HEADER_FILL = "DCE6F1"  # a pale blue that prints well in greyscale too


def csv_safe(text: str) -> str:
    """Quote-prefix a text a spreadsheet would run as a formula (but not ``-12.5``)."""
    if text.startswith(FORMULA_START) and not _PLAIN_NEGATIVE.fullmatch(text):
        return "'" + text
    return text


def sheet_title(title: str, fallback: str = "Sheet1") -> str:
    """``title`` as Excel accepts it for a sheet: no ``[]:*?/\\``, not starting or ending with
    an apostrophe, at most 31 characters; ``fallback`` when nothing is left."""
    text = _SHEET_FORBIDDEN.sub(" ", title)
    text = " ".join(text.split()).strip("'").strip()
    return text[:SHEET_TITLE_MAX].strip() or fallback


@contextlib.contextmanager
def atomic_output(out: Path, binary: bool, encoding: str = "utf-8") -> Iterator[IO[Any]]:
    """A new file next to ``out``, moved over it when the block ends without an error.

    A failure or a cancel never leaves a half-written file behind, and an existing file is only
    replaced by a complete one. An ``OSError`` (a missing or read-only folder, a full disk, a
    file open in Excel on Windows) becomes ``UserError("export_cannot_write")``.
    """
    out = Path(out)
    if out.is_dir():
        raise problem_error("export_cannot_write", "is_folder", path=str(out))
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        # "x": the temporary name is ours alone; the file gets the user's usual permissions.
        if binary:
            fh: IO[Any] = tmp.open("xb")
        else:
            fh = tmp.open("x", encoding=encoding, newline="")
        with fh:
            yield fh
        try:
            os.replace(tmp, out)
        except PermissionError as exc:
            if _WINDOWS:
                # The folder took the temporary file: what refuses is the file itself, which
                # Windows locks while Excel has it open.
                raise problem_error("export_cannot_write", "in_use", path=str(out)) from exc
            raise
    except OSError as exc:
        # The user's words for the usual causes (a missing folder, a read-only disk...).
        raise file_error("export_cannot_write", exc, path=str(out)) from exc
    finally:
        # Gone after os.replace; never created if the folder is missing (that error wins).
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def save_workbook(book: Any, fh: IO[bytes]) -> None:
    """``book.save(fh)``, with the zip archive closed also when writing fails (a full disk).

    Left open, the archive tries again when it is collected, after ``atomic_output`` closed
    the file, and Python prints "Exception ignored in ZipFile.__del__ … seek of closed file"
    under the sentence the user was given.
    """
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if book.write_only and not book.worksheets:
        book.create_sheet()  # as Workbook.save does
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        # Its own failure now (the disk is still full) is the one already being raised.
        with contextlib.suppress(Exception):
            archive.close()
        raise


@functools.cache
def _illegal_characters() -> re.Pattern[str]:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # openpyxl only when a sheet is made

    return ILLEGAL_CHARACTERS_RE


def _cell_text(text: str) -> tuple[str, bool]:
    """``text`` as an .xlsx cell holds it, and whether it was cut: without the control
    characters XML cannot hold, at most ``XLSX_MAX_TEXT`` long with the cut marked."""
    text = _illegal_characters().sub("", text)
    if len(text) <= XLSX_MAX_TEXT:
        return text, False
    return text[: XLSX_MAX_TEXT - len(XLSX_CUT_MARK)] + XLSX_CUT_MARK, True


def cut_by_xlsx(whole: str, cut: str) -> bool:
    """Whether ``cut`` is what an .xlsx export made of ``whole``, a text over Excel's limit
    (its beginning, Excel's length, the cut mark)."""
    return (
        len(cut) == XLSX_MAX_TEXT
        and len(whole) > XLSX_MAX_TEXT
        and cut.endswith(XLSX_CUT_MARK)
        and _cell_text(whole) == (cut, True)
    )


class CutTexts:
    """Counts the texts an .xlsx sheet will cut among rows going by (``watch``), for a caller
    whose rows another writes (``export_table``): to tell the user, who may want the .csv."""

    def __init__(self) -> None:
        self.count = 0

    def watch(self, rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        for row in rows:
            for value in row:
                if isinstance(value, str) and len(value) > XLSX_MAX_TEXT and _cell_text(value)[1]:
                    self.count += 1
            yield row


def shown_length(value: Any, kind: str) -> int:
    """About how many characters a cell shows (for its column's width)."""
    if value is None:
        return 0
    # Dates with some slack: fonts other than Calibri (LibreOffice's) draw digits wider.
    if isinstance(value, datetime):
        return 18
    if isinstance(value, date):
        return 11
    if isinstance(value, bool):
        return 5
    if isinstance(value, (int, float, Decimal)):
        if kind == "percent":
            return 5
        if kind == "money":
            return len(f"{value:,.2f}")
        return len(str(value))
    text = str(value)
    # A multi-line text is as wide as its longest line.
    return max((len(line) for line in text.splitlines()), default=0)


class XlsxSheet:
    """One sheet in openpyxl's write-only mode (rows stream to disk, not to memory).

    Cells are typed by their Python value (dates, datetimes, numbers, booleans, text); the
    column's ``kind`` chooses the number format (money with thousands separators and two
    decimals, a percent given 0–100 written as a fraction with "0%"). The header row is bold
    on a fill, frozen, with an autofilter over the data. Column widths come from the header
    and the first ``WIDTH_SAMPLE`` rows, which are held back until they are measured (a
    write-only sheet needs its widths before its first row).
    """

    def __init__(
        self, fh: IO[bytes], title: str, headers: Sequence[str], kinds: Sequence[str]
    ) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ERROR_CODES, WriteOnlyCell

        if len(headers) != len(kinds):
            raise ValueError("one kind per header")
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown column kinds: {sorted(unknown)}")
        self._fh = fh
        self._cell = WriteOnlyCell
        self._error_codes = frozenset(ERROR_CODES)
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(sheet_title(title))
        self._headers = [str(h) for h in headers]
        self._kinds = list(kinds)
        self._pending: list[list[Any]] | None = []  # None once the sheet has started
        self.rows = 0
        self.cut_texts = 0  # texts over Excel's limit, cut (the header's too)

    # --- rows ------------------------------------------------------------------------------

    def write(self, values: Sequence[Any]) -> None:
        row = list(values)
        if self._pending is not None:
            self._pending.append(row)
            if len(self._pending) >= WIDTH_SAMPLE:
                self._start()
            return
        self._append(row)

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        if self._pending is not None:
            self._start()
        last = get_column_letter(max(len(self._headers), 1))
        self._sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        save_workbook(self._book, self._fh)

    def abort(self) -> None:
        # Write-only rows go to a temporary file of openpyxl's own: remove it now rather than
        # at exit (a cancelled export of 100,000 rows would otherwise leave megabytes behind).
        writer = getattr(self._sheet, "_writer", None)
        if writer is None:
            return
        # The export already failed: tidying up must not hide why.
        with contextlib.suppress(Exception):
            self._sheet.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()

    # --- internals -------------------------------------------------------------------------

    def _start(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        pending, self._pending = self._pending or [], None
        # Column sizes and panes must be set before the first row in write-only mode.
        for index, (header, kind) in enumerate(zip(self._headers, self._kinds, strict=True)):
            content = max((shown_length(row[index], kind) for row in pending), default=0)
            # Room for the bold header and the autofilter's drop-down arrow beside it.
            wanted = max(len(header) * 1.1 + 4, content + 2)
            width = min(max(wanted, MIN_WIDTH), MAX_WIDTH)
            self._sheet.column_dimensions[get_column_letter(index + 1)].width = round(width, 1)
        self._sheet.freeze_panes = "A2"
        # Printed (or made a PDF) one page wide with the header on every page, rather than a
        # page per column.
        self._sheet.page_setup.orientation = "landscape"
        self._sheet.page_setup.fitToWidth = 1
        self._sheet.page_setup.fitToHeight = 0
        self._sheet.sheet_properties.pageSetUpPr.fitToPage = True
        self._sheet.print_title_rows = "1:1"
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor=HEADER_FILL)
        align = Alignment(vertical="center")
        header = []
        for text in self._headers:
            cell = self._cell(self._sheet, value=self._text(text))
            cell.font = bold
            cell.fill = fill
            cell.alignment = align
            header.append(cell)
        self._sheet.append(header)
        for row in pending:
            self._append(row)

    def _append(self, row: list[Any]) -> None:
        self._sheet.append([self._value(v, k) for v, k in zip(row, self._kinds, strict=False)])
        self.rows += 1

    def _value(self, value: Any, kind: str) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, datetime):
            # Excel has no time zones: the local wall time, as the program shows it.
            value = value.replace(tzinfo=None)
            if value < _XLSX_FIRST_DATETIME:
                return self._text(value.isoformat(sep=" ", timespec="minutes"))
            return self._formatted(value, DATETIME_FORMAT)
        if isinstance(value, date):
            if value < XLSX_FIRST_DATE:
                return self._text(value.isoformat())
            return self._formatted(value, DATE_FORMAT)
        if isinstance(value, (int, float, Decimal)):
            if kind == "money":
                return self._formatted(value, MONEY_FORMAT)
            if kind == "percent":
                return self._formatted(value / 100, PERCENT_FORMAT)
            if kind == "integer" and isinstance(value, int):
                return self._formatted(value, INTEGER_FORMAT)
            return value
        return self._text(value if isinstance(value, str) else str(value))

    def _formatted(self, value: Any, number_format: str) -> Any:
        cell = self._cell(self._sheet, value=value)
        cell.number_format = number_format
        return cell

    def _text(self, value: str) -> Any:
        text, cut = _cell_text(value)
        self.cut_texts += cut
        if not text:
            return None
        if text.startswith(FORMULA_START) or text in self._error_codes:
            # openpyxl would make "=…" a formula and "#N/A" an error: force a string cell,
            # quote-prefixed so Excel keeps it text when the cell is edited.
            cell = self._cell(self._sheet, value=text)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return text
