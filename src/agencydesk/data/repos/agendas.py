"""Agendas with their goals and priority sectors, and what hangs from them (initiatives,
plans, progress): lookups and the ordered-list writes of goals and priorities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Action,
    ActionPlan,
    Agenda,
    AgendaPriority,
    Goal,
    Initiative,
    Organization,
    Territory,
)
from agencydesk.data.repos.actors import territory_subtree
from agencydesk.domain.agendas import (
    AgendaDraft,
    AgendaInitiativeSummary,
    AgendaPlanSummary,
    AgendaRecord,
    Direction,
    GoalRecord,
    PriorityRecord,
)
from agencydesk.domain.enums import AgendaStatus
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.domain.text import fold

AGENDA_DRAFT_FIELDS = tuple(f.name for f in fields(AgendaDraft))
_STATUS_ORDER = {status: i for i, status in enumerate(AgendaStatus)}


# --- the list --------------------------------------------------------------------------------


def agenda_ids(session: Session, query: ListQuery) -> list[int]:
    """Ids of the matching agendas in display order.

    Agendas number in the tens, not thousands: the filters run in SQL, the accent-folded
    title search and the sort run here, which folds "Ríos" like "rios" on every database.
    """
    stmt = (
        select(
            Agenda.id,
            Agenda.title,
            Territory.name,
            Agenda.period_start,
            Agenda.period_end,
            Agenda.status,
            Organization.name,
        )
        .outerjoin(Territory, Territory.id == Agenda.territory_id)
        .outerjoin(Organization, Organization.id == Agenda.convener_id)
    )
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(Agenda.status == AgendaStatus(str(f["status"])))
    if f.get("territory_id"):
        stmt = stmt.where(
            Agenda.territory_id.in_(territory_subtree(session, int(f["territory_id"])))
        )
    rows = session.execute(stmt).all()
    terms = fold(query.text).split()
    if terms:
        rows = [r for r in rows if all(t in fold(r[1]) for t in terms)]
    progress: dict[int, int | None] = {}
    if query.sort == "progress":
        progress = progress_by_agenda(session, [r[0] for r in rows])
    keys: dict[str, Callable[[Any], Any]] = {
        "title": lambda r: fold(r[1]),
        "territory": lambda r: fold(r[2]) if r[2] else None,
        "period": lambda r: (r[3], r[4]) if r[3] else None,
        "status": lambda r: _STATUS_ORDER[r[5]],
        "convener": lambda r: fold(r[6]) if r[6] else None,
        "progress": lambda r: progress.get(r[0]),
    }
    key = keys.get(query.sort, keys["title"])
    valued = [(key(r), r[0]) for r in rows]
    # Rows without a value (no territory, no dates) go last in either direction.
    present = sorted((v for v in valued if v[0] is not None), reverse=query.descending)
    missing = sorted((v for v in valued if v[0] is None), key=lambda v: v[1])
    return [agenda_id for _value, agenda_id in present + missing]


def agendas_by_ids(session: Session, ids: list[int]) -> list[AgendaRecord]:
    """Records for ``ids`` with goals, priorities and progress, in the order given."""
    if not ids:
        return []
    stmt = (
        select(Agenda, Territory.name, Organization.name)
        .outerjoin(Territory, Territory.id == Agenda.territory_id)
        .outerjoin(Organization, Organization.id == Agenda.convener_id)
        .where(Agenda.id.in_(ids))
    )
    found_ids = list(ids)
    goals = _goals_by_agenda(session, found_ids)
    priorities = _priorities_by_agenda(session, found_ids)
    progress = progress_by_agenda(session, found_ids)
    found: dict[int, AgendaRecord] = {}
    for agenda, territory_name, convener_name in session.execute(stmt):
        found[agenda.id] = AgendaRecord(
            id=agenda.id,
            uuid=agenda.uuid,
            draft=AgendaDraft(**{n: getattr(agenda, n) for n in AGENDA_DRAFT_FIELDS}),
            territory_name=territory_name,
            convener_name=convener_name,
            goals=tuple(goals.get(agenda.id, ())),
            priorities=tuple(priorities.get(agenda.id, ())),
            created_at=agenda.created_at,
            updated_at=agenda.updated_at,
            progress=progress.get(agenda.id),
        )
    return [found[i] for i in ids if i in found]


def agenda_choices(session: Session) -> list[NamedRef]:
    """Every agenda for a picker, by title, with its territory as detail."""
    stmt = select(Agenda.id, Agenda.title, Territory.name).outerjoin(
        Territory, Territory.id == Agenda.territory_id
    )
    refs = [NamedRef(i, title, territory) for i, title, territory in session.execute(stmt)]
    return sorted(refs, key=lambda r: (fold(r.name), r.id))


def insert_agenda(session: Session, draft: AgendaDraft, **identity: object) -> int:
    """Insert one agenda; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    agenda = Agenda(**{n: getattr(draft, n) for n in AGENDA_DRAFT_FIELDS}, **identity)
    session.add(agenda)
    session.flush()
    return agenda.id


