"""Where the guide's pages are, in which language, and what their chapters and sections are.

The pages are HTML files shipped inside the package (``agencydesk/resources/guide/<lang>/``),
their screenshots beside them (``guide/images/<lang>/``). They are read as real files through
importlib.resources (``as_file``): a checkout, a wheel and a PyInstaller bundle all have them
on disk. Spanish is the reference: a page missing in another language is shown in Spanish.

No Qt here: the window (``window.py``) and the tests use the same answers.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

LANGUAGES = ("es", "pt_BR", "en")
FALLBACK = "es"
INDEX = "index"
CHAPTERS = ("index", "getting-started", "importing", "mesa", "printing", "backups")
"""The pages in reading order; a topic is one of these, optionally with "#section"."""

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SECTION = re.compile(r"<h2\s+id=\"([\w-]+)\"[^>]*>(.*?)</h2>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@contextmanager
def guide_folder() -> Iterator[Path]:
    """The folder holding ``<lang>/`` and ``images/``, valid while the context is open."""
    with as_file(files("agencydesk.resources") / "guide") as folder:
        yield Path(folder)


def guide_language(language: str | None) -> str:
    """The guide's language for the program's: "pt" or "pt_BR" → "pt_BR", "en_GB" → "en";
    anything else (or nothing) → Spanish."""
    code = (language or "").replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else FALLBACK


def split_topic(topic: str | None) -> tuple[str, str]:
    """ "mesa#agreements" → ("mesa", "agreements"); None or "" → the index."""
    page, _sep, section = (topic or INDEX).partition("#")
    return (page or INDEX), section


def page_file(folder: Path, language: str, page: str) -> Path:
    """The page's file in ``language``, or in Spanish when that language lacks it (the
    Spanish path is returned even if missing: the caller says so)."""
    wanted = folder / guide_language(language) / f"{page}.html"
    return wanted if wanted.is_file() else folder / FALLBACK / f"{page}.html"


def same_page_in(folder: Path, shown: Path, language: str) -> Path | None:
    """``shown`` (a page of any language) in ``language``: the contents list and a link from
    a Spanish fallback page stay in the user's language when the page exists there."""
    try:
        relative = shown.relative_to(folder)
    except ValueError:
        return None
    if len(relative.parts) != 2 or relative.parts[0] not in LANGUAGES:
        return None
    return page_file(folder, language, Path(relative.parts[1]).stem)


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str


@dataclass(frozen=True)
class Chapter:
    page: str
    title: str
    path: Path
    sections: tuple[Section, ...]


def read_chapter(folder: Path, language: str, page: str) -> Chapter | None:
    """A page's title and its sections (every ``<h2 id="…">``); None when the page is
    missing in Spanish too."""
    path = page_file(folder, language, page)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    found = _TITLE.search(text)
    title = _plain(found.group(1)) if found else page
    sections = tuple(Section(a, _plain(t)) for a, t in _SECTION.findall(text))
    return Chapter(page, title, path, sections)


def chapters(folder: Path, language: str) -> list[Chapter]:
    """Every chapter in reading order, each in ``language`` or else in Spanish."""
    return [c for page in CHAPTERS if (c := read_chapter(folder, language, page)) is not None]
