"""Command line: opens the GUI, or runs a headless command (demo, export, import, template, pdf).

This module must not import Qt, openpyxl or reportlab at import time: headless commands start
fast, and ``agencydesk --version`` answers in a blink. The GUI is imported only when needed.
What the commands say is in the user's language (``--language``, $AGENCYDESK_LANGUAGE,
Settings, the system's locale: cli_language.py), from the program's own catalogues.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from agencydesk import __version__, cli_exchange, logging_setup, paths
from agencydesk.cli_backup import add_backup_commands
from agencydesk.cli_language import (
    LANGUAGES,
    CliTexts,
    CommandLine,
    Speaker,
    arg,
    choose_language,
    fail,
)
from agencydesk.cli_pdf import add_pdf_command
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind

log = logging.getLogger(__name__)
# services.exchange.fileformat.SUFFIX, written here so that starting the CLI imports no
# SQLAlchemy (a test checks the two agree).
EXCHANGE_SUFFIX = ".agencydesk"


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; a user needs one clear line."""

    command_names: frozenset[str] = frozenset()  # the top parser's commands (build_parser)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"agencydesk: {message} (see 'agencydesk --help')\n")


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="agencydesk",
        description="AgencyDesk: agendas, actors, mesas, action plans and minutes of a "
        "productive-development office. Without a command, opens the program.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file to use, or postgresql://user@server/database"
    )
    parser.add_argument("--demo", action="store_true", help="open on a fresh copy of the demo data")
    parser.add_argument("--version", action="version", version=f"AgencyDesk {__version__}")
    parser.add_argument(
        "--language",
        dest="messages_language",  # pdf's own --language is the document's
        choices=LANGUAGES,
        help="the language of the commands' messages (default: $AGENCYDESK_LANGUAGE, else "
        "Settings, else the system's)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation in a temporary folder: migrate a database, load "
        "translations, icons, fonts and the guide, show the main window offscreen, import a "
        "small spreadsheet and write a PDF; exit 0 when all worked",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands.add_parser("demo", help="fill the database with the demo data")
    export = commands.add_parser("export", help="write every row of an entity to a file")
    export.add_argument("entity", help="organizations, people, agendas, initiatives, ...")
    export.add_argument("--out", required=True, metavar="FILE", help="a .json, .csv or .xlsx file")
    add_import_commands(commands)
    add_pdf_command(commands)
    cli_exchange.add_exchange_commands(commands)
    add_backup_commands(commands)
    template = commands.add_parser("template", help="write a template workbook for partners")
    template.add_argument("kind", choices=[kind.value for kind in ImportKind])
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    parser.command_names = frozenset(commands.choices)
    return parser


def add_import_commands(commands: argparse._SubParsersAction) -> None:
    kinds = ("organizations", "people", "actions", "agreements", "attendance", "measurements")
    imp = commands.add_parser("import", help="import a spreadsheet (xlsx, xls, ods, csv)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--as", dest="kind", required=True, choices=(*kinds, "progress"))
    imp.add_argument("--sheet", metavar="NAME")
    imp.add_argument(
        "--plan",
        metavar="NAME_OR_ID",
        help="a plan's id or title (a new title creates a plan: actions only)",
    )
    imp.add_argument("--meeting", metavar="ID", type=int)
    imp.add_argument("--on-match", choices=("skip", "update", "fill"), default="skip")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--report", metavar="REPORT.json")
    imp.add_argument("--rejects", metavar="REJECTS.xlsx")
    undo = commands.add_parser("undo-import", help="undo an import batch")
    undo.add_argument("batch_id", metavar="BATCH_ID", type=int)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["--read-workbook-child"]:
        # A bundled (frozen) build has no "python -m": the workbook reader's child process is
        # this executable with a hidden flag. Before argparse, logging and Qt: it must start fast.
        from agencydesk.services.importing.child import main as read_workbook_child

        try:
            return read_workbook_child(arguments[1:])
        except BaseException:  # a windowed bootloader would show a modal box nobody sees
            import traceback

            traceback.print_exc()  # to the parent, which says "the reader crashed"
            return 1
    parser = build_parser()
    exchange_file = _exchange_file_to_open(arguments, parser)
    if exchange_file is not None:
        arguments = arguments[:-1]
    args = parser.parse_args(arguments)
    app_paths = paths.resolve(args.db)
    log_file = logging_setup.configure(app_paths.log_file)
    language = choose_language(args.messages_language, app_paths.settings_file)
    # Qt's translator is loaded on the first sentence and unloaded when the command is done.
    with Speaker(language) as speaker:
        return _run(args, app_paths, log_file, speaker, exchange_file)


def _run(
    args: argparse.Namespace,
    app_paths: paths.AppPaths,
    log_file: Path | None,
    speaker: Speaker,
    exchange_file: Path | None,
) -> int:
    try:
        if args.command == "demo":
            return cmd_demo(app_paths, speaker)
        if args.command == "export":
            return cmd_export(app_paths, args.entity, Path(args.out), speaker)
        if args.command == "template":
            return cmd_template(args.kind, Path(args.out), speaker)
        if args.command in cli_exchange.COMMANDS:
            return cli_exchange.run_exchange(app_paths, args, speaker)
        if args.command == "pdf":
            from agencydesk.cli_pdf import run_pdf

            return run_pdf(app_paths, args, speaker)
        if args.command in ("backup", "restore", "check"):
            from agencydesk.cli_backup import run_backup

            return run_backup(app_paths, args, args.db, speaker)
        if args.command in ("import", "undo-import"):
            from agencydesk.cli_import import run_command

            return run_command(app_paths, args, speaker)
        return cmd_gui(
            app_paths,
            demo=args.demo,
            smoke_test=args.smoke_test,
            db_given=bool(args.db),
            exchange_file=exchange_file,
        )
    except UserError as exc:
        log.info("user error: %r", exc)
        return fail(speaker.error(exc), 1)
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error")
        # 3 means "some rows rejected" for import; a bug is a plain failure
        return fail(CommandLine(speaker).unexpected(log_file), 1)


def cmd_demo(app_paths: paths.AppPaths, speaker: Speaker) -> int:
    from agencydesk.services.database import open_database
    from agencydesk.services.demo import load_demo

    database = open_database(app_paths.target, app_paths.backups_dir)
    try:
        counts = load_demo(database.uow)
    finally:
        database.close()
    print(CommandLine(speaker).demo_written(database.location, counts))
    return 0


def cmd_export(app_paths: paths.AppPaths, entity: str, out: Path, speaker: Speaker) -> int:
    from agencydesk.services.database import open_database
    from agencydesk.services.export import write_entity

    database = open_database(app_paths.existing_target(), app_paths.backups_dir)
    try:
        written = write_entity(database.uow, entity, out)
    finally:
        database.close()
    print(CommandLine(speaker).rows_written(written.rows, out))
    if written.cut_texts:
        print(ExportCommand(speaker).texts_cut(written.cut_texts))
    return 0


class ExportCommand(CliTexts):
    """What the export command says besides the common sentences."""

    def texts_cut(self, count: int) -> str:
        from agencydesk.services.spreadsheet import XLSX_MAX_TEXT

        sentence = self.tr(
            "%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps "
            "them whole.",
            "",
            count,
        )
        # Digits only: "32,767" reads as a decimal where the comma is the decimal mark.
        return arg(sentence, XLSX_MAX_TEXT)


def cmd_template(kind: str, out: Path, speaker: Speaker) -> int:
    from agencydesk.services.importing.templates import write_template

    write_template(ImportKind(kind), out)
    print(CommandLine(speaker).template_written(kind, out))
    return 0


def cmd_gui(
    app_paths: paths.AppPaths,
    *,
    demo: bool,
    smoke_test: bool,
    db_given: bool,
    exchange_file: Path | None = None,
) -> int:
    if smoke_test:
        from agencydesk.smoke import run_smoke_test  # checks what an installation ships

        return run_smoke_test()
    from agencydesk.app import run

    return run(app_paths, demo=demo, db_given=db_given, exchange_file=exchange_file)


def _exchange_file_to_open(arguments: list[str], parser: OneLineParser) -> Path | None:
    """``agencydesk [--db PATH] FILE.agencydesk``: what a double click on an exchange file runs
    (the .desktop file, the Windows association): open the program and merge the file, after
    showing what it changes. Not when a command is given (``exchange-import FILE`` has its own)."""
    if not arguments or not arguments[-1].lower().endswith(EXCHANGE_SUFFIX):
        return None
    if arguments[-1].startswith("-") or arguments[-2:-1] == ["--db"]:
        return None  # an option's value (--db=x.agencydesk): argparse says what is wrong
    if any(argument in parser.command_names for argument in arguments[:-1]):
        return None
    return Path(arguments[-1])
