"""Render every step of the import wizard on a messy Spanish partner file to PNG files.

    QT_QPA_PLATFORM=offscreen python tools/import_screenshots.py OUT_DIR [--language es]

The file is the padrón of the UI tests (tests/ui/importing/wizard_files.py): a title row
"PADRÓN DE ACTORES 2025" merged across the sheet, a subtitle, a blank row, the headers on row
4, dates written as text, "$ 12.500.000", "privado ", an invalid e-mail, a duplicate, a match
with the demo directory, a blank row and a totals row, and a hidden sheet. It goes through the
real main window on a fresh demo database, as a user would click.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWizard

from agencydesk.domain.enums import Country
from agencydesk.ui.importing import wizard as steps
from agencydesk.ui.importing.wizard import ImportWizard

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ui" / "importing"))
sys.path.insert(0, str(ROOT / "tools"))
from screenshots import start_on_demo, welcome_shot  # noqa: E402
from wizard_files import MATCHED_ROW, write_padron  # noqa: E402


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the wizard")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def next_step(app: QApplication, wizard: ImportWizard, expected: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    wait_for(app, button.isEnabled)
    button.click()
    wait_for(app, lambda: wizard.currentId() == expected)


def wizard_shots(app: QApplication, window, source: Path, shots: dict) -> None:
    wizard = window.open_import(source)
    wait_for(app, wizard.file_page.isComplete)
    shots["01_file"] = wizard.grab()
    next_step(app, wizard, steps.SHEET)
    shots["02_sheet"] = wizard.grab()
    next_step(app, wizard, steps.HEADER)
    shots["03_header"] = wizard.grab()
    next_step(app, wizard, steps.COLUMNS)
    shots["04_columns"] = wizard.grab()
    next_step(app, wizard, steps.OPTIONS)
    shots["05_options"] = wizard.grab()
    next_step(app, wizard, steps.PREVIEW)
    wait_for(app, lambda: wizard.preview_page.model is not None)
    page = wizard.preview_page
    model = page.model
    for i in range(model.rowCount()):
        if model.row_at(i).row == MATCHED_ROW:
            page.table.selectRow(i)
    shots["06_preview"] = wizard.grab()
    page.only_problems.setChecked(True)
    app.processEvents()
    shots["06b_preview_problems"] = wizard.grab()
    page.only_problems.setChecked(False)
    next_step(app, wizard, steps.RUN)
    shots["07_import"] = wizard.grab()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_for(app, lambda: wizard.currentId() == steps.RESULT)
    shots["08_result"] = wizard.grab()
    wizard.accept()
    app.processEvents()
    history = window.open_import_history()
    app.processEvents()
    shots["09_history"] = history.grab()
    history.close()


def refused_shot(app: QApplication, window, folder: Path, shots: dict) -> None:
    bad = folder / "padrón dañado.xlsx"
    bad.write_bytes(b"PK\x03\x04 esto no es un libro de Excel")
    wizard = window.open_import(bad)
    wait_for(app, lambda: not wizard.file_page.busy and wizard.file_page.message.isVisible())
    wait_for(app, lambda: not wizard.file_page.busy)
    shots["01b_file_refused"] = wizard.grab()
    wizard.reject()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="es")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app, controller, app_paths = start_on_demo(tmp, args.language, country=Country.PERU)
        window = controller.window
        shots: dict = {}
        source = write_padron(folder / "Padrón de actores 2025.xlsx")
        refused_shot(app, window, folder, shots)
        wizard_shots(app, window, source, shots)
        controller.close()
        shots["00_welcome"] = welcome_shot(app, app_paths)
        for name, pixmap in sorted(shots.items()):
            target = args.out / f"import_{name}_{args.language}.png"
            pixmap.save(str(target))
            print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
