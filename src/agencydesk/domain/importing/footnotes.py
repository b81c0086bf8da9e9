"""Footnotes under a partner's table: "Fuente: Registro de socios 2025", "Elaborado por: Lic.
Ana Gómez", "Nota: los datos personales…", "(*) Socios en proceso de inscripción".

Offices copy their tables from reports, and reports end with where the data came from, who
prepared it and a note or two: one cell of text (often merged across the table), under the
last row. Read as a row, it became a person named "Fuente: Registro de socios 2025", or a
rejected action ("a value is required") that made the import fail. Such a row is skipped and
counted, like a totals row.

A footnote is told by its label, which must open the row's only filled cell and, where the
label is also a word a name or a title may open with ("Nota", "Fuente", "Aprobado por"), end
with its colon: "Notaría Pública 12", "Fuentes de Agua S.A.C." and "Nota Bene Consultores"
are names, and an action "Nota técnica de…" has its dates and budget in other cells anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agencydesk.domain.importing.workbook import CellValue
from agencydesk.domain.text import fold

# Folded text (lower case, no accents). Labels that need their colon, then labels that say
# what they are without one ("Elaborado por la Gerencia", "Actualizado al 31/03/2025", a
# footnote mark).
_LABEL = re.compile(
    r"(?:"
    r"(?:fuentes?|fontes?|sources?|notas?(?:\s*n?\s*\d+)?|notes?(?:\s*\d+)?|obs\.?"
    r"|observacion(?:es)?|observacao|observacoes|observations?|leyenda|legenda|elaboracion"
    r"|(?:elaborad|revisad|aprobad|preparad|validad|actualizad|atualizad)[oa]s?\s+(?:por|em)"
    r"|(?:prepared|compiled|reviewed|approved)\s+by|fecha\s+de\s+(?:corte|actualizacion)"
    r"|ultima\s+actualizacion|data\s+de\s+corte|last\s+updated?)\s*:"
    r"|(?:elaborado|preparado)\s+por\s|elaboracion\s+propia"
    r"|(?:(?:informacion|datos|dados)\s+)?(?:actualizad|atualizad)[oa]s?"
    r"\s+(?:al|a|el|en|hasta|em|ate)\s"
    r"|(?:updated|last\s+updated)\s+(?:on|as\s+of)\s|fecha\s+de\s+corte\s|corte\s+al\s"
    r")"
)
# The first letters a label may open with: most data rows are passed over on one look-up.
_INITIALS = frozenset("FfSsNnOoLlEeRrAaPpVvCcDdUuÚúIi")
# "*", "**", "(*)": the mark a footnote repeats from a cell above; but a partner also marks
# names with it in the table ("* Asociación Los Andes"), so see ``marked_column``.
_MARK = re.compile(r"\s*\(?\*+\)?")


def is_footnote_text(text: str) -> bool:
    """Whether ``text`` opens with a footnote label ("Fuente:", "Nota 1:", "Obs.:",
    "Elaborado por", "Actualizado al", "(*)", "Fonte:", "Source:", "Prepared by:"...)."""
    stripped = text.lstrip()
    if stripped[:1] not in _INITIALS:
        return False
    return _LABEL.match(fold(stripped[:80])) is not None


def _blank(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _only_cell(cells: Sequence[CellValue]) -> int | None:
    """The column of a row's one filled cell holding text; None for any other row. A data
    row is passed over at its second filled cell, usually its second column."""
    col = next((c for c, cell in enumerate(cells) if not _blank(cell)), None)
    if col is None or not isinstance(cells[col], str):
        return None
    if any(not _blank(cell) for cell in cells[col + 1 :]):
        return None  # "Nota Bene Consultores" with its tax id: a name
    return col


def footnote_at(cells: Sequence[CellValue], after: int | None = None) -> tuple[int, bool] | None:
    """(column, marked) of a footnote row's one cell, or None when the row is data (or blank):
    one look at the row for both kinds of ``footnote_column`` and ``marked_column``."""
    col = _only_cell(cells)
    if col is None:
        return None
    text = str(cells[col])
    if (col == after and text.lstrip()[:1].islower()) or is_footnote_text(text):
        return col, False
    return (col, True) if _MARK.match(text) else None


def footnote_column(cells: Sequence[CellValue], after: int | None = None) -> int | None:
    """The column of a footnote row's one cell, or None when the row is data (or blank).

    ``after``: the column of the footnote just above, if any. A note runs on over several rows
    ("Nota: los datos personales se tratan conforme a" / "la Ley N° 29733."), so a row whose
    only text is in that same column and goes on with a small letter continues it. One that
    opens with a capital is a name ("Nota: sin DNI" / "Julio Sangama Tapullima"): data.
    """
    found = footnote_at(cells, after)
    return found[0] if found is not None and not found[1] else None


def marked_column(cells: Sequence[CellValue]) -> int | None:
    """The column of a row whose one cell opens with a footnote mark ("(*) En proceso de
    inscripción"). Such a row is a footnote only below the table's last data row: above it,
    the mark is a partner's on a name in the table ("* Asociación Los Andes")."""
    found = footnote_at(cells)
    return found[0] if found is not None and found[1] else None
