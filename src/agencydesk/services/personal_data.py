"""A person's personal data at their request (Peru's Ley 29733, Chile's Ley 19.628, Mexico's
LFPDPPP): everything the office holds about them, exported as JSON (here) or PDF (the
``person-data`` document), and their erasure.

Erasing anonymises the person in place: the row stays, named "Persona anonimizada #id",
with every personal field emptied, so the attendance, agreements and participations that
point at it keep their counts. In the same transaction the audit trail's earlier entries about
the person have their personal values replaced by an "erased" mark, import batches drop the
values they kept to undo an update of the person, and the erasure itself is recorded as an
update whose changes carry no old value. On SQLite the connection overwrites freed space
with zeros, the search index is merged, and afterwards the file is rewritten without its free
space (VACUUM: earlier edits of the person left old values there) and the write-ahead log
emptied, so the old values are nowhere in the database file. Backups made before keep them: they are
copies of the file as it was.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from agencydesk.data.models import Person
from agencydesk.data.repos import actors as actors_repo
from agencydesk.data.repos import agreements as agreements_repo
from agencydesk.data.repos import personal_data as repo
from agencydesk.data.repos.common import audit, get_or_raise, jsonable
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError
from agencydesk.domain.history import ERASED_MARK
from agencydesk.domain.personal_data import (
    PERSONAL_FIELDS,
    ErasePreview,
    EraseResult,
    PersonData,
    anonymous_name,
)
from agencydesk.services.history import read_history

EXPORT_FORMAT = "agencydesk-person-data"
EXPORT_VERSION = 1


class PersonalDataService:
    def __init__(self, uow: UnitOfWork, current_user: Callable[[], str | None]) -> None:
        self._uow = uow
        self._user = current_user

    # --- reading ---------------------------------------------------------------------------

    def collect(self, person_id: int) -> PersonData:
        """Everything about the person (UserError not_found if there is no such person)."""
        with self._uow() as s:
            record = self._person(s, person_id)
            related = repo.related_rows(s, person_id)
            return PersonData(
                person=record,
                participations=tuple(repo.participations(s, person_id)),
                attendance=tuple(repo.attendance(s, person_id)),
                agreements=tuple(
                    agreements_repo.records_by_ids(s, repo.agreement_ids(s, person_id))
                ),
                coordinated=tuple(repo.coordinated(s, person_id)),
                history=tuple(read_history(s, "person", person_id, related)),
            )

    def export_dict(self, person_id: int) -> dict[str, Any]:
        """The JSON export: every field, participations, attendance, agreements where they
        are responsible, initiatives they coordinate, and the audit entries about them as
        stored (times in UTC)."""
        data = self.collect(person_id)
        with self._uow() as s:
            keys = {"person": [person_id], **repo.related_rows(s, person_id)}
            entries = repo.raw_entries(s, keys)
        person = data.person
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "person": {
                "id": person.id,
                "uuid": person.uuid,
                "created_at": _iso(person.created_at),
                "updated_at": _iso(person.updated_at),
                **_plain(asdict(person.draft)),
                "organization": person.organization_name,
            },
            "participations": [_plain(asdict(p)) for p in data.participations],
            "attendance": [_plain(asdict(a)) for a in data.attendance],
            "agreements_responsible": [
                {
                    "id": a.id,
                    "uuid": a.uuid,
                    "meeting_id": a.draft.meeting_id,
                    "meeting_number": a.meeting_number,
                    "meeting_title": a.meeting_title,
                    **_plain(asdict(a.draft)),
                }
                for a in data.agreements
            ],
            "initiatives_coordinated": [{"id": r.id, "name": r.name} for r in data.coordinated],
            "audit_entries": [
                {**e, "at": _iso(e["at"], utc=True), "changes": e["changes"]} for e in entries
            ],
        }

    def write_json(self, person_id: int, out: Path) -> Path:
        """Write the JSON export to ``out`` (a temporary name, then renamed: a failure leaves
        no half file). UserError export_cannot_write when the folder refuses it."""
        data = self.export_dict(person_id)
        out = Path(out)
        temporary = out.with_name(f".{out.name}.part")
        try:
            with temporary.open("w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=2)
                f.write("\n")
            os.replace(temporary, out)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise UserError(
                "export_cannot_write", path=str(out), reason=exc.strerror or str(exc)
            ) from exc
        return out

    def erase_preview(self, person_id: int) -> ErasePreview:
        """What an erasure keeps and where else their name or contacts appear as text."""
        with self._uow() as s:
            record = self._person(s, person_id)
            related = repo.related_rows(s, person_id)
            d = record.draft
            values = [d.full_name, d.email or "", d.phone or "", d.national_id or ""]
            return ErasePreview(
                person_id=person_id,
                full_name=d.full_name,
                new_name=anonymous_name(person_id),
                attendance=len(related["attendance"]),
                agreements=len(related["agreement"]),
                participations=len(related["participation"]),
                coordinated=len(repo.coordinated(s, person_id)),
                mentions=tuple(repo.mentions(s, values)),
            )

    # --- erasing ---------------------------------------------------------------------------

    def erase(self, person_id: int) -> EraseResult:
        """Anonymise the person (see the module's docstring); one transaction. Not undoable:
        nothing of the old values is kept anywhere to undo it with."""
        with self._uow(write=True) as s:
            repo.start_secure_erase(s)
            row = get_or_raise(s, Person, person_id, "person")
            before = self._person(s, person_id).draft
            new_name = anonymous_name(person_id)
            changes: dict[str, Any] = {"erased": [False, True]}
            for name in PERSONAL_FIELDS:
                old = getattr(before, name)
                new = new_name if name == "full_name" else None
                if old not in (None, "") or new is not None:
                    changes[name] = [ERASED_MARK if old not in (None, "") else None, new]
                setattr(row, name, new)
            scrubbed = repo.scrub_audit(s, person_id, PERSONAL_FIELDS)
            batches = repo.scrub_import_undo(s, person_id)
            audit(s, self._user(), "person", person_id, AuditAction.UPDATE, changes)
            s.flush()
            repo.compact_search_index(s)
            saved = self._person(s, person_id)
        compacted = repo.reclaim(self._uow.engine)
        return EraseResult(saved, scrubbed, batches, compacted)

    @staticmethod
    def _person(s: Any, person_id: int) -> Any:
        found = actors_repo.people_by_ids(s, [person_id])
        if not found:
            raise UserError("not_found", entity="person")
        return found[0]


def _iso(value: datetime | date | None, utc: bool = False) -> str | None:
    if value is None:
        return None
    if utc and isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in values.items()}
