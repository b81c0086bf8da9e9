"""What a reader hands over: the cells of a workbook, already typed, with nothing of the file.

Readers (``services/importing``) run in a child process and send a ``RawWorkbook`` back by
pickle, so these classes are plain frozen dataclasses of built-in types and import nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class FileFormat(StrEnum):
    """The format found from the file's content (never from its name)."""

    XLSX = "xlsx"
    XLSM = "xlsm"
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


@dataclass(frozen=True)
class ExcelError:
    """An Excel error value in a cell (``#N/A``, ``#DIV/0!``, ``#REF!``…): never a value."""

    code: str

    def __str__(self) -> str:
        return self.code


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# A cell as a reader gives it: None (empty), text, a number, a boolean, a date or time, or an
# error. Date-formatted numeric cells arrive as date/datetime; plain numbers stay numbers.
CellValue = None | str | int | float | bool | date | datetime | time | ExcelError


@dataclass(frozen=True)
class MergedRange:
    """A merged area, 0-based and inclusive; only its top-left cell holds the value."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class RawSheet:
    name: str
    hidden: bool = False
    # Row-major; rows[i] is spreadsheet row i + 1. Trailing empty cells and trailing empty rows
    # are trimmed; an empty row inside the data stays (as an empty list) so numbers keep matching
    # what the spreadsheet shows.
    rows: list[list[CellValue]] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)
    # 0-based columns the partner hid (.xlsx only): a hidden "DNI" beside a visible one is
    # usually the old column kept out of sight, so the visible one is mapped first.
    hidden_columns: frozenset[int] = frozenset()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(frozen=True)
class RawWorkbook:
    format: FileFormat
    sheets: list[RawSheet]
    reader: str = ""  # "calamine", "openpyxl" or "csv": logged and put in the report
    encoding: str | None = None  # text files only
    delimiter: str | None = None  # text files only
    # Codes of what the reader noticed and worked around (e.g. "dimension_reset"), for the log.
    notes: list[str] = field(default_factory=list)

    def sheet(self, name: str) -> RawSheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)
