"""Export every row of an entity to JSON, CSV or XLSX, with the field names of DOMAIN.md.

The file is written to a temporary file next to the target and moved over it at the end
(``os.replace``), so a failure or a cancel never leaves a half-written export behind, and an
existing file is only replaced by a complete one.

Spreadsheet safety: a text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return can be run as a formula by Excel or LibreOffice (CSV injection). In XLSX such a text is
stored as a string cell explicitly; in CSV it is prefixed with a single quote, as OWASP advises.

openpyxl is imported inside the XLSX writer only: ``import agencydesk.cli`` stays light.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import secrets
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring  # the ensure_ascii=False flavour, in C
from pathlib import Path
from typing import IO, Any, Protocol

from agencydesk.data.repos import export as repo
from agencydesk.data.repos.export import ExportColumn
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress

ENTITIES: list[str] = repo.entity_names()
FORMATS = (".json", ".csv", ".xlsx")

# Progress is reported every this many rows (and at the start and the end).
PROGRESS_EVERY = 250

# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain negative number ("-12", "-3.5", "-1.234,56") is not a formula: left as it is.
_PLAIN_NEGATIVE = re.compile(r"-\d[\d.,]*")
# Excel refuses a cell longer than this; the rest is cut and the cut marked with "…".
XLSX_MAX_TEXT = 32_767


def export_entity(
    uow: UnitOfWork,
    entity: str,
    out: Path,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write every row of ``entity`` to ``out`` (format by suffix); returns the row count.

    Raises ``UserError`` for an unknown entity, a suffix other than .json/.csv/.xlsx, or a file
    that cannot be written; ``Cancelled`` if ``cancel`` is set (nothing is written then).
    """
    name = repo.canonical_entity(entity)
    if name is None:
        raise UserError("export_unknown_entity", entity=entity, choices=", ".join(ENTITIES))
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("export_bad_format", path=str(out))
    if out.is_dir():
        raise UserError("export_cannot_write", path=str(out), reason="it is a folder")

    columns = repo.columns(name)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        # "x": the temporary name is ours alone; the file gets the user's usual permissions.
        with _open(tmp, suffix) as fh:
            writer = _WRITERS[suffix](fh, columns, name)
            try:
                done = _copy_rows(uow, name, writer, progress, cancel)
                writer.finish()
            except BaseException:
                writer.abort()
                raise
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(
            "export_cannot_write", path=str(out), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        # Gone after os.replace; never created if the folder is missing (that error wins).
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return done


def _open(path: Path, suffix: str) -> IO[Any]:
    if suffix == ".xlsx":
        return path.open("xb")
    # utf-8-sig writes the BOM that makes Excel on Windows read the CSV as UTF-8 (accents).
    encoding = "utf-8-sig" if suffix == ".csv" else "utf-8"
    return path.open("x", encoding=encoding, newline="")


def _copy_rows(
    uow: UnitOfWork,
    entity: str,
    writer: _Writer,
    progress: ProgressSink,
    cancel: CancelToken | None,
) -> int:
    done = 0
    with uow() as session:
        total = repo.count(session, entity)
        progress(0, total, entity)
        for page in repo.pages(session, entity):
            if cancel is not None:
                cancel.check()
            for row in page:
                writer.write(row)
                done += 1
                if done % PROGRESS_EVERY == 0:
                    progress(done, max(total, done), entity)
    if cancel is not None:
        cancel.check()
    progress(done, max(total, done), entity)
    return done


# --- values ----------------------------------------------------------------------------------


def decimal_text(value: Decimal) -> str:
    """The exact value in plain notation (never ``1E+3``), with its stored decimals."""
    return format(value, "f")


def plain_text(value: Any) -> str:
    """A value as the text CSV shows: ISO dates, true/false, exact decimals, JSON objects."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "\n".join(plain_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return decimal_text(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def json_value(value: Any) -> str:
    """One value as JSON text; a Decimal becomes a JSON number with its exact digits.

    The common types are spelled out: calling ``json.dumps`` for every cell triples the time
    of a large export.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, (date, datetime)):
        return f'"{value.isoformat()}"'
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def csv_safe(text: str) -> str:
    """Quote-prefix a text a spreadsheet would run as a formula (but not ``-12.5``)."""
    if text.startswith(FORMULA_START) and not _PLAIN_NEGATIVE.fullmatch(text):
        return "'" + text
    return text


# --- writers ---------------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, row: dict[str, Any]) -> None: ...
    def finish(self) -> None: ...
    def abort(self) -> None: ...


