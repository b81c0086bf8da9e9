"""Logging to a rotating file in the platform's log folder (no Qt: the CLI uses it too)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def configure(log_file: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to ``log_file`` (1 MB x 5). Returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_agencydesk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        # A read-only profile must not stop the program; errors then go to stderr.
        handler = logging.StreamHandler()
        log_file = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._agencydesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_file
