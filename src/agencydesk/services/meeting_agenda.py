"""A meeting's agenda items and the bottlenecks discussed on each: the part of
``MeetingsService`` that edits the agenda (kept apart to keep each module readable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agencydesk.data.models import AgendaItem, Meeting
from agencydesk.data.repos import agenda_items as items_repo
from agencydesk.data.repos import bottlenecks as bottlenecks_repo
from agencydesk.data.repos import meetings as meetings_repo
from agencydesk.data.repos.common import audit, draft_changes, get_or_raise
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.meetings import AgendaItemDraft, AgendaItemRecord, validate_agenda_item
from agencydesk.domain.records import NamedRef

ITEM = "agenda_item"


class AgendaItemsMixin:
    """Every write is refused (UserError minutes_locked / meeting_cancelled) while the
    meeting's minutes are approved or it is cancelled."""

    _uow: UnitOfWork
    _user: Callable[[], str | None]

    # --- reading ---------------------------------------------------------------------------

    def agenda_items(self, meeting_id: int) -> list[AgendaItemRecord]:
        """The meeting's agenda by position (1, 2, 3…)."""
        with self._uow() as s:
            return items_repo.records(s, meeting_id=meeting_id)

    def agenda_item(self, item_id: int) -> AgendaItemRecord:
        with self._uow() as s:
            return _item(s, item_id)

    def bottleneck_choices(self, meeting_id: int) -> list[NamedRef]:
        """The bottlenecks an item of this meeting may link: its initiative's (an agenda's
        meeting: those of the agenda's initiatives), by initiative then code, named "CB-03
        Title" with the initiative as detail. The same list its agreements link to."""
        with self._uow() as s:
            meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
            return bottlenecks_repo.owner_choices(s, meeting.initiative_id, meeting.agenda_id)

    # --- writing ---------------------------------------------------------------------------

    def add_item(self, draft: AgendaItemDraft, position: int | None = None) -> AgendaItemRecord:
        """A new item at ``position`` (1-based; None: last); the ones from there move down."""
        draft = validate_agenda_item(draft)
        with self._uow(write=True) as s:
            meeting = meetings_repo.editable(s, draft.meeting_id)
            _check_bottlenecks(s, meeting, draft.bottleneck_ids)
            item_id, moved = items_repo.insert_item(s, draft, position)
            record = _item(s, item_id)
            self._audit_item(s, None, record)
            self._audit_moves(s, moved)
            return record

    def update_item(self, item_id: int, draft: AgendaItemDraft) -> AgendaItemRecord:
        """Change an item's title, notes and bottlenecks (it stays in its meeting)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, AgendaItem, item_id, ITEM)
            draft = validate_agenda_item(replace(draft, meeting_id=row.meeting_id))
            meeting = meetings_repo.editable(s, row.meeting_id)
            _check_bottlenecks(s, meeting, draft.bottleneck_ids)
            before = _item(s, item_id)
            row.title, row.notes = draft.title, draft.notes
            items_repo.set_links(s, item_id, draft.bottleneck_ids)
            after = _item(s, item_id)
            self._audit_item(s, before, after)
            return after

    def delete_item(self, item_id: int) -> AgendaItemRecord:
        """Delete an item (the ones after it move up); returns it for ``restore_item``."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, AgendaItem, item_id, ITEM)
            meetings_repo.editable(s, row.meeting_id)
            record = _item(s, item_id)
            moved = items_repo.remove_item(s, row)
            self._audit_item(s, record, None)
            self._audit_moves(s, moved)
            return record

    def restore_item(self, record: AgendaItemRecord) -> AgendaItemRecord:
        """Put a deleted item back at its old position with its id, uuid and links (those
        to bottlenecks that still exist)."""
        with self._uow(write=True) as s:
            meetings_repo.editable(s, record.draft.meeting_id)
            present = items_repo.existing_bottlenecks(s, record.draft.bottleneck_ids)
            uuids = list(record.link_uuids) + [""] * len(record.draft.bottleneck_ids)
            pairs = [
                (b, u)
                for b, u in zip(record.draft.bottleneck_ids, uuids, strict=False)
                if b in present
            ]
            draft = replace(record.draft, bottleneck_ids=tuple(b for b, _ in pairs))
            identity: dict[str, Any] = {"id": record.id}
            if record.uuid:
                identity["uuid"] = record.uuid
            item_id, moved = items_repo.insert_item(
                s, draft, record.position, [u for _, u in pairs], **identity
            )
            restored = _item(s, item_id)
            self._audit_item(s, None, restored)
            self._audit_moves(s, moved)
            return restored

    def move_item(self, item_id: int, position: int) -> list[AgendaItemRecord]:
        """Put an item at ``position`` (clamped to the agenda); returns the whole agenda."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, AgendaItem, item_id, ITEM)
            meetings_repo.editable(s, row.meeting_id)
            moved = items_repo.move_item(s, row, position)
            self._audit_moves(s, moved)
            return items_repo.records(s, meeting_id=row.meeting_id)

    # --- helpers ---------------------------------------------------------------------------

    def _audit_item(
        self, s: Any, before: AgendaItemRecord | None, after: AgendaItemRecord | None
    ) -> None:
        changes = draft_changes(before.draft if before else None, after.draft if after else None)
        old_position = before.position if before else None
        new_position = after.position if after else None
        if old_position != new_position:
            changes["position"] = [old_position, new_position]
        if not changes:
            return
        if before is None:
            action = AuditAction.CREATE
        elif after is None:
            action = AuditAction.DELETE
        else:
            action = AuditAction.UPDATE
        row_id = (after or before).id  # type: ignore[union-attr]
        audit(s, self._user(), ITEM, row_id, action, changes)

    def _audit_moves(self, s: Any, moved: dict[int, list[int]]) -> None:
        user = self._user()
        for row_id, (old, new) in sorted(moved.items()):
            audit(s, user, ITEM, row_id, AuditAction.UPDATE, {"position": [old, new]})


def _item(s: Any, item_id: int) -> AgendaItemRecord:
    found = items_repo.record(s, item_id)
    if found is None:
        raise UserError("not_found", entity=ITEM)
    return found


def _check_bottlenecks(s: Any, meeting: Meeting, ids: tuple[int, ...]) -> None:
    """An item discusses bottlenecks of its meeting's owner only (``bottleneck_choices``)."""
    if bottlenecks_repo.outside_owner(s, meeting.initiative_id, meeting.agenda_id, ids):
        raise ValidationError({"bottleneck_ids": "not_found"})
