"""Initiatives (articulation initiatives and mesas) and who takes part in them: records and rules.

A participant who leaves keeps their row with an end date (``until``): offices report who sat
at the table and when, so history is dated, never deleted. Only a row entered by mistake is
deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from agencydesk.domain.enums import (
    ActorType,
    Gender,
    GovernmentLevel,
    InitiativeFocus,
    InitiativeKind,
    InitiativeStatus,
    ParticipationRole,
    Representation,
)
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.validation import check_name


@dataclass(frozen=True, slots=True)
class InitiativeDraft:
    """What the initiative form edits."""

    name: str
    kind: InitiativeKind = InitiativeKind.VALUE_CHAIN
    # Sector or production factor: only a Peruvian-style executive table has one.
    focus: InitiativeFocus | None = None
    sector: str | None = None
    territory_id: int | None = None
    agenda_id: int | None = None
    objective: str | None = None
    status: InitiativeStatus = InitiativeStatus.PROPOSED
    started_on: date | None = None
    convener_id: int | None = None  # an organization
    coordinator_id: int | None = None  # a person: the dedicated team's lead


@dataclass(frozen=True, slots=True)
class InitiativeRecord:
    id: int
    uuid: str
    draft: InitiativeDraft
    territory_name: str | None = None
    agenda_title: str | None = None
    convener_name: str | None = None
    coordinator_name: str | None = None
    participants_count: int = 0  # organizations taking part today
    open_bottlenecks: int = 0  # identified, solution agreed or in progress
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True)
class ParticipationDraft:
    initiative_id: int
    organization_id: int
    person_id: int | None = None
    role: ParticipationRole = ParticipationRole.MEMBER
    representation: Representation = Representation.TITULAR
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True)
class ParticipationRecord:
    id: int
    draft: ParticipationDraft
    organization_name: str = ""
    actor_type: ActorType | None = None
    government_level: GovernmentLevel | None = None
    person_name: str | None = None
    person_gender: Gender | None = None
    active: bool = True
    # Identity, so that undoing a delete puts the same row back.
    uuid: str = ""
    created_at: datetime | None = None

    @property
    def name(self) -> str:
        """ "Organization — Person", as undo texts and questions name the row."""
        if self.person_name:
            return f"{self.organization_name} — {self.person_name}"
        return self.organization_name


@dataclass(frozen=True, slots=True)
class ParticipantCounts:
    """Who takes part today: distinct organizations by actor type and (public ones) by
    government level, and distinct people by gender (None: not recorded)."""

    organizations: int = 0
    people: int = 0
    by_actor_type: dict[ActorType, int] = field(default_factory=dict)
    by_government_level: dict[GovernmentLevel, int] = field(default_factory=dict)
    by_gender: dict[Gender | None, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParticipantsAdded:
    """The rows ``add_participants`` wrote, and how many it skipped as already present."""

    records: list[ParticipationRecord]
    skipped: int = 0


# --- rules -----------------------------------------------------------------------------------


def is_active(until: date | None, today: date) -> bool:
    """A participation ending today is over: "ends participation" defaults to today and the
    counts must drop at once."""
    return until is None or until > today


def participant_counts(rows: Iterable[ParticipationRecord]) -> ParticipantCounts:
    """Counts over the active rows only; an organization with a titular and an alternate
    counts once."""
    orgs: dict[int, ParticipationRecord] = {}
    people: dict[int, Gender | None] = {}
    for row in rows:
        if not row.active:
            continue
        orgs.setdefault(row.draft.organization_id, row)
        if row.draft.person_id is not None:
            people[row.draft.person_id] = row.person_gender
    by_type: dict[ActorType, int] = {}
    by_level: dict[GovernmentLevel, int] = {}
    for row in orgs.values():
        if row.actor_type is not None:
            by_type[row.actor_type] = by_type.get(row.actor_type, 0) + 1
        if row.actor_type == ActorType.PUBLIC and row.government_level is not None:
            by_level[row.government_level] = by_level.get(row.government_level, 0) + 1
    by_gender: dict[Gender | None, int] = {}
    for gender in people.values():
        by_gender[gender] = by_gender.get(gender, 0) + 1
    return ParticipantCounts(len(orgs), len(people), by_type, by_level, by_gender)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def clean_initiative(draft: InitiativeDraft) -> InitiativeDraft:
    """Trim text; drop the focus of anything but an executive table."""
    cleaned = replace(
        draft,
        name=(draft.name or "").strip(),
        sector=_clean(draft.sector),
        objective=_clean(draft.objective),
    )
    if cleaned.kind != InitiativeKind.EXECUTIVE_TABLE:
        cleaned = replace(cleaned, focus=None)
    return cleaned


def initiative_errors(draft: InitiativeDraft) -> dict[str, str]:
    errors = {"name": check_name(draft.name)}
    return {f: err for f, err in errors.items() if err}


def validate_initiative(draft: InitiativeDraft) -> InitiativeDraft:
    cleaned = clean_initiative(draft)
    if errors := initiative_errors(cleaned):
        raise ValidationError(errors)
    return cleaned


def participation_errors(draft: ParticipationDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if draft.organization_id is None:
        errors["organization_id"] = "required"
    if draft.since is not None and draft.until is not None and draft.until < draft.since:
        errors["until"] = "end_before_start"
    return errors


def validate_participation(draft: ParticipationDraft) -> ParticipationDraft:
    if errors := participation_errors(draft):
        raise ValidationError(errors)
    return draft
