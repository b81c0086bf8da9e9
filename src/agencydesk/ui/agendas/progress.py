"""Progress shown as a bar inside a table cell (an agenda's, a plan's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from agencydesk.ui.widgets import ProgressBarDelegate

Index = QModelIndex | QPersistentModelIndex


def percent_text(value: int | None) -> str:
    """ "44 %"; "" when nothing can be measured yet."""
    return "" if value is None else f"{value} %"


class ProgressDelegate(ProgressBarDelegate):
    """Paints ``progress_of(index)`` (0–100) as the shared bar with its figure beside it; "—"
    when it is None (no action to measure), so "0%" keeps meaning "nothing done yet"."""

    def __init__(
        self, progress_of: Callable[[Index], int | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._progress_of = progress_of

    def value_at(self, index: Index) -> int | None:
        value = self._progress_of(index)
        return None if value is None else max(0, min(100, int(value)))
