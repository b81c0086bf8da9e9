"""Invitations and attendance of a meeting."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from typing import Any

from agencydesk.data.models import Attendance, Meeting
from agencydesk.data.repos import actors as actors_repo
from agencydesk.data.repos import attendance as repo
from agencydesk.data.repos import meetings as meetings_repo
from agencydesk.data.repos.common import apply_draft, audit, draft_changes, get_or_raise
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.attendance import (
    AttendanceCounts,
    AttendanceDraft,
    AttendanceRecord,
    InvitationPlan,
    Invitee,
    count_attendance,
)
from agencydesk.domain.enums import AuditAction, ParticipationRole, Representation
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.records import PersonDraft, PersonRecord
from agencydesk.domain.validation import validate_person

ENTITY = "attendance"


def _cleaned(draft: AttendanceDraft) -> AttendanceDraft:
    """Someone who came was not excused: attended wins when both flags are set."""
    if draft.person_id is None and draft.organization_id is None:
        raise ValidationError({"person_id": "required"})
    if draft.attended and draft.excused:
        return replace(draft, excused=False)
    return draft


class AttendanceService:
    """Every write is refused (UserError minutes_locked / meeting_cancelled) while the
    meeting's minutes are approved or it is cancelled."""

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

    def attendance_of(self, meeting_id: int) -> list[AttendanceRecord]:
        """The meeting's list by organization, then person (an organization's own row
        first)."""
        with self._uow() as s:
            return repo.records(s, meeting_id=meeting_id)

    def counts(self, meeting_id: int) -> AttendanceCounts:
        """Invited, attended, excused, absent; of those who attended, by actor type and
        gender."""
        return count_attendance(self.attendance_of(meeting_id))

    def invitation_plan(
        self, meeting_id: int, roles: Collection[ParticipationRole] | None = None
    ) -> InvitationPlan:
        """The initiative's participants on the meeting's day with those roles (None: all):
        those not on the list yet, and how many already are (a person with two roles counts
        once; so does an organization taking part without a named person). An agenda's
        meeting has no participants: an empty plan."""
        with self._uow() as s:
            meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
            if meeting.initiative_id is None:
                return InvitationPlan()
            day = meeting.starts_at.date() if meeting.starts_at else self._today()
            return repo.invitation_plan(s, meeting_id, meeting.initiative_id, day, roles)

    def participants_to_invite(
        self, meeting_id: int, roles: Collection[ParticipationRole] | None = None
    ) -> list[Invitee]:
        """The initiative's participants on the meeting's day with those roles (None: all)
        that are not on the list yet; [] for an agenda's meeting."""
        return self.invitation_plan(meeting_id, roles).to_invite

    # --- writing ---------------------------------------------------------------------------

    def invite(self, meeting_id: int, invitees: list[Invitee]) -> list[AttendanceRecord]:
        """Add invitees to the list in one transaction; returns the rows created. Someone
        already there (the same person, or the same organization without a person) is
        skipped, also when given twice. A person's organization is theirs unless given."""
        with self._uow(write=True) as s:
            meetings_repo.editable(s, meeting_id)
            new_ids = self._invite(s, meeting_id, invitees)
            return _in_order(repo.records(s, ids=new_ids), new_ids)

    def invite_new_person(
        self,
        meeting_id: int,
        person: PersonDraft,
        representation: Representation = Representation.TITULAR,
    ) -> tuple[PersonRecord, AttendanceRecord]:
        """Add a person to the directory and invite them (representing their organization),
        in one transaction: a refused invitation leaves no person behind. Both writes are
        audited. Undo is ``uninvite`` then ``ActorsService.delete_person``."""
        person = validate_person(person)
        with self._uow(write=True) as s:
            meetings_repo.editable(s, meeting_id)
            org_id = person.organization_id
            if org_id is not None and not repo.existing_organizations(s, {org_id}):
                raise ValidationError({"organization_id": "not_found"})
            user = self._user()
            person_id = actors_repo.insert_person(s, person)
            audit(s, user, "person", person_id, AuditAction.CREATE, draft_changes(None, person))
            [attendance_id] = self._invite(
                s, meeting_id, [Invitee(person_id, org_id, representation)]
            )
            saved = actors_repo.people_by_ids(s, [person_id])[0]
            return saved, repo.records(s, ids=[attendance_id])[0]

    def uninvite(self, ids: list[int]) -> list[AttendanceRecord]:
        """Take rows off the list in one transaction; returns them for ``restore``."""
        with self._uow(write=True) as s:
            records = repo.records(s, ids=ids)
            if len(records) != len(set(ids)):
                raise UserError("not_found", entity=ENTITY)
            self._check_meetings(s, records)
            user = self._user()
            for record in records:
                s.delete(s.get(Attendance, record.id))
                changes = draft_changes(record.draft, None)
                audit(s, user, ENTITY, record.id, AuditAction.DELETE, changes)
            return records

    def restore(self, records: list[AttendanceRecord]) -> list[AttendanceRecord]:
        """Put rows taken off the list back with their ids and uuids (undo of ``uninvite``);
        a person or organization deleted since is left out of its row."""
        with self._uow(write=True) as s:
            self._check_meetings(s, records)
            user = self._user()
            drafts = [r.draft for r in records]
            people = repo.person_organizations(
                s, {d.person_id for d in drafts if d.person_id is not None}
            )
            orgs = repo.existing_organizations(
                s, {d.organization_id for d in drafts if d.organization_id is not None}
            )
            restored = []
            for record in records:
                draft = record.draft
                if draft.person_id is not None and draft.person_id not in people:
                    draft = replace(draft, person_id=None)
                if draft.organization_id is not None and draft.organization_id not in orgs:
                    draft = replace(draft, organization_id=None)
                if draft.person_id is None and draft.organization_id is None:
                    continue
                identity: dict[str, Any] = {"id": record.id}
                if record.uuid:
                    identity["uuid"] = record.uuid
                repo.insert(s, draft, **identity)
                audit(s, user, ENTITY, record.id, AuditAction.CREATE, draft_changes(None, draft))
                restored.append(record.id)
            return _in_order(repo.records(s, ids=restored), restored)

    def update(self, attendance_id: int, draft: AttendanceDraft) -> AttendanceRecord:
        """Change a row's flags, representation, person or organization."""
        return self.update_many({attendance_id: draft})[0]

    def update_many(self, drafts: dict[int, AttendanceDraft]) -> list[AttendanceRecord]:
        """Change several rows in one transaction (ticking a list, and its undo); returns
        them in the order given. A row stays in its meeting."""
        ids = list(drafts)
        with self._uow(write=True) as s:
            before = {r.id: r for r in repo.records(s, ids=ids)}
            if len(before) != len(set(ids)):
                raise UserError("not_found", entity=ENTITY)
            self._check_meetings(s, list(before.values()))
            after = {
                i: _cleaned(replace(d, meeting_id=before[i].draft.meeting_id))
                for i, d in drafts.items()
            }
            changed = {i: d for i, d in after.items() if d != before[i].draft}
            self._check_new_references(s, changed, before)
            user = self._user()
            for attendance_id, draft in changed.items():
                old = before[attendance_id].draft
                apply_draft(get_or_raise(s, Attendance, attendance_id, ENTITY), draft)
                changes = draft_changes(old, draft)
                audit(s, user, ENTITY, attendance_id, AuditAction.UPDATE, changes)
            s.flush()
            return _in_order(repo.records(s, ids=ids), ids)

    # --- helpers ---------------------------------------------------------------------------

    def _invite(self, s: Any, meeting_id: int, invitees: list[Invitee]) -> list[int]:
        """Insert (and audit) the rows of the invitees not on the list yet; their ids."""
        people = repo.person_organizations(
            s, {i.person_id for i in invitees if i.person_id is not None}
        )
        orgs = repo.existing_organizations(
            s, {i.organization_id for i in invitees if i.organization_id is not None}
        )
        present = repo.invited_keys(s, meeting_id)
        user = self._user()
        new_ids = []
        for invitee in invitees:
            if invitee.person_id is not None and invitee.person_id not in people:
                raise ValidationError({"person_id": "not_found"})
            org_id = invitee.organization_id
            if org_id is None and invitee.person_id is not None:
                org_id = people[invitee.person_id]
            elif org_id is not None and org_id not in orgs:
                raise ValidationError({"organization_id": "not_found"})
            draft = _cleaned(
                AttendanceDraft(
                    meeting_id=meeting_id,
                    person_id=invitee.person_id,
                    organization_id=org_id,
                    representation=invitee.representation,
                )
            )
            key = repo.invitee_key(draft.person_id, draft.organization_id)
            if key in present:
                continue
            present.add(key)
            new_id = repo.insert(s, draft)
            audit(s, user, ENTITY, new_id, AuditAction.CREATE, draft_changes(None, draft))
            new_ids.append(new_id)
        return new_ids

    @staticmethod
    def _check_meetings(s: Any, records: list[AttendanceRecord]) -> None:
        for meeting_id in sorted({r.draft.meeting_id for r in records}):
            meetings_repo.editable(s, meeting_id)

    @staticmethod
    def _check_new_references(
        s: Any, drafts: dict[int, AttendanceDraft], before: dict[int, AttendanceRecord]
    ) -> None:
        """Check that the people and organizations the rows now name exist: only those that
        changed (a row kept as it was may name a person deleted since), in one query each."""
        people = {
            d.person_id
            for i, d in drafts.items()
            if d.person_id is not None and d.person_id != before[i].draft.person_id
        }
        orgs = {
            d.organization_id
            for i, d in drafts.items()
            if d.organization_id is not None
            and d.organization_id != before[i].draft.organization_id
        }
        if people - set(repo.person_organizations(s, people)):
            raise ValidationError({"person_id": "not_found"})
        if orgs - repo.existing_organizations(s, orgs):
            raise ValidationError({"organization_id": "not_found"})


def _in_order(records: list[AttendanceRecord], ids: list[int]) -> list[AttendanceRecord]:
    found = {r.id: r for r in records}
    return [found[i] for i in ids if i in found]
