"""The office's logo for the PDF documents, chosen in Settings.

The chosen picture is checked with QImage (a file it cannot read is refused in a sentence)
and copied into the config folder as ``office-logo.png`` or ``.jpg`` when Settings is
accepted, so that a logo on a USB stick or in Downloads keeps printing after the original is
gone, and Cancel changes nothing. A large photo is scaled down first: the logo prints about
11 mm high, and every PDF embeds it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.services.spreadsheet import atomic_output
from agencydesk.ui.widgets.dialogs import tell

LOGO_STEM = "office-logo"
MAX_HEIGHT = 600  # pixels: sharp at 11 mm high even at 1,200 dpi
MAX_WIDTH = 2400
THUMB_HEIGHT = 40


def read_logo(path: Path) -> tuple[QImage, bool]:
    """The picture at ``path`` upright (a phone photo's EXIF rotation applied) and whether it
    is a PNG; a null image if Qt cannot read it as a PNG or JPEG."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data()).lower()
    if kind not in (b"png", b"jpeg", b"jpg"):
        return QImage(), False
    return reader.read(), kind == b"png"


def store_logo(image: QImage, png: bool, config_dir: Path) -> Path:
    """Write ``image`` into ``config_dir`` as ``office-logo.png`` or ``.jpg`` (scaled down when
    very large) and remove an earlier logo of the other kind; returns its path. Raises
    ``UserError`` when it cannot be written."""
    suffix, fmt = (".png", "PNG") if png else (".jpg", "JPEG")
    if image.height() > MAX_HEIGHT or image.width() > MAX_WIDTH:
        image = image.scaled(
            MAX_WIDTH,
            MAX_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 90)
    buffer.close()
    out = config_dir / f"{LOGO_STEM}{suffix}"
    try:
        config_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("export_cannot_write", path=str(out), reason=exc.strerror) from exc
    with atomic_output(out, binary=True) as fh:
        fh.write(bytes(data.data()))
    for other in config_dir.glob(f"{LOGO_STEM}.*"):
        if other != out:
            with contextlib.suppress(OSError):
                other.unlink()
    return out


class LogoField(QWidget):
    """A thumbnail of the logo, "Choose…" and "Remove"; ``chosen`` is what OK will store:
    a picture to copy, the logo already stored, or None."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = Path(current) if current else None
        self.chosen: Path | None = self.current
        self.image, self.png = read_logo(self.current) if self.current else (QImage(), False)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("logoThumbnail")
        self.thumbnail.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("logoChoose")
        self.choose_button.setToolTip(self.tr("A PNG or JPEG picture, printed on every PDF"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("logoRemove")
        # "No logo" reads on the buttons' line, and the row's caption beside both: all at the
        # top of a row a logo makes taller.
        self.thumbnail.setMinimumHeight(self.choose_button.sizeHint().height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        layout.addWidget(self.thumbnail, 1, top)
        layout.addWidget(self.choose_button, 0, top)
        layout.addWidget(self.remove_button, 0, top)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self._show()

    def choose(self) -> bool:
        start = (
            self.chosen.parent
            if self.chosen
            else Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
                or Path.home()
            )
        )
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for documents"),
            str(start),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return False
        image, png = read_logo(Path(path))
        if image.isNull():
            tell(
                self,
                self.tr("Logo for documents"),
                self.tr(
                    "“%1” is not a picture AgencyDesk can read. Choose a PNG or JPEG file "
                    "(save it as PNG from your drawing or photo program)."
                ).replace("%1", Path(path).name),
            )
            return False
        self.chosen, self.image, self.png = Path(path), image, png
        self._show()
        return True

    def remove(self) -> None:
        self.chosen, self.image = None, QImage()
        self._show()

    def store(self, config_dir: Path) -> str | None:
        """The path to keep in Settings, copying a newly chosen picture into ``config_dir``.
        Raises ``UserError`` when the copy cannot be written."""
        if self.chosen is None:
            # Removed: our copy goes too (a logo the user keeps elsewhere is left alone).
            old = self.current
            if old is not None and old.parent == config_dir and old.stem == LOGO_STEM:
                with contextlib.suppress(OSError):
                    old.unlink()
            return None
        if self.chosen == self.current:
            return str(self.current)
        return str(store_logo(self.image, self.png, config_dir))

    def _show(self) -> None:
        image = self.image
        self.remove_button.setEnabled(self.chosen is not None)
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(
                self.tr("No logo") if self.chosen is None else self.tr("The logo file is missing")
            )
            self.thumbnail.setToolTip("")
            return
        # A banner fits the field's room, its proportions kept.
        thumb = image.scaled(
            6 * THUMB_HEIGHT,
            THUMB_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.thumbnail.setText("")
        pixmap = QPixmap.fromImage(thumb)
        self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setToolTip(str(self.chosen))
