"""Writes the demo data set into an empty database, in one transaction.

The data modules describe rows as dicts whose foreign keys are *keys* (stable strings such as
``"produce"`` or ``"mef/CB-01"``); this module turns them into ids as it inserts, table by
table, in an order the foreign keys accept. Every row's uuid is derived from its table and key,
and every timestamp from ``today`` (``Days.moment``), so the same ``today`` always gives the same
database (but for a demo loaded before 08:00 UTC of the real day: see there).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from agencydesk.data import search
from agencydesk.data.repos import bulk
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError
from agencydesk.services.demo import (
    agendas,
    bottlenecks,
    indicators,
    initiatives,
    meetings,
    organizations,
    people,
    plans,
    territories,
)
from agencydesk.services.demo.dates import Days

# Fixed forever: changing it would change every demo uuid and defeat merging across databases.
DEMO_NAMESPACE = uuid.UUID("5d6b1f0e-2c47-4f1a-9e3b-7a8c0d4e6f21")

# What the database must not hold for the demo to be written.
USER_DATA = ("organizations", "people", "agendas", "initiatives")

# table → entity name in the returned counts, in the order they are reported
REPORTED = {
    "territories": "territories",
    "organizations": "organizations",
    "people": "people",
    "agendas": "agendas",
    "goals": "goals",
    "agenda_priorities": "agenda_priorities",
    "initiatives": "initiatives",
    "participations": "participations",
    "bottlenecks": "bottlenecks",
    "bottleneck_status_changes": "bottleneck_status_changes",
    "action_plans": "action_plans",
    "actions": "actions",
    "funding_lines": "funding_lines",
    "indicators": "indicators",
    "measurements": "measurements",
    "meetings": "meetings",
    "meeting_status_changes": "meeting_status_changes",
    "meeting_agenda_items": "agenda_items",
    "agenda_item_bottlenecks": "agenda_item_bottlenecks",
    "attendances": "attendances",
    "agreements": "agreements",
}


def load_demo(
    uow: UnitOfWork, today: date | None = None, path: str | None = None
) -> dict[str, int]:
    """Fill an empty database with the demo; returns how many rows of each entity it wrote.

    Raises ``UserError("demo_not_empty")`` if the database already has organizations, people,
    agendas or initiatives. Territories already there with the demo's uuids are reused.
    """
    days = Days(today or date.today())
    with uow(write=True) as session:
        if bulk.has_rows(session, USER_DATA):
            raise UserError("demo_not_empty", path=path or str(uow.engine.url.database))
        writer = _Writer(session, days.moment())
        writer.insert("territories", territories.territories(), reuse_existing=True)
        with search.bulk_loading(session):
            writer.insert("organizations", organizations.organizations(days))
            writer.insert("people", people.people(days))
        writer.insert("agendas", agendas.agendas(days))
        writer.insert("goals", agendas.goals())
        writer.insert("agenda_priorities", agendas.priorities())
        writer.insert("initiatives", initiatives.initiatives(days))
        participation_rows = initiatives.participations(days)
        writer.insert("participations", participation_rows)
        meeting_rows = meetings.meetings(days)
        writer.insert("meetings", meeting_rows)
        writer.insert("meeting_status_changes", meetings.status_changes(meeting_rows, days))
        writer.insert("meeting_agenda_items", meetings.agenda_items())
        writer.insert("attendances", attendances(meeting_rows, participation_rows))
        bottleneck_rows = bottlenecks.bottlenecks(days)
        writer.insert("bottlenecks", bottleneck_rows)
        writer.insert(
            "bottleneck_status_changes", bottlenecks.status_changes(bottleneck_rows, days)
        )
        writer.insert("agenda_item_bottlenecks", meetings.agenda_item_bottlenecks())
        writer.insert("action_plans", plans.plans(days))
        action_rows, funding_rows = plans.actions(days)
        writer.insert("actions", action_rows)
        writer.insert("funding_lines", funding_rows)
        indicator_rows, measurement_rows = indicators.indicators(days)
        writer.insert("indicators", indicator_rows)
        writer.insert("measurements", measurement_rows)
        writer.insert("agreements", meetings.agreements(days))
    return {name: writer.counts.get(table, 0) for table, name in REPORTED.items()}


def attendances(
    meeting_rows: list[dict[str, Any]], participation_rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Who was invited to each session and who came, from the initiative's participants.

    The titulars active on the day are invited. In a held session most attend; a few excuse
    themselves (their alternate, if any, comes instead) and a few simply do not come. A planned
    session has invitations only.
    """
    rows = []
    for meeting in meeting_rows:
        day = meeting["starts_at"].date()
        active = [
            p
            for p in participation_rows
            if p["initiative_id"] == meeting["initiative_id"]
            and p["since"] <= day
            and (p["until"] is None or p["until"] >= day)
        ]
        alternates = {p["organization_id"]: p for p in active if p["representation"] != "titular"}
        held = meeting["status"] in ("held", "minutes_approved")
        for i, p in enumerate(p for p in active if p["representation"] == "titular"):
            alternate = alternates.get(p["organization_id"])
            if alternate is not None:
                excused = (i + meeting["number"]) % 3 == 0
                attended = not excused
            else:
                turn = (i * 5 + meeting["number"] * 3) % 11
                excused, attended = turn == 0, turn not in (0, 7)
            excused, attended = held and excused, held and attended
            rows.append(_attendance(meeting["key"], p, attended=attended, excused=excused))
            if excused and alternate is not None:
                rows.append(_attendance(meeting["key"], alternate, attended=True, excused=False))
    return rows


