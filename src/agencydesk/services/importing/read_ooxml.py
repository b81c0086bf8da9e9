"""Small, regex-level looks into an .xlsx/.xlsm package for what the fast reader leaves out.

python-calamine turns error cells (``#N/A``) into empty strings and openpyxl's read-only mode
has no merged cells, so the child reads those two things from the sheet XML itself. The parent
has already refused any part with a DTD, so no entity can hide here; still, nothing is parsed
as a tree: worksheets can be tens of megabytes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator

CHUNK = 1 << 20
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ERROR_CELL = re.compile(
    rb"""<(?:\w+:)?c\b([^>]*\bt\s*=\s*["']e["'][^>]*)>(.*?)</(?:\w+:)?c>""", re.DOTALL
)
_CELL_REF = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']""")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_MERGE = re.compile(rb"""<(?:\w+:)?mergeCell\b[^>]*\bref\s*=\s*["']([^"']+)["']""")
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape_xml(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]

    return _ENTITY.sub(one, text) if "&" in text else text


def decode_escapes(text: str) -> str:
    """``_x000D_`` and friends (OOXML's escape for characters XML cannot hold) -> characters."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def _attrs(raw: bytes) -> dict[str, str]:
    found = {}
    for key, double, single in _ATTR.findall(raw):
        value = double if double or not single else single
        found[key.decode("utf-8", "replace")] = _unescape_xml(value.decode("utf-8", "replace"))
    return found


def _names(archive: zipfile.ZipFile) -> dict[str, str]:
    return {
        info.filename.replace("\\", "/").lstrip("/").lower(): info.filename
        for info in archive.infolist()
    }


def _read(archive: zipfile.ZipFile, names: dict[str, str], part: str) -> bytes:
    real = names.get(part.lower())
    return archive.read(real) if real else b""


def _resolve(base_dir: str, target: str) -> str:
    target = target.replace("\\", "/")
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(base_dir, target)
    return posixpath.normpath(joined).lstrip("/")


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip entry holding it, following the package relationships."""
    names = _names(archive)
    workbook = "xl/workbook.xml"
    for raw in _RELATIONSHIP.findall(_read(archive, names, "_rels/.rels")):
        attrs = _attrs(raw)
        if attrs.get("Type", "").endswith("/officeDocument"):
            workbook = _resolve("", attrs.get("Target", workbook))
    base = posixpath.dirname(workbook)
    rels_part = posixpath.join(base, "_rels", posixpath.basename(workbook) + ".rels")
    targets = {}
    for raw in _RELATIONSHIP.findall(_read(archive, names, rels_part)):
        attrs = _attrs(raw)
        if "Id" in attrs and "Target" in attrs:
            targets[attrs["Id"]] = _resolve(base, attrs["Target"])
    parts = {}
    for raw in _SHEET.findall(_read(archive, names, workbook)):
        attrs = _attrs(raw)
        rid = next((v for k, v in attrs.items() if k.endswith(":id")), None)
        target = targets.get(rid or "")
        if "name" in attrs and target and target.lower() in names:
            parts[attrs["name"]] = names[target.lower()]
    return parts


def _scan(
    archive: zipfile.ZipFile,
    part: str,
    pattern: re.Pattern[bytes],
    hints: tuple[bytes, ...],
    cut: bytes,
) -> Iterator[re.Match[bytes]]:
    """Matches of ``pattern`` in a part read by chunks; each chunk is cut after ``cut`` so that
    no match straddles two chunks. ``hints`` skip the regex on chunks that cannot match."""
    tail = b""
    with archive.open(part) as member:
        while True:
            chunk = member.read(CHUNK)
            data = tail + chunk
            if chunk:
                stop = data.rfind(cut)
                if stop < 0:
                    tail = data
                    continue
                stop += len(cut)
                data, tail = data[:stop], data[stop:]
            if any(hint in data for hint in hints):
                yield from pattern.finditer(data)
            if not chunk:
                return


def error_cells(archive: zipfile.ZipFile, part: str) -> dict[int, list[tuple[int, str]]]:
    """0-based row -> [(0-based column, "#N/A")] for the cells of type "e" in a sheet part."""
    found: dict[int, list[tuple[int, str]]] = {}
    for match in _scan(archive, part, _ERROR_CELL, (b't="e"', b"t='e'"), b"</row>"):
        if match.group(1).rstrip().endswith(b"/"):
            continue  # <c t="e"/>: no value, and the match ran into the next cell
        ref = _CELL_REF.search(match.group(1))
        value = _VALUE.search(match.group(2))
        if ref and value:
            row = int(ref.group(2)) - 1
            code = _unescape_xml(value.group(1).decode("utf-8", "replace")).strip()
            found.setdefault(row, []).append((column_index(ref.group(1).decode()), code))
    return found


def merged_ranges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """(first_row, first_col, last_row, last_col), 0-based inclusive, of a sheet part."""
    ranges = []
    for match in _scan(archive, part, _MERGE, (b"mergeCell",), b">"):
        corners = _RANGE.findall(match.group(1).decode("ascii", "replace"))
        if len(corners) == 2:
            (c1, r1), (c2, r2) = corners
            ranges.append((int(r1) - 1, column_index(c1), int(r2) - 1, column_index(c2)))
    return ranges
