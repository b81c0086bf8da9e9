"""Disk full, read-only media, a locked file, a failing disk: a sentence that says what
happened and what to do; nothing written half; what was saved before stays intact.

A full disk is made two ways: ``PRAGMA max_page_count`` (SQLite's own ceiling, everywhere) and
a small tmpfs (the real ENOSPC; needs ``mount``, so root on Linux: skipped elsewhere).
Read-only files are made with ``chattr +i`` when running as root (root writes through mode
bits) and ``chmod`` otherwise.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from agencydesk.data import engine as engine_module
from agencydesk.data.engine import make_engine, sqlite_url
from agencydesk.data.uow import UnitOfWork, translate_operational_error
from agencydesk.domain.errors import UserError, english_message
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.importing.service import ImportService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importing"
SHEET_ROWS = 3000


def _make_fixtures():
    name = "make_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _make_fixtures()
pytestmark = pytest.mark.sqlite_only  # about the SQLite file and its disk


# --- helpers --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("disk-sheet") / "padron_3000.xlsx"
    fx.write_large_padron(path, SHEET_ROWS)
    return path


def snapshot(path: Path) -> dict:
    """What the file holds, read by another program (a plain sqlite3 connection)."""
    with closing(sqlite3.connect(path)) as con:
        fts = []
        for index in ("organizations_fts", "people_fts"):
            con.execute(f"INSERT INTO {index}({index}) VALUES('integrity-check')")  # raises
            fts.append(index)
        return {
            "integrity": con.execute("PRAGMA integrity_check").fetchall(),
            "organizations": sorted(r[0] for r in con.execute("SELECT name FROM organizations")),
            "batches": con.execute("SELECT count(*) FROM import_batches").fetchone()[0],
            "audit": con.execute("SELECT count(*) FROM audit_entries").fetchone()[0],
            "triggers": sorted(
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            ),
        }


def import_padron(database: Database, path: Path = FIXTURES / "padron_actores.xlsx"):
    return ImportService(database.uow, lambda: "tester").import_file(path, ImportKind.ORGANIZATIONS)


@contextlib.contextmanager
def page_ceiling(database: Database, extra_pages: int) -> Iterator[None]:
    """Let the file grow by at most ``extra_pages`` pages, on every connection of the engine."""
    engine = database.uow.engine
    with closing(sqlite3.connect(database.path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    def ceiling(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    event.listen(engine, "connect", ceiling)
    engine.dispose()  # pooled connections were made without it
    try:
        yield
    finally:
        event.remove(engine, "connect", ceiling)
        engine.dispose()


def save_until_full(actors: ActorsService, note_size: int = 3000) -> tuple[int, UserError]:
    for number in range(1, 10_000):
        try:
            actors.create_organization(
                OrganizationDraft(name=f"Asociación {number}", notes="n" * note_size)
            )
        except UserError as exc:
            return number - 1, exc
    raise AssertionError("the ceiling was never reached")


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``mount(size)``: a fresh tmpfs of that size (e.g. "1200k"), unmounted after the test."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        if sys.platform != "linux" or os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root on Linux")
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)):
            pytest.skip("mount -t tmpfs is not permitted here")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        if not _run("umount", str(point)):
            _run("umount", "-l", str(point))


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only even for root; undone after the test."""
    made: list[tuple[Path, int]] = []

    def read_only(path: Path) -> None:
        if os.geteuid() == 0:
            if not _run("chattr", "+i", str(path)):
                pytest.skip("chattr +i is not available on this file system")
            made.append((path, -1))
        else:
            made.append((path, path.stat().st_mode))
            path.chmod(0o555 if path.is_dir() else 0o444)

    yield read_only
    for path, mode in reversed(made):
        if mode == -1:
            _run("chattr", "-i", str(path))
        else:
            path.chmod(mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- disk full: SQLite's page ceiling -------------------------------------------------------


def test_an_import_that_fills_the_disk_writes_nothing(database: Database, sheet: Path) -> None:
    import_padron(database)
    before = snapshot(database.path)

    with page_ceiling(database, extra_pages=40), pytest.raises(UserError) as full:
        import_padron(database, sheet)

    assert full.value.code == "disk_full"
    assert "disk is full" in english_message(full.value)
    assert snapshot(database.path) == before  # no organization, no batch row, index intact
    _, _, result = import_padron(database, sheet)  # room again: the same import goes in whole
    assert result.created == SHEET_ROWS


def test_a_form_save_on_a_full_disk_keeps_every_earlier_save(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    before = snapshot(database.path)

    with page_ceiling(database, extra_pages=25):
        saved, full = save_until_full(actors)

    assert full.code == "disk_full"
    assert saved > 0
    after = snapshot(database.path)
    assert after["integrity"] == [("ok",)]
    assert after["organizations"] == sorted(f"Asociación {n}" for n in range(1, saved + 1))
    assert after["audit"] == before["audit"] + saved  # each saved with its audit entry, no more
    actors.create_organization(OrganizationDraft(name="Después"))  # room again: saves work


# --- disk full: a real small disk -----------------------------------------------------------


def test_a_real_full_disk_during_an_import_and_a_save(
    template_database: Path, sheet: Path, small_disk
) -> None:
    disk = small_disk("1400k")
    path = disk / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    try:
        import_padron(database)
        before = snapshot(path)
        with pytest.raises(UserError) as full:
            import_padron(database, sheet)
        assert full.value.code == "disk_full"
        assert snapshot(path) == before

        actors = ActorsService(database.uow, lambda: "tester")
        saved, full_again = save_until_full(actors, note_size=20_000)
        assert full_again.code == "disk_full"
        after = snapshot(path)
        assert after["integrity"] == [("ok",)]
        assert len(after["organizations"]) == len(before["organizations"]) + saved
    finally:
        database.close()  # the checkpoint may not fit: the log stays, nothing is lost
    reopened = open_database(path, None)
    try:
        assert reopened.counts().organizations == len(after["organizations"])
    finally:
        reopened.close()


def test_a_new_database_on_a_full_disk_is_said_as_such(small_disk) -> None:
    disk = small_disk("64k")
    with pytest.raises(UserError) as full:
        open_database(disk / "agencydesk.sqlite3", None)
    assert full.value.code == "disk_full"


# --- read-only media ------------------------------------------------------------------------


def test_a_read_only_database_file_is_refused_at_open_untouched(
    template_database: Path, tmp_path: Path, make_read_only
) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    before = digest(path)
    make_read_only(path)

    with pytest.raises(UserError) as refused:
        open_database(path, None)

    assert refused.value.code == "db_read_only"
    sentence = english_message(refused.value)
    assert str(path) in sentence and "copy it to your Documents folder" in sentence
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no -wal, -shm, .lock


def test_a_database_in_a_read_only_folder_is_refused_at_open(
    template_database: Path, tmp_path: Path, make_read_only
) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    make_read_only(folder)

    with pytest.raises(UserError) as refused:
        open_database(path, None)

    assert refused.value.code == "db_folder_read_only"
    assert str(folder) in english_message(refused.value)


def test_a_database_on_read_only_media_is_refused_at_open(
    template_database: Path, small_disk
) -> None:
    disk = small_disk("4m")
    path = disk / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    if not _run("mount", "-o", "remount,ro", str(disk)):
        pytest.skip("remounting read-only is not permitted here")
    with pytest.raises(UserError) as refused:
        open_database(path, None)
    assert refused.value.code == "db_read_only"


def test_a_write_to_a_read_only_file_is_a_sentence_not_a_bug(
    template_database: Path, tmp_path: Path, make_read_only
) -> None:
    """Past the check at open (a file made read-only by another program, media switched to
    read-only): SQLite's "attempt to write a readonly database" at the save."""
    path = tmp_path / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    make_read_only(path)
    uow = UnitOfWork(make_engine(sqlite_url(path)))  # opened as open_database would, unchecked
    try:
        actors = ActorsService(uow, lambda: "tester")
        with pytest.raises(UserError) as refused:
            actors.create_organization(OrganizationDraft(name="Nueva"))
        assert refused.value.code == "db_read_only"
        assert refused.value.params["path"] == str(path)
    finally:
        uow.dispose()


# --- locked by another program --------------------------------------------------------------


def test_a_database_locked_by_another_program_is_busy_after_the_wait(
    template_database: Path, tmp_path: Path, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    try:
        import_padron(database)
        before = snapshot(path)
        actors = ActorsService(database.uow, lambda: "tester")
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
            with pytest.raises(UserError) as busy:
                actors.create_organization(OrganizationDraft(name="Nueva"))
            with pytest.raises(UserError) as busy_import:
                import_padron(database, sheet)
            assert database.counts().organizations == len(before["organizations"])  # reads go on
            other.execute("ROLLBACK")
        assert busy.value.code == busy_import.value.code == "db_locked"
        assert "busy" in english_message(busy.value)
        assert snapshot(path) == before
        actors.create_organization(OrganizationDraft(name="Nueva"))  # free again: it saves
    finally:
        database.close()


@pytest.mark.slow  # the command waits out the busy timeout (5 s) more than once
def test_a_command_meeting_a_write_in_progress_stops_with_one_line(
    template_database: Path, tmp_path: Path
) -> None:
    """The README's rule for the commands next to a window that is saving."""
    path = tmp_path / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    command = [sys.executable, "-m", "agencydesk", "--db", str(path), "import"]
    command += [str(FIXTURES / "padron_actores.xlsx"), "--as", "organizations"]
    env = {"AGENCYDESK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    with closing(sqlite3.connect(path, isolation_level=None)) as window:
        window.execute("BEGIN IMMEDIATE")  # a save in progress (the write lock held)
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
        window.execute("ROLLBACK")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "agencydesk: The database is busy in another window or program. Close it and try again."
    ]
    assert snapshot(path)["organizations"] == []


# --- how SQLite's errors are said ------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "errorcode", "code"),
    [
        ("database or disk is full", 13, "disk_full"),
        ("attempt to write a readonly database", 8, "db_read_only"),
        ("attempt to write a readonly database", 1032, "db_read_only"),  # READONLY_DBMOVED
        ("disk I/O error", 10, "db_io_error"),
        ("disk I/O error", 4874, "db_io_error"),  # IOERR_SHMSIZE
        ("database is locked", 5, "db_locked"),
        ("database table is locked", 6, "db_locked"),
    ],
)
def test_sqlite_errors_a_user_can_act_on(message: str, errorcode: int, code: str) -> None:
    original = sqlite3.OperationalError(message)
    original.sqlite_errorcode = errorcode  # type: ignore[attr-defined]
    translated = translate_operational_error(
        OperationalError("COMMIT", {}, original), "/media/usb/agencydesk.sqlite3"
    )
    assert isinstance(translated, UserError)
    assert translated.code == code
    if "path" in translated.params:
        assert "/media/usb/agencydesk.sqlite3" in english_message(translated)


# --- a clean close checkpoints the write-ahead log ------------------------------------------


def test_close_empties_the_write_ahead_log_even_with_another_reader(
    template_database: Path, tmp_path: Path
) -> None:
    """SQLite deletes the log when the last connection closes; with another program still
    reading the file it would stay, holding the recent changes: the explicit checkpoint
    copies them into the file and empties it."""
    path = tmp_path / "agencydesk.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    import_padron(database)
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    with closing(sqlite3.connect(path)) as reader:
        reader.execute("SELECT count(*) FROM organizations").fetchone()
        database.close()
        assert wal.stat().st_size == 0
        with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as file_only:
            # The main file alone holds the import: no log needed to read it.
            count = file_only.execute("SELECT count(*) FROM organizations").fetchone()[0]
        assert count == fx.PADRON_CREATED
    assert not wal.exists()


def test_close_leaves_the_file_alone_complete(database: Database) -> None:
    import_padron(database)
    path = database.path
    database.close()
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    assert beside == [path.name]  # no -wal, no -shm: the file alone is the database
