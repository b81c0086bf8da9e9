"""Drawing the guide's pictures: what an offscreen grab leaves out (an open menu, a dialog's
frame over its window) put back, a dialog or a PDF preview taken over its window, and the
result saved small. Used by guide_screenshots.py."""

from __future__ import annotations

import time
from pathlib import Path

from import_screenshots import wait_for
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from screenshots import settle

from agencydesk.services.reports.service import DocumentKind
from agencydesk.ui.reports.preview import PdfPreviewDialog


def with_menu(window: QWidget, button: QPushButton, menu: QMenu, active=None) -> QPixmap:
    """The window with ``button``'s menu open below it (a menu is a window of its own)."""
    corner = button.mapTo(window, QPoint(0, button.height()))
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    if active is not None:
        menu.setActiveAction(active)
    QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(corner, menu.grab())
    painter.end()
    menu.hide()
    return shot


def framed(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with ``dialog`` centred over it in a frame with its title: an
    offscreen grab has no window decorations, and a dialog must not read as part of the page."""
    shot = window.grab()
    over = dialog.grab()
    bar = 26
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    left = (shot.width() - over.width()) // 2
    top = max(bar, (shot.height() - over.height() + bar) // 2)
    frame = QRect(left - 1, top - bar - 1, over.width() + 2, over.height() + bar + 2)
    painter.fillRect(frame.translated(4, 5), QColor(0, 0, 0, 60))  # a shadow
    painter.fillRect(frame, QColor("#5b6470"))
    title = QRect(left, top - bar, over.width(), bar)
    painter.fillRect(title, QColor("#dfe3e8"))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#20262d"))
    painter.drawText(
        title.adjusted(10, 0, -10, 0),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        dialog.windowTitle(),
    )
    painter.drawPixmap(left, top, over)
    painter.end()
    return shot


def pause(app: QApplication, seconds: float = 0.3) -> None:
    """Let threads finish drawing (the PDF view renders its pages off the GUI thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def dialog_shot(
    app: QApplication, window: QWidget, dialog: QWidget, size: tuple[int, int] | None = None
) -> QPixmap:
    """``dialog`` shown (at ``size``), framed over ``window``."""
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    settle(app)
    return framed(window, dialog)


def pdf_shot(app: QApplication, window: QWidget, button, kind: DocumentKind) -> QPixmap:
    """Press the page's PDF ``button`` for ``kind`` and take the preview over the window."""
    before = set(window.findChildren(PdfPreviewDialog))
    button.export(kind)
    wait_for(app, lambda: bool(set(window.findChildren(PdfPreviewDialog)) - before))
    (preview,) = set(window.findChildren(PdfPreviewDialog)) - before
    preview.resize(860, 740)
    preview.fit_width()
    pause(app, 1.0)
    shot = framed(window, preview)
    preview.close()
    settle(app)
    return shot


def save_png(pixmap: QPixmap, target: Path, width: int) -> None:
    """``pixmap`` at most ``width`` pixels wide, smoothly scaled, in 256 colours."""
    image = pixmap.toImage()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        from PIL import Image  # reportlab's dependency: there with the program
    except ImportError:
        image.save(str(target))
        return
    size = (image.width(), image.height())
    data = bytes(image.constBits())
    picture = Image.frombuffer("RGB", size, data, "raw", "RGB", image.bytesPerLine(), 1)
    picture.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True
    )
