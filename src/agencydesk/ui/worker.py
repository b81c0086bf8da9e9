"""Long work off the GUI thread: one database worker, a delayed progress dialog.

Every job that touches the database (an import, an undo, a load that feeds one) runs on the
window's single ``DbWorker`` thread, one after another, so two writes never race for SQLite's
lock. A job is ``job(progress, cancel)``: it reports ``(done, total, label)`` through
``progress`` (which only stores the latest figures: no signal per row) and checks ``cancel``
between batches. The GUI polls those figures on a timer, shows a dialog only when the job has
taken more than half a second, and receives the outcome through a signal of a ``Task`` living
on the GUI thread. Workers never touch widgets.
"""

from __future__ import annotations

import gc
import logging
import queue
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import Cancelled, CancelToken, ProgressSink

log = logging.getLogger(__name__)

Job = Callable[[ProgressSink, CancelToken], Any]

SHOW_AFTER_MS = 500
"""A job that ends sooner never shows a dialog (no flicker for quick work)."""
POLL_MS = 100


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run a job without Python's cyclic garbage collector, then freeze what it left.

    A large import allocates millions of objects; the collector's full passes over them hold
    the GIL for 100-350 ms each, and the GUI thread waits that long (measured: a 20,000-row
    import stalled the event loop up to 357 ms; with the collector paused, never over 50 ms).
    At the end, ``gc.freeze`` moves every object alive into the permanent generation in
    constant time, so that no later collection walks the job's results (a preview of 50,000
    rows) on the GUI thread either. Objects are still freed by reference counting; only
    reference cycles made by the job wait until ``release_frozen`` (when the wizard closes).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def release_frozen() -> None:
    """Let the collector see again what jobs froze (call once their results are dropped)."""
    gc.unfreeze()


class Task(QObject):
    """One job's outcome, delivered on the GUI thread: exactly one of ``done`` (the job's
    return value), ``refused`` (a UserError), ``cancelled`` or a bug (logged and shown by the
    application's crash dialog through ``sys.excepthook``); then ``finished`` in every case."""

    done = Signal(object)
    refused = Signal(object)
    cancelled = Signal()
    finished = Signal()
    _outcome = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.token = CancelToken()
        self.started = time.monotonic()
        self.is_finished = False
        self._latest: tuple[int, int, str] = (0, 0, "")
        self._result: Any = None
        self._error: BaseException | None = None
        # Emitted from the worker thread, received here: Qt queues it to the GUI thread.
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- worker side (no Qt objects touched but the queued signal) ---------------------------

    def progress(self, done: int, total: int, label: str) -> None:
        self._latest = (done, total, label)  # one tuple assignment: atomic, read by the timer

    def execute(self) -> None:
        try:
            if self.token.cancelled:
                raise Cancelled
            with collector_paused():
                self._result = self.job(self.progress, self.token)
        except BaseException as exc:  # every outcome, even a PanicException, goes back
            self._error = exc
        self._outcome.emit()

    # --- GUI side ---------------------------------------------------------------------------

    @property
    def latest(self) -> tuple[int, int, str]:
        return self._latest

    def cancel(self) -> None:
        self.token.cancel()

    def _deliver(self) -> None:
        self.is_finished = True
        error, self._error = self._error, None
        try:
            if error is None:
                self.done.emit(self._result)
            elif isinstance(error, Cancelled):
                self.cancelled.emit()
            elif isinstance(error, UserError):
                self.refused.emit(error)
            else:
                log.error("a background job failed", exc_info=error)
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self._result = None
            self.finished.emit()


class _Runner(QThread):
    def __init__(self, jobs: queue.Queue[Task | None]) -> None:
        super().__init__()
        self._jobs = jobs
        self.setObjectName("agencydesk-db-worker")

    def run(self) -> None:
        while True:
            task = self._jobs.get()
            if task is None:
                return
            task.execute()


