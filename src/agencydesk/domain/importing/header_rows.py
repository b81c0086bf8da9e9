"""Column names over two rows, as partners lay out their tables.

An upper row names most columns, each cell merged down over two rows ("N°", "NOMBRES",
"DNI"), and a few groups, each merged across its columns ("APELLIDOS" over two, "CONTACTO"
over two, "PLAZOS" over "Inicio | Fin"); the lower row names the group's columns ("Paterno",
"Materno", "Celular", "Correo") and is empty under the rest. Neither row names every column:
read alone, the lower row lost "NOMBRES" and "DNI", the upper one the start and end dates.

This module only says whether two rows are shaped like one header and what that header reads:
each column's text from the lower row, or the upper row's where the lower is empty, and a
group label before the label under it ("APELLIDOS Paterno", which maps as "Apellido paterno"
does). Whether the two rows are taken together is decided in ``headers``: only when they name
more fields together than either does alone. The lower row stays the header row of the
import (``ImportSetup.header_row``): the data starts under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from agencydesk.domain.importing.workbook import CellValue, MergedRange

# Longer text is a title or a note, never a column name (as ``headers._MAX_HEADER``, with room
# for accents and punctuation).
_MAX_LABEL = 400


def _labels(row: Sequence[CellValue]) -> list[str | None] | None:
    """A row's cells as header labels (None where empty), or None when a cell holds anything
    but a short text: a number, a date or a long text is data, not a column name."""
    out: list[str | None] = []
    for cell in row:
        if cell is None:
            out.append(None)
        elif isinstance(cell, str):
            text = " ".join(cell.split())
            if len(text) > _MAX_LABEL:
                return None
            out.append(text or None)
        else:
            return None
    return out


def _groups(upper: list[str | None], top: int, merged: Sequence[MergedRange]) -> list[MergedRange]:
    """The upper row's labels merged across columns within that row: group labels (or a title).
    A cell merged down over both rows names its own column only."""
    return [
        r
        for r in merged
        if r.first_row == top == r.last_row
        and r.last_col > r.first_col
        and r.first_col < len(upper)
        and upper[r.first_col]
    ]


def stack_rows(
    rows: Sequence[Sequence[CellValue]], row: int, merged: Sequence[MergedRange] = ()
) -> list[CellValue] | None:
    """The header read from ``rows[row - 1]`` over ``rows[row]``, or None when the two rows are
    not shaped like one header.

    They are when both hold only short texts, the upper row holds at least two (a title above
    the header holds one) and it names a column the lower row leaves empty, or merges a group
    label over some of the columns the lower row names (over all of them, it is a title).
    """
    if not 1 <= row < len(rows):
        return None
    upper, lower = _labels(rows[row - 1]), _labels(rows[row])
    if upper is None or lower is None or sum(1 for t in upper if t) < 2:
        return None
    named = [c for c, t in enumerate(lower) if t]
    if not named:
        return None
    groups = _groups(upper, row - 1, merged)
    fills = any(t and (c >= len(lower) or not lower[c]) for c, t in enumerate(upper))
    if not fills:
        # Only a label merged over the lower row's names: over some of them a group
        # ("DATOS PERSONALES" beside "CONTACTO"), over all of them the table's title. Over all
        # of them next to labels of columns the lower row leaves empty ("Código | Acción |
        # PLAZOS | Presupuesto" over "Inicio | Fin") it is a group again: that is ``fills``.
        if not any(g.first_col <= c <= g.last_col for g in groups for c in named):
            return None
        if any(g.first_col <= named[0] and g.last_col >= named[-1] for g in groups):
            return None
    group_of: dict[int, str] = {}
    for g in groups:
        label = upper[g.first_col]
        assert label is not None
        for c in range(g.first_col, g.last_col + 1):
            group_of[c] = label
    out: list[CellValue] = []
    for c in range(max(len(upper), len(lower))):
        below = lower[c] if c < len(lower) else None
        if below:
            group = group_of.get(c)
            out.append(f"{group} {below}" if group else below)
        else:
            out.append(upper[c] if c < len(upper) else None)
    return out
