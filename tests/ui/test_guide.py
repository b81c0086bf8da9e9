"""The user guide: its window (offscreen, in each language), its pages, their pictures and links,
and the script that takes the pictures from the program."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from agencydesk.ui.guide import GuideWindow, current_guide, show_guide
from agencydesk.ui.guide.browser import GuideBrowser
from agencydesk.ui.guide.pages import (
    CHAPTERS,
    FALLBACK,
    LANGUAGES,
    guide_folder,
    guide_language,
    page_file,
    read_chapter,
    split_topic,
)
from agencydesk.ui.welcome import WelcomePage

# Offscreen, the guide's raise() (bringing it to the front) is said to be unsupported.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "guide_screenshots.py"
EXTERNAL = ("http://", "https://", "mailto:")


@pytest.fixture(scope="module")
def folder():
    with guide_folder() as path:
        yield path


@pytest.fixture
def close_guides(qapp):
    """Every guide window closes after the test (show_guide makes top-level windows)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, GuideWindow):
            widget.close()
    QApplication.processEvents()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "img":
            self.images.append(found.get("src") or "")
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        for key in ("id", "name"):
            if found.get(key) and (key == "id" or tag == "a"):
                self.anchors.add(found[key] or "")


def parsed(path: Path) -> _Links:
    links = _Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def pages(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.html"))


def shot_names() -> list[str]:
    """The names in tools/guide_screenshots.py's SHOTS, read without running the script."""
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "SHOTS":
            return list(ast.literal_eval(node.value))
    raise AssertionError("tools/guide_screenshots.py has no SHOTS")


# --- the pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_chapter_is_written_in_every_language(folder: Path, language: str) -> None:
    for page in CHAPTERS:
        path = folder / language / f"{page}.html"
        assert path.is_file(), path
        chapter = read_chapter(folder, language, page)
        assert chapter is not None and chapter.title, path
        if page != "index":
            assert len(chapter.sections) >= 3, f"{path}: too few sections"
    assert sorted(p.stem for p in (folder / language).glob("*.html")) == sorted(CHAPTERS)


def test_the_translations_have_the_spanish_sections(folder: Path) -> None:
    """Each language's chapter has the same sections (ids) as the Spanish one: a topic such
    as "mesa#agreements" finds its place in every language."""
    for page in CHAPTERS:
        spanish = [s.anchor for s in read_chapter(folder, FALLBACK, page).sections]
        for language in LANGUAGES:
            translated = [s.anchor for s in read_chapter(folder, language, page).sections]
            assert translated == spanish, (language, page)


def test_every_picture_and_link_resolves_to_a_shipped_file(folder: Path) -> None:
    checked = 0
    for path in pages(folder):
        language = path.parent.name
        found = parsed(path)
        for src in found.images:
            assert not src.startswith(EXTERNAL) and "//" not in src, (path, src)
            target = (path.parent / src).resolve()
            assert target.is_file(), (path, src)
            assert target.parent == (folder / "images" / language).resolve(), (path, src)
            checked += 1
        for href in found.links:
            if href.startswith(EXTERNAL):
                continue  # opened by the system's browser, never loaded here
            file_part, _sep, fragment = href.partition("#")
            target = (path.parent / file_part).resolve() if file_part else path
            assert target.is_file(), (path, href)
            assert target.is_relative_to(folder.resolve()), (path, href)
            if fragment:
                assert fragment in parsed(target).anchors, (path, href)
            checked += 1
    assert checked > 100


def test_nothing_is_loaded_from_the_network(folder: Path) -> None:
    loading = re.compile(
        r"""(src|background)\s*=\s*["']?\s*(https?:|//)|url\(\s*['"]?(https?:|//)"""
    )
    for path in pages(folder):
        text = path.read_text(encoding="utf-8")
        assert not loading.search(text), path
        assert "<script" not in text.lower() and "<iframe" not in text.lower(), path


def test_the_screenshot_script_takes_every_picture_the_pages_show(folder: Path) -> None:
    names = shot_names()
    assert len(names) == len(set(names))
    shown = {
        Path(src).stem for path in pages(folder) for src in parsed(path).images
    }  # fmt: skip
    assert shown <= set(names), sorted(shown - set(names))
    assert set(names) <= shown, f"taken but shown nowhere: {sorted(set(names) - shown)}"
    for language in LANGUAGES:
        shipped = {p.stem for p in (folder / "images" / language).glob("*.png")}
        assert shipped == set(names), (language, sorted(shipped ^ set(names)))
        for name in names:
            image = QImage(str(folder / "images" / language / f"{name}.png"))
            assert not image.isNull() and 400 <= image.width() <= 1000, (language, name)


# --- where pages are found ------------------------------------------------------------------


def test_languages_and_topics() -> None:
    assert guide_language("pt_BR") == guide_language("pt") == "pt_BR"
    assert guide_language("en_GB") == guide_language("en") == "en"
    assert guide_language("fr") == guide_language("") == guide_language(None) == "es"
    assert split_topic("mesa#agreements") == ("mesa", "agreements")
    assert split_topic(None) == split_topic("") == ("index", "")


def test_a_page_missing_in_a_language_is_shown_in_spanish(tmp_path: Path) -> None:
    for language in ("es", "pt_BR"):
        (tmp_path / language).mkdir()
    (tmp_path / "es" / "mesa.html").write_text("<title>Mesa</title>", encoding="utf-8")
    (tmp_path / "es" / "index.html").write_text("<title>Guía</title>", encoding="utf-8")
    (tmp_path / "pt_BR" / "index.html").write_text("<title>Guia</title>", encoding="utf-8")
    assert page_file(tmp_path, "pt_BR", "mesa") == tmp_path / "es" / "mesa.html"
    assert page_file(tmp_path, "pt_BR", "index") == tmp_path / "pt_BR" / "index.html"
    assert page_file(tmp_path, "en", "index") == tmp_path / "es" / "index.html"


def test_a_link_to_a_page_the_language_lacks_opens_the_spanish_one(qtbot, tmp_path: Path) -> None:
    for language in ("es", "pt_BR"):
        (tmp_path / language).mkdir()
    (tmp_path / "es" / "mesa.html").write_text("<title>Mesa</title><p>Sesión</p>", "utf-8")
    (tmp_path / "pt_BR" / "index.html").write_text(
        '<title>Guia</title><p><a href="mesa.html">Mesa</a></p>', "utf-8"
    )
    browser = GuideBrowser(tmp_path)
    qtbot.addWidget(browser)
    browser.setSource(QUrl.fromLocalFile(str(tmp_path / "pt_BR" / "index.html")))
    browser.follow(QUrl("mesa.html"))
    assert browser.source().toLocalFile() == str(tmp_path / "es" / "mesa.html")
    browser.follow(QUrl("no-such-page.html"))  # in no language: the page stays
    assert browser.source().toLocalFile() == str(tmp_path / "es" / "mesa.html")
    assert browser.refused == []


# --- the window -----------------------------------------------------------------------------


def _loaded_pictures(window: GuideWindow) -> list[QImage]:
    document = window.browser.document()
    found = []
    block = document.begin()
    while block.isValid():
        fragment = block.begin()
        while not fragment.atEnd():
            char_format = fragment.fragment().charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                found.append(document.resource(QTextDocument.ResourceType.ImageResource, name))
            fragment += 1
        block = block.next()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_opens_every_chapter(qtbot, folder: Path, language: str, close_guides) -> None:
    show_guide(None, language)
    window = current_guide()
    assert window is not None and window.isVisible()
    qtbot.waitExposed(window)
    assert window.current_topic() == "index"
    contents = window.contents.topics()
    assert [t for t in contents if "#" not in t] == list(CHAPTERS)
    for page in CHAPTERS:
        window.show_topic(page)
        chapter = read_chapter(folder, language, page)
        assert window.current_path() == folder / language / f"{page}.html"
        assert window.browser.documentTitle() == chapter.title
        assert chapter.title in window.windowTitle()
        assert len(window.browser.toPlainText()) > 500
        pictures = _loaded_pictures(window)
        if page != "index":
            assert pictures, page
        for picture in pictures:
            assert isinstance(picture, QImage) and not picture.isNull(), page
            # Shown no wider than the page: no sideways scrolling.
            assert picture.width() / picture.devicePixelRatio() <= window.browser.image_room()
        for section in chapter.sections:
            assert f"{page}#{section.anchor}" in contents
    assert window.browser.refused == []


def test_show_guide_twice_gives_one_window_on_the_topic(qtbot, close_guides) -> None:
    show_guide(None, "es")
    first = current_guide()
    first.browser.follow(QUrl("importing.html#undo"))
    assert first.current_topic() == "importing#undo"
    show_guide(None, "es")  # F1 again: the same window, where the user left it
    assert current_guide() is first and first.current_topic() == "importing#undo"
    show_guide(None, "pt_BR", "mesa#agreements")
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow)]
    assert windows == [first]
    assert first.current_topic() == "mesa#agreements"
    assert first.current_path().parent.name == "pt_BR"
    selected = first.contents.currentItem()
    assert selected is not None and selected.text(0) == "7. Os acordos"
    first.close()
    QApplication.processEvents()
    assert current_guide() is None
    show_guide(None, "en")  # a closed guide opens anew
    assert current_guide() is not None and current_guide() is not first


