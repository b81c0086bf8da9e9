"""Meetings (sessions) of initiatives and agendas: numbering, the logged lifecycle, the next
session, and (through ``AgendaItemsMixin``) their agenda."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from agencydesk.data.models import Agenda, Initiative, Meeting, Organization
from agencydesk.data.repos import agenda_items as items_repo
from agencydesk.data.repos import attendance as attendance_repo
from agencydesk.data.repos import meetings as repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    lock_numbering,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain import meetings as rules
from agencydesk.domain.attendance import AttendanceDraft
from agencydesk.domain.enums import AuditAction, MeetingStatus
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.meetings import DeletedMeeting, MeetingDraft, MeetingQuery, MeetingRecord
from agencydesk.services.meeting_agenda import AgendaItemsMixin

ENTITY = "meeting"
# What belongs to a meeting: deleted and restored with it, never a "use". Its agreements and
# the bottlenecks it raised are uses: deleting the meeting would orphan or lose them.
OWNED = (
    "meeting_agenda_items",
    "agenda_item_bottlenecks",
    "attendances",
    "meeting_status_changes",
)


class MeetingsService(AgendaItemsMixin):
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``today`` decides what is upcoming and whether a meeting may be held yet; ``now``
        dates the log (tests pass fixed ones)."""
        self._uow = uow
        self._user = current_user
        self._today = today
        self._now = now

    # --- reading ---------------------------------------------------------------------------

    def meetings_of(
        self, initiative_id: int | None = None, agenda_id: int | None = None
    ) -> list[MeetingRecord]:
        """An initiative's (or agenda's) meetings, oldest first (by start, then number)."""
        with self._uow() as s:
            return repo.records_by_ids(s, repo.ids_of(s, initiative_id, agenda_id))

    def meeting_ids(self, query: MeetingQuery) -> list[int]:
        """Upcoming meetings soonest first, then past ones newest first."""
        with self._uow() as s:
            return repo.meeting_ids(s, query, self._today())

    def meetings(self, ids: list[int]) -> list[MeetingRecord]:
        """Records in the order of ``ids`` (ids that no longer exist are skipped)."""
        with self._uow() as s:
            return repo.records_by_ids(s, ids)

    def meeting(self, meeting_id: int) -> MeetingRecord:
        with self._uow() as s:
            found = repo.record(s, meeting_id)
        if found is None:
            raise UserError("not_found", entity=ENTITY)
        return found

    def next_number(self, initiative_id: int | None = None, agenda_id: int | None = None) -> int:
        """The number after the owner's highest one (gaps are kept)."""
        with self._uow() as s:
            return rules.next_number(list(repo.numbers_of(s, initiative_id, agenda_id)))

    def usages(self, meeting_id: int) -> dict[str, int]:
        """What points at it (agreements, bottlenecks raised there); its agenda, attendance
        and log do not count."""
        with self._uow() as s:
            return usages(s, "meetings", meeting_id, owned=OWNED)

    def proposed_next(self, meeting_id: int) -> MeetingDraft:
        """The draft of the session after this one, with the owner's next free number."""
        current = self.meeting(meeting_id)
        draft = rules.proposed_next(current)
        number = self.next_number(draft.initiative_id, draft.agenda_id)
        return replace(draft, number=number)

    # --- writing ---------------------------------------------------------------------------

    def create(self, draft: MeetingDraft) -> MeetingRecord:
        """A new planned meeting (number None: the owner's next one), its log started."""
        draft = rules.validate_meeting(draft)
        with self._uow(write=True) as s:
            meeting_id = self._insert(s, draft)
            return self._record(s, meeting_id)

    def create_next(self, from_meeting_id: int, draft: MeetingDraft) -> MeetingRecord:
        """Create the session after ``from_meeting_id`` and invite the same people
        (representation kept, attendance cleared), in one transaction. Pending agreements
        are not copied: they are listed from the earlier sessions.

        The next session belongs to the same initiative (or agenda): another owner is
        refused with ValidationError {"initiative_id": "not_same_owner"}."""
        draft = rules.validate_meeting(draft)
        with self._uow(write=True) as s:
            source = get_or_raise(s, Meeting, from_meeting_id, ENTITY)
            if (draft.initiative_id, draft.agenda_id) != (source.initiative_id, source.agenda_id):
                raise ValidationError({"initiative_id": "not_same_owner"})
            meeting_id = self._insert(s, draft)
            seen: set[tuple[str, int]] = set()
            user = self._user()
            for row in attendance_repo.rows_of(s, from_meeting_id):
                key = attendance_repo.invitee_key(row.person_id, row.organization_id)
                if not row.invited or key in seen:
                    continue
                seen.add(key)
                invite = AttendanceDraft(
                    meeting_id=meeting_id,
                    person_id=row.person_id,
                    organization_id=row.organization_id,
                    representation=row.representation,
                )
                new_id = attendance_repo.insert(s, invite)
                changes = draft_changes(None, invite)
                audit(s, user, "attendance", new_id, AuditAction.CREATE, changes)
            return self._record(s, meeting_id)

    def update(self, meeting_id: int, draft: MeetingDraft) -> MeetingRecord:
        """Edit everything but the status (that is ``change_status``); refused when the
        minutes are approved or the meeting cancelled. Number None keeps the current one."""
        draft = rules.validate_meeting(draft)
        with self._uow(write=True) as s:
            row = repo.editable(s, meeting_id)
            before = self._record(s, meeting_id)
            self._check_references(s, draft)
            same_owner = (draft.initiative_id, draft.agenda_id) == (
                before.draft.initiative_id,
                before.draft.agenda_id,
            )
            if draft.number is None and same_owner:
                draft = replace(draft, number=before.number)
            draft = self._numbered(s, draft, meeting_id)
            apply_draft(row, draft)
            if changes := draft_changes(before.draft, draft):
                audit(s, self._user(), ENTITY, meeting_id, AuditAction.UPDATE, changes)
            s.flush()
            return self._record(s, meeting_id)

    def delete(self, meeting_id: int) -> DeletedMeeting:
        """Delete a meeting no agreement or bottleneck points at, with its agenda items (and
        their bottleneck links), attendance and log; returns all of it for ``restore``.

        Approved minutes are a signed record: they are reopened before they can go (a
        cancelled meeting can be deleted as it is)."""
        with self._uow(write=True) as s:
            get_or_raise(s, Meeting, meeting_id, ENTITY)
            record = self._record(s, meeting_id)
            if record.status is MeetingStatus.MINUTES_APPROVED:
                rules.check_editable(record.status, record.title)
            if used := usages(s, "meetings", meeting_id, owned=OWNED):
                raise InUseError(ENTITY, record.name(), used)
            deleted = DeletedMeeting(
                record=record,
                agenda_items=tuple(items_repo.records(s, meeting_id=meeting_id)),
                attendances=tuple(attendance_repo.records(s, meeting_id=meeting_id)),
            )
            repo.delete_with_children(s, meeting_id)
            _audit_children(s, self._user(), deleted, AuditAction.DELETE)
            changes = draft_changes(record.draft, None)
            changes["status"] = [record.status.value, None]
            changes["agenda_items"] = [len(deleted.agenda_items), None]
            changes["attendances"] = [len(deleted.attendances), None]
            audit(s, self._user(), ENTITY, meeting_id, AuditAction.DELETE, changes)
        return deleted

    def restore(self, deleted: DeletedMeeting) -> MeetingRecord:
        """Put back a deleted meeting with everything that went with it: the same ids, uuids,
        status and log (undo of ``delete``). Links to what was deleted since are dropped."""
        record = deleted.record
        draft = record.draft
        with self._uow(write=True) as s:
            if draft.initiative_id is not None:
                get_or_raise(s, Initiative, draft.initiative_id, "initiative")
            if draft.agenda_id is not None:
                get_or_raise(s, Agenda, draft.agenda_id, "agenda")
            if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
                draft = replace(draft, convener_id=None)
            draft = self._numbered(s, draft, None)
            identity = _identity(record.id, record.uuid, record.created_at)
            repo.insert_meeting(s, draft, record.status, **identity)
            for c in record.history:
                repo.insert_change(
                    s,
                    record.id,
                    c.from_status,
                    c.to_status,
                    c.changed_at,
                    c.changed_by,
                    c.reason,
                    **_identity(c.id, c.uuid),
                )
            self._restore_items(s, deleted)
            self._restore_attendance(s, deleted)
            restored = DeletedMeeting(
                record,
                tuple(items_repo.records(s, meeting_id=record.id)),
                tuple(attendance_repo.records(s, meeting_id=record.id)),
            )
            _audit_children(s, self._user(), restored, AuditAction.CREATE)
            changes = draft_changes(None, draft)
            changes["status"] = [None, record.status.value]
            audit(s, self._user(), ENTITY, record.id, AuditAction.CREATE, changes)
            return self._record(s, record.id)

    # --- the lifecycle ---------------------------------------------------------------------

    def change_status(
        self, meeting_id: int, status: MeetingStatus, reason: str | None = None
    ) -> MeetingRecord:
        """Move a meeting one step of its lifecycle, logged with the user, now and the
        reason (required to reopen approved minutes), in one transaction.

        Raises UserError bad_meeting_status_change for a step the lifecycle does not allow,
        ValidationError {"starts_at": "not_started_yet"} to hold a meeting before its day and
        {"reason": "required"} to reopen without a reason.
        """
        status = MeetingStatus(status)
        reason = (reason or "").strip() or None
        with self._uow(write=True) as s:
            row = get_or_raise(s, Meeting, meeting_id, ENTITY)
            old = MeetingStatus(row.status)
            starts_on = row.starts_at.date() if row.starts_at else None
            errors = rules.transition_errors(old, status, starts_on, reason, self._today())
            if errors:
                raise ValidationError(errors)
            stamp = self._stamp()
            change_id = repo.insert_change(s, meeting_id, old, status, stamp, self._user(), reason)
            row.status = status
            step = {"id": change_id, "at": stamp.isoformat(), "reason": reason}
            changes = {"status": [old.value, status.value], "status_change": [None, step]}
            audit(s, self._user(), ENTITY, meeting_id, AuditAction.UPDATE, changes)
            s.flush()
            return self._record(s, meeting_id)

    def undo_status_change(self, meeting_id: int, change_id: int | None = None) -> MeetingRecord:
        """Take back the last step of the log (undo of ``change_status``): the meeting goes
        back to the status that step left, and the log gets a row saying so (that step's
        to → from, by the current user, now, no reason). The log is never rewritten: undoing
        "Reopen minutes" leaves the record that signed minutes were reopened.

        Refused when the status moved on since (``change_id``, if given, must be the last
        step and the meeting must still have its to_status) and for the step where the log
        starts. The lifecycle's rules do not apply: it is an undo, not a new step."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Meeting, meeting_id, ENTITY)
            history = self._record(s, meeting_id).history
            last = history[-1] if history else None
            current = MeetingStatus(row.status)
            if (
                last is None
                or last.from_status is None
                or last.to_status is not current
                or (change_id is not None and last.id != change_id)
            ):
                back = last.from_status if last is not None and last.from_status else "-"
                raise UserError("bad_meeting_status_change", old=str(current), new=str(back))
            back_to = MeetingStatus(last.from_status)
            stamp = self._stamp()
            user = self._user()
            undo_id = repo.insert_change(s, meeting_id, current, back_to, stamp, user, None)
            row.status = back_to
            step = {"id": undo_id, "at": stamp.isoformat(), "reason": None, "undoes": last.id}
            changes = {"status": [current.value, back_to.value], "status_change": [None, step]}
            audit(s, user, ENTITY, meeting_id, AuditAction.UPDATE, changes)
            s.flush()
            return self._record(s, meeting_id)

    # --- helpers ---------------------------------------------------------------------------

    def _stamp(self) -> datetime:
        return self._now().replace(microsecond=0)

    def _insert(self, s: Any, draft: MeetingDraft) -> int:
        """Insert a new planned meeting with the first row of its log, audited."""
        self._check_references(s, draft)
        draft = self._numbered(s, draft, None)
        meeting_id = repo.insert_meeting(s, draft, MeetingStatus.PLANNED)
        user = self._user()
        planned = MeetingStatus.PLANNED
        repo.insert_change(s, meeting_id, None, planned, self._stamp(), user, None)
        changes = draft_changes(None, draft)
        changes["status"] = [None, planned.value]
        audit(s, user, ENTITY, meeting_id, AuditAction.CREATE, changes)
        return meeting_id

    @staticmethod
    def _record(s: Any, meeting_id: int) -> MeetingRecord:
        found = repo.record(s, meeting_id)
        if found is None:
            raise UserError("not_found", entity=ENTITY)
        return found

    @staticmethod
    def _numbered(s: Any, draft: MeetingDraft, meeting_id: int | None) -> MeetingDraft:
        """The draft with a number: the owner's next one when it has none; a number another
        meeting of the same owner has is refused."""
        lock_numbering(s, "meetings", initiative_id=draft.initiative_id, agenda_id=draft.agenda_id)
        if draft.number is None:
            numbers = repo.numbers_of(s, draft.initiative_id, draft.agenda_id)
            return replace(draft, number=rules.next_number(list(numbers)))
        if repo.number_taken(s, draft.initiative_id, draft.agenda_id, draft.number, meeting_id):
            raise ValidationError({"number": "duplicate_number"})
        return draft

    @staticmethod
    def _check_references(s: Any, draft: MeetingDraft) -> None:
        errors = {}
        if draft.initiative_id is not None and s.get(Initiative, draft.initiative_id) is None:
            errors["initiative_id"] = "not_found"
        if draft.agenda_id is not None and s.get(Agenda, draft.agenda_id) is None:
            errors["agenda_id"] = "not_found"
        if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
            errors["convener_id"] = "not_found"
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _restore_items(s: Any, deleted: DeletedMeeting) -> None:
        wanted = [b for item in deleted.agenda_items for b in item.draft.bottleneck_ids]
        present = items_repo.existing_bottlenecks(s, wanted)
        for item in sorted(deleted.agenda_items, key=lambda i: i.position):
            pairs = [
                (b, u)
                for b, u in zip(item.draft.bottleneck_ids, _padded(item), strict=True)
                if b in present
            ]
            draft = replace(item.draft, bottleneck_ids=tuple(b for b, _ in pairs))
            items_repo.insert_item(
                s,
                draft,
                item.position,
                [u for _, u in pairs],
                **_identity(item.id, item.uuid),
            )

    @staticmethod
    def _restore_attendance(s: Any, deleted: DeletedMeeting) -> None:
        drafts = [a.draft for a in deleted.attendances]
        people = attendance_repo.person_organizations(
            s, {d.person_id for d in drafts if d.person_id is not None}
        )
        orgs = attendance_repo.existing_organizations(
            s, {d.organization_id for d in drafts if d.organization_id is not None}
        )
        for a in deleted.attendances:
            draft = a.draft
            if draft.person_id is not None and draft.person_id not in people:
                draft = replace(draft, person_id=None)
            if draft.organization_id is not None and draft.organization_id not in orgs:
                draft = replace(draft, organization_id=None)
            if draft.person_id is None and draft.organization_id is None:
                continue  # nobody left to say was there
            attendance_repo.insert(s, draft, **_identity(a.id, a.uuid))


def _audit_children(s: Any, user: str | None, meeting: DeletedMeeting, action: AuditAction) -> None:
    """An entry per agenda item and attendance row deleted (or put back) with the meeting."""
    gone = action is AuditAction.DELETE
    for item in meeting.agenda_items:
        changes = draft_changes(item.draft, None) if gone else draft_changes(None, item.draft)
        changes["position"] = [item.position, None] if gone else [None, item.position]
        audit(s, user, "agenda_item", item.id, action, changes)
    for row in meeting.attendances:
        changes = draft_changes(row.draft, None) if gone else draft_changes(None, row.draft)
        audit(s, user, "attendance", row.id, action, changes)


def _identity(row_id: int, uuid: str, created_at: datetime | None = None) -> dict[str, Any]:
    """The id, uuid and creation time a restored row gets back (those it has)."""
    found: dict[str, Any] = {"id": row_id}
    if uuid:
        found["uuid"] = uuid
    if created_at is not None:
        found["created_at"] = created_at
    return found


def _padded(item: Any) -> list[str]:
    """The item's link uuids, one per bottleneck ("" where none was kept)."""
    uuids = list(item.link_uuids)
    return uuids + [""] * (len(item.draft.bottleneck_ids) - len(uuids))
