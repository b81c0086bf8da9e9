"""Export a table as the user sees it (a list of the UI with its current filter) to .xlsx or .csv.

The caller gives the headers (already translated) and the rows as typed values: dates as
``date``/``datetime``, amounts as ``Decimal``, counts as ``int``, enumerations already turned
into their translated labels. The XLSX is the same typed, styled sheet as the entity export
(``spreadsheet.XlsxSheet``); the CSV is written for Excel in the reader's region (see
``CsvTable``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.spreadsheet import KINDS, XlsxSheet, atomic_output, csv_safe

TABLE_FORMATS = (".xlsx", ".csv")
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class TableColumn:
    header: str  # already translated by the UI
    kind: str = "text"  # "text" | "date" | "datetime" | "money" | "number" | "integer" |
    # "percent" (values 0–100) | "bool"


def export_table(
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Any]],
    out: Path,
    title: str = "",
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
    *,
    total: int | None = None,
    csv_delimiter: str = ";",
) -> int:
    """Write ``rows`` under ``columns`` to ``out`` (.xlsx or .csv by suffix); the row count.

    ``title`` names the sheet (made acceptable to Excel) and labels the progress; ``total``
    is the number of rows when ``rows`` has no length (for the progress bar only).
    Raises ``UserError`` ("export_bad_format", "export_cannot_write") or ``Cancelled`` (no
    file is written then; an existing file is kept).
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise UserError("export_bad_format", path=str(out))
    for column in columns:
        if column.kind not in KINDS:
            raise ValueError(f"unknown column kind {column.kind!r}")
    if total is None:
        total = len(rows) if isinstance(rows, Sized) else 0
    headers = [c.header for c in columns]
    kinds = [c.kind for c in columns]
    # utf-8-sig: the BOM makes Excel on Windows read the CSV as UTF-8 (accents, ñ).
    with atomic_output(out, binary=suffix == ".xlsx", encoding="utf-8-sig") as fh:
        writer: XlsxSheet | CsvTable
        if suffix == ".xlsx":
            writer = XlsxSheet(fh, title, headers, kinds)
        else:
            writer = CsvTable(fh, headers, kinds, csv_delimiter)
        try:
            done = _copy(rows, writer, title, total, progress, cancel)
            writer.finish()
        except BaseException:
            writer.abort()
            raise
    return done


def _copy(
    rows: Iterable[Sequence[Any]],
    writer: XlsxSheet | CsvTable,
    title: str,
    total: int,
    progress: ProgressSink,
    cancel: CancelToken | None,
) -> int:
    done = 0
    progress(0, total, title)
    for row in rows:
        if done % PROGRESS_EVERY == 0:
            if cancel is not None:
                cancel.check()
            if done:
                progress(done, max(total, done), title)
        writer.write(row)
        done += 1
    if cancel is not None:
        cancel.check()
    progress(done, max(total, done), title)
    return done


class CsvTable:
    """A CSV for Excel: UTF-8 with a BOM, and the separators of the reader's region.

    Excel opens a double-clicked CSV with the list separator of Windows' regional settings:
    ";" wherever the decimal mark is a comma (Chile, Argentina, Colombia, Ecuador, Spain,
    Brazil...), "," where it is a point (Mexico, Peru, Central America). A file with the other
    separator opens with every row in one column, so the caller chooses from the user's locale
    (the UI: QLocale's decimal point); ";" is the default because most offices using the
    program have the decimal comma. Numbers follow the same choice (``12500,5`` with ";",
    ``12500.5`` with ","), without thousands separators, so Excel reads them as numbers; dates
    are ISO (``2025-03-15``), which Excel reads as dates in every region, and our importer
    reads back. Text that could run as a formula gets a leading apostrophe (``csv_safe``).
    """

    def __init__(
        self, fh: IO[str], headers: Sequence[str], kinds: Sequence[str], delimiter: str = ";"
    ) -> None:
        if delimiter not in (";", ",", "\t"):
            raise ValueError(f"unsupported CSV delimiter {delimiter!r}")
        self._writer = csv.writer(fh, delimiter=delimiter)
        self._comma = delimiter != ","
        self._kinds = list(kinds)
        self._writer.writerow([csv_safe(str(h)) for h in headers])

    def write(self, values: Sequence[Any]) -> None:
        self._writer.writerow([self._text(v, k) for v, k in zip(values, self._kinds, strict=False)])

    def _text(self, value: Any, kind: str) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, datetime):
            return value.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (int, float, Decimal)):
            text = _number(value)
            if kind == "percent":
                text += "%"
            return text.replace(".", ",") if self._comma else text
        return csv_safe(str(value))

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        pass


def _number(value: int | float | Decimal) -> str:
    """Plain notation, never ``1E+3``; a float without the noise of binary fractions."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    return str(value)
