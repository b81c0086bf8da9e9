"""Measurements of an indicator counted in percent, typed as fractions of one.

"27%" typed in Excel is kept as 0.27 under a "0%" format, and the reader sees 0.27 without the
format. For an indicator whose unit is "%" ("Incidencia de roya", "% de productores
formalizados") that is 27; for one in "t/ha" or "ratio" it is 0.27. The value column is read
as plain numbers (values._number); here the rows of each percent indicator are read again,
with the rule progress columns follow (``values.percent_column_is_fraction``): a group of rows
whose numbers are all between 0 and 1, one strictly between, is in fractions of one (1 is
100 %); among whole percentages a number strictly between 0 and 1 is still a fraction. Text
with a "%" ("27%", "0,5 %") says what it is and is left as read. Every value changed is
CORRECTED "percent_scaled", so the preview and the report's guesses show it.

Evidence is taken per indicator, not per column: one sheet often holds several indicators,
"%" beside "ha" and "qq/ha".
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from agencydesk.domain.importing.numbers import parse_number
from agencydesk.domain.importing.results import CellResult, CellStatus
from agencydesk.domain.importing.values import percent_column_is_fraction
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.domain.text import fold

SCALED = "percent_scaled"  # the reason progress columns give for the same reading

# Words of a unit counted in percent, folded ("Porcentaje" -> "porcentaje"), es/pt/en.
_PERCENT_WORDS = ("porcentaje", "porcentagem", "percentual", "percent", "por ciento", "pct")
# Percentage points measure a change, often under one ("0,3 p.p."): not fractions of one.
_POINTS_WORDS = ("punto", "ponto", "point", "p.p", "pp")
_HUNDRED = Decimal(100)
_CORRECTED = CellStatus.CORRECTED
_TEN_THOUSANDTH = Decimal("0.0001")  # the column's scale: Numeric(18, 4)


def is_percent_unit(unit: str | None) -> bool:
    """Whether an indicator's unit counts in percent: "%", "% de hogares", "Porcentaje",
    "percent"; not "puntos porcentuales" (a change, in percentage points), "t/ha" or "ratio"."""
    text = fold(unit)
    if not text:
        return False
    words = text.replace("(", " ").replace(")", " ").split()
    if any(w.startswith(_POINTS_WORDS) for w in words):
        return False
    return "%" in text or any(word in text for word in _PERCENT_WORDS)


def _typed_percent(raw: CellValue) -> bool:
    """Text with a "%" ("27%", "0,5 %"): already read as the percentage it spells."""
    if type(raw) is not str:
        return False
    text = raw.strip()
    parsed = parse_number(text) if text else None
    return parsed is not None and parsed.percent


def _scaled(raw: CellValue, read: Decimal) -> Decimal:
    # From the cell itself when it is a number: the read value was rounded to four decimals
    # (0.123456 -> 0.1235), a hundredfold needs two of them back (12.3456).
    exact = Decimal(repr(raw)) if type(raw) is float else read
    value = (exact * _HUNDRED).quantize(_TEN_THOUSANDTH, rounding=ROUND_HALF_UP)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def percent_measurements(
    raws: Sequence[CellValue], results: list[CellResult], groups: Sequence[Hashable | None]
) -> list[CellResult]:
    """The value column's ``results`` with the fractions of percent indicators read as
    percentages. ``groups[k]``: the indicator of row k when its unit is a percent (any key,
    the same for the rows of one indicator), None for the others, which are left as read."""
    rows: dict[Hashable, list[int]] = {}
    for k, group in enumerate(groups):
        if group is not None:
            rows.setdefault(group, []).append(k)
    if not rows:
        return results
    out = list(results)
    readable = (CellStatus.VALID, CellStatus.CORRECTED)
    for positions in rows.values():
        fractions = percent_column_is_fraction(raws[k] for k in positions)
        read: dict[tuple[type, CellValue], CellResult | None] = {}  # a column repeats itself
        for k in positions:
            result = results[k]
            value = result.value
            if result.status not in readable or not isinstance(value, Decimal):
                continue
            if not (0 < value < 1 or (fractions and value == 1)):
                continue
            raw = raws[k]
            key = (type(raw), raw)
            if key not in read:
                scaled = None if _typed_percent(raw) else _scaled(raw, value)
                read[key] = None if scaled is None else CellResult(_CORRECTED, scaled, SCALED)
            if (found := read[key]) is not None:
                out[k] = found
    return out
