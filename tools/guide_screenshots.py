"""Take every screenshot the user guide shows, from the program itself on a fresh copy of the
demo data, so the guide's pictures follow the program when it changes.

    QT_QPA_PLATFORM=offscreen python tools/guide_screenshots.py OUT_ROOT
        [--language es|pt_BR|en|all] [--only NAME[,NAME…]]

Writes OUT_ROOT/<language>/<name>.png: the window at 1280x800 (dialogs drawn over it, as the
user sees them) scaled to 960 pixels wide, in 256 colours (small files). The guide's own
pictures are made with

    QT_QPA_PLATFORM=offscreen python tools/guide_screenshots.py \
        src/agencydesk/resources/guide/images --language all

``SHOTS`` lists every picture with what it shows; the guide's pages may use only these (a
test checks it). The pictures name the program's files where a user's Windows machine has
them, not the temporary folder the tool runs in (guide_home.py). Each language runs in a
process of its own: the program's texts are translated when its widgets are built.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import import_screenshots  # noqa: E402
import screenshots  # noqa: E402
from guide_home import flip_middle_page, user_paths_shown  # noqa: E402
from screenshots import mesa_id, settle, start_on_demo, welcome_shot  # noqa: E402
from shot_drawing import dialog_shot, framed, pdf_shot, save_png, with_menu  # noqa: E402

from agencydesk import paths  # noqa: E402
from agencydesk.app import AppController, remove_database_files  # noqa: E402
from agencydesk.domain.backups import BackupReason  # noqa: E402
from agencydesk.domain.enums import Country  # noqa: E402
from agencydesk.services.backups import BackupService, check_at_start  # noqa: E402
from agencydesk.services.database import open_database  # noqa: E402
from agencydesk.services.reports.service import DocumentKind  # noqa: E402
from agencydesk.ui.backups.startup import DamagedDatabaseDialog  # noqa: E402
from agencydesk.ui.meetings.agreement_form import AgreementDialog  # noqa: E402
from agencydesk.ui.settings_dialog import SettingsDialog  # noqa: E402

LANGUAGES = ("es", "pt_BR", "en")
WIDTH = 960
OFFICE = "Gerencia de Desarrollo Económico"
USER = "Ana Lucía Bendezú Herrera"  # the demo's coordinator of the Mesa Ejecutiva Forestal
NEW_SESSION_TITLE = "Cuarta sesión: avance de la hoja de ruta"  # the demo's data is Spanish

# Every picture of the guide, in the guide's order, with what it shows.
SHOTS: dict[str, str] = {
    "welcome": "the welcome page of a first start",
    "home": "the home dashboard of the demo data",
    "search": "the Actors area searched for “cafe”",
    "import_file": "import wizard: the file chosen and read",
    "import_refused": "import wizard: a damaged file refused",
    "import_header": "import wizard: the header row found below the title",
    "import_columns": "import wizard: the columns matched",
    "import_options": "import wizard: the options",
    "import_preview": "import wizard: the rows checked, a match, a duplicate and a rejected row",
    "import_result": "import wizard: the result",
    "import_history": "File › Import history with the import just made",
    "mesa_participants": "the Mesa Ejecutiva Forestal's participants",
    "mesa_meetings": "the Mesa's Meetings tab",
    "meeting_new": "the New meeting form over the Mesa's page",
    "meeting_invite": "a new session's Invite menu",
    "meeting_invited": "a new session's invitees, before it is held",
    "pdf_sign_in": "the sign-in sheet of the new session in the PDF preview",
    "meeting_attendance": "a held session's attendance",
    "meeting_minutes": "a held session's agenda and minutes",
    "agreement_form": "an agreement's form",
    "meeting_agreements": "a held session's agreements, with the pending ones below",
    "meeting_approved": "a session whose minutes are approved (read-only)",
    "meeting_next": "the Next meeting form proposed from session 3",
    "meeting_pending": "the new session's Agreements tab: the agreements carried to it",
    "agreements_tracker": "the Agreements area",
    "plan_page": "the Mesa's action plan",
    "pdf_action_plan": "the action plan in the PDF preview",
    "meeting_documents": "a session's Documents (PDF) menu",
    "settings": "File › Settings (office name and logo)",
    "backups_restore": "File › Restore… with the database's backups",
    "backups_damaged": "the window shown at start when the database is damaged",
}


@dataclass
class Run:
    app: QApplication
    controller: AppController
    app_paths: paths.AppPaths
    folder: Path
    language: str
    shots: dict[str, QPixmap] = field(default_factory=dict)

    @property
    def window(self):  # the MainWindow
        return self.controller.window


@dataclass(frozen=True)
class Step:
    make: Callable[[Run], None]
    names: tuple[str, ...]


STEPS: list[Step] = []


def step(*names: str) -> Callable[[Callable[[Run], None]], Callable[[Run], None]]:
    """A function taking the shots ``names`` (run in the order written)."""

    def register(make: Callable[[Run], None]) -> Callable[[Run], None]:
        STEPS.append(Step(make, names))
        return make

    return register


# --- helpers -------------------------------------------------------------------------------


def wait_for(run: Run, condition: Callable[[], object], seconds: float = 30) -> None:
    import_screenshots.wait_for(run.app, lambda: bool(condition()), seconds)


def open_session(run: Run, number: int, tab: str) -> None:
    areas = run.window.areas
    sessions = {
        m.number: m for m in areas.meetings.context.meetings.meetings_of(mesa_id(run.window))
    }
    areas.open_meeting(sessions[number].id, tab)
    settle(run.app)


# --- the shots, in the order they are taken (writes last) -----------------------------------


@step("home", "search")
def overview(run: Run) -> None:
    found: dict[str, QPixmap] = {}
    screenshots.dashboard_shots(run.app, run.window, found)
    screenshots.actors_shots(run.app, run.window, found)
    run.shots["home"] = found["dashboard"]
    run.shots["search"] = found["actors_search"]


@step(
    "mesa_participants",
    "mesa_meetings",
    "meeting_attendance",
    "meeting_minutes",
    "meeting_agreements",
    "meeting_approved",
    "agreements_tracker",
)
def mesa_pages(run: Run) -> None:
    found: dict[str, QPixmap] = {}
    screenshots.initiative_shots(run.app, run.window, found)
    screenshots.meetings_shots(run.app, run.window, found)
    for name, source in (
        ("mesa_participants", "initiative_participants"),
        ("mesa_meetings", "initiative_meetings"),
        ("meeting_attendance", "meeting_held_attendance"),
        ("meeting_minutes", "meeting_held_minutes"),
        ("meeting_agreements", "meeting_held_agreements"),
        ("meeting_approved", "meeting_approved_minutes"),
        ("agreements_tracker", "agreements_tracker"),
    ):
        run.shots[name] = found[source]


@step("meeting_next", "agreement_form", "meeting_documents")
def session_dialogs(run: Run) -> None:
    """Session 3 (held): the next session proposed, an agreement, the Documents menu."""
    open_session(run, 3, "agreements")
    page = run.window.areas.meetings.page
    page.next_meeting()
    assert page.dialog is not None
    run.shots["meeting_next"] = dialog_shot(run.app, run.window, page.dialog)
    page.dialog.reject()
    tab = page.tab_widget("agreements")
    record = tab.service.agreement(tab.session_model.record_at(0).id)
    dialog = AgreementDialog(tab.context, record, None, tab)
    run.shots["agreement_form"] = dialog_shot(run.app, run.window, dialog)
    dialog.reject()
    dialog.deleteLater()
    button = page.pdf_button
    run.shots["meeting_documents"] = with_menu(
        run.window, button, button.menu(), button.actions_by_kind[DocumentKind.MINUTES]
    )


@step("plan_page", "pdf_action_plan", "settings")
def printing(run: Run) -> None:
    areas = run.window.areas
    plan = areas.plans.plans.plan_of_initiative(mesa_id(run.window))
    assert plan is not None, "the demo's mesa has no action plan"
    areas.open_plan(plan.id)
    settle(run.app)
    run.shots["plan_page"] = run.window.grab()
    button = areas.plans.panel.header.pdf_button
    run.shots["pdf_action_plan"] = pdf_shot(run.app, run.window, button, DocumentKind.ACTION_PLAN)
    dialog = SettingsDialog(run.controller.settings, run.window)
    run.shots["settings"] = dialog_shot(run.app, run.window, dialog)
    dialog.reject()
    dialog.deleteLater()


@step("meeting_new", "meeting_invite", "meeting_invited", "pdf_sign_in", "meeting_pending")
def new_session(run: Run) -> None:
    """Session 4 of the Mesa, from its Meetings tab: created, invitations, sign-in sheet."""
    areas = run.window.areas
    areas.open_initiative(mesa_id(run.window), "meetings")
    panel = areas.initiatives.page.tab_widget("meetings")
    panel.new_record()
    dialog = panel.dialog
    dialog.form.title_edit.setText(NEW_SESSION_TITLE)
    settle(run.app)
    run.shots["meeting_new"] = dialog_shot(run.app, run.window, dialog)
    assert dialog.form.save(), "the new session was not saved"
    settle(run.app)
    page = areas.meetings.page
    assert page.record is not None and page.record.title == NEW_SESSION_TITLE
    page.select_tab("attendance")
    tab = page.tab_widget("attendance")
    settle(run.app)
    run.shots["meeting_invite"] = with_menu(
        run.window, tab.invite_button, tab.invite.menu, tab.invite.all_action
    )
    tab.invite.invite_participants(None)
    settle(run.app)
    run.shots["meeting_invited"] = run.window.grab()
    run.shots["pdf_sign_in"] = pdf_shot(run.app, run.window, page.pdf_button, DocumentKind.SIGN_IN)
    page.select_tab("agreements")
    settle(run.app)
    run.shots["meeting_pending"] = run.window.grab()


@step(
    "import_file",
    "import_refused",
    "import_header",
    "import_columns",
    "import_options",
    "import_preview",
    "import_result",
    "import_history",
)
def importing(run: Run) -> None:
    found: dict[str, QPixmap] = {}
    source = import_screenshots.write_padron(run.folder / "Padrón de actores 2025.xlsx")
    import_screenshots.refused_shot(run.app, run.window, run.folder, found)
    import_screenshots.wizard_shots(run.app, run.window, source, found)
    for name, key in (
        ("import_file", "01_file"),
        ("import_refused", "01b_file_refused"),
        ("import_header", "03_header"),
        ("import_columns", "04_columns"),
        ("import_options", "05_options"),
        ("import_preview", "06_preview"),
        ("import_result", "08_result"),
        ("import_history", "09_history"),
    ):
        run.shots[name] = found[key]


MAIN_WINDOW_STEPS = len(STEPS)  # the steps above run on the demo's window; those below after


@step("welcome")
def welcome(run: Run) -> None:
    run.shots["welcome"] = welcome_shot(run.app, run.app_paths)


@step("backups_restore", "backups_damaged")
def backups(run: Run) -> None:
    """The office's own database (a copy of the demo data) with a few days of backups."""
    database = run.app_paths.database
    remove_database_files(database)
    shutil.copyfile(run.app_paths.demo_database, database)
    now = datetime.now().replace(second=0, microsecond=0)
    for days, hour, reason in (
        (45, 8, BackupReason.DAILY),
        (16, 9, BackupReason.DAILY),
        (9, 8, BackupReason.DAILY),
        (4, 16, BackupReason.BEFORE_UNDO),
        (3, 8, BackupReason.DAILY),
        (1, 9, BackupReason.DAILY),
        (0, 8, BackupReason.DAILY),
    ):
        taken = (now - timedelta(days=days)).replace(hour=hour, minute=57 - days % 50)
        BackupService(database, run.app_paths.backups_dir, clock=lambda t=taken: t).take(reason)
    controller = AppController(run.app, run.app_paths, None)
    controller.start(open_database(database, run.app_paths.backups_dir), show_welcome=False)
    window = controller.window
    settle(run.app)
    dialog = window.backup_actions.restore()
    assert dialog is not None
    wait_for(run, lambda: dialog.model.rowCount() > 0)
    settle(run.app)
    dialog.view.selectRow(1)
    run.shots["backups_restore"] = framed(window, dialog)
    dialog.reject()
    controller.close()
    settle(run.app)
    flip_middle_page(database)
    found = check_at_start(database, run.app_paths.backups_dir)
    assert found.damaged and found.backup is not None, found
    damaged = DamagedDatabaseDialog(found)
    damaged.show()
    settle(run.app)
    run.shots["backups_damaged"] = damaged.grab()
    damaged.reject()