class _JsonWriter:
    """A JSON array of objects, one object per line, keys in column order."""

    def __init__(self, fh: IO[str], columns: list[ExportColumn], _title: str) -> None:
        self._fh = fh
        self._keys = [(c.name, json.dumps(c.name, ensure_ascii=False)) for c in columns]
        self._first = True
        fh.write("[")

    def write(self, row: dict[str, Any]) -> None:
        body = ", ".join(f"{key}: {json_value(row[name])}" for name, key in self._keys)
        self._fh.write(("\n  {" if self._first else ",\n  {") + body + "}")
        self._first = False

    def finish(self) -> None:
        self._fh.write("]\n" if self._first else "\n]\n")

    def abort(self) -> None:
        pass


class _CsvWriter:
    """Header row of field names, then one line per row; only text columns are escaped."""

    def __init__(self, fh: IO[str], columns: list[ExportColumn], _title: str) -> None:
        self._writer = csv.writer(fh)
        self._names = [c.name for c in columns]
        self._texts = frozenset(c.name for c in columns if c.kind in ("text", "json", "list"))
        self._writer.writerow(self._names)

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow(
            [
                csv_safe(plain_text(row[n])) if n in self._texts else plain_text(row[n])
                for n in self._names
            ]
        )

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        pass


def column_width(column: ExportColumn) -> float:
    """A width (in characters) that shows typical values without a sea of blank space."""
    header = len(column.name) + 2
    if column.name == "uuid":
        return 38
    hints: dict[str, int] = {
        "int": 8,
        "decimal": 16,
        "date": 12,
        "datetime": 20,
        "bool": 8,
        "enum": 16,
        "json": 40,
        "list": 40,
    }
    if column.kind in hints:
        hint = hints[column.kind]
    elif column.size is None:
        hint = 50
    elif column.size <= 10:
        hint = column.size + 2
    elif column.size <= 40:
        hint = 18
    elif column.size <= 100:
        hint = 24
    elif column.size <= 250:
        hint = 32
    else:
        hint = 40
    return float(min(max(header, hint), 60))


class _XlsxWriter:
    """One sheet in openpyxl's write-only mode (rows stream to disk, not to memory)."""

    def __init__(self, fh: IO[bytes], columns: list[ExportColumn], title: str) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._fh = fh
        self._cell = WriteOnlyCell
        self._error_codes = frozenset(ERROR_CODES)
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title[:31])
        # Column sizes and panes must be set before the first row in write-only mode.
        for index, column in enumerate(columns, start=1):
            self._sheet.column_dimensions[get_column_letter(index)].width = column_width(column)
        self._sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for column in columns:
            cell = WriteOnlyCell(self._sheet, value=column.name)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)
        self._converters: list[tuple[str, Callable[[Any], Any]]] = [
            (c.name, self._converter(c)) for c in columns
        ]

    def _converter(self, column: ExportColumn) -> Callable[[Any], Any]:
        if column.kind == "date":
            return self._formatted("yyyy-mm-dd")
        if column.kind == "datetime":
            return self._formatted("yyyy-mm-dd hh:mm:ss")
        if column.kind == "decimal":
            return self._formatted("#,##0.00" if column.size == 2 else "General")
        if column.kind in ("int", "bool"):
            return _identity
        return self._text

    def _formatted(self, number_format: str) -> Callable[[Any], Any]:
        def convert(value: Any) -> Any:
            if value is None:
                return None
            cell = self._cell(self._sheet, value=value)
            cell.number_format = number_format
            return cell

        return convert

    def _text(self, value: Any) -> Any:
        if value is None:
            return None
        text = self._illegal.sub("", plain_text(value))
        if len(text) > XLSX_MAX_TEXT:
            text = text[: XLSX_MAX_TEXT - 1] + "…"
        if not text:
            return None
        if text.startswith(FORMULA_START) or text in self._error_codes:
            # openpyxl would make "=…" a formula and "#N/A" an error: force a string cell.
            cell = self._cell(self._sheet, value=text)
            cell.data_type = "s"
            return cell
        return text

    def write(self, row: dict[str, Any]) -> None:
        self._sheet.append([convert(row[name]) for name, convert in self._converters])

    def finish(self) -> None:
        self._book.save(self._fh)

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


def _identity(value: Any) -> Any:
    return value


_WRITERS: dict[str, Callable[[Any, list[ExportColumn], str], _Writer]] = {
    ".json": _JsonWriter,
    ".csv": _CsvWriter,
    ".xlsx": _XlsxWriter,
}
