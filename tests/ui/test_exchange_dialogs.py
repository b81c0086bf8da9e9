"""File › Exchange: export for another office, import from one (preview, conflicts, result).

The dialogs are driven as a user would (pytest-qt, offscreen); the file dialogs and message
boxes are patched. Each dialog is also rendered to a PNG in /tmp/ds7/ to be looked at.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agencydesk.domain.enums import ActorType
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.exchange import Decision, ExchangeService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.settings import Settings
from agencydesk.ui.exchange import ExchangeActions
from agencydesk.ui.exchange.conflicts_dialog import ConflictsDialog
from agencydesk.ui.exchange.export_dialog import ExportScopeDialog
from agencydesk.ui.exchange.summary_dialog import ExchangeSummaryDialog
from agencydesk.ui.worker import DbWorker

SHOTS = Path(os.environ.get("AGENCYDESK_SHOTS", "/tmp/ds7"))
CONFLICTED = "H. Ayuntamiento de Huixtla"


def shoot(widget: QWidget, name: str) -> None:
    """Render a dialog to a PNG (offscreen grab) for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.show()
    widget.grab().save(str(SHOTS / f"{name}.png"))


@dataclass
class Boxes:
    informed: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    open_answer: str = ""
    save_answer: str = ""


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a: seen.informed.append(text) or 0
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: seen.warned.append(text) or 0
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (seen.open_answer, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (seen.save_answer, ""))
    return seen


class Host(QWidget):
    """What ExchangeActions needs of a main window: the workspace, settings, the DB worker."""

    def __init__(self, database: Database, office: str) -> None:
        super().__init__()
        self.backups_taken: list[str] = []
        self.workspace = SimpleNamespace(
            database=database,
            initiatives=InitiativesService(database.uow, lambda: "tester"),
            backups=SimpleNamespace(safety=self.backups_taken.append),
        )
        self.controller = SimpleNamespace(settings=Settings(office_name=office, user_name="ana"))
        self.db_worker = DbWorker(self)
        self.imported = 0
        self.actions = ExchangeActions(self, self._imported)

    def _imported(self) -> None:
        self.imported += 1


@pytest.fixture
def offices(qapp, demo_template: Path, tmp_path: Path):
    """Office B's window, and office A's database (both from the demo), edited apart."""
    databases = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(demo_template, path)
        databases.append(open_database(path, None))
    a, b = databases
    for database, phone in ((a, "+52 964 111 1111"), (b, "+52 964 222 2222")):
        actors = ActorsService(database.uow, lambda: "tester")
        with database.uow() as s:
            from sqlalchemy import text

            org_id = s.execute(
                text("SELECT id FROM organizations WHERE name = :n"), {"n": CONFLICTED}
            ).scalar()
        record = actors.organization(org_id)
        actors.update_organization(org_id, replace(record.draft, phone=phone))
    ActorsService(a.uow, lambda: "tester").create_organization(
        OrganizationDraft("Cooperativa Agraria Los Andes", actor_type=ActorType.PRIVATE)
    )
    host = Host(b, "Oficina B")
    yield a, b, host
    host.db_worker.shutdown()
    host.deleteLater()
    a.close()
    b.close()


def _phone(database: Database) -> str:
    from sqlalchemy import text

    with database.uow() as s:
        return s.execute(
            text("SELECT phone FROM organizations WHERE name = :n"), {"n": CONFLICTED}
        ).scalar()