# --- running -----------------------------------------------------------------------------------


def take(out_root: Path, language: str, only: set[str] | None) -> list[Path]:
    """Take the shots (``only`` those, when given) in ``language``; the files written."""
    wanted = [s for s in STEPS if only is None or only & set(s.names)]
    written: list[Path] = []
    # The program logs what it meets (the damaged database on purpose): not for this console.
    logging.getLogger().addHandler(logging.NullHandler())
    # The pictures show the user's folders, not this temporary one (guide_home.py).
    with tempfile.TemporaryDirectory() as tmp, user_paths_shown(Path(tmp)):
        app, controller, app_paths = start_on_demo(
            tmp, language, office_name=OFFICE, country=Country.PERU, user_name=USER
        )
        run = Run(app, controller, app_paths, Path(tmp), language)
        main_steps = set(STEPS[:MAIN_WINDOW_STEPS])
        closed = False
        for current in wanted:
            if current not in main_steps and not closed:
                controller.close()
                closed = True
            current.make(run)
        if not closed:
            controller.close()
        for name in SHOTS:
            if name in run.shots and (only is None or name in only):
                target = out_root / language / f"{name}.png"
                save_png(run.shots[name], target, WIDTH)
                written.append(target)
        settle(app)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_root", type=Path)
    parser.add_argument("--language", default="all", choices=[*LANGUAGES, "all"])
    parser.add_argument("--only", help="comma-separated names of SHOTS (all by default)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    unknown = sorted((only or set()) - set(SHOTS))
    if unknown:
        parser.error(f"no such shot: {', '.join(unknown)}")
    if args.language == "all":
        # One process per language: each builds its widgets with its own translations.
        for language in LANGUAGES:
            command = [sys.executable, str(Path(__file__).resolve()), str(args.out_root)]
            command += ["--language", language]
            if args.only:
                command += ["--only", args.only]
            subprocess.run(command, check=True)
        return 0
    for target in take(args.out_root, args.language, only):
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
