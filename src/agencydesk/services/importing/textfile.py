"""CSV and TXT files, read in-process with the standard library (no parser can be attacked
through a CSV, and the csv module is fast enough).

Encodings partners send: UTF-8 with or without BOM ("CSV UTF-8"), cp1252 (Excel's "CSV" in a
Spanish Windows: "€", "Año"), UTF-16 with BOM (Excel's "Unicode text", tab-separated). cp1252,
not latin-1: its 0x80-0x9F bytes are "€", curly quotes and dashes. Values stay strings: the
import rules type them per column.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import time
from collections import Counter
from pathlib import Path

from agencydesk.domain.errors import UserError, file_error
from agencydesk.domain.importing.workbook import CellValue, FileFormat, RawSheet, RawWorkbook
from agencydesk.domain.progress import CancelToken
from agencydesk.domain.text import unguard
from agencydesk.services.importing.csv_records import csv_records
from agencydesk.services.importing.sniff import file_params

log = logging.getLogger(__name__)

DELIMITERS = (";", ",", "\t", "|")
SAMPLE_LINES = 30
CHECK_EVERY = 5000
# The workbook note of a row whose quotes were mended (csv_records), and how many are noted.
MENDED = "csv_quotes_mended:"
NOTED_MENDS = 20


def mended_rows(workbook: RawWorkbook) -> list[int]:
    """The rows (numbered from 1) of a CSV whose quotes were mended, the first NOTED_MENDS."""
    return [int(n[len(MENDED) :]) for n in workbook.notes if n.startswith(MENDED)]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) by BOM, else strict UTF-8, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le", errors="replace"), "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a stray one must not refuse the whole file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of fields.

    Title rows ("PADRÓN DE ACTORES 2025") have one field whatever the delimiter, so only rows
    with two or more fields vote; ties go to csv.Sniffer, then to the order of DELIMITERS.
    """
    sample = "\n".join(text.splitlines()[:SAMPLE_LINES])
    scores: dict[str, tuple[int, int]] = {}
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        counts = Counter(w for w in widths if w > 1)
        if counts:
            width, rows = counts.most_common(1)[0]
            scores[delimiter] = (rows, width)
    if not scores:
        return ","
    best = max(scores.values())
    tied = [d for d in DELIMITERS if scores.get(d) == best]
    if len(tied) > 1:
        try:
            hint = csv.Sniffer().sniff(sample, delimiters="".join(tied)).delimiter
        except csv.Error:
            hint = None
        if hint in tied:
            return hint
    return tied[0]


def read_text_file(
    path: Path,
    max_rows: int,
    max_columns: int,
    max_bytes: int,
    seconds: float,
    cancel: CancelToken | None = None,
) -> RawWorkbook:
    params = file_params(path)
    deadline = time.monotonic() + seconds
    try:
        if path.stat().st_size > max_bytes:
            raise UserError("import_too_big", **params)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError("import_file_missing", **params) from None
    except OSError as exc:
        raise file_error("import_file_unreadable", exc, writing=False, **params) from exc
    text, encoding = decode(data)
    del data
    if text.lstrip()[:1] == "<":
        # An HTML table or an XML "spreadsheet" saved as .xls/.csv by a web system: read as
        # CSV it would be tags, not cells.
        raise UserError("import_unsupported_format", **params)
    delimiter = detect_delimiter(text)
    rows: list[list[CellValue]] = []
    pending = 0
    count = 0
    mended: list[int] = []  # rows whose quotes were mended (csv_records)
    try:
        for index, fields in enumerate(csv_records(text, delimiter, mended)):
            if index % CHECK_EVERY == 0:
                if cancel is not None:
                    cancel.check()
                if time.monotonic() > deadline:
                    raise UserError("import_too_slow", seconds=f"{seconds:g}", **params)
            row: list[CellValue] = [
                (unguard(f) if f[0] == "'" else f) if f else None for f in fields[:max_columns]
            ]
            while row and row[-1] is None:
                row.pop()
            if not row:
                pending += 1
                continue
            if pending:
                rows.extend([] for _ in range(pending))
                pending = 0
            rows.append(row)
            count += 1
            if count > max_rows:
                raise UserError("import_too_many_rows", sheet=path.stem, limit=max_rows, **params)
    except csv.Error as exc:  # a field over the csv module's size limit
        raise UserError("import_damaged", **params) from exc
    if mended:
        log.info("%s: quotes mended on rows %s", path.name, mended[:NOTED_MENDS])
    return RawWorkbook(
        format=FileFormat.CSV,
        sheets=[RawSheet(name=path.stem, rows=rows)],
        reader="csv",
        encoding=encoding,
        delimiter=delimiter,
        notes=[f"{MENDED}{row}" for row in mended[:NOTED_MENDS]],
    )
