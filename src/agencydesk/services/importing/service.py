"""ImportService: the wizard's and the headless import's single entry to the pipeline.

Reading a file (``load``) touches no database; ``preview`` reads the records rows can match
(one query per table) and computes the rest in memory; ``run`` writes in ONE transaction (the
unit of work): a cancel, an error or a dry run leaves nothing behind.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError, file_error
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.importing.headless import HeadlessImports

if TYPE_CHECKING:
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.services.importing.apply import Applied
    from agencydesk.services.importing.setup import (
        ImportBatchRecord,
        ImportPreview,
        ImportResult,
        ImportSetup,
        LoadedFile,
        RowChoice,
        RowError,
    )

# The pipeline's modules (rules, handlers, SQL) are imported on first use: the Workspace builds
# this service at every start, and most sessions never import anything.

log = logging.getLogger(__name__)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_file(path: Path, cancel: CancelToken | None = None) -> LoadedFile:
    """Read a partner's file (no database involved); raises UserError or Cancelled."""
    from agencydesk.services.importing.reading import read_workbook
    from agencydesk.services.importing.setup import LoadedFile

    path = Path(path)
    workbook = read_workbook(path, cancel=cancel)
    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise file_error("import_file_unreadable", exc, writing=False, name=path.name) from exc
    return LoadedFile(path=path, name=path.name, sha256=sha, workbook=workbook)


def missing_required(setup: ImportSetup) -> tuple[str, ...]:
    """Required fields of the kind with no column mapped and no default."""
    from agencydesk.domain.importing.kinds import ImportKind, required_fields
    from agencydesk.domain.importing.name_parts import given_fields

    given = given_fields(setup.mapping.values()) | {  # name parts make a full_name
        k for k, v in setup.defaults.items() if v not in (None, "")
    }
    if setup.kind is ImportKind.ORGANIZATIONS and "name" in given:
        given.add("actor_type")  # read from the name where the sheet gives none (org_types)
    return tuple(f for f in required_fields(setup.kind) if f not in given)


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a preview or a run builds its objects.

    A 50,000-row sheet is some 800,000 cells held alive by the loaded file; every few thousand
    new objects (cell results, rows, parameters) the collector walks them all again, which
    costs a third of a preview's time and frees nothing (the pipeline makes no cycles). It is
    switched back on when the last pause ends (pauses may overlap in threads).
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


class _DryRun(Exception):
    def __init__(self, applied: Applied) -> None:
        super().__init__("dry run")
        self.applied = applied


