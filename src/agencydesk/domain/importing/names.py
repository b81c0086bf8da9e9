"""Keys that decide whether two rows name the same thing, and rows that are not data.

"Cooperativa Café Sierra S.C. de R.L." and "COOPERATIVA CAFE SIERRA" are one organization;
"76.123.456-7" and "761234567" one tax id. A key is empty when there is nothing to compare.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from agencydesk.domain.importing.workbook import CellValue, ExcelError

_DOTS = re.compile(r"[.'’´`]")
_NON_ALNUM = re.compile(r"[\W_]+")

# Legal-form suffixes, as the words they leave once dots are dropped and other punctuation is a
# space ("S. de R.L. de C.V." -> "s de rl de cv"). Stripped from the end, longest first, again
# and again ("Café Sierra S.C. de R.L. y Cía." -> "cafe sierra"), never down to nothing.
_LEGAL_FORMS = tuple(
    sorted(
        (
            tuple(form.split())
            for form in (
                "sa",
                "s a",
                "sa de cv",
                "s a de c v",
                "sab de cv",
                "sapi de cv",
                "sapi",
                "s de rl",
                "s de rl de cv",
                "s de rl mi",
                "sc",
                "sc de rl",
                "sc de rl de cv",
                "sc de cv",
                "scl",
                "ac",
                "iap",
                "spr de rl",
                "spr de ri",
                "spr",
                "sac",
                "saa",
                "srl",
                "eirl",
                "sas",
                "spa",
                "ltda",
                "limitada",
                "sociedad anonima",
                "sociedad anonima cerrada",
                "cia",
                "cia ltda",
                "y cia",
                "e hijos",
                "inc",
                "llc",
                "ltd",
                "corp",
                "co",
                "me",
                "epp",
                "eireli",
                "de cv",
                "de rl",
            )
        ),
        key=len,
        reverse=True,
    )
)


_JOINERS = frozenset({"y", "e", "and"})


def _fold_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", _DOTS.sub("", stripped)).split()


def organization_key(name: str | None) -> str:
    """An organization's name without accents, case, punctuation or legal-form suffixes."""
    if not name:
        return ""
    words = _fold_words(name)
    stripped = True
    while stripped:
        stripped = False
        for form in _LEGAL_FORMS:
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                del words[-n:]
                # "... y Cía. Ltda.", "... & Co. Inc.": the joining word goes with the forms.
                if len(words) > 1 and words[-1] in _JOINERS:
                    del words[-1]
                stripped = True
                break
    return " ".join(words)


def person_key(name: str | None) -> str:
    """A person's name without accents, case or punctuation ("Núñez, José" keeps its order)."""
    if not name:
        return ""
    return " ".join(_fold_words(name))


# "RUC 20123456789", "RUT: 76.123.456-7", "NIT N° 900123456-1": the label is not the id.
_TAX_LABEL = re.compile(
    r"^\s*(?:ruc|rut|run|rfc|nit|cuit|cuil|cnpj|cpf|nif|rif|dni)(?![^\W_])[\s:.#-]*"
    r"(?:(?:n|no|nro)\s*[.°º]?\s*)?",
    re.IGNORECASE,
)
_NOT_ALNUM_ASCII = re.compile(r"[^0-9A-Z]")


def tax_key(tax_id: str | None) -> str:
    """Digits and letters of a tax id, upper case: "76.123.456-7" -> "761234567"."""
    if not tax_id:
        return ""
    text = str(tax_id)
    label = _TAX_LABEL.match(text)
    if label and label.end() < len(text.rstrip()):
        text = text[label.end() :]
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return _NOT_ALNUM_ASCII.sub("", decomposed)


def email_key(email: str | None) -> str:
    if not email:
        return ""
    text = str(email).strip().lower()
    return text.removeprefix("mailto:").strip()


_TOTAL = re.compile(
    r"^\s*(?:totales|total(?:\s+general)?|gran\s+total|sub\s*-?\s*total(?:es)?|"
    r"suma(?:\s+total)?|total\s+geral|grand\s+total)\s*[:.]?\s*$",
    re.IGNORECASE,
)
_NUMERIC_TEXT = re.compile(r"^\s*[-+(]?\s*(?:[A-Za-z]{0,3}\$|S/\.?|€)?\s*[-+]?[\d.,\s']+%?\)?\s*$")


def _is_number(cell: CellValue) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float | Decimal):
        return True
    return (
        isinstance(cell, str) and bool(_NUMERIC_TEXT.match(cell)) and any(c.isdigit() for c in cell)
    )


def is_total_row(cells: Sequence[CellValue]) -> bool:
    """A totals row: "TOTAL", "Total general", "Totales", "Suma"... in its first non-empty cell
    and nothing but numbers after it (at least one). An organization named "Total" with an
    address after it is data."""
    filled = [c for c in cells if not _blank(c)]
    if not filled or not isinstance(filled[0], str) or not _TOTAL.match(filled[0]):
        return False
    rest = filled[1:]
    return any(_is_number(c) for c in rest) and all(
        _is_number(c) or isinstance(c, ExcelError) for c in rest
    )


def _blank(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_blank_row(cells: Sequence[CellValue]) -> bool:
    """No cell holds anything but spaces."""
    return all(_blank(c) for c in cells)
