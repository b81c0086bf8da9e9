"""Territories, organizations and people: paged lists, lookups, writes."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import ColumnElement, Select, func, select, table
from sqlalchemy.orm import Session, aliased

from agencydesk.data import models, search
from agencydesk.data.models import Organization, Person, Territory
from agencydesk.data.repos.common import fetch_ids, list_order
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
from agencydesk.domain.text import fold

ORG_DRAFT_FIELDS = tuple(f.name for f in fields(OrganizationDraft))
PERSON_DRAFT_FIELDS = tuple(f.name for f in fields(PersonDraft))


# --- territories -----------------------------------------------------------------------------


def territories(session: Session) -> list[TerritoryRecord]:
    rows = session.scalars(select(Territory).order_by(Territory.name))
    return [TerritoryRecord(t.id, t.name, t.level, t.parent_id, t.code) for t in rows]


def territory_subtree(session: Session, root_id: int) -> list[int]:
    """The territory and every territory below it (a region filter includes its towns)."""
    children: dict[int | None, list[int]] = {}
    for tid, parent in session.execute(select(Territory.id, Territory.parent_id)):
        children.setdefault(parent, []).append(tid)
    found, stack = [], [root_id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


# --- organizations ---------------------------------------------------------------------------

_ORG_TERRITORY = aliased(Territory)
ORG_SORT: dict[str, ColumnElement] = {
    "name": Organization.sort_name,
    "short_name": func.lower(Organization.short_name),
    "actor_type": Organization.actor_type,
    "government_level": Organization.government_level,
    "territory": _ORG_TERRITORY.name,
    "sector": func.lower(Organization.sector),
    "tax_id": Organization.tax_id,
    "phone": Organization.phone,
    "email": func.lower(Organization.email),
}


def _organization_filters(session: Session, stmt: Select, query: ListQuery) -> Select:
    f = query.filters
    if f.get("actor_type"):
        stmt = stmt.where(Organization.actor_type == f["actor_type"])
    if f.get("government_level"):
        stmt = stmt.where(Organization.government_level == f["government_level"])
    if f.get("territory_id"):
        stmt = stmt.where(
            Organization.territory_id.in_(territory_subtree(session, int(f["territory_id"])))
        )
    return search.restrict_to_matches(stmt, session, "organizations", Organization.id, query.text)


def organization_ids(session: Session, query: ListQuery) -> list[int]:
    """Ids of the matching organizations in display order: the list model pages over these."""
    key = ORG_SORT.get(query.sort, Organization.sort_name)
    stmt = select(Organization.id)
    if query.sort == "territory":
        stmt = stmt.outerjoin(_ORG_TERRITORY, _ORG_TERRITORY.id == Organization.territory_id)
    stmt = _organization_filters(session, stmt, query)
    nullable = key is not Organization.sort_name
    order = list_order(key, Organization.id, query.descending, nullable=nullable)
    return fetch_ids(session, stmt.order_by(*order))


def _org_record(org: Organization, territory_name: str | None, people: int) -> OrganizationRecord:
    draft = OrganizationDraft(**{n: getattr(org, n) for n in ORG_DRAFT_FIELDS})
    return OrganizationRecord(
        id=org.id,
        uuid=org.uuid,
        draft=draft,
        territory_name=territory_name,
        people_count=people,
        created_at=org.created_at,
        updated_at=org.updated_at,
    )


def organizations_by_ids(session: Session, ids: list[int]) -> list[OrganizationRecord]:
    """Records for ``ids``, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    people = (
        select(Person.organization_id, func.count().label("n"))
        .where(Person.organization_id.in_(ids))
        .group_by(Person.organization_id)
        .subquery()
    )
    stmt = (
        select(Organization, Territory.name, people.c.n)
        .outerjoin(Territory, Territory.id == Organization.territory_id)
        .outerjoin(people, people.c.organization_id == Organization.id)
        .where(Organization.id.in_(ids))
    )
    found = {o.id: _org_record(o, t, n or 0) for o, t, n in session.execute(stmt)}
    return [found[i] for i in ids if i in found]


