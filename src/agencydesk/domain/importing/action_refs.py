"""How a partner's row names an action of a plan: its code, its axis (*eje*) and its title,
each reduced to a key that compares the way partners write them.

- Codes: "A1.1", "a1.1" and "A 1.1" are one code; a number padded with zeros ("01") or read
  from a number cell as text ("1.0") is also the plain number ("1"), but only as a second
  choice (``plain_code``): a plan may have an action literally coded "01".
- Axes: "Eje 1", "EJE 1", "1", "Eje 1: Calidad" and "1. Calidad del cacao" all name axis 1
  (``axis_key``), and so do "Eje I" and "I. Calidad": Spanish plans often number axes in Roman
  numerals; "Eje 1" never names "Eje 10", nor "Eje I" "Eje II".
- Titles: folded words, compared with ``names_agree`` (partners shorten titles).
"""

from __future__ import annotations

import re
from typing import Any

from agencydesk.domain.importing.names import person_key
from agencydesk.domain.text import fold


def code_key(code: Any) -> str:
    """An action's code as compared: "A1.1", "a1.1" and "A 1.1" are the same code."""
    return fold(str(code)).replace(" ", "") if code not in (None, "") else ""


# A whole number with leading zeros or a zero fraction: "01", "007", "1.0", "1.00". A
# sub-action ("1.2", "1.10") or a code with letters ("A01") is no plain number.
_PADDED_NUMBER = re.compile(r"0*(\d+)(?:\.0+)?")


def plain_code(key: str) -> str:
    """The number a ``code_key`` stands for when it is a padded number ("01", "1.0" -> "1"),
    else the key itself. Only a fallback for a code no action has as typed."""
    found = _PADDED_NUMBER.fullmatch(key)
    return found.group(1) if found else key


# What partners write before an axis's number or name: "Eje", "Eje estratégico", "Línea de
# acción", "Componente", "Objetivo estratégico N° 2" (the names of the axis column in kinds.py),
# as whole words: "Ejecución de obras" is no "Eje".
_AXIS_PREFIX = re.compile(
    r"(?:eje|eixo|linea|componente|pilar|objetivo|area|ambito|dimension)(?![a-z])"
    r"(?:\s+(?:estrategic[oa]|de\s+accion|de\s+trabajo|tematic[oa])(?![a-z]))?"
    r"(?:\s*(?:nro|num|no|n°)(?![a-z])\.?)?"
    r"[\s:.\-–—]*"
)
# The axis's number at the start of the text, "1", "01", "1.2", followed by no more digits or
# letters ("1. Calidad", "1: Calidad", "1 - Calidad", "1) Calidad"); "1ra" is no number.
_AXIS_NUMBER = re.compile(r"(\d++(?:\.\d+)*+)(?!\w)")


def _roman(number: int) -> str:
    tens, units = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


# Roman numerals as ``fold`` leaves them ("ii", "xiv"), I to XXXIX: more axes than any plan has.
# A word of these letters that is not in the table ("iiii", "vx") is no number.
_ROMAN_NUMBERS = {_roman(number): number for number in range(1, 40)}
# A Roman-looking word is read as a number only where an axis's number stands, since a name
# may start with one as a word ("Vi la feria", "I+D"): right after the axis's prefix, as a
# whole word ("Eje II", "Eje III: Turismo", "Línea de acción V"; not "Eje I+D"); or, with no
# prefix, before a separator ("IV. Innovación", "IV - Innovación", "IV) ...") or alone ("II").
_ROMAN_AFTER_PREFIX = re.compile(r"([ivx]+)(?=[\s.:)\-–—]|\Z)")
_ROMAN_BEFORE_SEPARATOR = re.compile(r"([ivx]+)(?=\s*[.:)\-–—]|\Z)")


def _axis_number(rest: str, prefixed: bool) -> tuple[str, str] | None:
    """The number an axis's text (its prefix removed) starts with, as digits, and the text
    after it: "1. Calidad" -> ("1", ". Calidad"); "ii: turismo" -> ("2", ": turismo")."""
    number = _AXIS_NUMBER.match(rest)
    if number is not None:
        digits = ".".join(str(int(part)) for part in number.group(1).split("."))
        return digits, rest[number.end() :]
    roman = (_ROMAN_AFTER_PREFIX if prefixed else _ROMAN_BEFORE_SEPARATOR).match(rest)
    value = _ROMAN_NUMBERS.get(roman.group(1)) if roman else None
    if roman is None or value is None:
        return None
    return str(value), rest[roman.end() :]


def axis_key(axis: Any) -> str:
    """An axis as words to compare with ``names_agree``: its number first (leading zeros
    dropped), then the words of its name, without the word "Eje" (or "Línea", ...).

    "Eje 1", "EJE 1", "1" -> "1"; "Eje 1: Calidad" -> "1 calidad"; "1. Calidad del cacao" ->
    "1 calidad del cacao": all agree (every word of one is in the other), so a file that
    numbers axes "Eje 1" matches a plan that stores "1. Calidad del cacao". "Eje 1" and
    "Eje 10. Turismo" ("10 turismo") do not: numbers are compared as whole words. An axis
    named without a number ("Eje Productividad") keeps its words ("productividad"), which
    agree with "Eje 1: Productividad".

    A Roman numeral is its number ("Eje II", "II. Competitividad" -> "2 ...") where a number
    stands (``_ROMAN_AFTER_PREFIX``, ``_ROMAN_BEFORE_SEPARATOR``): "Eje Civil" and "Mi región"
    keep their words, and "Eje I" ("1") never names "Eje II" ("2") nor "Eje IX" ("9").
    """
    if axis in (None, ""):
        return ""
    text = fold(str(axis))
    prefix = _AXIS_PREFIX.match(text)
    prefixed = prefix is not None and prefix.end() < len(text)
    rest = text[prefix.end() :] if prefix and prefixed else text
    found = _axis_number(rest, prefixed)
    if found is None:
        return person_key(rest)
    digits, after = found
    words = person_key(after)
    return f"{digits} {words}" if words else digits


def words_key(text: Any) -> str:
    """A title as words, to compare with ``names_agree``."""
    return person_key(str(text)) if text not in (None, "") else ""
