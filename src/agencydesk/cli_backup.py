"""The ``backup``, ``restore`` and ``check`` commands.

- ``agencydesk [--db PATH] backup [--out DIR]``: a verified backup of the database, into the
  backups folder (thinned as the program does) or, with ``--out``, as one self-contained file
  in DIR (a USB stick). Exit 0 written, 1 refused.
- ``agencydesk [--db PATH] restore FILE``: replace the database by a backup, after backing up
  the database as it is. Close AgencyDesk first. Exit 0 restored, 1 refused (nothing changed).
- ``agencydesk [--db PATH] check``: SQLite's full ``integrity_check`` and ``foreign_key_check``,
  read-only. Exit 0 healthy, 1 damaged or not checkable.

Errors are one line on stderr (details in the log), like the other commands, in the user's
language (cli_language.py). A database on a PostgreSQL server is backed up by its
administrator: these commands say so and exit 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk import paths
from agencydesk.cli_language import CliTexts, Speaker, arg, fail
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


class BackupCommand(CliTexts):
    """What backup, restore and check say."""

    def written(self, path: Path, counts: dict[str, int] | None) -> str:
        return arg(self.tr("Backup written to %1 (%2)."), path, self.speaker.counts(counts))

    def restored(self, db_file: Path | None, source: Path, counts: dict[str, int] | None) -> str:
        return arg(
            self.tr("%1 restored from %2 (%3)."), db_file, source, self.speaker.counts(counts)
        )

    def kept(self, path: Path) -> str:
        return arg(self.tr("The database as it was is kept in %1."), path)

    def moved(self, path: Path) -> str:
        return arg(self.tr("The damaged database was moved to %1."), path)

    def damaged(self, db_file: Path | None, problems: list[str]) -> str:
        if len(problems) == 1:
            text = self.tr(
                "the database %1 is damaged: %2. Restore a backup (agencydesk restore FILE)."
            )
        else:
            text = self.tr(
                "the database %1 is damaged: %2 (and %n more). Restore a backup "
                "(agencydesk restore FILE).",
                "",
                len(problems) - 1,
            )
        return arg(text, db_file, problems[0])

    def healthy(self, db_file: Path | None) -> str:
        return arg(self.tr("%1: no problems found."), db_file)


def run_backup(
    app_paths: paths.AppPaths, args: argparse.Namespace, db: str | None, speaker: Speaker
) -> int:
    """``db``: what ``--db`` said (a server URL is refused here, before anything opens)."""
    from agencydesk.domain.database_url import is_database_url
    from agencydesk.services.backups import BackupService

    if is_database_url(db):
        raise UserError("backup_server")
    service = BackupService(app_paths.database, app_paths.backups_dir)
    words = BackupCommand(speaker)
    if args.command == "backup":
        return _backup(service, args.out, words)
    if args.command == "restore":
        return _restore(service, Path(args.file), words)
    return _check(service, words)


def _require_database(path: Path | None) -> None:
    if path is None or not path.is_file():
        raise UserError("db_unreadable", path=str(path), reason="it does not exist")


def _backup(service: BackupService, out: str | None, words: BackupCommand) -> int:
    _require_database(service.db_file)
    written = service.export_to(Path(out)) if out else service.take()
    print(words.written(written.path, written.counts))
    return 0


def _restore(service: BackupService, file: Path, words: BackupCommand) -> int:
    result = service.restore(file)
    print(words.restored(service.db_file, file, result.restored.counts))
    if result.previous is not None:
        print(words.kept(result.previous.path))
    elif result.moved_to is not None:
        print(words.moved(result.moved_to))
    return 0


def _check(service: BackupService, words: BackupCommand) -> int:
    _require_database(service.db_file)
    problems = service.check()
    if problems:
        return fail(words.damaged(service.db_file, problems), 1)
    print(words.healthy(service.db_file))
    return 0
