"""The JSON report of a headless import (``agencydesk import --report``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from agencydesk.domain.importing.results import CellStatus
from agencydesk.services.importing.matching import created_type
from agencydesk.services.importing.preview import cell_text
from agencydesk.services.importing.setup import ImportPreview, ImportResult, LoadedFile, RowError
from agencydesk.services.importing.textfile import mended_rows

# Corrections that are guesses a reader may want to check, cell by cell: a separator read as
# thousands, a fraction read as a percentage, an order of day and month, the first of several
# e-mails, an amount multiplied by its header's unit ("miles de S/")... (tidying such as
# trimmed spaces or a date read from text is only counted).
GUESSES = frozenset(
    {"thousands_assumed", "percent_scaled", "month_first_column", "day_first_column"}
    | {"email_first_kept", "rounded", "time_dropped", "gender_m_female", "given_names_first"}
    | {"scaled_by_header", "scaled_by_header_large", "type_from_name", "level_from_name"}
)
# At most this many guesses listed (all are counted): a report stays readable.
LISTED_GUESSES = 1000


def build_report(
    loaded: LoadedFile,
    preview: ImportPreview,
    result: ImportResult,
    describe: Callable[[RowError], str] | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """The JSON report of a headless import (keys as the issue lists them, and a few more).

    Keys are English and stable; only the ``message`` of a rejected row is in ``language``
    (``describe`` says it; the pipeline's English sentence without it), next to its stable
    ``code`` (the reason: ``bad_date``, ``unknown_choice``…, the wizard's codes) for scripts.

    ``header_row`` and every ``row`` are numbered as the spreadsheet shows them (from 1).
    ``header_row`` is the row the data starts under; ``header_rows`` lists the rows the column
    names were read from: that row alone, or the row above it too when the two make one
    header ("APELLIDOS" merged over "Paterno | Materno"; ``mapping`` shows the names so read).
    Two different things are skipped, and the two keys have kept their first meanings:

    - ``skipped``: rows under the header row that are not data: blank rows, totals rows and
      footnotes ("Fuente: …", "Elaborado por: …"; ``blank_rows`` + ``totals_rows`` +
      ``note_rows``). They are not in ``rows``.
    - ``skipped_rows``: data rows left as they were by choice: a match with ``--on-match
      skip``, a repeat of an earlier row of the file. They are in ``rows``; this is the
      "skipped" of the summary line, of the wizard's last page and of the import history.

    So ``rows == created + updated + unchanged + skipped_rows + rejected_rows`` (a rejected row
    counted once however many of its cells are wrong).
    """
    setup = preview.setup
    headers = preview.headers
    choices = {r.row: r.choice for r in preview.rows}
    return {
        "file": str(loaded.path),
        "format": loaded.workbook.format.value,
        "reader": loaded.workbook.reader,
        # A CSV's rows where a quote opened and never closed, read line by line (csv_records).
        "mended_rows": mended_rows(loaded.workbook),
        "sheet": setup.sheet,
        "kind": setup.kind.value,
        "header_row": setup.header_row + 1,
        "header_rows": [r + 1 for r in preview.header_rows or (setup.header_row,)],
        "mapping": {
            (headers[c] if c < len(headers) else "") or str(c): name
            for c, name in sorted(setup.mapping.items())
        },
        "rows": len(preview.rows),
        # A sign-in sheet with a signature column and no "Asistió": everyone listed came.
        "listed_attended": setup.listed_attended,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "skipped": preview.skipped_blank + preview.skipped_total + preview.skipped_notes,
        "blank_rows": preview.skipped_blank,
        "totals_rows": preview.skipped_total,
        "note_rows": preview.skipped_notes,
        "skipped_rows": result.skipped,
        "rejected_rows": len({e.row for e in result.rejected}),
        "rejected": [
            {
                "row": e.row,
                "column": e.column,
                "field": e.field,
                "value": e.value,
                "code": e.reason,
                "message": describe(e) if describe is not None else e.message,
            }
            for e in result.rejected
        ],
        "matches": [
            {
                "row": r.row,
                "id": r.match.record_id,
                "label": r.match.label,
                "by": r.match.by,
                "choice": choices[r.row].value,
            }
            for r in preview.rows
            if r.match is not None
        ],
        "duplicates": [
            {"row": r.row, "duplicate_of": r.duplicate_of}
            for r in preview.rows
            if r.duplicate_of is not None
        ],
        **_corrections(preview),
        "organizations_created": list(result.organizations_created),
        "organizations_created_types": _created_types(preview, result),
        "batch_id": result.batch_id,
        "dry_run": result.dry_run,
        "sha256": loaded.sha256,
        "language": language if describe is not None else "en",
    }


def _created_types(preview: ImportPreview, result: ImportResult) -> dict[str, dict[str, Any]]:
    """``organizations_created_types``: for each organization created, the type and level it
    got and whether its name said them (``from_name``) or it got the type chosen for the
    names that say nothing (headless: private). ``organizations_created`` stays a list."""
    chosen = preview.setup.new_organization_type
    out: dict[str, dict[str, Any]] = {}
    for name in result.organizations_created:
        said, from_name = created_type(name, chosen)
        level = said.government_level
        out[name] = {
            "actor_type": said.actor_type.value,
            "government_level": level.value if level is not None else None,
            "from_name": from_name,
        }
    return out


def _corrections(preview: ImportPreview) -> dict[str, Any]:
    """``corrections``: how many cells each reason corrected (the wizard shows them yellow);
    ``guesses``: the cells whose correction is a guess, with the value as the file had it and
    as it was read."""
    counts: Counter[str] = Counter()
    guesses: list[dict[str, Any]] = []
    column_of = {field: column for column, field in preview.setup.mapping.items()}
    headers = preview.headers
    for row in preview.rows:
        for field, cell in row.cells.items():
            if cell.status is not CellStatus.CORRECTED or not cell.reason:
                continue
            counts[cell.reason] += 1
            if cell.reason not in GUESSES or len(guesses) >= LISTED_GUESSES:
                continue
            column = column_of.get(field)
            guesses.append(
                {
                    "row": row.row,
                    "column": headers[column]
                    if column is not None and column < len(headers)
                    else "",
                    "field": field,
                    "value": cell_text(row.raw[column])
                    if column is not None and column < len(row.raw)
                    else "",
                    "stored": cell.shown(),
                    "code": cell.reason,
                }
            )
    return {"corrections": dict(sorted(counts.items())), "guesses": guesses}
