"""A date that may be empty, typed day first (03/04/2025 is the 3rd of April) or picked."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_DAY_FIRST = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str) -> date | None:
    """The date in ``text`` (None when empty); raises ValueError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    if m := _ISO.match(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_FIRST.match(text):
        year = int(m[3])
        if len(m[3]) == 2:
            year += 2000 if year < 70 else 1900
        return date(year, int(m[2]), int(m[1]))
    raise ValueError(text)


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateField(QWidget):
    """A line edit (empty allowed) with a calendar button; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._menu = menu
        self.button = QToolButton(self)
        icon = QIcon.fromTheme(QIcon.ThemeIcon.AppointmentNew)
        if icon.isNull():
            self.button.setText("…")
        else:
            self.button.setIcon(icon)
        self.button.setToolTip(QCoreApplication.translate("DateField", "Choose on a calendar"))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def date(self) -> date | None:
        """The typed date, or None when empty or not a date (check ``is_valid``)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def _prepare_calendar(self) -> None:
        current = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self._menu.hide()
        self.edit.setFocus()
