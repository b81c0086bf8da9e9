"""Organization names in a sheet, matched to the directory or created with the batch.

A people, actions, agreements or attendance sheet names organizations as text ("Municipalidad
Provincial de Coronel Portillo", "Café Sierra S.C."). They are compared with the directory by
``names.organization_key`` (accents, case, punctuation and legal-form suffixes ignored), read
in one query; names that match nothing are created once each, with the type the user chose.
"""

from __future__ import annotations

from collections.abc import Iterable

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActorType, AuditAction
from agencydesk.domain.importing.names import organization_key
from agencydesk.domain.text import fold


def directory(session: Session) -> dict[str, int]:
    """organization_key -> id of every organization (the oldest wins a shared key)."""
    found: dict[str, int] = {}
    for row_id, name in repo.fetch_rows(session, "organizations", ("id", "name")):
        key = organization_key(name)
        if key and key not in found:
            found[key] = row_id
    return found


def create_organizations(
    session: Session,
    names: Iterable[str],
    known: dict[str, int],
    actor_type: ActorType,
    user: str | None,
) -> tuple[list[str], list[int], list[dict]]:
    """Create the organizations of ``names`` whose key is not in ``known`` (updated in place).

    Returns the names created, their ids, and their audit entries (written by the caller with
    the batch's others).
    """
    wanted: dict[str, str] = {}
    for name in names:
        key = organization_key(name)
        if key and key not in known and key not in wanted:
            wanted[key] = " ".join(str(name).split())
    if not wanted:
        return [], [], []
    rows = [
        {"name": name, "sort_name": fold(name), "actor_type": actor_type}
        for name in wanted.values()
    ]
    ids = repo.insert_many(session, "organizations", rows)
    known.update(zip(wanted, ids, strict=True))
    audit = [
        {
            "user": user,
            "entity": "organization",
            "entity_id": row_id,
            "action": AuditAction.CREATE,
            "changes": {"name": [None, name], "actor_type": [None, actor_type.value]},
        }
        for row_id, name in zip(ids, wanted.values(), strict=True)
    ]
    return list(wanted.values()), ids, audit
