"""People of the directory named in a meeting's sheets (agreements, attendance), found in
memory: the directory is read once (two queries), never once per row."""

from __future__ import annotations

from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos import importing_batches as batches
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.importing.names import (
    email_key,
    names_agree,
    organization_key,
    person_key,
    tax_key,
)
from agencydesk.services.importing.handlers import ApplyContext

PERSON_REASONS = {
    "unknown_person": "no person with this name in the directory",
    "ambiguous_person": "several people in the directory have this name: "
    "add their organization, e-mail or ID",
}


def as_text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


class PeopleIndex:
    """The directory's people by ID, e-mail and name (with their organization's key), so a
    name is found once, in memory, for every row."""

    __slots__ = ("by_email", "by_id", "by_name", "names", "organization_of")

    def __init__(self, session: Session) -> None:
        org_keys = {
            row_id: organization_key(name)
            for row_id, name in repo.fetch_rows(session, "organizations", ("id", "name"))
        }
        self.by_id: dict[str, int] = {}
        # e-mail key -> [(id, person_key)] of everyone with the address, oldest first
        self.by_email: dict[str, list[tuple[int, str]]] = {}
        # person_key -> [(id, organization key, national id key)], oldest first
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        self.names: dict[int, str] = {}
        self.organization_of: dict[int, int | None] = {}
        columns = ("id", "full_name", "national_id", "email", "organization_id")
        for row_id, name, national_id, email, org_id in repo.fetch_rows(session, "people", columns):
            id_k = tax_key(national_id)
            if id_k:
                self.by_id.setdefault(id_k, row_id)
            name_k = person_key(name)
            if e_key := email_key(email):
                self.by_email.setdefault(e_key, []).append((row_id, name_k))
            org_k = org_keys.get(org_id, "") if org_id is not None else ""
            self.by_name.setdefault(name_k, []).append((row_id, org_k, id_k))
            self.names[row_id] = name
            self.organization_of[row_id] = org_id

    def find(
        self,
        name: Any,
        organization: Any = None,
        national_id: Any = None,
        email: Any = None,
    ) -> tuple[int, str] | str | None:
        """(person id, what matched) for a row; "ambiguous_person" when several people fit
        the name equally; None when nobody does.

        By ID, then e-mail, then name. A namesake with another ID is another person; so is
        someone with the same e-mail whose name clearly differs (the shared address of an
        office, its mesa de partes). With an organization, its people come first; without one
        (or none of them fits), the name must be unique in the directory.
        """
        id_k = tax_key(as_text(national_id))
        if id_k and (found := self.by_id.get(id_k)):
            return found, "national_id"
        name_k = person_key(as_text(name))
        for person_id, its_name in self.by_email.get(email_key(as_text(email)), ()):
            if names_agree(name_k, its_name):
                return person_id, "email"
        candidates = [
            (pid, org_k)
            for pid, org_k, other_id in self.by_name.get(name_k, [])
            if not (id_k and other_id and other_id != id_k)
        ]
        if organization not in (None, ""):
            org_k = organization_key(str(organization))
            same_org = [pid for pid, k in candidates if k and k == org_k]
            if len(same_org) == 1:
                return same_org[0], "name"
            if len(same_org) > 1:
                return "ambiguous_person"
        if len(candidates) == 1:
            return candidates[0][0], "name"
        return "ambiguous_person" if candidates else None


def people_of(ctx: ApplyContext) -> PeopleIndex:
    """The directory's people, read once per batch (``columns`` runs per row)."""
    found = ctx.memo.get("people")
    if found is None:
        found = ctx.memo["people"] = PeopleIndex(ctx.session)
    return found


def create_people(ctx: ApplyContext, rows: list[dict[str, Any]]) -> list[tuple[int, int | None]]:
    """Add people to the directory in one insert (audited, and kept for undo); their
    (id, organization id) in the order given."""
    ids = repo.insert_many(ctx.session, "people", rows)
    ctx.note_created("people", ids)
    batches.insert_audit(
        ctx.session,
        [
            {
                "user": ctx.user,
                "entity": "person",
                "entity_id": person_id,
                "action": AuditAction.CREATE,
                "changes": {
                    k: [None, batches.to_json(v)]
                    for k, v in row.items()
                    if v is not None and k != "sort_name"
                },
            }
            for person_id, row in zip(ids, rows, strict=True)
        ],
    )
    return [(i, row.get("organization_id")) for i, row in zip(ids, rows, strict=True)]