class DbWorker(QObject):
    """The window's one database thread: jobs run in the order they were submitted."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[Task | None] = queue.Queue()
        self._runner = _Runner(self._jobs)
        self._pending: list[Task] = []
        self._runner.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def submit(self, job: Job) -> Task:
        """Queue ``job``; its Task reports back on the GUI thread, then is deleted.

        The Task belongs to this worker, not to the widget that asked: a window closed while
        its job runs must not delete the object the worker thread is about to signal. Connect
        bound methods of widgets (Qt drops those connections when the widget goes)."""
        if not self._runner.isRunning():
            raise RuntimeError("the database worker was shut down")
        # No Qt parent: the worker's list keeps the Task until it has reported, then Qt
        # deletes it (deleteLater). A bound method, never a lambda holding this worker: the
        # connection lives in the Task, which must not be the last owner of anything.
        task = Task(job, self)
        self._pending.append(task)
        task.finished.connect(self._forget)
        self._jobs.put(task)
        return task

    def _forget(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            if task in self._pending:
                self._pending.remove(task)
            task.deleteLater()
        if not self._pending:
            self.idle.emit()

    def is_idle(self) -> bool:
        return not self._pending

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel what is queued or running, and wait for the thread to end (at close)."""
        if not self._runner.isRunning():
            return
        for task in list(self._pending):
            task.cancel()
        self._jobs.put(None)
        if not self._runner.wait(timeout_ms):
            log.error("the database worker did not stop within %d ms", timeout_ms)


def find_worker(widget: QWidget) -> DbWorker:
    """The DbWorker of ``widget``'s window: the nearest ancestor holding one as ``db_worker``
    (the main window does), else one made for the top-level window and kept as its child."""
    current: QObject | None = widget
    top: QObject = widget
    while current is not None:
        worker = getattr(current, "db_worker", None)
        if isinstance(worker, DbWorker):
            return worker
        top = current
        current = current.parent()
    found = top.findChild(DbWorker, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, DbWorker):
        return found
    worker = DbWorker(top)
    if isinstance(top, QWidget):
        top.destroyed.connect(worker.shutdown)
    return worker


class JobProgressDialog(QDialog):
    """A title, a bar and Cancel. Not a QProgressDialog: a modal one runs the event loop
    inside ``setValue``, so the job's outcome could close it in the middle of an update."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget, title: str, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until a total is known
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        self.cancellable = cancellable
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)

    def _cancel(self) -> None:
        if self.cancellable and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()

    def reject(self) -> None:
        # Escape or the window's close button: cancel the job; the dialog stays until it ends.
        self._cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self._cancel()


class ProgressWatcher(QObject):
    """Shows a progress dialog for ``task`` after SHOW_AFTER_MS and refreshes it on a timer."""

    def __init__(self, parent: QWidget, title: str, task: Task, *, cancellable: bool) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._task = task
        self._cancellable = cancellable
        self.dialog: JobProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show)
        task.finished.connect(self._close)
        self._show_timer.start()

    def _show(self) -> None:
        if self._task.is_finished:
            return
        dialog = JobProgressDialog(self._parent, self._title, cancellable=self._cancellable)
        dialog.cancel_requested.connect(self._task.cancel)
        self.dialog = dialog
        self._tick()
        dialog.show()
        self._timer.start()

    def _tick(self) -> None:
        dialog = self.dialog
        if dialog is None or self._task.token.cancelled:
            return
        done, total, _label = self._task.latest
        if total > 0:
            dialog.bar.setRange(0, total)
            dialog.bar.setValue(min(done, total))
            dialog.label.setText(
                self._title
                + "\n"
                + self.tr("%1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            )

    def _close(self) -> None:
        self._show_timer.stop()
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        # The watcher itself stays, idle, until its widget goes: deleting it here (from a
        # slot of the Task's signal, with the Task itself about to be deleted) crashed PySide
        # when the widget was then destroyed directly.


def run_with_progress(
    parent: QWidget,
    title: str,
    job: Job,
    *,
    cancellable: bool = True,
    worker: DbWorker | None = None,
) -> Task:
    """Run ``job(progress, cancel)`` on the database worker of ``parent``'s window (or on
    ``worker``); a progress dialog titled ``title`` appears if it takes more than half a
    second, with Cancel when ``cancellable``. Connect to the returned Task's signals."""
    worker = worker or find_worker(parent)
    task = worker.submit(job)
    ProgressWatcher(parent, title, task, cancellable=cancellable)
    return task
