"""Organization names in a sheet, matched to the directory or created with the batch.

A people, actions, agreements or attendance sheet names organizations as text ("Municipalidad
Provincial de Coronel Portillo", "Café Sierra S.C."). They are compared with the directory by
``names.organization_key`` (accents, case, punctuation and legal-form suffixes ignored), read
in one query; names that match nothing are created once each, with the type their name says
("Municipalidad Distrital de Yarinacocha": public, local; "Universidad Nacional de Ucayali":
academia; ``org_types.type_from_name``), else with the type the user chose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActorType, AuditAction
from agencydesk.domain.importing.names import acronym_key, organization_key
from agencydesk.domain.importing.org_types import TypeFromName, type_from_name
from agencydesk.domain.text import fold


def directory(session: Session) -> dict[str, int]:
    """organization_key -> id of every organization (the oldest wins a shared key), and
    acronym_key -> id for each short name ("GERFFS") held by one organization only. Look names
    up with ``organization_in``."""
    found: dict[str, int] = {}
    acronyms: dict[str, list[int]] = {}
    for row_id, name, short in repo.fetch_rows(
        session, "organizations", ("id", "name", "short_name")
    ):
        key = organization_key(name)
        if key and key not in found:
            found[key] = row_id
        if short_key := acronym_key(short):
            acronyms.setdefault(short_key, []).append(row_id)
    for short_key, ids in acronyms.items():
        if len(ids) == 1:  # "GERFFS" names an organization only if only one has it
            found[short_key] = ids[0]
    return found


def organization_in(known: Mapping[str, int], name: str) -> int | None:
    """The id of the organization ``name`` names in a ``directory``: by its name, else by a
    unique short name equal to the whole of ``name``."""
    found = known.get(organization_key(name))
    if found is None and (key := acronym_key(name)):
        found = known.get(key)
    return found


def created_type(name: str, chosen: ActorType) -> tuple[TypeFromName, bool]:
    """The type (and level) an organization created from ``name`` gets, and whether its name
    said it: a ministry, a municipality or a university is not made "private" because the
    user chose that type for the names that say nothing ("Comercial López")."""
    said = type_from_name(name)
    return (said, True) if said is not None else (TypeFromName(chosen), False)


def create_organizations(
    session: Session,
    names: Iterable[str],
    known: dict[str, int],
    actor_type: ActorType,
    user: str | None,
) -> tuple[list[str], list[int], list[dict]]:
    """Create the organizations of ``names`` whose key is not in ``known`` (updated in place).

    Each gets the type its name says (``created_type``), else ``actor_type``, the user's
    choice. Returns the names created, their ids, and their audit entries (written by the
    caller with the batch's others).
    """
    wanted: dict[str, str] = {}
    for name in names:
        key = organization_key(name)
        if key and key not in wanted and organization_in(known, name) is None:
            wanted[key] = " ".join(str(name).split())
    if not wanted:
        return [], [], []
    rows: list[dict[str, Any]] = []
    for name in wanted.values():
        said, _ = created_type(name, actor_type)
        row = {"name": name, "sort_name": fold(name), "actor_type": said.actor_type}
        if said.government_level is not None:
            row["government_level"] = said.government_level
        rows.append(row)
    ids = repo.insert_many(session, "organizations", rows)
    known.update(zip(wanted, ids, strict=True))
    audit = [
        {
            "user": user,
            "entity": "organization",
            "entity_id": row_id,
            "action": AuditAction.CREATE,
            "changes": {
                column: [None, value.value if isinstance(value, StrEnum) else value]
                for column, value in row.items()
                if column != "sort_name"  # derived from the name, never shown
            },
        }
        for row_id, row in zip(ids, rows, strict=True)
    ]
    return list(wanted.values()), ids, audit
