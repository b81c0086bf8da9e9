"""Indicators of a plan or an agenda, their measurements, and how much of the target is met.

``percent_of_target`` is THE rule for "% of target met": the dashboard, the plan page, the
agenda page and any report use it, never a formula of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from agencydesk.domain.enums import IndicatorDirection
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.validation import check_name

MAX_UNIT = 60
MAX_SOURCE = 200
# The columns are Numeric(18, 4): 14 digits before the point.
MAX_ABS_VALUE = Decimal(10) ** 14


@dataclass(frozen=True, slots=True)
class IndicatorDraft:
    """An indicator's own fields. It belongs to exactly one of a plan or an agenda."""

    plan_id: int | None = None
    agenda_id: int | None = None
    name: str = ""
    unit: str | None = None
    baseline: Decimal | None = None
    baseline_date: date | None = None
    target: Decimal | None = None
    target_date: date | None = None
    direction: IndicatorDirection = IndicatorDirection.INCREASE


@dataclass(frozen=True, slots=True)
class MeasurementDraft:
    indicator_id: int
    date: date
    value: Decimal
    source: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class MeasurementRecord:
    id: int
    draft: MeasurementDraft
    # Kept so that undoing a delete puts the row back exactly (merging relies on the uuid).
    uuid: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    id: int
    uuid: str
    draft: IndicatorDraft
    measurements: tuple[MeasurementRecord, ...] = ()  # by date, then by id
    latest: MeasurementRecord | None = None
    percent_met: float | None = None  # 0.0–1.0, from the latest measurement
    created_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.draft.name


# --- % of target met -------------------------------------------------------------------------


def percent_of_target(
    baseline: Decimal | None,
    target: Decimal | None,
    actual: Decimal | None,
    direction: IndicatorDirection | str = IndicatorDirection.INCREASE,
) -> float | None:
    """The share of the way from baseline to target that ``actual`` has covered, 0.0 to 1.0.

    ``(actual − baseline) / (target − baseline)``, clamped to [0, 1]; the UI shows it as a %.

    - None when the baseline, the target or the actual value is missing: there is nothing to
      measure against, and 0 % would wrongly say "no progress".
    - A decreasing indicator needs no special case: with baseline 180 days, target 60 and
      actual 118, both differences are negative, (118 − 180) / (60 − 180) = −62 / −120 = 0.52.
    - Past the target the result is 1.0 (met; over-achievement is not shown as 130 %), and a
      value that went the wrong way (above the baseline of a decrease) is 0.0, not negative.
    - Zero-width range (target == baseline, e.g. "keep informality at 40 %"): there is no
      distance to divide by, so the target is met (1.0) when the actual is on its right side —
      at or above it for an increase, at or below it for a decrease — and not met (0.0) otherwise.
    - A target on the "wrong" side of the baseline for the stated direction (direction
      increase, baseline 50, target 40): the target is the figure the office committed to, so
      the formula is applied as is and the direction is, in effect, implied by target versus
      baseline (moving from 50 to 45 is half way). ``direction`` only decides the zero-width
      case. The indicator form warns about the mismatch so that it gets corrected at the source.
    """
    if baseline is None or target is None or actual is None:
        return None
    span = Decimal(target) - Decimal(baseline)
    if span == 0:
        if IndicatorDirection(direction) is IndicatorDirection.DECREASE:
            return 1.0 if actual <= target else 0.0
        return 1.0 if actual >= target else 0.0
    share = (Decimal(actual) - Decimal(baseline)) / span
    return float(min(Decimal(1), max(Decimal(0), share)))


def direction_mismatch(draft: IndicatorDraft) -> bool:
    """Whether the target lies on the side of the baseline opposite to the stated direction."""
    if draft.baseline is None or draft.target is None:
        return False
    if draft.direction == IndicatorDirection.DECREASE:
        return draft.target > draft.baseline
    return draft.target < draft.baseline


def latest_measurement(measurements: tuple[MeasurementRecord, ...]) -> MeasurementRecord | None:
    """The most recent measurement (by date; the last entered wins on the same date)."""
    if not measurements:
        return None
    return max(measurements, key=lambda m: (m.draft.date, m.id))


def build_indicator_record(
    indicator_id: int,
    uuid: str,
    draft: IndicatorDraft,
    measurements: list[MeasurementRecord],
    created_at: datetime | None = None,
) -> IndicatorRecord:
    """An indicator with its measurements in date order and its % met from the latest one."""
    ordered = tuple(sorted(measurements, key=lambda m: (m.draft.date, m.id)))
    latest = latest_measurement(ordered)
    percent = percent_of_target(
        draft.baseline, draft.target, latest.draft.value if latest else None, draft.direction
    )
    return IndicatorRecord(indicator_id, uuid, draft, ordered, latest, percent, created_at)


# --- numbers as users type them ------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_PLAIN = re.compile(r"^[+-]?\d+$")


