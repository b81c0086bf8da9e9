"""User text where Qt guesses the format: tooltips, item tooltips and message boxes.

Qt shows such a text as HTML when it merely *looks* like HTML (``Qt.mightBeRichText``: a
known tag such as "<b>" on its first line). A meeting titled "<b>x</b>" would then show a
bold "x", and a name with "<" could swallow the rest of the sentence. Labels that show user
text are set to ``Qt.TextFormat.PlainText`` instead; where there is no format to set (a
tooltip, a static QMessageBox), ``plain()`` gives a text Qt will show literally.
"""

from __future__ import annotations

# QtGui's Qt namespace: it carries the text-document helpers (mightBeRichText,
# convertFromPlainText) that QtCore's does not.
from PySide6.QtGui import Qt


def plain(text: str) -> str:
    """``text`` as it must be handed to an auto-detecting widget to be shown as typed.

    Unchanged when Qt would take it for plain text anyway (so most texts, and the tests that
    read them back, stay as they are); otherwise escaped into HTML that renders it literally,
    line breaks kept.
    """
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def mnemonic_safe(text: str) -> str:
    """User text for a label or button whose "&" marks a shortcut: "R&D" shows as typed and
    steals no Alt+letter."""
    return text.replace("&", "&&")