class ImportService(HeadlessImports):
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        day_first: Callable[[], bool] = lambda: True,
        safety_backup: Callable[[], object] = lambda: None,
    ) -> None:
        self._uow = uow
        self._user = current_user
        self._day_first = day_first
        self._safety_backup = safety_backup  # called before an undo (services/backups.py)

    # --- the file and the automatic choices --------------------------------------------------

    def load(self, path: Path, cancel: CancelToken | None = None) -> LoadedFile:
        return load_file(path, cancel)

    def propose(
        self,
        loaded: LoadedFile,
        kind: ImportKind | None = None,
        sheet: str | None = None,
        header_row: int | None = None,
    ) -> ImportSetup:
        """Best sheet (visible first), header row, mapping (the remembered one if any)."""
        from agencydesk.domain.importing.headers import header_row_at
        from agencydesk.domain.importing.kinds import ImportKind
        from agencydesk.services.importing import mappings
        from agencydesk.services.importing.setup import ImportSetup

        if sheet is not None:
            chosen = mappings.find_sheet(loaded.workbook, sheet)
            if kind is None:
                _, kind = mappings.choose_sheet(replace(loaded.workbook, sheets=[chosen]), None)
        else:
            chosen, kind = mappings.choose_sheet(loaded.workbook, kind, loaded.name)
        kind = ImportKind(kind)
        if header_row is None:
            header_row = mappings.detected_header_row(chosen, kind) if chosen.rows else 0
        else:
            # The upper row of a two-row header pointed at: the data starts under the lower.
            header_row = header_row_at(chosen.rows, header_row, kind, chosen.merged)
        with self._uow() as s:
            mapping = mappings.propose_mapping(s, chosen, header_row, kind)
        return ImportSetup(
            kind=kind,
            sheet=chosen.name,
            header_row=header_row,
            mapping=mapping,
            day_first=self._day_first(),
            listed_attended=mappings.signed_sheet(chosen, header_row, kind, mapping),
        )

    def sheet_scores(self, loaded: LoadedFile, kind: ImportKind) -> dict[str, int]:
        from agencydesk.services.importing import mappings

        return mappings.sheet_scores(loaded.workbook, kind)

    def headers(
        self, loaded: LoadedFile, sheet: str, header_row: int, kind: ImportKind | None = None
    ) -> tuple[str, ...]:
        """The column names of the header ending at ``header_row`` (of two rows, when the row
        above completes it), as the preview shows them."""
        from agencydesk.services.importing import mappings
        from agencydesk.services.importing.preview import header_texts

        raw = mappings.find_sheet(loaded.workbook, sheet)
        return header_texts(raw, header_row, raw.width, kind)

    def mapping_for(
        self, loaded: LoadedFile, sheet: str, header_row: int, kind: ImportKind
    ) -> dict[int, str]:
        """The proposed mapping of another header row or kind (the wizard's columns step)."""
        from agencydesk.domain.importing.kinds import ImportKind
        from agencydesk.services.importing import mappings

        raw = mappings.find_sheet(loaded.workbook, sheet)
        with self._uow() as s:
            return mappings.propose_mapping(s, raw, header_row, ImportKind(kind))

    # --- preview and run -----------------------------------------------------------------

    def preview(
        self,
        loaded: LoadedFile,
        setup: ImportSetup,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportPreview:
        from agencydesk.services.importing import mappings, matching
        from agencydesk.services.importing.handlers import handler_for, organization_fields
        from agencydesk.services.importing.preview import build_preview

        if missing := missing_required(setup):
            raise UserError(
                "import_missing_column", field=", ".join(missing), kind=setup.kind.value
            )
        handler = handler_for(setup.kind)
        sheet = mappings.find_sheet(loaded.workbook, setup.sheet)
        used = set(setup.mapping.values()) | set(setup.defaults)
        with self._uow() as s:
            if setup.plan_id is not None or not setup.new_plan_title:
                handler.check_setup(s, setup)
            index = handler.load_index(s, setup)
            directory = matching.directory(s) if organization_fields(setup.kind) & used else {}
        with gc_paused():
            return build_preview(sheet, setup, handler, index, directory, progress, cancel)

    def run(
        self,
        loaded: LoadedFile,
        preview: ImportPreview,
        choices: Mapping[int, RowChoice] | None = None,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
        dry_run: bool = False,
    ) -> ImportResult:
        """Write the import in one transaction; ``choices`` (by spreadsheet row) override the
        proposed ones. Cancel raises Cancelled and writes nothing; a dry run rolls back."""
        from agencydesk.services.importing import mappings
        from agencydesk.services.importing.apply import apply_import
        from agencydesk.services.importing.handlers import handler_for
        from agencydesk.services.importing.setup import ImportResult

        if not preview.rows:
            # Nothing to import (an unfilled template, only blank or totals rows): no batch in
            # the history, no remembered mapping; the caller says so (exit 2 headless).
            raise UserError(
                "import_no_rows", sheet=preview.setup.sheet, row=preview.setup.header_row + 1
            )
        handler = handler_for(preview.setup.kind)
        user = self._user()
        setup = preview.setup
        try:
            with gc_paused(), self._uow(write=True) as s:
                applied = apply_import(
                    s, handler, loaded, preview, choices or {}, user, progress, cancel
                )
                if dry_run:
                    raise _DryRun(applied)
                sheet = mappings.find_sheet(loaded.workbook, setup.sheet)
                mappings.remember(s, setup.kind, sheet, setup.header_row, setup.mapping)
        except _DryRun as done:
            applied = done.applied
        log.info(
            "import %s (%s) as %s: %d created, %d updated, %d unchanged, %d rejected%s",
            loaded.name,
            loaded.sha256[:12],
            setup.kind.value,
            applied.created,
            applied.updated,
            applied.unchanged,
            sum(1 for r in preview.rows if r.errors),
            " (dry run)" if dry_run else "",
        )
        return ImportResult(
            batch_id=None if dry_run else applied.batch_id,
            created=applied.created,
            updated=applied.updated,
            unchanged=applied.unchanged,
            skipped=applied.skipped,
            rejected=preview.rejected,
            organizations_created=tuple(applied.organizations_created),
            dry_run=dry_run,
        )

    def write_rejects(
        self,
        loaded: LoadedFile,
        preview: ImportPreview,
        out: Path,
        describe: Callable[[RowError], str] | None = None,
        error_header: str = "Error",
    ) -> int:
        """The rejected rows as read, plus an Error column, to ``out`` (.xlsx)."""
        from agencydesk.services.importing.rejects import write_rejects

        return write_rejects(preview, Path(out), describe, error_header)

    # --- history and undo ------------------------------------------------------------------

    def history(self) -> list[ImportBatchRecord]:
        from agencydesk.services.importing import batches

        with self._uow() as s:
            return batches.history(s)

    def undo(self, batch_id: int) -> ImportBatchRecord:
        """Remove what the batch created and restore what it updated (one transaction)."""
        from agencydesk.services.importing import batches

        self._safety_backup()
        with self._uow(write=True) as s:
            return batches.undo_batch(s, batch_id, self._user())
