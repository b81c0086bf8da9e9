"""The user guide's window: the chapters and their sections on the left, the page on the
right, with Back, Forward, Contents, Find (Ctrl+F), larger or smaller text, and Print….

It stays open beside the program (it is not modal) and apart from the main window, which is
rebuilt when a database is opened or restored: the guide stays where the user is reading. It
never keeps the program running by itself (closing the main window quits as before).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agencydesk.ui.guide.browser import GuideBrowser
from agencydesk.ui.guide.contents import ContentsTree
from agencydesk.ui.guide.find_bar import FindBar
from agencydesk.ui.guide.pages import (
    INDEX,
    chapters,
    guide_folder,
    guide_language,
    page_file,
    same_page_in,
    split_topic,
)
from agencydesk.ui.guide.picture import PictureWindow
from agencydesk.ui.icons import ThemedIcons

ZOOM_STEPS = 3  # at most this many steps larger or smaller than the program's font


class GuideWindow(QMainWindow):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The guide alone never keeps the program open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.closed = False
        self._resources = ExitStack()
        self.folder: Path = self._resources.enter_context(guide_folder())
        self.language = guide_language(language)
        self._zoom = 0

        self.contents = ContentsTree(self)
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.contents.topic_chosen.connect(self.show_topic)

        self.browser = GuideBrowser(self.folder, self)
        self.browser.setAccessibleName(self.tr("Page of the guide"))
        self.browser.sourceChanged.connect(self._page_shown)
        self.browser.external_requested.connect(self.open_external)
        self.browser.picture_requested.connect(self.show_picture)
        self.picture: PictureWindow | None = None
        self.find_bar = FindBar(self.browser, self)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.browser, 1)
        column.addWidget(self.find_bar)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_actions()
        self._fill_contents()
        self.resize(1040, 760)

    # --- building ------------------------------------------------------------------------

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], keys: list[QKeySequence]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.triggered.connect(slot)
        self.addAction(action)  # its keys work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.back_action = self._action(
            self.tr("Back"), self.tr("The page read before"), self.browser.backward,
            [key(key.StandardKey.Back)],
        )  # fmt: skip
        self.forward_action = self._action(
            self.tr("Forward"), self.tr("The page read after"), self.browser.forward,
            [key(key.StandardKey.Forward)],
        )  # fmt: skip
        self.home_action = self._action(
            self.tr("Contents"), self.tr("The first page of the guide, with every chapter"),
            lambda: self.show_topic(INDEX), [key("Alt+Home")],
        )  # fmt: skip
        self.find_action = self._action(
            self.tr("Find…"), self.tr("Find words in this page"), self.find_bar.open_bar,
            [key(key.StandardKey.Find)],
        )  # fmt: skip
        self.smaller_action = self._action(
            self.tr("Smaller text"), self.tr("Make the text smaller"),
            lambda: self.zoom(-1), [key(key.StandardKey.ZoomOut)],
        )  # fmt: skip
        self.larger_action = self._action(
            self.tr("Larger text"), self.tr("Make the text larger"),
            lambda: self.zoom(1), [key(key.StandardKey.ZoomIn), key("Ctrl+=")],
        )  # fmt: skip
        self.print_action = self._action(
            self.tr("Print…"), self.tr("Print this chapter"), self.print_page,
            [key(key.StandardKey.Print)],
        )  # fmt: skip
        self.close_action = self._action(
            self.tr("Close"), self.tr("Close the guide"), self.close,
            [key(key.StandardKey.Close)],
        )  # fmt: skip
        icons = ThemedIcons(self)
        icons.set(self.back_action, "back")
        icons.set(self.forward_action, "forward")
        icons.set(self.home_action, "home")
        icons.set(self.find_action, "find")
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)

        bar = QToolBar(self.tr("Guide"), self)
        bar.setObjectName("guideToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action, self.home_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.find_action, self.smaller_action, self.larger_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.print_action)
        self.addToolBar(bar)

    def _fill_contents(self) -> None:
        self.contents.fill(chapters(self.folder, self.language))

    # --- what is shown -------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show the guide in ``language`` (the program's language changed): the same page."""
        wanted = guide_language(language)
        if wanted == self.language:
            return
        self.language = wanted
        self._fill_contents()
        current = self.current_path()
        if current is not None and (moved := same_page_in(self.folder, current, wanted)):
            url = QUrl.fromLocalFile(str(moved))
            url.setFragment(self.browser.source().fragment())
            self.browser.setSource(url)

    def show_topic(self, topic: str | None) -> None:
        """Show a page of the guide ("mesa"), or a section of it ("mesa#agreements")."""
        page, section = split_topic(topic)
        path = page_file(self.folder, self.language, page)
        if not path.is_file():
            path = page_file(self.folder, self.language, INDEX)
            section = ""
        url = QUrl.fromLocalFile(str(path))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)

    def current_path(self) -> Path | None:
        source = self.browser.source()
        return Path(source.toLocalFile()) if source.isLocalFile() else None

    def current_topic(self) -> str:
        """The page on show and its section, as ``show_topic`` takes them."""
        path = self.current_path()
        if path is None:
            return INDEX
        fragment = self.browser.source().fragment()
        return f"{path.stem}#{fragment}" if fragment else path.stem

    def _page_shown(self, url: QUrl) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(
            self.tr("%1 — AgencyDesk user guide").replace("%1", title)
            if title
            else self.tr("AgencyDesk user guide")
        )
        # The url given, not source(): the browser may not have taken it yet.
        if url.isLocalFile():
            self.contents.select(Path(url.toLocalFile()).stem, url.fragment())

    # --- commands ------------------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        """Larger or smaller text, within a few steps of the program's font size."""
        wanted = max(-ZOOM_STEPS, min(ZOOM_STEPS, self._zoom + steps))
        change = wanted - self._zoom
        if change > 0:
            self.browser.zoomIn(change)
        elif change < 0:
            self.browser.zoomOut(-change)
        self._zoom = wanted
        self.smaller_action.setEnabled(wanted > -ZOOM_STEPS)
        self.larger_action.setEnabled(wanted < ZOOM_STEPS)

    def show_picture(self, path: Path) -> None:
        """A screenshot at its full size, in a window of its own."""
        if self.picture is None:
            self.picture = PictureWindow(self)
        self.picture.show_picture(path)

    def open_external(self, url: QUrl) -> None:
        """A web or e-mail link: the system's own program, never inside the guide."""
        QDesktopServices.openUrl(url)

    def print_page(self) -> bool:
        """The print dialog, then the chapter on show; True when it was sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.browser.documentTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print “%1”").replace("%1", self.browser.documentTitle()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """The chapter on show, with its pictures, on ``printer`` (or a PDF file)."""
        self.browser.document().print_(printer)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed = True
            self._resources.close()


def current_guide() -> GuideWindow | None:
    """The guide's window if it is open (one per application)."""
    if QApplication.instance() is None:
        return None
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, GuideWindow) and not widget.closed:
            return widget
    return None
