"""The guide's Find bar (Ctrl+F): finds words in the page on show, wrapping around.

Enter finds the next, Shift+Enter the previous, Escape closes the bar. Accents count: the
page is read as written ("sesión" finds "sesión").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideFindBar")
        self.browser = browser
        label = QLabel(self.tr("&Find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("guideFindText")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Words to find in this page"))
        label.setBuddy(self.edit)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("&Previous"))
        self.previous_button.setToolTip(self.tr("Find the previous place (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Find the next place (Enter)"))
        self.status = QLabel(self)
        self.status.setObjectName("guideFindStatus")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button)

        self.edit.textEdited.connect(lambda _text: self.find(forward=True, from_start=True))
        self.edit.returnPressed.connect(lambda: self.find(forward=True))
        self.next_button.clicked.connect(lambda: self.find(forward=True))
        self.previous_button.clicked.connect(lambda: self.find(forward=False))
        self.close_button.clicked.connect(self.close_bar)
        self.edit.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with its words selected (typing replaces them)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.status.clear()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def find(self, *, forward: bool, from_start: bool = False) -> bool:
        """Select the next (or previous) place of the words; wraps around the page."""
        words = self.edit.text()
        if not words:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        if from_start:
            # Typing looks again from where the last match began, so the match grows.
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        found = self.browser.find(words, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(words, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The line edit's keys: it would take Shift+Enter as Enter."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shifted:
                self.find(forward=False)
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.find(forward=True)
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.find(forward=False)
                return True
        return super().eventFilter(watched, event)
