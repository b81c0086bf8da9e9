"""``agencydesk --smoke-test``: does this installation work, end to end, without a user?

Meant for the frozen (PyInstaller) bundle, where a file left out of the build shows only when
it is first needed: CI runs it from the built Linux bundle, and a user's support person can
run it on an installed copy. In a temporary folder, never the user's data, it:

1. migrates a new database (the Alembic revisions shipped in the bundle);
2. loads the Portuguese and Spanish translations, the application icon, the toolbar icons
   and the PDF fonts, and opens the user guide's first chapter in both (with its pictures);
3. opens and paints the main window offscreen, in Spanish;
4. writes a small spreadsheet (a title row above the header, accents, a new responsible
   institution) and imports it as the actions of a new plan, through the same child process
   as a real import (which, frozen, is the bundle's own executable);
5. writes that plan's PDF and checks it is one.

Each failed step is one line on standard error; the exit status is 0 only when all passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from agencydesk import __version__, paths

SMOKE_PLAN = "Plan de prueba de instalación"
# Rows a partner might send: accents, a date in day-first form, an amount with separators.
SMOKE_ROWS = [
    ("Código", "Acción", "Institución responsable", "Inicio", "Fin", "Presupuesto"),
    (
        "A1",
        "Diagnóstico de la cadena de café",
        "Municipalidad de Tapachula",
        "15/03/2026",
        "",
        "$ 12.500",
    ),
    ("A2", "Capacitación en cosecha selectiva", "Cooperativa Café Soconusco", "01/04/2026", "", ""),
    ("A3", "Gira de intercambio a Ucayali", "Municipalidad de Tapachula", "", "30/06/2026", "8000"),
]


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agencydesk.app import AppController, make_qapplication
    from agencydesk.ui.single_instance import open_database

    problems: list[str] = []
    hooks = (sys.excepthook, threading.excepthook)
    with tempfile.TemporaryDirectory(prefix="agencydesk-smoke-") as tmp:
        smoke_paths = paths.resolve(None, {paths.HOME_ENV: tmp})
        smoke_paths.ensure()
        app = make_qapplication()
        controller = AppController(app, smoke_paths, None)
        _check(problems, "translations", lambda: _translations(controller))
        _check(problems, "icons", lambda: _icons(controller))
        _check(problems, "PDF fonts", _fonts)
        _check(problems, "user guide", _guide)
        database = _check(
            problems,
            "database migrated",
            lambda: open_database(smoke_paths.database, smoke_paths.backups_dir),
        )
        if database is not None:
            controller.start(database, show_welcome=True)
            app.processEvents()
            _check(problems, "main window", lambda: _window(controller))
        window = controller.window
        if window is not None:
            workspace = window.workspace
            plan_id = _check(problems, "import", lambda: _import(workspace, Path(tmp)))
            if plan_id is not None:
                _check(problems, "PDF", lambda: _pdf(workspace, plan_id, Path(tmp)))
        controller.close()
        controller.translations.clear()  # leaves the application as it found it (tests)
        sys.excepthook, threading.excepthook = hooks  # the crash dialog's, taken back
        app.processEvents()
    if problems:
        for problem in problems:
            print(f"smoke test failed: {problem}", file=sys.stderr)
        return 1
    print(f"smoke test passed: AgencyDesk {__version__}")
    return 0


def _check(problems: list[str], step: str, run: Callable[[], object]) -> object:
    """Run one step; a failure is recorded with its reason, and the next steps still run."""
    try:
        result = run()
    except Exception as exc:  # the point is to report whatever breaks, as one line
        problems.append(f"{step}: {type(exc).__name__}: {exc}")
        return None
    print(f"ok: {step}")
    return result


def _translations(controller) -> None:
    # Spanish last: the window built next must speak it (checked at "main window").
    missing = [lang for lang in ("pt_BR", "es") if not controller.translations.apply(lang)]
    if missing:
        raise RuntimeError(f"catalogue {', '.join(missing)} missing")


def _icons(controller) -> None:
    from agencydesk.ui.icons import ICON_NAMES, icon

    if controller.icon.isNull():
        raise RuntimeError("application icon missing")
    for name in ICON_NAMES:  # read from the bundle's files, tinted and drawn
        if icon(name).pixmap(24, 24).isNull():
            raise RuntimeError(f"icon {name} does not render")


def _fonts() -> None:
    from agencydesk.services.reports.fonts import register_fonts

    register_fonts()


def _guide() -> None:
    from agencydesk.ui.guide import current_guide, show_guide

    for language in ("es", "pt_BR"):
        show_guide(None, language, "getting-started")
        window = current_guide()
        if window is None or window.current_path() is None:
            raise RuntimeError(f"{language}: the first chapter does not open")
        if window.current_path().parent.name != language:
            raise RuntimeError(f"{language}: the chapter is missing in this language")
        if window.browser.refused:
            raise RuntimeError(f"{language}: refused {window.browser.refused[0].toString()}")
        if "<img" not in window.browser.document().toHtml():
            raise RuntimeError(f"{language}: the chapter shows no picture")
        window.close()


def _window(controller) -> None:
    window = controller.window
    if window is None or not window.isVisible():
        raise RuntimeError("not shown")
    if window.grab().isNull():
        raise RuntimeError("did not paint")
    file_menu = window.menuBar().actions()[0].text()
    if file_menu != "&Archivo":  # built after the Spanish catalogue was applied
        raise RuntimeError(f"the File menu shows as {file_menu!r}, not in Spanish")


def _import(workspace, folder: Path) -> int:
    from openpyxl import Workbook

    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.services.importing.service import load_file

    book = Workbook()
    sheet = book.active
    sheet.title = "Acciones"
    sheet.append(["HOJA DE RUTA 2026 - CADENA DE CAFÉ"])
    sheet.append([])
    for row in SMOKE_ROWS:
        sheet.append(list(row))
    path = folder / "acciones.xlsx"
    book.save(path)
    loaded = load_file(path)  # read in the child process, as every import is
    preview, result = workspace.importing.import_loaded(loaded, ImportKind.ACTIONS, plan=SMOKE_PLAN)
    wanted = len(SMOKE_ROWS) - 1
    rejected = [row for row in preview.rows if row.errors]
    if rejected or result.created != wanted:
        raise RuntimeError(
            f"{result.created} of {wanted} actions imported, {len(rejected)} rejected"
        )
    plan = next(p for p in workspace.plans.plan_choices() if p.name == SMOKE_PLAN)
    return plan.id


def _pdf(workspace, plan_id: int, folder: Path) -> None:
    out = folder / "plan.pdf"
    written = workspace.reports.write("action-plan", plan_id, out, language="es")
    with open(out, "rb") as pdf:
        if pdf.read(5) != b"%PDF-" or written.pages < 1:
            raise RuntimeError("the file written is not a PDF")
