"""Text folding for search and sorting: "José Núñez" and "jose nunez" compare equal."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, strip accents and collapse spaces; the key used to sort and compare names."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


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
