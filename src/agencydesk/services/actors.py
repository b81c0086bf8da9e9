"""The actors directory: organizations and their people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agencydesk.data.models import Organization, Person
from agencydesk.data.repos import actors as repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.records import (
    ListQuery,
    NamedRef,
    OrganizationDraft,
    OrganizationRecord,
    ParticipationSummary,
    PersonDraft,
    PersonRecord,
    TerritoryRecord,
)
from agencydesk.domain.validation import validate_organization, validate_person


class ActorsService:
    def __init__(self, uow: UnitOfWork, current_user: Callable[[], str | None]) -> None:
        self._uow = uow
        self._user = current_user

    # --- reading ---------------------------------------------------------------------------

    def territories(self) -> list[TerritoryRecord]:
        with self._uow() as s:
            return repo.territories(s)

    def organization_ids(self, query: ListQuery) -> list[int]:
        with self._uow() as s:
            return repo.organization_ids(s, query)

    def organizations(self, ids: list[int]) -> list[OrganizationRecord]:
        with self._uow() as s:
            return repo.organizations_by_ids(s, ids)

    def organization(self, org_id: int) -> OrganizationRecord:
        found = self.organizations([org_id])
        if not found:
            raise UserError("not_found", entity="organization")
        return found[0]

    def organization_choices(self, text: str, limit: int = 30) -> list[NamedRef]:
        with self._uow() as s:
            return repo.organization_choices(s, text, limit)

    def people_of(self, org_id: int) -> list[PersonRecord]:
        with self._uow() as s:
            ids = repo.person_ids(s, ListQuery(filters={"organization_id": org_id}))
            return repo.people_by_ids(s, ids)

    def initiatives_of(self, org_id: int) -> list[ParticipationSummary]:
        with self._uow() as s:
            return repo.participations_of_organization(s, org_id)

    def person_ids(self, query: ListQuery) -> list[int]:
        with self._uow() as s:
            return repo.person_ids(s, query)

    def people(self, ids: list[int]) -> list[PersonRecord]:
        with self._uow() as s:
            return repo.people_by_ids(s, ids)

    def person(self, person_id: int) -> PersonRecord:
        found = self.people([person_id])
        if not found:
            raise UserError("not_found", entity="person")
        return found[0]

    def organization_usages(self, org_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "organizations", org_id)

    def person_usages(self, person_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "people", person_id)

    def duplicate_name(self, name: str, exclude_id: int | None = None) -> bool:
        with self._uow() as s:
            return repo.folded_name_exists(s, name, exclude_id)

    # --- organizations: writing ------------------------------------------------------------

    def create_organization(self, draft: OrganizationDraft) -> OrganizationRecord:
        draft = validate_organization(draft)
        with self._uow(write=True) as s:
            org_id = repo.insert_organization(s, draft)
            audit(
                s,
                self._user(),
                "organization",
                org_id,
                AuditAction.CREATE,
                draft_changes(None, draft),
            )
            saved = repo.organizations_by_ids(s, [org_id])[0]
        return saved

    def update_organization(self, org_id: int, draft: OrganizationDraft) -> OrganizationRecord:
        draft = validate_organization(draft)
        with self._uow(write=True) as s:
            row = get_or_raise(s, Organization, org_id, "organization")
            before = repo.organizations_by_ids(s, [org_id])[0].draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "organization", org_id, AuditAction.UPDATE, changes)
            saved = repo.organizations_by_ids(s, [org_id])[0]
        return saved

    def delete_organization(self, org_id: int) -> OrganizationRecord:
        """Delete an organization nobody uses; returns what was deleted (for undo)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Organization, org_id, "organization")
            record = repo.organizations_by_ids(s, [org_id])[0]
            if used := usages(s, "organizations", org_id):
                raise InUseError("organization", record.name, used)
            s.delete(row)
            audit(
                s,
                self._user(),
                "organization",
                org_id,
                AuditAction.DELETE,
                draft_changes(record.draft, None),
            )
        return record

    def restore_organization(self, record: OrganizationRecord) -> OrganizationRecord:
        """Put back a deleted organization with its id and uuid (undo of a delete)."""
        with self._uow(write=True) as s:
            repo.insert_organization(
                s, record.draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            audit(
                s,
                self._user(),
                "organization",
                record.id,
                AuditAction.CREATE,
                draft_changes(None, record.draft),
            )
            saved = repo.organizations_by_ids(s, [record.id])[0]
        return saved

    # --- people: writing -------------------------------------------------------------------

    def create_person(self, draft: PersonDraft) -> PersonRecord:
        draft = validate_person(draft)
        with self._uow(write=True) as s:
            self._check_organization(s, draft)
            person_id = repo.insert_person(s, draft)
            audit(
                s, self._user(), "person", person_id, AuditAction.CREATE, draft_changes(None, draft)
            )
            saved = repo.people_by_ids(s, [person_id])[0]
        return saved

    def update_person(self, person_id: int, draft: PersonDraft) -> PersonRecord:
        draft = validate_person(draft)
        with self._uow(write=True) as s:
            self._check_organization(s, draft)
            row = get_or_raise(s, Person, person_id, "person")
            before = repo.people_by_ids(s, [person_id])[0].draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "person", person_id, AuditAction.UPDATE, changes)
            saved = repo.people_by_ids(s, [person_id])[0]
        return saved

    def delete_person(self, person_id: int) -> PersonRecord:
        with self._uow(write=True) as s:
            row = get_or_raise(s, Person, person_id, "person")
            record = repo.people_by_ids(s, [person_id])[0]
            if used := usages(s, "people", person_id):
                raise InUseError("person", record.full_name, used)
            s.delete(row)
            audit(
                s,
                self._user(),
                "person",
                person_id,
                AuditAction.DELETE,
                draft_changes(record.draft, None),
            )
        return record

    def restore_person(self, record: PersonRecord) -> PersonRecord:
        with self._uow(write=True) as s:
            draft = record.draft
            if (
                draft.organization_id is not None
                and s.get(Organization, draft.organization_id) is None
            ):
                draft = replace(draft, organization_id=None)
            repo.insert_person(
                s, draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            audit(
                s, self._user(), "person", record.id, AuditAction.CREATE, draft_changes(None, draft)
            )
            saved = repo.people_by_ids(s, [record.id])[0]
        return saved

    @staticmethod
    def _check_organization(s, draft: PersonDraft) -> None:
        if draft.organization_id is not None and s.get(Organization, draft.organization_id) is None:
            raise ValidationError({"organization_id": "not_found"})
