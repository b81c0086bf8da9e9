"""Handlers of a plan's sheets: its actions, progress updates of those actions by code, and the
measurements of indicators.

Every kind here works inside one plan (``ImportSetup.plan_id``); measurements may also go
without a plan, their indicator then being looked up among all indicators.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.indicators import MeasurementDraft, measurement_errors
from agencydesk.domain.plans import ActionDraft, action_errors
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.scoped import free_uuids, kept_uuid
from agencydesk.services.importing.setup import ImportSetup, OnMatch, RowMatch

_ACTION_COLUMNS = ("id", "uuid", "code", "title", "start_date", "end_date")


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


class ActionIndex(KeyIndex):
    """Actions of the plan by uuid, code and folded title, with each one's dates (so a row
    that changes only one of them can be checked against the other)."""

    __slots__ = ("dates", "on_match")

    def __init__(self, on_match: OnMatch = OnMatch.SKIP) -> None:
        super().__init__(("uuid", "code", "title"))
        self.dates: dict[int, tuple[date | None, date | None]] = {}
        self.on_match = on_match


def _add_action(index: ActionIndex, ref: int, uid: Any, code: Any, title: Any) -> None:
    label = action_label(code, title)
    c_key = code_key(code)
    if uid:
        index.add("uuid", str(uid), ref, label)
    index.add("code", c_key, ref, label)
    index.add("title", title_key(title), ref, label, c_key)


def _match_action(index: KeyIndex, values: Mapping[str, Any]) -> RowMatch | None:
    uid = valid_uuid(values.get("uuid"))
    if uid and (found := index.find("uuid", uid)):
        return found
    c_key = code_key(values.get("code"))
    if found := index.find("code", c_key):
        return found
    hit = index.get("title", title_key(values.get("title")))
    # The same title under another code is another action (codes are the plan's own ids).
    if hit and not (c_key and hit[2] and hit[2] != c_key):
        return RowMatch(hit[0], hit[1], "title")
    return None


def _load_actions(session: Session, setup: ImportSetup) -> ActionIndex:
    index = ActionIndex(setup.on_match)
    for row_id, uid, code, title, start, end in repo.fetch_rows(
        session, "actions", _ACTION_COLUMNS, plan_id=setup.plan_id
    ):
        _add_action(index, row_id, uid, code, title)
        index.dates[row_id] = (start, end)
    return index


class ActionsHandler(BaseHandler):
    """Actions of a plan: matched by uuid, then code, then the same title within the plan."""

    kind = ImportKind.ACTIONS
    table = "actions"
    entity = "action"
    column_names: ClassVar[Mapping[str, str]] = {"responsible": "responsible_id"}
    reasons: ClassVar[Mapping[str, str]] = {
        "end_before_start": "the end date is before the start date",
        "negative": "a negative amount",
        "out_of_range": "out of range (0 to 100)",
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup)

    def new_index(self) -> ActionIndex:
        return ActionIndex()

    def load_index(self, session: Session, setup: ImportSetup) -> ActionIndex:
        return _load_actions(session, setup)

    def add(self, index: ActionIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        _add_action(
            index, ref, valid_uuid(values.get("uuid")), values.get("code"), values.get("title")
        )

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
        return tuple(errors.items())

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
    """Progress updates of a plan's existing actions, by code: status, % and notes only."""

    kind = ImportKind.PROGRESS
    table = "actions"
    entity = "action"
    creates = False
    missing_reason = "unknown_action"
    updates_matches = True
    not_columns: ClassVar[frozenset[str]] = frozenset({"code"})
    reasons: ClassVar[Mapping[str, str]] = {
        "unknown_action": "no action of the plan has this code",
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup)

    def load_index(self, session: Session, setup: ImportSetup) -> KeyIndex:
        return _load_actions(session, setup)

    def add(self, index: KeyIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        if uid := valid_uuid(values.get("uuid")):
            index.add("uuid", uid, ref, label)
        index.add("code", code_key(values.get("code")), ref, label)

    def match(self, index: KeyIndex, values: Mapping[str, Any]) -> RowMatch | None:
        uid = valid_uuid(values.get("uuid"))
        if uid and (found := index.find("uuid", uid)):
            return found
        return index.find("code", code_key(values.get("code")))

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("code") or "")

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        if rows:  # the preview rejects every row that matches nothing
            raise AssertionError("progress updates never create actions")
        return []


# --- measurements ----------------------------------------------------------------------------


class MeasurementIndex(KeyIndex):
    """Indicators by folded name, and measurements by (indicator, date) under "date".

    The index of the file's own rows has no indicators: its rows are keyed by the folded
    indicator name and the date instead (the same name means the same indicator).
    """

    __slots__ = ("indicators",)

    def __init__(self) -> None:
        super().__init__(("uuid", "date"))
        self.indicators: dict[str, list[tuple[int, str]]] | None = None

    def indicator(self, name: Any) -> tuple[int, str] | str:
        """The (id, name) of the indicator a row names, or the reason it has none."""
        found = (self.indicators or {}).get(indicator_key(name), [])
        if not found:
            return "unknown_indicator"
        if len(found) > 1:
            return "ambiguous_indicator"
        return found[0]


