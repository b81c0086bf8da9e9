"""A whole column of a sheet read at once: ``normalize`` over its distinct values only.

A partner's column repeats itself (a few actor types, levels, sectors, dates, "Socio activo")
or is clean text (names, ids, phones): both cost far less read as a column than cell by cell.
The result is ``[normalize(raw, spec, options) for raw in raws]``, except where the column's
other values say how to read an ambiguous one (``conventions``): the order of its dates, and
what "M" is in a gender column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Any

from agencydesk.domain.enums import Gender
from agencydesk.domain.importing.conventions import (
    column_day_first,
    gender_m,
    is_gender_m,
    order_decided,
    order_reason,
)
from agencydesk.domain.importing.kinds import FieldSpec, ValueType
from agencydesk.domain.importing.results import (
    DEFAULT_OPTIONS,
    INVALID,
    CellResult,
    CellStatus,
    ValueOptions,
)
from agencydesk.domain.importing.texts import URL_PATTERN
from agencydesk.domain.importing.units import header_scale, scaled_amounts
from agencydesk.domain.importing.values import normalize
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.domain.text import unguard

# 1, 1.0 and True are one dictionary key: a column mixing these types is not shared by value.
_NUMERIC = frozenset({bool, int, float})
_TEXT_ONLY = frozenset({str, type(None)})
# Types whose ``normalize`` of clean text (see ``_all_clean``) is the text itself, VALID.
_PLAIN_TEXT = frozenset(
    {
        ValueType.TEXT,
        ValueType.LONG_TEXT,
        ValueType.ORGANIZATION,
        ValueType.PERSON,
        ValueType.IDENTIFIER,
        ValueType.PHONE,
        ValueType.URL,
    }
)
_SEPARATOR = "|"
_Table = dict[Any, CellResult]
_RawOf = Callable[[Any], CellValue]

# A number typed with one decimal point or comma that cannot be a thousands separator: not
# before exactly three digits ("2.75", "0,5", "12.5"), or after a zero ("0.250"); or with both
# separators, the last being the decimal one ("1,234.56", "1.234,56").
_SINGLE = re.compile(r"[-+]?\d+([.,])(\d+)")
_BOTH = re.compile(r"[-+]?\d{1,3}(?:([.,])\d{3})+([.,])\d+")


def _all_clean(texts: list[str]) -> bool:
    """Whether every text is ``texts.is_clean_line`` (non-empty, printable, no edge or double
    spaces, no ``_xHHHH_``), tested on the texts joined by "|" with C-speed string methods.

    Joining can only make the test fail where each text alone passes (a text holding "| "),
    never the reverse: a False sends the column the ordinary way, a True is exact.
    """
    if not texts or "" in texts:
        return False
    joined = _SEPARATOR.join(texts)
    return (
        joined.isprintable()  # also: no newline, so long text is a single line here
        and joined[0] != " "
        and joined[-1] != " "
        and "  " not in joined
        and "| " not in joined
        and " |" not in joined
        and "_x" not in joined
    )


def _distinct(values: list[CellValue], spec: FieldSpec, options: ValueOptions) -> dict:
    """normalize(value) by value, for distinct values of one column."""
    if spec.type in _PLAIN_TEXT and _TEXT_ONLY.issuperset(map(type, values)):
        texts = [v for v in values if v is not None]
        limit = spec.max_length
        if _all_clean(texts) and (limit is None or max(map(len, texts)) <= limit):
            valid = CellStatus.VALID
            if spec.type is ValueType.URL:
                bad = INVALID["bad_url"]
                fullmatch = URL_PATTERN.fullmatch
                table = {t: CellResult(valid, t) if fullmatch(t) else bad for t in texts}
            else:
                table = {t: CellResult(valid, t) for t in texts}
            if len(texts) < len(values):
                table[None] = normalize(None, spec, options)
            return table
    return {v: normalize(v, spec, options) for v in values}


def normalize_column(
    raws: Sequence[CellValue],
    spec: FieldSpec,
    options: ValueOptions = DEFAULT_OPTIONS,
    header: str = "",
) -> list[CellResult]:
    """``normalize`` of every cell of a column, computed once per distinct value, read in the
    column's conventions (``_in_convention``). An amount column whose ``header`` gives its
    unit ("Presupuesto (miles de S/)") has its amounts multiplied (``units``)."""
    # Read from the header once per column, and only for amounts: other columns pay nothing.
    factor = header_scale(header) if spec.type is ValueType.MONEY and header else 1
    types = set(map(type, raws))
    if len(types & _NUMERIC) > 1:
        cache: dict[tuple[type, CellValue], CellResult] = {}
        out = []
        for raw in raws:
            key = (type(raw), raw)
            found = cache.get(key)
            if found is None:
                found = cache[key] = normalize(raw, spec, options)
            out.append(found)
        revised = _in_convention(cache, _TYPED_RAW, spec, options)
        if factor != 1:
            revised = scaled_amounts(revised or cache, _TYPED_RAW, factor, options)
        if revised is None:
            return out
        return [revised[type(raw), raw] for raw in raws]
    distinct = list(dict.fromkeys(raws))
    table = _distinct(distinct, spec, options)
    # "'+52 962 211 6757": our CSV export's guard, kept as text by the spreadsheet program
    # that opened the CSV and saved it as a workbook; read as the value it guarded.
    for raw in distinct:
        if raw.__class__ is str and raw[:1] == "'" and (bare := unguard(raw)) != raw:
            table[raw] = normalize(bare, spec, options)
    table = _in_convention(table, _RAW, spec, options) or table
    if factor != 1:
        table = scaled_amounts(table, _RAW, factor, options)
    return list(map(table.__getitem__, raws))


def _raw(key: CellValue) -> CellValue:
    return key


# A column's table of results is keyed by its distinct values, or by (type, value) where it
# mixes 1, 1.0 and True; these give the value back.
_RAW: _RawOf = _raw
_TYPED_RAW: _RawOf = itemgetter(1)
_DATE_ORDER = INVALID["date_order"]


def _in_convention(
    table: _Table, raw_of: _RawOf, spec: FieldSpec, options: ValueOptions
) -> _Table | None:
    """``table`` (a column's distinct values -> results) revised where the column's other
    values decide an ambiguous one, or None when nothing changes. Only its distinct values are
    looked at, and only in date and gender columns."""
    if spec.type is ValueType.DATE:
        # A date read the other way than the column's order is refused as "date_order": without
        # one, the column's order is the options' (the common case costs this one look).
        if _DATE_ORDER not in table.values():
            return None
        day_first = column_day_first(map(raw_of, table), options.day_first)
        if day_first == options.day_first:
            return None
        return _reread_dates(table, raw_of, spec, replace(options, day_first=day_first))
    if spec.enum is Gender:
        ms = [key for key in table if is_gender_m(raw_of(key))]
        if not ms:
            return None
        m = gender_m(map(raw_of, table))
        if m is None:
            return None
        return {**table, **dict.fromkeys(ms, m)}
    return None


def _reread_dates(table: _Table, raw_of: _RawOf, spec: FieldSpec, options: ValueOptions) -> _Table:
    """The column's dates read in ``options.day_first`` order, the column's own: each date
    that order decided ("04/02/2025", "03/15/2025") is CORRECTED with a reason saying so,
    since the import's options said the other order."""
    reason = order_reason(options.day_first)
    corrected = CellStatus.CORRECTED
    out: _Table = {}
    for key in table:
        raw = raw_of(key)
        result = normalize(raw, spec, options)
        if result.status is corrected and order_decided(raw):
            result = CellResult(corrected, result.value, reason)
        out[key] = result
    return out


def column_writes_cents(raws: Iterable[CellValue]) -> bool:
    """Whether an amount column's text cells write decimals only as cents, two digits
    ("1.250,00", "12.50"), or none: then its "1,250" is thousands, as amounts are written.
    A column with "12,5" or "0,8" writes other decimals, and "1,250" there may be 1.25."""
    for raw in raws:
        if type(raw) is not str:
            continue
        text = raw.strip()
        if (match := _SINGLE.fullmatch(text)) is not None:
            digits = len(match.group(2))
            zero = text[: match.start(1)].lstrip("+-").lstrip("0") == ""  # "0,250": decimals
            if digits != 2 and (digits != 3 or zero):
                return False
        elif (match := _BOTH.fullmatch(text)) is not None and (
            len(text) - text.rfind(match.group(2)) - 1 != 2
        ):
            return False
    return True


def column_decimal_comma(raws: Iterable[CellValue]) -> bool | None:
    """Whether a number column's text cells show their decimal separator: True for a comma,
    False for a point, None when they do not say (or say both).

    "1.250" alone could be 1250 or 1.25 (``numbers.parse_number`` reads thousands); among
    "2.75", "0.5" and "12.5" in the same column it is 1.25. Pass the result as
    ``ValueOptions.decimal_comma`` when the user did not choose one.
    """
    seen: set[str] = set()
    for raw in raws:
        if type(raw) is not str:
            continue
        text = raw.strip()
        if (match := _SINGLE.fullmatch(text)) is not None:
            whole = text[: match.start(1)].lstrip("+-")
            if len(match.group(2)) != 3 or whole.lstrip("0") == "":
                seen.add(match.group(1))
        elif (match := _BOTH.fullmatch(text)) is not None and match.group(1) != match.group(2):
            seen.add(match.group(2))
        if len(seen) > 1:
            return None
    if not seen:
        return None
    return "," in seen
