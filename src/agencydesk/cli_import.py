"""The headless ``import`` and ``undo-import`` commands (kept out of cli.py, which stays light).

Exit status of ``import``: 0 when every data row was imported (or would be, with --dry-run),
3 when some rows were rejected and the rest imported, 2 when the file could not be read or was
refused (nothing written), 1 otherwise (database locked, disk full, a bug...). Errors are one
line on stderr, never a traceback (details go to the log). The file is read before the
database is opened: a file we refuse never touches it.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencydesk import paths
from agencydesk.domain.errors import UserError, english_message
from agencydesk.domain.progress import Cancelled

if TYPE_CHECKING:
    from agencydesk.services.importing.service import ImportService
    from agencydesk.services.importing.setup import ImportPreview, ImportResult, LoadedFile

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_SOME_REJECTED = 3
# SQLite's INTEGER (and every id column) is a signed 64-bit number: a larger id given on the
# command line can name no record, and handing it to the driver raises OverflowError.
_ID_RANGE = range(-(2**63), 2**63)
# The files SQLite keeps beside a database file; an output written over one destroys data.
_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _fail(message: str, status: int) -> int:
    print(f"agencydesk: {message}", file=sys.stderr)
    return status


def run_command(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    try:
        if args.command == "import":
            return _import(app_paths, args)
        return _undo(app_paths, args.batch_id)
    except UserError as exc:
        log.info("user error: %r", exc)
        # A file we cannot read or refuse (import_* codes): 2, nothing written. Anything else
        # (a locked database, an undo refused): 1.
        refused = args.command == "import" and exc.code.startswith("import_")
        return _fail(english_message(exc), EXIT_REFUSED if refused else EXIT_FAILED)
    except (Cancelled, KeyboardInterrupt):
        return _fail("interrupted; nothing was written.", 130)
    except Exception:
        log.exception("unexpected error in %s", args.command)
        where = f" Details are in {app_paths.log_file}."
        return _fail(f"unexpected error; nothing was written.{where}", EXIT_FAILED)


def _user(app_paths: paths.AppPaths) -> str | None:
    from agencydesk.services.settings import SettingsStore

    name = SettingsStore(app_paths.settings_file).current.user_name
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): the audit says nobody
        return None


def _write_json(out: Path, data: dict[str, Any]) -> None:
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(
            "export_cannot_write", path=str(out), reason=exc.strerror or str(exc)
        ) from exc


def _import(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.services.database import open_database
    from agencydesk.services.importing.service import ImportService, load_file
    from agencydesk.services.importing.setup import OnMatch

    path = Path(args.file)
    # A sentence naming the path (not a bare code): missing, a folder, or a device / pipe.
    if not path.exists():
        raise UserError("import_file_missing", name=str(path))
    if path.is_dir():
        raise UserError("import_path_is_folder", path=str(path))
    if not path.is_file():
        raise UserError("import_not_a_file", path=str(path))
    if args.meeting is not None and args.meeting not in _ID_RANGE:
        raise UserError("import_unknown_meeting", meeting=args.meeting)
    # The output files are checked before anything is read or written: a --report or
    # --rejects that cannot be written, or that would overwrite the database or the partner's
    # file, is refused while nothing has been imported yet (exit 2).
    check_outputs(app_paths, path, args.report, args.rejects)
    loaded = load_file(path)  # before the database is opened
    database = open_database(app_paths.target, app_paths.backups_dir)
    try:
        service = ImportService(database.uow, lambda: _user(app_paths))
        preview, result = service.import_loaded(
            loaded,
            ImportKind(args.kind),
            sheet=args.sheet,
            plan=args.plan,
            meeting_id=args.meeting,
            on_match=OnMatch(args.on_match),
            dry_run=args.dry_run,
        )
    finally:
        database.close()
    try:
        return _after_commit(args, service, loaded, preview, result)
    except KeyboardInterrupt:
        if result.batch_id is None:  # a dry run: nothing was written indeed
            raise
        return _fail(
            f"interrupted after the import was saved (batch {result.batch_id}); the report or "
            "the rejected rows may be missing. Do not import the file again; "
            f"'agencydesk undo-import {result.batch_id}' undoes the import if needed.",
            130,
        )


def _after_commit(
    args: argparse.Namespace,
    service: ImportService,
    loaded: LoadedFile,
    preview: ImportPreview,
    result: ImportResult,
) -> int:
    """The summary and the output files, once the import is committed: a failure here (disk
    full) must not read as "nothing was written", and must not hide the summary. Each file is
    tried; what failed is said after."""
    from agencydesk.services.importing.report import build_report

    unwritten: list[tuple[str, str]] = []
    if args.report is not None:
        unwritten += _try_write(
            "report", lambda: _write_json(Path(args.report), build_report(loaded, preview, result))
        )
    if args.rejects is not None:
        unwritten += _try_write(
            "rejects", lambda: service.write_rejects(loaded, preview, Path(args.rejects))
        )
    rejected_rows = sum(1 for r in preview.rows if r.errors)
    summary = (
        f"{loaded.name} [{preview.setup.sheet}] as {args.kind}: {len(preview.rows)} rows, "
        f"{result.created} created, {result.updated} updated, {result.unchanged} unchanged, "
        f"{result.skipped} skipped, {rejected_rows} rejected"
    )
    if result.organizations_created:
        summary += f", {len(result.organizations_created)} new organizations"
    summary += " (dry run: nothing written)" if args.dry_run else f" (batch {result.batch_id})"
    print(summary)
    if unwritten:
        return _fail(_unwritten_message(unwritten, result.batch_id), EXIT_FAILED)
    if rejected_rows:
        print(
            f"agencydesk: {rejected_rows} rows rejected"
            + (f"; they are in {args.rejects}" if args.rejects else ""),
            file=sys.stderr,
        )
        return EXIT_SOME_REJECTED
    return EXIT_OK


def _try_write(what: str, write: Callable[[], object]) -> list[tuple[str, str]]:
    """Run ``write``; on failure, [(what, why)] instead of an exception (after the commit)."""
    try:
        write()
    except UserError as exc:
        log.info("could not write the %s: %r", what, exc)
        return [(what, english_message(exc))]
    except Exception:
        log.exception("could not write the %s", what)
        return [(what, "unexpected error (details are in the log)")]
    return []


def _unwritten_message(unwritten: list[tuple[str, str]], batch_id: int | None) -> str:
    names = {"report": "the report", "rejects": "the rejected rows workbook"}
    what = " and ".join(names[w] for w, _ in unwritten)
    why = "; ".join(reason.rstrip(".") for _, reason in unwritten)
    if batch_id is None:  # a dry run
        return (
            f"dry run done, nothing was written to the database; only {what} could not be "
            f"written ({why})."
        )
    return (
        f"the import itself was saved (batch {batch_id}); only {what} could not be written "
        f"({why}). Do not import the file again; 'agencydesk undo-import {batch_id}' undoes "
        "the import if needed."
    )


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file: samefile when both exist (hard links, symlinks,
    a case-insensitive disk), else the resolved paths compared."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        left, right = a.resolve(), b.resolve()
    except (OSError, RuntimeError):  # a symlink loop, a path we may not stat
        left, right = a.absolute(), b.absolute()
    return os.path.normcase(left) == os.path.normcase(right)


def check_outputs(
    app_paths: paths.AppPaths, source: Path, report: str | None, rejects: str | None
) -> None:
    """Refuse (UserError import_output_*, exit 2) an output file that cannot be written, or
    that would destroy data: the database and its companions, the file imported, each other."""
    given = (("report", report), ("rejects", rejects))
    outputs = [(option, Path(value)) for option, value in given if value is not None]
    if rejects is not None and Path(rejects).suffix.lower() != ".xlsx":
        # The rejected rows are always an Excel workbook: an .xlsx under a .csv name would
        # be opened as text by the partner's spreadsheet program.
        raise UserError("import_rejects_not_xlsx", path=rejects)
    database: list[Path] = []
    if app_paths.database_url is None:
        db = app_paths.database
        database = [db.with_name(db.name + suffix) for suffix in _DATABASE_COMPANIONS]
    for option, out in outputs:
        if out.exists() and not out.is_file():  # a folder, or /dev/... that replace would drop
            raise UserError("import_output_not_a_file", option=option, path=str(out))
        folder = out.absolute().parent
        if not folder.is_dir():
            raise UserError(
                "import_output_no_folder", option=option, path=str(out), folder=str(folder)
            )
        # The file is written beside itself under a temporary name, then renamed: the folder
        # must take new files.
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UserError(
                "import_output_read_only", option=option, path=str(out), folder=str(folder)
            )
        if any(_same_file(out, f) for f in database):
            raise UserError(
                "import_output_is_database",
                option=option,
                path=str(out),
                database=str(app_paths.database),
            )
        if _same_file(out, source):
            raise UserError("import_output_is_source", option=option, path=str(out))
    if len(outputs) == 2 and _same_file(outputs[0][1], outputs[1][1]):
        raise UserError("import_output_same", path=rejects)


def _undo(app_paths: paths.AppPaths, batch_id: int) -> int:
    from agencydesk.services.backups import BackupService
    from agencydesk.services.database import open_database
    from agencydesk.services.importing.service import ImportService

    if batch_id not in _ID_RANGE:  # the same sentence as any batch that does not exist
        raise UserError("not_found", entity="import batch")
    database = open_database(app_paths.existing_target(), app_paths.backups_dir)
    try:
        backup = BackupService.for_database(database).before_import_undo
        record = ImportService(database.uow, lambda: _user(app_paths), safety_backup=backup).undo(
            batch_id
        )
    finally:
        database.close()
    print(
        f"Import batch {record.id} ({record.file_name}) undone: {record.created} created "
        f"records removed, {record.updated} updated records restored."
    )
    return EXIT_OK
