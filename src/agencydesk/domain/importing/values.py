"""One cell of a partner's sheet, read as the value of one field: typed, checked, explained.

``normalize`` never guesses silently: a value it had to interpret is CORRECTED with the reason
(shown in the preview), a value it cannot read is INVALID with the reason (the row is then
rejected whole), text beyond the column's length is INVALID ("too_long"), never cut. An empty
cell is EMPTY whatever the field: whether it may be empty is the pipeline's decision ("required",
defaults).

It runs once per cell of a 50,000-row sheet, so the common cases (clean text, numbers, date
cells) take a short path of type checks and dictionary look-ups.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from agencydesk.domain.enums import Presence
from agencydesk.domain.importing.conventions import COLUMN_REASONS
from agencydesk.domain.importing.dates import date_from_serial, parse_date_text
from agencydesk.domain.importing.kinds import FieldSpec, ValueType
from agencydesk.domain.importing.numbers import parse_number
from agencydesk.domain.importing.results import (
    DEFAULT_OPTIONS,
    EMPTY,
    EXCEL_ERROR,
    INVALID,
    CellResult,
    CellStatus,
    ValueOptions,
    valid_or_corrected,
)
from agencydesk.domain.importing.results import REASONS as CELL_REASONS
from agencydesk.domain.importing.texts import (
    as_text,
    email,
    identifier,
    long_text,
    plain_number,
    url,
)
from agencydesk.domain.importing.vocabulary import bool_for, choice_for, presence_for
from agencydesk.domain.importing.workbook import CellValue, ExcelError

__all__ = [
    "IMPLIED",
    "REASONS",
    "CellResult",
    "CellStatus",
    "ValueOptions",
    "amount_result",
    "normalize",
    "percent_column_is_fraction",
    "typed_amount",
]

# Every reason a result can give: those of one cell, and those a column's other values give
# (``conventions``: "M" beside "H" is Mujer). The CLI, report and rejects workbook show these.
REASONS: dict[str, str] = {**CELL_REASONS, **COLUMN_REASONS}

_MONEY_LIMIT = Decimal(10) ** 16  # Numeric(18, 2)
_NUMBER_LIMIT = Decimal(10) ** 14  # Numeric(18, 4)
_INTEGER_LIMIT = 2**31
_CENT = Decimal("0.01")
_TEN_THOUSANDTH = Decimal("0.0001")
_HUNDRED = Decimal(100)
_FORMULA_WITHOUT_VALUE = INVALID["formula_without_value"]


def _date(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if isinstance(raw, datetime):
        return valid_or_corrected(raw.date(), "time_dropped" if raw.time() != time() else None)
    if isinstance(raw, date):
        return CellResult(CellStatus.VALID, raw)
    if type(raw) is str:
        text = raw.strip()
        if not text:
            return EMPTY
        value, reason = parse_date_text(text, options.day_first)
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        if not math.isfinite(raw):
            return INVALID["bad_date"]
        if isinstance(raw, int) or raw.is_integer():
            # A serial (45366) or a date typed without separators (20240315).
            value, reason = parse_date_text(str(int(raw)), options.day_first)
        else:
            value, reason = date_from_serial(raw)
    else:
        return INVALID["bad_date"]
    if value is None:
        return INVALID[reason or "bad_date"]
    return valid_or_corrected(value, reason)


def _number_from(
    raw: CellValue, options: ValueOptions, money: bool = False
) -> tuple[Decimal, bool, str | None] | CellResult:
    """(value, typed with "%", correction), or the EMPTY or INVALID result. ``money``: see
    ``numbers.parse_number``."""
    if type(raw) is int:
        return Decimal(raw), False, None
    if type(raw) is float:
        if not math.isfinite(raw):
            return INVALID["bad_number"]
        return (Decimal(int(raw)) if raw.is_integer() else Decimal(repr(raw))), False, None
    if type(raw) is str:
        text = raw.strip()
        if not text:
            return EMPTY
        parsed = parse_number(text, options.decimal_comma, money and options.money_thousands)
        if parsed is None:
            return INVALID["bad_number"]
        if parsed.thousands_assumed:
            reason: str | None = "thousands_assumed"
        elif parsed.corrected or text != raw:
            reason = "number_from_text"
        else:
            reason = None
        return parsed.value, parsed.percent, reason
    if isinstance(raw, int) and not isinstance(raw, bool):  # an int subclass
        return Decimal(int(raw)), False, None
    return INVALID["bad_number"]


def _rounded(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


def _money(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if type(raw) is int or (type(raw) is float and raw.is_integer()):
        if raw < 0:
            return INVALID["negative"]
        if raw >= _MONEY_LIMIT:
            return INVALID["out_of_range"]
        return CellResult(CellStatus.VALID, Decimal(int(raw)))
    got = _number_from(raw, options, money=True)
    if isinstance(got, CellResult):
        return got
    value, _, reason = got
    if value < 0:
        return INVALID["negative"]
    if value >= _MONEY_LIMIT:
        return INVALID["out_of_range"]
    return _to_step(value, _CENT, reason)


def typed_amount(raw: CellValue, options: ValueOptions = DEFAULT_OPTIONS) -> Decimal | None:
    """The amount ``raw`` spells, exactly as typed (not yet rounded to cents), or None when it
    is empty or no number. For ``units``: "1.234,5678" in thousands is 1234567.8, not the
    1234570 that scaling its rounded value would give."""
    got = _number_from(raw, options, money=True)
    return None if isinstance(got, CellResult) else got[0]


def amount_result(value: Decimal, reason: str) -> CellResult:
    """``value`` stored as an amount: refused when negative or beyond the column's range,
    else CORRECTED with ``reason`` (which says more than "rounded"), whole where it is whole
    (1500.5 x 1000 is 1500500, not 1500500.0), else to the cent."""
    if value < 0:
        return INVALID["negative"]
    if value >= _MONEY_LIMIT:
        return INVALID["out_of_range"]
    whole = value.to_integral_value()
    return CellResult(
        CellStatus.CORRECTED, whole if whole == value else _rounded(value, _CENT), reason
    )


def _to_step(value: Decimal, step: Decimal, reason: str | None) -> CellResult:
    """``value`` with at most ``step``'s decimals; "rounded" when that changed it."""
    if value.as_tuple().exponent < step.as_tuple().exponent:  # type: ignore[operator]
        stepped = _rounded(value, step)
        if stepped != value:
            reason = "rounded"
        value = stepped
    return valid_or_corrected(value, reason)


