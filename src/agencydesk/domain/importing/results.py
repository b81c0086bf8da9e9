"""What reading one cell gives: its status, its typed value and the reason, as codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple


class CellStatus(StrEnum):
    EMPTY = "empty"
    VALID = "valid"
    CORRECTED = "corrected"
    INVALID = "invalid"


@dataclass(frozen=True)
class ValueOptions:
    day_first: bool = True
    decimal_comma: bool | None = None  # None: decide per value ("1.234,56" vs "1,234.56")
    # Numbers in a percent column: True, fractions of one (a "%"-formatted column: 1 is 100);
    # False, already percentages; None, per value (below 1 is a fraction). See
    # ``percent_column_is_fraction`` to decide it for a whole column.
    percent_fractions: bool | None = None
    # Money: a lone separator before three digits ("$ 1,250") is thousands whatever the
    # column's decimal separator; False where the column writes decimals other than cents
    # ("12,5", "0,8": there "1,250" may be 1.25). See ``columns.column_writes_cents``.
    money_thousands: bool = True


class CellResult(NamedTuple):
    """One cell read as a field's value. Immutable; a named tuple because a 50,000-row sheet
    makes hundreds of thousands of them and a tuple is built ~4x faster than a frozen
    dataclass (compare results with each other, not with plain tuples)."""

    status: CellStatus
    value: Any = None  # typed: str, int, Decimal, date, bool, StrEnum member, or None
    reason: str | None = None  # INVALID: a code from REASONS; CORRECTED: a code too

    def shown(self) -> str:
        """The stored value as text: ISO date, "12500000", "45", the enumeration's code."""
        value = self.value
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, StrEnum):
            return value.value
        return str(value)


# Code -> English sentence (CLI, report, rejects workbook); the UI translates the code.
REASONS: dict[str, str] = {
    # Why a value is refused (INVALID).
    "required": "required",
    "excel_error": "an Excel error value",
    "formula_without_value": (
        "a formula saved without its result: open the file in Excel or LibreOffice and save "
        "it again"
    ),
    "bad_date": "not a date",
    "date_order": "day and month look swapped: check the date order",
    "bad_number": "not a number",
    "not_integer": "not a whole number",
    "negative": "cannot be negative",
    "out_of_range": "out of range",
    "unknown_choice": "not one of the choices",
    "bad_email": "not an e-mail address",
    "bad_url": "not a web address",
    "bad_bool": "not yes or no",
    "too_long": "too long",
    # What was done to read a value (CORRECTED).
    "trimmed": "extra spaces removed",
    "cleaned": "invisible characters removed",
    "date_from_text": "date read from text",
    "date_from_serial": "date read from an Excel day number",
    "time_dropped": "time of day dropped",
    "number_from_text": "number read from text",
    "thousands_assumed": "a point or comma before three digits read as a thousands separator",
    "rounded": "rounded",
    "percent_scaled": "a fraction read as a percentage",
    "choice_from_synonym": "read as one of the choices",
    "bool_from_text": "read as yes or no",
    "excused_absence": "an excused absence: not attended, excused",
    "id_from_number": "a number read as text",
    "email_first_kept": "several addresses: the first one kept",
    "given_names_first": "surnames written first: given names put first",
    "type_from_name": "the type was read from the organization's name",
    "level_from_name": "the level of government was read from the organization's name",
    "scaled_by_header": "the header gives amounts in thousands or millions: multiplied",
    "scaled_by_header_large": (
        "the header gives amounts in thousands or millions: multiplied, although the amount "
        "already looked whole: check it"
    ),
}

EMPTY = CellResult(CellStatus.EMPTY)
EXCEL_ERROR = CellResult(CellStatus.INVALID, None, "excel_error")
INVALID: dict[str, CellResult] = {
    code: CellResult(CellStatus.INVALID, None, code) for code in REASONS
}
DEFAULT_OPTIONS = ValueOptions()


def valid_or_corrected(value: Any, reason: str | None) -> CellResult:
    return CellResult(CellStatus.CORRECTED if reason else CellStatus.VALID, value, reason)
