"""Action plans (hojas de ruta), their actions and the actions' funding lines.

An action's funding lines are part of the action: they are written, replaced, deleted and
restored with it in the same transaction, and do not count as uses of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from agencydesk.data.models import Organization
from agencydesk.data.models.planning import Action, ActionPlan, Agenda, Bottleneck, Initiative
from agencydesk.data.repos import plans as repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    jsonable,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.plans import (
    IN_PLACE_FIELDS,
    ActionDraft,
    ActionRecord,
    FundingLineDraft,
    PlanDraft,
    PlanRecord,
    PlanTotals,
    plan_totals,
    validate_action,
    validate_plan,
)
from agencydesk.domain.records import ListQuery, NamedRef

_OWNED_BY_ACTION = ("funding_lines",)


def _funding_changes(
    before: Sequence[FundingLineDraft], after: Sequence[FundingLineDraft]
) -> dict[str, list[Any]]:
    old = [{k: jsonable(v) for k, v in asdict(line).items()} for line in before]
    new = [{k: jsonable(v) for k, v in asdict(line).items()} for line in after]
    return {"funding": [old, new]} if old != new else {}


class PlansService:
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        """``today`` decides which actions are delayed (tests pass a fixed day)."""
        self._uow = uow
        self._user = current_user
        self._today = today

    # --- plans: reading --------------------------------------------------------------------

    def plan_ids(self, query: ListQuery) -> list[int]:
        """Filters: ``status``, ``agenda_id``, ``initiative_id``; text searches title and
        owner; sort: title, owner, period_start, status, version, actions, budget, progress."""
        with self._uow() as s:
            return repo.plan_ids(s, query)

    def plans(self, ids: list[int]) -> list[PlanRecord]:
        with self._uow() as s:
            return repo.plans_by_ids(s, ids)

    def plan(self, plan_id: int) -> PlanRecord:
        found = self.plans([plan_id])
        if not found:
            raise UserError("not_found", entity="action_plan")
        return found[0]

    def plan_of_initiative(self, initiative_id: int) -> PlanRecord | None:
        """The initiative's newest plan (highest version), or None when it has none."""
        with self._uow() as s:
            plan_id = repo.plan_of_initiative(s, initiative_id)
            return repo.plans_by_ids(s, [plan_id])[0] if plan_id is not None else None

    def plan_choices(self) -> list[NamedRef]:
        """Every plan: id, title and, as detail, its agenda's or initiative's name."""
        with self._uow() as s:
            return repo.plan_choices(s)

    def usual_currency(self) -> str | None:
        """The currency most plans of this database use; None when there is no plan."""
        with self._uow() as s:
            return repo.usual_currency(s)

    def agenda_choices(self) -> list[NamedRef]:
        with self._uow() as s:
            return repo.agenda_choices(s)

    def initiative_choices(self) -> list[NamedRef]:
        with self._uow() as s:
            return repo.initiative_choices(s)

    def plan_usages(self, plan_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "action_plans", plan_id)

    # --- plans: writing --------------------------------------------------------------------

    def create_plan(self, draft: PlanDraft) -> PlanRecord:
        draft = validate_plan(draft, self._today())
        with self._uow(write=True) as s:
            self._check_owner(s, draft)
            plan_id = repo.insert_plan(s, draft)
            audit(
                s,
                self._user(),
                "action_plan",
                plan_id,
                AuditAction.CREATE,
                draft_changes(None, draft),
            )
            return repo.plans_by_ids(s, [plan_id])[0]

    def update_plan(self, plan_id: int, draft: PlanDraft) -> PlanRecord:
        draft = validate_plan(draft, self._today())
        with self._uow(write=True) as s:
            self._check_owner(s, draft)
            row = get_or_raise(s, ActionPlan, plan_id, "action_plan")
            before = repo.plans_by_ids(s, [plan_id])[0].draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "action_plan", plan_id, AuditAction.UPDATE, changes)
            return repo.plans_by_ids(s, [plan_id])[0]

    def delete_plan(self, plan_id: int) -> PlanRecord:
        """Delete a plan with no actions and no indicators; returns it (for undo)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, ActionPlan, plan_id, "action_plan")
            record = repo.plans_by_ids(s, [plan_id])[0]
            if used := usages(s, "action_plans", plan_id):
                raise InUseError("action_plan", record.title, used)
            s.delete(row)
            audit(
                s,
                self._user(),
                "action_plan",
                plan_id,
                AuditAction.DELETE,
                draft_changes(record.draft, None),
            )
        return record

    def restore_plan(self, record: PlanRecord) -> PlanRecord:
        """Put back a deleted plan with its id and uuid (undo of a delete or of a create)."""
        with self._uow(write=True) as s:
            self._check_owner(s, record.draft)
            repo.insert_plan(
                s, record.draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            audit(
                s,
                self._user(),
                "action_plan",
                record.id,
                AuditAction.CREATE,
                draft_changes(None, record.draft),
            )
            return repo.plans_by_ids(s, [record.id])[0]

    @staticmethod
    def _check_owner(s: Any, draft: PlanDraft) -> None:
        if draft.agenda_id is not None and not repo.exists(s, Agenda, draft.agenda_id):
            raise ValidationError({"agenda_id": "not_found"})
        if draft.initiative_id is not None and not repo.exists(s, Initiative, draft.initiative_id):
            raise ValidationError({"initiative_id": "not_found"})

    # --- actions: reading ------------------------------------------------------------------

    def actions_of(self, plan_id: int) -> list[ActionRecord]:
        """The plan's actions by axis, then code, both in natural order ("1.2" before "1.10")."""
        with self._uow() as s:
            return repo.actions_of_plan(s, plan_id, self._today())

    def action(self, action_id: int) -> ActionRecord:
        found = self.actions([action_id])
        if not found:
            raise UserError("not_found", entity="action")
        return found[0]

    def action_ids(self, query: ListQuery) -> list[int]:
        """Actions of every plan. Filters: ``status``, ``plan_id``, ``responsible_id``,
        ``axis``, ``delayed`` (bool); text searches code, title, axis, responsible, plan and
        indicator; sort: plan (default), code, title, responsible, axis, start_date, end_date,
        status, progress, budget."""
        with self._uow() as s:
            return repo.action_ids(s, query, self._today())

    def actions(self, ids: list[int]) -> list[ActionRecord]:
        with self._uow() as s:
            return repo.actions_by_ids(s, ids, self._today())

    def totals(self, plan_id: int) -> PlanTotals:
        return plan_totals(self.actions_of(plan_id))

    def bottleneck_choices(self, plan_id: int) -> list[NamedRef]:
        """Bottlenecks an action of the plan may remove (name: title, detail: code)."""
        with self._uow() as s:
            return repo.bottleneck_choices(s, plan_id)

    def action_usages(self, action_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "actions", action_id, owned=_OWNED_BY_ACTION)

    # --- actions: writing ------------------------------------------------------------------

    def create_action(
        self, draft: ActionDraft, funding: Sequence[FundingLineDraft] = ()
    ) -> ActionRecord:
        """Write the action and its funding lines in one transaction."""
        draft, lines = validate_action(draft, funding)
        with self._uow(write=True) as s:
            self._check_action_refs(s, draft)
            action_id = repo.insert_action(s, draft)
            for line in lines:
                repo.insert_funding(s, action_id, line)
            changes = {**draft_changes(None, draft), **_funding_changes([], lines)}
            audit(s, self._user(), "action", action_id, AuditAction.CREATE, changes)
            return repo.actions_by_ids(s, [action_id], self._today())[0]

    def update_action(
        self, action_id: int, draft: ActionDraft, funding: Sequence[FundingLineDraft]
    ) -> ActionRecord:
        """Write the action and replace its funding lines by ``funding``, in one transaction."""
        draft, lines = validate_action(draft, funding)
        with self._uow(write=True) as s:
            self._check_action_refs(s, draft)
            row = get_or_raise(s, Action, action_id, "action")
            before = repo.actions_by_ids(s, [action_id], self._today())[0]
            apply_draft(row, draft)
            changes = draft_changes(before.draft, draft)
            if funding_changes := _funding_changes(before.funding_drafts(), lines):
                repo.delete_funding(s, action_id)
                for line in lines:
                    repo.insert_funding(s, action_id, line)
                changes.update(funding_changes)
            if changes:
                audit(s, self._user(), "action", action_id, AuditAction.UPDATE, changes)
            s.flush()
            return repo.actions_by_ids(s, [action_id], self._today())[0]

    def set_action_fields(self, action_id: int, **changes: Any) -> ActionRecord:
        """Change some of ``status``, ``progress_pct``, ``start_date``, ``end_date`` in place
        (the plan's tree edits these), validated like the whole action."""
        unknown = set(changes) - IN_PLACE_FIELDS
        if unknown:
            raise ValueError(f"not editable in place: {sorted(unknown)}")
        with self._uow(write=True) as s:
            row = get_or_raise(s, Action, action_id, "action")
            before = repo.actions_by_ids(s, [action_id], self._today())[0]
            draft, _lines = validate_action(replace(before.draft, **changes))
            apply_draft(row, draft)
            if diff := draft_changes(before.draft, draft):
                audit(s, self._user(), "action", action_id, AuditAction.UPDATE, diff)
            s.flush()
            return repo.actions_by_ids(s, [action_id], self._today())[0]

    def delete_action(self, action_id: int) -> ActionRecord:
        """Delete an action and its funding lines, unless agreements point at it."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Action, action_id, "action")
            record = repo.actions_by_ids(s, [action_id], self._today())[0]
            if used := usages(s, "actions", action_id, owned=_OWNED_BY_ACTION):
                raise InUseError("action", record.name, used)
            repo.delete_funding(s, action_id)
            s.delete(row)
            changes = {
                **draft_changes(record.draft, None),
                **_funding_changes(record.funding_drafts(), []),
            }
            audit(s, self._user(), "action", action_id, AuditAction.DELETE, changes)
        return record

    def restore_action(self, record: ActionRecord) -> ActionRecord:
        """Put back a deleted action with its funding lines, ids and uuids (undo)."""
        with self._uow(write=True) as s:
            if not repo.exists(s, ActionPlan, record.draft.plan_id):
                raise UserError("not_found", entity="action_plan")
            draft = record.draft
            # What it pointed at may have been deleted since: keep the action, drop the link.
            if not repo.exists(s, Organization, draft.responsible_id):
                draft = replace(draft, responsible_id=None)
            if not repo.exists(s, Bottleneck, draft.bottleneck_id):
                draft = replace(draft, bottleneck_id=None)
            repo.insert_action(
                s, draft, id=record.id, uuid=record.uuid, created_at=record.created_at
            )
            for line in record.funding:
                repo.insert_funding(
                    s, record.id, line.draft, id=line.id, uuid=line.uuid, created_at=line.created_at
                )
            changes = {
                **draft_changes(None, draft),
                **_funding_changes([], record.funding_drafts()),
            }
            audit(s, self._user(), "action", record.id, AuditAction.CREATE, changes)
            return repo.actions_by_ids(s, [record.id], self._today())[0]

    @staticmethod
    def _check_action_refs(s: Any, draft: ActionDraft) -> None:
        errors = {}
        if not repo.exists(s, ActionPlan, draft.plan_id):
            errors["plan_id"] = "not_found"
        if draft.responsible_id is not None and not repo.exists(
            s, Organization, draft.responsible_id
        ):
            errors["responsible_id"] = "not_found"
        if draft.bottleneck_id is not None and not repo.exists(s, Bottleneck, draft.bottleneck_id):
            errors["bottleneck_id"] = "not_found"
        if errors:
            raise ValidationError(errors)
