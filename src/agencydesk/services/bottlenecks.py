"""The bottlenecks register of an initiative and its dated status workflow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from agencydesk.data.models import (
    Bottleneck,
    BottleneckStatusChange,
    Initiative,
    Meeting,
    Organization,
)
from agencydesk.data.repos import bottlenecks as repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    lock_numbering,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain import bottlenecks as rules
from agencydesk.domain.bottlenecks import BottleneckDraft, BottleneckRecord
from agencydesk.domain.enums import AuditAction, BottleneckStatus
from agencydesk.domain.errors import InUseError, UserError, ValidationError

ENTITY = "bottleneck"
# The history is part of the bottleneck: deleted and restored with it, never a "use".
OWNED = ("bottleneck_status_changes",)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class BottlenecksService:
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._uow = uow
        self._user = current_user
        self._today = today

    # --- reading ---------------------------------------------------------------------------

    def bottlenecks_of(
        self, initiative_id: int, open_only: bool | None = None
    ) -> list[BottleneckRecord]:
        """An initiative's register sorted by code: all (None), open (True) or resolved and
        dropped (False)."""
        with self._uow() as s:
            return repo.records_by_ids(s, repo.ids_of(s, initiative_id, open_only))

    def bottleneck(self, bottleneck_id: int) -> BottleneckRecord:
        with self._uow() as s:
            found = repo.record(s, bottleneck_id)
        if found is None:
            raise UserError("not_found", entity=ENTITY)
        return found

    def next_code(self, initiative_id: int) -> str:
        """The code to propose for a new bottleneck: CB-08 after CB-01…CB-07."""
        with self._uow() as s:
            return rules.next_code(repo.codes_of(s, initiative_id))

    def code_taken(self, initiative_id: int, code: str, exclude_id: int | None = None) -> bool:
        if not code.strip():
            return False
        with self._uow() as s:
            return repo.code_taken(s, initiative_id, code, exclude_id)

    def usages(self, bottleneck_id: int) -> dict[str, int]:
        """What points at it (actions, agreements); its own history does not count."""
        with self._uow() as s:
            return usages(s, "bottlenecks", bottleneck_id, owned=OWNED)

    def counts_by_initiative(self) -> dict[int, tuple[int, int]]:
        """initiative id → (open, resolved). Dropped ones count in neither; initiatives
        without bottlenecks are absent."""
        with self._uow() as s:
            return repo.counts_by_initiative(s)

    # --- writing the record ----------------------------------------------------------------

    def create(self, draft: BottleneckDraft) -> BottleneckRecord:
        """A new bottleneck, status identified, with its first history row."""
        today = self._today()
        draft = rules.validate_bottleneck(draft, today)
        if draft.identified_on is None:
            draft = replace(draft, identified_on=today)
        with self._uow(write=True) as s:
            self._check_references(s, draft, None)
            bottleneck_id = repo.insert_bottleneck(s, draft)
            assert draft.identified_on is not None
            repo.insert_change(
                s, bottleneck_id, BottleneckStatus.IDENTIFIED, draft.identified_on, None
            )
            changes: dict[str, Any] = draft_changes(None, draft)
            changes["status"] = [None, BottleneckStatus.IDENTIFIED.value]
            audit(s, self._user(), ENTITY, bottleneck_id, AuditAction.CREATE, changes)
            saved = repo.record(s, bottleneck_id)
        assert saved is not None
        return saved

    def update(self, bottleneck_id: int, draft: BottleneckDraft) -> BottleneckRecord:
        """Edit everything but the status (that is ``change_status``)."""
        draft = rules.validate_bottleneck(draft, self._today())
        with self._uow(write=True) as s:
            row = get_or_raise(s, Bottleneck, bottleneck_id, ENTITY)
            before = repo.record(s, bottleneck_id)
            assert before is not None
            if draft.identified_on is None:
                draft = replace(draft, identified_on=before.draft.identified_on)
            if errors := rules.identified_on_errors(draft.identified_on, before.history):
                raise ValidationError(errors)
            self._check_references(s, draft, bottleneck_id)
            apply_draft(row, draft)
            first = repo.first_change(s, bottleneck_id)
            if (
                first is not None
                and first.status is BottleneckStatus.IDENTIFIED
                and draft.identified_on is not None
            ):
                # The history opens on the identification date: they move together.
                first.changed_on = draft.identified_on
            if changes := draft_changes(before.draft, draft):
                audit(s, self._user(), ENTITY, bottleneck_id, AuditAction.UPDATE, changes)
            saved = repo.record(s, bottleneck_id)
        assert saved is not None
        return saved

    def delete(self, bottleneck_id: int) -> BottleneckRecord:
        """Delete a bottleneck no action or agreement points at, with its history; returns
        what was deleted (for ``restore``)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Bottleneck, bottleneck_id, ENTITY)
            record = repo.record(s, bottleneck_id)
            assert record is not None
            if used := usages(s, "bottlenecks", bottleneck_id, owned=OWNED):
                raise InUseError(ENTITY, record.name(), used)
            repo.delete_history(s, bottleneck_id)
            s.delete(row)
            changes = draft_changes(record.draft, None)
            changes["status"] = [record.status.value, None]
            audit(s, self._user(), ENTITY, bottleneck_id, AuditAction.DELETE, changes)
        return record

    def restore(self, record: BottleneckRecord) -> BottleneckRecord:
        """Put back a deleted bottleneck with its id, uuid, status and history (undo)."""
        draft = record.draft
        with self._uow(write=True) as s:
            get_or_raise(s, Initiative, draft.initiative_id, "initiative")
            # What it pointed at may have gone meanwhile; the bottleneck itself comes back.
            if draft.competent_entity_id and not s.get(Organization, draft.competent_entity_id):
                draft = replace(draft, competent_entity_id=None)
            if draft.raised_in_meeting_id and not s.get(Meeting, draft.raised_in_meeting_id):
                draft = replace(draft, raised_in_meeting_id=None)
            lock_numbering(s, "bottlenecks", initiative_id=draft.initiative_id)
            if draft.code and repo.code_taken(s, draft.initiative_id, draft.code, None):
                raise ValidationError({"code": "duplicate_code"})
            repo.insert_bottleneck(
                s,
                draft,
                record.status,
                record.resolved_on,
                record.resolution_evidence,
                id=record.id,
                uuid=record.uuid,
                created_at=record.created_at,
            )
            for change in record.history:
                identity: dict[str, Any] = {"id": change.id}
                if change.uuid:
                    identity["uuid"] = change.uuid
                repo.insert_change(
                    s, record.id, change.status, change.changed_on, change.note, **identity
                )
            changes = draft_changes(None, draft)
            changes["status"] = [None, record.status.value]
            audit(s, self._user(), ENTITY, record.id, AuditAction.CREATE, changes)
            saved = repo.record(s, record.id)
        assert saved is not None
        return saved

    # --- the workflow ----------------------------------------------------------------------

    def change_status(
        self,
        bottleneck_id: int,
        status: BottleneckStatus,
        changed_on: date | None,
        note: str | None = None,
        evidence: str | None = None,
    ) -> BottleneckRecord:
        """Move a bottleneck one step of the workflow on ``changed_on``: one history row and
        the status fields, in one transaction. Resolving needs ``evidence`` and sets
        ``resolved_on``; any other step clears both."""
        status = BottleneckStatus(status)
        note = (note or "").strip() or None
        evidence = (evidence or "").strip() or None
        with self._uow(write=True) as s:
            row = get_or_raise(s, Bottleneck, bottleneck_id, ENTITY)
            before = repo.record(s, bottleneck_id)
            assert before is not None
            rules.check_transition(before.status, status)
            last = before.last_change
            errors = rules.status_change_errors(
                status, changed_on, last.changed_on if last else None, evidence, self._today()
            )
            if errors:
                raise ValidationError(errors)
            assert changed_on is not None
            change_id = repo.insert_change(s, bottleneck_id, status, changed_on, note)
            resolved = status is BottleneckStatus.RESOLVED
            self._set_status(
                s,
                row,
                status,
                changed_on if resolved else None,
                evidence if resolved else None,
                {"status_change": [None, {"id": change_id, "on": _iso(changed_on), "note": note}]},
            )
            saved = repo.record(s, bottleneck_id)
        assert saved is not None
        return saved

    def undo_status_change(self, change_id: int, evidence: str | None = None) -> BottleneckRecord:
        """Remove one history row and put back the status it left (undo of ``change_status``).

        The status and ``resolved_on`` come back from the remaining history; the evidence is
        not kept there, so undoing a step out of "resolved" (a reopening) passes the evidence
        the bottleneck had. The first row (identified) cannot be removed this way.
        """
        with self._uow(write=True) as s:
            change = get_or_raise(s, BottleneckStatusChange, change_id, "status change")
            bottleneck_id = change.bottleneck_id
            row = get_or_raise(s, Bottleneck, bottleneck_id, ENTITY)
            before = repo.record(s, bottleneck_id)
            assert before is not None
            history = before.history
            if len(history) < 2 or history[0].id == change_id:
                raise UserError("bad_status_change", old=str(row.status), new="-")
            remaining = [c for c in history if c.id != change_id]
            latest = remaining[-1]
            removed = {"status_change": [{"id": change_id, "on": _iso(change.changed_on)}, None]}
            s.delete(change)
            s.flush()
            if history[-1].id != change_id:
                # An older step: the current status stands, only the row goes.
                audit(s, self._user(), ENTITY, bottleneck_id, AuditAction.UPDATE, removed)
            else:
                resolved = latest.status is BottleneckStatus.RESOLVED
                evidence = (evidence or "").strip() or None
                if resolved and evidence is None:
                    raise ValidationError({"resolution_evidence": "required"})
                self._set_status(
                    s,
                    row,
                    latest.status,
                    latest.changed_on if resolved else None,
                    evidence if resolved else None,
                    removed,
                )
            saved = repo.record(s, bottleneck_id)
        assert saved is not None
        return saved

    # --- helpers ---------------------------------------------------------------------------

    def _set_status(
        self,
        s: Any,
        row: Bottleneck,
        status: BottleneckStatus,
        resolved_on: date | None,
        evidence: str | None,
        extra: dict[str, Any],
    ) -> None:
        changes = repo.set_status(row, status, resolved_on, evidence)
        changes.update(extra)
        audit(s, self._user(), ENTITY, row.id, AuditAction.UPDATE, changes)

    @staticmethod
    def _check_references(s: Any, draft: BottleneckDraft, exclude_id: int | None) -> None:
        errors: dict[str, str] = {}
        if s.get(Initiative, draft.initiative_id) is None:
            raise UserError("not_found", entity="initiative")
        if draft.competent_entity_id is not None and not s.get(
            Organization, draft.competent_entity_id
        ):
            errors["competent_entity_id"] = "not_found"
        if draft.raised_in_meeting_id is not None and not s.get(
            Meeting, draft.raised_in_meeting_id
        ):
            errors["raised_in_meeting_id"] = "not_found"
        lock_numbering(s, "bottlenecks", initiative_id=draft.initiative_id)
        if draft.code and repo.code_taken(s, draft.initiative_id, draft.code, exclude_id):
            errors["code"] = "duplicate_code"
        if errors:
            raise ValidationError(errors)
