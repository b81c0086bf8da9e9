"""Printing a generated PDF: each chosen page rendered by QtPdf and painted on the printer.

Qt has no "print this PDF file" call; the pages are rasterised (``QPdfDocument.render``) and
drawn into the printer's printable area, scaled to fit with their proportions kept. Text
documents read perfectly at 300 dpi; the printer's own resolution (1,200 dpi for a
high-resolution QPrinter) would make each A4 page a ~560 MB image, so the render is capped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the print dialog chose, in the order the printer wants them, once
    per copy when the printer cannot make copies itself."""
    mode = printer.printRange()
    if mode is QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if ranges.isEmpty():
            first, last = printer.fromPage(), printer.toPage()
            pages = [p for p in range(page_count) if first <= p + 1 <= (last or page_count)]
        else:
            pages = [p for p in range(page_count) if ranges.contains(p + 1)]
    elif mode is QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    else:  # all pages (a PDF preview has no selection)
        pages = list(range(page_count))
    if printer.pageOrder() is QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        if printer.collateCopies():
            pages = pages * printer.copyCount()
        else:
            pages = [p for p in pages for _ in range(printer.copyCount())]
    return pages


def orient_like(printer: QPrinter, document: QPdfDocument) -> None:
    """Landscape paper for a landscape document (the action plan), before the dialog opens."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )


def render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """A page as an opaque image at ``dpi`` (QtPdf renders on a transparent background)."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    rendered = document.render(page, size)
    opaque = QImage(size, QImage.Format.Format_RGB32)
    opaque.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(opaque)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return opaque


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: list[int],
    step: Callable[[int], bool] | None = None,
) -> bool:
    """Paint ``pages`` on ``printer``; ``step(n)`` is called before each page and returns
    False to stop (the job is then aborted). Returns whether every page was printed."""
    if not pages:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_DPI)
        for n, page in enumerate(pages):
            if step is not None and not step(n):
                printer.abort()
                return False
            if n > 0:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            # Centred in the printable area (whose top-left is the painter's origin).
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, render_page(document, page, dpi))
    finally:
        painter.end()
    return True