def _goal_record(goal: Goal) -> GoalRecord:
    return GoalRecord(goal.id, goal.kind, goal.statement, goal.position, goal.agenda_id, goal.uuid)


def _priority_record(row: AgendaPriority) -> PriorityRecord:
    return PriorityRecord(row.id, row.name, row.position, row.agenda_id, row.uuid)


def _goals_by_agenda(session: Session, ids: list[int]) -> dict[int, list[GoalRecord]]:
    stmt = (
        select(Goal)
        .where(Goal.agenda_id.in_(ids))
        .order_by(Goal.agenda_id, Goal.kind, Goal.position, Goal.id)
    )
    found: dict[int, list[GoalRecord]] = defaultdict(list)
    for goal in session.scalars(stmt):
        found[goal.agenda_id].append(_goal_record(goal))
    return found


def _priorities_by_agenda(session: Session, ids: list[int]) -> dict[int, list[PriorityRecord]]:
    stmt = (
        select(AgendaPriority)
        .where(AgendaPriority.agenda_id.in_(ids))
        .order_by(AgendaPriority.agenda_id, AgendaPriority.position, AgendaPriority.id)
    )
    found: dict[int, list[PriorityRecord]] = defaultdict(list)
    for row in session.scalars(stmt):
        found[row.agenda_id].append(_priority_record(row))
    return found


# --- initiatives, plans, progress ------------------------------------------------------------


def plan_ids_by_agenda(session: Session, ids: Iterable[int]) -> dict[int, set[int]]:
    """The plans of each agenda: its own, and those of the initiatives that belong to it."""
    ids = list(ids)
    found: dict[int, set[int]] = defaultdict(set)
    if not ids:
        return found
    direct = select(ActionPlan.agenda_id, ActionPlan.id).where(ActionPlan.agenda_id.in_(ids))
    through = (
        select(Initiative.agenda_id, ActionPlan.id)
        .join(Initiative, Initiative.id == ActionPlan.initiative_id)
        .where(Initiative.agenda_id.in_(ids))
    )
    for stmt in (direct, through):
        for agenda_id, plan_id in session.execute(stmt):
            found[agenda_id].add(plan_id)
    return found


def _actions_by_plan(session: Session, plan_ids: set[int]) -> dict[int, list[tuple[Any, Any]]]:
    found: dict[int, list[tuple[Any, Any]]] = defaultdict(list)
    if not plan_ids:
        return found
    stmt = select(Action.plan_id, Action.status, Action.progress_pct).where(
        Action.plan_id.in_(plan_ids)
    )
    for plan_id, status, pct in session.execute(stmt):
        found[plan_id].append((status, pct))
    return found


def progress_by_agenda(session: Session, ids: list[int]) -> dict[int, int | None]:
    """plan_progress over all the actions of each agenda's plans."""
    plans = plan_ids_by_agenda(session, ids)
    actions = _actions_by_plan(session, set().union(*plans.values()) if plans else set())
    return {
        agenda_id: plan_progress(
            pair for plan in plans.get(agenda_id, ()) for pair in actions[plan]
        )
        for agenda_id in ids
    }


def plans_of(session: Session, agenda_id: int) -> list[AgendaPlanSummary]:
    plan_ids = plan_ids_by_agenda(session, [agenda_id]).get(agenda_id, set())
    if not plan_ids:
        return []
    actions = _actions_by_plan(session, plan_ids)
    stmt = (
        select(ActionPlan.id, ActionPlan.title, ActionPlan.status, Initiative.name)
        .outerjoin(Initiative, Initiative.id == ActionPlan.initiative_id)
        .where(ActionPlan.id.in_(plan_ids))
    )
    plans = [
        AgendaPlanSummary(i, title, status, plan_progress(actions[i]), initiative)
        for i, title, status, initiative in session.execute(stmt)
    ]
    return sorted(plans, key=lambda p: (fold(p.title), p.id))


