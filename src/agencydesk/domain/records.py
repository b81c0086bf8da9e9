"""Frozen records that services return. They never hold a database session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from agencydesk.domain.enums import ActorType, Gender, GovernmentLevel, TerritoryLevel


@dataclass(frozen=True, slots=True)
class TerritoryRecord:
    id: int
    name: str
    level: TerritoryLevel
    parent_id: int | None
    code: str | None


@dataclass(frozen=True, slots=True)
class OrganizationDraft:
    """What a form edits: an organization's own fields, without identity or timestamps."""

    name: str
    short_name: str | None = None
    actor_type: ActorType = ActorType.PUBLIC
    government_level: GovernmentLevel | None = None
    sector: str | None = None
    tax_id: str | None = None
    territory_id: int | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    representative: str | None = None
    members_count: int | None = None
    registered_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationRecord:
    id: int
    uuid: str
    draft: OrganizationDraft
    territory_name: str | None = None
    people_count: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True)
class PersonDraft:
    full_name: str
    national_id: str | None = None
    organization_id: int | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    gender: Gender | None = None
    consent_on: date | None = None
    consent_purpose: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    uuid: str
    draft: PersonDraft
    organization_name: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def full_name(self) -> str:
        return self.draft.full_name


def coded_name(code: str | None, title: str) -> str:
    """ "CB-03 Guías de transporte…", "A1.2 Aprobar planes…": how records, pickers and
    sentences name what has a code (the title alone when it has none)."""
    return f"{code} {title}" if code else title


@dataclass(frozen=True, slots=True)
class NamedRef:
    """An id with the name to show for it (pickers, related lists)."""

    id: int
    name: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class ParticipationSummary:
    """An initiative an organization takes part in, as shown on the organization's page."""

    initiative_id: int
    initiative_name: str
    role: str
    since: date | None
    until: date | None


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A list page's request: free text, filters by field, sort column and direction."""

    text: str = ""
    filters: dict[str, object] = field(default_factory=dict)
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class DatabaseCounts:
    organizations: int
    people: int
    initiatives: int
    agendas: int
