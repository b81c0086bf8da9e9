"""Action plans (hojas de ruta): their actions grouped by axis, funding lines, totals and rules.

Budget and funding totals leave cancelled actions out, as the progress rule does
(``plan_progress``): a cancelled action will spend nothing, and counting its money would
overstate what the plan mobilises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from agencydesk.domain.enums import ActionStatus, FundingSource, PlanStatus
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.validation import check_required

ZERO = Decimal("0.00")
CENTS = Decimal("0.01")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_NUMBER_PARTS = re.compile(r"(\d+)")

# Column lengths (data/models/planning.py): checked here so every database refuses the same.
_PLAN_LIMITS = {"title": 300}
_ACTION_LIMITS = {
    "code": 20,
    "axis": 200,
    "title": 300,
    "funding_source": 200,
    "indicator": 300,
    "target": 100,
    "unit": 60,
}
_PROGRAM_LIMIT = 200
IN_PLACE_FIELDS = frozenset({"status", "progress_pct", "start_date", "end_date"})


# --- records ---------------------------------------------------------------------------------


# The currency of a plan when nothing says otherwise (no plan yet to take it from).
DEFAULT_CURRENCY = "MXN"


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """A plan belongs to an agenda or to an initiative: exactly one of the two ids is set."""

    title: str
    agenda_id: int | None = None
    initiative_id: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    approved_on: date | None = None
    version: int = 1
    currency: str = DEFAULT_CURRENCY


@dataclass(frozen=True, slots=True)
class PlanRecord:
    id: int
    uuid: str
    draft: PlanDraft
    owner_name: str | None = None  # the agenda's title or the initiative's name
    actions_count: int = 0
    budget_total: Decimal = ZERO
    progress: int | None = None
    created_at: datetime | None = None

    @property
    def title(self) -> str:
        return self.draft.title


@dataclass(frozen=True, slots=True)
class ActionDraft:
    plan_id: int
    code: str | None = None
    axis: str | None = None
    title: str = ""
    description: str | None = None
    responsible_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    budget: Decimal | None = None
    funding_source: str | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    progress_pct: int = 0
    indicator: str | None = None
    target: str | None = None
    unit: str | None = None
    bottleneck_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class FundingLineDraft:
    source: FundingSource
    program: str | None = None
    amount: Decimal = ZERO
    in_kind: bool = False


@dataclass(frozen=True, slots=True)
class FundingLineRecord:
    id: int
    uuid: str
    action_id: int
    draft: FundingLineDraft
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    uuid: str
    draft: ActionDraft
    funding: tuple[FundingLineRecord, ...] = ()
    responsible_name: str | None = None
    responsible_short: str | None = None  # the organization's acronym, for narrow columns
    bottleneck_label: str | None = None
    delayed: bool = False
    plan_title: str | None = None
    created_at: datetime | None = None

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def name(self) -> str:
        """How the action is named in sentences: "A1.2 Aprobación de planes"."""
        code = self.draft.code
        return f"{code} {self.draft.title}" if code else self.draft.title

    def funding_drafts(self) -> list[FundingLineDraft]:
        return [line.draft for line in self.funding]


@dataclass(frozen=True, slots=True)
class AxisTotals:
    axis: str | None
    actions: int
    budget: Decimal
    funded_cash: Decimal
    funded_in_kind: Decimal
    progress: int | None


@dataclass(frozen=True, slots=True)
class SourceTotals:
    source: FundingSource
    cash: Decimal
    in_kind: Decimal

    @property
    def total(self) -> Decimal:
        return self.cash + self.in_kind


@dataclass(frozen=True, slots=True)
class PlanTotals:
    axes: tuple[AxisTotals, ...]
    sources: tuple[SourceTotals, ...]
    actions: int
    budget: Decimal
    funded_cash: Decimal
    funded_in_kind: Decimal
    progress: int | None

    @property
    def funded(self) -> Decimal:
        return self.funded_cash + self.funded_in_kind


# --- order and derived facts -----------------------------------------------------------------


def natural_key(text: str | None) -> tuple[tuple[int, int, str], ...]:
    """Sort key where numbers compare as numbers: "A1.2" before "A1.10", "Eje 2" before
    "Eje 10". Empty text sorts last."""
    if not text or not text.strip():
        return ((2, 0, ""),)
    parts = _NUMBER_PARTS.split(text.strip().casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def action_order(action: ActionRecord) -> tuple[object, ...]:
    """Axis, then code (both in natural order), then title: how a plan lists its actions."""
    d = action.draft
    return (natural_key(d.axis), natural_key(d.code), natural_key(d.title), action.id)


CLOSED_ACTION: frozenset[ActionStatus] = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})
"""Actions that can no longer be late: finished or abandoned."""


def is_delayed(status: ActionStatus, end_date: date | None, today: date) -> bool:
    """Delayed when marked so, or still open (not done, not cancelled) past its end date."""
    if status == ActionStatus.DELAYED:
        return True
    if status in CLOSED_ACTION:
        return False
    return end_date is not None and end_date < today


def counts_in_totals(status: ActionStatus | str) -> bool:
    """Whether an action's money counts in budget and funding totals: a cancelled action will
    not spend it (the same actions plan_progress leaves out)."""
    return status != ActionStatus.CANCELLED


def _counts(action: ActionRecord) -> bool:
    return counts_in_totals(action.draft.status)


def _sums(actions: Sequence[ActionRecord]) -> tuple[Decimal, Decimal, Decimal]:
    budget = cash = in_kind = ZERO
    for action in actions:
        if not _counts(action):
            continue
        budget += action.draft.budget or ZERO
        for line in action.funding:
            if line.draft.in_kind:
                in_kind += line.draft.amount
            else:
                cash += line.draft.amount
    return budget, cash, in_kind


def _progress(actions: Sequence[ActionRecord]) -> int | None:
    return plan_progress((a.draft.status, a.draft.progress_pct) for a in actions)


def plan_totals(actions: Iterable[ActionRecord]) -> PlanTotals:
    """Budget, funding (cash and in kind) and progress per axis, per funding source and for
    the whole plan. Cancelled actions count in no sum (see the module docstring)."""
    ordered = sorted(actions, key=action_order)
    by_axis: dict[str | None, list[ActionRecord]] = {}
    for action in ordered:
        by_axis.setdefault(action.draft.axis, []).append(action)
    axes = []
    for axis, members in by_axis.items():
        budget, cash, in_kind = _sums(members)
        axes.append(AxisTotals(axis, len(members), budget, cash, in_kind, _progress(members)))
    per_source: dict[FundingSource, list[Decimal]] = {}
    for action in ordered:
        if not _counts(action):
            continue
        for line in action.funding:
            sums = per_source.setdefault(FundingSource(line.draft.source), [ZERO, ZERO])
            sums[1 if line.draft.in_kind else 0] += line.draft.amount
    sources = tuple(
        SourceTotals(source, *per_source[source])
        for source in FundingSource
        if source in per_source
    )
    budget, cash, in_kind = _sums(ordered)
    return PlanTotals(tuple(axes), sources, len(ordered), budget, cash, in_kind, _progress(ordered))


# --- validation ------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def _too_long(draft: object, limits: dict[str, int]) -> dict[str, str]:
    return {
        name: "too_long"
        for name, limit in limits.items()
        if len(getattr(draft, name) or "") > limit
    }


def _period_error(start: date | None, end: date | None) -> str | None:
    return "end_before_start" if start and end and end < start else None


def clean_plan(draft: PlanDraft) -> PlanDraft:
    return replace(
        draft,
        title=(draft.title or "").strip(),
        currency=(draft.currency or "").strip().upper(),
        status=PlanStatus(draft.status),
    )


def plan_errors(draft: PlanDraft) -> dict[str, str]:
    errors = _too_long(draft, _PLAN_LIMITS)
    if err := check_required(draft.title):
        errors["title"] = err
    if (draft.agenda_id is None) == (draft.initiative_id is None):
        # Neither or both: the plan must belong to exactly one of them.
        errors["agenda_id"] = errors["initiative_id"] = "required"
    if err := _period_error(draft.period_start, draft.period_end):
        errors["period_end"] = err
    if draft.version is None or draft.version < 1:
        errors["version"] = "out_of_range"
    if not draft.currency:
        errors["currency"] = "required"
    elif not _CURRENCY.match(draft.currency):
        errors["currency"] = "bad_currency"
    return errors


def validate_plan(draft: PlanDraft, today: date | None = None) -> PlanDraft:
    """Clean and check a plan; an approved plan without a date is approved ``today``."""
    cleaned = clean_plan(draft)
    if errors := plan_errors(cleaned):
        raise ValidationError(errors)
    if cleaned.status == PlanStatus.APPROVED and cleaned.approved_on is None:
        cleaned = replace(cleaned, approved_on=today or date.today())
    return cleaned


def clean_action(draft: ActionDraft) -> ActionDraft:
    texts = ("code", "axis", "description", "funding_source", "indicator", "target", "unit")
    budget = draft.budget
    return replace(
        draft,
        title=(draft.title or "").strip(),
        notes=_clean(draft.notes),
        budget=None if budget is None else Decimal(budget).quantize(CENTS),
        status=ActionStatus(draft.status),
        **{name: _clean(getattr(draft, name)) for name in texts},
    )


def action_errors(draft: ActionDraft) -> dict[str, str]:
    errors = _too_long(draft, _ACTION_LIMITS)
    if err := check_required(draft.title):
        errors["title"] = err
    if err := _period_error(draft.start_date, draft.end_date):
        errors["end_date"] = err
    if draft.budget is not None and draft.budget < 0:
        errors["budget"] = "negative"
    if draft.progress_pct is None or not 0 <= draft.progress_pct <= 100:
        errors["progress_pct"] = "out_of_range"
    return errors


def clean_funding(lines: Iterable[FundingLineDraft]) -> list[FundingLineDraft]:
    return [
        replace(
            line,
            source=FundingSource(line.source),
            program=_clean(line.program),
            amount=None if line.amount is None else Decimal(line.amount).quantize(CENTS),
            in_kind=bool(line.in_kind),
        )
        for line in lines
    ]


def funding_errors(lines: Sequence[FundingLineDraft]) -> dict[str, str]:
    """Errors of an action's funding lines, all reported on the form's "funding" field."""
    for line in lines:
        if line.amount is None:
            return {"funding": "required"}
        if line.amount < 0:
            return {"funding": "negative"}
        if len(line.program or "") > _PROGRAM_LIMIT:
            return {"funding": "too_long"}
    return {}


def validate_action(
    draft: ActionDraft, funding: Sequence[FundingLineDraft] = ()
) -> tuple[ActionDraft, list[FundingLineDraft]]:
    cleaned = clean_action(draft)
    lines = clean_funding(funding)
    if errors := {**action_errors(cleaned), **funding_errors(lines)}:
        raise ValidationError(errors)
    return cleaned, lines
