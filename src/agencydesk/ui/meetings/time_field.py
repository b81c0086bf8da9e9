"""A time of day that may be empty, typed the way people write it: 9, 9:30, 09.30, 930, 14h."""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{1,2})(\d{2})$")  # 930, 1430


def parse_time(text: str) -> time | None:
    """The time in ``text`` (None when empty); raises ValueError when it is not a time."""
    text = text.strip()
    if not text:
        return None
    m = _COMPACT.match(text) or _TIME.match(text)
    if m is None:
        raise ValueError(text)
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return time(hour, minute)


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class TimeField(QLineEdit):
    """``changed`` on every edit; ``time()`` None when empty or not a time (see ``is_valid``);
    written back as hh:mm when the user leaves it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("TimeField", "hh:mm"))
        self.setMaxLength(8)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 9 + 24)
        self.textChanged.connect(lambda _t: self.changed.emit())
        self.editingFinished.connect(self._tidy)

    def is_valid(self) -> bool:
        try:
            parse_time(self.text())
        except ValueError:
            return False
        return True

    def time(self) -> time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def set_time(self, value: time | None) -> None:
        self.setText(format_time(value))

    def _tidy(self) -> None:
        value = self.time()
        if value is not None and self.text() != format_time(value):
            self.setText(format_time(value))
