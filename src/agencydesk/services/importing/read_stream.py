"""What every reader in the child shares: refusals, and the stream that sends a sheet's rows.

Rows are trimmed and capped here, once, for all readers: trailing empty cells and rows go,
cells past ``max_columns`` are ignored (a lying dimension never gets materialised), and more
than ``max_rows`` non-empty rows is a refusal with the limit in the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from agencydesk.domain.importing.workbook import ExcelError

CHUNK_ROWS = 2000
Send = Callable[[tuple], None]


class Refusal(Exception):
    """A UserError to hand to the parent (the child does not import domain.errors)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def duration_value(value: dt.timedelta) -> dt.time | str:
    """A cell formatted as a duration: a time of day if under 24 h, else "255:10:10" as shown."""
    if dt.timedelta(0) <= value < dt.timedelta(days=1):
        return (dt.datetime.min + value).time()
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def reduce_timedelta(value: dt.timedelta) -> tuple:
    # Applied while pickling, so no per-cell type test is paid for the other cells.
    shown = duration_value(value)
    return (str, (shown,)) if isinstance(shown, str) else shown.__reduce__()


class SheetStream:
    """Sends one sheet's rows in chunks: trims, caps columns, counts rows, keeps numbering."""

    def __init__(self, send: Send, name: str, max_rows: int, max_columns: int) -> None:
        self.send = send
        self.name = name
        self.max_rows = max_rows
        self.max_columns = max_columns
        self.rows = 0  # non-empty rows sent

    def feed(
        self,
        rows: Iterable[list[Any]],
        col_offset: int = 0,
        errors: dict[int, list[tuple[int, str]]] | None = None,
        padded: dict[int, list[tuple[int, str]]] | None = None,
    ) -> None:
        """Send ``rows``; ``errors`` (row -> [(column, code)]) fill cells the reader left
        empty with ExcelError(code); ``padded`` (row -> [(column, text)]) replace numbers by
        the text a spreadsheet shows for them ("01234567" for 1234567)."""
        empty = ""
        max_columns = self.max_columns
        pad = [None] * col_offset
        pending = 0  # empty rows not sent yet: dropped if nothing follows them
        buffer: list[list[Any]] = []
        count = self.rows
        for index, row in enumerate(rows):
            if col_offset:
                row = pad + row
            if errors and index in errors:
                row = _with_errors(row, errors[index], max_columns)
            if padded and index in padded:
                row = _with_padding(row, padded[index])
            if len(row) > max_columns:
                row = row[:max_columns]
            if empty in row:
                row = [None if value == empty else value for value in row]
                while row and row[-1] is None:
                    row.pop()
            elif row and row[-1] is None:
                while row and row[-1] is None:
                    row.pop()
            if not row:
                pending += 1
                continue
            if pending:
                buffer.extend([] for _ in range(pending))
                pending = 0
            buffer.append(row)
            count += 1
            if count > self.max_rows:
                raise Refusal("import_too_many_rows", sheet=self.name, limit=self.max_rows)
            if len(buffer) >= CHUNK_ROWS:
                self.send(("rows", buffer))
                buffer = []
        if buffer:
            self.send(("rows", buffer))
        self.rows = count


def _with_errors(row: list[Any], cells: list[tuple[int, str]], max_columns: int) -> list[Any]:
    row = list(row)
    for column, code in cells:
        if column >= max_columns:
            continue
        if column >= len(row):
            row.extend([None] * (column + 1 - len(row)))
        if row[column] in ("", None):
            row[column] = ExcelError(code)
    return row


def _with_padding(row: list[Any], cells: list[tuple[int, str]]) -> list[Any]:
    row = list(row)
    for column, text in cells:
        value = row[column] if column < len(row) else None
        # Only the number the text shows: a reader that already gave text keeps it.
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(text):
            row[column] = text
    return row


def clip_merged(
    ranges: Iterable[tuple[int, int, int, int]], max_columns: int
) -> list[tuple[int, int, int, int]]:
    return [
        (r0, c0, r1, min(c1, max_columns - 1))
        for r0, c0, r1, c1 in ranges
        if c0 < max_columns and r0 <= r1 and c0 <= c1
    ]