def test_back_and_forward(qtbot, close_guides) -> None:
    show_guide(None, "es", "index")
    window = current_guide()
    assert not window.back_action.isEnabled()
    window.browser.follow(QUrl("backups.html"))
    assert window.current_topic() == "backups"
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.current_topic() == "index"
    window.forward_action.trigger()
    assert window.current_topic() == "backups"


def test_web_links_open_in_the_system_browser(qtbot, monkeypatch, close_guides) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    show_guide(None, "es", "backups")
    window = current_guide()
    window.browser.follow(QUrl("https://example.org/ayuda"))
    window.browser.follow(QUrl("mailto:soporte@example.org"))
    assert [u.toString() for u in opened] == [
        "https://example.org/ayuda",
        "mailto:soporte@example.org",
    ]
    assert window.current_topic() == "backups"  # nothing was loaded in the guide


def test_a_resource_outside_the_guide_is_refused(qtbot, close_guides) -> None:
    show_guide(None, "es")
    browser = current_guide().browser
    kind = QTextDocument.ResourceType.ImageResource
    assert browser.loadResource(kind, QUrl("https://example.org/x.png")) is None
    assert browser.loadResource(kind, QUrl.fromLocalFile("/etc/hostname")) is None
    assert len(browser.refused) == 2


def test_clicking_a_picture_shows_it_at_full_size(qtbot, folder: Path, close_guides) -> None:
    show_guide(None, "es", "mesa")
    window = current_guide()
    window.browser.follow(QUrl("../images/es/meeting_agreements.png"))
    assert window.picture is not None and window.picture.isVisible()
    assert (
        window.picture.label.pixmap().width()
        == QImage(str(folder / "images" / "es" / "meeting_agreements.png")).width()
    )
    assert window.current_topic() == "mesa"