def test_export_for_another_office_writes_the_chosen_initiative(
    qtbot, offices, boxes: Boxes, tmp_path: Path
) -> None:
    _a, _b, host = offices
    boxes.save_answer = str(tmp_path / "para la oficina A")  # the suffix is added
    dialog = host.actions.export()
    assert isinstance(dialog, ExportScopeDialog)
    assert dialog.one.isChecked() and dialog.initiative.count() == 6
    dialog.initiative.setCurrentIndex(
        dialog.initiative.findText("Mesa Ejecutiva Forestal de Ucayali")
    )
    shoot(dialog, "exchange-export")

    dialog.accept()
    qtbot.waitUntil(lambda: bool(boxes.informed), timeout=10_000)

    out = tmp_path / "para la oficina A.agencydesk"
    (told,) = boxes.informed
    assert re.fullmatch(rf"237 record(s|\(s\)) written to {re.escape(str(out))}\.", told)
    file = ExchangeService.read(out)
    assert file.info.scope.name == "Mesa Ejecutiva Forestal de Ucayali"
    assert file.info.source_name == "Oficina B"


def test_import_previews_then_settles_the_conflict_as_chosen(
    qtbot, offices, boxes: Boxes, tmp_path: Path
) -> None:
    a, b, host = offices
    out = tmp_path / "de A.agencydesk"
    ExchangeService(a.uow, lambda: "x", lambda: "Oficina A").export(out)
    boxes.open_answer = str(out)

    host.actions.import_file()
    qtbot.waitUntil(lambda: host.actions.summary is not None, timeout=10_000)
    summary = host.actions.summary
    assert summary.preview and summary.isVisible()
    assert _phone(b) == "+52 964 222 2222"  # a preview writes nothing
    assert host.backups_taken == []
    texts = [summary.table.item(r, 0).text() for r in range(summary.table.rowCount())]
    assert texts == ["Organizations", "Total"]
    assert summary.conflicts_label.text().startswith(
        "Changed both here and by Oficina A since your last exchange: 1 record"
    )
    assert summary.resolve.isVisible()
    shoot(summary, "exchange-import-preview")

    conflicts = summary.open_conflicts()
    assert isinstance(conflicts, ConflictsDialog)
    assert conflicts.list.count() == 1
    assert conflicts.table.item(0, 0).text() == "Phone"
    assert conflicts.table.item(0, 1).text() == "+52 964 222 2222"
    assert conflicts.table.item(0, 2).text() == "+52 964 111 1111"
    assert conflicts.count.text() == "0 of 1 decided"
    shoot(conflicts, "exchange-conflicts")
    conflicts.theirs.setChecked(True)
    assert conflicts.count.text() == "1 of 1 decided"
    assert "take theirs" in conflicts.list.item(0).text()
    conflicts.accept()
    assert summary.conflicts_label.text().endswith("All decided.")

    summary.import_button.click()
    qtbot.waitUntil(lambda: host.actions.summary is not summary, timeout=10_000)
    done = host.actions.summary
    assert not done.preview
    assert host.imported == 1
    assert host.backups_taken == ["before-exchange"]  # a merge has no undo: a backup first
    assert _phone(b) == "+52 964 111 1111"
    assert done.conflicts_label.text() == "Conflicts settled as you chose: 1."
    shoot(done, "exchange-import-done")


def test_all_mine_and_all_theirs_decide_every_conflict(qtbot, offices, tmp_path: Path) -> None:
    a, b, _host = offices
    out = tmp_path / "de A.agencydesk"
    ExchangeService(a.uow, lambda: "x", lambda: "Oficina A").export(out)
    service = ExchangeService(b.uow, lambda: "y")
    preview = service.merge(service.read(out), dry_run=True)
    dialog = ConflictsDialog(preview.conflicts, {}, "Oficina A")
    qtbot.addWidget(dialog)
    dialog.all_theirs.click()
    assert set(dialog.decisions().values()) == {Decision.THEIRS}
    assert dialog.theirs.isChecked()
    dialog.all_mine.click()
    assert set(dialog.decisions().values()) == {Decision.MINE}
    assert dialog.mine.isChecked() and not dialog.theirs.isChecked()


def test_a_refused_file_is_said_in_a_sentence(qtbot, offices, boxes: Boxes, tmp_path: Path):
    _a, _b, host = offices
    bad = tmp_path / "../../etc.agencydesk"
    bad.write_text("not a zip")
    boxes.open_answer = str(bad)
    host.actions.import_file()
    qtbot.waitUntil(lambda: bool(boxes.warned), timeout=10_000)
    assert boxes.warned == [
        "The file etc.agencydesk is not an AgencyDesk exchange file (those are written by "
        "File > Exchange > Export and end in .agencydesk). Nothing was imported."
    ]
    assert host.actions.summary is None


