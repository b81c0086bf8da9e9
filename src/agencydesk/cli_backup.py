"""The ``backup``, ``restore`` and ``check`` commands.

- ``agencydesk [--db PATH] backup [--out DIR]``: a verified backup of the database, into the
  backups folder (thinned as the program does) or, with ``--out``, as one self-contained file
  in DIR (a USB stick). Exit 0 written, 1 refused.
- ``agencydesk [--db PATH] restore FILE``: replace the database by a backup, after backing up
  the database as it is. Close AgencyDesk first. Exit 0 restored, 1 refused (nothing changed).
- ``agencydesk [--db PATH] check``: SQLite's full ``integrity_check`` and ``foreign_key_check``,
  read-only. Exit 0 healthy, 1 damaged or not checkable.

Errors are one line on stderr (details in the log), like the other commands. A database on a
PostgreSQL server is backed up by its administrator: these commands say so and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk import paths
from agencydesk.domain.errors import UserError

if TYPE_CHECKING:
    from agencydesk.services.backups import BackupService

COMMANDS = ("backup", "restore", "check")


def add_backup_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="write a verified backup of the database")
    backup.add_argument(
        "--out",
        metavar="DIR",
        help="a folder (a USB stick) for one self-contained file; default: the backups folder",
    )
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)"
    )
    restore.add_argument("file", metavar="FILE", help="a backup file (.sqlite3)")
    commands.add_parser("check", help="check the database file for damage (read-only)")


def _counts(counts: dict[str, int] | None) -> str:
    return ", ".join(f"{n:,} {table}" for table, n in (counts or {}).items())


def run_backup(app_paths: paths.AppPaths, args: argparse.Namespace, db: str | None) -> int:
    """``db``: what ``--db`` said (a server URL is refused here, before anything opens)."""
    from agencydesk.domain.database_url import is_database_url
    from agencydesk.services.backups import BackupService

    if is_database_url(db):
        raise UserError("backup_server")
    service = BackupService(app_paths.database, app_paths.backups_dir)
    if args.command == "backup":
        return _backup(service, args.out)
    if args.command == "restore":
        return _restore(service, Path(args.file))
    return _check(service)


def _require_database(path: Path | None) -> None:
    if path is None or not path.is_file():
        raise UserError("db_unreadable", path=str(path), reason="it does not exist")


def _backup(service: BackupService, out: str | None) -> int:
    _require_database(service.db_file)
    written = service.export_to(Path(out)) if out else service.take()
    print(f"Backup written to {written.path} ({_counts(written.counts)}).")
    return 0


def _restore(service: BackupService, file: Path) -> int:
    result = service.restore(file)
    print(f"{service.db_file} restored from {file} ({_counts(result.restored.counts)}).")
    if result.previous is not None:
        print(f"The database as it was is kept in {result.previous.path}.")
    elif result.moved_to is not None:
        print(f"The damaged database was moved to {result.moved_to}.")
    return 0


def _check(service: BackupService) -> int:
    _require_database(service.db_file)
    problems = service.check()
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        print(
            f"agencydesk: the database {service.db_file} is damaged: {problems[0]}{more}. "
            "Restore a backup (agencydesk restore FILE).",
            file=sys.stderr,
        )
        return 1
    print(f"{service.db_file}: no problems found.")
    return 0
