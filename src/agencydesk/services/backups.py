"""Backups of the open database: automatic ones, "Back up now", the list, restore, checks.

Automatic backups go to the database's own folder under the backups folder (see
``domain/backups.py``) and are thinned after each new one: the first start of each day, and
just before a risky step (a schema upgrade, a restore, undoing an import, removing several
records at once). "Back up now" writes one self-contained file into a folder the user
chooses (a USB stick). A database on a PostgreSQL server is not backed up here: its
administrator backs up the server, and every call says so (``UserError('backup_server')``).

The service works on the file path only (``data/backup.py``), never on the engine: a backup is
read through its own connection and holds every committed change, the WAL included.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from agencydesk.data import backup as files
from agencydesk.data import db_files
from agencydesk.domain.backups import (
    DEFAULT_RETENTION,
    BackupInfo,
    BackupReason,
    RestoreResult,
    Retention,
    StartCheck,
    folder_for,
    manual_name,
    to_remove,
)
from agencydesk.domain.errors import UserError
from agencydesk.services import instance

log = logging.getLogger(__name__)

ELSEWHERE_NOTE = "last-backup-elsewhere.json"
"""In a database's backups folder: when and where "Back up now" last wrote a copy."""

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BackupService:
    """``db_file``: the SQLite file (None for a server database). ``backups_dir``: the
    program's backups folder (None: no automatic backups, as for the demo data, which is
    rebuilt each time it is opened)."""

    def __init__(
        self,
        db_file: Path | None,
        backups_dir: Path | None,
        *,
        clock: Clock = _now,
        retention: Retention = DEFAULT_RETENTION,
    ) -> None:
        self.db_file = db_file.resolve() if db_file is not None else None
        self.backups_dir = backups_dir
        self._clock = clock
        self._retention = retention
        self._lock = threading.Lock()  # the GUI thread and the database worker may both ask

    @classmethod
    def for_database(cls, database: Any, **options: Any) -> BackupService:
        """The service of an open ``services.database.Database``."""
        return cls(
            db_files.sqlite_file_of(database.uow), getattr(database, "backups_dir", None), **options
        )

    # --- what kind of database ------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return self.db_file is None

    @property
    def automatic(self) -> bool:
        """Whether automatic backups are taken (a file database opened with a backups folder)."""
        return self.db_file is not None and self.backups_dir is not None

    @property
    def folder(self) -> Path | None:
        """This database's folder of automatic backups."""
        if self.db_file is None or self.backups_dir is None:
            return None
        return folder_for(self.backups_dir, self.db_file)

    def _file(self) -> Path:
        if self.db_file is None:
            raise UserError("backup_server")
        return self.db_file

    # --- taking backups ----------------------------------------------------------------------

    def take(self, reason: str = BackupReason.MANUAL) -> BackupInfo:
        """A verified backup in this database's backups folder, then the folder thinned."""
        db_file = self._file()
        if self.backups_dir is None:
            raise UserError("backup_no_folder")
        with self._lock:
            path = files.take_backup(db_file, self.backups_dir, str(reason), self._clock())
            self._thin()
        return files.describe(path)

    def daily(self) -> BackupInfo | None:
        """The first backup of the day, unless one was already taken today (for any reason)."""
        if not self.automatic:
            return None
        today = self._clock().date()
        if any(b.taken_at.date() == today for b in files.list_backups(self.folder)):  # type: ignore[arg-type]
            return None
        return self.take(BackupReason.DAILY)

    def safety(self, reason: str) -> BackupInfo | None:
        """A backup just before a risky step (undoing an import, removing several records).

        It is an extra: a backup that cannot be written (a full disk) is logged and the step
        goes on; the user is not stopped from working."""
        if not self.automatic:
            return None
        try:
            return self.take(reason)
        except UserError as exc:
            log.warning("safety backup (%s) not written: %r", reason, exc)
            return None

    def before_import_undo(self) -> BackupInfo | None:
        return self.safety(BackupReason.BEFORE_UNDO)

    def before_bulk_delete(self) -> BackupInfo | None:
        return self.safety(BackupReason.BEFORE_DELETE)

    def export_to(self, folder: Path) -> BackupInfo:
        """ "Back up now": one self-contained, verified file in ``folder`` (a USB stick)."""
        db_file = self._file()
        taken_at = self._clock()
        target = files.unique_path(folder, lambda n: manual_name(db_file.stem, taken_at, n))
        files.write_snapshot(db_file, target, live=True)
        self._note_elsewhere(taken_at, target)
        return files.describe(target, taken_at, BackupReason.MANUAL)

    def _note_elsewhere(self, taken_at: datetime, target: Path) -> None:
        own = self.folder
        if own is None:
            return
        try:
            own.mkdir(parents=True, exist_ok=True)
            note = {"taken_at": taken_at.isoformat(), "path": str(target)}
            (own / ELSEWHERE_NOTE).write_text(json.dumps(note), encoding="utf-8")
        except OSError as exc:  # the copy was written; only the status bar misses it
            log.warning("could not note the backup to %s: %s", target, exc)

    def _thin(self) -> list[Path]:
        """Delete the automatic backups the retention rule lets go (never other files)."""
        folder = self.folder
        if folder is None:
            return []
        gone = to_remove(
            files.list_backups(folder), lambda b: b.taken_at, self._clock(), self._retention
        )
        removed = []
        for backup in gone:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as exc:
                log.warning("old backup %s not removed: %s", backup.path, exc)
        if removed:
            log.info("thinned %d old backup(s) in %s", len(removed), folder)
        return removed

    # --- reading -----------------------------------------------------------------------------

    def backups(self, *, with_counts: bool = True) -> list[BackupInfo]:
        """This database's automatic backups, newest first, with what each holds (read from
        the file itself, read-only) when ``with_counts``."""
        folder = self.folder
        if folder is None:
            return []
        found = files.list_backups(folder)
        if not with_counts:
            return found
        return [files.describe(b.path, b.taken_at, b.reason) for b in found]

    def describe(self, path: Path) -> BackupInfo:
        """Any backup file (one chosen by the user) with its counts."""
        return files.describe(path)

    def last_backup(self) -> tuple[datetime, Path] | None:
        """When and where the newest backup was written (automatic or "Back up now")."""
        folder = self.folder
        if folder is None:
            return None
        newest = files.list_backups(folder)[:1]
        found = [(b.taken_at, b.path) for b in newest]
        try:
            note = json.loads((folder / ELSEWHERE_NOTE).read_text(encoding="utf-8"))
            found.append((datetime.fromisoformat(note["taken_at"]), Path(note["path"])))
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return max(found, default=None)

    def check(self, *, quick: bool = False) -> list[str]:
        """SQLite's check of the database (``[]`` when healthy) and rows pointing nowhere."""
        db_file = self._file()
        if not db_file.is_file():
            raise UserError("db_unreadable", path=str(db_file), reason="it does not exist")
        if not db_files.is_sqlite_file(db_file):
            raise UserError("db_not_agencydesk", path=str(db_file))
        problems = db_files.database_problems(db_file, quick=quick)
        if not problems and (orphans := db_files.foreign_key_problems(db_file)):
            problems.append(f"{orphans} row(s) point at records that do not exist")
        return problems

    # --- restoring ---------------------------------------------------------------------------

    def restore(self, backup: Path, close: Callable[[], None] = lambda: None) -> RestoreResult:
        """Replace the database by ``backup``, after backing up the database as it is.

        The backup is checked before anything changes (damaged, not ours, from a newer
        program: refused), and copied next to the database. ``close`` is called once the
        current state is safe, and must close every connection of the program to the file
        (the engine disposed); the file is then replaced in one rename. A current file that
        cannot be backed up because it is damaged is moved aside instead
        (``<name>.damaged-<stamp>``): nothing is deleted."""
        db_file = self._file()
        if (other := instance.holder(db_file)) is not None:  # a window elsewhere has it open
            raise instance.DatabaseInUse(db_file, other)
        chosen = files.check_restorable(backup)
        previous: BackupInfo | None = None
        moved_to: Path | None = None
        with self._lock:
            # The slow steps while the database is still open (the window stays up)...
            staged = files.stage_restore(db_file, backup)
            try:
                previous, damaged = self._keep_current(db_file)
                close()
            except BaseException:
                files.discard_staged(staged)
                raise
            # ...and only the swap once the program's connections are closed.
            if damaged:
                try:
                    moved_to = files.move_aside(db_file, self._clock())
                except BaseException:
                    files.discard_staged(staged)
                    raise
            files.put_in_place(db_file, staged)
        log.info("restored %s from %s (previous state: %s)", db_file, backup, previous or moved_to)
        return RestoreResult(chosen, previous, moved_to)

    def _keep_current(self, db_file: Path) -> tuple[BackupInfo | None, bool]:
        """A backup of the database as it is; (None, True) when it is too damaged to back up
        (or not a database at all): it is then moved aside, never overwritten."""
        if not db_file.exists():
            return None, False
        if db_files.is_sqlite_file(db_file):
            # Without a backups folder (the demo data) the copy goes next to the database.
            folder = self.backups_dir or db_file.parent
            try:
                path = files.take_backup(
                    db_file, folder, BackupReason.BEFORE_RESTORE, self._clock()
                )
                return files.describe(path), False
            except UserError as exc:
                if exc.code != "backup_unverified":
                    raise  # a full disk, a locked file: nothing changed, the restore stops
        return None, True


