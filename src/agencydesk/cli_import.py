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
from pathlib import Path
from typing import Any

from agencydesk import paths
from agencydesk.domain.errors import UserError, english_message
from agencydesk.domain.progress import Cancelled

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_SOME_REJECTED = 3


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
    from agencydesk.services.importing.report import build_report
    from agencydesk.services.importing.service import ImportService, load_file
    from agencydesk.services.importing.setup import OnMatch

    path = Path(args.file)
    if not path.is_file():
        raise UserError("import_file_not_found", path=str(path))
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
    if args.report:
        _write_json(Path(args.report), build_report(loaded, preview, result))
    if args.rejects:
        service.write_rejects(loaded, preview, Path(args.rejects))
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
    if not preview.rows:
        return _fail("no data rows under the header row; nothing was imported.", EXIT_REFUSED)
    if rejected_rows:
        print(
            f"agencydesk: {rejected_rows} rows rejected"
            + (f"; they are in {args.rejects}" if args.rejects else ""),
            file=sys.stderr,
        )
        return EXIT_SOME_REJECTED
    return EXIT_OK


def _undo(app_paths: paths.AppPaths, batch_id: int) -> int:
    from agencydesk.services.backups import BackupService
    from agencydesk.services.database import open_database
    from agencydesk.services.importing.service import ImportService

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
