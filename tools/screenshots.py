"""Render the main window on a fresh copy of the demo data to PNG files, for the README and
for looking at what we built.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--language es]

Every shot goes through the real main window and its navigation, as a user would click.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from agencydesk import paths
from agencydesk.app import AppController, fresh_demo, make_qapplication
from agencydesk.services.database import open_database

Shots = dict[str, QPixmap]
WINDOW_SIZE = (1280, 800)  # what MainWindow asks for: a common laptop screen


def settle(app) -> None:
    # Lazy models fetch and timers fire on later turns of the event loop.
    for _ in range(10):
        app.processEvents()


def named(choices, part: str) -> int:
    """The id of the first choice whose name contains ``part`` (the demo's names)."""
    for choice in choices:
        if part.lower() in choice.name.lower():
            return choice.id
    raise SystemExit(f"demo data has nothing named like {part!r}")


def report_growth(window, seen: tuple[int, int], names: list[str]) -> tuple[int, int]:
    """Say so when some page's minimum size made the window outgrow what it asked for (on a
    small laptop screen the user would lose its bottom or right edge); returns the size now."""
    size = window.size().toTuple()
    if size != seen:
        print(
            f"warning: window grew to {size[0]}x{size[1]} (asks for "
            f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}) by the time of {', '.join(names)}",
            file=sys.stderr,
        )
    return size


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with the dialog drawn centred over it, as the user sees them together."""
    shot = window.grab()
    over = dialog.grab()
    painter = QPainter(shot)
    corner = QPoint(
        (shot.width() - over.width()) // 2, max(0, (shot.height() - over.height()) // 2)
    )
    painter.drawPixmap(corner, over)
    painter.end()
    return shot


def actors_shots(app, window, shots: Shots) -> None:
    area = window.actors_area
    window.show_area(area)
    orgs = area.organizations
    orgs.select_row(0)
    settle(app)
    shots["actors_organizations"] = window.grab()
    orgs.search.setText("cafe")
    orgs.apply_filters()
    orgs.select_row(0)
    settle(app)
    shots["actors_search"] = window.grab()
    orgs.search.clear()
    orgs.apply_filters()
    orgs.select_row(0)
    orgs.open_current()
    settle(app)
    shots["actors_org_form"] = window.grab()
    area.tabs.setCurrentWidget(area.people)
    area.people.select_row(0)
    area.people.open_current()
    settle(app)
    shots["actors_person_form"] = window.grab()


def dashboard_shots(app, window, shots: Shots) -> None:
    page = window.areas.dashboard
    window.show_area(page)
    settle(app)
    shots["dashboard"] = window.grab()
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the charts below the fold
    settle(app)
    shots["dashboard_lower"] = window.grab()
    bar.setValue(0)


def agenda_shots(app, window, shots: Shots) -> None:
    area = window.areas.agendas
    window.show_area(area)
    area.show_list()
    area.list.select_row(0)
    settle(app)
    shots["agendas_list"] = window.grab()
    area.show_agenda(named(area.agendas.agenda_choices(), "Soconusco"))
    settle(app)
    shots["agenda_page"] = window.grab()


def mesa_id(window) -> int:
    return named(
        window.areas.initiatives.initiatives.initiative_choices(), "Mesa Ejecutiva Forestal"
    )


def initiative_shots(app, window, shots: Shots) -> None:
    areas, area = window.areas, window.areas.initiatives
    window.show_area(area)
    area.show_list()
    settle(app)
    shots["initiatives_list"] = window.grab()
    mesa = mesa_id(window)
    areas.open_initiative(mesa, "participants")
    settle(app)
    shots["initiative_participants"] = window.grab()
    areas.open_initiative(mesa, "bottlenecks")
    bottlenecks = area.page.tab_widget("bottlenecks")
    if bottlenecks.model.rowCount() > 0:
        bottlenecks.select_bottleneck(bottlenecks.model.record_at(0).id)
    settle(app)
    shots["initiative_bottlenecks"] = window.grab()
    areas.open_initiative(mesa, "plan")
    panel = area.page.tab_widget("plan")
    for name, tab in (
        ("initiative_plan_actions", panel.actions_tab),
        ("initiative_plan_timeline", panel.timeline),
        ("initiative_plan_indicators", panel.indicators_panel),
    ):
        panel.tabs.setCurrentWidget(tab)
        settle(app)
        shots[name] = window.grab()
    panel.tabs.setCurrentWidget(panel.actions_tab)


def plans_shots(app, window, shots: Shots) -> None:
    area = window.areas.plans
    window.show_area(area)
    area.show_list()
    settle(app)
    shots["plans_list"] = window.grab()
    area.show_actions()
    settle(app)
    shots["plans_all_actions"] = window.grab()


def meetings_shots(app, window, shots: Shots) -> None:
    """The list of meetings; the Mesa's session 2 (minutes approved) and session 3 (held) on
    each tab; the Agreements tracker."""
    areas, area = window.areas, window.areas.meetings
    window.show_area(area)
    area.show_list()
    settle(app)
    shots["meetings_list"] = window.grab()
    sessions = {m.number: m for m in area.context.meetings.meetings_of(mesa_id(window))}
    for number, state in ((2, "approved"), (3, "held")):
        for tab in ("attendance", "minutes", "agreements"):
            areas.open_meeting(sessions[number].id, tab)
            settle(app)
            shots[f"meeting_{state}_{tab}"] = window.grab()
    areas.open_initiative(mesa_id(window), "meetings")
    settle(app)
    shots["initiative_meetings"] = window.grab()
    window.show_area(areas.agreements)
    areas.agreements.show_list()
    settle(app)
    shots["agreements_tracker"] = window.grab()


def form_shots(app, window, shots: Shots) -> None:
    areas = window.areas
    plan = areas.plans.plans.plan_of_initiative(mesa_id(window))
    if plan is None:
        raise SystemExit("the demo's mesa has no action plan")
    # The richest action (most funding lines) shows the most of the form.
    actions = areas.plans.plans.actions_of(plan.id)
    action = max(actions, key=lambda a: (len(a.funding), a.bottleneck_label is not None))
    areas.open_plan(plan.id)
    settle(app)
    shots["plan_panel"] = window.grab()
    panel = areas.plans.panel
    panel.open_action(action.id)
    settle(app)
    shots["action_form"] = with_dialog(window, panel.action_dialog)
    panel.action_dialog.reject()
    areas.open_initiative(mesa_id(window))
    areas.initiatives.edit_current()
    settle(app)
    shots["initiative_form"] = window.grab()


def start_on_demo(
    folder: str, language: str, **settings: object
) -> tuple[QApplication, AppController, paths.AppPaths]:
    """The program as a user starts it, with its data under ``folder``, in ``language`` and
    with ``settings`` (office name, country…), on a fresh copy of the demo data; its window
    is ``controller.window``."""
    app_paths = paths.resolve(None, {paths.HOME_ENV: folder})
    app_paths.ensure()
    app = make_qapplication()
    controller = AppController(app, app_paths, None)
    controller.store.update(language=language, **settings)
    controller.translations.apply(language)
    controller.start(open_database(fresh_demo(app_paths), None), show_welcome=False)
    settle(app)
    return app, controller, app_paths


def welcome_shot(app: QApplication, app_paths: paths.AppPaths) -> QPixmap:
    """The welcome page a first-time user sees: a new window on the empty default database
    (close the demo's controller first)."""
    controller = AppController(app, app_paths, None)
    controller.start(open_database(app_paths.database, None), show_welcome=True)
    settle(app)
    shot = controller.window.grab()
    controller.close()
    return shot


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="es")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app, controller, app_paths = start_on_demo(
            tmp, args.language, office_name="Gerencia de Desarrollo Económico"
        )
        window = controller.window
        shots: Shots = {}
        seen = WINDOW_SIZE
        for group in (
            dashboard_shots,
            agenda_shots,
            initiative_shots,
            plans_shots,
            meetings_shots,
            form_shots,
            actors_shots,
        ):
            before = set(shots)
            group(app, window, shots)
            seen = report_growth(window, seen, sorted(set(shots) - before))
        controller.close()
        shots["welcome"] = welcome_shot(app, app_paths)
        for name, pixmap in shots.items():
            target = args.out / f"{name}_{args.language}.png"
            pixmap.save(str(target))
            print(target)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
