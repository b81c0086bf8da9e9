"""How lists colour an agreement's urgency (overdue red, due soon amber): one place for the
meeting's Agreements tab, the tracker and the dashboard.

Fixed hues, not palette roles: a pale tinted background with dark text reads the same on light
and dark themes (a dark theme's light text on a pale tint would not, hence the foreground).
The urgency itself is computed by the domain (``AgreementRecord.urgency(today)``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from agencydesk.domain.agreements import DUE_SOON_DAYS, Urgency

BACKGROUNDS: dict[str, str] = {
    Urgency.OVERDUE: "#f8d0cc",  # pale red
    Urgency.DUE_SOON: "#fbe3a6",  # pale amber
}
FOREGROUNDS: dict[str, str] = {
    Urgency.OVERDUE: "#7f1d1d",  # dark red: readable on the pale red, and says "red" alone
    Urgency.DUE_SOON: "#5c3d00",  # dark brown-amber
}
ACCENTS: dict[str, str] = {
    Urgency.OVERDUE: "#dc2626",  # a chip, a count on the dashboard
    Urgency.DUE_SOON: "#d97706",
}


def urgency_brush(urgency: str | None) -> QBrush | None:
    """The background of a row with this urgency (None: the palette's own)."""
    colour = BACKGROUNDS.get(urgency or "")
    return QBrush(QColor(colour)) if colour else None


def urgency_foreground(urgency: str | None) -> QBrush | None:
    """The text colour that goes with ``urgency_brush`` (always set both)."""
    colour = FOREGROUNDS.get(urgency or "")
    return QBrush(QColor(colour)) if colour else None


def urgency_colour(urgency: str | None) -> QColor | None:
    """A strong colour for a chip or a number standing alone (not a cell background)."""
    colour = ACCENTS.get(urgency or "")
    return QColor(colour) if colour else None


def urgency_role_data(urgency: str | None, role: int) -> Any:
    """What a model's ``data()`` returns for Background/Foreground roles (None otherwise), so
    every list colours a row the same way."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return urgency_brush(urgency)
    if role == Qt.ItemDataRole.ForegroundRole:
        return urgency_foreground(urgency)
    return None


def urgency_text(urgency: str | None) -> str:
    """ "Overdue", "Due soon", or "" (for a tooltip, a legend, a filter)."""
    if urgency == Urgency.OVERDUE:
        return QCoreApplication.translate("Urgency", "Overdue")
    if urgency == Urgency.DUE_SOON:
        return QCoreApplication.translate("Urgency", "Due soon")
    return ""


class UrgencyLegend(QWidget):
    """Two swatches saying what the row colours mean: "Overdue (open, past its due date)",
    "Due soon (within DUE_SOON_DAYS days)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        explanations = {
            Urgency.OVERDUE: QCoreApplication.translate("Urgency", "open and past its due date"),
            # The domain's threshold, said as a plural (lupdate marks only self.tr(s, "", n)).
            Urgency.DUE_SOON: self.tr("due within %n day(s)", "", DUE_SOON_DAYS),
        }
        self.swatches: dict[str, QLabel] = {}
        for urgency, explanation in explanations.items():
            swatch = QLabel(urgency_text(urgency), self)
            swatch.setObjectName(f"legend_{urgency}")
            swatch.setStyleSheet(
                f"QLabel {{ background: {BACKGROUNDS[urgency]}; color: {FOREGROUNDS[urgency]};"
                " padding: 1px 6px; border-radius: 3px; }"
            )
            swatch.setToolTip(explanation)
            note = QLabel(explanation, self)
            layout.addWidget(swatch)
            layout.addWidget(note)
            self.swatches[urgency] = swatch
        layout.addStretch(1)
