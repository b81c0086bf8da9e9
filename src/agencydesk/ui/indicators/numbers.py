"""Numbers and percentages of indicators in the user's locale ("250.000 m³", "51%").

The digits are grouped and parsed by ``agencydesk.domain.indicators`` (exact, no float);
only the separators come from ``QLocale``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from agencydesk.domain.indicators import format_decimal, parse_decimal
from agencydesk.ui.widgets.progress_bar import round_percent

UNKNOWN = "—"


def separators() -> tuple[str, str]:
    """The locale's decimal point and thousands separator."""
    locale = QLocale()
    return locale.decimalPoint(), locale.groupSeparator()


def number_text(value: Decimal | None, unit: str | None = None) -> str:
    """``value`` with the locale's separators and the unit after it ("" when None)."""
    if value is None:
        return ""
    point, group = separators()
    text = format_decimal(value, point, group)
    return f"{text} {unit}" if unit else text


def parse_number(text: str) -> Decimal | None:
    """What the user typed ("12,5", "1.500,25"...); None when empty, ValueError when wrong."""
    point, group = separators()
    return parse_decimal(text, point, group)


def percent_value(fraction: float | None) -> int | None:
    """Whole percent, rounded as every bar of the program rounds (half up; 100 % only when
    met): ``ui.widgets.progress_bar.round_percent``."""
    return round_percent(fraction)


def percent_text(fraction: float | None) -> str:
    """ "51%" (as the translation writes it: "51 %" in Spanish), or "—" when unknown."""
    value = percent_value(fraction)
    if value is None:
        return UNKNOWN
    return QCoreApplication.translate("IndicatorNumbers", "%1%").replace(
        "%1", QLocale().toString(value)
    )
