"""The ``pdf`` command: ``agencydesk [--db PATH] pdf KIND ID --out FILE.pdf``.

The document is written in the language and with the office name and logo of the user's
Settings, as the program would print it. Exit status: 0 written, 1 refused (with one line
saying why: no such record, a folder that cannot be written, a full disk), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agencydesk import paths
from agencydesk.domain.errors import UserError

KINDS = ("action-plan", "minutes", "sign-in", "agreements", "handover", "person-data")
# What the ID names, for the help text and the "no such record" line.
_ID_OF = {
    "action-plan": "action plan",
    "minutes": "meeting",
    "sign-in": "meeting",
    "agreements": "initiative",
    "handover": "initiative",
    "person-data": "person",
}


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


def _record_id(kind: str, text: str) -> int | None:
    if kind == "agreements" and text.lower() == "all":
        return None
    try:
        return int(text)
    except ValueError:
        print(f"agencydesk: ID must be a number, not {text!r}", file=sys.stderr)
        raise SystemExit(2) from None


def run_pdf(app_paths: paths.AppPaths, args: argparse.Namespace) -> int:
    from agencydesk.services.database import open_database
    from agencydesk.services.reports.service import Office
    from agencydesk.services.settings import SettingsStore
    from agencydesk.services.workspace import Workspace

    record_id = _record_id(args.kind, args.id)
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
                print(f"agencydesk: there is no {_ID_OF[args.kind]} {args.id}", file=sys.stderr)
                return 1
            raise
    finally:
        database.close()
    print(f"{written.title}: {written.pages} page(s) written to {written.path}")
    return 0
