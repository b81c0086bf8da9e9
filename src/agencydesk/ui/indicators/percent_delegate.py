"""Paints "% of target met" as the shared progress bar with the percentage beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from agencydesk.ui.indicators.models import PERCENT_ROLE
from agencydesk.ui.widgets import ProgressBarDelegate, round_percent


class PercentBarDelegate(ProgressBarDelegate):
    """Reads the fraction from ``PERCENT_ROLE`` (rounded half up, as every bar rounds); an
    unknown one is written "—". ``bar_option(option, index)`` gives the bar as drawn."""

    def value_at(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        return round_percent(index.data(PERCENT_ROLE))