def parse_decimal(
    text: str | None, decimal_point: str = ".", group_separator: str = ","
) -> Decimal | None:
    """The number in ``text`` (None when empty); raises ValueError when it is not a number.

    Users type "12,5", "12.5", "1.500,25" or "1,500.25" whatever their locale says, so:

    - spaces (also non-breaking) and apostrophes are thousands separators ("1 500", "1'500");
    - with both "." and "," the last one is the decimal point ("1.500,25", "1,500.25");
    - a lone separator is the decimal point, unless it is the locale's group separator with
      one to three digits before it and exactly three after ("1.500" is 1500 in Spanish,
      but "12.5" is 12.5 there too: nobody groups digits by one);
    - a separator that appears several times is a thousands separator ("1.500.000").
    """
    if text is None:
        return None
    cleaned = _SPACES.sub("", text.strip())
    if not cleaned:
        return None
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = cleaned[0], cleaned[1:]
    if not re.fullmatch(r"[\d.,]+", cleaned) or not re.search(r"\d", cleaned):
        raise ValueError(text)
    dots, commas = cleaned.count("."), cleaned.count(",")
    if dots and commas:
        decimal_char = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        group_char = "," if decimal_char == "." else "."
        if cleaned.count(decimal_char) > 1:
            raise ValueError(text)
        whole, fraction = cleaned.split(decimal_char)
        whole = _ungroup(whole, group_char, text)
    elif dots + commas == 0:
        whole, fraction = cleaned, ""
    else:
        char = "." if dots else ","
        if cleaned.count(char) > 1:
            whole, fraction = _ungroup(cleaned, char, text), ""
        else:
            before, after = cleaned.split(char)
            is_group = (
                char == group_separator
                and char != decimal_point
                and 1 <= len(before) <= 3
                and len(after) == 3
            )
            whole, fraction = (before + after, "") if is_group else (before, after)
    if not whole and not fraction:
        raise ValueError(text)
    number = f"{sign}{whole or '0'}" + (f".{fraction}" if fraction else "")
    if not _PLAIN.match(number.replace(".", "", 1)):
        raise ValueError(text)
    try:
        return Decimal(number)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above rule it out
        raise ValueError(text) from exc


def _ungroup(text: str, char: str, original: str) -> str:
    """Digits grouped by ``char`` in threes ("1.500.000"), without the separators."""
    groups = text.split(char)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise ValueError(original)
    return "".join(groups)


def plain_decimal(value: Decimal | None) -> Decimal | None:
    """``value`` without trailing zeros and never in exponent form (250000, not 2.5E+5).

    The database gives back 250000.0000 for 250000: without this, the audit trail would record
    a change from "250000.0000" to "250000" that is none.
    """
    if value is None:
        return None
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_decimal(value: Decimal, decimal_point: str = ".", group_separator: str = ",") -> str:
    """``value`` with grouped thousands and no trailing zeros ("250.000", "9,5" in Spanish).

    Done by hand rather than through float: the columns hold 18 significant digits.
    """
    text = f"{Decimal(value).normalize():f}"
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    grouped = group_separator.join(groups)
    return sign + grouped + (decimal_point + fraction if fraction else "")


# --- validation ------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _check_value(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return "out_of_range" if abs(value) >= MAX_ABS_VALUE else None


def clean_indicator(draft: IndicatorDraft) -> IndicatorDraft:
    return replace(
        draft,
        name=(draft.name or "").strip(),
        unit=_clean(draft.unit),
        baseline=plain_decimal(draft.baseline),
        target=plain_decimal(draft.target),
    )


def indicator_errors(draft: IndicatorDraft) -> dict[str, str]:
    """Field → error code. Owner rules: exactly one of ``plan_id`` and ``agenda_id``."""
    errors: dict[str, str] = {}
    if err := check_name(draft.name):
        errors["name"] = err
    if draft.unit and len(draft.unit) > MAX_UNIT:
        errors["unit"] = "too_long"
    for key in ("baseline", "target"):
        if err := _check_value(getattr(draft, key)):
            errors[key] = err
    if draft.baseline_date and draft.target_date and draft.target_date < draft.baseline_date:
        errors["target_date"] = "end_before_start"
    if draft.plan_id is None and draft.agenda_id is None:
        errors["plan_id"] = "required"
    elif draft.plan_id is not None and draft.agenda_id is not None:
        # An indicator measures one plan or one agenda; both would be counted twice.
        errors["agenda_id"] = "out_of_range"
    return errors


def validate_indicator(draft: IndicatorDraft) -> IndicatorDraft:
    cleaned = clean_indicator(draft)
    if errors := indicator_errors(cleaned):
        raise ValidationError(errors)
    return cleaned


def clean_measurement(draft: MeasurementDraft) -> MeasurementDraft:
    return replace(
        draft,
        value=plain_decimal(draft.value),
        source=_clean(draft.source),
        notes=_clean(draft.notes),
    )


def measurement_errors(draft: MeasurementDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if draft.date is None:
        errors["date"] = "required"
    if draft.value is None:
        errors["value"] = "required"
    elif err := _check_value(draft.value):
        errors["value"] = err
    if draft.source and len(draft.source) > MAX_SOURCE:
        errors["source"] = "too_long"
    return errors


def validate_measurement(draft: MeasurementDraft) -> MeasurementDraft:
    cleaned = clean_measurement(draft)
    if errors := measurement_errors(cleaned):
        raise ValidationError(errors)
    return cleaned
