"""Territorial strategic agendas: what a form edits, what services return, and their rules.

An agenda owns its goals (strategic: *what*; management: *how*) and its priority sectors or
value chains; each of those lists is kept in the agenda's order by a dense ``position``
(1, 2, 3... per agenda, and per kind for goals).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from agencydesk.domain.enums import (
    AgendaStatus,
    GoalKind,
    InitiativeKind,
    InitiativeStatus,
    PlanStatus,
)
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.validation import check_name, check_required

MAX_PRIORITY_NAME = 200  # the column's width (agenda_priorities.name)

Direction = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class AgendaDraft:
    """What the agenda form edits: the agenda's own fields."""

    title: str
    territory_id: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    vision: str | None = None
    status: AgendaStatus = AgendaStatus.DRAFT
    convener_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class GoalRecord:
    """A strategic or management goal of an agenda, at ``position`` among those of its kind."""

    id: int
    kind: GoalKind
    statement: str
    position: int
    agenda_id: int
    uuid: str


@dataclass(frozen=True, slots=True)
class PriorityRecord:
    """A priority sector or value chain of an agenda, at ``position`` in its list."""

    id: int
    name: str
    position: int
    agenda_id: int
    uuid: str


@dataclass(frozen=True, slots=True)
class AgendaRecord:
    id: int
    uuid: str
    draft: AgendaDraft
    territory_name: str | None = None
    convener_name: str | None = None
    goals: tuple[GoalRecord, ...] = ()
    priorities: tuple[PriorityRecord, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    progress: int | None = None
    """plan_progress over every action of the agenda's plans (None: nothing to measure)."""

    @property
    def title(self) -> str:
        return self.draft.title

    def goals_of(self, kind: GoalKind) -> list[GoalRecord]:
        return sorted((g for g in self.goals if g.kind == kind), key=lambda g: g.position)


@dataclass(frozen=True, slots=True)
class AgendaInitiativeSummary:
    """An initiative (mesa) of an agenda, as its page lists it."""

    id: int
    name: str
    kind: InitiativeKind
    status: InitiativeStatus


@dataclass(frozen=True, slots=True)
class AgendaPlanSummary:
    """An action plan of an agenda: its own, or the plan of one of its initiatives."""

    id: int
    title: str
    status: PlanStatus
    progress: int | None
    initiative_name: str | None = None


# --- rules ------------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def clean_agenda(draft: AgendaDraft) -> AgendaDraft:
    """Trim the text fields; empty optional text becomes None."""
    return replace(
        draft,
        title=(draft.title or "").strip(),
        vision=_clean(draft.vision),
        notes=_clean(draft.notes),
    )


def agenda_errors(draft: AgendaDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := check_name(draft.title):
        errors["title"] = err
    if draft.period_start and draft.period_end and draft.period_end < draft.period_start:
        errors["period_end"] = "end_before_start"
    return errors


def validate_agenda(draft: AgendaDraft) -> AgendaDraft:
    cleaned = clean_agenda(draft)
    if errors := agenda_errors(cleaned):
        raise ValidationError(errors)
    return cleaned


def check_goal_statement(statement: str | None) -> str | None:
    return check_required(statement)


def validate_goal_statement(statement: str | None) -> str:
    if err := check_goal_statement(statement):
        raise ValidationError({"statement": err})
    return (statement or "").strip()


def check_priority_name(name: str | None) -> str | None:
    if err := check_required(name):
        return err
    return "too_long" if len((name or "").strip()) > MAX_PRIORITY_NAME else None


def validate_priority_name(name: str | None) -> str:
    if err := check_priority_name(name):
        raise ValidationError({"name": err})
    return (name or "").strip()