def initiatives_of(session: Session, agenda_id: int) -> list[AgendaInitiativeSummary]:
    stmt = select(Initiative.id, Initiative.name, Initiative.kind, Initiative.status).where(
        Initiative.agenda_id == agenda_id
    )
    found = [AgendaInitiativeSummary(*row) for row in session.execute(stmt)]
    return sorted(found, key=lambda i: (fold(i.name), i.id))


# --- ordered lists: goals and priorities -----------------------------------------------------


def goal_record(session: Session, goal_id: int) -> GoalRecord | None:
    goal = session.get(Goal, goal_id)
    return _goal_record(goal) if goal is not None else None


def priority_record(session: Session, priority_id: int) -> PriorityRecord | None:
    row = session.get(AgendaPriority, priority_id)
    return _priority_record(row) if row is not None else None


def _siblings(session: Session, row: Goal | AgendaPriority) -> list[Any]:
    """The rows of ``row``'s list (same agenda, and same kind for goals), in order."""
    if isinstance(row, Goal):
        stmt = select(Goal).where(Goal.agenda_id == row.agenda_id, Goal.kind == row.kind)
        stmt = stmt.order_by(Goal.position, Goal.id)
    else:
        stmt = select(AgendaPriority).where(AgendaPriority.agenda_id == row.agenda_id)
        stmt = stmt.order_by(AgendaPriority.position, AgendaPriority.id)
    return [r for r in session.scalars(stmt) if r is not row]


def _renumber(rows: list[Any]) -> dict[int, tuple[int, int]]:
    """Positions 1..n in list order; returns id → (old, new) of the rows that moved."""
    moved = {}
    for position, r in enumerate(rows, start=1):
        if r.position != position:
            moved[r.id] = (r.position, position)
            r.position = position
    return moved


def insert_in_list(
    session: Session, row: Goal | AgendaPriority, position: int | None
) -> dict[int, tuple[int, int]]:
    """Add ``row`` to its list at ``position`` (1-based; None: at the end), closing ranks;
    returns id → (old, new position) of the other rows that moved (for the audit)."""
    others = _siblings(session, row)
    index = len(others) if position is None else max(0, min(position - 1, len(others)))
    others.insert(index, row)
    row.position = 0  # set by _renumber, which compares with the old value
    session.add(row)
    moved = _renumber(others)
    session.flush()
    return {i: m for i, m in moved.items() if i is not None and i != row.id}


def remove_from_list(session: Session, row: Goal | AgendaPriority) -> dict[int, tuple[int, int]]:
    """Delete ``row`` and close the gap it leaves; returns id → (old, new position) of the
    rows that moved up (for the audit)."""
    others = _siblings(session, row)
    session.delete(row)
    session.flush()
    moved = _renumber(others)
    session.flush()
    return moved


def move_in_list(
    session: Session, row: Goal | AgendaPriority, direction: Direction
) -> dict[int, tuple[int, int]]:
    """Swap ``row`` with its neighbour; returns id → (old, new position) of what moved."""
    others = _siblings(session, row)
    ordered = sorted([*others, row], key=lambda r: (r.position, r.id))
    index = ordered.index(row)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(ordered):
        return {}
    ordered[index], ordered[target] = ordered[target], ordered[index]
    moved = _renumber(ordered)
    session.flush()
    return moved


def new_goal(agenda_id: int, kind: Any, statement: str, **identity: object) -> Goal:
    return Goal(agenda_id=agenda_id, kind=kind, statement=statement, **identity)


def new_priority(agenda_id: int, name: str, **identity: object) -> AgendaPriority:
    return AgendaPriority(agenda_id=agenda_id, name=name, **identity)


def delete_owned(session: Session, agenda_id: int) -> None:
    """Delete an agenda's goals and priorities (before the agenda itself)."""
    for model in (Goal, AgendaPriority):
        for row in session.scalars(select(model).where(model.agenda_id == agenda_id)):
            session.delete(row)
    session.flush()
