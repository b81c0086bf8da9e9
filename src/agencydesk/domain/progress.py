"""Progress reporting and cancellation for long services (import, export, PDF, backup)."""

from __future__ import annotations

import threading
from typing import Protocol


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, label: str) -> None: ...


def no_progress(done: int, total: int, label: str) -> None:
    """A sink for callers that do not show progress (the CLI, tests)."""


class Cancelled(Exception):
    """Raised by a service when its cancel token was set; the transaction is rolled back."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled
