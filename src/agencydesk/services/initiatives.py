"""Initiatives (articulation initiatives and mesas) and their participants."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from agencydesk.data.models import (
    Agenda,
    Initiative,
    Organization,
    Participation,
    Person,
    Territory,
)
from agencydesk.data.repos import initiatives as repo
from agencydesk.data.repos.common import apply_draft, audit, draft_changes, get_or_raise, usages
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.initiatives import (
    InitiativeDraft,
    InitiativeRecord,
    ParticipantCounts,
    ParticipantsAdded,
    ParticipationDraft,
    ParticipationRecord,
    participant_counts,
    validate_initiative,
    validate_participation,
)
from agencydesk.domain.records import ListQuery, NamedRef


class InitiativesService:
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        today: Callable[[], date] = date.today,
    ) -> None:
        """``today`` decides who still takes part (tests pass a fixed day)."""
        self._uow = uow
        self._user = current_user
        self._today = today

    # --- initiatives: reading --------------------------------------------------------------

    def initiative_ids(self, query: ListQuery) -> list[int]:
        """Filters: ``kind``, ``status``, ``territory_id`` (with the places within it),
        ``agenda_id``; text matches name or sector, accents and case ignored. Sort keys:
        name, sector, kind, status, territory, agenda, participants, open_bottlenecks,
        started_on."""
        with self._uow() as s:
            return repo.initiative_ids(s, query, self._today())

    def initiatives(self, ids: list[int]) -> list[InitiativeRecord]:
        with self._uow() as s:
            return repo.initiatives_by_ids(s, ids, self._today())

    def initiative(self, initiative_id: int) -> InitiativeRecord:
        found = self.initiatives([initiative_id])
        if not found:
            raise UserError("not_found", entity="initiative")
        return found[0]

    def initiative_choices(self) -> list[NamedRef]:
        """Every initiative by name (``detail`` is its kind code), for pickers and filters."""
        with self._uow() as s:
            return repo.initiative_choices(s)

    def agenda_choices(self) -> list[NamedRef]:
        """Agendas by title: for the initiative form and filter when no agenda service is
        wired in."""
        with self._uow() as s:
            return repo.agenda_choices(s)

    def initiative_usages(self, initiative_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "initiatives", initiative_id)

    # --- initiatives: writing --------------------------------------------------------------

    def create_initiative(self, draft: InitiativeDraft) -> InitiativeRecord:
        draft = validate_initiative(draft)
        with self._uow(write=True) as s:
            self._check_references(s, draft)
            initiative_id = repo.insert_initiative(s, draft)
            self._audit(s, "initiative", initiative_id, AuditAction.CREATE, None, draft)
            return repo.initiatives_by_ids(s, [initiative_id], self._today())[0]

    def update_initiative(self, initiative_id: int, draft: InitiativeDraft) -> InitiativeRecord:
        draft = validate_initiative(draft)
        with self._uow(write=True) as s:
            row = get_or_raise(s, Initiative, initiative_id, "initiative")
            self._check_references(s, draft)
            before = repo.initiatives_by_ids(s, [initiative_id], self._today())[0].draft
            apply_draft(row, draft)
            if before != draft:
                self._audit(s, "initiative", initiative_id, AuditAction.UPDATE, before, draft)
            return repo.initiatives_by_ids(s, [initiative_id], self._today())[0]

    def delete_initiative(self, initiative_id: int) -> InitiativeRecord:
        """Delete an initiative nothing uses (participants, bottlenecks, plans, meetings);
        returns what was deleted, for undo."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Initiative, initiative_id, "initiative")
            record = repo.initiatives_by_ids(s, [initiative_id], self._today())[0]
            if used := usages(s, "initiatives", initiative_id):
                raise InUseError("initiative", record.name, used)
            s.delete(row)
            self._audit(s, "initiative", initiative_id, AuditAction.DELETE, record.draft, None)
        return record

    def restore_initiative(self, record: InitiativeRecord) -> InitiativeRecord:
        """Put back a deleted initiative with its id and uuid (undo of a delete)."""
        with self._uow(write=True) as s:
            draft = self._without_missing(s, record.draft)
            repo.insert_initiative(
                s, draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            self._audit(s, "initiative", record.id, AuditAction.CREATE, None, draft)
            return repo.initiatives_by_ids(s, [record.id], self._today())[0]

    # --- participants: reading -------------------------------------------------------------

    def participations_of(
        self, initiative_id: int, include_past: bool = True
    ) -> list[ParticipationRecord]:
        """By organization; within one, those still taking part first."""
        with self._uow() as s:
            return repo.participations(
                s, self._today(), initiative_id=initiative_id, include_past=include_past
            )

    def participation(self, participation_id: int) -> ParticipationRecord:
        with self._uow() as s:
            found = repo.participations(s, self._today(), ids=[participation_id])
        if not found:
            raise UserError("not_found", entity="participation")
        return found[0]

    def participant_counts(self, initiative_id: int) -> ParticipantCounts:
        """Who takes part today, by actor type, government level and gender."""
        return participant_counts(self.participations_of(initiative_id, include_past=False))

    def participation_usages(self, participation_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "participations", participation_id)

    # --- participants: writing -------------------------------------------------------------

    def add_participants(
        self, initiative_id: int, drafts: list[ParticipationDraft]
    ) -> ParticipantsAdded:
        """Add several participants in one transaction (all or none); returns the new rows in
        the order given.

        An organization and person already taking part in the same role is skipped (also when
        it appears twice in ``drafts``); ``skipped`` says how many were.
        """
        drafts = [validate_participation(replace(d, initiative_id=initiative_id)) for d in drafts]
        today = self._today()
        with self._uow(write=True) as s:
            get_or_raise(s, Initiative, initiative_id, "initiative")
            present = {
                (r.draft.organization_id, r.draft.person_id, r.draft.role)
                for r in repo.participations(
                    s, today, initiative_id=initiative_id, include_past=False
                )
            }
            new_ids: list[int] = []
            skipped = 0
            for draft in drafts:
                key = (draft.organization_id, draft.person_id, draft.role)
                if key in present:
                    skipped += 1
                    continue
                present.add(key)
                self._check_participant(s, draft)
                new_id = repo.insert_participation(s, draft)
                self._audit(s, "participation", new_id, AuditAction.CREATE, None, draft)
                new_ids.append(new_id)
            found = {r.id: r for r in repo.participations(s, today, ids=new_ids)}
        return ParticipantsAdded([found[i] for i in new_ids], skipped)

    def update_participation(
        self, participation_id: int, draft: ParticipationDraft
    ) -> ParticipationRecord:
        """Change role, representation, person or dates (the initiative stays the same)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Participation, participation_id, "participation")
            draft = validate_participation(replace(draft, initiative_id=row.initiative_id))
            self._check_participant(s, draft)
            before = repo.participations(s, self._today(), ids=[participation_id])[0].draft
            apply_draft(row, draft)
            if before != draft:
                self._audit(s, "participation", participation_id, AuditAction.UPDATE, before, draft)
            return repo.participations(s, self._today(), ids=[participation_id])[0]

    def end_participation(self, participation_id: int, until: date) -> ParticipationRecord:
        """The participant leaves on ``until``: the row stays, dated (its history is kept)."""
        current = self.participation(participation_id)
        return self.update_participation(participation_id, replace(current.draft, until=until))

    def delete_participation(self, participation_id: int) -> ParticipationRecord:
        """Only for a row entered by mistake (someone who left is ended, not deleted)."""
        return self.delete_participations([participation_id])[0]

    def delete_participations(self, ids: list[int]) -> list[ParticipationRecord]:
        """Delete several rows in one transaction (undoing an "Add participants")."""
        with self._uow(write=True) as s:
            records = repo.participations(s, self._today(), ids=ids)
            if len(records) != len(set(ids)):
                raise UserError("not_found", entity="participation")
            for record in records:
                if used := usages(s, "participations", record.id):
                    raise InUseError("participation", record.name, used)
                s.delete(s.get(Participation, record.id))
                self._audit(s, "participation", record.id, AuditAction.DELETE, record.draft, None)
        return records

    def restore_participation(self, record: ParticipationRecord) -> ParticipationRecord:
        return self.restore_participations([record])[0]

    def restore_participations(
        self, records: list[ParticipationRecord]
    ) -> list[ParticipationRecord]:
        """Put deleted rows back with their ids and uuids, in one transaction."""
        with self._uow(write=True) as s:
            for record in records:
                draft = record.draft
                get_or_raise(s, Initiative, draft.initiative_id, "initiative")
                get_or_raise(s, Organization, draft.organization_id, "organization")
                if draft.person_id is not None and s.get(Person, draft.person_id) is None:
                    draft = replace(draft, person_id=None)
                identity = {"id": record.id, "uuid": record.uuid, "created_at": record.created_at}
                repo.insert_participation(s, draft, **{k: v for k, v in identity.items() if v})
                self._audit(s, "participation", record.id, AuditAction.CREATE, None, draft)
            return repo.participations(s, self._today(), ids=[r.id for r in records])

    # --- helpers ---------------------------------------------------------------------------

    def _audit(
        self, s: Any, entity: str, row_id: int, action: AuditAction, old: Any, new: Any
    ) -> None:
        audit(s, self._user(), entity, row_id, action, draft_changes(old, new))

    @staticmethod
    def _check_references(s: Any, draft: InitiativeDraft) -> None:
        errors = {}
        if draft.territory_id is not None and s.get(Territory, draft.territory_id) is None:
            errors["territory_id"] = "not_found"
        if draft.agenda_id is not None and s.get(Agenda, draft.agenda_id) is None:
            errors["agenda_id"] = "not_found"
        if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
            errors["convener_id"] = "not_found"
        if draft.coordinator_id is not None and s.get(Person, draft.coordinator_id) is None:
            errors["coordinator_id"] = "not_found"
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _without_missing(s: Any, draft: InitiativeDraft) -> InitiativeDraft:
        """Drop links to what was deleted since (undo of a delete)."""
        if draft.territory_id is not None and s.get(Territory, draft.territory_id) is None:
            draft = replace(draft, territory_id=None)
        if draft.agenda_id is not None and s.get(Agenda, draft.agenda_id) is None:
            draft = replace(draft, agenda_id=None)
        if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
            draft = replace(draft, convener_id=None)
        if draft.coordinator_id is not None and s.get(Person, draft.coordinator_id) is None:
            draft = replace(draft, coordinator_id=None)
        return draft

    @staticmethod
    def _check_participant(s: Any, draft: ParticipationDraft) -> None:
        if s.get(Organization, draft.organization_id) is None:
            raise ValidationError({"organization_id": "not_found"})
        if draft.person_id is not None and s.get(Person, draft.person_id) is None:
            raise ValidationError({"person_id": "not_found"})
