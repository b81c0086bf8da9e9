"""What handlers of records that live inside a plan or a meeting share.

Their indexes hold only that plan's (or meeting's) records, so a row exported from another
plan carries a uuid the index does not know, and which the table already has: storing it again
would break the uuid's uniqueness. Such a row is a new record and gets a new uuid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agencydesk.data.repos.bulk import ids_by_uuid
from agencydesk.data.repos.importing import Session
from agencydesk.services.importing.handlers import valid_uuid


def free_uuids(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """The valid uuids of ``rows`` that no record of ``table`` has yet (chunked queries)."""
    wanted = {u for values in rows if (u := valid_uuid(values.get("uuid")))}
    if not wanted:
        return set()
    return wanted - set(ids_by_uuid(session, table, wanted))


def kept_uuid(values: Mapping[str, Any], free: set[str]) -> dict[str, str]:
    """``{"uuid": ...}`` for a row whose uuid may be stored, else {} (a new one is made)."""
    uid = valid_uuid(values.get("uuid"))
    return {"uuid": uid} if uid and uid in free else {}
