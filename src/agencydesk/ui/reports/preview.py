"""The in-app preview of a generated PDF, with Print…, Save as… and the system viewer.

The file lives in a temporary folder of its own (made by ``actions.export_pdf``) that this
dialog owns and removes when it closes; "Save as…" copies it where the user says. A file
handed to the system viewer stays until an export a day later sweeps it: the viewer may
still be reading it (and Windows would refuse to delete it anyway).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError
from agencydesk.services.spreadsheet import atomic_output
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.printing import orient_like, pages_to_print, print_pages
from agencydesk.ui.widgets.dialogs import tell
from agencydesk.ui.widgets.elided_label import ElidedLabel

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0

# Forbidden in Windows file names (the strictest of the three systems), and its device names.
_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)

# The folder of the last "Save as…" in this session (the next dialog opens there).
_last_folder: Path | None = None


def pdf_file_name(title: str) -> str:
    """ "Acta N° 3 - Mesa Forestal.pdf": the document's title as a file name any system
    accepts (no / : * ? " < > | \\, no trailing dot or space, not a device name)."""
    stem = " ".join(_UNSAFE_FILE_CHARS.sub(" ", title).split())[:120].strip(". ")
    if not stem or _RESERVED_NAMES.match(stem):
        stem = f"{stem}_document".strip("_")
    return f"{stem}.pdf"


class TempFolder:
    """The dialog's temporary folder; kept when the system viewer was given its file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.keep = False

    def remove(self) -> None:
        if self.path is not None and not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)


class PdfPreviewDialog(QDialog):
    def __init__(
        self, path: Path, title: str, folder: Path | None, parent: QWidget | None = None
    ) -> None:
        """Show the PDF at ``path``; ``folder`` (the temporary one holding it) is removed
        when the dialog closes, or is destroyed with its parent."""
        super().__init__(parent)
        self.path = path
        self.title = title
        self.folder = TempFolder(folder)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(title)
        # On a grey desk, so that the white pages read as paper.
        self.view.setStyleSheet("QPdfView { background: palette(dark); }")

        self.zoom_out_button = self._tool(
            "−", self.tr("Zoom out (%1)"), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = self._tool(
            "+", self.tr("Zoom in (%1)"), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("&Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setToolTip(self.tr("Show each page as wide as the window"))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pdfPageLabel")
        self.status = ElidedLabel(self)  # a long path is cut, not laid out wider
        self.status.setObjectName("pdfStatus")

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("pdfPrint")
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.setObjectName("pdfSaveAs")
        self.save_button.setToolTip(self.tr("Keep a copy of this PDF in a folder of your choice"))
        self.open_button = QPushButton(self.tr("Open with the system &viewer"), self)
        self.open_button.setObjectName("pdfOpenOutside")
        self.open_button.setToolTip(self.tr("Open the PDF in the computer's usual PDF program"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("pdfClose")

        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addSpacing(12)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_outside)
        self.close_button.clicked.connect(self.reject)
        # Shortcuts of their own: a button's setShortcut would replace its Alt+letter.
        keys = (
            (QKeySequence.StandardKey.Print, self.print_button.click),
            (QKeySequence.StandardKey.Save, self.save_button.click),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in_button.click),
            (QKeySequence("Ctrl+="), self.zoom_in_button.click),  # "+" without Shift
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out_button.click),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.finished.connect(self._release)
        # Also when the window closes under it (no ``finished`` then): a method of a plain
        # object, never of the dialog being destroyed.
        self.destroyed.connect(self.folder.remove)
        self._show_page()
        self.close_button.setFocus()
        self._fit_window()

    def _tool(self, text: str, tip: str, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(tip.replace("%1", native))
        return button

    def _fit_window(self) -> None:
        """Tall enough for most of a page, within the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 900, 1000
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    # --- what is shown -------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page(self, *_args: object) -> None:
        if self.document.status() is QPdfDocument.Status.Error or self.page_count == 0:
            self.page_label.setText(self.tr("The PDF could not be shown."))
            for button in (self.print_button, self.zoom_in_button, self.zoom_out_button):
                button.setEnabled(False)
            return
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.current_page() + 1))
            .replace("%2", str(self.page_count))
        )

    def show_page(self, page: int) -> None:
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def effective_zoom(self) -> float:
        """The zoom shown now, also while fitting the width (QPdfView keeps the last custom
        factor then): the viewport's width over the widest page at the screen's dpi."""
        if self.view.zoomMode() is not QPdfView.ZoomMode.FitToWidth or self.page_count == 0:
            return self.view.zoomFactor()
        widest = max(self.document.pagePointSize(p).width() for p in range(self.page_count))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        dots = self.view.logicalDpiX() / 72
        return max(ZOOM_MIN, room / (widest * dots)) if widest else 1.0

    def zoom_by(self, factor: float) -> None:
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, self.effective_zoom() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self.fit_button.setChecked(False)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    # --- the buttons -----------------------------------------------------------------------

    def print_document(self) -> bool:
        """The print dialog, then the chosen pages; True when they were sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        orient_like(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print “%1”").replace("%1", self.title))
        dialog.setMinMax(1, self.page_count)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintPageRange, True)
        dialog.setOption(options.PrintCurrentPage, True)
        dialog.setOption(options.PrintSelection, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = pages_to_print(printer, self.page_count, self.current_page())
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(n: int) -> bool:
            progress.setValue(n)
            return not progress.wasCanceled()

        try:
            printed = print_pages(self.document, printer, pages, step)
            cancelled = progress.wasCanceled()
        finally:
            progress.reset()
            progress.deleteLater()
        if printed:
            self.status.set_full_text(self.tr("%n page(s) sent to the printer.", "", len(pages)))
        elif not cancelled:
            tell(
                self,
                self.tr("Print"),
                self.tr("The printer could not be used. Check that it is on and try again."),
            )
        return printed

    def save_as(self) -> Path | None:
        """Copy the PDF where the user says; the path, or None."""
        global _last_folder
        folder = _last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the PDF as"),
            str(folder / pdf_file_name(self.title)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            with atomic_output(out, binary=True) as target, self.path.open("rb") as source:
                shutil.copyfileobj(source, target)
        except UserError as exc:
            tell(self, self.tr("Save the PDF as"), user_error_text(exc))
            return None
        except OSError as exc:  # the generated file itself vanished (a temp cleaner)
            tell(
                self,
                self.tr("Save the PDF as"),
                user_error_text(UserError("export_cannot_write", path=str(out), reason=str(exc))),
            )
            return None
        _last_folder = out.parent
        self.status.set_full_text(self.tr("Saved as %1").replace("%1", str(out)))
        return out

    def open_outside(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        if opened:
            self.folder.keep = True
        else:
            tell(
                self,
                self.tr("Open with the system viewer"),
                self.tr(
                    "No program to open PDF files was found on this computer. Save the PDF "
                    "(Save as…) and open it from its folder, or install a PDF reader."
                ),
            )
        return opened

    # --- closing -----------------------------------------------------------------------------

    def _release(self, _result: int = 0) -> None:
        # The document holds the file open (Windows could not delete it otherwise).
        self.document.close()
        self.folder.remove()
