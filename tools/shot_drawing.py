"""Drawing the guide's pictures: what an offscreen grab leaves out (an open menu, a dialog's
frame over its window) put back, and the result saved small. Used by guide_screenshots.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget


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
