"""The records of a CSV text, with the quoting mistakes of hand-made and web-exported files
mended line by line.

A quote that opens a field and never closes makes the csv module read on, past the line's
end, into the next rows, up to the next quote in the file or to its end: one name cell would
swallow the next row ("Asociación El Progreso;2012…\\nCafé Sierra;…") or the rest of the
file. Web systems also write quotes inside a quoted field without doubling them
("\"Asociación \"El Progreso\"\";2012…"). The text is read strictly; where a record breaks the
rules, the line it began on is split on its own (``lenient_fields``: a quoted field ends at a
quote followed by the delimiter or the line's end; a quote that never closes is a stray
character) and reading goes on strictly from the next line. Well-formed files, multi-line
notes included, are read exactly as the csv module reads them.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator


def csv_records(text: str, delimiter: str, mended: list[int]) -> Iterator[list[str]]:
    """Every record of ``text``; ``mended`` receives the number of each record whose quotes
    were mended (from 1, as a spreadsheet program numbers the rows of a CSV)."""
    # The csv module's own line breaks (\n, \r, \r\n): str.splitlines would also break at
    # form feeds and U+2028 inside a field.
    lines = list(io.StringIO(text, newline=""))
    start = 0
    records = 0
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, strict=True)
        consumed = 0  # lines of ``lines[start:]`` read by the records yielded so far
        try:
            for fields in reader:
                consumed = reader.line_num
                records += 1
                yield fields
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise  # no quote to mend: a cell far beyond any spreadsheet's
            broken = start + consumed  # the line the broken record began on
        records += 1
        mended.append(records)
        yield lenient_fields(lines[broken].rstrip("\r\n"), delimiter)
        start = broken + 1


def lenient_fields(line: str, delimiter: str) -> list[str]:
    """The fields of one line, read as a person would: a field opening with a quote ends at
    the quote followed by the delimiter or the line's end (quotes inside are data, doubled
    ones single); a quote that never closes was a slip and is dropped."""
    fields: list[str] = []
    at = 0
    while True:
        if line.startswith('"', at):
            end = _closing_quote(line, at + 1, delimiter)
            if end is None:  # never closed: the rest of the line is read as unquoted
                at += 1
            else:
                fields.append(line[at + 1 : end].replace('""', '"'))
                at = end + 1
                if at >= len(line):
                    return fields
                at += len(delimiter)
                continue
        cut = line.find(delimiter, at)
        if cut == -1:
            fields.append(line[at:])
            return fields
        fields.append(line[at:cut])
        at = cut + len(delimiter)


def _closing_quote(line: str, at: int, delimiter: str) -> int | None:
    while (quote := line.find('"', at)) != -1:
        after = quote + 1
        if after == len(line) or line.startswith(delimiter, after):
            return quote
        at = after
    return None
