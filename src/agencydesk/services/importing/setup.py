"""What an import is asked to do, what its preview shows and what it did: plain frozen records.

The wizard fills an ``ImportSetup`` step by step (headless: ``ImportService.propose``), gets an
``ImportPreview`` (every data row as it will be stored, with its errors, its match and the
proposed choice), lets the user change choices per row, and runs it (``ImportResult``).
Nothing here touches the database or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.values import CellResult
from agencydesk.domain.importing.workbook import CellValue, RawWorkbook


class OnMatch(StrEnum):
    """What to do with a row that matches an existing record."""

    SKIP = "skip"
    UPDATE = "update"  # the file's non-empty values replace the record's
    FILL = "fill"  # the file's values go only where the record is empty


class RowChoice(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    FILL = "fill"
    SKIP = "skip"


CHOICE_FOR_MATCH = {
    OnMatch.SKIP: RowChoice.SKIP,
    OnMatch.UPDATE: RowChoice.UPDATE,
    OnMatch.FILL: RowChoice.FILL,
}


@dataclass(frozen=True)
class ImportSetup:
    """What wizard steps 2-5 decide; headless, ``ImportService.propose`` decides it."""

    kind: ImportKind
    sheet: str
    header_row: int  # 0-based index in RawSheet.rows
    mapping: dict[int, str]  # column index -> field name; unmapped columns are not imported
    day_first: bool = True
    decimal_comma: bool | None = None
    on_match: OnMatch = OnMatch.SKIP
    plan_id: int | None = None  # actions, progress, measurements
    meeting_id: int | None = None  # agreements, attendance
    create_organizations: bool = True
    defaults: dict[str, Any] = field(default_factory=dict)  # field -> value when a cell is empty
    # The type given to organizations created from names in a people/actions/agreements/
    # attendance sheet whose name does not say theirs (the directory needs one; the wizard
    # lets the user pick it): a "Municipalidad…", a "Universidad…", an "… S.A.C." get the type
    # their name says (``matching.created_type``).
    new_organization_type: ActorType = ActorType.PRIVATE
    # ``--plan`` naming no existing plan: the import creates a draft plan with this title, in
    # its own transaction (a dry run or a cancel leaves none). ``plan_id`` is None meanwhile:
    # handlers treat that as a new, empty plan.
    new_plan_title: str | None = None
    # Attendance of a held meeting from a sheet with no column saying who came: everyone on
    # it came (a signed sign-in sheet typed up). Proposed for a sheet with a signature column.
    listed_attended: bool = False


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    name: str
    sha256: str
    workbook: RawWorkbook


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row number (1-based, as the spreadsheet shows it)
    column: str  # the header text of the column ("" when about the row as a whole)
    field: str | None
    value: str  # the raw value as text
    reason: str  # a code: values.REASONS, or ROW_REASONS below, or a handler's ``reasons``
    message: str  # English sentence (CLI, report); the UI translates ``reason`` instead


@dataclass(frozen=True)
class RowMatch:
    record_id: int
    label: str  # the existing record as the user knows it (its name, "A-01 title"...)
    by: str  # "uuid" | "tax_id" | "email" | "national_id" | "name" | "code" | ...


@dataclass(frozen=True)
class PreviewRow:
    row: int  # spreadsheet row number
    raw: tuple[CellValue, ...]
    cells: dict[str, CellResult]  # by field name (mapped fields, then defaults)
    errors: tuple[RowError, ...]  # non-empty: the row is rejected whole
    match: RowMatch | None
    duplicate_of: int | None  # spreadsheet row of an earlier row of the file with the same key
    choice: RowChoice  # proposed (from on_match; SKIP for duplicates inside the file)
    new_organizations: tuple[str, ...] = ()  # organization names this row would create

    @property
    def rejected(self) -> bool:
        return bool(self.errors)

    def values(self) -> dict[str, Any]:
        """The typed values of the non-empty cells, by field name."""
        return {name: c.value for name, c in self.cells.items() if c.value is not None}


@dataclass(frozen=True)
class ImportPreview:
    setup: ImportSetup
    headers: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    skipped_blank: int
    skipped_total: int
    new_organizations: tuple[str, ...]  # every organization name the import would create
    # Footnotes under the table ("Fuente: …", "Elaborado por: …", "Nota: …"): not data.
    skipped_notes: int = 0
    # The rows (0-based) the column names were read from: ``setup.header_row``, and the row
    # above it when the two make one header ("APELLIDOS" merged over "Paterno | Materno").
    header_rows: tuple[int, ...] = ()

    @property
    def rejected(self) -> tuple[RowError, ...]:
        return tuple(e for r in self.rows for e in r.errors)


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None  # None for a dry run
    created: int
    updated: int
    unchanged: int
    skipped: int  # rows the user (or the proposal) chose to skip, and in-file duplicates
    rejected: tuple[RowError, ...]
    organizations_created: tuple[str, ...]
    dry_run: bool = False


@dataclass(frozen=True)
class ImportBatchRecord:
    id: int
    file_name: str
    file_sha256: str
    sheet: str | None
    kind: str
    user: str | None
    started_at: datetime
    finished_at: datetime | None
    created: int
    updated: int
    unchanged: int
    rejected: int
    skipped: int
    undone_at: datetime | None
    undone_by: str | None = None
    format: str | None = None
    header_row: int | None = None  # 0-based, as in ImportSetup
    rows: int = 0  # data rows seen
    mapping: dict[str, str] = field(default_factory=dict)  # header -> field


# Reasons for rejecting or flagging a row that are the pipeline's own (cell-level reasons come
# from domain/importing/values.REASONS; a handler adds its own in ``KindHandler.reasons``).
ROW_REASONS: dict[str, str] = {
    "required": "a value is required",
    "unknown_organization": "no organization with this name in the directory",
    "duplicate_in_file": "the same record appears earlier in the file",
    "not_found": "no existing record matches this row",
}