def test_find(qtbot, close_guides) -> None:
    show_guide(None, "es", "mesa")
    window = current_guide()
    window.find_action.trigger()
    bar = window.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "hoja de asistencia")
    assert window.browser.textCursor().selectedText().lower() == "hoja de asistencia"
    first = window.browser.textCursor().selectionStart()
    assert bar.find(forward=True)
    assert window.browser.textCursor().selectionStart() > first
    bar.edit.setText("palabra que no está")
    assert not bar.find(forward=True)
    assert bar.status.text() == "Not found"
    bar.close_bar()
    assert not bar.isVisible()


def test_larger_and_smaller_text(qtbot, close_guides) -> None:
    show_guide(None, "es")
    window = current_guide()
    size = window.browser.font().pointSizeF()
    window.larger_action.trigger()
    assert window.browser.font().pointSizeF() > size
    for _ in range(10):
        window.smaller_action.trigger()
    assert not window.smaller_action.isEnabled()


def test_a_chapter_prints_with_its_pictures(qtbot, tmp_path: Path, close_guides) -> None:
    from pypdf import PdfReader

    show_guide(None, "es", "backups")
    window = current_guide()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "capitulo.pdf"
    printer.setOutputFileName(str(out))
    window.print_to(printer)
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Copias de seguridad y restauración" in text
    assert sum(len(page.images) for page in reader.pages) >= 2


def test_the_welcome_page_links_to_the_guide(qtbot, close_guides, database) -> None:
    from types import SimpleNamespace

    from agencydesk.services.settings import Settings
    from agencydesk.services.workspace import Workspace
    from agencydesk.ui.main_window import MainWindow

    controller = SimpleNamespace(
        settings=Settings(language="pt_BR"), log_file=None, open_demo=lambda: None
    )
    window = MainWindow(controller, Workspace.open(database, lambda: "ana"), show_welcome=True)
    qtbot.addWidget(window)
    page = window.welcome
    assert isinstance(page, WelcomePage)
    assert "Read the user guide" in page.guide_link.text()
    page.guide_link.linkActivated.emit("guide")
    guide = current_guide()
    assert guide is not None and guide.current_topic() == "getting-started"
    # The program's language from its settings (the tests' catalogue is English).
    assert guide.current_path().parent.name == "pt_BR"
    window.close_without_asking()


# --- the screenshot script --------------------------------------------------------------------


@pytest.mark.slow
def test_the_screenshot_script_takes_a_shot(tmp_path: Path) -> None:
    """One picture, taken as the guide's are (the whole set takes about a minute)."""
    subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path), "--language", "es", "--only", "welcome"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.png"))
    assert written == ["es/welcome.png"]
    image = QImage(str(tmp_path / "es" / "welcome.png"))
    assert image.width() == 960 and image.height() == 600


def test_every_page_takes_its_look_from_the_one_style_sheet(qtbot) -> None:
    with guide_folder() as folder:
        pages = sorted(folder.glob("*/*.html"))
        assert pages and all("<style" not in p.read_text("utf-8") for p in pages)
        browser = GuideBrowser(folder)
        qtbot.addWidget(browser)
        assert "h1 {" in browser.document().defaultStyleSheet()