def _attendance(
    meeting: str, p: dict[str, Any], *, attended: bool, excused: bool
) -> dict[str, Any]:
    return {
        "key": f"{meeting}/{p['person_id'] or p['organization_id']}",
        "meeting_id": meeting,
        "person_id": p["person_id"],
        "organization_id": p["organization_id"],
        "invited": True,
        "attended": attended,
        "excused": excused,
        "representation": p["representation"],
    }


class _Writer:
    """Inserts keyed rows, remembering each table's key → id for the tables that follow."""

    def __init__(self, session: Any, stamp: datetime) -> None:
        self.session = session
        self.stamp = stamp
        self.ids: dict[str, dict[str, int]] = {}
        self.counts: dict[str, int] = {}

    def insert(
        self, table: str, rows: list[dict[str, Any]], *, reuse_existing: bool = False
    ) -> None:
        references = bulk.foreign_keys(table)
        self_refs = [c for c, target in references.items() if target == table]
        known = self.ids.setdefault(table, {})
        self.counts.setdefault(table, 0)
        remaining = rows
        while remaining:
            # Rows pointing at rows of the same table (a territory's parent) wait their turn.
            ready = [r for r in remaining if all(_ready(r.get(c), known) for c in self_refs)]
            if not ready:
                raise ValueError(f"{table}: rows point at keys that do not exist")
            self._insert_batch(table, ready, references, reuse_existing)
            remaining = [r for r in remaining if r["key"] not in known]

    def _insert_batch(
        self,
        table: str,
        rows: list[dict[str, Any]],
        references: dict[str, str],
        reuse_existing: bool,
    ) -> None:
        known = self.ids[table]
        prepared: dict[str, dict[str, Any]] = {}
        for source in rows:
            row = dict(source)
            key = row.pop("key")
            if key in known or key in prepared:
                raise ValueError(f"{table}: key {key!r} used twice")
            for column, target in references.items():
                value = row.get(column)
                if isinstance(value, str):
                    try:
                        row[column] = self.ids[target][value]
                    except KeyError:
                        raise KeyError(f"{table}.{column}: no {target} {value!r}") from None
            row["uuid"] = str(uuid.uuid5(DEMO_NAMESPACE, f"{table}/{key}"))
            row["created_at"] = row["updated_at"] = self.stamp
            prepared[key] = row
        if reuse_existing:
            existing = bulk.ids_by_uuid(self.session, table, [r["uuid"] for r in prepared.values()])
            for key, row in list(prepared.items()):
                if row["uuid"] in existing:
                    known[key] = existing[row["uuid"]]
                    del prepared[key]
        new_ids = bulk.insert_rows(self.session, table, list(prepared.values()))
        known.update(zip(prepared, new_ids, strict=True))
        self.counts[table] += len(new_ids)


def _ready(value: object, known: dict[str, int]) -> bool:
    return not isinstance(value, str) or value in known
