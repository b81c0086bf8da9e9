"""Amounts as the user's language writes them: "8,215,000.00" in English, "8.215.000,00" in
Spanish. Decimals are formatted digit by digit (never through a float, which would round
budgets of billions of pesos)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

_GROUPS_OF_THREE = re.compile(r"^\d{1,3}(\d{3})+$")


def format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    plain = f"{value:,.2f}"  # "8,215,000.00"
    return (
        plain.replace(",", "\x00")
        .replace(".", locale.decimalPoint())
        .replace("\x00", locale.groupSeparator())
    )


def format_money(value: Decimal | None, currency: str | None) -> str:
    """ "PEN 8,215,000.00"; the ISO code rather than a symbol ("$" is three currencies)."""
    if value is None:
        return ""
    return f"{currency} {format_amount(value)}" if currency else format_amount(value)


def parse_amount(text: str) -> Decimal | None:
    """The amount typed in ``text`` (None when empty); raises ValueError when it is not one.

    Accepts what offices type: "12500", "12,500.00", "12.500,00", "$ 12.500.000", "S/ 1,200".
    With one kind of separator, the language's decimal point is decimal, and any other mark
    followed by groups of exactly three digits separates thousands.
    """
    cleaned = re.sub(r"[^\d,.\-]", "", text or "")
    if not cleaned.strip("-"):
        if (text or "").strip():
            raise ValueError(text)
        return None
    decimal_point = QLocale().decimalPoint()
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if decimal == "," else ","
        cleaned = cleaned.replace(group, "").replace(decimal, ".")
    else:
        mark = "," if "," in cleaned else "." if "." in cleaned else None
        if mark is not None:
            digits = cleaned.lstrip("-").replace(mark, "")
            pieces = cleaned.lstrip("-").split(mark)
            as_groups = all(len(p) == 3 for p in pieces[1:]) and bool(
                _GROUPS_OF_THREE.match(digits)
            )
            if cleaned.count(mark) > 1 and not as_groups:
                raise ValueError(text)
            if cleaned.count(mark) > 1 or (mark != decimal_point and as_groups):
                cleaned = cleaned.replace(mark, "")
            else:
                cleaned = cleaned.replace(mark, ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
