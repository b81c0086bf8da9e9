"""Backups in the window (pytest-qt, offscreen; message boxes and file dialogs patched):
Back up now, the status bar, Restore… from the list or a file, the daily backup at start, a
damaged database at start, and the backup before removing several invitations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from agencydesk import paths
from agencydesk.app import AppController
from agencydesk.domain.backups import BackupInfo, BackupReason, StartCheck
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.backups import BackupService
from agencydesk.services.database import Database, open_database
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.services.settings import SettingsStore
from agencydesk.ui.backups import startup
from agencydesk.ui.backups.restore_dialog import BackupsModel, RestoreDialog
from agencydesk.ui.backups.startup import Choice, DamagedDatabaseDialog
from agencydesk.ui.main_window import MainWindow
from agencydesk.ui.meetings.attendance_tab import AttendanceTab
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.undo import WriteContext

PAGE = 4096


@dataclass
class Boxes:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    criticals: list[str] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()

    def question(_parent, _title, text, *_args, **_kwargs):
        seen.questions.append(text)
        return seen.answer

    def note(into: list[str]):
        def show(_parent, _title, text, *_args, **_kwargs):
            into.append(text)
            return QMessageBox.StandardButton.Ok

        return show

    def exec_(box: QMessageBox) -> int:
        pytest.fail(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", note(seen.warnings))
    monkeypatch.setattr(QMessageBox, "information", note(seen.infos))
    monkeypatch.setattr(QMessageBox, "critical", note(seen.criticals))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@dataclass
class Picks:
    """What the 'user' picks in the next folder or file dialog ("" = Cancel)."""

    folder: str = ""
    file: str = ""
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def picks(monkeypatch: pytest.MonkeyPatch) -> Picks:
    seen = Picks()

    def folder(_parent, caption, _start, *_args, **_kwargs):
        seen.asked.append(caption)
        return seen.folder

    def file(_parent, caption, _start, _filter, *_args, **_kwargs):
        seen.asked.append(caption)
        return seen.file, ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file)
    return seen


@pytest.fixture
def make_controller(qapp, app_paths: paths.AppPaths, boxes: Boxes) -> Iterator[Callable]:
    """Controllers started as ``run`` does, in English; closed after the test."""
    hooks = sys.excepthook, threading.excepthook
    locale = QLocale()
    made: list[AppController] = []

    def make(database: Database) -> AppController:
        SettingsStore(app_paths.settings_file).update(language="en", first_run_done=True)
        controller = AppController(qapp, app_paths, app_paths.log_file)
        controller.start(database, show_welcome=False)
        sys.excepthook, threading.excepthook = hooks
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()
        controller.translations.clear()
        controller.crash.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert leaked == [], "a main window outlived its test"
    sys.excepthook, threading.excepthook = hooks
    QLocale.setDefault(locale)


def shown(qtbot, controller: AppController) -> MainWindow:
    window = controller.window
    assert window is not None
    qtbot.waitExposed(window)
    window.repaint()
    return window


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(window.db_worker.is_idle, timeout=15_000)


def add_org(database: Database, name: str) -> None:
    ActorsService(database.uow, lambda: "tester").create_organization(OrganizationDraft(name))


def flip_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    start = (len(data) // PAGE // 2) * PAGE
    data[start : start + PAGE] = bytes(b ^ 0xFF for b in data[start : start + PAGE])
    path.write_bytes(bytes(data))


def org_count(window: MainWindow) -> int:
    return window.workspace.database.counts().organizations


# --- Back up now and the status bar ---------------------------------------------------------


def test_back_up_now_to_a_usb_stick_and_the_status_bar(
    qtbot, make_controller, database: Database, boxes: Boxes, picks: Picks, tmp_path: Path
) -> None:
    add_org(database, "Asociación de Productores de Cacao")
    window = shown(qtbot, make_controller(database))
    label = window.backup_actions.status
    assert label.text() == "No backup yet"
    usb = tmp_path / "USB"
    usb.mkdir()
    picks.folder = str(usb)

    window.backup_actions.back_up_now()
    qtbot.waitUntil(lambda: len(boxes.infos) == 1, timeout=15_000)

    (written,) = usb.iterdir()
    assert written.name.startswith("agencydesk-backup-")
    assert str(written) in boxes.infos[0] and "1 organization" in boxes.infos[0]
    assert label.text().startswith("Last backup: today at ")
    assert label.toolTip() == str(written)
    # Cancelled folder dialog: nothing happens.
    picks.folder = ""
    window.backup_actions.back_up_now()
    assert len(list(usb.iterdir())) == 1 and len(boxes.infos) == 1


def test_back_up_now_into_a_folder_that_cannot_be_written_says_why(
    qtbot, make_controller, database: Database, boxes: Boxes, picks: Picks, tmp_path: Path
) -> None:
    window = shown(qtbot, make_controller(database))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    picks.folder = str(blocker / "inside")

    window.backup_actions.back_up_now()
    qtbot.waitUntil(lambda: len(boxes.warnings) == 1, timeout=15_000)

    assert "could not be written" in boxes.warnings[0]
    assert boxes.infos == []


def test_the_file_menu_has_back_up_now_and_restore(
    qtbot, make_controller, database: Database
) -> None:
    window = shown(qtbot, make_controller(database))
    (file_action,) = (a for a in window.menuBar().actions() if a.text() == "&File")
    menu = file_action.menu()
    texts = [a.text() for a in menu.actions()]
    assert "&Back up now…" in texts and "&Restore…" in texts
    assert texts.index("&Back up now…") < texts.index("&Settings…")


# --- Restore… ----------------------------------------------------------------------------------


def test_the_backups_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    model = BackupsModel()
    model.set_backups(
        [
            BackupInfo(
                tmp_path / "a.sqlite3", datetime(2025, 5, 1, 9), "daily", 2048, {"people": 3}
            ),
            BackupInfo(tmp_path / "b.sqlite3", datetime(2025, 4, 1, 9), "x", 10, problem="bad"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "First start of the day"
    assert model.index(0, 3).data() == "3"  # people
    assert model.index(0, 2).data() == "—"  # organizations: not counted in that file
    assert model.index(1, 1).data() == "Cannot be read"


def test_restore_from_the_list_brings_the_old_state_back_and_keeps_the_new_one(
    qtbot, make_controller, database: Database, boxes: Boxes, app_paths: paths.AppPaths
) -> None:
    add_org(database, "Antes del error")
    service = BackupService.for_database(database)
    kept = service.take(BackupReason.DAILY)
    add_org(database, "Después")
    controller = make_controller(database)
    window = shown(qtbot, controller)
    assert org_count(window) == 2

    dialog = window.backup_actions.restore()
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=15_000)
    assert dialog.model.index(0, 2).data() == "1"  # one organization in that backup
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert len(boxes.questions) == 1 and "today at" in boxes.questions[0]
    qtbot.waitUntil(lambda: controller.window is not window, timeout=15_000)
    new_window = shown(qtbot, controller)
    assert org_count(new_window) == 1
    assert len(boxes.infos) == 1 and "was restored" in boxes.infos[0]
    assert "kept as a backup" in boxes.infos[0]
    names = [b.reason for b in new_window.workspace.backups.backups(with_counts=False)]
    assert sorted(names) == ["before-restore", "daily"]
    assert kept.path.exists()
    # The program keeps working on the restored file.
    add_org(new_window.workspace.database, "Tras restaurar")
    assert org_count(new_window) == 2
    assert QApplication.quitOnLastWindowClosed()


def test_restore_from_a_chosen_file(
    qtbot,
    make_controller,
    database: Database,
    boxes: Boxes,
    picks: Picks,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    add_org(database, "En la memoria USB")
    stick = BackupService.for_database(database).export_to(usb)
    add_org(database, "Solo en el disco")
    controller = make_controller(database)
    window = shown(qtbot, controller)
    dialog = window.backup_actions.restore()
    qtbot.waitUntil(lambda: "no backups" in dialog.status.text(), timeout=15_000)
    assert not dialog.restore_button.isEnabled()

    picks.file = str(stick.path)
    dialog.file_button.click()

    qtbot.waitUntil(lambda: controller.window is not window, timeout=15_000)
    assert org_count(shown(qtbot, controller)) == 1


def test_restore_refused_for_a_damaged_file_keeps_the_window(
    qtbot, make_controller, database: Database, boxes: Boxes, picks: Picks, tmp_path: Path
) -> None:
    bad = BackupService.for_database(database).export_to(tmp_path).path
    flip_middle_page(bad)
    controller = make_controller(database)
    window = shown(qtbot, controller)

    controller.restore_backup(bad)

    assert controller.window is window and window.isVisible()
    assert len(boxes.warnings) == 1 and "is damaged" in boxes.warnings[0]
    add_org(window.workspace.database, "Todavía funciona")


def test_answering_no_restores_nothing(
    qtbot, make_controller, database: Database, boxes: Boxes
) -> None:
    BackupService.for_database(database).take()
    controller = make_controller(database)
    window = shown(qtbot, controller)
    boxes.answer = QMessageBox.StandardButton.No
    dialog = window.backup_actions.restore()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=15_000)
    dialog.restore_button.click()
    assert dialog.isVisible() and dialog.chosen is None
    dialog.reject()
    assert controller.window is window


# --- at start ----------------------------------------------------------------------------------


@dataclass
class Started:
    windows: list[MainWindow] = field(default_factory=list)
    status: list[str] = field(default_factory=list)  # the status bar's "Last backup"


def _run_once(qtbot, monkeypatch: pytest.MonkeyPatch, app_paths: paths.AppPaths) -> Started:
    """``app.run`` with an event loop that only waits for the database worker to be idle
    (the daily backup) and returns."""
    from agencydesk import app as app_module

    seen = Started()

    def leave_when_idle(_app: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.windows.append(window)
        qtbot.waitUntil(window.db_worker.is_idle, timeout=15_000)
        seen.status.append(window.backup_actions.status.text())
        return 0

    monkeypatch.setattr(QApplication, "exec", leave_when_idle)
    SettingsStore(app_paths.settings_file).update(language="en", first_run_done=True)
    assert app_module.run(app_paths, demo=False, db_given=False) == 0
    return seen


def test_the_first_start_of_the_day_takes_a_backup(
    qtbot, database: Database, app_paths: paths.AppPaths, monkeypatch, boxes: Boxes
) -> None:
    add_org(database, "Guardada al iniciar")
    database.close()

    started = _run_once(qtbot, monkeypatch, app_paths)

    assert len(started.windows) == 1
    service = BackupService(app_paths.database, app_paths.backups_dir)
    (daily,) = service.backups()
    assert daily.reason == "daily" and daily.counts["organizations"] == 1
    assert started.status[0].startswith("Last backup: today at ")
    _run_once(qtbot, monkeypatch, app_paths)  # a second start the same day: no second backup
    assert len(service.backups(with_counts=False)) == 1


def test_a_damaged_database_at_start_is_moved_aside_and_the_backup_restored(
    qtbot, database: Database, app_paths: paths.AppPaths, monkeypatch, boxes: Boxes
) -> None:
    add_org(database, "Del respaldo")
    backup = BackupService.for_database(database).take(BackupReason.DAILY)
    add_org(database, "Perdida con el daño")
    database.close()
    flip_middle_page(app_paths.database)
    damaged = app_paths.database.read_bytes()
    offered: list[StartCheck] = []

    def restore_it(found: StartCheck):
        offered.append(found)
        return Choice.RESTORE, found.backup.path

    monkeypatch.setattr(startup, "_ask", restore_it)

    started = _run_once(qtbot, monkeypatch, app_paths)

    (found,) = offered
    assert found.backup is not None and found.backup.path == backup.path
    assert found.moved_to is not None and found.moved_to.read_bytes() == damaged
    assert found.moved_to.name.startswith("agencydesk.sqlite3.damaged-")
    assert len(boxes.infos) == 1 and "was restored" in boxes.infos[0]
    assert len(started.windows) == 1
    reopened = open_database(app_paths.database, None)
    try:
        assert reopened.counts().organizations == 1
    finally:
        reopened.close()


def test_quitting_at_the_damaged_database_dialog(
    qapp, database: Database, app_paths: paths.AppPaths, monkeypatch, boxes: Boxes
) -> None:
    from agencydesk import app as app_module

    database.close()
    flip_middle_page(app_paths.database)
    monkeypatch.setattr(startup, "_ask", lambda found: (Choice.QUIT, None))
    monkeypatch.setattr(QApplication, "exec", lambda _app: pytest.fail("no window expected"))
    SettingsStore(app_paths.settings_file).update(language="en", first_run_done=True)

    assert app_module.run(app_paths, demo=False, db_given=False) == 1

    assert not app_paths.database.exists()  # moved aside, still there under its new name
    assert len(list(app_paths.database.parent.glob("agencydesk.sqlite3.damaged-*"))) == 1


def test_the_damaged_database_dialog_offers_the_backup_with_its_date(
    qtbot, tmp_path: Path, picks: Picks
) -> None:
    backup = BackupInfo(
        tmp_path / "agencydesk-2025-05-01-091500-daily.sqlite3",
        datetime(2025, 5, 1, 9, 15),
        "daily",
        40960,
        {"organizations": 12, "people": 40, "initiatives": 3, "meetings": 9},
    )
    found = StartCheck(
        tmp_path / "agencydesk.sqlite3",
        "On tree page 86 cell 50: Offset 63365 out of range 2006..4092",
        tmp_path / "agencydesk.sqlite3.damaged-20250502-080000",
        backup,
    )
    dialog = DamagedDatabaseDialog(found)
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert "01/05/2025 09:15" in text and "12 organization" in text
    assert str(found.moved_to) in text and "not deleted" in text
    assert dialog.restore_button.isDefault()
    dialog.restore_button.click()
    assert (dialog.choice, dialog.chosen) == (Choice.RESTORE, backup.path)

    without = DamagedDatabaseDialog(StartCheck(found.path, "malformed", found.moved_to, None))
    qtbot.addWidget(without)
    assert "No backup" in without.message.text()
    picks.file = str(tmp_path / "from-usb.sqlite3")
    without.file_button.click()
    assert (without.choice, without.chosen) == (Choice.RESTORE, tmp_path / "from-usb.sqlite3")
    again = DamagedDatabaseDialog(StartCheck(found.path, "malformed", found.moved_to, None))
    qtbot.addWidget(again)
    again.empty_button.click()
    assert again.choice is Choice.EMPTY


# --- the backup before removing several records ------------------------------------------------


def test_removing_several_invitations_takes_a_backup_first(
    qtbot, demo_database: Database, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    db = demo_database
    user = lambda: "tester"  # noqa: E731
    actors = ActorsService(db.uow, user)
    backups = BackupService.for_database(db)
    stack = QUndoStack()
    context = MeetingsContext(
        actors,
        InitiativesService(db.uow, user),
        MeetingsService(db.uow, user),
        AttendanceService(db.uow, user),
        AgreementsService(db.uow, user),
        WriteContext(actors, stack, lambda: None, lambda _e: None),
        safety_backup=backups.before_bulk_delete,
    )
    tab = AttendanceTab(context)
    qtbot.addWidget(tab)
    mef = context.initiatives.initiative_ids(ListQuery(text="Mesa Ejecutiva Forestal"))[0]
    session = next(m for m in context.meetings.meetings_of(initiative_id=mef) if m.number == 3)
    tab.show_meeting(session)
    records = [tab.model.record_at(row) for row in (3, 4)]

    tab.invite.remove(records[:1])  # one row: no backup
    assert backups.backups(with_counts=False) == []
    stack.undo()
    tab.invite.remove(records)

    (taken,) = backups.backups()
    assert taken.reason == "before-delete"
    assert len(context.attendance.attendance_of(session.id)) == 14
    stack.clear()


def test_undoing_an_import_takes_a_backup_first(database: Database) -> None:
    from agencydesk.services.workspace import Workspace

    workspace = Workspace.open(database, lambda: "tester")
    with pytest.raises(Exception):  # noqa: B017 - no such batch; the backup came first
        workspace.importing.undo(999)
    (taken,) = workspace.backups.backups(with_counts=False)
    assert taken.reason == "before-undo"


def test_restore_dialog_on_the_demo_database_copy(
    qtbot, demo_database: Database, tmp_path: Path
) -> None:
    """A database opened without a backups folder (the demo) lists nothing, and says why."""
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_database.path, path)
    demo_database.close()
    db = open_database(path, None)
    try:
        from agencydesk.ui.worker import DbWorker

        worker = DbWorker()
        dialog = RestoreDialog(BackupService.for_database(db), worker, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "no backups" in dialog.status.text(), timeout=15_000)
        assert not dialog.folder_button.isEnabled()
        worker.shutdown()
    finally:
        db.close()


def test_a_daily_backup_that_fails_is_said_in_the_status_bar(
    qtbot, make_controller, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(qtbot, make_controller(database))
    actions = window.backup_actions

    def full() -> None:
        from agencydesk.domain.errors import UserError

        raise UserError("disk_full")

    monkeypatch.setattr(actions.service, "daily", full)
    actions.start_daily()
    qtbot.waitUntil(lambda: actions.status.text() == "Last backup failed", timeout=15_000)
    assert "disk is full" in actions.status.toolTip()
    monkeypatch.undo()
    actions.start_daily()  # the next one works: the warning goes
    qtbot.waitUntil(lambda: actions.status.text().startswith("Last backup: today"), timeout=15_000)
    assert actions.status.styleSheet() == ""
