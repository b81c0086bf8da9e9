"""Tables whose long-text columns (titles, names of organizations) share the room left.

The short columns (a status, a date, a count) keep the width they were given for their
content; the long ones split what remains of the view's width: each gets what its text needs
if that fits its share (the first, the record's own name, has the larger share), the others
are cut with "…" (the tooltip has the whole text), and room left over goes to the first.
Measured on the rows in sight only, so a lazy list of thousands of rows reads nothing more.

(Used by the agendas and initiatives lists and the bottlenecks register; it could live in
``ui/widgets`` for every list.)
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def share_width(available: int, needs: Sequence[int], floor: int) -> list[int]:
    """Split ``available`` pixels between columns needing ``needs``, the first one (the
    record's own name or title) weighing 3 and the others 2: a column whose need fits its
    share gets just that, and the others share what it leaves; any surplus goes to the first.
    Each gets at least ``floor``."""
    weights = [3] + [2] * (len(needs) - 1)
    widths = [0] * len(needs)
    remaining = available
    # The least demanding (relative to weight) are settled first: what they leave is shared.
    pending = sorted(range(len(needs)), key=lambda i: needs[i] / weights[i])
    while pending:
        i = pending.pop(0)
        share = remaining * weights[i] // (weights[i] + sum(weights[j] for j in pending))
        widths[i] = max(floor, min(needs[i], share))
        remaining -= widths[i]
    if widths and remaining > 0:
        widths[0] += remaining
    return widths


class LongColumns(QObject):
    """Keeps ``columns`` (the first one the most important) sharing the width of ``view``."""

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = list(columns)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The rows in sight only (sizeHintForColumn would otherwise read a thousand rows).
        view.verticalHeader().setResizeContentsPrecision(0)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._soon.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._soon.start()
        return False

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self._columns and not header.isSectionHidden(c)
        )
        available = view.viewport().width() - others
        needs = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + 4 for c in self._columns
        ]
        floor = view.fontMetrics().averageCharWidth() * 8
        for column, width in zip(self._columns, share_width(available, needs, floor), strict=True):
            if header.sectionSize(column) != width:
                view.setColumnWidth(column, width)
