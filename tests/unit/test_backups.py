"""Backups of a live database, verification, the list with counts, thinning, restore, and the
start-up check of a damaged file (data/backup.py, services/backups.py)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.data import backup as files
from agencydesk.data import db_files
from agencydesk.domain.backups import BackupReason, Retention, folder_for, to_keep
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.backups import BackupService, check_at_start, newest_verified
from agencydesk.services.database import Database, open_database

PAGE = 4096


# Backups are of SQLite files: a server's database is backed up by its administrator.
pytestmark = pytest.mark.sqlite_only


class Clock:
    """A settable clock: the service names and thins backups by it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def service_of(database: Database, clock: Clock | None = None, **options) -> BackupService:
    if clock is not None:
        options["clock"] = clock
    return BackupService.for_database(database, **options)


def add_org(database: Database, name: str) -> int:
    return (
        ActorsService(database.uow, lambda: "tester")
        .create_organization(OrganizationDraft(name=name))
        .id
    )


def org_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM organizations ORDER BY name")]
    finally:
        conn.close()


def flip_middle_page(path: Path) -> None:
    """Invert every byte of the page in the middle of the file (as a failing disk would)."""
    data = bytearray(path.read_bytes())
    start = (len(data) // PAGE // 2) * PAGE
    for i in range(start, start + PAGE):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def side_files(path: Path) -> list[str]:
    return [s for s in files.SIDE_FILES if Path(str(path) + s).exists()]


# --- taking a backup -------------------------------------------------------------------------


def test_backup_of_a_live_wal_database_holds_the_latest_committed_change(
    database: Database,
) -> None:
    add_org(database, "Cooperativa Agraria Norandino")
    wal = Path(str(database.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the change is in the WAL, not the file
    assert "Cooperativa Agraria Norandino" not in database.path.read_bytes().decode("latin-1")

    taken = service_of(database).take()

    assert org_names(taken.path) == ["Cooperativa Agraria Norandino"]
    assert taken.counts is not None and taken.counts["organizations"] == 1
    assert taken.path.parent == folder_for(database.backups_dir, database.path.resolve())
    # One self-contained file: rollback-journal mode, nothing beside it, passes the check.
    assert taken.path.read_bytes()[18:20] == b"\x01\x01"
    assert side_files(taken.path) == []
    assert db_files.integrity_problems(taken.path) == []
    assert [p.name for p in taken.path.parent.iterdir()] == [taken.path.name]
    add_org(database, "Still working")  # the open database goes on as before


def test_a_backup_that_fails_verification_leaves_no_file(
    database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(files, "integrity_problems", lambda path, **_: ["page 7: btreeInitPage"])
    service = service_of(database)

    with pytest.raises(UserError) as refused:
        service.take()
    assert refused.value.code == "backup_unverified"
    assert "btreeInitPage" in str(refused.value)
    assert list(service.folder.iterdir()) == []  # no backup, no temporary file

    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(UserError, match="integrity check"):
        service.export_to(usb)
    assert list(usb.iterdir()) == []


def test_a_backup_into_a_folder_that_cannot_be_made_says_so(
    database: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError) as refused:
        service_of(database).export_to(blocker / "backups")
    assert refused.value.code == "backup_failed"
    assert str(blocker / "backups") in str(refused.value)
    assert blocker.read_text() == "x"


def test_back_up_now_writes_one_file_to_the_chosen_folder(database: Database, tmp_path) -> None:
    add_org(database, "Mesa Forestal")
    clock = Clock(datetime(2025, 5, 1, 10, 30))
    service = service_of(database, clock)
    usb = tmp_path / "USB STICK"
    usb.mkdir()

    first = service.export_to(usb)
    second = service.export_to(usb)

    assert first.path.name == "agencydesk-backup-2025-05-01-103000.sqlite3"
    assert second.path.name == "agencydesk-backup-2025-05-01-103000-1.sqlite3"
    assert sorted(p.name for p in usb.iterdir()) == sorted([first.path.name, second.path.name])
    assert org_names(first.path) == ["Mesa Forestal"]
    # "Back up now" files are the user's: listed as the last backup, never thinned.
    assert service.last_backup() == (clock.now, second.path)
    # Chosen again later (Restore… › Choose a file…), it still says when it was written.
    described = service.describe(second.path)
    assert (described.taken_at, described.reason) == (clock.now, "manual")
    assert service.backups() == []


def test_a_server_database_is_not_backed_up_here(tmp_path: Path) -> None:
    service = BackupService(None, tmp_path / "backups")
    assert service.on_server and not service.automatic
    assert service.daily() is None
    assert service.safety(BackupReason.BEFORE_DELETE) is None
    assert service.last_backup() is None and service.backups() == []
    for call in (service.take, lambda: service.export_to(tmp_path), service.check):
        with pytest.raises(UserError) as refused:
            call()
        assert refused.value.code == "backup_server"
        assert "administrator" in str(refused.value)


def test_the_demo_data_has_no_automatic_backups(template_database: Path, tmp_path) -> None:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    try:
        service = service_of(database)
        assert not service.automatic and not service.on_server
        assert service.daily() is None and service.before_bulk_delete() is None
        assert service.export_to(tmp_path / "out").path.exists()  # by hand it works
    finally:
        database.close()


# --- automatic backups and thinning -----------------------------------------------------------


def test_the_first_start_of_each_day_takes_one_backup(database: Database) -> None:
    clock = Clock(datetime(2025, 5, 1, 8, 0))
    service = service_of(database, clock)

    first = service.daily()
    clock.advance(hours=6)
    assert service.daily() is None  # already one today
    clock.advance(days=1)
    second = service.daily()

    assert first is not None and first.reason == "daily"
    assert second is not None and second.taken_at == datetime(2025, 5, 2, 14, 0)
    assert [b.path for b in service.backups()] == [second.path, first.path]
    assert service.last_backup() == (second.taken_at, second.path)


def test_a_safety_backup_that_cannot_be_written_does_not_stop_the_work(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args, **_kwargs):
        raise UserError("disk_full")

    monkeypatch.setattr(files, "take_backup", full)
    assert service_of(database).before_import_undo() is None


def test_backups_are_thinned_as_days_go_by(database: Database) -> None:
    clock = Clock(datetime(2025, 1, 1, 9, 0))
    service = service_of(database, clock, retention=Retention(recent=2))
    taken: list[datetime] = []
    service.folder.mkdir(parents=True)
    (service.folder / "notes.txt").write_text("mine")
    for _day in range(75):
        service.daily()
        taken.append(clock.now)
        if len(taken) % 10 == 0:  # a busy day: a bulk delete too
            taken.append(clock.advance(hours=1))
            service.before_bulk_delete()
            clock.advance(hours=-1)
        clock.advance(days=1)
    clock.advance(days=-1)

    left = {b.taken_at for b in service.backups(with_counts=False)}
    assert left == to_keep(taken, clock.now, Retention(recent=2))
    assert len(left) < 20
    assert max(taken) in left
    # Files that are not our backups are never touched.
    assert len(list(service.folder.glob("*.sqlite3"))) == len(left)
    assert (service.folder / "notes.txt").read_text() == "mine"


def test_the_list_gives_date_reason_and_record_counts(demo_database: Database) -> None:
    clock = Clock(datetime(2025, 3, 3, 9, 0))
    service = service_of(demo_database, clock)
    service.take(BackupReason.DAILY)
    clock.advance(minutes=5)
    before = demo_database.counts()
    add_org(demo_database, "Nueva organización")
    service.before_bulk_delete()

    newest, oldest = service.backups()

    assert (newest.reason, oldest.reason) == ("before-delete", "daily")
    assert newest.taken_at == datetime(2025, 3, 3, 9, 5)
    assert oldest.counts is not None and newest.counts is not None
    assert oldest.counts["organizations"] == before.organizations
    assert newest.counts["organizations"] == before.organizations + 1
    assert oldest.counts["people"] == before.people > 0
    assert set(oldest.counts) >= {"initiatives", "meetings", "agreements", "actions"}
    assert oldest.counts["meetings"] > 0
    assert newest.revision == oldest.revision and newest.problem is None
    assert side_files(oldest.path) == []  # reading a backup leaves nothing beside it


def test_the_schema_upgrade_backup_goes_to_the_databases_folder(
    database: Database, tmp_path: Path
) -> None:
    from agencydesk.data import migrate

    copy = migrate.backup_before_upgrade(database.path, tmp_path / "backups", "0003")
    assert copy.parent == folder_for(tmp_path / "backups", database.path.resolve())
    assert copy.name.endswith("-before-upgrade-0003.sqlite3")
    assert db_files.integrity_problems(copy) == []


# --- restore --------------------------------------------------------------------------------


def test_restore_backs_up_the_current_file_first_and_the_program_keeps_working(
    database: Database, app_paths: paths.AppPaths
) -> None:
    clock = Clock(datetime(2025, 6, 2, 9, 0))
    service = service_of(database, clock)
    add_org(database, "Antes")
    backup = service.take()
    clock.advance(hours=2)
    add_org(database, "Después")
    closed: list[bool] = []

    def close() -> None:
        database.close()
        closed.append(True)

    result = service.restore(backup.path, close)

    assert closed == [True]
    assert org_names(database.path) == ["Antes"]
    assert result.restored.path == backup.path
    assert result.previous is not None and result.previous.reason == "before-restore"
    assert org_names(result.previous.path) == ["Antes", "Después"]
    assert backup.path.exists() and org_names(backup.path) == ["Antes"]  # the backup stays
    assert side_files(database.path) == []
    reopened = open_database(database.path, app_paths.backups_dir)
    try:
        add_org(reopened, "Otra más")
        assert reopened.counts().organizations == 2
    finally:
        reopened.close()
    # The restore can itself be undone: restore the "before-restore" copy.
    again = open_database(database.path, app_paths.backups_dir)
    BackupService.for_database(again).restore(result.previous.path, again.close)
    assert org_names(database.path) == ["Antes", "Después"]


@pytest.mark.parametrize("problem", ["damaged", "newer", "text", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    database: Database, tmp_path: Path, problem: str
) -> None:
    add_org(database, "Sigue aquí")
    service = service_of(database)
    bad = tmp_path / "bad.sqlite3"
    if problem == "damaged":
        files.write_snapshot(database.path, bad, live=True)
        flip_middle_page(bad)
    elif problem == "newer":
        files.write_snapshot(database.path, bad, live=True)
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
    elif problem == "text":
        bad.write_text("nombre;rut\n")
    closed: list[bool] = []

    with pytest.raises(UserError) as refused:
        service.restore(bad, lambda: closed.append(True))

    expected = {
        "damaged": "backup_damaged",
        "newer": "db_newer",
        "text": "db_not_agencydesk",
        "missing": "backup_not_found",
    }
    assert refused.value.code == expected[problem]
    assert closed == []
    assert not service.folder.exists() or list(service.folder.iterdir()) == []
    add_org(database, "Y esto también")  # still open, still working


# --- the start-up check ------------------------------------------------------------------------


def test_a_damaged_file_at_start_is_moved_aside_and_the_newest_verified_backup_offered(
    database: Database, app_paths: paths.AppPaths
) -> None:
    clock = Clock(datetime(2025, 7, 1, 9, 0))
    service = service_of(database, clock)
    add_org(database, "Primera")
    good = service.take(BackupReason.DAILY)
    clock.advance(days=1)
    add_org(database, "Segunda")
    newer = service.take(BackupReason.DAILY)
    flip_middle_page(newer.path)  # the newest backup is damaged too: it is passed over
    database.close()
    path = database.path
    flip_middle_page(path)
    before = path.read_bytes()

    found = check_at_start(path, app_paths.backups_dir, datetime(2025, 7, 3, 8, 0))

    assert found.damaged and found.problem
    assert not path.exists()
    assert found.moved_to == path.with_name("agencydesk.sqlite3.damaged-20250703-080000")
    assert found.moved_to.read_bytes() == before  # moved, not changed, never deleted
    assert found.backup is not None and found.backup.path == good.path
    assert found.backup.taken_at == datetime(2025, 7, 1, 9, 0)
    assert found.backup.counts is not None and found.backup.counts["organizations"] == 1

    # Restoring it (no current file to keep) gives a database the program opens.
    result = BackupService(path, app_paths.backups_dir).restore(found.backup.path)
    assert result.previous is None and result.moved_to is None
    reopened = open_database(path, app_paths.backups_dir)
    try:
        assert reopened.counts().organizations == 1
    finally:
        reopened.close()


def test_healthy_missing_and_foreign_files_are_not_damage(
    database: Database, app_paths: paths.AppPaths, tmp_path: Path
) -> None:
    assert not check_at_start(database.path, app_paths.backups_dir).damaged
    assert database.path.exists()
    database.close()
    before = database.path.read_bytes()
    assert not check_at_start(database.path, app_paths.backups_dir).damaged
    assert side_files(database.path) == []  # the check leaves nothing beside the file
    assert database.path.read_bytes() == before
    assert not check_at_start(tmp_path / "nothing.sqlite3", app_paths.backups_dir).damaged
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    assert not check_at_start(text, app_paths.backups_dir).damaged
    assert text.read_text() == "not a database"


def test_a_damaged_file_with_its_wal_moves_as_a_pair(
    database: Database, app_paths: paths.AppPaths
) -> None:
    add_org(database, "En el WAL")
    path = database.path
    # A crash: the WAL stays beside the file (copied while the engine holds it).
    crashed = path.with_name("crashed.sqlite3")
    shutil.copyfile(path, crashed)
    shutil.copyfile(str(path) + "-wal", str(crashed) + "-wal")
    flip_middle_page(crashed)

    found = check_at_start(crashed, app_paths.backups_dir)

    assert found.damaged and found.moved_to is not None
    assert found.backup is None  # this file never had a backup
    assert Path(str(found.moved_to) + "-wal").exists()
    assert side_files(crashed) == [] and not crashed.exists()


def test_newest_verified_is_none_in_an_empty_or_missing_folder(tmp_path: Path) -> None:
    assert newest_verified(tmp_path / "none") is None
    assert newest_verified(tmp_path) is None


def test_check_reports_a_healthy_and_a_damaged_file(database: Database) -> None:
    service = service_of(database)
    assert service.check() == []
    database.close()
    flip_middle_page(database.path)
    assert service.check(quick=True)


def test_restore_over_a_damaged_database_moves_it_aside(
    database: Database, app_paths: paths.AppPaths
) -> None:
    add_org(database, "Buena")
    service = service_of(database)
    backup = service.take()
    database.close()
    flip_middle_page(database.path)
    damaged = database.path.read_bytes()

    result = service.restore(backup.path)

    assert result.previous is None and result.moved_to is not None
    assert result.moved_to.read_bytes() == damaged
    assert org_names(database.path) == ["Buena"]


def test_a_restore_that_cannot_swap_the_files_changes_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_org(database, "Antes")
    service = service_of(database)
    backup = service.take()
    add_org(database, "Después")
    database.close()
    before = database.path.read_bytes()

    real_replace = files.os.replace
    swapped: list[Path] = []

    def refuse(src, dst):
        if Path(dst) == database.path.resolve():  # only the last step, the swap, fails
            swapped.append(Path(src))
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(UserError) as refused:
        service.restore(backup.path)
    monkeypatch.undo()

    assert swapped and swapped[0].name == "agencydesk.sqlite3.restoring"
    assert refused.value.code == "restore_failed" and "Permission denied" in str(refused.value)
    assert "was not changed" in str(refused.value)
    assert database.path.read_bytes() == before
    assert sorted(p.name for p in database.path.parent.iterdir() if p.is_file()) == [
        "agencydesk.sqlite3"
    ]


def test_a_restore_while_another_program_has_the_file_open_is_refused(
    database: Database,
) -> None:
    add_org(database, "Antes")
    service = service_of(database)
    backup = service.take()
    add_org(database, "Abierta en otra ventana")

    # "close" does not close the engine: as if another program held the file open.
    with pytest.raises(UserError) as refused:
        service.restore(backup.path, lambda: None)

    assert refused.value.code == "db_locked"
    assert org_names(database.path) == ["Abierta en otra ventana", "Antes"]
    assert not Path(str(database.path) + ".restoring").exists()
    add_org(database, "Sigue funcionando")
