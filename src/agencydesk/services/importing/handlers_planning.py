"""Handlers of a plan's sheets: its actions, and progress updates of those actions by code
(and axis or title, when codes restart per axis); the measurements of its indicators:
handlers_measurements.py.

Every kind here works inside one plan (``ImportSetup.plan_id``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import names_agree, person_key
from agencydesk.domain.plans import ActionDraft, action_errors
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.scoped import (
    SCOPE_REASONS,
    foreign_uuids,
    free_uuids,
    kept_uuid,
    other_scope,
)
from agencydesk.services.importing.setup import ImportSetup, OnMatch, RowMatch

_ACTION_COLUMNS = ("id", "uuid", "code", "title", "axis", "start_date", "end_date")


def check_plan(session: Session, setup: ImportSetup, required: bool = True) -> None:
    """Refuse an import whose plan is missing (when ``required``) or does not exist."""
    if setup.plan_id is None:
        if required:
            raise UserError("import_plan_required", kind=setup.kind.value)
        return
    if not repo.row_exists(session, "action_plans", setup.plan_id):
        raise UserError("import_unknown_plan", plan=setup.plan_id)


def code_key(code: Any) -> str:
    """An action's code as compared: "A1.1", "a1.1" and "A 1.1" are the same code."""
    return fold(str(code)).replace(" ", "") if code not in (None, "") else ""


def title_key(title: Any) -> str:
    return fold(str(title)) if title not in (None, "") else ""


def action_label(code: Any, title: Any) -> str:
    return f"{code} {title}".strip() if code else str(title or "")


def words_key(text: Any) -> str:
    """A title or an axis as words, to compare with ``names_agree``."""
    return person_key(str(text)) if text not in (None, "") else ""


class ActionIndex(KeyIndex):
    """Actions of the plan by uuid and folded title, with each one's dates (so a row that
    changes only one of them can be checked against the other).

    ``codes``: code key -> every action with that code, as (id, label, axis words, title
    words): partners number actions per axis ("Eje 1": 1, 2, 3; "Eje 2": 1, 2), so a code may
    name several actions. ``in_file``: the index of the file's own rows (duplicates).
    """

    __slots__ = ("codes", "dates", "in_file", "on_match")

    def __init__(self, on_match: OnMatch = OnMatch.SKIP, in_file: bool = False) -> None:
        super().__init__(("uuid", "title"))
        self.codes: dict[str, list[tuple[int, str, str, str]]] = {}
        self.dates: dict[int, tuple[date | None, date | None]] = {}
        self.on_match = on_match
        self.in_file = in_file


def _add_action(
    index: ActionIndex, ref: int, uid: Any, code: Any, title: Any, axis: Any = None
) -> None:
    label = action_label(code, title)
    c_key = code_key(code)
    if uid:
        index.add("uuid", str(uid), ref, label)
    if c_key:
        index.codes.setdefault(c_key, []).append((ref, label, words_key(axis), words_key(title)))
    index.add("title", title_key(title), ref, label, c_key)


def _by_code(index: ActionIndex, c_key: str, axis: str, title: str) -> RowMatch | None:
    """The action a row's code names, when the code is not someone else's.

    A code is the action's number, but partners may restart it per axis. So, between two rows
    of one file, the same code under a clearly different axis (both given) or with a clearly
    different title (``names_agree``) is another action: "1 Capacitación en poda" under "Eje 1"
    and "1 Feria del cacao" under "Eje 2" are two actions, not a duplicate. Against the plan's
    actions a code stays the plan's id, so a sheet may retitle an action or move it to another
    axis: only an action with both a clearly different axis and a clearly different title is
    not the one the row means. When several actions have the code, the one with the same axis
    and title wins.
    """
    best: tuple[int, str] | None = None
    best_score = -1
    for record_id, label, its_axis, its_title in index.codes.get(c_key, ()):
        other_axis = not names_agree(axis, its_axis)  # "Eje 1" is "Eje 1. Gestión forestal"
        other_title = not names_agree(title, its_title)
        if (other_axis or other_title) if index.in_file else (other_axis and other_title):
            continue
        score = 2 * bool(axis and its_axis and not other_axis) + (not other_title)
        if score > best_score:  # the oldest wins a tie
            best, best_score = (record_id, label), score
    return RowMatch(best[0], best[1], "code") if best else None


