"""Reading the amounts users type: "$ 12.500.000", "S/ 12,500.00", "1.234,56", "0,3", "45%".

Separators, when the file does not say which one is decimal (``decimal_comma=None``):
- both "." and "," present: the last one is the decimal separator ("1.234,56", "12,500.00");
- one of them several times: thousands ("12.500.000", "1,234,567"), groups of three checked;
- one of them once: decimal ("0,3", "12.5"), except before exactly three digits with a non-zero
  integer part ("12.500", "12,500"), read as thousands, as Spanish-speaking offices write them,
  and reported as the correction "thousands_assumed" so the preview shows it.
With ``decimal_comma`` True or False the single separator follows it, except that the other
one before exactly three digits is still a thousands separator ("12.500" with a decimal comma).
Money (``money=True``) has cents, never three decimals: a single separator before exactly three
digits is thousands whatever the decimal separator ("$ 1,250" among "1.250,00" is 1250, not
1.25), flagged "thousands_assumed" when it is the decimal one.
Spaces, non-breaking spaces and apostrophes between groups of three are thousands separators.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")
_CODES = r"USD|US\$|MXN|MN|M\.N|PEN|CLP|COP|ARS|BRL|R\$|BOB|UYU|PYG|GTQ|HNL|NIO|CRC|DOP|EUR|UF"
_CURRENCY_PREFIX = re.compile(
    rf"(?:(?:{_CODES})\s*\$?|\$|S/\.?|Bs\.?S?|€|£|¢|₡|₲|₱|Q\.?(?=\s*\d))\s*", re.I
)
_CURRENCY_SUFFIX = re.compile(
    rf"\s*(?:{_CODES}|\$|€|soles|pesos|reais|d[oó]lares|bolivianos|colones)\.?$", re.I
)
_CORE = re.compile(r"\d(?:[\d.,' ]*\d)?")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ ']\d{3})+(?:[.,]\d+)?")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-", "’": "'"})


class ParsedNumber(NamedTuple):
    value: Decimal
    percent: bool  # a "%" was typed
    corrected: bool  # anything but a plain "-12.5" was read
    thousands_assumed: bool  # a single separator before three digits was read as thousands


def _strip_sign(text: str) -> tuple[str, bool]:
    negative = False
    while text and text[0] in "+-":
        negative ^= text[0] == "-"
        text = text[1:].lstrip()
    return text, negative


def _split_core(core: str, decimal_comma: bool | None, money: bool) -> tuple[str, bool] | None:
    """The core's digits as "1234.56" and whether a thousands separator was assumed."""
    grouped = core
    if " " in core or "'" in core:
        if not _SPACE_GROUPED.fullmatch(core):
            return None
        grouped = core.replace(" ", "").replace("'", "")
    dots, commas = grouped.count("."), grouped.count(",")
    if dots and commas:
        decimal = "." if grouped.rfind(".") > grouped.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = grouped.rpartition(decimal)
        if decimal in whole or not _GROUPED.fullmatch(whole):
            return None
        return f"{whole.replace(thousands, '')}.{fraction}", False
    if dots + commas == 0:
        return grouped, False
    separator = "." if dots else ","
    if dots + commas > 1:
        if not _GROUPED.fullmatch(grouped):
            return None
        return grouped.replace(separator, ""), False
    whole, _, fraction = grouped.partition(separator)
    if len(fraction) == 3 and whole.lstrip("0") != "":
        if decimal_comma is not None and decimal_comma == (separator == "."):
            # The separator that is not the decimal one, before three digits: thousands.
            return whole + fraction, False
        if decimal_comma is None or money:
            return whole + fraction, True
    return f"{whole}.{fraction}", False


def parse_number(
    text: str, decimal_comma: bool | None = None, money: bool = False
) -> ParsedNumber | None:
    """A number typed as text (already stripped and not empty), or None. ``money``: an amount,
    whose single separator before three digits is thousands (see the module's docstring)."""
    if _PLAIN.fullmatch(text) and (decimal_comma is not True or "." not in text):
        dot = text.find(".")
        three = len(text) - dot - 1 == 3
        if dot < 0 or (decimal_comma is False and not money) or not three or _zero(text[:dot]):
            return ParsedNumber(Decimal(text), False, False, False)
    original = text
    text = text.translate(_SPACES).strip()
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text, sign = _strip_sign(text)
    negative ^= sign
    if match := _CURRENCY_PREFIX.match(text):
        text = text[match.end() :]
        text, sign = _strip_sign(text)
        negative ^= sign
    percent = text.endswith("%")
    if percent:
        text = text[:-1].rstrip()
    if (match := _CURRENCY_SUFFIX.search(text)) and match.start() > 0:
        text = text[: match.start()]
    if text.endswith("-"):
        negative, text = not negative, text[:-1].rstrip()
    if not percent and text.endswith("%"):
        percent, text = True, text[:-1].rstrip()
    if not _CORE.fullmatch(text):
        return None
    split = _split_core(text, decimal_comma, money)
    if split is None:
        return None
    digits, assumed = split
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    if negative:
        value = -value
    plain = not percent and not assumed and f"{'-' if negative else ''}{digits}" == original
    return ParsedNumber(value, percent, not plain, assumed)


def _zero(whole: str) -> bool:
    return whole.lstrip("-").lstrip("0") == ""
