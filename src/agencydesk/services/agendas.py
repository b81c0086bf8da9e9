"""Territorial strategic agendas: the agenda, its goals and priority sectors, and what it
gathers (initiatives, plans, progress)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agencydesk.data.models import Agenda, AgendaPriority, Goal, Organization, Territory
from agencydesk.data.repos import agendas as repo
from agencydesk.data.repos.common import apply_draft, audit, draft_changes, get_or_raise, usages
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.agendas import (
    AgendaDraft,
    AgendaInitiativeSummary,
    AgendaPlanSummary,
    AgendaRecord,
    Direction,
    GoalRecord,
    PriorityRecord,
    validate_agenda,
    validate_goal_statement,
    validate_priority_name,
)
from agencydesk.domain.enums import AuditAction, GoalKind
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.records import ListQuery, NamedRef

# Rows that are part of the agenda itself: deleted and restored with it, never "uses".
OWNED = ("goals", "agenda_priorities")


def _changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    keys = sorted(old.keys() | new.keys())
    return {k: [old.get(k), new.get(k)] for k in keys if old.get(k) != new.get(k)}


def _goal_changes(before: GoalRecord | None, after: GoalRecord | None) -> dict[str, list[Any]]:
    def values(g: GoalRecord | None) -> dict[str, Any]:
        if g is None:
            return {}
        return {"agenda_id": g.agenda_id, "kind": g.kind.value, "statement": g.statement}

    return _changes(values(before), values(after))


def _priority_changes(
    before: PriorityRecord | None, after: PriorityRecord | None
) -> dict[str, list[Any]]:
    def values(p: PriorityRecord | None) -> dict[str, Any]:
        return {"agenda_id": p.agenda_id, "name": p.name} if p is not None else {}

    return _changes(values(before), values(after))


class AgendasService:
    def __init__(self, uow: UnitOfWork, current_user: Callable[[], str | None]) -> None:
        self._uow = uow
        self._user = current_user

    # --- reading ---------------------------------------------------------------------------

    def agenda_ids(self, query: ListQuery) -> list[int]:
        with self._uow() as s:
            return repo.agenda_ids(s, query)

    def agendas(self, ids: list[int]) -> list[AgendaRecord]:
        with self._uow() as s:
            return repo.agendas_by_ids(s, ids)

    def agenda(self, agenda_id: int) -> AgendaRecord:
        found = self.agendas([agenda_id])
        if not found:
            raise UserError("not_found", entity="agenda")
        return found[0]

    def agenda_choices(self) -> list[NamedRef]:
        """Every agenda by title (territory as detail), for the pickers of other areas."""
        with self._uow() as s:
            return repo.agenda_choices(s)

    def agenda_usages(self, agenda_id: int) -> dict[str, int]:
        """What uses the agenda (initiatives, plans, indicators, meetings), by table."""
        with self._uow() as s:
            return usages(s, "agendas", agenda_id, owned=OWNED)

    def initiatives_of(self, agenda_id: int) -> list[AgendaInitiativeSummary]:
        with self._uow() as s:
            return repo.initiatives_of(s, agenda_id)

    def plans_of(self, agenda_id: int) -> list[AgendaPlanSummary]:
        """Its own plans and its initiatives' plans, each with its progress."""
        with self._uow() as s:
            return repo.plans_of(s, agenda_id)

    def agenda_progress(self, agenda_id: int) -> int | None:
        """plan_progress over every action of the agenda's plans (None: no action counts)."""
        with self._uow() as s:
            return repo.progress_by_agenda(s, [agenda_id])[agenda_id]

    def goal(self, goal_id: int) -> GoalRecord:
        with self._uow() as s:
            return self._goal(s, goal_id)

    def priority(self, priority_id: int) -> PriorityRecord:
        with self._uow() as s:
            return self._priority(s, priority_id)

    # --- agendas: writing ------------------------------------------------------------------

    def create_agenda(self, draft: AgendaDraft) -> AgendaRecord:
        draft = validate_agenda(draft)
        with self._uow(write=True) as s:
            self._check_references(s, draft)
            agenda_id = repo.insert_agenda(s, draft)
            audit(
                s, self._user(), "agenda", agenda_id, AuditAction.CREATE, draft_changes(None, draft)
            )
            return repo.agendas_by_ids(s, [agenda_id])[0]

    def update_agenda(self, agenda_id: int, draft: AgendaDraft) -> AgendaRecord:
        draft = validate_agenda(draft)
        with self._uow(write=True) as s:
            self._check_references(s, draft)
            row = get_or_raise(s, Agenda, agenda_id, "agenda")
            before = repo.agendas_by_ids(s, [agenda_id])[0].draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "agenda", agenda_id, AuditAction.UPDATE, changes)
            s.flush()
            return repo.agendas_by_ids(s, [agenda_id])[0]

    def delete_agenda(self, agenda_id: int) -> AgendaRecord:
        """Delete an agenda nothing uses, with its goals and priorities; returns it (for undo)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Agenda, agenda_id, "agenda")
            record = repo.agendas_by_ids(s, [agenda_id])[0]
            if used := usages(s, "agendas", agenda_id, owned=OWNED):
                raise InUseError("agenda", record.title, used)
            user = self._user()
            for goal in record.goals:
                audit(s, user, "goal", goal.id, AuditAction.DELETE, _goal_changes(goal, None))
            for p in record.priorities:
                audit(
                    s, user, "agenda_priority", p.id, AuditAction.DELETE, _priority_changes(p, None)
                )
            repo.delete_owned(s, agenda_id)
            s.delete(row)
            audit(
                s, user, "agenda", agenda_id, AuditAction.DELETE, draft_changes(record.draft, None)
            )
        return record

    def restore_agenda(self, record: AgendaRecord) -> AgendaRecord:
        """Put back a deleted agenda with its id, uuid, goals and priorities (undo)."""
        with self._uow(write=True) as s:
            draft = record.draft
            # The territory or convener may have been deleted since: keep the agenda anyway.
            if draft.territory_id is not None and s.get(Territory, draft.territory_id) is None:
                draft = replace(draft, territory_id=None)
            if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
                draft = replace(draft, convener_id=None)
            repo.insert_agenda(
                s, draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            user = self._user()
            audit(s, user, "agenda", record.id, AuditAction.CREATE, draft_changes(None, draft))
            for goal in record.goals:
                s.add(
                    repo.new_goal(
                        record.id,
                        goal.kind,
                        goal.statement,
                        id=goal.id,
                        uuid=goal.uuid,
                        position=goal.position,
                    )
                )
                audit(s, user, "goal", goal.id, AuditAction.CREATE, _goal_changes(None, goal))
            for p in record.priorities:
                s.add(
                    repo.new_priority(record.id, p.name, id=p.id, uuid=p.uuid, position=p.position)
                )
                audit(
                    s, user, "agenda_priority", p.id, AuditAction.CREATE, _priority_changes(None, p)
                )
            s.flush()
            return repo.agendas_by_ids(s, [record.id])[0]

    # --- goals -----------------------------------------------------------------------------

    def add_goal(self, agenda_id: int, kind: GoalKind, statement: str) -> GoalRecord:
        """A new goal at the end of the agenda's goals of ``kind``."""
        statement = validate_goal_statement(statement)
        with self._uow(write=True) as s:
            get_or_raise(s, Agenda, agenda_id, "agenda")
            goal = repo.new_goal(agenda_id, GoalKind(kind), statement)
            repo.insert_in_list(s, goal, None)
            record = self._goal(s, goal.id)
            audit(s, self._user(), "goal", goal.id, AuditAction.CREATE, _goal_changes(None, record))
            return record

    def update_goal(self, goal_id: int, statement: str) -> GoalRecord:
        statement = validate_goal_statement(statement)
        with self._uow(write=True) as s:
            before = self._goal(s, goal_id)
            row = s.get(Goal, goal_id)
            row.statement = statement
            s.flush()
            after = self._goal(s, goal_id)
            if changes := _goal_changes(before, after):
                audit(s, self._user(), "goal", goal_id, AuditAction.UPDATE, changes)
            return after

    def delete_goal(self, goal_id: int) -> GoalRecord:
        """Delete a goal (the ones after it move up); returns it for ``restore_goal``."""
        with self._uow(write=True) as s:
            record = self._goal(s, goal_id)
            moved = repo.remove_from_list(s, s.get(Goal, goal_id))
            audit(s, self._user(), "goal", goal_id, AuditAction.DELETE, _goal_changes(record, None))
            self._audit_moves(s, "goal", moved)
            return record

    def restore_goal(self, record: GoalRecord) -> GoalRecord:
        """Put a deleted goal back at its place, with its id and uuid (undo)."""
        with self._uow(write=True) as s:
            get_or_raise(s, Agenda, record.agenda_id, "agenda")
            goal = repo.new_goal(
                record.agenda_id, record.kind, record.statement, id=record.id, uuid=record.uuid
            )
            moved = repo.insert_in_list(s, goal, record.position)
            audit(s, self._user(), "goal", goal.id, AuditAction.CREATE, _goal_changes(None, record))
            self._audit_moves(s, "goal", moved)
            return self._goal(s, goal.id)

    def move_goal(self, goal_id: int, direction: Direction) -> GoalRecord:
        """Swap a goal with the one above or below it (no change at either end)."""
        with self._uow(write=True) as s:
            self._goal(s, goal_id)
            moved = repo.move_in_list(s, s.get(Goal, goal_id), direction)
            self._audit_moves(s, "goal", moved)
            return self._goal(s, goal_id)

    # --- priority sectors and value chains -------------------------------------------------

    def add_priority(self, agenda_id: int, name: str) -> PriorityRecord:
        name = validate_priority_name(name)
        with self._uow(write=True) as s:
            get_or_raise(s, Agenda, agenda_id, "agenda")
            row = repo.new_priority(agenda_id, name)
            repo.insert_in_list(s, row, None)
            record = self._priority(s, row.id)
            audit(
                s,
                self._user(),
                "agenda_priority",
                row.id,
                AuditAction.CREATE,
                _priority_changes(None, record),
            )
            return record

    def rename_priority(self, priority_id: int, name: str) -> PriorityRecord:
        name = validate_priority_name(name)
        with self._uow(write=True) as s:
            before = self._priority(s, priority_id)
            s.get(AgendaPriority, priority_id).name = name
            s.flush()
            after = self._priority(s, priority_id)
            if changes := _priority_changes(before, after):
                audit(s, self._user(), "agenda_priority", priority_id, AuditAction.UPDATE, changes)
            return after

    def delete_priority(self, priority_id: int) -> PriorityRecord:
        with self._uow(write=True) as s:
            record = self._priority(s, priority_id)
            moved = repo.remove_from_list(s, s.get(AgendaPriority, priority_id))
            audit(
                s,
                self._user(),
                "agenda_priority",
                priority_id,
                AuditAction.DELETE,
                _priority_changes(record, None),
            )
            self._audit_moves(s, "agenda_priority", moved)
            return record

    def restore_priority(self, record: PriorityRecord) -> PriorityRecord:
        with self._uow(write=True) as s:
            get_or_raise(s, Agenda, record.agenda_id, "agenda")
            row = repo.new_priority(record.agenda_id, record.name, id=record.id, uuid=record.uuid)
            moved = repo.insert_in_list(s, row, record.position)
            audit(
                s,
                self._user(),
                "agenda_priority",
                row.id,
                AuditAction.CREATE,
                _priority_changes(None, record),
            )
            self._audit_moves(s, "agenda_priority", moved)
            return self._priority(s, row.id)

    def move_priority(self, priority_id: int, direction: Direction) -> PriorityRecord:
        with self._uow(write=True) as s:
            self._priority(s, priority_id)
            moved = repo.move_in_list(s, s.get(AgendaPriority, priority_id), direction)
            self._audit_moves(s, "agenda_priority", moved)
            return self._priority(s, priority_id)

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _goal(s: Any, goal_id: int) -> GoalRecord:
        record = repo.goal_record(s, goal_id)
        if record is None:
            raise UserError("not_found", entity="goal")
        return record

    @staticmethod
    def _priority(s: Any, priority_id: int) -> PriorityRecord:
        record = repo.priority_record(s, priority_id)
        if record is None:
            raise UserError("not_found", entity="agenda_priority")
        return record

    def _audit_moves(self, s: Any, entity: str, moved: dict[int, tuple[int, int]]) -> None:
        user = self._user()
        for row_id, (old, new) in sorted(moved.items()):
            audit(s, user, entity, row_id, AuditAction.UPDATE, {"position": [old, new]})

    @staticmethod
    def _check_references(s: Any, draft: AgendaDraft) -> None:
        errors = {}
        if draft.territory_id is not None and s.get(Territory, draft.territory_id) is None:
            errors["territory_id"] = "not_found"
        if draft.convener_id is not None and s.get(Organization, draft.convener_id) is None:
            errors["convener_id"] = "not_found"
        if errors:
            raise ValidationError(errors)
