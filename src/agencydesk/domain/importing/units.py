"""Amounts whose header gives their unit: "Presupuesto (miles de S/)", "Monto MM$".

Partners' budget columns often say in the header that their amounts are written in thousands
or millions ("Monto (en miles de pesos)", "Inversión (miles de US$)", "Costo (en millones)",
"Valor (R$ mil)", "Budget (USD thousands)", "(000 $)"; Chile's "M$" is thousands of pesos and
"MM$" millions). Read as typed, "1.500" under "(miles de S/)" would be stored as 1500, a
thousand times too small and with nothing to show it. So an amount column's header is read
once (``header_scale``) and its amounts multiplied (``scaled_amounts``), each such cell
CORRECTED as "scaled_by_header" for the user to check; one that already looked whole
("12500000" under "miles": 12.5 billion once scaled) is multiplied too, the header being the
partner's word, but marked "scaled_by_header_large".

Only amounts: a header's unit words say nothing of percentages, counts, phones, ids or dates,
whose columns never come here. The words are whole ("Milagros" is no "mil", "Millonario" no
"millón"), and a rate ("por mil habitantes") is no unit. A header naming two different units
scales nothing: it does not say which one its amounts are in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from agencydesk.domain.importing.results import CellResult, CellStatus, ValueOptions
from agencydesk.domain.importing.values import amount_result, typed_amount
from agencydesk.domain.importing.workbook import CellValue

THOUSAND = 1_000
MILLION = 1_000_000

# The unit words, folded (no accents, case or punctuation), es/pt/en. "MM" is how Chile and
# Colombia write millions ("MM$", "$MM"), "MMM" thousands of millions (Colombia).
_WORDS: dict[str, int] = {
    **dict.fromkeys(("mil", "miles", "milhares", "thousand", "thousands", "000", "000s"), THOUSAND),
    **dict.fromkeys(
        ("millon", "millones", "mill", "mm", "milhao", "milhoes", "million", "millions"), MILLION
    ),
    "mmm": THOUSAND * MILLION,
}
_THOUSANDS = frozenset(w for w, f in _WORDS.items() if f == THOUSAND)
_MILLIONS = frozenset(w for w, f in _WORDS.items() if f == MILLION)
_BARE_THOUSAND = frozenset({"mil", "thousand"})  # "mil millones", "thousand million"
# "por mil habitantes", "per thousand", "por cada mil": a rate, not the amounts' unit.
_RATE = frozenset({"por", "per", "cada", "x"})
# Units written against the currency sign, which folding would lose: Chile's "M$", "MM$",
# "MUS$" (thousands of pesos, millions, thousands of dollars) and Brazil's "R$ mi" (millions).
_SIGNS = re.compile(r"(?<![A-Za-z])(M{1,3})(?:US)?\$|R\$\s*(mi)(?![A-Za-z])")
_NON_ALNUM = re.compile(r"[\W_]+")
# An amount typed at or above this already reads as whole units (a budget of 12500000).
LARGE = Decimal(MILLION)

SCALED = "scaled_by_header"
SCALED_LARGE = "scaled_by_header_large"


def _fold(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", stripped).split()


def _word_factors(words: list[str]) -> set[int]:
    """The unit each phrase of ``words`` names: "miles" 1000, "millones" 1000000, "miles de
    millones" and "mil millones" 1000000000; a rate ("por mil") and a number's groups ("1 000")
    name none."""
    found: set[int] = set()
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        factor = _WORDS.get(word)
        before = words[i - 1] if i else ""
        if factor is None or before in _RATE or (word[0] == "0" and before.isdigit()):
            i += 1
            continue
        # "miles de millones", "mil millones", "thousand million": thousands of millions.
        j = i + 1
        if j < n and words[j] == "de":
            j += 1
        elif word not in _BARE_THOUSAND:  # "miles millones" is no phrase: "(miles) (millones)"
            j = n
        if word in _THOUSANDS and j < n and words[j] in _MILLIONS:
            factor *= MILLION
            i = j
        found.add(factor)
        i += 1
    return found


@lru_cache(maxsize=1024)
def header_scale(header: str) -> int:
    """What an amount column's ``header`` says its amounts are in: 1000 ("Presupuesto (miles
    de S/)", "Monto M$"), 1000000 ("(millones de soles)", "Monto MM$"), 1000000000 ("miles de
    millones"), or 1 when it names no unit, or two different ones."""
    if not header:
        return 1
    found = _word_factors(_fold(header))
    for match in _SIGNS.finditer(header):
        ms, mi = match.groups()
        found.add(MILLION if mi else THOUSAND ** len(ms))
    return found.pop() if len(found) == 1 else 1


_Table = dict[Any, CellResult]
_KEEP = frozenset({CellStatus.VALID, CellStatus.CORRECTED})


def scaled_amounts(
    table: _Table, raw_of: Callable[[Any], CellValue], factor: int, options: ValueOptions
) -> _Table:
    """``table`` (an amount column's distinct values -> results) with each amount multiplied
    by ``factor``, from the number as typed (so "1.234,5678" in thousands is 1234567.80, not
    its value rounded to cents, 1234.57, multiplied). Empty and refused cells, and zeros,
    stay as they are; a product beyond the column's range is refused ("out_of_range")."""
    out: _Table = {}
    for key, result in table.items():
        if result.status not in _KEEP or result.value is None:
            out[key] = result
            continue
        value = result.value
        if result.reason == "rounded":  # only a rounded amount differs from what was typed
            value = typed_amount(raw_of(key), options) or value
        if not value:  # nothing to multiply
            out[key] = result
            continue
        reason = SCALED_LARGE if value >= LARGE else SCALED
        out[key] = amount_result(value * factor, reason)
    return out
