"""Initiatives (mesas) and their participations: list ids, records, writes."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from agencydesk.data.models import (
    Agenda,
    Bottleneck,
    Initiative,
    Organization,
    Participation,
    Person,
    Territory,
)
from agencydesk.data.repos.actors import territory_subtree
from agencydesk.domain.bottlenecks import OPEN
from agencydesk.domain.initiatives import (
    InitiativeDraft,
    InitiativeRecord,
    ParticipationDraft,
    ParticipationRecord,
    is_active,
)
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.domain.text import fold, search_terms

INITIATIVE_FIELDS = tuple(f.name for f in fields(InitiativeDraft))
PARTICIPATION_FIELDS = tuple(f.name for f in fields(ParticipationDraft))
OPEN_BOTTLENECK = sorted(OPEN)


def active_participation(today: date) -> ColumnElement[bool]:
    """The SQL form of ``domain.initiatives.is_active`` (the dashboard uses it too)."""
    return or_(Participation.until.is_(None), Participation.until > today)


def _participant_counts(today: date) -> Any:
    """Organizations taking part today, per initiative."""
    return (
        select(
            Participation.initiative_id.label("initiative_id"),
            func.count(func.distinct(Participation.organization_id)).label("n"),
        )
        .where(active_participation(today))
        .group_by(Participation.initiative_id)
        .subquery()
    )


def _open_bottlenecks() -> Any:
    return (
        select(Bottleneck.initiative_id.label("initiative_id"), func.count().label("n"))
        .where(Bottleneck.status.in_(OPEN_BOTTLENECK))
        .group_by(Bottleneck.initiative_id)
        .subquery()
    )


# --- initiatives -----------------------------------------------------------------------------


def initiative_ids(session: Session, query: ListQuery, today: date) -> list[int]:
    """Ids of the matching initiatives in display order.

    Offices run tens of initiatives, not thousands: the text search folds accents in Python
    ("cafe" finds "Café") rather than keeping a full-text index for this table, and names sort
    by their folded form so "Ácido" sits next to "acero".
    """
    participants, bottlenecks = _participant_counts(today), _open_bottlenecks()
    stmt = (
        select(
            Initiative.id,
            Initiative.name,
            Initiative.sector,
            Initiative.kind,
            Initiative.status,
            Territory.name,
            Agenda.title,
            func.coalesce(participants.c.n, 0),
            func.coalesce(bottlenecks.c.n, 0),
            Initiative.started_on,
        )
        .outerjoin(Territory, Territory.id == Initiative.territory_id)
        .outerjoin(Agenda, Agenda.id == Initiative.agenda_id)
        .outerjoin(participants, participants.c.initiative_id == Initiative.id)
        .outerjoin(bottlenecks, bottlenecks.c.initiative_id == Initiative.id)
    )
    stmt = _filtered(session, stmt, query.filters)
    rows = list(session.execute(stmt))
    terms = [fold(t) for t in search_terms(query.text)]
    if terms:
        rows = [r for r in rows if all(t in fold(f"{r[1]} {r[2] or ''}") for t in terms)]
    column = {
        "name": 1,
        "sector": 2,
        "kind": 3,
        "status": 4,
        "territory": 5,
        "agenda": 6,
        "participants": 7,
        "open_bottlenecks": 8,
        "started_on": 9,
    }.get(query.sort, 1)

    def key(row: Any) -> tuple:
        value = row[column]
        return (fold(value) if isinstance(value, str) else value, fold(row[1]), row[0])

    # Empty values last whichever the direction (a list sorted by agenda ends with the
    # initiatives that have none).
    filled = sorted((r for r in rows if r[column] is not None), key=key, reverse=query.descending)
    empty = sorted((r for r in rows if r[column] is None), key=key)
    rows = filled + empty
    return [r[0] for r in rows]


def _filtered(session: Session, stmt: Select, filters: dict[str, object]) -> Select:
    if filters.get("kind"):
        stmt = stmt.where(Initiative.kind == filters["kind"])
    if filters.get("status"):
        stmt = stmt.where(Initiative.status == filters["status"])
    if filters.get("agenda_id"):
        stmt = stmt.where(Initiative.agenda_id == int(str(filters["agenda_id"])))
    if filters.get("territory_id"):
        within = territory_subtree(session, int(str(filters["territory_id"])))
        stmt = stmt.where(Initiative.territory_id.in_(within))
    return stmt


def initiatives_by_ids(session: Session, ids: list[int], today: date) -> list[InitiativeRecord]:
    """Records for ``ids`` in the order given (missing ids are skipped)."""
    if not ids:
        return []
    participants, bottlenecks = _participant_counts(today), _open_bottlenecks()
    stmt = (
        select(
            Initiative,
            Territory.name,
            Agenda.title,
            Organization.name,
            Person.full_name,
            participants.c.n,
            bottlenecks.c.n,
        )
        .outerjoin(Territory, Territory.id == Initiative.territory_id)
        .outerjoin(Agenda, Agenda.id == Initiative.agenda_id)
        .outerjoin(Organization, Organization.id == Initiative.convener_id)
        .outerjoin(Person, Person.id == Initiative.coordinator_id)
        .outerjoin(participants, participants.c.initiative_id == Initiative.id)
        .outerjoin(bottlenecks, bottlenecks.c.initiative_id == Initiative.id)
        .where(Initiative.id.in_(ids))
    )
    found = {}
    for row, territory, agenda, convener, coordinator, n_part, n_open in session.execute(stmt):
        found[row.id] = InitiativeRecord(
            id=row.id,
            uuid=row.uuid,
            draft=InitiativeDraft(**{n: getattr(row, n) for n in INITIATIVE_FIELDS}),
            territory_name=territory,
            agenda_title=agenda,
            convener_name=convener,
            coordinator_name=coordinator,
            participants_count=n_part or 0,
            open_bottlenecks=n_open or 0,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
    return [found[i] for i in ids if i in found]


def insert_initiative(session: Session, draft: InitiativeDraft, **identity: object) -> int:
    """Insert one initiative; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    row = Initiative(**{n: getattr(draft, n) for n in INITIATIVE_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id


def initiative_choices(session: Session) -> list[NamedRef]:
    stmt = select(Initiative.id, Initiative.name, Initiative.kind)
    refs = [NamedRef(i, n, k.value) for i, n, k in session.execute(stmt)]
    return sorted(refs, key=lambda r: (fold(r.name), r.id))


def agenda_choices(session: Session) -> list[NamedRef]:
    """Agendas by title, for the agenda filter and field when no agenda service is given."""
    refs = [NamedRef(i, t) for i, t in session.execute(select(Agenda.id, Agenda.title))]
    return sorted(refs, key=lambda r: (fold(r.name), r.id))


# --- participations --------------------------------------------------------------------------


def participations(
    session: Session,
    today: date,
    *,
    initiative_id: int | None = None,
    ids: list[int] | None = None,
    include_past: bool = True,
) -> list[ParticipationRecord]:
    """An initiative's participations (or the rows ``ids``): by organization, then the ones
    still taking part first, then by role and representation."""
    stmt = (
        select(
            Participation,
            Organization.name,
            Organization.actor_type,
            Organization.government_level,
            Person.full_name,
            Person.gender,
        )
        .join(Organization, Organization.id == Participation.organization_id)
        .outerjoin(Person, Person.id == Participation.person_id)
    )
    if initiative_id is not None:
        stmt = stmt.where(Participation.initiative_id == initiative_id)
    if ids is not None:
        stmt = stmt.where(Participation.id.in_(ids))
    if not include_past:
        stmt = stmt.where(active_participation(today))
    records = [
        ParticipationRecord(
            id=p.id,
            draft=ParticipationDraft(**{n: getattr(p, n) for n in PARTICIPATION_FIELDS}),
            organization_name=org_name,
            actor_type=actor_type,
            government_level=level,
            person_name=person_name,
            person_gender=gender,
            active=is_active(p.until, today),
            uuid=p.uuid,
            created_at=p.created_at,
        )
        for p, org_name, actor_type, level, person_name, gender in session.execute(stmt)
    ]
    roles = {role: i for i, role in enumerate(type(records[0].draft.role))} if records else {}
    records.sort(
        key=lambda r: (
            fold(r.organization_name),
            r.draft.organization_id,
            not r.active,
            roles.get(r.draft.role, 0),
            r.draft.representation.value != "titular",
            fold(r.person_name),
            r.id,
        )
    )
    return records


def insert_participation(session: Session, draft: ParticipationDraft, **identity: object) -> int:
    row = Participation(**{n: getattr(draft, n) for n in PARTICIPATION_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id
