"""What handlers of records that live inside a plan or a meeting share.

Their indexes hold only that plan's (or meeting's) records, so a row exported from another
plan carries a uuid the index does not know, and which the table already has: storing it again
would break the uuid's uniqueness. Such a row is a new record and gets a new uuid.

But such a row must never be matched to ANOTHER record of the chosen plan or meeting by its
number, code, title or person: agreement 1 of meeting 1 is not agreement 1 of meeting 3, and
"update the matches" would overwrite meeting 3's agreement with meeting 1's text. A user who
picked the wrong meeting (or plan) would not notice; the row is rejected instead, with a reason
saying that it is a record of another meeting or plan (``other_scope``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.bulk import ids_by_uuid
from agencydesk.data.repos.importing import Session
from agencydesk.services.importing.handlers import KeyIndex, valid_uuid

# The reasons of a row that is a record of another meeting or plan (``other_scope``).
SCOPE_REASONS = {
    "other_meeting": "this row is a record of another meeting (by its uuid): "
    "check that the right meeting is chosen",
    "other_plan": "this row is a record of another plan (by its uuid): "
    "check that the right plan is chosen",
}


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


def foreign_uuids(session: Session, table: str, column: str, scope: int | None) -> frozenset[str]:
    """The uuids of the records of ``table`` whose ``column`` (``plan_id``, ``meeting_id``) is
    not ``scope``: one query. Empty when there is no scope yet (a plan the import creates, whose
    rows can match nothing)."""
    if scope is None:
        return frozenset()
    rows = repo.fetch_rows(session, table, ("uuid", column))
    return frozenset(uid for uid, owner in rows if uid and owner != scope)


def other_scope(
    index: KeyIndex,
    values: Mapping[str, Any],
    reason: str,
    clashes: Callable[[], bool] | None = None,
) -> list[tuple[str | None, str]]:
    """``[("uuid", reason)]`` when the row's uuid is a record outside the index's plan or
    meeting, and (if ``clashes`` is given) ``clashes()``: the row would match one of the plan's
    records, or take its code, had it no uuid.

    An agreement, a line of an attendance list, a measurement or a progress update belongs to
    its meeting or plan: copied into another it would be false, so it is always refused. An
    action is different: copying a plan's actions into a new plan is what an exported sheet is
    for too, so an action of another plan whose code is free here stays a new record (a copy,
    with a new uuid); ``clashes`` says when it is not free.
    """
    uid = valid_uuid(values.get("uuid"))
    if uid and uid in index.elsewhere and (clashes is None or clashes()):
        return [("uuid", reason)]
    return []
