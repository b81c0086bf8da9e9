"""Action plans, their actions and funding lines: lists, records, writes.

Plans and actions have no full-text index (an office has tens of plans and at most a few
thousand actions): the lists read the few columns they filter and sort on in one query and
finish in Python, where accents fold the same way as everywhere else (``fold``) and codes sort
in natural order ("A1.2" before "A1.10"), which SQL cannot do portably.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from agencydesk.data.models import Organization
from agencydesk.data.models.planning import (
    Action,
    ActionPlan,
    Agenda,
    Bottleneck,
    FundingLine,
    Initiative,
)
from agencydesk.data.repos import bottlenecks as bottlenecks_repo
from agencydesk.domain.enums import ActionStatus, PlanStatus
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.plans import (
    ZERO,
    ActionDraft,
    ActionRecord,
    FundingLineDraft,
    FundingLineRecord,
    PlanDraft,
    PlanRecord,
    action_order,
    counts_in_totals,
    is_delayed,
    natural_key,
)
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.domain.text import fold, search_terms

PLAN_FIELDS = tuple(f.name for f in fields(PlanDraft))
ACTION_FIELDS = tuple(f.name for f in fields(ActionDraft))
FUNDING_FIELDS = tuple(f.name for f in fields(FundingLineDraft))
_STATUS_ORDER = {status: n for n, status in enumerate(ActionStatus)}
_PLAN_STATUS_ORDER = {status: n for n, status in enumerate(PlanStatus)}


def _matches(terms: list[str], *texts: str | None) -> bool:
    """Every typed word appears, as a prefix of a word, in one of ``texts`` (accents folded)."""
    if not terms:
        return True
    words = fold(" ".join(t for t in texts if t)).replace(".", " ").split()
    return all(any(w.startswith(fold(term)) for w in words) for term in terms)


# --- plans -----------------------------------------------------------------------------------


def _owner_name() -> ColumnElement:
    return func.coalesce(Agenda.title, Initiative.name)


def _plan_select(*columns: Any) -> Any:
    return (
        select(*columns)
        .outerjoin(Agenda, Agenda.id == ActionPlan.agenda_id)
        .outerjoin(Initiative, Initiative.id == ActionPlan.initiative_id)
    )


def usual_currency(session: Session) -> str | None:
    """The currency most plans use (an office works in one; ties: the newest plan's), or None
    when there is no plan. New plans are proposed in it, by the plan form and by an import."""
    return session.scalar(
        select(ActionPlan.currency)
        .group_by(ActionPlan.currency)
        .order_by(func.count().desc(), func.max(ActionPlan.id).desc())
        .limit(1)
    )


def plans_by_ids(session: Session, ids: list[int]) -> list[PlanRecord]:
    """Records for ``ids`` in the order given, with their action counts, budgets and progress
    (three queries whatever the number of plans)."""
    if not ids:
        return []
    facts: dict[int, list[tuple[ActionStatus, int, Decimal | None]]] = {}
    stmt = select(Action.plan_id, Action.status, Action.progress_pct, Action.budget).where(
        Action.plan_id.in_(ids)
    )
    for plan_id, status, progress, budget in session.execute(stmt):
        facts.setdefault(plan_id, []).append((status, progress, budget))
    found = {}
    for plan, owner in session.execute(
        _plan_select(ActionPlan, _owner_name()).where(ActionPlan.id.in_(ids))
    ):
        rows = facts.get(plan.id, [])
        budget = sum((b or ZERO for s, _p, b in rows if counts_in_totals(s)), start=ZERO)
        found[plan.id] = PlanRecord(
            id=plan.id,
            uuid=plan.uuid,
            draft=PlanDraft(**{n: getattr(plan, n) for n in PLAN_FIELDS}),
            owner_name=owner,
            actions_count=len(rows),
            budget_total=budget,
            progress=plan_progress((s, p) for s, p, _b in rows),
            created_at=plan.created_at,
        )
    return [found[i] for i in ids if i in found]


_PLAN_SORT: dict[str, Callable[[PlanRecord], Any]] = {
    "title": lambda p: natural_key(p.draft.title),
    "owner": lambda p: natural_key(p.owner_name),
    "period_start": lambda p: (p.draft.period_start is None, p.draft.period_start or date.min),
    "status": lambda p: _PLAN_STATUS_ORDER[p.draft.status],
    "version": lambda p: p.draft.version,
    "actions": lambda p: p.actions_count,
    "budget": lambda p: p.budget_total,
    "progress": lambda p: (p.progress is None, p.progress or 0),
}


def plan_ids(session: Session, query: ListQuery) -> list[int]:
    stmt = select(ActionPlan.id)
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(ActionPlan.status == f["status"])
    if f.get("agenda_id"):
        stmt = stmt.where(ActionPlan.agenda_id == int(f["agenda_id"]))  # type: ignore[call-overload]
    if f.get("initiative_id"):
        stmt = stmt.where(ActionPlan.initiative_id == int(f["initiative_id"]))  # type: ignore[call-overload]
    records = plans_by_ids(session, list(session.scalars(stmt)))
    terms = search_terms(query.text)
    records = [p for p in records if _matches(terms, p.draft.title, p.owner_name)]
    key = _PLAN_SORT.get(query.sort, _PLAN_SORT["title"])
    records.sort(key=lambda p: (key(p), p.id), reverse=query.descending)
    return [p.id for p in records]


def plan_of_initiative(session: Session, initiative_id: int) -> int | None:
    """The initiative's newest plan: the highest version, then the last created."""
    stmt = (
        select(ActionPlan.id)
        .where(ActionPlan.initiative_id == initiative_id)
        .order_by(ActionPlan.version.desc(), ActionPlan.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def plan_choices(session: Session) -> list[NamedRef]:
    rows = session.execute(_plan_select(ActionPlan.id, ActionPlan.title, _owner_name()))
    return sorted(
        (NamedRef(i, t, o) for i, t, o in rows), key=lambda r: (natural_key(r.name), r.id)
    )


def agenda_choices(session: Session) -> list[NamedRef]:
    rows = session.execute(select(Agenda.id, Agenda.title))
    return sorted((NamedRef(i, t) for i, t in rows), key=lambda r: (fold(r.name), r.id))


def initiative_choices(session: Session) -> list[NamedRef]:
    rows = session.execute(select(Initiative.id, Initiative.name))
    return sorted((NamedRef(i, n) for i, n in rows), key=lambda r: (fold(r.name), r.id))


def insert_plan(session: Session, draft: PlanDraft, **identity: object) -> int:
    plan = ActionPlan(**{n: getattr(draft, n) for n in PLAN_FIELDS}, **identity)
    session.add(plan)
    session.flush()
    return plan.id


# --- actions ---------------------------------------------------------------------------------


def _bottleneck_label(code: str | None, title: str | None) -> str | None:
    if title is None:
        return None
    return f"{code} — {title}" if code else title


def _action_records(
    session: Session, condition: ColumnElement[bool], today: date
) -> dict[int, ActionRecord]:
    funding: dict[int, list[FundingLineRecord]] = {}
    lines = (
        select(FundingLine)
        .join(Action, Action.id == FundingLine.action_id)
        .where(condition)
        .order_by(FundingLine.id)
    )
    for line in session.scalars(lines):
        draft = FundingLineDraft(**{n: getattr(line, n) for n in FUNDING_FIELDS})
        funding.setdefault(line.action_id, []).append(
            FundingLineRecord(line.id, line.uuid, line.action_id, draft, line.created_at)
        )
    stmt = (
        select(
            Action,
            Organization.name,
            Organization.short_name,
            Bottleneck.code,
            Bottleneck.title,
            ActionPlan.title,
        )
        .outerjoin(Organization, Organization.id == Action.responsible_id)
        .outerjoin(Bottleneck, Bottleneck.id == Action.bottleneck_id)
        .join(ActionPlan, ActionPlan.id == Action.plan_id)
        .where(condition)
    )
    found = {}
    for action, org_name, org_short, b_code, b_title, plan_title in session.execute(stmt):
        draft = ActionDraft(**{n: getattr(action, n) for n in ACTION_FIELDS})
        found[action.id] = ActionRecord(
            id=action.id,
            uuid=action.uuid,
            draft=draft,
            funding=tuple(funding.get(action.id, ())),
            responsible_name=org_name,
            responsible_short=org_short,
            bottleneck_label=_bottleneck_label(b_code, b_title),
            delayed=is_delayed(draft.status, draft.end_date, today),
            plan_title=plan_title,
            created_at=action.created_at,
        )
    return found


def actions_of_plan(session: Session, plan_id: int, today: date) -> list[ActionRecord]:
    """The plan's actions by axis, then code, both in natural order."""
    found = _action_records(session, Action.plan_id == plan_id, today)
    return sorted(found.values(), key=action_order)


def actions_by_ids(session: Session, ids: list[int], today: date) -> list[ActionRecord]:
    if not ids:
        return []
    found = _action_records(session, Action.id.in_(ids), today)
    return [found[i] for i in ids if i in found]


_ACTION_SORT: dict[str, Callable[[Any], Any]] = {
    "plan": lambda r: (natural_key(r.plan), natural_key(r.axis), natural_key(r.code)),
    "code": lambda r: (natural_key(r.code), natural_key(r.plan)),
    "title": lambda r: natural_key(r.title),
    "responsible": lambda r: natural_key(r.responsible),
    "axis": lambda r: (natural_key(r.axis), natural_key(r.code)),
    "start_date": lambda r: (r.start_date is None, r.start_date or date.min),
    "end_date": lambda r: (r.end_date is None, r.end_date or date.min),
    "status": lambda r: _STATUS_ORDER[r.status],
    "progress": lambda r: r.progress_pct,
    "budget": lambda r: (r.budget is None, r.budget or ZERO),
}


def action_ids(session: Session, query: ListQuery, today: date) -> list[int]:
    """Ids of matching actions of every plan, in display order (default: plan, axis, code)."""
    stmt = (
        select(
            Action.id,
            ActionPlan.title.label("plan"),
            Action.axis,
            Action.code,
            Action.title,
            Organization.name.label("responsible"),
            Action.start_date,
            Action.end_date,
            Action.status,
            Action.progress_pct,
            Action.budget,
            Action.indicator,
        )
        .join(ActionPlan, ActionPlan.id == Action.plan_id)
        .outerjoin(Organization, Organization.id == Action.responsible_id)
    )
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(Action.status == f["status"])
    if f.get("plan_id"):
        stmt = stmt.where(Action.plan_id == int(f["plan_id"]))  # type: ignore[call-overload]
    if f.get("responsible_id"):
        stmt = stmt.where(Action.responsible_id == int(f["responsible_id"]))  # type: ignore[call-overload]
    if f.get("axis"):
        stmt = stmt.where(Action.axis == f["axis"])
    rows = list(session.execute(stmt))
    delayed = f.get("delayed")
    if delayed is not None:
        rows = [r for r in rows if is_delayed(r.status, r.end_date, today) == bool(delayed)]
    terms = search_terms(query.text)
    if terms:
        rows = [
            r
            for r in rows
            if _matches(terms, r.code, r.title, r.axis, r.responsible, r.plan, r.indicator)
        ]
    key = _ACTION_SORT.get(query.sort, _ACTION_SORT["plan"])
    rows.sort(key=lambda r: (key(r), r.id), reverse=query.descending)
    return [r.id for r in rows]


def insert_action(session: Session, draft: ActionDraft, **identity: object) -> int:
    action = Action(**{n: getattr(draft, n) for n in ACTION_FIELDS}, **identity)
    session.add(action)
    session.flush()
    return action.id


def insert_funding(
    session: Session, action_id: int, draft: FundingLineDraft, **identity: object
) -> int:
    line = FundingLine(
        action_id=action_id, **{n: getattr(draft, n) for n in FUNDING_FIELDS}, **identity
    )
    session.add(line)
    session.flush()
    return line.id


def delete_funding(session: Session, action_id: int) -> None:
    session.execute(delete(FundingLine).where(FundingLine.action_id == action_id))


def bottleneck_choices(session: Session, plan_id: int) -> list[NamedRef]:
    """Bottlenecks an action of the plan can remove: those of the plan's owner
    (``bottlenecks.of_owner``: the initiative's, or the agenda's initiatives'), named by
    title with the code as detail."""
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        return []
    rows = bottlenecks_repo.of_owner(session, plan.initiative_id, plan.agenda_id)
    return [NamedRef(i, title, code) for i, code, title, _ in rows]


def exists(session: Session, model: type, row_id: int | None) -> bool:
    return row_id is not None and session.get(model, row_id) is not None
