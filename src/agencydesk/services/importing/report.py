"""The JSON report of a headless import (``agencydesk import --report``)."""

from __future__ import annotations

from typing import Any

from agencydesk.services.importing.setup import ImportPreview, ImportResult, LoadedFile


def build_report(
    loaded: LoadedFile, preview: ImportPreview, result: ImportResult
) -> dict[str, Any]:
    """The JSON report of a headless import (keys as the issue lists them, and a few more).

    ``header_row`` and every ``row`` are numbered as the spreadsheet shows them (from 1);
    ``skipped`` counts blank and totals rows; rows left as they were by choice (a match with
    --on-match skip, a duplicate inside the file) are in ``skipped_rows``.
    """
    setup = preview.setup
    headers = preview.headers
    choices = {r.row: r.choice for r in preview.rows}
    return {
        "file": str(loaded.path),
        "format": loaded.workbook.format.value,
        "reader": loaded.workbook.reader,
        "sheet": setup.sheet,
        "kind": setup.kind.value,
        "header_row": setup.header_row + 1,
        "mapping": {
            (headers[c] if c < len(headers) else "") or str(c): name
            for c, name in sorted(setup.mapping.items())
        },
        "rows": len(preview.rows),
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "skipped": preview.skipped_blank + preview.skipped_total,
        "skipped_rows": result.skipped,
        "rejected": [
            {"row": e.row, "column": e.column, "value": e.value, "message": e.message}
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
        "organizations_created": list(result.organizations_created),
        "batch_id": result.batch_id,
        "dry_run": result.dry_run,
        "sha256": loaded.sha256,
    }
