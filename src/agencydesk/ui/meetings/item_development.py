"""The right side of the minutes tab: for the chosen agenda item, what was said on it (plain
text) and the bottlenecks discussed (ticked from the initiative's register). It shows; the
tab writes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.meetings import AgendaItemRecord
from agencydesk.domain.records import NamedRef
from agencydesk.ui.widgets.plain_text import mnemonic_safe, plain

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROWS = 7
"""The bottleneck list shows up to this many rows (a register has five to ten)."""


def bold_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the item's heading quotes its title
    return label


class ItemDevelopment(QStackedWidget):
    """A hint while no item is chosen; otherwise its heading, text box and bottlenecks.

    ``link_toggled(item)`` when the user ticks or unticks a bottleneck.
    """

    link_toggled = Signal(QStandardItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.heading = bold_label("", self)
        self.heading.setObjectName("itemHeading")
        self.format_hint = QLabel(self)
        self.format_hint.setObjectName("formatHint")
        self.format_hint.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("itemNotes")
        self.notes.setTabChangesFocus(True)
        self.heading.setBuddy(self.notes)
        self.links_label = QLabel(self.tr("&Bottlenecks discussed on this item:"), self)
        self.links_model = QStandardItemModel(self)
        self.links = QListView(self)
        self.links.setObjectName("itemBottlenecks")
        self.links.setModel(self.links_model)
        self.links.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links.setAccessibleName(self.tr("Bottlenecks discussed on this item"))
        self.links.setUniformItemSizes(True)
        self.links.setSpacing(1)  # the tick boxes of two rows must not touch
        self.links_label.setBuddy(self.links)
        self.no_links = QLabel(self)
        self.no_links.setWordWrap(True)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.format_hint)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.links_label)
        layout.addWidget(self.links)
        layout.addWidget(self.no_links)
        self.item_box = box
        self.no_item = QLabel(self)
        self.no_item.setWordWrap(True)
        self.no_item.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a record
        self.no_item.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_item.setMargin(24)
        self.addWidget(self.no_item)
        self.addWidget(box)
        self.links_model.itemChanged.connect(self._changed)
        self.show_none()

    def show_none(self, text: str | None = None) -> None:
        self.no_item.setText(
            text or self.tr("Choose an item of the agenda to write what was said on it.")
        )
        self.setCurrentWidget(self.no_item)

    def show_item(self, number: int, item: AgendaItemRecord) -> None:
        """The heading of item ``number`` (1-based); the text is loaded by the tab's saver."""
        heading = self.tr("Development of item %1: %2")
        # The heading is its text box's label: an "&" of the title must not become an Alt+key.
        title = mnemonic_safe(item.title)
        self.heading.setText(heading.replace("%1", str(number)).replace("%2", title))
        self.setCurrentWidget(self.item_box)

    def set_editable(self, editable: bool, hint: str) -> None:
        self.notes.setReadOnly(not editable)  # read-only keeps the text selectable
        self.notes.setPlaceholderText(
            self.tr("What was presented, discussed and agreed on this item")
            if editable
            else self.tr("Nothing was written on this item.")
        )
        self.format_hint.setText(hint)

    def fill_links(
        self,
        item: AgendaItemRecord,
        choices: list[NamedRef],
        locked: bool,
        has_initiative: bool,
    ) -> None:
        """Every bottleneck of the initiative with a tick for those discussed; on locked
        minutes, only those discussed (there is nothing left to tick)."""
        linked = set(item.draft.bottleneck_ids)
        names = dict(zip(item.draft.bottleneck_ids, item.bottleneck_names, strict=False))
        if locked:
            shown = [NamedRef(b, names.get(b) or "?") for b in item.draft.bottleneck_ids]
        else:
            known = {c.id for c in choices}
            # A link to a bottleneck no longer offered stays visible (and can be unticked).
            missing = [b for b in item.draft.bottleneck_ids if b not in known]
            shown = [*choices, *(NamedRef(b, names.get(b) or "?") for b in missing)]
        self._filling = True
        try:
            self.links_model.clear()
            for choice in shown:
                row = QStandardItem(choice.name)
                row.setData(choice.id, ID_ROLE)
                row.setToolTip(plain(choice.name))
                row.setEditable(False)
                if not locked:
                    row.setCheckable(True)
                    row.setCheckState(
                        Qt.CheckState.Checked if choice.id in linked else Qt.CheckState.Unchecked
                    )
                self.links_model.appendRow(row)
        finally:
            self._filling = False
        self.links.setVisible(bool(shown))
        self.no_links.setVisible(not shown)
        if shown:
            # As tall as its rows, up to LINK_ROWS (then it scrolls): the text box gets the rest.
            rows = min(len(shown), LINK_ROWS)
            row_height = self.links.sizeHintForRow(0) + 2 * self.links.spacing()
            height = row_height * rows + 2 * self.links.frameWidth() + 2
            self.links.setFixedHeight(height)
        if locked:
            self.no_links.setText(self.tr("No bottleneck was linked to this item."))
        elif not has_initiative:
            self.no_links.setText(self.tr("Bottlenecks belong to initiatives: none to link here."))
        else:
            self.no_links.setText(self.tr("This initiative has no bottlenecks recorded."))

    def checked_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.links_model.rowCount()):
            entry = self.links_model.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                ids.append(int(entry.data(ID_ROLE)))
        return tuple(ids)

    def _changed(self, entry: QStandardItem) -> None:
        if not self._filling:
            self.link_toggled.emit(entry)
