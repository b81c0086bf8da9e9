"""Render the main window on a fresh copy of the demo data to PNG files, for the README and
for looking at what we built.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--language es]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from agencydesk import paths
from agencydesk.app import AppController, fresh_demo, make_qapplication
from agencydesk.services.database import open_database


def settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="es")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app_paths = paths.resolve(None, {paths.HOME_ENV: tmp})
        app_paths.ensure()
        app = make_qapplication()
        controller = AppController(app, app_paths, None)
        controller.store.update(
            language=args.language, office_name="Gerencia de Desarrollo Económico"
        )
        controller.translations.apply(args.language)
        database = open_database(fresh_demo(app_paths), None)
        controller.start(database, show_welcome=False)
        window = controller.window
        settle(app)
        shots = {}
        area = window.actors_area
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
        controller.close()
        controller2 = AppController(app, app_paths, None)
        controller2.start(open_database(app_paths.database, None), show_welcome=True)
        settle(app)
        shots["welcome"] = controller2.window.grab()
        controller2.close()
        for name, pixmap in shots.items():
            target = args.out / f"{name}_{args.language}.png"
            pixmap.save(str(target))
            print(target)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
