"""The embedded fonts of every document, and the characters they cannot draw.

DejaVu Sans (regular and bold, shipped in ``resources/fonts`` with its licence) covers Spanish,
Portuguese, Guaraní and Nahuatl letters (ñ á ü ç ¿ ¡ € “ ” g̃ ẽ ỹ ā). A TrueType font registered
with reportlab is embedded (subset) in the PDF, so the document prints the same everywhere.
A character the font lacks would print as an empty box: ``printable`` replaces it with "?" and
logs it once, so a user's text never turns into black squares silently.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from importlib.resources import as_file, files

log = logging.getLogger(__name__)

FONT = "AgencyDeskSans"
BOLD = "AgencyDeskSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
REPLACEMENT = "?"

_lock = threading.Lock()
_covered: frozenset[int] = frozenset()
_reported: set[str] = set()


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (documents may be built in threads)."""
    global _covered
    with _lock:
        if _covered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        faces: list[set[int]] = []
        for name, filename in _FILES.items():
            with as_file(files("agencydesk.resources") / "fonts" / filename) as path:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            faces.append(set(font.face.charToGlyph))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, BOLD)
        addMapping(FONT, 0, 1, FONT)  # no oblique shipped: italics print upright
        addMapping(FONT, 1, 1, BOLD)
        # Both faces must draw a character for it to be kept (a bold heading, a plain cell).
        _covered = frozenset(set.intersection(*faces))


def printable(text: str) -> str:
    """``text`` with the characters the font cannot draw replaced by "?" (logged once each).

    Control characters other than line breaks and tabs (a pasted form feed, a NUL from a
    damaged import) are dropped; combining marks the font has (g + U+0303 = g̃) are kept."""
    if not _covered:
        register_fonts()
    if text.isascii() and text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code in _covered or char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf"):
            continue  # invisible: zero-width spaces, direction marks, NUL, form feed
        else:
            if char not in _reported:
                _reported.add(char)
                log.warning("the document font has no U+%04X; printed as %r", code, REPLACEMENT)
            out.append(REPLACEMENT)
    return "".join(out)
