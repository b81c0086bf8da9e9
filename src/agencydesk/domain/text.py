"""Text folding for search and sorting: "José Núñez" and "jose nunez" compare equal."""

from __future__ import annotations

import unicodedata

# Combining marks to drop, by code point: first those of Latin letters (U+0300..U+036F, the
# accents of Spanish, Portuguese, French names once decomposed), then any other met in text.
# Dropping them with ``translate`` is ~10x faster than testing every character with
# ``unicodedata.combining``, and most names also hold a character that stays ("N°", "º", "–"):
# each character other than ASCII is tested once, the first time it is seen.
_MARKS: dict[int, None] = dict.fromkeys(range(0x300, 0x370))
_SEEN: set[str] = {chr(i) for i in range(128)}


# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): our
# CSV export puts an apostrophe before a text starting so ("'+52 962 211 6757", "'=SUMA(A1)").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = tuple("'" + c for c in FORMULA_START)


def unguard(text: str) -> str:
    """``text`` without the apostrophe our CSV export adds before a formula character. Read
    back, it is dropped, from the CSV itself or from the workbook a spreadsheet program saved
    it as (which keeps it as part of the text), so a round trip gives the values back
    unchanged; any other apostrophe ("'Los Andes'", "O'Higgins") is data."""
    return text[1:] if text.startswith(_GUARDED) else text


def strip_marks(decomposed: str) -> str:
    """``decomposed`` (NFD or NFKD text) without its combining marks."""
    stripped = decomposed.translate(_MARKS)
    if stripped.isascii():
        return stripped
    unseen = set(stripped).difference(_SEEN)
    if unseen:
        marks = [c for c in unseen if unicodedata.combining(c)]
        _MARKS.update(dict.fromkeys(map(ord, marks)))
        _SEEN.update(unseen)
        if marks:
            stripped = stripped.translate(_MARKS)
    return stripped


def fold(text: str | None) -> str:
    """Lower-case, strip accents and collapse spaces; the key used to sort and compare names."""
    if not text:
        return ""
    if text.isascii():  # NFKD and combining marks change nothing in ASCII; casefold is lower
        return " ".join(text.lower().split())
    return " ".join(strip_marks(unicodedata.normalize("NFKD", text.casefold())).split())


def search_terms(query: str | None) -> list[str]:
    """Split what the user typed into words folded the way the search index folds text.

    The index (FTS5 ``unicode61 remove_diacritics 2``) lower-cases and drops accents but keeps
    compatibility characters as they are: "Nº 12" is indexed as "nº", "Straße" as "straße".
    ``fold``'s NFKD and casefold would turn the query into "no" and "strasse" and find nothing,
    so only canonical decomposition (NFD) and ``lower`` are used here.
    """
    decomposed = unicodedata.normalize("NFD", (query or "").lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in stripped).split()
