"""What a column's other values say about reading one that is ambiguous alone.

"04/02/2025" is the 4th of February or the 2nd of April, "M" is Mujer or Masculino, progress
"1" is 1 % or Excel's "100%" (the value under a "0%" format): the cell cannot tell, its column
often can ("03/15/2025", "H" and "Concluida" beside them). Each rule reads that evidence once
per column, from its distinct values, so a 50,000-row column costs no more per cell; a guess it
makes is shown (CORRECTED with its reason), and where the column says nothing either way the
cell is refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from agencydesk.domain.enums import ActionStatus, Gender
from agencydesk.domain.importing.dates import order_parts
from agencydesk.domain.importing.numbers import parse_number
from agencydesk.domain.importing.results import CellResult, CellStatus
from agencydesk.domain.importing.vocabulary import vocabulary_key
from agencydesk.domain.importing.workbook import CellValue

# Code -> English sentence, merged into ``values.REASONS``; the UI translates the code.
COLUMN_REASONS: dict[str, str] = {
    "month_first_column": (
        "read month first, as the column's other dates are written (03/15/2025)"
    ),
    "day_first_column": "read day first, as the column's other dates are written (15/03/2025)",
    "gender_m_female": "“M” read as Mujer (woman): the column writes men as H or Hombre",
    "gender_m_ambiguous": (
        "“M” can be Mujer (woman) or Masculino (man) and the column does not say which: "
        "write Mujer, Hombre, F or H"
    ),
}

# --- Dates: day or month first ------------------------------------------------------------


def _parts(value: CellValue) -> tuple[int, int] | None:
    if type(value) is str:
        return order_parts(value.strip())
    if type(value) is int and 10_000_000 <= value < 100_000_000:  # 15032025 typed as a number
        return order_parts(str(value))
    return None


# Days in each month, February with its 29th: "04/31/2025" is no date either way.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Distinct dates that must read only the other way before a whole column does: one typo
# ("13/05" in a day-first column's "05/13") must not turn its other dates around.
EVIDENCE = 2


def _is_date(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def column_day_first(values: Iterable[CellValue], day_first: bool) -> bool:
    """Whether to read the column's dates day first: as ``day_first`` says, unless at least
    ``EVIDENCE`` of its distinct dates can only be read the other way ("03/15/2025",
    "12/31/2025": no month 15 or 31) and none only this way. A column with evidence both ways
    keeps ``day_first`` (its contradicting dates are refused as "date_order"); so does one
    with too little ("04/02/2025" alone, or beside one "03/15/2025"), and a date that is none
    either way ("04/31/2025") is no evidence."""
    only_day: set[tuple[int, int]] = set()
    only_month: set[tuple[int, int]] = set()
    for value in values:
        parts = _parts(value)
        if parts is None:
            continue
        first, second = parts
        as_day_first, as_month_first = _is_date(first, second), _is_date(second, first)
        if as_day_first and not as_month_first:
            only_day.add(parts)
        elif as_month_first and not as_day_first:
            only_month.add(parts)
        if only_day and only_month:
            return day_first
    if day_first and len(only_month) >= EVIDENCE:
        return False
    if not day_first and len(only_day) >= EVIDENCE:
        return True
    return day_first


def order_decided(value: CellValue) -> bool:
    """Whether the day-first setting changes how ``value`` reads ("04/02/2025", "03/15/2025";
    not "05/05/2025", ISO text or a date cell)."""
    parts = _parts(value)
    return parts is not None and parts[0] != parts[1]


def order_reason(day_first: bool) -> str:
    return "day_first_column" if day_first else "month_first_column"


# --- Gender: "M" is Mujer beside "H", Masculino beside "F" --------------------------------

# The other letter says which pair the column writes: H/M (Hombre, Mujer: Mexico's CURP and INE,
# Brazil's Homem, Mulher) or F/M (Femenino, Masculino; Female, Male). Where it writes no letter,
# its words say so, as folded by ``vocabulary_key``.
_M = "m"
_H, _F = "h", "f"
_MUJER_WORDS = frozenset({"hombre", "hombres", "mujer", "mujeres", "varon", "homem", "mulher"})
_MASCULINO_WORDS = frozenset({"fem", "femenino", "masc", "masculino", "feminino", "female", "male"})
_FEMALE = CellResult(CellStatus.CORRECTED, Gender.FEMALE, "gender_m_female")
_AMBIGUOUS = CellResult(CellStatus.INVALID, None, "gender_m_ambiguous")


def is_gender_m(value: CellValue) -> bool:
    return type(value) is str and vocabulary_key(value) == _M


def gender_m(values: Iterable[CellValue]) -> CellResult | None:
    """What "M" is in a gender column of ``values`` (its distinct values): Mujer (CORRECTED,
    "gender_m_female") beside "H"; None, the vocabulary's Masculino, beside "F"; refused
    ("gender_m_ambiguous") beside both letters. Without either letter the words decide
    ("Hombre" or "Mujer": Mujer; "Femenino" or "Masculino": Masculino), and where they say
    neither or both, "M" is refused: a guess would count women as men, or men as women, in
    the office's participation reports."""
    keys = {vocabulary_key(value) for value in values if type(value) is str}
    h, f = _H in keys, _F in keys
    if h != f:
        return _FEMALE if h else None
    if h:
        return _AMBIGUOUS
    mujer = not _MUJER_WORDS.isdisjoint(keys)
    masculino = not _MASCULINO_WORDS.isdisjoint(keys)
    if mujer != masculino:
        return _FEMALE if mujer else None
    return _AMBIGUOUS


# --- Progress: "1" beside a done status is Excel's "100%" ---------------------------------

_WHOLE = CellResult(CellStatus.CORRECTED, 100, "percent_scaled")


def _typed_one(value: CellValue) -> bool:
    """1 as a number cell, or as text without "%" ("1", "1,0"): what Excel keeps of "100%"."""
    if type(value) is str:
        text = value.strip()
        parsed = parse_number(text) if text else None
        return parsed is not None and not parsed.percent and parsed.value == 1
    return type(value) in (int, float) and value == 1


def whole_when_done(
    raws: Sequence[CellValue], results: list[CellResult], statuses: Sequence[CellResult]
) -> list[CellResult]:
    """A percent column's results, where a row whose status is done ("Concluida") reads 1:
    an action done at 1 % is implausible, so the 1 is a fraction of one, 100 % (the value
    Excel keeps of "100%" typed in a "0%"-formatted cell). Only the done rows change: "1"
    beside "En ejecución" stays 1 %, in a column of 0 and 1 too (an action in progress at
    100 % would contradict its status).

    Fractions strictly between 0 and 1 are already read as such (``values._percent``); a
    column of fractions has no 1 left here (it was read as 100)."""
    ones = [k for k, r in enumerate(results) if r.value == 1 and r.reason != "rounded"]
    if not ones:
        return results
    typed: dict[tuple[type, CellValue], bool] = {}  # a column repeats its 1s: read once
    for k in ones:
        key = (type(raws[k]), raws[k])
        if key not in typed:
            typed[key] = _typed_one(raws[k])
    ones = [k for k in ones if typed[type(raws[k]), raws[k]]]
    done = ActionStatus.DONE  # "done" is also AgreementStatus.DONE's value
    # Only the done rows: "1" beside "En ejecución" is 1 %, however the column reads.
    ones = [k for k in ones if statuses[k].value == done]
    if not ones:
        return results
    out = list(results)
    for k in ones:
        out[k] = _WHOLE
    return out
