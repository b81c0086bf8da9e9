"""One writer per database: the lock file, who holds it, and stale locks cleared.

The other holder is a real process (``HOLDER`` below) that takes the lock and waits; killing it
with SIGKILL leaves its lock file behind, as a crash or a power cut would.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agencydesk.domain.errors import UserError, english_message
from agencydesk.services import instance
from agencydesk.services.instance import DatabaseInUse, LockedDatabase

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importing"
pytestmark = pytest.mark.sqlite_only  # the lock file of a database file
HOLDER = """
import sys
from pathlib import Path
from agencydesk.services import instance
lock = instance.acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.fixture
def db_file(template_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "agencydesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def other_process() -> Iterator[list[subprocess.Popen]]:
    """Holders started by a test; ended (and reaped) after it, whatever happened."""
    started: list[subprocess.Popen] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def hold_in_other_process(path: Path, started: list[subprocess.Popen]) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    started.append(process)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def write_lock_file(path: Path, *, pid: int, host: str, age_s: float = 0.0) -> Path:
    """A lock file as a holder writes it, without any process holding its OS lock."""
    started = datetime.now(UTC) - timedelta(seconds=age_s + 60)
    lock = instance.lock_path(path)
    record = {"program": "AgencyDesk", "pid": pid, "host": host, "user": "ana"}
    lock.write_text(json.dumps({**record, "started": started.isoformat()}))
    seen = time.time() - age_s
    os.utime(lock, (seen, seen))
    return lock


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid  # reaped: no process has this id now (reuse within the test is remote)


# --- holding and releasing -----------------------------------------------------------------


def test_the_lock_file_says_who_holds_the_database_and_goes_at_release(db_file: Path) -> None:
    lock = instance.acquire(db_file)
    try:
        record = json.loads(instance.lock_path(db_file).read_text())
        assert record["pid"] == os.getpid()
        assert record["host"] == instance.this_host()
        assert record["program"] == "AgencyDesk"
        started = datetime.fromisoformat(record["started"])
        assert abs((datetime.now(UTC) - started).total_seconds()) < 60
        assert instance.held_here(db_file) is lock
        assert instance.holder(db_file) is None  # held by this process: nobody else
    finally:
        lock.release()
    assert not instance.lock_path(db_file).exists()
    assert instance.held_here(db_file) is None


def test_opening_twice_in_one_process_shares_the_lock(db_file: Path) -> None:
    first = instance.acquire(db_file)
    second = instance.acquire(db_file.parent / ".." / db_file.parent.name / db_file.name)
    assert second is first and first.count == 2
    first.release()
    assert instance.lock_path(db_file).exists()  # the second opening still holds it
    second.release()
    assert not instance.lock_path(db_file).exists()
    second.release()  # once too often: harmless


def test_open_locked_holds_until_close(db_file: Path) -> None:
    database = instance.open_locked(db_file, None)
    assert isinstance(database, LockedDatabase)
    assert database.counts().organizations == 0
    assert instance.lock_path(db_file).exists()
    database.close()
    assert not instance.lock_path(db_file).exists()
    database.close()  # twice: harmless


def test_a_refused_database_leaves_no_lock(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    notes = tmp_path / "notes" / "notes.sqlite3"
    notes.write_text("not a database, just notes\n" * 50)
    with pytest.raises(UserError) as refused:
        instance.open_locked(notes, None)
    assert refused.value.code == "db_not_agencydesk"
    assert sorted(p.name for p in notes.parent.iterdir()) == ["notes.sqlite3"]


def test_a_server_url_takes_no_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(instance, "open_database", lambda where, _b: opened.append(where))
    instance.open_locked("postgresql://ana@server/agencydesk", None)
    assert opened == ["postgresql://ana@server/agencydesk"]


def test_the_heartbeat_touches_the_lock_file(db_file: Path) -> None:
    lock = instance.acquire(db_file)
    try:
        old = time.time() - 3600
        os.utime(lock.path, (old, old))
        lock.refresh()
        assert time.time() - lock.path.stat().st_mtime < 60
    finally:
        lock.release()


# --- another holder -------------------------------------------------------------------------


def test_a_database_held_by_another_process_is_refused_with_who_and_since(
    db_file: Path, other_process: list[subprocess.Popen]
) -> None:
    holder_process = hold_in_other_process(db_file, other_process)
    before = db_file.read_bytes()

    with pytest.raises(DatabaseInUse) as refused:
        instance.open_locked(db_file, None)

    error = refused.value
    assert error.code == "db_open_here"
    assert error.holder.pid == holder_process.pid
    sentence = english_message(error)
    assert str(db_file) in sentence and str(holder_process.pid) in sentence
    assert datetime.now().strftime("%Y-%m-%d") in sentence  # since when, local time
    assert db_file.read_bytes() == before  # nothing opened, nothing migrated, nothing written
    found = instance.holder(db_file)
    assert found is not None and found.pid == holder_process.pid

    holder_process.communicate("")  # it closes: the database is free again
    assert instance.holder(db_file) is None
    instance.open_locked(db_file, None).close()


def test_a_lock_left_by_a_killed_process_is_cleared(
    db_file: Path, other_process: list[subprocess.Popen], caplog: pytest.LogCaptureFixture
) -> None:
    holder_process = hold_in_other_process(db_file, other_process)
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait(timeout=30)
    left = json.loads(instance.lock_path(db_file).read_text())
    assert left["pid"] == holder_process.pid  # the crash left its lock file behind

    assert instance.holder(db_file) is None  # stale: nobody holds it
    with caplog.at_level(logging.WARNING, logger="agencydesk.services.instance"):
        database = instance.open_locked(db_file, None)
    try:
        assert any("stale lock" in r.getMessage() for r in caplog.records)
        assert json.loads(instance.lock_path(db_file).read_text())["pid"] == os.getpid()
    finally:
        database.close()


def test_a_lock_file_of_a_dead_process_here_is_stale(db_file: Path) -> None:
    write_lock_file(db_file, pid=dead_pid(), host=instance.this_host())
    assert instance.holder(db_file) is None
    instance.open_locked(db_file, None).close()


def test_a_lock_file_without_an_os_lock_is_judged_by_its_process(
    db_file: Path, monkeypatch: pytest.MonkeyPatch, other_process: list[subprocess.Popen]
) -> None:
    """On a file system without locks, a living process id on this host still holds."""
    monkeypatch.setattr(instance, "_try_os_lock", lambda _fd: None)
    sleeper = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE, text=True
    )
    other_process.append(sleeper)
    write_lock_file(db_file, pid=sleeper.pid, host=instance.this_host())
    with pytest.raises(DatabaseInUse):
        instance.acquire(db_file)
    write_lock_file(db_file, pid=dead_pid(), host=instance.this_host())
    instance.acquire(db_file).release()


def test_another_computer_holds_until_its_heartbeat_stops(db_file: Path) -> None:
    write_lock_file(db_file, pid=4242, host="oficina-pc2", age_s=90)
    with pytest.raises(DatabaseInUse) as refused:
        instance.acquire(db_file)
    assert refused.value.code == "db_open_elsewhere"
    sentence = english_message(refused.value)
    assert "oficina-pc2" in sentence and "10 minutes" in sentence
    assert instance.holder(db_file) is not None

    # Switched off with AgencyDesk open: no heartbeat for longer than STALE_AFTER_S.
    write_lock_file(db_file, pid=4242, host="oficina-pc2", age_s=instance.STALE_AFTER_S + 60)
    assert instance.holder(db_file) is None
    instance.acquire(db_file).release()


def test_a_damaged_lock_file_is_stale(db_file: Path) -> None:
    instance.lock_path(db_file).write_bytes(b"\x00\x17garbage")
    instance.acquire(db_file).release()
    assert not instance.lock_path(db_file).exists()


# --- the headless commands ------------------------------------------------------------------


def test_headless_commands_run_while_a_window_holds_the_database(
    demo_template: Path, tmp_path: Path
) -> None:
    """The README's rule: commands take no lock; SQLite serialises their writes with the
    window's (a write waits for the window's current one, up to the busy timeout)."""
    path = tmp_path / "held.sqlite3"
    shutil.copyfile(demo_template, path)
    window = instance.open_locked(path, None)  # as the program's window holds it
    try:
        before = window.counts().organizations
        env = {"AGENCYDESK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
        command = [sys.executable, "-m", "agencydesk", "--db", str(path)]
        out = tmp_path / "organizations.csv"
        sheet = FIXTURES / "padron_actores_utf8_coma.csv"
        for args in (
            ["export", "organizations", "--out", str(out)],
            ["import", str(sheet), "--as", "organizations"],
        ):
            done = subprocess.run(
                [*command, *args], capture_output=True, text=True, timeout=120, env=env
            )
            assert done.returncode in (0, 3), done.stderr  # 3: some rows rejected
        assert out.read_text(encoding="utf-8-sig").count("\n") == before + 1
        assert window.counts().organizations > before  # the window sees the import
        assert instance.lock_path(path).exists()  # and still holds the database
    finally:
        window.close()
    assert not instance.lock_path(path).exists()