def _narrow(
    actions: Sequence[tuple[int, str, str, str]], at: int, words: str
) -> Sequence[tuple[int, str, str, str]]:
    """The ``actions`` (``ActionIndex.codes`` entries) whose axis (``at`` 2) or title (3)
    agrees with a row's ``words``: the same words first, then those that name one
    (``names_agree``), then those that name none (an action typed with no axis). When none
    agrees, all of them: words that fit no action ("Línea 1" for "Eje 1") tell nothing."""
    if not words:
        return actions
    agree = [a for a in actions if names_agree(words, a[at])]
    same = [a for a in agree if a[at] == words]
    named = [a for a in agree if a[at]]
    return same or named or agree or actions


def _contradicted(index: ActionIndex, record_id: int, axis: str, title: str) -> bool:
    """Whether a row's axis or title names ANOTHER action of the plan than ``record_id``, the
    one its code found: "Eje 2 | 3" when only Eje 1 has an action 3 (a partner reporting an
    action the plan does not have yet), or code 1 with the title of Eje 2's action. An axis or
    title that names no action of the plan ("1. Calidad" for "Eje 1") says nothing against it.
    """
    actions = [a for entries in index.codes.values() for a in entries]
    own = next((a for a in actions if a[0] == record_id), None)
    if own is None:
        return False
    for at, words in ((2, axis), (3, title)):
        if not words or not own[at] or names_agree(words, own[at]):
            continue
        if any(a[0] != record_id and a[at] and names_agree(words, a[at]) for a in actions):
            return True
    return False


def _progress_match(
    index: ActionIndex, values: Mapping[str, Any]
) -> tuple[RowMatch | None, str | None]:
    """The action a progress row updates, or why it updates none: (None, reason), or
    (None, None) when no action has the row's code (``ProgressHandler.missing_reason``).

    A progress sheet names an action by its code, which may restart per axis ("Eje 1": 1, 2;
    "Eje 2": 1, 2), so a row may also give the axis or the title, only to say which action.
    - One action has the code: it is the one, as in the actions kind (``_by_code``): partners
      shorten titles and name axes their own way ("Eje 1" / "1. Calidad"), so a different axis
      or title alone does not stop a code; both clearly different say the row means another
      action, which the plan does not have: rejected ("other_action"), not written over.
    - Several have it: the row's axis, then its title, must single one out (``_narrow``),
      else the row is rejected ("ambiguous_code"): updating the first one, as a code alone
      would, writes one axis's progress over another's with no warning.
    Either way, an axis or a title naming another action of the plan (``_contradicted``)
    rejects the row ("other_action"). Two rows updating one action are found by the preview,
    by the action they match (a kind that only updates).
    """
    uid = valid_uuid(values.get("uuid"))
    if uid and (found := index.find("uuid", uid)):
        return found, None
    c_key = code_key(values.get("code"))
    actions = index.codes.get(c_key, ())
    if not actions:
        return None, None
    axis, title = words_key(values.get("axis")), words_key(values.get("title"))
    if len(actions) == 1:
        found = _by_code(index, c_key, axis, title)
    else:
        picked = _narrow(_narrow(actions, 2, axis), 3, title)
        if len(picked) != 1:
            return None, "ambiguous_code"
        found = RowMatch(picked[0][0], picked[0][1], "code")
    if found is None or _contradicted(index, found.record_id, axis, title):
        return None, "other_action"
    return found, None


def _match_action(index: ActionIndex, values: Mapping[str, Any]) -> RowMatch | None:
    uid = valid_uuid(values.get("uuid"))
    if uid and (found := index.find("uuid", uid)):
        return found
    c_key = code_key(values.get("code"))
    title = values.get("title")
    if c_key:
        found = _by_code(index, c_key, words_key(values.get("axis")), words_key(title))
        if found:
            return found
    hit = index.get("title", title_key(title))
    # The same title under another code is another action (codes are the plan's own ids);
    # when both have a code, ``_by_code`` has decided already.
    if hit and not (c_key and hit[2]):
        return RowMatch(hit[0], hit[1], "title")
    return None


def _load_actions(session: Session, setup: ImportSetup) -> ActionIndex:
    index = ActionIndex(setup.on_match)
    for row_id, uid, code, title, axis, start, end in repo.fetch_rows(
        session, "actions", _ACTION_COLUMNS, plan_id=setup.plan_id
    ):
        _add_action(index, row_id, uid, code, title, axis)
        index.dates[row_id] = (start, end)
    index.elsewhere = foreign_uuids(session, "actions", "plan_id", setup.plan_id)
    return index


