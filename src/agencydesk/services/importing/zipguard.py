"""Cheap checks of a zip-based workbook before any parser sees it (a few milliseconds).

The central directory tells the sizes each entry claims; both zip readers we use (Python's
zipfile and calamine's Rust zip) stop at the declared size, so refusing on the declared sizes
stops zip bombs. XML parts must not declare a DTD: entity expansion ("billion laughs") and
external entities (XXE) both need one, and OOXML/ODF never use one. openpyxl goes through
defusedxml and calamine does not expand entities, so this is a second, reader-independent wall.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from agencydesk.domain.errors import UserError
from agencydesk.services.importing.sniff import file_params, normalised_names


@dataclass(frozen=True)
class ZipLimits:
    max_uncompressed: int
    max_ratio: int
    ratio_min_size: int
    max_entries: int


# Parts no reader opens: free-form XML users attach to a workbook (it may even hold a DTD).
UNPARSED_PREFIXES = ("customxml/",)
XML_SUFFIXES = (".xml", ".rels", ".vml")
PROLOGUE_STEP = 4096
PROLOGUE_MAX = 64 * 1024
_WS = re.compile(r"\s*")


def check_zip(path: Path, limits: ZipLimits) -> None:
    """Raise ``UserError`` import_zip_bomb, import_forbidden_xml or import_damaged."""
    params = file_params(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_entries:
                raise UserError("import_zip_bomb", **params)
            names = normalised_names(archive)
            if len(names) != len(infos):
                # Two entries with one name: readers disagree on which one counts (calamine the
                # first, zipfile the last), so whatever we imported would be a coin toss.
                raise UserError("import_damaged", **params)
            for name, info in names.items():
                parsed = name.endswith(XML_SUFFIXES) and not name.startswith(UNPARSED_PREFIXES)
                if parsed and _part_declares_dtd(archive, info):
                    raise UserError("import_forbidden_xml", part=info.filename, **params)
            # After the DTD check (which reads at most 64 KB of each part), so that an entity
            # bomb is called what it is even when its part also inflates a lot.
            _check_sizes(infos, limits, params)
    except UserError:
        raise
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, zip password
        raise UserError("import_encrypted", **params) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as exc:
        raise UserError("import_damaged", **params) from exc


def _check_sizes(infos: list[zipfile.ZipInfo], limits: ZipLimits, params: dict) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.ratio_min_size and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise UserError("import_zip_bomb", **params)
    if total > limits.max_uncompressed:
        raise UserError("import_zip_bomb", **params)


def _part_declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Read the start of a part until its root element: was there a DTD before it?"""
    data = b""
    with archive.open(info) as member:
        while len(data) < PROLOGUE_MAX:
            chunk = member.read(PROLOGUE_STEP)
            if not chunk:
                return bool(declares_dtd(_decode(data)))  # ended before any root element
            data += chunk
            verdict = declares_dtd(_decode(data))
            if verdict is not None:
                return verdict
    return True  # 64 KB of prologue: nothing legitimate looks like that


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-be" if data.startswith(b"\xfe\xff") or data[:1] == b"\x00" else "utf-16-le"
        return data[: len(data) & ~1].decode(codec, errors="replace").lstrip("\ufeff")
    return data.decode("utf-8", errors="replace").lstrip("\ufeff")


def declares_dtd(text: str) -> bool | None:
    """True if a DTD (or an entity declaration) comes before the root element; False if the
    root element is reached cleanly; None if ``text`` ends before either (read more)."""
    pos = 0
    end = len(text)
    while True:
        pos = _WS.match(text, pos).end()
        if pos >= end:
            return None
        if text.startswith("<?", pos):
            close = text.find("?>", pos)
            if close < 0:
                return None
            pos = close + 2
        elif text.startswith("<!--", pos):
            close = text.find("-->", pos)
            if close < 0:
                return None
            pos = close + 3
        elif text.startswith("<!", pos):
            return True  # <!DOCTYPE, <!ENTITY or anything else before the root
        elif text.startswith("<", pos):
            return False
        else:
            return False  # not XML at all: its reader will say so, without entities
