"""The full name of each row of a sheet that splits it over columns (domain/importing/name_parts).

The preview reads each mapped column on its own (the parts too: trimmed, each checked against
its length); then, before the required and length checks and the matching, which all look at
``full_name`` only, the part columns are replaced by ONE ``full_name`` column holding the
joined name. Rows are then stored, matched (``person_key``, ``names_agree``) and shown with the
name as it will be stored, and no part reaches a handler (they are not columns of any table).
"""

from __future__ import annotations

from agencydesk.domain.importing.kinds import ImportKind, field_spec
from agencydesk.domain.importing.name_parts import FULL_NAME, PARTS, join_name
from agencydesk.domain.importing.values import REASONS, CellResult, CellStatus
from agencydesk.services.importing.setup import RowError

_EMPTY = CellResult(CellStatus.EMPTY)
_TOO_LONG = CellResult(CellStatus.INVALID, None, "too_long")


def join_names(
    kind: ImportKind,
    names: list[str],
    column_results: list[list[CellResult]],
    labels: dict[str, str],
    numbers: list[int],
    errors_at: dict[int, list[RowError]],
) -> None:
    """``join_name_columns`` for the preview: also names the joined column for its errors
    ("Nombres + Apellido paterno" in ``labels``, unless a whole-name column is mapped) and
    adds the "too long" errors of joined names to ``errors_at`` (by position in the rows)."""
    label = labels.setdefault(FULL_NAME, " + ".join(labels[p] for p in PARTS if p in labels))
    for k, text in join_name_columns(kind, names, column_results).items():
        error = RowError(numbers[k], label, FULL_NAME, text, "too_long", REASONS["too_long"])
        errors_at.setdefault(k, []).append(error)


def _joined(parts: tuple[CellResult, ...], limit: int | None) -> tuple[CellResult, str]:
    for part in parts:
        if part.status is CellStatus.INVALID:
            return part, ""  # the part's own error already refuses the row
    text = join_name([p.value for p in parts])
    if not text:
        return _EMPTY, ""
    if limit is not None and len(text) > limit:
        return _TOO_LONG, text
    # A trimmed part made the name: the preview shows it corrected, as it would the part.
    reason = next((p.reason for p in parts if p.status is CellStatus.CORRECTED), None)
    return CellResult(CellStatus.CORRECTED if reason else CellStatus.VALID, text, reason), text


def join_name_columns(
    kind: ImportKind, names: list[str], column_results: list[list[CellResult]]
) -> dict[int, str]:
    """Replace the part columns of ``names`` / ``column_results`` (the preview's mapped fields
    and their cells, changed in place) by one ``full_name`` column.

    Where the sheet also has a whole-name column, its cell is the name and the parts only name
    a row whose whole-name cell is empty. Returns the rows (by position) whose joined name is
    longer than ``full_name`` may be, each part fitting its own length, with that name: they
    are refused as "too long", a name is never cut.
    """
    present = [p for p in PARTS if p in names]
    if not present:
        return {}
    parts = [column_results[names.index(p)] for p in present]
    whole = column_results[names.index(FULL_NAME)] if FULL_NAME in names else None
    limit = field_spec(kind, FULL_NAME).max_length
    joined: list[CellResult] = []
    too_long: dict[int, str] = {}
    empty = CellStatus.EMPTY
    for k, row_parts in enumerate(zip(*parts, strict=True)):
        if whole is not None and whole[k].status is not empty:
            joined.append(whole[k])
            continue
        result, text = _joined(row_parts, limit)
        if result is _TOO_LONG:
            too_long[k] = text
        joined.append(result)
    # full_name stands where the whole-name column is mapped, else where the first part is.
    at = names.index(FULL_NAME) if whole is not None else names.index(present[0])
    names[at] = FULL_NAME
    column_results[at] = joined
    for part in present:
        if part in names:
            j = names.index(part)
            del names[j]
            del column_results[j]
    return too_long
