"""The History dialog of a record: every change, newest first, with who made it and when,
and under each one the fields that changed, before and after."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import AuditAction
from agencydesk.domain.history import FieldChange, HistoryEntry
from agencydesk.ui.history.texts import (
    TOOLTIP_CHARS,
    HistoryTexts,
    cut,
    field_name,
    from_difference,
    when_text,
)
from agencydesk.ui.widgets.plain_text import plain

WHEN, WHO, WHAT, BEFORE, AFTER = range(5)
EMPTY = "—"


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.texts = HistoryTexts(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the record's name, as typed
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (WHEN, WHO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (WHAT, BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.texts.no_history(), self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(980, 560)

    def show_history(self, name: str, entries: Sequence[HistoryEntry]) -> None:
        """Fill the dialog with ``entries`` (newest first) of the record called ``name``."""
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", name))
        self.summary.setText(
            self.tr("%n change(s) recorded, newest first.", "", len(entries)) if entries else name
        )
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for entry in entries:
            top = QTreeWidgetItem(
                [when_text(entry.at), entry.user or self.tr("(no name set)"), "", "", ""]
            )
            what = self.texts.action(entry)
            top.setText(WHAT, cut(what))
            top.setToolTip(WHAT, plain(what))
            top.setFont(WHAT, bold)
            top.setFirstColumnSpanned(False)
            for change in entry.changes:
                top.addChild(self._change_item(entry, change))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def _change_item(self, entry: HistoryEntry, change: FieldChange) -> QTreeWidgetItem:
        before = self.texts.value(change.old)
        after = self.texts.value(change.new)
        if entry.action is AuditAction.CREATE:
            before = ""
        elif entry.action is AuditAction.DELETE:
            after = ""
        shown_before, shown_after = before, after
        if isinstance(change.old, str) and isinstance(change.new, str) and before and after:
            shown_before, shown_after = from_difference(before, after)
        item = QTreeWidgetItem(["", "", field_name(entry.entity, change.field), "", ""])
        for column, text, shown in ((BEFORE, before, shown_before), (AFTER, after, shown_after)):
            item.setText(column, cut(shown) if text else EMPTY)
            if len(text) > 40 or "\n" in text:  # the cell may be narrower than the text
                item.setToolTip(column, plain(text[:TOOLTIP_CHARS]))
        return item

    def entry_count(self) -> int:
        return self.tree.topLevelItemCount()
