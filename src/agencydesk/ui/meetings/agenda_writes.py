"""The agenda side of the minutes tab as it writes: an item added, renamed, deleted or moved,
a bottleneck ticked. Each goes through the service first, then one undo command is pushed;
a refused write is said and the tab reads again.

A mixin of ``MinutesTab`` (its state and helpers are the tab's): the showing and the texts
stay in minutes_tab.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem

from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import AgendaItemDraft, AgendaItemRecord, MeetingRecord
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.agendas.ordered_list import OrderedListEditor
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.item_development import ItemDevelopment
from agencydesk.ui.meetings.minutes_undo import MoveItemCommand, short
from agencydesk.ui.meetings.text_autosave import TextAutosave
from agencydesk.ui.undo import CreateCommand, DeleteCommand, EditCommand, RecordOps


class AgendaWrites:
    """What ``MinutesTab`` does when its agenda list or bottleneck ticks ask for a write.
    (Its sentences keep the tab's translation context: they are shown as the tab's.)"""

    meetings: MeetingsService
    meeting: MeetingRecord | None
    context: MeetingsContext
    agenda: OrderedListEditor
    development: ItemDevelopment
    notes_saver: TextAutosave
    _items: list[AgendaItemRecord]
    _locked: bool

    refresh: Callable[[], None]
    current_item: Callable[[], AgendaItemRecord | None]
    _item: Callable[[int | None], AgendaItemRecord | None]
    _item_ops: Callable[[], RecordOps]
    _push: Callable[[object], None]
    _refused: Callable[[UserError], None]

    def _add_item(self, title: str) -> None:
        if self.meeting is None or self._locked:
            return
        try:
            record = self.meetings.add_item(AgendaItemDraft(self.meeting.id, title=title))
        except UserError as exc:
            self._refused(exc)
            return
        self.agenda.added()
        self.agenda.select_next = record.id
        text = QCoreApplication.translate("MinutesTab", "Add agenda item “%1”").replace(
            "%1", short(record.title)
        )
        self._push(CreateCommand(text, self._item_ops(), self.context.write, record))

    def _rename_item(self, item_id: int, title: str) -> None:
        before = self._item(item_id)
        if before is None or self._locked:
            self.refresh()
            return
        self.notes_saver.end_session()
        before = self._item(item_id) or before
        try:
            after = self.meetings.update_item(item_id, replace(before.draft, title=title))
        except UserError as exc:
            self._refused(exc)
            return
        if after.draft == before.draft:
            return
        text = QCoreApplication.translate("MinutesTab", "Rename agenda item “%1”").replace(
            "%1", short(after.title)
        )
        self._push(
            EditCommand(
                text, self._item_ops(), self.context.write, item_id, before.draft, after.draft
            )
        )

    def _delete_item(self, item_id: int) -> None:
        if self._locked:
            return
        self.notes_saver.end_session()
        try:
            record = self.meetings.delete_item(item_id)
        except UserError as exc:
            self._refused(exc)
            return
        text = QCoreApplication.translate("MinutesTab", "Delete agenda item “%1”").replace(
            "%1", short(record.title)
        )
        self._push(DeleteCommand(text, self._item_ops(), self.context.write, record))

    def _move_item(self, item_id: int, direction: str) -> None:
        item = self._item(item_id)
        if item is None or self._locked:
            return
        row = self._items.index(item)
        target = row - 1 if direction == "up" else row + 1
        if not 0 <= target < len(self._items):
            return
        new_position = self._items[target].position
        try:
            self.meetings.move_item(item_id, new_position)
        except UserError as exc:
            self._refused(exc)
            return
        template = (
            QCoreApplication.translate("MinutesTab", "Move agenda item “%1” up")
            if direction == "up"
            else QCoreApplication.translate("MinutesTab", "Move agenda item “%1” down")
        )
        text = template.replace("%1", short(item.title))
        self._push(
            MoveItemCommand(
                text, self.meetings, self.context.write, item_id, item.position, new_position
            )
        )

    def _link_toggled(self, changed: QStandardItem) -> None:
        if self._locked:
            return
        item = self.current_item()
        if item is None:
            return
        self.notes_saver.end_session()
        item = self.current_item() or item
        ids = self.development.checked_ids()
        try:
            after = self.meetings.update_item(item.id, replace(item.draft, bottleneck_ids=ids))
        except UserError as exc:
            self._refused(exc)
            return
        if after.draft == item.draft:
            return
        checked = changed.checkState() == Qt.CheckState.Checked
        template = (
            QCoreApplication.translate("MinutesTab", "Link “%1” to agenda item “%2”")
            if checked
            else QCoreApplication.translate("MinutesTab", "Unlink “%1” from agenda item “%2”")
        )
        text = template.replace("%1", short(changed.text())).replace("%2", short(item.title))
        self._push(
            EditCommand(
                text, self._item_ops(), self.context.write, item.id, item.draft, after.draft
            )
        )
