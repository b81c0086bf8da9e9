"""The full name of each row of a sheet that splits it over columns (domain/importing/name_parts).

The preview reads each mapped column on its own (the parts too: trimmed, each checked against
its length); then, before the required and length checks and the matching, which all look at
``full_name`` only, the part columns are replaced by ONE ``full_name`` column holding the
joined name. Rows are then stored, matched (``person_key``, ``names_agree``) and shown with the
name as it will be stored, and no part reaches a handler (they are not columns of any table):
only the ``JOINED_FROM`` cell saying which parts had a value. A whole name written surnames
first under a header that says so ("Apellidos, nombres") is put given names first before that.
"""

from __future__ import annotations

from agencydesk.domain.importing.kinds import ImportKind, field_spec
from agencydesk.domain.importing.name_parts import (
    FULL_NAME,
    JOINED_FROM,
    PARTS,
    given_names_first,
    has_parts,
    part_text,
    surname_first,
)
from agencydesk.domain.importing.values import REASONS, CellResult, CellStatus
from agencydesk.services.importing.setup import RowError

_EMPTY = CellResult(CellStatus.EMPTY)
_TOO_LONG = CellResult(CellStatus.INVALID, None, "too_long")
_READ = (CellStatus.VALID, CellStatus.CORRECTED)


def name_columns(
    kind: ImportKind,
    names: list[str],
    column_results: list[list[CellResult]],
    labels: dict[str, str],
    numbers: list[int],
    errors_at: dict[int, list[RowError]],
) -> None:
    """The preview's work on the name columns, before the required and length checks and the
    matching: a whole-name column headed surnames first ("Apellidos y nombres", by
    ``labels``) has its "GÓMEZ RUIZ, María Fernanda" (or, told by the capitals, "GÓMEZ RUIZ
    María Fernanda") put given names first, so it is stored
    as the directory writes names and matches "María Fernanda Gómez Ruiz"; then name parts
    are joined (``join_names``)."""
    if FULL_NAME in names and surname_first(labels.get(FULL_NAME, "")):
        j = names.index(FULL_NAME)
        column_results[j] = [_given_names_first(r) for r in column_results[j]]
    if has_parts(names):
        join_names(kind, names, column_results, labels, numbers, errors_at)


def _given_names_first(result: CellResult) -> CellResult:
    value = result.value
    if result.status not in _READ or not isinstance(value, str):
        return result
    name = given_names_first(value)
    if name == value:
        return result
    return CellResult(CellStatus.CORRECTED, name, "given_names_first")


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


def _joined(
    parts: tuple[CellResult, ...], limit: int | None
) -> tuple[CellResult, str, tuple[bool, ...]]:
    """The joined name's cell, its text, and which parts had a value (as join_name reads
    them: a placeholder, "—" or "S/N", is a part without one)."""
    for part in parts:
        if part.status is CellStatus.INVALID:
            return part, "", ()  # the part's own error already refuses the row
    texts = [part_text(p.value) for p in parts]
    text = " ".join(t for t in texts if t)
    if not text:
        return _EMPTY, "", ()
    if limit is not None and len(text) > limit:
        return _TOO_LONG, text, ()
    # A trimmed part made the name: the preview shows it corrected, as it would the part.
    reason = next((p.reason for p in parts if p.status is CellStatus.CORRECTED), None)
    result = CellResult(CellStatus.CORRECTED if reason else CellStatus.VALID, text, reason)
    return result, text, tuple(bool(t) for t in texts)


def join_name_columns(
    kind: ImportKind, names: list[str], column_results: list[list[CellResult]]
) -> dict[int, str]:
    """Replace the part columns of ``names`` / ``column_results`` (the preview's mapped fields
    and their cells, changed in place) by one ``full_name`` column, and add a ``JOINED_FROM``
    column: for each row named by its parts, the parts that had a value.

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
    joined_from: list[CellResult] = []
    # Which parts had a value -> their cell: a sheet has few such combinations, not one per row.
    cells_of: dict[tuple[bool, ...], CellResult] = {}
    too_long: dict[int, str] = {}
    empty = CellStatus.EMPTY
    for k, row_parts in enumerate(zip(*parts, strict=True)):
        if whole is not None and whole[k].status is not empty:
            joined.append(whole[k])
            joined_from.append(_EMPTY)
            continue
        result, text, with_value = _joined(row_parts, limit)
        if result is _TOO_LONG:
            too_long[k] = text
        joined.append(result)
        if not with_value:
            joined_from.append(_EMPTY)
            continue
        cell = cells_of.get(with_value)
        if cell is None:
            named = tuple(p for p, has in zip(present, with_value, strict=True) if has)
            cell = cells_of[with_value] = CellResult(CellStatus.VALID, named)
        joined_from.append(cell)
    # full_name stands where the whole-name column is mapped, else where the first part is.
    at = names.index(FULL_NAME) if whole is not None else names.index(present[0])
    names[at] = FULL_NAME
    column_results[at] = joined
    for part in present:
        if part in names:
            j = names.index(part)
            del names[j]
            del column_results[j]
    names.append(JOINED_FROM)
    column_results.append(joined_from)
    return too_long
