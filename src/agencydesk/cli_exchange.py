"""The ``exchange-export`` and ``exchange-import`` commands (exchange between offices).

``agencydesk [--db PATH] exchange-export [--initiative ID] --out FILE.agencydesk`` writes one
initiative (or everything) as an exchange file. ``agencydesk [--db PATH] exchange-import FILE
[--dry-run] [--take-theirs | --keep-mine]`` merges one: the summary on stdout; conflicts (records
changed here and there since the last exchange) are listed with both values and, unless
settled by a flag, left as they are here and asked again at the next import.

Exit status: 0 merged (or would be, with --dry-run), 3 merged with conflicts left undecided,
2 the file was refused (nothing written), 1 otherwise (database busy, disk full...).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencydesk import paths
from agencydesk.domain.errors import UserError, english_message
from agencydesk.domain.progress import Cancelled

if TYPE_CHECKING:
    from agencydesk.services.exchange import MergeResult

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_CONFLICTS = 3
COMMANDS = ("exchange-export", "exchange-import")


def add_exchange_commands(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser(
        "exchange-export", help="write an exchange file for another office (.agencydesk)"
    )
    out.add_argument("--initiative", metavar="ID", type=int, help="one initiative (default: all)")
    out.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    imp = commands.add_parser("exchange-import", help="merge another office's exchange file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    settle = imp.add_mutually_exclusive_group()
    settle.add_argument(
        "--take-theirs", action="store_true", help="settle every conflict with the file's version"
    )
    settle.add_argument(
        "--keep-mine", action="store_true", help="settle every conflict with this database's"
    )


def _fail(message: str, status: int) -> int:
    print(f"agencydesk: {message}", file=sys.stderr)
    return status


def _settings(app_paths: paths.AppPaths) -> tuple[str | None, str | None]:
    """(user name, office name) from Settings; the login name when no user name is set."""
    from agencydesk.services.settings import SettingsStore

    current = SettingsStore(app_paths.settings_file).current
    user = current.user_name or None
    if user is None:
        try:
            user = getpass.getuser()
        except Exception:  # no login name (containers): the audit says nobody
            user = None
    return user, (current.office_name or None)


def run_exchange(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    try:
        if args.command == "exchange-export":
            return _export(app_paths, args)
        return _import(app_paths, args)
    except UserError as exc:
        log.info("user error: %r", exc)
        refused = args.command == "exchange-import" and (
            exc.code.startswith("exchange_") or exc.code.startswith("import_file")
        )
        return _fail(english_message(exc), EXIT_REFUSED if refused else EXIT_FAILED)
    except (Cancelled, KeyboardInterrupt):
        return _fail("interrupted; nothing was written.", 130)
    except Exception:
        log.exception("unexpected error in %s", args.command)
        where = f" Details are in {app_paths.log_file}."
        return _fail(f"unexpected error; nothing was written.{where}", EXIT_FAILED)


def _open(app_paths: paths.AppPaths, *, create: bool = False):
    """The database; ``create``: a new one if missing (an office starting from a file)."""
    from agencydesk.services.database import open_database

    target = app_paths.target if create else app_paths.existing_target()
    return open_database(target, app_paths.backups_dir)


def _export(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    from agencydesk.services.exchange import ExchangeService

    user, office = _settings(app_paths)
    database = _open(app_paths)
    try:
        service = ExchangeService(database.uow, lambda: user, lambda: office)
        result = service.export(Path(args.out), args.initiative)
    finally:
        database.close()
    what = f'the initiative "{result.scope.name}"' if result.scope.uuid else "everything"
    print(f"{result.rows} records ({what}) written to {result.path}")
    return EXIT_OK


def _import(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    from agencydesk.services.exchange import Decision, ExchangeService

    file = ExchangeService.read(Path(args.file))  # before the database is opened
    default = Decision.THEIRS if args.take_theirs else Decision.MINE if args.keep_mine else None
    from agencydesk.services.backups import BackupService

    user, office = _settings(app_paths)
    database = _open(app_paths, create=not args.dry_run)
    try:
        backups = BackupService.for_database(database)
        service = ExchangeService(
            database.uow, lambda: user, lambda: office, lambda: backups.safety("before-exchange")
        )
        result = service.merge(file, default=default, dry_run=args.dry_run)
    finally:
        database.close()
    print("\n".join(summary_lines(result)))
    return EXIT_CONFLICTS if result.undecided else EXIT_OK


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


def summary_lines(result: MergeResult) -> list[str]:
    info = result.info
    source = info.source_name or f"database {info.source_database_id[:8]}"
    scope = f'the initiative "{info.scope.name}"' if info.scope.uuid else "everything"
    lines = [f"{info.name}: {scope}, from {source}, exported {info.exported_at:%Y-%m-%d %H:%M} UTC"]
    t = result.totals()
    line = (
        f"{t.created} created, {t.updated} updated, {t.unchanged} unchanged, "
        f"{t.conflicts} conflicts, {t.skipped} skipped"
    )
    lines.append(line + (" (dry run: nothing written)" if result.dry_run else ""))
    for table, counts in result.counts.items():
        if counts.created or counts.updated or counts.conflicts or counts.skipped:
            lines.append(
                f"  {table}: {counts.created} created, {counts.updated} updated, "
                f"{counts.conflicts} conflicts, {counts.skipped} skipped"
            )
    for conflict in result.conflicts:
        decision = result.decided.get(conflict.key)
        outcome = (
            "took the file's version"
            if decision == "theirs"
            else "kept this database's version"
            if decision == "mine"
            else "left as it is here (undecided)"
        )
        lines.append(f'Conflict: {conflict.table} "{conflict.label}" [{conflict.uuid}]: {outcome}')
        for diff in conflict.fields:
            lines.append(f"    {diff.field}: here {_value(diff.mine)}, there {_value(diff.theirs)}")
    if result.undecided:
        lines.append(
            f"{len(result.undecided)} conflict(s) left as they are here; settle them in the "
            "program (File > Exchange > Import) or with --take-theirs / --keep-mine."
        )
    notes = {
        "matched": "matched to a record here by its name or id",
        "renumbered": "renumbered (its number was taken here)",
        "kept_deleted": "not brought back (deleted here after an earlier exchange)",
        "missing_reference": "skipped (what it belongs to is not here)",
        "reference_dropped": "written without a link whose record is not here",
    }
    for note in result.notes:
        detail = f" {note.detail}" if note.detail else ""
        lines.append(f'Note: {note.table} "{note.label}" {notes.get(note.kind, note.kind)}{detail}')
    return lines
