"""Agreements (*acuerdos*) of meetings: numbering, the lock of approved minutes, the pending
agreements carried into later sessions, the tracker and bulk follow-up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from agencydesk.data.models import Organization, Person
from agencydesk.data.models.meetings import Agreement, Meeting
from agencydesk.data.models.planning import Action, Bottleneck
from agencydesk.data.repos import agreements as repo
from agencydesk.data.repos import bottlenecks as bottlenecks_repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    lock_numbering,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.agreements import (
    AgreementDraft,
    AgreementQuery,
    AgreementRecord,
    marked_done,
    same_minutes,
    validate_agreement,
)
from agencydesk.domain.enums import AgreementStatus, AuditAction
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.meetings import check_editable
from agencydesk.domain.records import NamedRef

ENTITY = "agreement"

# Draft field → the model it points at: checked before every write.
_REFERENCES: tuple[tuple[str, type], ...] = (
    ("responsible_org_id", Organization),
    ("responsible_person_id", Person),
    ("action_id", Action),
    ("bottleneck_id", Bottleneck),
)


def _check_editable(meeting: Meeting) -> None:
    """Refuse a change to what the minutes of ``meeting`` say (approved or cancelled)."""
    check_editable(meeting.status, meeting.title)


class AgreementsService:
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

    def agreements_of(self, meeting_id: int) -> list[AgreementRecord]:
        """The agreements taken at a meeting, by number."""
        with self._uow() as s:
            return repo.of_meeting(s, meeting_id)

    def pending_in(self, meeting_id: int) -> list[AgreementRecord]:
        """Agreements of earlier sessions of the same initiative (or agenda) that were still
        open when this one met (``domain.agreements.is_pending_at``), by meeting then number.
        The meeting's own agreements are not among them."""
        with self._uow() as s:
            meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
            return repo.pending_in(s, meeting)

    def agreement(self, agreement_id: int) -> AgreementRecord:
        with self._uow() as s:
            found = repo.record(s, agreement_id)
        if found is None:
            raise UserError("not_found", entity=ENTITY)
        return found

    def agreement_ids(self, query: AgreementQuery, today: date | None = None) -> list[int]:
        """The tracker's rows: ids by due date (undated last), then meeting date, number."""
        with self._uow() as s:
            return repo.ids_matching(s, query, today or self._today())

    def agreements(self, ids: list[int]) -> list[AgreementRecord]:
        """Records in the order of ``ids`` (ids deleted meanwhile are skipped)."""
        with self._uow() as s:
            return repo.records_by_ids(s, ids)

    def next_number(self, meeting_id: int) -> int:
        with self._uow() as s:
            return repo.next_number(s, meeting_id)

    def responsible_choices(self) -> list[NamedRef]:
        """Organizations named responsible in some agreement (the tracker's filter)."""
        with self._uow() as s:
            return repo.responsible_choices(s)

    def link_choices(self, meeting_id: int) -> tuple[list[NamedRef], list[NamedRef]]:
        """What an agreement of the meeting can advance: (actions of its owner's plans,
        "A1.2 Title"; bottlenecks of its initiative, or of the agenda's initiatives, "CB-03
        Title": the list its agenda items link to, ``MeetingsService.bottleneck_choices``)."""
        with self._uow() as s:
            meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
            bottlenecks = bottlenecks_repo.owner_choices(
                s, meeting.initiative_id, meeting.agenda_id
            )
            return repo.action_choices(s, meeting), bottlenecks

    def usages(self, agreement_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "agreements", agreement_id)

    # --- writing ---------------------------------------------------------------------------

    def create(self, draft: AgreementDraft) -> AgreementRecord:
        """A new agreement of an editable meeting; number None takes the next one."""
        draft = validate_agreement(draft, self._today())
        with self._uow(write=True) as s:
            meeting = get_or_raise(s, Meeting, draft.meeting_id, "meeting")
            _check_editable(meeting)
            lock_numbering(s, "agreements", meeting_id=draft.meeting_id)
            if draft.number is None:
                draft = replace(draft, number=repo.next_number(s, draft.meeting_id))
            self._check_references(s, draft, None)
            agreement_id = repo.insert(s, draft)
            audit(
                s,
                self._user(),
                ENTITY,
                agreement_id,
                AuditAction.CREATE,
                draft_changes(None, draft),
            )
            saved = repo.record(s, agreement_id)
        assert saved is not None
        return saved

    def update(self, agreement_id: int, draft: AgreementDraft) -> AgreementRecord:
        """Edit an agreement. Once its meeting's minutes are approved (or the meeting is
        cancelled) only the follow-up (status, dates closed, notes) may change; a change to
        the wording raises ``UserError("minutes_locked" | "meeting_cancelled")``."""
        with self._uow(write=True) as s:
            return self._update(s, agreement_id, draft)

    def update_many(self, drafts: dict[int, AgreementDraft]) -> list[AgreementRecord]:
        """Several updates in one transaction (all or none), e.g. the undo of ``mark_done``;
        the records after, in the order given."""
        with self._uow(write=True) as s:
            return [self._update(s, i, d) for i, d in drafts.items()]

    def mark_done(self, ids: Iterable[int], on: date) -> list[AgreementRecord]:
        """Mark the open ones among ``ids`` done on ``on``, in one transaction; returns their
        records *before* the change (pass their drafts to ``update_many`` to undo). Done and
        cancelled agreements are left as they are. Allowed on approved minutes: it is
        follow-up."""
        today = self._today()
        changed = []
        with self._uow(write=True) as s:
            for before in repo.records_by_ids(s, list(dict.fromkeys(ids))):
                if before.status is not AgreementStatus.OPEN:
                    continue
                after = validate_agreement(marked_done(before.draft, on), today)
                apply_draft(s.get(Agreement, before.id), after)
                changes = draft_changes(before.draft, after)
                audit(s, self._user(), ENTITY, before.id, AuditAction.UPDATE, changes)
                changed.append(before)
        return changed

    def delete(self, agreement_id: int) -> AgreementRecord:
        """Delete an agreement of an editable meeting; returns it (for ``restore``)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Agreement, agreement_id, ENTITY)
            _check_editable(get_or_raise(s, Meeting, row.meeting_id, "meeting"))
            record = repo.record(s, agreement_id)
            assert record is not None
            if used := usages(s, "agreements", agreement_id):
                raise InUseError(ENTITY, record.name(), used)
            s.delete(row)
            changes = draft_changes(record.draft, None)
            audit(s, self._user(), ENTITY, agreement_id, AuditAction.DELETE, changes)
        return record

    def restore(self, record: AgreementRecord) -> AgreementRecord:
        """Put back a deleted agreement with its id and uuid (undo). A reference deleted
        meanwhile is left empty; a number taken meanwhile refuses ("duplicate_number")."""
        draft = record.draft
        with self._uow(write=True) as s:
            _check_editable(get_or_raise(s, Meeting, draft.meeting_id, "meeting"))
            gone = {
                name: None
                for name, model in _REFERENCES
                if getattr(draft, name) is not None and s.get(model, getattr(draft, name)) is None
            }
            draft = replace(draft, **gone)
            assert draft.number is not None
            lock_numbering(s, "agreements", meeting_id=draft.meeting_id)
            if repo.number_taken(s, draft.meeting_id, draft.number, None):
                raise ValidationError({"number": "duplicate_number"})
            repo.insert(s, draft, id=record.id, uuid=record.uuid, created_at=record.created_at)
            audit(
                s, self._user(), ENTITY, record.id, AuditAction.CREATE, draft_changes(None, draft)
            )
            saved = repo.record(s, record.id)
        assert saved is not None
        return saved

    # --- helpers ---------------------------------------------------------------------------

    def _update(self, s: Any, agreement_id: int, draft: AgreementDraft) -> AgreementRecord:
        draft = validate_agreement(draft, self._today())
        row = get_or_raise(s, Agreement, agreement_id, ENTITY)
        before = repo.record(s, agreement_id)
        assert before is not None
        lock_numbering(s, "agreements", meeting_id=draft.meeting_id)
        if draft.number is None:
            same_meeting = draft.meeting_id == row.meeting_id
            number = row.number if same_meeting else repo.next_number(s, draft.meeting_id)
            draft = replace(draft, number=number)
        if not same_minutes(before.draft, draft):
            _check_editable(get_or_raise(s, Meeting, row.meeting_id, "meeting"))
            if draft.meeting_id != row.meeting_id:
                _check_editable(get_or_raise(s, Meeting, draft.meeting_id, "meeting"))
        self._check_references(s, draft, agreement_id)
        apply_draft(row, draft)
        if changes := draft_changes(before.draft, draft):
            audit(s, self._user(), ENTITY, agreement_id, AuditAction.UPDATE, changes)
        s.flush()
        saved = repo.record(s, agreement_id)
        assert saved is not None
        return saved

    @staticmethod
    def _check_references(s: Any, draft: AgreementDraft, exclude_id: int | None) -> None:
        errors: dict[str, Any] = {}
        for name, model in _REFERENCES:
            value = getattr(draft, name)
            if value is not None and s.get(model, value) is None:
                errors[name] = "not_found"
        assert draft.number is not None
        if repo.number_taken(s, draft.meeting_id, draft.number, exclude_id):
            errors["number"] = "duplicate_number"
        if errors:
            raise ValidationError(errors)
