"""Handlers of a plan's sheets: its actions, and progress updates of those actions by code
(and axis or title, when codes restart per axis: which action a row names is decided in
action_matching.py); the measurements of its indicators: handlers_measurements.py.

Every kind here works inside one plan (``ImportSetup.plan_id``): a row whose plan column
names another plan is rejected (``scoped.PlanNames``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.action_refs import axis_key, code_key, plain_code
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.plans import ActionDraft, action_errors
from agencydesk.services.importing.action_matching import (
    MATCH_REASONS,
    ActionIndex,
    action_label,
    action_match,
    add_action,
    coded,
    progress_match,
)
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.scoped import (
    SCOPE_REASONS,
    PlanNames,
    foreign_uuids,
    free_uuids,
    kept_uuid,
    other_plan,
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


def _load_actions(session: Session, setup: ImportSetup) -> ActionIndex:
    index = ActionIndex(setup.on_match)
    for row_id, uid, code, title, axis, start, end in repo.fetch_rows(
        session, "actions", _ACTION_COLUMNS, plan_id=setup.plan_id
    ):
        add_action(index, row_id, uid, code, title, axis)
        index.dates[row_id] = (start, end)
    index.elsewhere = foreign_uuids(session, "actions", "plan_id", setup.plan_id)
    index.plans = plan_names(session, setup)
    return index


def plan_names(session: Session, setup: ImportSetup) -> PlanNames | None:
    """The names of the import's plan that a plan column may give (None when no column is
    the plan's): an existing plan's title and id (one query), or a new plan's title."""
    if "plan" not in setup.mapping.values():
        return None
    if setup.plan_id is None:
        return PlanNames([setup.new_plan_title], new=True)
    found = repo.fetch_rows(session, "action_plans", ("title",), id=setup.plan_id)
    return PlanNames([found[0][0] if found else None, setup.plan_id])


def see_plan_column(index: ActionIndex, columns: Mapping[str, Sequence[Any]]) -> None:
    """The file's plan column, whole, before its rows are checked: a new plan takes the rows
    of one plan of the file (``PlanNames.see``)."""
    if index.plans is not None and "plan" in columns:
        index.plans.see(columns["plan"])


class ActionsHandler(BaseHandler):
    """Actions of a plan: matched by uuid, then code (and axis or title when codes restart
    per axis: ``action_match``), then the same title within the plan."""

    kind = ImportKind.ACTIONS
    table = "actions"
    entity = "action"
    column_names: ClassVar[Mapping[str, str]] = {"responsible": "responsible_id"}
    # The plan column says which plan the row is of: checked, never written.
    not_columns: ClassVar[frozenset[str]] = frozenset({"plan"})
    reasons: ClassVar[Mapping[str, str]] = {
        "other_plan": SCOPE_REASONS["other_plan"],
        "end_before_start": "the end date is before the start date",
        "negative": "a negative amount",
        "out_of_range": "out of range (0 to 100)",
        "ambiguous_code": MATCH_REASONS["ambiguous_code"],
        "other_action_title": MATCH_REASONS["other_action_title"],
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup)

    def new_index(self) -> ActionIndex:
        return ActionIndex(in_file=True)

    def load_index(self, session: Session, setup: ImportSetup) -> ActionIndex:
        return _load_actions(session, setup)

    def add(self, index: ActionIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        uid = valid_uuid(values.get("uuid"))
        add_action(index, ref, uid, values.get("code"), values.get("title"), values.get("axis"))

    def match(self, index: ActionIndex, values: Mapping[str, Any]) -> RowMatch | None:
        return action_match(index, values)[0]

    def see_columns(self, index: ActionIndex, columns: Mapping[str, Sequence[Any]]) -> None:
        see_plan_column(index, columns)

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
        # A row of another plan, by the file's plan column, is not this plan's: neither a
        # match nor a new action here (an export of every plan into one would mix them).
        if named_elsewhere := other_plan(index.plans, values):
            return (*errors.items(), *named_elsewhere)
        # Action 1 of another plan is not this plan's action 1 (scoped.py).
        elsewhere = other_scope(
            index,
            values,
            "other_plan",
            lambda: (
                bool(coded(index, code_key(values.get("code"))))
                or action_match(index, values)[0] is not None
            ),
        )
        if elsewhere:
            return (*errors.items(), *elsewhere)
        found, refused = action_match(index, values)
        if refused == "other_action_title":
            # The code picks one action, the title names another: shown on the title, the
            # value that would be written over the picked action's.
            errors["title"] = refused
        elif refused:
            # Whatever the choice (update, fill or skip), the row names no single action: it
            # is rejected rather than written over, or shown as, one the code only guesses.
            errors["code"] = refused
        elif "end_date" not in errors and found:
            # Changing one date of an existing action must keep it after/before the other.
            old_start, old_end = index.dates.get(found.record_id, (None, None))
            if index.on_match is OnMatch.FILL:
                start, end = old_start or start, old_end or end
            else:
                start, end = start or old_start, end or old_end
            if start and end and end < start:
                errors["end_date"] = "end_before_start"
        return tuple(errors.items())

    def keeps_stored(self, column: str, stored: Any, incoming: Any) -> bool:
        if stored in (None, ""):
            return False
        # The code is the plan's id of the action: a row that writes it otherwise ("01" or
        # "1.0" for "1", "a1.1" for "A1.1") named the action by it, it does not renumber it.
        if column == "code":
            return plain_code(code_key(stored)) == plain_code(code_key(incoming))
        # So is the axis written shorter or otherwise ("2", "Eje II", "EJE 2" for "Eje 2:
        # Competitividad"): the same axis, whose name the plan keeps as it stores it.
        if column == "axis":
            stored_words, words = axis_key(stored).split(), axis_key(incoming).split()
            if not words or not stored_words:
                return False
            return words[0] == stored_words[0] and set(words) <= set(stored_words)
        return super().keeps_stored(column, stored, incoming)

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
    restart per axis: ``progress_match``): status, % and notes only."""

    kind = ImportKind.PROGRESS
    table = "actions"
    entity = "action"
    creates = False
    missing_reason = "unknown_action"
    updates_matches = True
    # The code, axis and title say which action a row updates, the plan column which plan:
    # they are never written.
    not_columns: ClassVar[frozenset[str]] = frozenset({"code", "axis", "title", "plan"})
    reasons: ClassVar[Mapping[str, str]] = {
        **MATCH_REASONS,
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
        return progress_match(index, values)[0]

    def see_columns(self, index: ActionIndex, columns: Mapping[str, Sequence[Any]]) -> None:
        see_plan_column(index, columns)

    def check_row(
        self, index: ActionIndex, values: Mapping[str, Any]
    ) -> list[tuple[str | None, str]]:
        # The progress of another plan's action 1 is not this plan's action 1 (scoped.py), by
        # the plan column or by the uuid.
        if elsewhere := other_plan(index.plans, values) or other_scope(index, values, "other_plan"):
            return elsewhere
        found, reason = progress_match(index, values)
        if found is None and reason is None:
            # Said here rather than by the preview's ``missing_reason`` (a row-wide error) so
            # that the rejection shows the code's column and the code as typed.
            reason = self.missing_reason
        return [("code", reason)] if reason else []

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("code") or "")

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        if rows:  # the preview rejects every row that matches nothing
            raise AssertionError("progress updates never create actions")
        return []


HANDLERS = (ActionsHandler(), ProgressHandler())
