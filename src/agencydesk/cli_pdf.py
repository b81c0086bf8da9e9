"""The ``pdf`` command: ``agencydesk [--db PATH] pdf KIND ID --out FILE.pdf``.

The document is written in the language (``--language``, else Settings' language) and with
the office name and logo of the user's Settings, as the program would print it; the messages
are in the command line's language (cli_language.py). Exit status: 0 written, 1 refused (with
one line saying why: no such record, a folder that cannot be written, a full disk), 2 bad
arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from agencydesk import paths
from agencydesk.cli_language import CliTexts, Speaker, arg, fail
from agencydesk.domain.errors import UserError

KINDS = ("action-plan", "minutes", "sign-in", "agreements", "handover", "person-data")


class PdfCommand(CliTexts):
    """What the pdf command says."""

    def no_such_record(self, kind: str, record: str) -> str:
        """The "no such record" line: what the ID names depends on the document."""
        if kind == "action-plan":
            text = self.tr("there is no action plan %1")
        elif kind in ("minutes", "sign-in"):
            text = self.tr("there is no meeting %1")
        elif kind == "person-data":
            text = self.tr("there is no person %1")
        else:  # agreements, handover
            text = self.tr("there is no initiative %1")
        return arg(text, record)

    def not_a_number(self, text: str) -> str:
        return arg(self.tr("ID must be a number, not %1"), repr(text))

    def written(self, title: str, pages: int, path: Path) -> str:
        return arg(self.tr("%1: %n page(s) written to %2", "", pages), title, path)


def add_pdf_command(commands: argparse._SubParsersAction) -> None:
    pdf = commands.add_parser("pdf", help="write a PDF document (action plan, minutes, ...)")
    pdf.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    pdf.add_argument(
        "id",
        metavar="ID",
        help="the plan (action-plan), the meeting (minutes, sign-in) or the initiative "
        "(handover, agreements; 'all' for the agreements of every initiative), the person "
        "(person-data)",
    )
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.add_argument("--language", choices=("es", "pt_BR", "en"), help="default: from Settings")


def _record_id(kind: str, text: str, words: PdfCommand) -> int | None:
    if kind == "agreements" and text.lower() == "all":
        return None
    try:
        return int(text)
    except ValueError:
        raise SystemExit(fail(words.not_a_number(text), 2)) from None


def run_pdf(app_paths: paths.AppPaths, args: argparse.Namespace, speaker: Speaker) -> int:
    from agencydesk.services.database import open_database
    from agencydesk.services.reports.service import Office
    from agencydesk.services.settings import SettingsStore
    from agencydesk.services.workspace import Workspace

    words = PdfCommand(speaker)
    record_id = _record_id(args.kind, args.id, words)
    target = app_paths.existing_target()
    settings = SettingsStore(app_paths.settings_file).current
    logo = Path(settings.office_logo) if settings.office_logo else None
    database = open_database(target, app_paths.backups_dir)
    try:
        workspace = Workspace.open(
            database,
            lambda: settings.user_name or None,
            office=lambda: Office(settings.office_name, logo),
            language=lambda: settings.language,
        )
        try:
            written = workspace.reports.write(
                args.kind, record_id, Path(args.out), language=args.language
            )
        except UserError as exc:
            if exc.code == "not_found":
                return fail(words.no_such_record(args.kind, args.id), 1)
            raise
    finally:
        database.close()
    print(words.written(written.title, written.pages, written.path))
    return 0
