"""Merged cells of an .ods workbook, read from its ``content.xml`` (in the child process).

python-calamine reads .ods values but gives no merged ranges for them (``merged_cell_ranges``
is None), so an axis typed once in a cell merged down over several actions would reach only
the first one. ODF marks a merge on its top-left cell (``table:number-rows-spanned``,
``table:number-columns-spanned``); the cells it covers are ``table:covered-table-cell``.
Positions are counted through ``table:number-rows-repeated`` / ``number-columns-repeated``,
as calamine counts them (rows from the top of the sheet, columns from column A).

Fast and bounded: the part is read by chunks of whole rows; rows are counted with
``bytes.count`` and only a row holding the word "spanned" is looked at cell by cell (a parse
of every element costs four times calamine's whole read on 50,000 rows). Like calamine, it
knows the elements by their usual ``table:`` prefix. Nothing is parsed as XML, so no entity
can be expanded (the parent refused any DTD already).
"""

from __future__ import annotations

import re
import zipfile

from agencydesk.services.importing.read_ooxml import chunks, unescape_xml

# A row repeated many times with a merge in it (a forged file): merges kept for so many.
MAX_REPEATED_MERGES = 1000
_TABLE = re.compile(rb"<table:table[\s>]([^>]*)>")
_NAME = re.compile(rb"""\btable:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ROW_STARTS = (b"<table:table-row ", b"<table:table-row>")
_ROW_END = b"</table:table-row>"
_ROWS_REPEATED = re.compile(rb"""table:number-rows-repeated\s*=\s*["'](\d+)["']""")
_ROW_TAG = re.compile(rb"<table:table-row(?=[\s>])([^>]*)>")
_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*)>")
_COLS_REPEATED = re.compile(rb"""table:number-columns-repeated\s*=\s*["'](\d+)["']""")
_ROWS_SPANNED = re.compile(rb"""table:number-rows-spanned\s*=\s*["'](\d+)["']""")
_COLS_SPANNED = re.compile(rb"""table:number-columns-spanned\s*=\s*["'](\d+)["']""")
_SPANNED = b"spanned"

Range = tuple[int, int, int, int]


def _number(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    found = pattern.search(attrs)
    return max(1, int(found.group(1))) if found else 1


class _Merges:
    """The merged ranges of every sheet, fed the part's chunks in order."""

    def __init__(self, max_columns: int, max_ranges: int) -> None:
        self.max_columns = max_columns
        self.max_ranges = max_ranges
        self.count = 0
        self.ranges: dict[str, list[Range]] = {}
        self.sheet: list[Range] | None = None  # None: before the first table
        self.row = 0  # index of the next row

    def feed(self, data: bytes) -> None:
        start = 0
        for table in _TABLE.finditer(data):
            self._rows(data, start, table.start())
            name = _NAME.search(table.group(1))
            text = (name.group(1) or name.group(2) or b"") if name else b""
            self.sheet = self.ranges.setdefault(unescape_xml(text.decode("utf-8", "replace")), [])
            self.row = 0
            start = table.end()
        self._rows(data, start, len(data))

    def _rows(self, data: bytes, start: int, end: int) -> None:
        """Rows in data[start:end] (whole rows of one table): counted, merges taken."""
        if self.sheet is None:
            return
        while start < end:
            found = data.find(_SPANNED, start, end)
            if found < 0:
                self.row += _count_rows(data, start, end)
                return
            row_start = data.rfind(b"<table:table-row", start, found)
            tag = _ROW_TAG.search(data, row_start, found) if row_start >= 0 else None
            close = data.find(_ROW_END, found, end)
            if tag is None or close < 0:  # "spanned" outside a row: nothing to take there
                self.row += _count_rows(data, start, found + len(_SPANNED))
                start = found + len(_SPANNED)
                continue
            self.row += _count_rows(data, start, tag.start())
            repeat = _number(_ROWS_REPEATED, tag.group(1))
            self._cells(data, tag.end(), close, repeat)
            self.row += repeat
            start = close + len(_ROW_END)

    def _cells(self, data: bytes, start: int, end: int, repeat: int) -> None:
        col = 0
        for cell in _CELL.finditer(data, start, end):
            if col >= self.max_columns:
                return
            attrs = cell.group(1)
            if _SPANNED in attrs:
                rows = _number(_ROWS_SPANNED, attrs)
                cols = _number(_COLS_SPANNED, attrs)
                if rows > 1 or cols > 1:
                    self._add(col, rows, cols, repeat)
            col += _number(_COLS_REPEATED, attrs) if b"repeated" in attrs else 1

    def _add(self, col: int, rows: int, cols: int, repeat: int) -> None:
        assert self.sheet is not None
        last_col = min(col + cols, self.max_columns) - 1
        for row in range(self.row, self.row + min(repeat, MAX_REPEATED_MERGES)):
            if self.count >= self.max_ranges:
                return
            self.sheet.append((row, col, row + rows - 1, last_col))
            self.count += 1


def _count_rows(data: bytes, start: int, end: int) -> int:
    rows = sum(data.count(tag, start, end) for tag in _ROW_STARTS)
    if rows and data.find(b"rows-repeated", start, end) >= 0:
        for found in _ROWS_REPEATED.finditer(data, start, end):
            rows += max(1, int(found.group(1))) - 1
    return rows


def ods_merged(path: str, max_columns: int, max_ranges: int) -> dict[str, list[Range]]:
    """Sheet name -> merged ranges (first_row, first_col, last_row, last_col), 0-based and
    inclusive, cut at ``max_columns``; at most ``max_ranges`` in all."""
    merges = _Merges(max_columns, max_ranges)
    with zipfile.ZipFile(path) as archive:
        # Chunks end after a row's end tag: a row is never split between two of them.
        for data in chunks(archive, "content.xml", _ROW_END):
            merges.feed(data)
            if merges.count >= max_ranges:
                break
    return {name: ranges for name, ranges in merges.ranges.items() if ranges}