def insert_organization(session: Session, draft: OrganizationDraft, **identity: object) -> int:
    """Insert one organization; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    org = Organization(**{n: getattr(draft, n) for n in ORG_DRAFT_FIELDS}, **identity)
    session.add(org)
    session.flush()
    return org.id


def organization_choices(session: Session, text: str, limit: int = 30) -> list[NamedRef]:
    """Organizations for a completing picker: best matches by name, with their acronym."""
    stmt = select(Organization.id, Organization.name, Organization.short_name)
    stmt = search.restrict_to_matches(stmt, session, "organizations", Organization.id, text)
    stmt = stmt.order_by(Organization.sort_name).limit(limit)
    return [NamedRef(i, n, s) for i, n, s in session.execute(stmt)]


def participations_of_organization(session: Session, org_id: int) -> list[ParticipationSummary]:
    Initiative, Participation = models.Initiative, models.Participation
    stmt = (
        select(
            Initiative.id,
            Initiative.name,
            Participation.role,
            Participation.since,
            Participation.until,
        )
        .join(Participation, Participation.initiative_id == Initiative.id)
        .where(Participation.organization_id == org_id)
        .order_by(Initiative.name, Participation.since)
    )
    return [ParticipationSummary(i, n, r.value, s, u) for i, n, r, s, u in session.execute(stmt)]


# --- people ----------------------------------------------------------------------------------

PERSON_SORT: dict[str, ColumnElement] = {
    "full_name": Person.sort_name,
    "name": Person.sort_name,
    "organization": Organization.sort_name,
    "position": func.lower(Person.position),
    "email": func.lower(Person.email),
    "phone": Person.phone,
    "national_id": Person.national_id,
    "gender": Person.gender,
}


def person_ids(session: Session, query: ListQuery) -> list[int]:
    key = PERSON_SORT.get(query.sort, Person.sort_name)
    stmt = select(Person.id)
    f = query.filters
    needs_org = query.sort == "organization" or any(
        f.get(k) for k in ("actor_type", "government_level", "territory_id")
    )
    if needs_org:
        stmt = stmt.outerjoin(Organization, Organization.id == Person.organization_id)
    if f.get("organization_id"):
        stmt = stmt.where(Person.organization_id == int(f["organization_id"]))
    if "gender" in f:
        # "" stands for "not recorded" (the dashboard's gender chart has that slice too).
        gender = f["gender"]
        stmt = stmt.where(Person.gender.is_(None) if gender == "" else Person.gender == gender)
    if f.get("actor_type"):
        stmt = stmt.where(Organization.actor_type == f["actor_type"])
    if f.get("government_level"):
        stmt = stmt.where(Organization.government_level == f["government_level"])
    if f.get("territory_id"):
        stmt = stmt.where(
            Organization.territory_id.in_(territory_subtree(session, int(f["territory_id"])))
        )
    stmt = search.restrict_to_matches(stmt, session, "people", Person.id, query.text)
    order = list_order(key, Person.id, query.descending, nullable=key is not Person.sort_name)
    return fetch_ids(session, stmt.order_by(*order))


def people_by_ids(session: Session, ids: list[int]) -> list[PersonRecord]:
    if not ids:
        return []
    stmt = (
        select(Person, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Person.id.in_(ids))
    )
    found = {}
    for p, org_name in session.execute(stmt):
        draft = PersonDraft(**{n: getattr(p, n) for n in PERSON_DRAFT_FIELDS})
        found[p.id] = PersonRecord(p.id, p.uuid, draft, org_name, p.created_at, p.updated_at)
    return [found[i] for i in ids if i in found]


def insert_person(session: Session, draft: PersonDraft, **identity: object) -> int:
    person = Person(**{n: getattr(draft, n) for n in PERSON_DRAFT_FIELDS}, **identity)
    session.add(person)
    session.flush()
    return person.id


def folded_name_exists(session: Session, name: str, exclude_id: int | None) -> bool:
    """Whether another organization has the same name up to accents and case."""
    stmt = select(Organization.id).where(Organization.sort_name == fold(name))
    if exclude_id is not None:
        stmt = stmt.where(Organization.id != exclude_id)
    return session.scalar(stmt.limit(1)) is not None


def counts(session: Session) -> dict[str, int]:
    return {
        "organizations": session.scalar(select(func.count()).select_from(Organization)) or 0,
        "people": session.scalar(select(func.count()).select_from(Person)) or 0,
        # By table name: counting must not load the planning models at start-up.
        "initiatives": session.scalar(select(func.count()).select_from(table("initiatives"))) or 0,
        "agendas": session.scalar(select(func.count()).select_from(table("agendas"))) or 0,
    }
