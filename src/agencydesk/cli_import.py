"""The headless ``import`` and ``undo-import`` commands (kept out of cli.py, which stays light).

Exit status of ``import``: 0 when every data row was imported (or would be, with --dry-run),
3 when some rows were rejected and the rest imported, 2 when the file could not be read or was
refused (nothing written), 1 otherwise (database locked, disk full, a bug...). Errors are one
line on stderr, never a traceback (details go to the log), in the user's language like the
summary and the rejected rows' reasons (cli_language.py). The file is read before the
database is opened: a file we refuse never touches it.

"Nothing was written" is said only when it is true: an interruption (or a bug) after the
import's transaction committed, but before its result came back, is told apart by looking for
the batch it saved (``_run_import``).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencydesk import paths
from agencydesk.cli_import_texts import ImportCommand
from agencydesk.cli_language import CommandLine, Speaker, fail
from agencydesk.domain.errors import UserError, file_error
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


class _SavedThenStopped(Exception):
    """The import's transaction committed, then something stopped the command (``__cause__``)
    before its result came back: the batch is saved."""

    def __init__(self, batch_id: int) -> None:
        super().__init__(batch_id)
        self.batch_id = batch_id


class _MaybeSaved(Exception):
    """Stopped around the commit, and the database could not be asked whether it happened."""


def run_command(app_paths: paths.AppPaths, args: argparse.Namespace, speaker: Speaker) -> int:
    words = ImportCommand(speaker)
    try:
        if args.command == "import":
            return _import(app_paths, args, words)
        return _undo(app_paths, args.batch_id, words)
    except UserError as exc:
        log.info("user error: %r", exc)
        # A file we cannot read or refuse (import_* codes): 2, nothing written. Anything else
        # (a locked database, an undo refused): 1.
        refused = args.command == "import" and exc.code.startswith("import_")
        return fail(speaker.error(exc), EXIT_REFUSED if refused else EXIT_FAILED)
    except _SavedThenStopped as saved:
        if isinstance(saved.__cause__, (Cancelled, KeyboardInterrupt)):
            return fail(words.interrupted_after_saving(saved.batch_id), 130)
        log.error("unexpected error after batch %s was saved", saved.batch_id, exc_info=saved)
        return fail(words.failed_after_saving(saved.batch_id, app_paths.log_file), EXIT_FAILED)
    except _MaybeSaved as unknown:
        log.error("stopped around the commit; batch unknown", exc_info=unknown)
        interrupted = isinstance(unknown.__cause__, (Cancelled, KeyboardInterrupt))
        return fail(words.maybe_saved(), 130 if interrupted else EXIT_FAILED)
    except (Cancelled, KeyboardInterrupt):
        return fail(CommandLine(speaker).interrupted(), 130)
    except Exception:
        log.exception("unexpected error in %s", args.command)
        return fail(
            CommandLine(speaker).unexpected_nothing_written(app_paths.log_file), EXIT_FAILED
        )


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
        raise file_error("export_cannot_write", exc, path=str(out)) from exc


def _import(app_paths: paths.AppPaths, args: argparse.Namespace, words: ImportCommand) -> int:
    from agencydesk.services.database import open_database
    from agencydesk.services.importing.service import ImportService, load_file

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
    service = ImportService(database.uow, lambda: _user(app_paths))
    try:
        preview, result = _run_import(service, loaded, args)
    except BaseException:
        database.close()
        raise
    try:
        database.close()
        return _after_commit(args, service, loaded, preview, result, words)
    except KeyboardInterrupt:
        if result.batch_id is None:  # a dry run: nothing was written indeed
            raise
        return fail(words.interrupted_after_saving(result.batch_id), 130)


def _run_import(
    service: ImportService, loaded: LoadedFile, args: argparse.Namespace
) -> tuple[ImportPreview, ImportResult]:
    """The import with the command line's options. A Ctrl-C (or a bug) may land after the
    transaction committed and before the result came back: then the batch this file just
    saved is looked for, and ``_SavedThenStopped`` says it was saved (the user must not
    import the file a second time); ``_MaybeSaved`` when the database cannot be asked."""
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.services.importing.setup import OnMatch

    newest = None if args.dry_run else _newest_batch(service)
    try:
        return service.import_loaded(
            loaded,
            ImportKind(args.kind),
            sheet=args.sheet,
            plan=args.plan,
            meeting_id=args.meeting,
            on_match=OnMatch(args.on_match),
            dry_run=args.dry_run,
        )
    except UserError:
        raise  # refused, inside the transaction: rolled back
    except (Exception, KeyboardInterrupt) as exc:
        if newest is None:  # a dry run writes nothing
            raise
        try:
            saved = _batch_saved_since(service, loaded.sha256, newest)
        except (Exception, KeyboardInterrupt):  # a second Ctrl-C, the database gone
            raise _MaybeSaved() from exc
        if saved is None:
            raise
        raise _SavedThenStopped(saved) from exc


def _newest_batch(service: ImportService) -> int:
    return max((batch.id for batch in service.history()), default=0)


def _batch_saved_since(service: ImportService, sha256: str, newest: int) -> int | None:
    """The batch of this file committed after ``newest`` (another import running at the same
    time, from the window, is of another file or started before)."""
    saved = [b.id for b in service.history() if b.id > newest and b.file_sha256 == sha256]
    return max(saved, default=None)


def _after_commit(
    args: argparse.Namespace,
    service: ImportService,
    loaded: LoadedFile,
    preview: ImportPreview,
    result: ImportResult,
    words: ImportCommand,
) -> int:
    """The summary and the output files, once the import is committed: a failure here (disk
    full) must not read as "nothing was written", and must not hide the summary. Each file is
    tried; what failed is said after."""
    from agencydesk.services.importing import report

    speaker = words.speaker
    unwritten: list[tuple[str, str]] = []
    if args.report is not None:
        unwritten += _try_write(
            "report",
            lambda: _write_json(
                Path(args.report),
                report.build_report(loaded, preview, result, speaker.rejection, speaker.language),
            ),
            words,
        )
    if args.rejects is not None:
        unwritten += _try_write(
            "rejects",
            lambda: service.write_rejects(
                loaded, preview, Path(args.rejects), words.row_error, words.error_header()
            ),
            words,
        )
    rejected_rows = sum(1 for r in preview.rows if r.errors)
    print(
        words.summary(
            loaded.name, preview.setup.sheet, args.kind, len(preview.rows), result, rejected_rows
        )
    )
    if unwritten:
        why = "; ".join(reason.rstrip(".") for _, reason in unwritten)
        failed = {what for what, _ in unwritten}
        message = words.unwritten("report" in failed, "rejects" in failed, why, result.batch_id)
        return fail(message, EXIT_FAILED)
    if rejected_rows:
        fail(words.rejected(rejected_rows, args.rejects), EXIT_SOME_REJECTED)
        return EXIT_SOME_REJECTED
    return EXIT_OK


def _try_write(
    what: str, write: Callable[[], object], words: ImportCommand
) -> list[tuple[str, str]]:
    """Run ``write``; on failure, [(what, why)] instead of an exception (after the commit)."""
    try:
        write()
    except UserError as exc:
        log.info("could not write the %s: %r", what, exc)
        return [(what, words.speaker.error(exc))]
    except Exception:
        log.exception("could not write the %s", what)
        return [(what, words.write_failed_unexpectedly())]
    return []


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


def _undo(app_paths: paths.AppPaths, batch_id: int, words: ImportCommand) -> int:
    from agencydesk.services.backups import BackupService
    from agencydesk.services.database import open_database
    from agencydesk.services.importing.service import ImportService

    if batch_id not in _ID_RANGE:  # the same sentence as any batch that does not exist
        return fail(words.no_such_batch(batch_id), EXIT_FAILED)
    database = open_database(app_paths.existing_target(), app_paths.backups_dir)
    try:
        backup = BackupService.for_database(database).before_import_undo
        service = ImportService(database.uow, lambda: _user(app_paths), safety_backup=backup)
        try:
            record = service.undo(batch_id)
        except UserError as exc:
            if exc.code != "not_found":
                raise
            return fail(words.no_such_batch(batch_id), EXIT_FAILED)
    finally:
        database.close()
    print(words.undone(record))
    return EXIT_OK
