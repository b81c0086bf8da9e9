"""A second launch on the same database brings the first window forward and exits 0; when the
holder cannot be reached, a sentence says where the database is open; never a second writer.

The second launch is a real ``python -m agencydesk --db PATH`` process; this test process is
the first instance (its window, its local server), or a helper process is.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from agencydesk import paths
from agencydesk.app import AppController
from agencydesk.services import instance
from agencydesk.services.database import Database
from agencydesk.services.instance import DatabaseInUse
from agencydesk.services.settings import SettingsStore
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.single_instance import SingleInstance, server_name

PNG_DIR = Path("/tmp/ds7")
# The offscreen platform cannot raise a window; the window's state still shows it came forward.
no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")

# A process holding the lock without any window or server: "not answering".
HOLDER = """
import sys
from pathlib import Path
from agencydesk.services import instance
lock = instance.acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
lock.release()
"""

# Another AgencyDesk with a window that answers; says "activated" when asked to come forward
# and ends when its standard input closes.
SERVING = """
import sys
from pathlib import Path
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QMainWindow
from agencydesk.ui.single_instance import SingleInstance
app = QApplication([])
guard = SingleInstance.of(app)
database = guard.open_database(Path(sys.argv[1]), None)
window = QMainWindow()
window.show()
guard.activated.connect(lambda: print("activated", flush=True))
stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
stdin.activated.connect(app.quit)
print("serving", flush=True)
app.exec()
database.close()
"""

# A server left by a crash: listening, then killed before it could remove its socket.
STALE_SERVER = """
import sys, os, signal
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
server = QLocalServer()
assert server.listen(sys.argv[1])
print(server.fullServerName(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def env_for(home: Path) -> dict[str, str]:
    env = {
        "AGENCYDESK_HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if "TMPDIR" in os.environ:  # where Qt puts the local sockets: the same for both
        env["TMPDIR"] = os.environ["TMPDIR"]
    return env


@pytest.fixture
def db_file(template_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "agencydesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def helpers() -> Iterator[list[subprocess.Popen]]:
    started: list[subprocess.Popen] = []
    yield started
    for process in started:
        if process.stdin is not None:
            process.stdin.close()  # a clean end: it releases its lock
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def start_helper(script: str, arg: str, started: list, tmp_path: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", script, arg],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env_for(tmp_path / "helper-home"),
    )
    started.append(process)
    return process


@pytest.fixture
def first_window(qapp, qtbot, db_file: Path) -> Iterator[tuple[SingleInstance, QMainWindow]]:
    """This process as the first AgencyDesk: the database held and served, a window shown."""
    guard = SingleInstance.of(qapp)
    database = guard.open_database(db_file, None)
    window = QMainWindow()
    window.setWindowTitle("first")
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    yield guard, window
    database.close()
    assert instance.held_here(db_file) is None
    # A clean close: the log checkpointed into the file, the lock file gone.
    assert sorted(p.name for p in db_file.parent.iterdir()) == [db_file.name]


def launch_second(db_file: Path, tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agencydesk", "--db", str(db_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(tmp_path / "second-home"),
    )


def finish(process: subprocess.Popen, qtbot) -> tuple[int, str]:
    """Wait for ``process`` while this process's event loop answers it."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    _out, err = process.communicate()
    return process.returncode, err


@no_raise_on_offscreen
def test_a_second_launch_brings_the_first_window_forward_and_exits_0(
    qtbot, first_window, db_file: Path, tmp_path: Path
) -> None:
    guard, window = first_window
    with qtbot.waitSignal(guard.activated, timeout=60_000):
        second = launch_second(db_file, tmp_path)
        code, err = finish(second, qtbot)
    assert code == 0, err
    assert not window.isMinimized()  # brought back from the task bar
    assert instance.held_here(db_file) is not None  # still ours, and only ours


@no_raise_on_offscreen
def test_an_exchange_file_double_clicked_while_open_goes_to_the_first_window(
    qtbot, first_window, db_file: Path, tmp_path: Path
) -> None:
    # What the .desktop file and the Windows association run: agencydesk FILE.agencydesk.
    guard, _window = first_window
    exchange = tmp_path / "de la oficina de Ucayali.agencydesk"
    exchange.write_bytes(b"PK")
    second = subprocess.Popen(
        [sys.executable, "-m", "agencydesk", "--db", str(db_file), str(exchange)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(tmp_path / "second-home"),
    )
    with qtbot.waitSignal(guard.exchange_file_received, timeout=60_000) as received:
        code, err = finish(second, qtbot)
    assert code == 0, err
    assert received.args == [exchange.resolve()]


@no_raise_on_offscreen
def test_a_socket_left_by_a_crash_does_not_stop_the_next_run(
    qapp, qtbot, db_file: Path, tmp_path: Path, helpers: list
) -> None:
    name = server_name(db_file)
    crashed = start_helper(STALE_SERVER, name, helpers, tmp_path)
    socket_file = Path(crashed.stdout.readline().strip())
    crashed.wait(timeout=30)
    assert crashed.returncode == -signal.SIGKILL and socket_file.exists()

    guard = SingleInstance.of(qapp)
    database = guard.open_database(db_file, None)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(guard.activated, timeout=60_000):
            code, err = finish(launch_second(db_file, tmp_path), qtbot)
        assert code == 0, err
    finally:
        database.close()
    assert not socket_file.exists()  # the server went with the lock


def test_a_holder_that_does_not_answer_is_named_and_nothing_opens(
    qapp, db_file: Path, tmp_path: Path, helpers: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk import app as app_module

    holder = start_helper(HOLDER, str(db_file), helpers, tmp_path)
    assert holder.stdout.readline().strip() == "held"
    before = db_file.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(type(qapp), "exec", lambda _app: pytest.fail("a window opened"))

    app_paths = paths.resolve(db_file)
    app_paths.config_dir.mkdir(parents=True, exist_ok=True)
    app_paths.settings_file.write_text('{"language": "en"}', encoding="utf-8")  # the words below
    code = app_module.run(app_paths, demo=False, db_given=True)

    assert code == 1
    assert len(said) == 1
    assert str(db_file) in said[0] and str(holder.pid) in said[0]
    assert "another AgencyDesk on this computer" in said[0]
    assert db_file.read_bytes() == before
    assert instance.held_here(db_file) is None


def test_opening_a_database_another_window_has_brings_that_window_forward(
    qapp, qtbot, database: Database, db_file: Path, tmp_path: Path, helpers: list, monkeypatch
) -> None:
    """File ▸ Open on a database open in another AgencyDesk here: that one comes forward, this
    window stays on its own database and says why."""
    serving = start_helper(SERVING, str(db_file), helpers, tmp_path)
    assert serving.stdout.readline().strip() == "serving"
    app_paths = paths.resolve()
    SettingsStore(app_paths.settings_file).update(language="en")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    hooks = sys.excepthook, threading.excepthook
    controller = AppController(qapp, app_paths, None)
    controller.start(database, show_welcome=False)
    sys.excepthook, threading.excepthook = hooks  # a bug fails the test, no crash dialog
    try:
        controller.open_database(db_file)
        assert serving.stdout.readline().strip() == "activated"
        assert said == [
            f"The database {db_file} is already open in another AgencyDesk window; that "
            "window was brought to the front."
        ]
        assert controller.database is database  # still on its own database
    finally:
        controller.close()
        controller.translations.clear()
        controller.crash.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_box_for_a_database_open_on_another_computer(
    qapp, qtbot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a user sees at start when another computer has the database (rendered to PNG)."""
    lock = instance.lock_path(db_file)
    started = datetime(2025, 6, 30, 9, 5, tzinfo=UTC)
    lock.write_text(
        json.dumps({"pid": 4242, "host": "OFICINA-PC2", "started": started.isoformat()})
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: said.append(text))

    assert SingleInstance.of(qapp).start_check(db_file, "en") == 1

    assert len(said) == 1
    text = said[0]
    since = started.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"open in AgencyDesk on the computer OFICINA-PC2 (since {since})" in text
    assert "10 minutes" in text
    assert lock.exists()  # another computer's lock, fresh: left alone

    box = QMessageBox(QMessageBox.Icon.Critical, "AgencyDesk", text)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    assert box.grab().save(str(PNG_DIR / "single_instance_open_elsewhere.png"))
    error = DatabaseInUse(db_file, instance.holder(db_file))
    assert user_error_text(error) == text
