"""Small, regex-level looks into an .xlsx/.xlsm package for what the fast reader leaves out.

python-calamine turns error cells (``#N/A``) and formulas saved without their result into
empty strings, and openpyxl's read-only mode has no merged cells, so the child reads those
things from the sheet XML itself. The parent
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
# A formula cell with no <v>, or an empty one (openpyxl writes <c><f>40+5</f><v/></c>).
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_FORMULA_HINTS = (b"<f>", b"<f ", b":f>", b":f ")
# Where such a cell ends. Each pattern starts with a literal, which the regex engine looks
# for at memchr speed: trying _FORMULA_CELL at every "<" of a sheet costs half calamine's read.
_NO_VALUE = rb"\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
_FORMULA_ENDS = (
    re.compile(rb"f>" + _NO_VALUE),  # ...</f></c>: its "<" is the 2nd one back
    re.compile(rb"<f\b[^>]*/>" + _NO_VALUE),  # <f t="shared" si="0"/></c>: the 1st
    re.compile(rb":f\b[^>]*/>" + _NO_VALUE),  # <x:f t="shared" si="0"/></x:c>: the 1st
)
_STRING_TYPE = re.compile(rb"""\bt\s*=\s*["']str["']""")
# What a formula without a saved result is handed over as: ExcelError("=" + its text).
FORMULA_MARK = "="
FORMULA_SHOWN = 40
_CELL_REF = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']""")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_MERGE = re.compile(rb"""<(?:\w+:)?mergeCell\b[^>]*\bref\s*=\s*["']([^"']+)["']""")
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape_xml(text: str) -> str:
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
        found[key.decode("utf-8", "replace")] = unescape_xml(value.decode("utf-8", "replace"))
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


def chunks(archive: zipfile.ZipFile, part: str, cut: bytes) -> Iterator[bytes]:
    """A part read by chunks, each cut after ``cut`` so that no match straddles two chunks."""
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
            yield data
            if not chunk:
                return


def _scan(
    archive: zipfile.ZipFile,
    part: str,
    pattern: re.Pattern[bytes],
    hints: tuple[bytes, ...],
    cut: bytes,
) -> Iterator[re.Match[bytes]]:
    """Matches of ``pattern`` in a part; ``hints`` skip the regex on chunks that cannot match."""
    for data in chunks(archive, part, cut):
        if any(hint in data for hint in hints):
            yield from pattern.finditer(data)


def _add(found: dict[int, list[tuple[int, str]]], attrs: bytes, code: str) -> None:
    ref = _CELL_REF.search(attrs)
    if ref:
        row = int(ref.group(2)) - 1
        found.setdefault(row, []).append((column_index(ref.group(1).decode()), code))


def error_cells(archive: zipfile.ZipFile, part: str) -> dict[int, list[tuple[int, str]]]:
    """0-based row -> [(0-based column, code)] for the cells of a sheet part that look empty
    to a reader but are not: errors of type "e" ("#N/A") and formulas saved without their
    result ("=" + the formula's text, see FORMULA_MARK)."""
    found: dict[int, list[tuple[int, str]]] = {}
    # Cut after "row>" (</row>, </x:row>, <row>): a cell never straddles two chunks.
    for data in chunks(archive, part, b"row>"):
        if b't="e"' in data or b"t='e'" in data:
            for match in _ERROR_CELL.finditer(data):
                if match.group(1).rstrip().endswith(b"/"):
                    continue  # <c t="e"/>: no value, and the match ran into the next cell
                value = _VALUE.search(match.group(2))
                if value:
                    code = unescape_xml(value.group(1).decode("utf-8", "replace")).strip()
                    _add(found, match.group(1), code)
        if any(hint in data for hint in _FORMULA_HINTS):
            for match in _formula_cells(data):
                attrs = match.group(1)
                if match.group(3) and _STRING_TYPE.search(attrs):
                    continue  # <v></v> of a text formula: its result is an empty text
                text = (match.group(2) or b"")[: FORMULA_SHOWN * 8]
                formula = unescape_xml(text.decode("utf-8", "replace")).strip()
                _add(found, attrs, FORMULA_MARK + formula[:FORMULA_SHOWN])
    return found


def _formula_cells(data: bytes) -> Iterator[re.Match[bytes]]:
    """_FORMULA_CELL matches in ``data``, found from where they end."""
    starts = set()
    for back, pattern in zip((2, 1, 1), _FORMULA_ENDS, strict=True):
        for end in pattern.finditer(data):
            # A formula's text holds no "<": going back "<" by "<" reaches the <f> tag,
            # then the cell's own tag.
            position = end.start() + 1
            for _ in range(back + 1):
                position = data.rfind(b"<", 0, position)
            if position >= 0:
                starts.add(position)
    for start in sorted(starts):
        match = _FORMULA_CELL.match(data, start)
        if match:
            yield match


_COLS = re.compile(rb"<(?:\w+:)?cols\b[^>]*>(.*?)</(?:\w+:)?cols>", re.DOTALL)
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")


def hidden_columns(archive: zipfile.ZipFile, part: str, max_columns: int) -> list[int]:
    """The 0-based columns a sheet part hides (its <cols>, which comes before the data)."""
    with archive.open(part) as member:
        head = member.read(CHUNK)
    block = _COLS.search(head)
    hidden: list[int] = []
    for raw in _COL.findall(block.group(1)) if block else ():
        if not _HIDDEN.search(raw):
            continue
        attrs = _attrs(raw)
        try:
            first, last = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
        except ValueError:
            continue
        # "min=1 max=16384" hides every unused column: only the columns a sheet may hold.
        hidden.extend(range(max(first, 1) - 1, min(last, max_columns)))
    return hidden


def merged_ranges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """(first_row, first_col, last_row, last_col), 0-based inclusive, of a sheet part."""
    ranges = []
    for match in _scan(archive, part, _MERGE, (b"mergeCell",), b">"):
        corners = _RANGE.findall(match.group(1).decode("ascii", "replace"))
        if len(corners) == 2:
            (c1, r1), (c2, r2) = corners
            ranges.append((int(r1) - 1, column_index(c1), int(r2) - 1, column_index(c2)))
    return ranges


# A number format of zeros only ("00000000"): Excel shows 1234567 as "01234567". Peruvian
# padrones format DNIs so; the reader gives the bare number, the zeros gone.
_ZERO_FORMAT = re.compile(r"0{2,}")
_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\b([^>]*)>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.0*)?")
_NOT_NUMBER = re.compile(rb"""\bt\s*=\s*["'](?!n["'])""")  # t="s", "str", "b", "e"...


def _styles_part(archive: zipfile.ZipFile, names: dict[str, str]) -> str:
    for raw in _RELATIONSHIP.findall(_read(archive, names, "xl/_rels/workbook.xml.rels")):
        attrs = _attrs(raw)
        if attrs.get("Type", "").endswith("/styles"):
            return _resolve("xl", attrs.get("Target", "styles.xml"))
    return "xl/styles.xml"


def zero_padded_styles(archive: zipfile.ZipFile) -> dict[str, int]:
    """Cell style index (the ``s`` of a cell, as text) -> digits shown, for the styles whose
    number format is zeros only. Empty for most workbooks: then no sheet is scanned for them."""
    names = _names(archive)
    styles = _read(archive, names, _styles_part(archive, names))
    widths = {}
    for raw in _NUM_FMT.findall(styles):
        attrs = _attrs(raw)
        if _ZERO_FORMAT.fullmatch(attrs.get("formatCode", "")):
            widths[attrs.get("numFmtId", "")] = len(attrs["formatCode"])
    if not widths:
        return {}
    block = _CELL_XFS.search(styles)
    found = {}
    for index, raw in enumerate(_XF.findall(block.group(1)) if block else ()):
        width = widths.get(_attrs(raw).get("numFmtId", ""))
        if width:
            found[str(index)] = width
    return found


def zero_padded_cells(
    archive: zipfile.ZipFile, part: str, styles: dict[str, int]
) -> dict[int, list[tuple[int, str]]]:
    """0-based row -> [(0-based column, the text Excel shows)] for the number cells of a sheet
    part under a ``zero_padded_styles`` style whose value is shorter than the format: DNI
    1234567 under "00000000" is "01234567"."""
    found: dict[int, list[tuple[int, str]]] = {}
    styled = re.compile(
        rb"""\bs\s*=\s*["'](%s)["']""" % b"|".join(re.escape(s.encode()) for s in styles)
    )
    for data in chunks(archive, part, b"row>"):
        for hit in styled.finditer(data):
            start = data.rfind(b"<", 0, hit.start())
            end = data.find(b">", hit.end())
            if start < 0 or end < 0 or not data.startswith((b"<c", b"<x:c"), start):
                continue
            attrs = data[start:end]
            if _NOT_NUMBER.search(attrs) or attrs.endswith(b"/"):
                continue  # a text, a boolean, an error; or no value at all
            value = _VALUE.match(data, end + 1)
            text = value.group(1).decode("ascii", "replace").strip() if value else ""
            width = styles[hit.group(1).decode()]
            if _PLAIN_NUMBER.fullmatch(text):
                digits = text.split(".")[0]
                if len(digits) < width:
                    _add(found, attrs, digits.zfill(width))
    return found