def _number(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if type(raw) is int or (type(raw) is float and raw.is_integer()):
        if abs(raw) >= _NUMBER_LIMIT:
            return INVALID["out_of_range"]
        return CellResult(CellStatus.VALID, Decimal(int(raw)))
    got = _number_from(raw, options)
    if isinstance(got, CellResult):
        return got
    value, _, reason = got
    if abs(value) >= _NUMBER_LIMIT:
        return INVALID["out_of_range"]
    return _to_step(value, _TEN_THOUSANDTH, reason)


def _integer(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if type(raw) is int:
        if raw < 0:
            return INVALID["negative"]
        return (
            CellResult(CellStatus.VALID, raw) if raw < _INTEGER_LIMIT else INVALID["out_of_range"]
        )
    got = _number_from(raw, options)
    if isinstance(got, CellResult):
        return got
    value, _, reason = got
    if value != value.to_integral_value():
        return INVALID["not_integer"]
    if value < 0:
        return INVALID["negative"]
    if value >= _INTEGER_LIMIT:
        return INVALID["out_of_range"]
    return valid_or_corrected(int(value), reason)


def _percent(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if type(raw) is int and not options.percent_fractions:
        return CellResult(CellStatus.VALID, raw) if 0 <= raw <= 100 else INVALID["out_of_range"]
    got = _number_from(raw, options)
    if isinstance(got, CellResult):
        return got
    value, typed_percent, reason = got
    if not typed_percent:
        fractions = options.percent_fractions
        if fractions or (fractions is None and 0 < value < 1):
            value, reason = value * _HUNDRED, "percent_scaled"
    whole = _rounded(value, Decimal(1))
    if whole != value:
        reason = "rounded"
    if not 0 <= whole <= _HUNDRED:
        return INVALID["out_of_range"]
    return valid_or_corrected(int(whole), reason)


def _enum(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if type(raw) is not str:
        if isinstance(raw, StrEnum) and spec.enum is not None and isinstance(raw, spec.enum):
            return CellResult(CellStatus.VALID, raw)
        if raw is None or isinstance(raw, bool | date | time):
            return INVALID["unknown_choice"]
        raw = plain_number(raw) if isinstance(raw, int | float) else str(raw)
    assert spec.enum is not None, spec.name
    member = spec.enum._value2member_map_.get(raw)
    if member is not None:
        return CellResult(CellStatus.VALID, member)
    if not raw.strip():
        return EMPTY
    member = choice_for(spec.enum, raw)
    if member is None:
        return INVALID["unknown_choice"]
    return CellResult(CellStatus.CORRECTED, member, "choice_from_synonym")


_BOOL_PLAIN = {"true": True, "false": False, "1": True, "0": False, "TRUE": True, "FALSE": False}


def _bool(raw: CellValue, spec: FieldSpec, options: ValueOptions) -> CellResult:
    if isinstance(raw, bool):
        return CellResult(CellStatus.VALID, raw)
    if isinstance(raw, int | float):
        if raw in (0, 1):
            return CellResult(CellStatus.VALID, bool(raw))
        return INVALID["bad_bool"]
    if type(raw) is not str:
        return INVALID["bad_bool"]
    plain = _BOOL_PLAIN.get(raw)
    if plain is not None:
        return CellResult(CellStatus.VALID, plain)
    if not raw.strip():
        return EMPTY
    if spec.enum is Presence:
        return _presence(raw)
    value = bool_for(raw)
    if value is None:
        return INVALID["bad_bool"]
    return CellResult(CellStatus.CORRECTED, value, "bool_from_text")


# A presence column ("Asistencia") holds one of three states, not yes or no: "Justificado" there
# is an excused absence, so the cell is "did not attend" and the row's "excused" is implied.
# The pipeline sets each IMPLIED field (reason -> field, value) where the row leaves it empty.
_EXCUSED_ABSENCE = CellResult(CellStatus.CORRECTED, False, "excused_absence")
IMPLIED: dict[str, tuple[str, Any]] = {"excused_absence": ("excused", True)}


def _presence(text: str) -> CellResult:
    state = presence_for(text)
    if state is None:
        return INVALID["bad_bool"]
    if state is Presence.EXCUSED:
        return _EXCUSED_ABSENCE
    return CellResult(CellStatus.CORRECTED, state is Presence.ATTENDED, "bool_from_text")


_Normalizer = Callable[[CellValue, FieldSpec, ValueOptions], CellResult]

_NORMALIZERS: dict[ValueType, _Normalizer] = {
    ValueType.TEXT: as_text,
    ValueType.ORGANIZATION: as_text,
    ValueType.PERSON: as_text,
    ValueType.PHONE: identifier,
    ValueType.LONG_TEXT: long_text,
    ValueType.IDENTIFIER: identifier,
    ValueType.EMAIL: email,
    ValueType.URL: url,
    ValueType.DATE: _date,
    ValueType.MONEY: _money,
    ValueType.NUMBER: _number,
    ValueType.INTEGER: _integer,
    ValueType.PERCENT: _percent,
    ValueType.ENUM: _enum,
    ValueType.BOOL: _bool,
}


def normalize(
    raw: CellValue, spec: FieldSpec, options: ValueOptions = DEFAULT_OPTIONS
) -> CellResult:
    """The cell ``raw`` read as a value of ``spec``: EMPTY, VALID, CORRECTED or INVALID."""
    if raw is None:
        return EMPTY
    if type(raw) is ExcelError:
        # A reader hands a formula saved without its result over as ExcelError("=40+5").
        return _FORMULA_WITHOUT_VALUE if raw.code.startswith("=") else EXCEL_ERROR
    return _NORMALIZERS[spec.type](raw, spec, options)


def percent_column_is_fraction(values: Iterable[CellValue]) -> bool:
    """Whether a percent column's numbers are fractions of one (from a "%"-formatted column):
    all its numbers between 0 and 1, at least one of them strictly between: then 1 is 100 %.
    Pass True as ``ValueOptions.percent_fractions``, and None (per value) otherwise, not False:
    among percentages (45, 100) a number strictly between 0 and 1 is still a fraction, one
    cell formatted "0%" among cells typed as numbers ("0.6" is 60 %: a progress of 0.6 % is
    implausible), while 0 and 1 stay percentages (see ``conventions.whole_when_done`` for a 1
    beside a done status).

    A number written as text (typed as text, or any cell of a CSV: "0.66", "0,66") counts as
    the number cell it spells, so text and number cells read alike. Text with a "%" ("66,5 %")
    says what it is and does not count."""
    seen_fraction = False
    counted: set[str] = set()  # a column repeats its texts ("0.5", "1"): each is read once
    for value in values:
        number: Decimal | int | float
        if type(value) is str:
            if value in counted:
                continue
            counted.add(value)
            text = value.strip()
            parsed = parse_number(text) if text else None
            if parsed is None or parsed.percent:
                continue
            number = parsed.value
        elif isinstance(value, bool) or not isinstance(value, int | float):
            continue
        else:
            number = value
        if not 0 <= number <= 1:
            return False
        seen_fraction = seen_fraction or 0 < number < 1
    return seen_fraction
