"""Which dropped files the main window takes as an import (local files with a spreadsheet or
text suffix; the content decides the format later)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv"})


def importable_path(mime: QMimeData | None) -> Path | None:
    """The one local spreadsheet or text file in ``mime``, or None."""
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None
