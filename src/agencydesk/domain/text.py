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
    """Split what the user typed into folded words, dropping punctuation the index ignores."""
    cleaned = "".join(c if c.isalnum() else " " for c in fold(query))
    return cleaned.split()
