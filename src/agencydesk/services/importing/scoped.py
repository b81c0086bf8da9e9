"""What handlers of records that live inside a plan or a meeting share.

Their indexes hold only that plan's (or meeting's) records, so a row exported from another
plan carries a uuid the index does not know, and which the table already has: storing it again
would break the uuid's uniqueness. Such a row is a new record and gets a new uuid.

But such a row must never be matched to ANOTHER record of the chosen plan or meeting by its
number, code, title or person: agreement 1 of meeting 1 is not agreement 1 of meeting 3, and
"update the matches" would overwrite meeting 3's agreement with meeting 1's text. A user who
picked the wrong meeting (or plan) would not notice; the row is rejected instead, with a reason
saying that it is a record of another meeting or plan (``other_scope``).

A sheet may also say which plan each row is of, in a plan column ("plan" in AgencyDesk's
exports of every plan, "Plan" in lists that span plans): a row of another plan is rejected the
same way, uuid or not (``PlanNames``), so that an export of every plan imported into one plan
does not mix them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.bulk import ids_by_uuid
from agencydesk.data.repos.importing import Session
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import KeyIndex, valid_uuid

# The reasons of a row that is a record of another meeting or plan (``other_scope``).
SCOPE_REASONS = {
    "other_meeting": "this row is a record of another meeting (by its uuid): "
    "check that the right meeting is chosen",
    "other_plan": "this row is a record of another plan (by its uuid or its plan column): "
    "import it into that plan, or check that the right plan is chosen",
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


_PUNCTUATION = re.compile(r"[\W_]+")


def plan_key(name: Any) -> str:
    """A plan's title or id as a plan column is compared with it: no accents, case or
    punctuation ("Hoja de Ruta – Mesa Forestal" is "hoja de ruta mesa forestal")."""
    if name is None or name == "":
        return ""
    return " ".join(_PUNCTUATION.sub(" ", fold(str(name))).split())


class PlanNames:
    """Which names in a file's plan column are the plan its rows go into.

    An existing plan: its title or its id (as exports write them); any other name is another
    plan's, whether or not the database has a plan by it (the reason says to import the row
    into that plan: ``--plan "that title"`` creates it). A blank cell is this plan's.

    A new plan (``--plan "title"``, the wizard's "A new plan…"): what the user expects is the
    plan the file holds, under the title typed. A file of one plan gives all its rows, whatever
    the plan is called there. A file naming several plans (an export of every plan) is not one
    plan: the new plan takes the rows of the plan named by the title typed, if the file names
    it, else those of the plan the file names first; the other plans' rows are rejected, each
    to be imported into its own plan. Which one is decided from the whole column when the
    preview shows it to ``see`` (before any row is checked); failing that, the first plan
    a row names is this one's.
    """

    __slots__ = ("_keys", "chosen", "new", "title")

    def __init__(self, names: Iterable[Any], new: bool = False) -> None:
        """``names``: the plan's title and id, or a new plan's title."""
        self.new = new
        self._keys: dict[Any, str] = {}  # cell value -> plan_key (a column repeats itself)
        ours = [k for n in names if (k := plan_key(n))]
        self.title = ours[0] if ours else ""
        # The keys of this plan's rows; for a new plan, None until the file's column is seen.
        self.chosen: set[str] | None = None if new else set(ours)

    def _key(self, value: Any) -> str:
        key = self._keys.get(value)
        if key is None:
            key = self._keys[value] = plan_key(value)
        return key

    def see(self, column: Iterable[Any]) -> None:
        """The file's whole plan column (its cells, None when empty): a new plan's rows are
        those of the plan its title names, else of the plan named first."""
        if not self.new:
            return
        first = ""
        for value in column:
            key = self._key(value) if value is not None else ""
            if not key:
                continue
            if key == self.title:
                first = key
                break
            first = first or key
        self.chosen = {first} if first else set()

    def other(self, value: Any) -> bool:
        """Whether a row's plan cell names another plan than this one."""
        key = self._key(value) if value is not None else ""
        if not key:
            return False
        if self.chosen is None:  # a new plan, the column not seen: the first plan named
            self.chosen = {key}
        return key not in self.chosen


def other_plan(names: PlanNames | None, values: Mapping[str, Any]) -> list[tuple[str | None, str]]:
    """``[("plan", "other_plan")]`` when the row's plan column names another plan."""
    if names is not None and names.other(values.get("plan")):
        return [("plan", "other_plan")]
    return []
