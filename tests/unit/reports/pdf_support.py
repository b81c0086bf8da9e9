"""Reading back the PDF documents in tests: their text page by page, what every page must have
(its number, embedded fonts, no link, no image), and the hostile texts they must print as is."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from agencydesk.services.database import Database
from agencydesk.services.reports.service import PageTexts
from agencydesk.services.workspace import Workspace

MALICIOUS = [
    "<b>x</b>",
    "<font size=40>enorme</font>",
    '<a href="http://x">enlace</a>',
    '<img src="x.png"/>',
    "A & B",
    "<b>unclosed",
]


def open_workspace(database: Database) -> Workspace:
    return Workspace.open(database, lambda: "tester")


def flat(text: str) -> str:
    """Whitespace collapsed: a cell's text wraps where the column ends."""
    return re.sub(r"\s+", " ", text).strip()


def pages_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def check_pages(path: Path, pages: int, language: str = "es") -> list[str]:
    """Every page says "Page X of N" (in ``language``); fonts embedded; no link, no image.
    Returns the pages' text."""
    texts = pages_of(path)
    assert len(texts) == pages
    label = PageTexts(language).page_label()
    for number, text in enumerate(texts, start=1):
        assert label.replace("%1", str(number)).replace("%2", str(pages)) in text
    for page in PdfReader(path).pages:
        assert "/Annots" not in page, "a link was created"
        resources = page["/Resources"]
        assert not resources.get("/XObject", {}), "an image was embedded"
        for font in resources["/Font"].values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    return texts


def initiative_id(workspace: Workspace, name: str) -> int:
    return next(c.id for c in workspace.initiatives.initiative_choices() if c.name == name)
