"""A label of our own words with links in them, whose links read on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from agencydesk.ui.widgets.colours import coloured_links, readable_link


class LinkLabel(QLabel):
    """Rich text whose links take the palette's link colour made readable on ``background``
    (``readable_link``), set again when the palette changes (a desktop switching to its dark
    mode while the program runs). Only for text we write: names a user typed are escaped
    before they get here."""

    def __init__(
        self,
        parent: QWidget | None = None,
        background: QPalette.ColorRole = QPalette.ColorRole.Window,
    ) -> None:
        super().__init__(parent)
        self._html = ""
        self._background = background
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def set_html(self, html: str) -> None:
        self._html = html
        self._show()

    def link_colour(self) -> QColor:
        return readable_link(self.palette(), self._background)

    def _show(self) -> None:
        self.setText(coloured_links(self._html, self.link_colour()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show()
