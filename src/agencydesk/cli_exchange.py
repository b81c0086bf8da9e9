"""The ``exchange-export`` and ``exchange-import`` commands (exchange between offices).

``agencydesk [--db PATH] exchange-export [--initiative ID] --out FILE.agencydesk`` writes one
initiative (or everything) as an exchange file. ``agencydesk [--db PATH] exchange-import FILE
[--dry-run] [--take-theirs | --keep-mine]`` merges one: the summary on stdout; conflicts (records
changed here and there since the last exchange) are listed with both values and, unless
settled by a flag, left as they are here and asked again at the next import.

Exit status: 0 merged (or would be, with --dry-run), 3 merged with conflicts left undecided,
2 the file was refused (nothing written), 1 otherwise (database busy, disk full...). What it
says is in the user's language (cli_language.py); table and field names stay the database's.
"""

from __future__ import annotations

import argparse
import getpass
import logging
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencydesk import paths
from agencydesk.cli_language import CliTexts, CommandLine, Speaker, arg, fail
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import Cancelled

if TYPE_CHECKING:
    from agencydesk.services.exchange import MergeResult
    from agencydesk.services.exchange.records import Conflict, Note, Scope, TableCounts

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


def run_exchange(app_paths: paths.AppPaths, args: argparse.Namespace, speaker: Speaker) -> int:
    words = ExchangeCommand(speaker)
    try:
        if args.command == "exchange-export":
            return _export(app_paths, args, words)
        return _import(app_paths, args, words)
    except UserError as exc:
        log.info("user error: %r", exc)
        refused = args.command == "exchange-import" and (
            exc.code.startswith("exchange_") or exc.code.startswith("import_file")
        )
        return fail(speaker.error(exc), EXIT_REFUSED if refused else EXIT_FAILED)
    except (Cancelled, KeyboardInterrupt):
        return fail(CommandLine(speaker).interrupted(), 130)
    except Exception:
        log.exception("unexpected error in %s", args.command)
        return fail(
            CommandLine(speaker).unexpected_nothing_written(app_paths.log_file), EXIT_FAILED
        )


def _open(app_paths: paths.AppPaths, *, create: bool = False):
    """The database; ``create``: a new one if missing (an office starting from a file)."""
    from agencydesk.services.database import open_database

    target = app_paths.target if create else app_paths.existing_target()
    return open_database(target, app_paths.backups_dir)


def _export(app_paths: paths.AppPaths, args: argparse.Namespace, words: ExchangeCommand) -> int:
    from agencydesk.services.exchange import ExchangeService

    user, office = _settings(app_paths)
    database = _open(app_paths)
    try:
        service = ExchangeService(database.uow, lambda: user, lambda: office)
        result = service.export(Path(args.out), args.initiative)
    finally:
        database.close()
    print(words.exported(result.rows, result.scope, result.path))
    return EXIT_OK


def _import(app_paths: paths.AppPaths, args: argparse.Namespace, words: ExchangeCommand) -> int:
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
    print("\n".join(words.summary_lines(result)))
    return EXIT_CONFLICTS if result.undecided else EXIT_OK


class ExchangeCommand(CliTexts):
    """What exchange-export and exchange-import say."""

    def scope(self, scope: Scope) -> str:
        if scope.uuid:
            return arg(self.tr('the initiative "%1"'), scope.name or "")
        return self.tr("everything")

    def exported(self, rows: int, scope: Scope, path: Path) -> str:
        return arg(self.tr("%n record(s) (%1) written to %2", "", rows), self.scope(scope), path)

    def value(self, value: Any) -> str:
        """A field's value in a conflict's line: quoted text, "(empty)", "yes"/"no"."""
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        text = " ".join(str(value).split())
        return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'

    def counts(self, counts: TableCounts, *, unchanged: bool) -> str:
        parts = [
            self.tr("%n created", "", counts.created),
            self.tr("%n updated", "", counts.updated),
        ]
        if unchanged:
            parts.append(self.tr("%n unchanged", "", counts.unchanged))
        parts += [
            self.tr("%n conflict(s)", "", counts.conflicts),
            self.tr("%n skipped", "", counts.skipped),
        ]
        return ", ".join(parts)

    def outcome(self, decision: str | None) -> str:
        if decision == "theirs":
            return self.tr("took the file's version")
        if decision == "mine":
            return self.tr("kept this database's version")
        return self.tr("left as it is here (undecided)")

    def note(self, note: Note) -> str:
        match note.kind:
            case "matched":
                what = self.tr("matched to a record here by its name or id")
            case "renumbered":
                what = self.tr("renumbered (its number was taken here)")
            case "kept_deleted":
                what = self.tr("not brought back (deleted here after an earlier exchange)")
            case "missing_reference":
                what = self.tr("skipped (what it belongs to is not here)")
            case "reference_dropped":
                what = self.tr("written without a link whose record is not here")
            case _:
                what = note.kind
        detail = f" {note.detail}" if note.detail else ""
        return arg(self.tr('Note: %1 "%2" %3'), note.table, note.label, what + detail)

    def conflict_lines(self, conflict: Conflict, decision: str | None) -> list[str]:
        lines = [
            arg(
                self.tr('Conflict: %1 "%2" [%3]: %4'),
                conflict.table,
                conflict.label,
                conflict.uuid,
                self.outcome(decision),
            )
        ]
        for diff in conflict.fields:
            here, there = self.value(diff.mine), self.value(diff.theirs)
            lines.append("    " + arg(self.tr("%1: here %2, there %3"), diff.field, here, there))
        return lines

    def summary_lines(self, result: MergeResult) -> list[str]:
        info = result.info
        source = info.source_name or arg(self.tr("database %1"), info.source_database_id[:8])
        exported = f"{info.exported_at:%Y-%m-%d %H:%M}"
        lines = [
            arg(
                self.tr("%1: %2, from %3, exported %4 UTC"),
                info.name,
                self.scope(info.scope),
                source,
                exported,
            )
        ]
        line = self.counts(result.totals(), unchanged=True)
        lines.append(line + (" " + self.tr("(dry run: nothing written)") if result.dry_run else ""))
        for table, counts in result.counts.items():
            if counts.created or counts.updated or counts.conflicts or counts.skipped:
                lines.append(f"  {table}: {self.counts(counts, unchanged=False)}")
        for conflict in result.conflicts:
            lines += self.conflict_lines(conflict, result.decided.get(conflict.key))
        if result.undecided:
            lines.append(
                self.tr(
                    "%n conflict(s) left as they are here; settle them in the program (File > "
                    "Exchange > Import) or with --take-theirs / --keep-mine.",
                    "",
                    len(result.undecided),
                )
            )
        lines += [self.note(note) for note in result.notes]
        return lines
