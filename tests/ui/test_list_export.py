"""Export… on every list: the rows of the current filter, typed, with the view's headers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from agencydesk.data.models import Organization
from agencydesk.domain.enums import ActorType
from agencydesk.services.database import Database
from agencydesk.services.spreadsheet import sheet_title
from agencydesk.services.workspace import Workspace
from agencydesk.ui import worker as worker_module
from agencydesk.ui.areas import Areas
from agencydesk.ui.widgets import list_export
from agencydesk.ui.widgets.list_export import suggested_name

MEF = "Mesa Ejecutiva Forestal de Ucayali"


@dataclass
class Dialogs:
    """The file the 'user' picks, and what the export told them."""

    folder: Path
    name: str = "lista.xlsx"
    chosen_filter: str = ""
    suggested: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.folder / self.name


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Dialogs:
    seen = Dialogs(tmp_path / "exports")
    seen.folder.mkdir()

    def save_name(_parent, _caption, suggested, filters, _selected="", *_args):
        seen.suggested.append(suggested)
        chosen = seen.chosen_filter or filters.split(";;")[0]
        return str(seen.path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a: seen.told.append(text) or 0
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: seen.warned.append(text) or 0
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return seen


@dataclass
class Setup:
    areas: Areas
    workspace: Workspace
    owner: QWidget
    workspace_db: Database


@pytest.fixture
def setup(qtbot, demo_database: Database, dialogs: Dialogs) -> Iterator[Setup]:
    workspace = Workspace.open(demo_database, lambda: "tester")
    stack = QUndoStack()
    owner = QWidget()
    areas = Areas(workspace, stack, owner)
    yield Setup(areas, workspace, owner, demo_database)
    for worker in owner.findChildren(worker_module.DbWorker):
        worker.shutdown()
    for area in areas.data_areas():
        worker = area.findChild(worker_module.DbWorker)
        if worker is not None:
            worker.shutdown()
    stack.clear()


def show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)


def export(qtbot, button: QAbstractButton, dialogs: Dialogs) -> openpyxl.Workbook:
    """Click Export…, wait for the sentence that says it is written, open the file."""
    before = len(dialogs.told) + len(dialogs.warned)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.told) + len(dialogs.warned) > before, timeout=20_000)
    assert dialogs.warned == []
    return openpyxl.load_workbook(dialogs.path)


def rows_of(book: openpyxl.Workbook) -> list[tuple[Any, ...]]:
    return list(book.active.iter_rows(values_only=True))


def shown(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def headers_of(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


# --- organizations and people ----------------------------------------------------------------


def test_organizations_export_the_filtered_rows_with_typed_cells(
    qtbot, setup: Setup, dialogs: Dialogs
) -> None:
    area = setup.areas.actors
    show(qtbot, area)
    area.refresh()
    page = area.organizations
    everyone = page.model.rowCount()
    page.actor_type_filter.setCurrentIndex(page.actor_type_filter.findData(ActorType.PUBLIC.value))
    page.apply_filters()
    wanted = shown(page.model, 0)
    assert 0 < len(wanted) < everyone

    book = export(qtbot, page.export_button, dialogs)
    rows = rows_of(book)
    assert list(rows[0]) == headers_of(page.model)
    assert [r[0] for r in rows[1:]] == wanted
    assert {r[2] for r in rows[1:]} == {"Public"}  # the translated label, not "public"
    sheet = book.active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.title == "Organizations"
    assert dialogs.suggested[-1].endswith(f"Organizations {date.today().isoformat()}.xlsx")
    assert str(dialogs.path) in dialogs.told[-1]
    assert f"{len(wanted)} row" in dialogs.told[-1]


def test_people_search_to_csv(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.actors
    show(qtbot, area)
    area.refresh()
    page = area.people
    page.search.setText("a")
    page.apply_filters()
    wanted = shown(page.model, 0)
    assert wanted
    # The user picks the CSV type and types a name without a suffix.
    dialogs.name = "contactos"
    dialogs.chosen_filter = "CSV text, for any spreadsheet (*.csv)"
    before = len(dialogs.told)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.told) > before, timeout=20_000)
    out = dialogs.folder / "contactos.csv"
    assert out.exists()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    delimiter = list_export.csv_delimiter()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=delimiter))
    assert rows[0] == headers_of(page.model)
    assert [r[0] for r in rows[1:]] == wanted


def test_lazy_list_of_thousands_is_read_in_chunks(
    qtbot, setup: Setup, dialogs: Dialogs, monkeypatch
) -> None:
    with setup.workspace_db.uow() as s:
        s.add_all(
            Organization(name=f"Comité de Productores {i:04d}", actor_type=ActorType.PRIVATE)
            for i in range(2_300)
        )
    area = setup.areas.actors
    show(qtbot, area)
    area.refresh()
    page = area.organizations
    total = page.model.rowCount()
    assert total > 2_300
    asked: list[int] = []
    real = page.model.fetch_records
    monkeypatch.setattr(
        page.model, "fetch_records", lambda ids: asked.append(len(ids)) or real(ids)
    )

    rows = rows_of(export(qtbot, page.export_button, dialogs))
    assert len(rows) == total + 1
    assert [r[0] for r in rows[1:4]] == shown(page.model, 0)[:3]
    assert asked == [1000, 1000, total - 2000]


def test_an_unwritable_file_is_told_in_a_sentence(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.actors
    show(qtbot, area)
    area.refresh()
    dialogs.folder = dialogs.folder / "no-such-folder"
    before = len(dialogs.warned)
    qtbot.mouseClick(area.organizations.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.warned) > before, timeout=20_000)
    assert dialogs.warned[-1].startswith("Cannot write ")
    assert "no-such-folder" in dialogs.warned[-1]
    assert dialogs.told == []


# --- agendas, initiatives, meetings, agreements ----------------------------------------------


def test_agendas_progress_is_a_percent_number(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.agendas
    show(qtbot, area)
    area.refresh()
    page = area.list
    book = export(qtbot, page.export_button, dialogs)
    rows = rows_of(book)
    assert list(rows[0]) == headers_of(page.model)
    assert [r[0] for r in rows[1:]] == shown(page.model, 0)
    progress = [c for c in book.active["F"][1:] if c.value is not None]
    assert progress and all(c.data_type == "n" and c.number_format == "0%" for c in progress)


def test_initiatives_counts_are_numbers(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.initiatives
    show(qtbot, area)
    area.refresh()
    page = area.list_page
    page.search.setText("Mesa")
    page.apply_filters()
    rows = rows_of(export(qtbot, page.export_button, dialogs))
    assert [r[0] for r in rows[1:]] == shown(page.model, 0)
    assert MEF in [r[0] for r in rows[1:]]
    assert all(isinstance(r[5], int) for r in rows[1:])


def test_meetings_dates_are_dates(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.meetings
    show(qtbot, area)
    area.refresh()
    page = area.list_page
    book = export(qtbot, page.export_button, dialogs)
    rows = rows_of(book)
    assert list(rows[0]) == headers_of(page.model)
    assert [r[2] for r in rows[1:]] == shown(page.model, 2)
    assert all(isinstance(r[1], datetime) for r in rows[1:] if r[1] is not None)
    assert book.active["B2"].number_format == "dd/mm/yyyy hh:mm"


def test_agreements_tracker_with_its_filter(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.agreements
    show(qtbot, area)
    area.refresh()
    wanted = shown(area.model, 1)
    assert wanted  # open agreements by default
    book = export(qtbot, area.export_button, dialogs)
    rows = rows_of(book)
    assert list(rows[0]) == headers_of(area.model)
    assert [r[1] for r in rows[1:]] == wanted
    due = [r[5] for r in rows[1:] if r[5] is not None]
    assert due and all(isinstance(d, datetime) for d in due)
    assert [r[7] or "" for r in rows[1:]] == shown(area.model, 7)  # "3 days overdue"…


# --- plans -----------------------------------------------------------------------------------


def test_the_actions_of_a_plan(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.plans
    show(qtbot, area)
    area.refresh()
    plan_id = area.plans_page.model.id_at(0)
    area.show_plan(plan_id)
    tab = area.panel.actions_tab
    qtbot.waitUntil(lambda: bool(tab.model.actions()))
    actions = tab.model.actions()
    book = export(qtbot, tab.export_button, dialogs)
    rows = rows_of(book)
    assert rows[0][6] == tab.model.headerData(5, Qt.Orientation.Horizontal)  # "Budget (PEN)"
    assert "(" in rows[0][6]
    assert [r[2] for r in rows[1:]] == [a.title for a in actions]
    assert [r[1] for r in rows[1:]] == [a.draft.axis for a in actions]
    budgets = [c for c in book.active["G"][1:] if c.value is not None]
    assert budgets and all(c.number_format == "#,##0.00" for c in budgets)
    assert book.active.title == sheet_title(area.panel.plan.title)


def test_all_actions_and_the_plans_list(qtbot, setup: Setup, dialogs: Dialogs) -> None:
    area = setup.areas.plans
    show(qtbot, area)
    area.refresh()
    rows = rows_of(export(qtbot, area.plans_page.export_button, dialogs))
    assert [r[0] for r in rows[1:]] == shown(area.plans_page.model, 0)
    page = area.actions_page
    area.tabs.setCurrentWidget(page)
    page.refresh()
    rows = rows_of(export(qtbot, page.export_button, dialogs))
    assert [r[2] for r in rows[1:]] == shown(page.model, 2)


def test_every_list_page_has_the_button(setup: Setup) -> None:
    a = setup.areas
    pages: list[QObject] = [
        a.actors.organizations,
        a.actors.people,
        a.agendas.list,
        a.initiatives.list_page,
        a.meetings.list_page,
        a.agreements,
        a.plans.plans_page,
        a.plans.actions_page,
        a.plans.panel.actions_tab,
    ]
    for page in pages:
        assert page.findChild(QAbstractButton, "export_button") is not None, page


def test_suggested_names_are_safe_file_names() -> None:
    day = date(2025, 3, 15)
    assert suggested_name("Organizations", day) == "Organizations 2025-03-15.xlsx"
    assert suggested_name('Plan 2025/2026: "Café"', day) == "Plan 2025 2026 Café 2025-03-15.xlsx"
    assert suggested_name("", day, ".csv") == "export 2025-03-15.csv"


# --- Download template… ----------------------------------------------------------------------


def test_save_template_asks_the_kind_and_the_file(qtbot, dialogs: Dialogs, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from agencydesk.ui.templates_dialog import save_template

    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return next(i for i in items if i.startswith("Attendance")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.name = "asistencia"  # no suffix typed: .xlsx is added
    out = save_template(parent)
    assert out == dialogs.folder / "asistencia.xlsx"
    assert len(offered[0]) == 7
    assert dialogs.suggested[-1].endswith("Plantilla de asistencia.xlsx")
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Instrucciones", "Asistencia"]
    assert str(out) in dialogs.told[-1]


def test_save_template_says_why_it_could_not_write(qtbot, dialogs: Dialogs) -> None:
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.ui.templates_dialog import save_template

    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.folder = dialogs.folder / "no-such-folder"
    assert save_template(parent, ImportKind.PEOPLE) is None
    assert dialogs.warned and dialogs.warned[-1].startswith("Cannot write ")
