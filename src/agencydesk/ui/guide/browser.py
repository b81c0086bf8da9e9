"""The guide's page view: a QTextBrowser that reads only the guide's own files.

- Nothing is fetched from a network: a resource outside the guide's folder (http, another
  folder) is refused and remembered in ``refused`` (the tests look at it).
- Screenshots are scaled down, smoothly, to the width of the view (a 960-pixel picture in a
  700-pixel pane would otherwise need a sideways scroll), and again when the view is resized.
- Links to other pages of the guide open here, falling back to the Spanish page when the
  language lacks it; a link to a picture shows it at full size (``picture_requested``); web
  and e-mail links are handed to the system (``external_requested``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from agencydesk.ui.guide.pages import page_file

EXTERNAL_SCHEMES = ("http", "https", "mailto")
PICTURES = (".png", ".jpg", ".jpeg")
_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"?#]+)(")', re.IGNORECASE)
MIN_IMAGE_WIDTH = 240
RESIZE_DELAY_MS = 150
WIDTH_STEP = 24  # re-scale pictures only when the room changed by this many pixels


def inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


class GuideBrowser(QTextBrowser):
    external_requested = Signal(QUrl)
    """A web or e-mail link was clicked: the system's browser or mail program opens it."""
    picture_requested = Signal(object)
    """A picture was clicked (its Path): it is shown at full size."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePage")
        self.folder = folder
        self.refused: list[QUrl] = []
        self._page_width = 0  # the picture width the page on show was read for
        self.setOpenLinks(False)
        self._paper()
        # One style sheet for every page (kept before each page is read, as setSource reuses
        # this document).
        style = folder / "guide.css"
        if style.is_file():
            self.document().setDefaultStyleSheet(style.read_text(encoding="utf-8"))
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._rescale_images)

    def _paper(self) -> None:
        """Dark text on white, whatever the palette: the pages' headings, notes and
        screenshots are drawn for paper, and printed that way too."""
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
            palette.setColor(group, QPalette.ColorRole.Text, QColor("#1b1b1b"))
            palette.setColor(group, QPalette.ColorRole.Link, QColor("#1a5fa8"))
            palette.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#5a3d99"))
        self.setPalette(palette)

    # --- links ---------------------------------------------------------------------------

    def follow(self, url: QUrl) -> None:
        """A clicked link: a section of this page, another page of the guide, or the web."""
        if url.scheme() in EXTERNAL_SCHEMES:
            self.external_requested.emit(url)
            return
        if url.isRelative() and not url.path():
            if url.fragment():
                self.scrollToAnchor(url.fragment())
            return
        target = self.source().resolved(url) if url.isRelative() else url
        if not target.isLocalFile():
            self.refused.append(url)
            return
        path = Path(target.toLocalFile())
        if not inside(self.folder, path):
            self.refused.append(url)
            return
        if path.suffix.lower() in PICTURES:
            if path.is_file():
                self.picture_requested.emit(path)
            return
        if not path.is_file() and path.suffix == ".html":
            # A page the translation lacks: the Spanish one.
            path = page_file(self.folder, path.parent.name, path.stem)
        if not path.is_file():
            return  # no such page in any language: stay on this one
        local = QUrl.fromLocalFile(str(path))
        local.setFragment(target.fragment())
        self.setSource(local)

    # --- resources -----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl) -> object:
        target = self.source().resolved(url) if url.isRelative() else url
        if not target.isLocalFile() or not inside(self.folder, Path(target.toLocalFile())):
            self.refused.append(url)
            return None
        path = Path(target.toLocalFile())
        if kind == QTextDocument.ResourceType.ImageResource:
            return self._image(path)
        if kind == QTextDocument.ResourceType.HtmlResource:
            return self._page(path)
        return super().loadResource(kind, target)

    def _page(self, path: Path) -> str | None:
        """The page's HTML, each picture's address carrying the width it is shown at: the
        document keeps every picture it read by address, so a new width must be a new
        address for the picture to be read again."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
        width = self._page_width = self.image_room()
        return _IMG_SRC.sub(lambda m: f"{m.group(1)}{m.group(2)}?width={width}{m.group(3)}", text)

    def image_room(self) -> int:
        """How wide a picture may be shown: the view's width less the page's margins and the
        scroll bar (which appears once the pictures make the page long)."""
        margin = int(self.document().documentMargin())
        bar = self.verticalScrollBar()
        scroll = 0 if bar.isVisible() else bar.sizeHint().width()
        return max(MIN_IMAGE_WIDTH, self.viewport().width() - 2 * margin - scroll - 8)

    def _image(self, path: Path) -> QImage | None:
        image = QImage(str(path))
        if image.isNull():
            return None
        room = self.image_room()
        ratio = self.devicePixelRatioF()
        if image.width() > room * ratio:
            # Scaled here, smoothly, at the screen's own resolution: the text of a screenshot
            # stays readable (the page would otherwise draw it scaled without smoothing).
            smooth = Qt.TransformationMode.SmoothTransformation
            image = image.scaledToWidth(round(room * ratio), smooth)
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        framed(image)
        return image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def _rescale_images(self) -> None:
        if abs(self.image_room() - self._page_width) < WIDTH_STEP:
            return
        # The text at the top of the view stays there: the pictures above it change height.
        bar = self.verticalScrollBar()
        top = self.cursorForPosition(QPoint(0, 0)).position() if bar.value() else None
        self.reload()  # the pictures are read again at the new width
        if top is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(top, self.document().characterCount() - 1))
            bar.setValue(bar.value() + self.cursorRect(cursor).top())


def framed(image: QImage) -> None:
    """A thin grey line around a screenshot: its grey window must not melt into the page."""
    painter = QPainter(image)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(
        0,
        0,
        round(image.width() / image.devicePixelRatio()) - 1,
        round(image.height() / image.devicePixelRatio()) - 1,
    )
    painter.end()
