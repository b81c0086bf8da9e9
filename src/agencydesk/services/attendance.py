"""Invitations and attendance of a meeting."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from typing import Any

from agencydesk.data.models import Attendance, Meeting, Organization, Person
from agencydesk.data.repos import attendance as repo
from agencydesk.data.repos import meetings as meetings_repo
from agencydesk.data.repos.common import apply_draft, audit, draft_changes, get_or_raise
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.attendance import (
    AttendanceCounts,
    AttendanceDraft,
    AttendanceRecord,
    Invitee,
    count_attendance,
)
from agencydesk.domain.enums import AuditAction, ParticipationRole
from agencydesk.domain.errors import UserError, ValidationError

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

    def participants_to_invite(
        self, meeting_id: int, roles: Collection[ParticipationRole] | None = None
    ) -> list[Invitee]:
        """The initiative's participants on the meeting's day with those roles (None: all)
        that are not on the list yet; [] for an agenda's meeting."""
        with self._uow() as s:
            meeting = get_or_raise(s, Meeting, meeting_id, "meeting")
            if meeting.initiative_id is None:
                return []
            day = meeting.starts_at.date() if meeting.starts_at else self._today()
            present = repo.invited_keys(s, meeting_id)
            return [
                i
                for i in repo.participants(s, meeting.initiative_id, day, roles)
                if repo.invitee_key(i.person_id, i.organization_id) not in present
            ]

    # --- writing ---------------------------------------------------------------------------

    def invite(self, meeting_id: int, invitees: list[Invitee]) -> list[AttendanceRecord]:
        """Add invitees to the list in one transaction; returns the rows created. Someone
        already there (the same person, or the same organization without a person) is
        skipped, also when given twice. A person's organization is theirs unless given."""
        with self._uow() as s:
            meetings_repo.editable(s, meeting_id)
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
            return _in_order(repo.records(s, ids=new_ids), new_ids)

    def uninvite(self, ids: list[int]) -> list[AttendanceRecord]:
        """Take rows off the list in one transaction; returns them for ``restore``."""
        with self._uow() as s:
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
        with self._uow() as s:
            self._check_meetings(s, records)
            user = self._user()
            restored = []
            for record in records:
                draft = record.draft
                if draft.person_id is not None and s.get(Person, draft.person_id) is None:
                    draft = replace(draft, person_id=None)
                if (
                    draft.organization_id is not None
                    and s.get(Organization, draft.organization_id) is None
                ):
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
        with self._uow() as s:
            before = {r.id: r for r in repo.records(s, ids=ids)}
            if len(before) != len(set(ids)):
                raise UserError("not_found", entity=ENTITY)
            self._check_meetings(s, list(before.values()))
            user = self._user()
            for attendance_id, draft in drafts.items():
                old = before[attendance_id].draft
                draft = _cleaned(replace(draft, meeting_id=old.meeting_id))
                self._check_people(s, draft)
                if draft == old:
                    continue
                apply_draft(get_or_raise(s, Attendance, attendance_id, ENTITY), draft)
                changes = draft_changes(old, draft)
                audit(s, user, ENTITY, attendance_id, AuditAction.UPDATE, changes)
            s.flush()
            return _in_order(repo.records(s, ids=ids), ids)

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _check_meetings(s: Any, records: list[AttendanceRecord]) -> None:
        for meeting_id in sorted({r.draft.meeting_id for r in records}):
            meetings_repo.editable(s, meeting_id)

    @staticmethod
    def _check_people(s: Any, draft: AttendanceDraft) -> None:
        if draft.person_id is not None and s.get(Person, draft.person_id) is None:
            raise ValidationError({"person_id": "not_found"})
        if draft.organization_id is not None and s.get(Organization, draft.organization_id) is None:
            raise ValidationError({"organization_id": "not_found"})


def _in_order(records: list[AttendanceRecord], ids: list[int]) -> list[AttendanceRecord]:
    found = {r.id: r for r in records}
    return [found[i] for i in ids if i in found]
