"""The guide's contents on the left: its chapters and, under each, its sections. Long titles
wrap onto a second line rather than being cut (the tree is narrow)."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from agencydesk.ui.guide.pages import Chapter

PAGE_ROLE = Qt.ItemDataRole.UserRole
ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 1


class _Wrapping(QStyledItemDelegate):
    """Rows as tall as their title wrapped to the tree's width (QTreeView alone elides)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)  # the item's own font: chapters are bold
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, self.tree.viewport().width() - self.tree.indentation() * depth - 8)
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = styled.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(size.width(), max(size.height(), needed.height() + 6))


class ContentsTree(QTreeWidget):
    topic_chosen = Signal(str)
    """A chapter ("mesa") or a section ("mesa#agreements") was clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideContents")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_Wrapping(self))
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)

    def fill(self, chapters: list[Chapter]) -> None:
        self.clear()
        for chapter in chapters:
            item = QTreeWidgetItem([chapter.title])
            item.setData(0, PAGE_ROLE, chapter.page)
            item.setData(0, ANCHOR_ROLE, "")
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for section in chapter.sections:
                child = QTreeWidgetItem([section.title])
                child.setData(0, PAGE_ROLE, chapter.page)
                child.setData(0, ANCHOR_ROLE, section.anchor)
                item.addChild(child)
            self.addTopLevelItem(item)

    def topics(self) -> list[str]:
        """Every topic listed, in order ("mesa", "mesa#agreements", …)."""
        found = []
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            found.append(_topic(item))
            found.extend(_topic(item.child(i)) for i in range(item.childCount()))
        return found

    def select(self, page: str, anchor: str) -> None:
        """Mark the chapter (or its section) on show, without choosing it again."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, PAGE_ROLE) != page:
                continue
            chosen = item
            for index in range(item.childCount()):
                if anchor and item.child(index).data(0, ANCHOR_ROLE) == anchor:
                    chosen = item.child(index)
            blocked = self.blockSignals(True)
            item.setExpanded(True)
            self.setCurrentItem(chosen)
            self.scrollToItem(chosen)
            self.blockSignals(blocked)
            return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()  # the titles wrap again to the new width

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.topic_chosen.emit(_topic(item))


def _topic(item: QTreeWidgetItem) -> str:
    page, anchor = item.data(0, PAGE_ROLE), item.data(0, ANCHOR_ROLE)
    return f"{page}#{anchor}" if anchor else str(page)