# --- the start-up check ----------------------------------------------------------------------


def check_at_start(
    db_file: Path, backups_dir: Path | None, now: datetime | None = None
) -> StartCheck:
    """``quick_check`` the database about to be opened. A damaged one is moved aside (never
    deleted) and the newest backup that passes the full check is found for the user to
    restore. A missing file, one that is not an SQLite database (refused later, untouched)
    or a locked one (said later) is not damage."""
    db_file = db_file.resolve()
    try:
        if not db_files.is_sqlite_file(db_file):
            return StartCheck(db_file)
        problems = db_files.database_problems(db_file, quick=True)
    except UserError as exc:
        log.info("start-up check of %s skipped: %r", db_file, exc)
        return StartCheck(db_file)
    if not problems:
        return StartCheck(db_file)
    log.error("database %s is damaged: %s", db_file, "; ".join(problems))
    moved = files.move_aside(db_file, now)
    found = newest_verified(folder_for(backups_dir, db_file)) if backups_dir else None
    return StartCheck(db_file, problems[0], moved, found)


def newest_verified(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes the full check and this program can open."""
    for candidate in files.list_backups(folder):
        try:
            return files.check_restorable(candidate.path)
        except UserError as exc:
            log.warning("backup %s not usable: %r", candidate.path, exc)
    return None
