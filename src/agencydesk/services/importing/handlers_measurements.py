"""Handler of the measurements of indicators (the plan's other sheets: handlers_planning.py).

Measurements go into one plan's indicators (``ImportSetup.plan_id``), or, without a plan, into
any indicator, looked up by name among all of them. A value typed as a fraction of one for an
indicator counted in percent (0.27: "27%" in Excel) is read as the percentage
(``domain.importing.measures``), per indicator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.measures import is_percent_unit, percent_measurements
from agencydesk.domain.importing.results import CellResult
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.domain.indicators import MeasurementDraft, measurement_errors
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.handlers_planning import check_plan
from agencydesk.services.importing.scoped import (
    SCOPE_REASONS,
    free_uuids,
    kept_uuid,
    other_scope,
)
from agencydesk.services.importing.setup import ImportSetup, RowMatch


class MeasurementIndex(KeyIndex):
    """Indicators by folded name, and measurements by (indicator, date) under "date".

    The index of the file's own rows has no indicators: its rows are keyed by the folded
    indicator name and the date instead (the same name means the same indicator).
    """

    __slots__ = ("in_percent", "indicators")

    def __init__(self) -> None:
        super().__init__(("uuid", "date"))
        self.indicators: dict[str, list[tuple[int, str]]] | None = None
        self.in_percent: frozenset[int] = frozenset()  # ids of the indicators counted in %

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
    return _read_indicators(session, plan_id)[0]


def _read_indicators(
    session: Session, plan_id: int | None
) -> tuple[dict[str, list[tuple[int, str]]], frozenset[int]]:
    """The indicators by folded name, and the ids of those whose unit is a percent."""
    where = {"plan_id": plan_id} if plan_id is not None else {}
    found: dict[str, list[tuple[int, str]]] = {}
    in_percent: set[int] = set()
    for row_id, name, unit in repo.fetch_rows(
        session, "indicators", ("id", "name", "unit"), **where
    ):
        found.setdefault(indicator_key(name), []).append((row_id, name))
        if is_percent_unit(unit):
            in_percent.add(row_id)
    return found, frozenset(in_percent)


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
        "other_plan": SCOPE_REASONS["other_plan"],
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
            index.indicators, index.in_percent = _read_indicators(session, setup.plan_id)
        names = {i: n for found in index.indicators.values() for i, n in found}
        columns = ("id", "uuid", "indicator_id", "date")
        elsewhere: set[str] = set()
        for row_id, uid, indicator_id, day in repo.fetch_rows(session, self.table, columns):
            if indicator_id not in names:
                if uid:
                    elsewhere.add(uid)  # a measurement of another plan's indicator
                continue
            label = _measurement_label(names[indicator_id], day)
            if uid:
                index.add("uuid", uid, row_id, label)
            index.add("date", _date_key(indicator_id, day), row_id, label)
        index.elsewhere = frozenset(elsewhere)
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
        # Another plan's measurement is not one of this plan's on the same date (scoped.py).
        problems += other_scope(index, values, "other_plan")
        return problems

    def revise_columns(
        self,
        index: MeasurementIndex,
        names: Sequence[str],
        column_results: list[list[CellResult]],
        raw_column: Callable[[str], list[CellValue]],
    ) -> None:
        """Read the values of percent indicators typed as fractions (0.27 for "27%") as
        percentages, deciding per indicator: "%" and "t/ha" share sheets. In place, once per
        sheet, before the rows are checked; nothing is done for a sheet naming no indicator
        counted in percent."""
        if not index.in_percent or "value" not in names or "indicator" not in names:
            return
        groups: list[int | None] = []
        seen: dict[Any, int | None] = {}  # indicator name -> its id if counted in %
        for result in column_results[names.index("indicator")]:
            name = result.value
            if name not in seen:
                found = index.indicator(name) if name is not None else "unknown_indicator"
                in_percent = not isinstance(found, str) and found[0] in index.in_percent
                seen[name] = found[0] if in_percent else None
            groups.append(seen[name])
        if any(g is not None for g in groups):
            j = names.index("value")
            column_results[j] = percent_measurements(raw_column("value"), column_results[j], groups)

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


HANDLERS = (MeasurementsHandler(),)