class ActionsHandler(BaseHandler):
    """Actions of a plan: matched by uuid, then code, then the same title within the plan."""

    kind = ImportKind.ACTIONS
    table = "actions"
    entity = "action"
    column_names: ClassVar[Mapping[str, str]] = {"responsible": "responsible_id"}
    reasons: ClassVar[Mapping[str, str]] = {
        "other_plan": SCOPE_REASONS["other_plan"],
        "end_before_start": "the end date is before the start date",
        "negative": "a negative amount",
        "out_of_range": "out of range (0 to 100)",
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup)

    def new_index(self) -> ActionIndex:
        return ActionIndex(in_file=True)

    def load_index(self, session: Session, setup: ImportSetup) -> ActionIndex:
        return _load_actions(session, setup)

    def add(self, index: ActionIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        uid = valid_uuid(values.get("uuid"))
        _add_action(index, ref, uid, values.get("code"), values.get("title"), values.get("axis"))

    def match(self, index: ActionIndex, values: Mapping[str, Any]) -> RowMatch | None:
        return _match_action(index, values)

    def label(self, values: Mapping[str, Any]) -> str:
        return action_label(values.get("code"), values.get("title"))

    def check_row(
        self, index: ActionIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        start, end = values.get("start_date"), values.get("end_date")
        draft = ActionDraft(
            plan_id=0,
            title=str(values.get("title") or ""),
            start_date=start,
            end_date=end,
            budget=values.get("budget"),
            progress_pct=values.get("progress_pct", 0),
        )
        # The domain's own rules (dates in order, budget >= 0, progress 0-100); required and
        # lengths were checked cell by cell already.
        errors = {
            name: code
            for name, code in action_errors(draft).items()
            if code not in ("required", "too_long")
        }
        if "end_date" not in errors and (found := _match_action(index, values)):
            # Changing one date of an existing action must keep it after/before the other.
            old_start, old_end = index.dates.get(found.record_id, (None, None))
            if index.on_match is OnMatch.FILL:
                start, end = old_start or start, old_end or end
            else:
                start, end = start or old_start, end or old_end
            if start and end and end < start:
                errors["end_date"] = "end_before_start"
        # Action 1 of another plan is not this plan's action 1 (scoped.py).
        elsewhere = other_scope(
            index,
            values,
            "other_plan",
            lambda: (
                code_key(values.get("code")) in index.codes
                or _match_action(index, values) is not None
            ),
        )
        return (*errors.items(), *elsewhere)

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        return super().columns(ctx, values)

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        free = free_uuids(ctx.session, self.table, rows)
        return super().insert_rows(
            ctx, [v if kept_uuid(v, free) else {**v, "uuid": None} for v in rows]
        )

    def fixed_columns(self, setup: ImportSetup) -> dict[str, Any]:
        # Bulk inserts store a key missing from one row as NULL: defaults are explicit.
        return {
            "plan_id": setup.plan_id,
            "status": ActionStatus.NOT_STARTED,
            "progress_pct": 0,
        }


class ProgressHandler(BaseHandler):
    """Progress updates of a plan's existing actions, by code (and axis or title when codes
    restart per axis: ``_progress_match``): status, % and notes only."""

    kind = ImportKind.PROGRESS
    table = "actions"
    entity = "action"
    creates = False
    missing_reason = "unknown_action"
    updates_matches = True
    # The code, axis and title say which action a row updates; they are never written.
    not_columns: ClassVar[frozenset[str]] = frozenset({"code", "axis", "title"})
    reasons: ClassVar[Mapping[str, str]] = {
        "unknown_action": "no action of the plan has this code",
        "ambiguous_code": "several actions of the plan have this code: add the axis (Eje) or "
        "the action's title, as in the plan, to tell them apart",
        "other_action": "the plan's action with this code has another axis and another title: "
        "check the code",
        "other_plan": SCOPE_REASONS["other_plan"],
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup)

    def load_index(self, session: Session, setup: ImportSetup) -> ActionIndex:
        return _load_actions(session, setup)

    def add(self, index: KeyIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        # Nothing to note: the preview tells two rows for one action by the action they match
        # (this kind only updates), not by how each row names it.
        return None

    def match(self, index: ActionIndex, values: Mapping[str, Any]) -> RowMatch | None:
        return _progress_match(index, values)[0]

    def check_row(
        self, index: ActionIndex, values: Mapping[str, Any]
    ) -> list[tuple[str | None, str]]:
        # The progress of another plan's action 1 is not this plan's action 1 (scoped.py).
        if elsewhere := other_scope(index, values, "other_plan"):
            return elsewhere
        _found, reason = _progress_match(index, values)
        return [("code", reason)] if reason else []

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("code") or "")

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        if rows:  # the preview rejects every row that matches nothing
            raise AssertionError("progress updates never create actions")
        return []


HANDLERS = (ActionsHandler(), ProgressHandler())
