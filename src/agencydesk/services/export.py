"""Export every row of an entity to JSON, CSV or XLSX, with the field names of DOMAIN.md.

The file is written to a temporary file next to the target and moved over it at the end
(``spreadsheet.atomic_output``), so a failure or a cancel never leaves a half-written export
behind, and an existing file is only replaced by a complete one.

Spreadsheet safety (formula injection) and the XLSX sheet itself (typed cells, a styled frozen
header, autofilter, widths) are shared with the list export: see ``services/spreadsheet.py``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring  # the ensure_ascii=False flavour, in C
from pathlib import Path
from typing import IO, Any, Protocol

from agencydesk.data.repos import export as repo
from agencydesk.data.repos.export import ExportColumn
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError, problem_error
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.spreadsheet import (
    FORMULA_START,
    XLSX_MAX_TEXT,
    XlsxSheet,
    atomic_output,
    csv_safe,
)

__all__ = [
    "ENTITIES",
    "FORMATS",
    "FORMULA_START",
    "XLSX_MAX_TEXT",
    "Exported",
    "csv_safe",
    "export_entity",
    "write_entity",
]

ENTITIES: list[str] = repo.entity_names()
FORMATS = (".json", ".csv", ".xlsx")

# Progress is reported every this many rows (and at the start and the end).
PROGRESS_EVERY = 250


@dataclass(frozen=True)
class Exported:
    """What an export wrote: its rows, and how many texts an .xlsx had to cut to Excel's limit
    (``XLSX_MAX_TEXT``; the user is told: the .csv and .json keep them whole)."""

    rows: int
    cut_texts: int = 0


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
    return write_entity(uow, entity, out, progress, cancel).rows


def write_entity(
    uow: UnitOfWork,
    entity: str,
    out: Path,
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> Exported:
    """``export_entity``, saying also how many texts were cut (``Exported``)."""
    name = repo.canonical_entity(entity)
    if name is None:
        raise UserError("export_unknown_entity", entity=entity, choices=", ".join(ENTITIES))
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("export_bad_format", path=str(out))
    if out.is_dir():
        raise problem_error("export_cannot_write", "is_folder", path=str(out))

    columns = repo.columns(name)
    # utf-8-sig writes the BOM that makes Excel on Windows read the CSV as UTF-8 (accents).
    encoding = "utf-8-sig" if suffix == ".csv" else "utf-8"
    with atomic_output(out, binary=suffix == ".xlsx", encoding=encoding) as fh:
        writer = _WRITERS[suffix](fh, columns, name)
        try:
            done = _copy_rows(uow, name, writer, progress, cancel)
            writer.finish()
        except BaseException:
            writer.abort()
            raise
    return Exported(done, writer.cut_texts)


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


# --- writers ---------------------------------------------------------------------------------


class _Writer(Protocol):
    cut_texts: int  # texts cut to Excel's limit (.xlsx only)

    def write(self, row: dict[str, Any]) -> None: ...
    def finish(self) -> None: ...
    def abort(self) -> None: ...


class _JsonWriter:
    """A JSON array of objects, one object per line, keys in column order."""

    cut_texts = 0

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

    cut_texts = 0

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


# The sheet's kind for each kind of database column (see spreadsheet.KINDS).
_SHEET_KINDS: dict[str, str] = {
    "int": "integer",
    "date": "date",
    "datetime": "datetime",
    "bool": "bool",
}


def sheet_kind(column: ExportColumn) -> str:
    if column.kind == "decimal":
        return "money" if column.size == 2 else "number"
    return _SHEET_KINDS.get(column.kind, "text")


class _XlsxWriter:
    """The entity's rows on one typed sheet, headed by the field names (see XlsxSheet)."""

    def __init__(self, fh: IO[bytes], columns: list[ExportColumn], title: str) -> None:
        self._names = [c.name for c in columns]
        kinds = [sheet_kind(c) for c in columns]
        self._sheet = XlsxSheet(fh, title, self._names, kinds)
        # JSON objects and child lists are written as the text the CSV shows.
        self._as_text = [kind == "text" for kind in kinds]

    def write(self, row: dict[str, Any]) -> None:
        self._sheet.write(
            [
                plain_text(row[name]) if text and row[name] is not None else row[name]
                for name, text in zip(self._names, self._as_text, strict=True)
            ]
        )

    @property
    def cut_texts(self) -> int:
        return self._sheet.cut_texts

    def finish(self) -> None:
        self._sheet.finish()

    def abort(self) -> None:
        self._sheet.abort()


_WRITERS: dict[str, Callable[[Any, list[ExportColumn], str], _Writer]] = {
    ".json": _JsonWriter,
    ".csv": _CsvWriter,
    ".xlsx": _XlsxWriter,
}
