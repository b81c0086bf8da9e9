"""Queries and writes for a person's personal data: where they appear, and the erasure's
scrubbing of the audit trail, import undo data, the search index and freed pages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, Text, func, or_, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased

from agencydesk.data import models
from agencydesk.data.models import Organization
from agencydesk.data.models.meetings import Agreement, Attendance, Meeting
from agencydesk.data.models.planning import Agenda, Initiative, Participation
from agencydesk.data.repos.history import row_name
from agencydesk.domain.enums import ParticipationRole, Representation
from agencydesk.domain.history import ERASED_MARK
from agencydesk.domain.personal_data import PersonAttendance, PersonParticipation, TextMention
from agencydesk.domain.records import NamedRef

# Tables whose text is not the office's writing about others: the person's own row (erased
# field by field), the audit trail and import undo data (scrubbed), import settings.
_NOT_SEARCHED = {"people", "audit_entries", "import_batches", "import_mappings", "alembic_version"}
MENTIONS_LIMIT = 50


def participations(session: Session, person_id: int) -> list[PersonParticipation]:
    p = Participation
    stmt = (
        select(
            p.initiative_id,
            Initiative.name,
            Organization.name,
            p.role,
            p.representation,
            p.since,
            p.until,
        )
        .join(Initiative, Initiative.id == p.initiative_id)
        .join(Organization, Organization.id == p.organization_id)
        .where(p.person_id == person_id)
        .order_by(p.since, p.id)
    )
    return [
        PersonParticipation(
            r[0], r[1], r[2], ParticipationRole(r[3]), Representation(r[4]), r[5], r[6]
        )
        for r in session.execute(stmt)
    ]


def attendance(session: Session, person_id: int) -> list[PersonAttendance]:
    a = Attendance
    org = aliased(Organization)
    stmt = (
        select(
            Meeting.id,
            Meeting.number,
            Meeting.title,
            func.coalesce(Initiative.name, Agenda.title, ""),
            Meeting.starts_at,
            org.name,
            a.invited,
            a.attended,
            a.excused,
            a.representation,
        )
        .join(Meeting, Meeting.id == a.meeting_id)
        .outerjoin(Initiative, Initiative.id == Meeting.initiative_id)
        .outerjoin(Agenda, Agenda.id == Meeting.agenda_id)
        .outerjoin(org, org.id == a.organization_id)
        .where(a.person_id == person_id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [
        PersonAttendance(
            r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7]), bool(r[8]),
            Representation(r[9]),
        )
        for r in session.execute(stmt)
    ]  # fmt: skip


def agreement_ids(session: Session, person_id: int) -> list[int]:
    stmt = select(Agreement.id).where(Agreement.responsible_person_id == person_id)
    return list(session.scalars(stmt.order_by(Agreement.id)))


def coordinated(session: Session, person_id: int) -> list[NamedRef]:
    stmt = select(Initiative.id, Initiative.name).where(Initiative.coordinator_id == person_id)
    return [NamedRef(i, n) for i, n in session.execute(stmt.order_by(Initiative.name))]


def related_rows(session: Session, person_id: int) -> dict[str, list[int]]:
    """The rows about the person (entity → ids): their audit entries belong to their data."""
    return {
        "attendance": list(
            session.scalars(select(Attendance.id).where(Attendance.person_id == person_id))
        ),
        "participation": list(
            session.scalars(select(Participation.id).where(Participation.person_id == person_id))
        ),
        "agreement": agreement_ids(session, person_id),
    }


def raw_entries(session: Session, keys: dict[str, Iterable[int]]) -> list[dict[str, Any]]:
    """The audit entries of those rows as stored (for the JSON export), oldest first."""
    audit = models.AuditEntry
    out = []
    for entity, ids in keys.items():
        ids = sorted(ids)
        if not ids:
            continue
        stmt = select(audit).where(audit.entity == entity, audit.entity_id.in_(ids))
        out.extend(
            {
                "id": row.id,
                "at": row.at,
                "user": row.user,
                "entity": row.entity,
                "entity_id": row.entity_id,
                "action": str(row.action),
                "changes": row.changes,
            }
            for row in session.scalars(stmt)
        )
    out.sort(key=lambda e: e["id"])
    return out


# --- erasing ---------------------------------------------------------------------------------


def scrub_audit(session: Session, person_id: int, fields: Iterable[str]) -> int:
    """Replace the person's personal values in every audit entry of their record by the
    erased mark (before and after); returns how many entries changed."""
    audit = models.AuditEntry
    wanted = set(fields)
    changed = 0
    stmt = select(audit).where(audit.entity == "person", audit.entity_id == person_id)
    for row in session.scalars(stmt):
        changes = dict(row.changes or {})
        touched = False
        for name in wanted & set(changes):
            pair = changes[name]
            if isinstance(pair, list):
                scrubbed = [None if v is None else ERASED_MARK for v in pair]
            else:
                scrubbed = None if pair is None else ERASED_MARK
            if scrubbed != pair:
                changes[name] = scrubbed
                touched = True
        if touched:
            row.changes = changes  # a new dict: the JSON column sees the change
            changed += 1
    return changed


def scrub_import_undo(session: Session, person_id: int) -> int:
    """Drop the person's previous values from the undo data of import batches that updated
    them (undoing such a batch leaves the person as erased); returns the batches changed."""
    batch = models.ImportBatch
    key = str(person_id)
    changed = 0
    for row in session.scalars(select(batch)):
        data = row.undo_data or {}
        people = (data.get("updated") or {}).get("people") or {}
        if key not in people:
            continue
        people = {k: v for k, v in people.items() if k != key}
        updated = {**data["updated"], "people": people}
        row.undo_data = {**data, "updated": updated}
        changed += 1
    return changed


def mentions(session: Session, values: Iterable[str]) -> list[TextMention]:
    """Free texts of other records where one of ``values`` appears (case-insensitive)."""
    needles = [v.lower() for v in values if v and len(v.strip()) >= 4]
    if not needles:
        return []
    found: list[TextMention] = []
    for t in models.schema().sorted_tables:
        if t.name in _NOT_SEARCHED or "id" not in t.c:
            continue
        columns = [c for c in t.c if isinstance(c.type, String | Text) and c.name != "uuid"]
        if not columns:
            continue
        matches = [func.lower(c).contains(n, autoescape=True) for c in columns for n in needles]
        stmt = select(t).where(or_(*matches)).limit(MENTIONS_LIMIT)
        for row in session.execute(stmt).mappings():
            for c in columns:
                value = (row[c.name] or "").lower() if isinstance(row[c.name], str) else ""
                if any(n in value for n in needles):
                    found.append(TextMention(t.name, row["id"], c.name, row_name(t.name, row)))
        if len(found) >= MENTIONS_LIMIT:
            break
    return found[:MENTIONS_LIMIT]


def start_secure_erase(session: Session) -> None:
    """SQLite: from now on this connection overwrites deleted content with zeros, so the old
    values do not linger in freed space of the file."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def compact_search_index(session: Session) -> None:
    """SQLite: merge the people search index so no segment keeps the old words (FTS5 keeps
    deleted terms until a merge)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO people_fts(people_fts) VALUES ('optimize')"))


def reclaim(engine: Engine) -> bool:
    """SQLite: rewrite the file without its free space (VACUUM: earlier edits leave old values
    in freed pages) and empty the write-ahead log. False when another connection is busy
    and it could not be done now (the erasure itself is committed either way)."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM refuses a transaction
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            cursor.close()
    except sqlite3.OperationalError:
        return False
    finally:
        raw.close()
    return True