def test_the_summary_without_conflicts_says_so(qtbot, offices, tmp_path: Path) -> None:
    a, b, _host = offices
    out = tmp_path / "de A.agencydesk"
    ExchangeService(a.uow, lambda: "x", lambda: "Oficina A").export(out)
    service = ExchangeService(b.uow, lambda: "y")
    result = service.merge(service.read(out), default=Decision.MINE)
    dialog = ExchangeSummaryDialog(result, preview=False)
    qtbot.addWidget(dialog)
    assert dialog.conflicts_label.text() == "Conflicts settled as you chose: 1."
    again = service.merge(service.read(out), dry_run=True)
    dialog = ExchangeSummaryDialog(again, preview=True)
    qtbot.addWidget(dialog)
    assert dialog.conflicts_label.text() == "No conflicts."
    assert not dialog.resolve.isVisible()


def test_a_rich_exchange_shows_every_conflict_and_note(qtbot, offices, tmp_path: Path) -> None:
    a, b, _host = offices
    from sqlalchemy import text

    for database, place, position in (
        (a, "Auditorio de la Cámara Forestal", "Gerente"),
        (b, "Sala de sesiones del Gobierno Regional", "Gerenta general"),
    ):
        with database.uow() as s:
            s.execute(
                text(
                    "UPDATE meetings SET place = :p, updated_at = '2099-01-01 00:00:00' "
                    "WHERE number = 3 AND initiative_id = 1"
                ),
                {"p": place},
            )
            s.execute(
                text(
                    "UPDATE people SET position = :p, phone = :p, "
                    "updated_at = '2099-01-01 00:00:01' WHERE id = 1"
                ),
                {"p": position},
            )
    ActorsService(b.uow, lambda: "t").create_organization(
        OrganizationDraft(
            "COOPERATIVA AGRARIA LOS ANDES", actor_type=ActorType.PRIVATE, email="coop@andes.pe"
        )
    )
    out = tmp_path / "de A.agencydesk"
    ExchangeService(a.uow, lambda: "x", lambda: "Oficina A").export(out)
    service = ExchangeService(b.uow, lambda: "y")
    preview = service.merge(service.read(out), dry_run=True)
    assert len(preview.conflicts) == 3

    summary = ExchangeSummaryDialog(preview, preview=True)
    qtbot.addWidget(summary)
    notes = [summary.notes.item(i).text() for i in range(summary.notes.count())]
    assert notes == [
        "Organizations · COOPERATIVA AGRARIA LOS ANDES: the same as a record here (same name "
        "or id); merged"
    ]
    shoot(summary, "exchange-import-preview-rich")
    dialog = summary.open_conflicts()
    dialog.list.setCurrentRow(1)
    shoot(dialog, "exchange-conflicts-rich")
    fields = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert fields == ["Position", "Phone"]
    dialog.reject()


def test_the_main_window_has_file_exchange(qapp, demo_database: Database) -> None:
    from PySide6.QtWidgets import QMenu

    from agencydesk.services.workspace import Workspace
    from agencydesk.ui.main_window import MainWindow

    controller = SimpleNamespace(
        settings=Settings(office_name="Oficina"), log_file=None, open_demo=lambda: None
    )
    window = MainWindow(controller, Workspace.open(demo_database, lambda: "t"))
    try:
        (actions,) = window.findChildren(ExchangeActions)
        menus = [m.title() for m in window.findChildren(QMenu)]
        assert "E&xchange" in menus
        assert [a.text() for a in actions.menu.actions()] == [
            "&Export for another office…",
            "&Import from another office…",
        ]
    finally:
        window.close_without_asking()
        window.deleteLater()