def indicator_key(name: Any) -> str:
    return fold(str(name)) if name not in (None, "") else ""


def _date_key(owner: Any, day: Any) -> str:
    if owner in (None, "") or not isinstance(day, date):
        return ""
    return f"{owner}|{day.isoformat()}"


def _indicators(session: Session, plan_id: int | None) -> dict[str, list[tuple[int, str]]]:
    where = {"plan_id": plan_id} if plan_id is not None else {}
    found: dict[str, list[tuple[int, str]]] = {}
    for row_id, name in repo.fetch_rows(session, "indicators", ("id", "name"), **where):
        found.setdefault(indicator_key(name), []).append((row_id, name))
    return found


class MeasurementsHandler(BaseHandler):
    """Measurements of indicators named in the sheet (of the plan, or of any plan or agenda
    when none is given); one per indicator and date: the same pair again is a match."""

    kind = ImportKind.MEASUREMENTS
    table = "measurements"
    entity = "measurement"
    not_columns: ClassVar[frozenset[str]] = frozenset({"indicator"})
    reasons: ClassVar[Mapping[str, str]] = {
        "unknown_indicator": "no indicator with this name",
        "ambiguous_indicator": "several indicators have this name: choose a plan",
        "out_of_range": "the number is too large",
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_plan(session, setup, required=False)

    def new_index(self) -> MeasurementIndex:
        return MeasurementIndex()

    def load_index(self, session: Session, setup: ImportSetup) -> MeasurementIndex:
        index = MeasurementIndex()
        if setup.plan_id is None and setup.new_plan_title:
            index.indicators = {}  # a plan created by the import has no indicators yet
        else:
            index.indicators = _indicators(session, setup.plan_id)
        names = {i: n for found in index.indicators.values() for i, n in found}
        columns = ("id", "uuid", "indicator_id", "date")
        for row_id, uid, indicator_id, day in repo.fetch_rows(session, self.table, columns):
            if indicator_id not in names:
                continue
            label = _measurement_label(names[indicator_id], day)
            if uid:
                index.add("uuid", uid, row_id, label)
            index.add("date", _date_key(indicator_id, day), row_id, label)
        return index

    def add(self, index: MeasurementIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        if uid := valid_uuid(values.get("uuid")):
            index.add("uuid", uid, ref, label)
        key = _date_key(indicator_key(values.get("indicator")), values.get("date"))
        index.add("date", key, ref, label)

    def match(self, index: MeasurementIndex, values: Mapping[str, Any]) -> RowMatch | None:
        uid = valid_uuid(values.get("uuid"))
        if uid and (found := index.find("uuid", uid)):
            return found
        if index.indicators is None:  # the file's own rows
            owner: Any = indicator_key(values.get("indicator"))
        else:
            found_indicator = index.indicator(values.get("indicator"))
            if isinstance(found_indicator, str):
                return None
            owner = found_indicator[0]
        return index.find("date", _date_key(owner, values.get("date")))

    def label(self, values: Mapping[str, Any]) -> str:
        return _measurement_label(values.get("indicator"), values.get("date"))

    def check_row(
        self, index: MeasurementIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        problems: list[tuple[str | None, str]] = []
        found = index.indicator(values.get("indicator"))
        if isinstance(found, str):
            problems.append(("indicator", found))
        value = values.get("value")
        if isinstance(value, Decimal):
            draft = MeasurementDraft(indicator_id=0, date=values.get("date"), value=value)
            for name, code in measurement_errors(draft).items():
                if code != "required":
                    problems.append((name, code))
        return problems

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        out = super().columns(ctx, values)
        # The indicator and the date are what the row matched on: unchanged by an update.
        out.pop("date", None)
        return out

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        key = f"{self.kind}:indicators"
        if key not in ctx.memo:
            ctx.memo[key] = _indicators(ctx.session, ctx.setup.plan_id)
        indicators: dict[str, list[tuple[int, str]]] = ctx.memo[key]
        free = free_uuids(ctx.session, self.table, rows)
        prepared = []
        for values in rows:
            [(indicator_id, _name)] = indicators[indicator_key(values.get("indicator"))]
            row = super().columns(ctx, values)
            row["indicator_id"] = indicator_id
            row |= kept_uuid(values, free)
            prepared.append(row)
        return repo.insert_many(ctx.session, self.table, prepared)


def _measurement_label(indicator: Any, day: Any) -> str:
    when = day.strftime("%d/%m/%Y") if isinstance(day, date) else ""
    return f"{indicator or ''} {when}".strip()


HANDLERS = (ActionsHandler(), ProgressHandler(), MeasurementsHandler())
