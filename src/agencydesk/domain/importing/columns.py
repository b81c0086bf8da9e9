"""A whole column of a sheet read at once: ``normalize`` over its distinct values only.

A partner's column repeats itself (a few actor types, levels, sectors, dates, "Socio activo")
or is clean text (names, ids, phones): both cost far less read as a column than cell by cell.
The result is exactly ``[normalize(raw, spec, options) for raw in raws]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agencydesk.domain.importing.kinds import FieldSpec, ValueType
from agencydesk.domain.importing.results import (
    DEFAULT_OPTIONS,
    INVALID,
    CellResult,
    CellStatus,
    ValueOptions,
)
from agencydesk.domain.importing.texts import URL_PATTERN
from agencydesk.domain.importing.values import normalize
from agencydesk.domain.importing.workbook import CellValue

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
    raws: Sequence[CellValue], spec: FieldSpec, options: ValueOptions = DEFAULT_OPTIONS
) -> list[CellResult]:
    """``normalize`` of every cell of a column, computed once per distinct value."""
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
        return out
    table = _distinct(list(dict.fromkeys(raws)), spec, options)
    return list(map(table.__getitem__, raws))


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
