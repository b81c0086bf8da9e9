"""Words and numbers of a document in the user's language, without Qt.

Each document class derives from ``ReportTexts`` and writes its labels as ``self.tr("...")``:
lupdate extracts them under the class's name, as it does for the UI's classes, so the
translators see them in the same ``.ts`` files; at run time they come from ``catalog``.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from agencydesk.domain.labels import label_source
from agencydesk.services.reports.catalog import Catalog, catalog

# Thousands and decimal separators: "12.500.000,00" in Spanish and Portuguese.
_SEPARATORS = {"es": (".", ","), "pt_BR": (".", ","), "en": (",", ".")}


class ReportTexts:
    """Translation and formatting for one language ("es", "pt_BR" or "en")."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._catalog: Catalog = catalog(language)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation of ``text`` in this class's context (Qt's ``tr`` signature)."""
        return self._catalog.translate(type(self).__name__, text, None if n < 0 else n)

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        return self._catalog.translate(context, text, n)

    def label(self, value: StrEnum | str | None) -> str:
        """The label of an enumeration value, as the UI shows it ("" for None)."""
        if value is None:
            return ""
        found = label_source(value) if isinstance(value, StrEnum) else None
        if found is None:
            return str(value)
        return self._catalog.translate(*found)

    # --- numbers and dates --------------------------------------------------------------------

    def date(self, value: date | datetime | None) -> str:
        """15/03/2024 (day first in every language of the program: its users' convention)."""
        if value is None:
            return ""
        return value.strftime("%d/%m/%Y")

    def time(self, value: datetime | time | None) -> str:
        return "" if value is None else value.strftime("%H:%M")

    def integer(self, value: int | None) -> str:
        if value is None:
            return ""
        thousands, _ = _SEPARATORS.get(self.language, _SEPARATORS["en"])
        return f"{value:,}".replace(",", thousands)

    def money(self, value: Decimal | float | int | None, decimals: int = 2) -> str:
        """12.500.000,00 (es, pt_BR) or 12,500,000.00 (en); "" for None."""
        if value is None:
            return ""
        thousands, point = _SEPARATORS.get(self.language, _SEPARATORS["en"])
        text = f"{Decimal(value):,.{decimals}f}"
        return text.replace(",", "\0").replace(".", point).replace("\0", thousands)

    def percent(self, value: float | int | None, fraction: bool = False) -> str:
        """45 % from 45 (or from 0.45 with ``fraction``); "" for None."""
        if value is None:
            return ""
        number = value * 100 if fraction else value
        return f"{round(number):d} %"
