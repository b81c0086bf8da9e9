"""The database worker: jobs off the GUI thread, one at a time, a progress dialog only for long
ones, outcomes back on the GUI thread, Cancel, and a GUI that keeps ticking meanwhile."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QThread, QTimer
from PySide6.QtWidgets import QWidget

from agencydesk.domain.errors import UserError
from agencydesk.ui.worker import JobProgressDialog, find_worker, run_with_progress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


class GapMeter:
    """Records the longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.max_gap = 0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


def test_a_quick_job_returns_its_result_on_the_gui_thread_without_a_dialog(qtbot, worker, parent):
    seen: dict[str, object] = {}

    def job(progress, cancel):
        seen["thread"] = QThread.currentThread()
        progress(1, 1, "")
        return 42

    task = run_with_progress(parent, "Quick", job, worker=worker)
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["thread"] is not QThread.currentThread()
    assert parent.findChild(JobProgressDialog) is None
    qtbot.waitUntil(worker.is_idle)


def test_jobs_run_one_after_another_in_order(qtbot, worker, parent):
    log: list[str] = []
    lock = threading.Lock()

    def job_named(name):
        def job(progress, cancel):
            with lock:
                log.append(f"{name} start")
            time.sleep(0.05)
            with lock:
                log.append(f"{name} end")
            return name

        return job

    tasks = [run_with_progress(parent, n, job_named(n), worker=worker) for n in "abc"]
    with qtbot.waitSignal(tasks[-1].done, timeout=5000):
        pass
    assert log == ["a start", "a end", "b start", "b end", "c start", "c end"]


def test_a_user_error_comes_back_as_refused(qtbot, worker, parent):
    def job(progress, cancel):
        raise UserError("db_locked")

    task = run_with_progress(parent, "Refused", job, worker=worker)
    with qtbot.waitSignal(task.refused, timeout=5000) as blocker:
        pass
    assert blocker.args[0].code == "db_locked"


def test_a_bug_goes_to_the_crash_path_and_still_finishes(qtbot, worker, parent, monkeypatch):
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: caught.append(e))

    def job(progress, cancel):
        raise ZeroDivisionError("bug")

    task = run_with_progress(parent, "Bug", job, worker=worker)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(caught) == 1 and isinstance(caught[0], ZeroDivisionError)


def test_a_long_job_shows_progress_late_keeps_the_gui_ticking_and_cancels(qtbot, worker, parent):
    steps = 4000  # ~1 ms each: ~4 s if never cancelled

    def job(progress, cancel):
        for i in range(steps):
            progress(i, steps, "rows")
            cancel.check()
            # Busy Python work holding the GIL between short sleeps, as a real import does.
            sum(range(2000))
            time.sleep(0.001)
        return "finished"

    meter = GapMeter()
    meter.start()
    clock = QElapsedTimer()
    clock.start()
    task = run_with_progress(parent, "Long", job, worker=worker)
    qtbot.waitUntil(lambda: parent.findChild(JobProgressDialog) is not None, timeout=3000)
    shown_after = clock.elapsed()
    dialog = parent.findChild(JobProgressDialog)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=3000)
    assert dialog.bar.maximum() == steps
    qtbot.wait(300)
    cancel_button = dialog.cancel_button
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    meter.stop()
    print(f"\nlongest GUI stall during the job: {meter.max_gap} ms over {meter.ticks} ticks")
    assert shown_after >= 450
    assert meter.max_gap < 100
    qtbot.waitUntil(lambda: parent.findChild(JobProgressDialog) is None, timeout=3000)
    qtbot.waitUntil(worker.is_idle)


def test_the_window_worker_is_found_or_made_once(qtbot, parent):
    child = QWidget(parent)
    first = find_worker(child)
    assert find_worker(parent) is first
    first.shutdown()
    assert not first.is_running()
