"""The first page a new user sees: explore the demo data, start empty, open a database, or
import a partner's spreadsheet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agencydesk.ui.widgets.link_label import LinkLabel
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon


class WelcomePage(QWidget):
    demo_requested = Signal()
    empty_requested = Signal()
    open_requested = Signal()
    import_requested = Signal()
    guide_requested = Signal(str)  # the guide's chapter to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to AgencyDesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "AgencyDesk keeps the work of a productive-development office in one place on "
                "this computer: the actors of the territory, the strategic agenda, the mesas "
                "and their bottlenecks, the action plans and the minutes of every meeting. "
                "It works without internet."
            )
        )
        intro.setWordWrap(True)

        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo data"),
            self.tr(
                "Open a copy of a sample office with agendas and mesas in Soconusco, Ucayali "
                "and Los Ríos. Nothing you do there touches your own data."
            ),
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Start with an empty database"),
            self.tr("Begin registering your own organizations and contacts."),
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing database…"),
            self.tr("Choose an AgencyDesk file, for example one copied from another computer."),
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import a spreadsheet…"),
            self.tr(
                "Bring in the organizations, contacts or actions a partner sent you in Excel, "
                "LibreOffice or CSV."
            ),
        )
        # tr() outside the f-string: lupdate does not see calls inside one.
        read = escape(self.tr("Read the user guide"))
        self.guide_link = LinkLabel()
        self.guide_link.set_html(
            f'<a href="guide">{read}</a> — '
            + escape(self.tr("every task step by step, with pictures (F1)"))
        )
        self.guide_link.setObjectName("welcomeGuideLink")
        self.guide_link.linkActivated.connect(lambda _link: self.open_guide())

        self.demo_button.clicked.connect(self.demo_requested)
        self.empty_button.clicked.connect(self.empty_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.import_button.clicked.connect(self.import_requested)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.demo_button, self.empty_button, self.open_button, self.import_button):
            # The style's arrow is near-black, lost on a dark palette: in the text's colour.
            TintedStandardIcon(button, QStyle.StandardPixmap.SP_CommandLink)
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(self.guide_link)
        column.addStretch(2)

        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        self.setFocusProxy(self.demo_button)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def open_guide(self) -> None:
        """The user guide's first chapter (the window opens it, in the program's language)."""
        self.guide_requested.emit("getting-started")
