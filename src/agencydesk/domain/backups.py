"""Backups as plain data: where a database's backups live, how they are named, and which to
keep (the thinning rule). No file is touched here; ``data/backup.py`` writes and reads them.

Every database file has its own folder under the backups folder, named after the file and a
short digest of its full path: two offices' ``agencydesk.sqlite3`` in different folders never
share (or thin) each other's backups. A backup's name says its database, when it was taken
and why: ``agencydesk-2025-05-01-091500-daily.sqlite3``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

SUFFIX = ".sqlite3"
MANUAL_PREFIX = "backup"
"""A "Back up now" file is ``<database>-backup-<date>-<time>.sqlite3``."""


class BackupReason(StrEnum):
    """Why a backup was taken (the end of its file name)."""

    DAILY = "daily"  # the first start of the day
    MANUAL = "manual"  # "Back up now" or the ``backup`` command
    BEFORE_UPGRADE = "before-upgrade"  # followed by the old schema revision: -0003
    BEFORE_RESTORE = "before-restore"
    BEFORE_UNDO = "before-undo"  # undoing an import
    BEFORE_DELETE = "before-delete"  # removing several records at once


# The record counts a backup is described by, in the order the Restore list shows them.
COUNTED_TABLES = ("organizations", "people", "initiatives", "meetings", "agreements", "actions")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file. ``counts`` and ``revision`` are read from the file itself (None when
    not read yet); ``problem`` says why it could not be read."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    counts: dict[str, int] | None = field(default=None, compare=False)
    revision: str | None = None
    problem: str | None = None

    @property
    def kind(self) -> BackupReason | None:
        """The reason without its detail (``before-upgrade-0003`` is BEFORE_UPGRADE)."""
        for reason in BackupReason:
            if self.reason == reason.value or self.reason.startswith(reason.value + "-"):
                return reason
        return None


@dataclass(frozen=True, slots=True)
class StartCheck:
    """What the start-up check found: ``problem`` is None for a healthy (or absent) file.

    A damaged file was moved to ``moved_to``; ``backup`` is the newest backup that passed
    SQLite's integrity check, if any."""

    path: Path
    problem: str | None = None
    moved_to: Path | None = None
    backup: BackupInfo | None = None

    @property
    def damaged(self) -> bool:
        return self.problem is not None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    previous: BackupInfo | None  # the database as it was just before (None: nothing to keep)
    moved_to: Path | None = None  # a current file too damaged to back up, moved aside


# --- names and folders -----------------------------------------------------------------------


def folder_for(backups_dir: Path, db_file: Path) -> Path:
    """The folder of ``db_file``'s automatic backups."""
    digest = hashlib.sha256(str(db_file).encode("utf-8")).hexdigest()[:8]
    return backups_dir / f"{db_file.stem}-{digest}"


def backup_name(stem: str, taken_at: datetime, reason: str, serial: int = 0) -> str:
    """``serial`` tells apart two backups taken in the same second."""
    tail = f"-{serial}" if serial else ""
    return f"{stem}-{taken_at:%Y-%m-%d-%H%M%S}{tail}-{reason}{SUFFIX}"


def manual_name(stem: str, taken_at: datetime, serial: int = 0) -> str:
    tail = f"-{serial}" if serial else ""
    return f"{stem}-{MANUAL_PREFIX}-{taken_at:%Y-%m-%d-%H%M%S}{tail}{SUFFIX}"


_NAME = re.compile(
    r"^.+-(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?:-\d+)?-(?P<reason>[a-z][a-z0-9-]*)"
    + re.escape(SUFFIX)
    + "$"
)


def parse_name(name: str) -> tuple[datetime, str] | None:
    """When and why a backup named by ``backup_name`` was taken; None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(f"{match['day']} {match['time']}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None
    return taken_at, match["reason"]


_MANUAL = re.compile(
    r"^.+-"
    + re.escape(MANUAL_PREFIX)
    + r"-(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?:-\d+)?"
    + re.escape(SUFFIX)
    + "$"
)


def parse_manual_name(name: str) -> datetime | None:
    """When a "Back up now" file (``manual_name``) was written; None for any other name.
    Kept apart from ``parse_name``: those files are the user's, never listed for thinning."""
    match = _MANUAL.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(f"{match['day']} {match['time']}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None


# --- thinning ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Retention:
    """Keep the newest backup of each of the last ``days`` days, ``weeks`` weeks (ISO weeks,
    Monday first) and ``months`` months, counted back from today's, plus the ``recent`` newest
    whatever their date (so the safety copies taken minutes apart on a busy day all stay)."""

    recent: int = 5
    days: int = 7
    weeks: int = 4
    months: int = 12


DEFAULT_RETENTION = Retention()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def to_keep(
    times: Iterable[datetime], now: datetime, retention: Retention = DEFAULT_RETENTION
) -> set[datetime]:
    """The backup times to keep among ``times`` (the others may be deleted).

    A backup dated after ``now`` (the clock was set back) is always kept: nothing tells how
    old it really is."""
    ordered = sorted(set(times), reverse=True)
    keep = {t for t in ordered if t > now}
    past = [t for t in ordered if t <= now]
    keep.update(past[: max(retention.recent, 1)])  # always the newest
    today = now.date()
    this_monday = _monday(today)
    this_month = today.year * 12 + today.month

    def newest_of_each(key: Callable[[datetime], object], within: Callable[[datetime], bool]):
        seen: set[object] = set()
        for t in past:  # newest first: the first of each period is its newest
            k = key(t)
            if k not in seen and within(t):
                seen.add(k)
                keep.add(t)

    newest_of_each(lambda t: t.date(), lambda t: (today - t.date()).days < retention.days)
    newest_of_each(
        lambda t: _monday(t.date()),
        lambda t: (this_monday - _monday(t.date())).days // 7 < retention.weeks,
    )
    newest_of_each(
        lambda t: (t.year, t.month),
        lambda t: this_month - (t.year * 12 + t.month) < retention.months,
    )
    return keep


T = TypeVar("T")


def to_remove(
    items: Sequence[T],
    when: Callable[[T], datetime],
    now: datetime,
    retention: Retention = DEFAULT_RETENTION,
) -> list[T]:
    """The ``items`` the thinning rule lets go (two items at the same second go or stay
    together)."""
    keep = to_keep((when(item) for item in items), now, retention)
    return [item for item in items if when(item) not in keep]
