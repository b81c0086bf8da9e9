"""The two questions pages ask, through QMessageBox's static functions (tests patch those).

Their sentences quote user text ("Delete meeting “<b>x</b>”?"): a static message box guesses
the format, so the text goes through ``plain()`` and never renders as HTML.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from agencydesk.ui.widgets.plain_text import plain


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question whose safe answer, and default, is No."""
    answer = QMessageBox.question(
        parent,
        title,
        plain(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Explain why something the user asked for was not done."""
    QMessageBox.warning(parent, title, plain(text))


def undo_keys() -> str:
    """The Undo shortcut as this platform writes it ("Ctrl+Z"), for sentences that mention it."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
