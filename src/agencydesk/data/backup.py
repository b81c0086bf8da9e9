"""Backup files of an SQLite database: write, verify, read, restore, move aside.

A backup is never a copy of the live file (its ``-wal`` holds the latest changes): SQLite's
``VACUUM INTO`` writes a consistent snapshot, compacted and in rollback-journal mode, so the
result is one self-contained file. It is written under a temporary name, checked with
``PRAGMA integrity_check``, flushed to disk, and only then renamed: a backup that exists is a
complete and verified one. A restore goes the same way into the database's own folder, and
replaces the file with one rename once the program's connections are closed.

Backups and their records are read through read-only connections: listing or checking a
backup never changes it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from agencydesk.data.db_files import (
    SIDE_FILES,
    damage_of,
    integrity_problems,
    is_sqlite_file,
    open_file,
    read_contents,
    user_error_of,
)
from agencydesk.domain.backups import (
    SUFFIX,
    BackupInfo,
    BackupReason,
    backup_name,
    folder_for,
    parse_manual_name,
    parse_name,
)
from agencydesk.domain.errors import UserError

log = logging.getLogger(__name__)

PARTIAL = ".partial"
Check = Callable[[Path], list[str]]


# --- reading -----------------------------------------------------------------------------------


def describe(path: Path, taken_at: datetime | None = None, reason: str = "") -> BackupInfo:
    """A backup file with its counts; a file that cannot be read carries its ``problem``."""
    parsed = parse_name(path.name)
    if not reason and parsed:
        reason = parsed[1]
    try:
        stat = path.stat()
    except OSError as exc:  # moved or deleted since it was listed or chosen
        when = taken_at or (parsed[0] if parsed else datetime.now())
        return BackupInfo(path, when, reason, 0, problem=exc.strerror or str(exc))
    if taken_at is None and (manual := parse_manual_name(path.name)) is not None:
        taken_at, reason = manual, reason or BackupReason.MANUAL
    if taken_at is None:
        taken_at = parsed[0] if parsed else datetime.fromtimestamp(stat.st_mtime)
    size = stat.st_size
    if not is_sqlite_file(path):
        return BackupInfo(path, taken_at, reason, size, problem="not an SQLite database")
    try:
        revision, counts = read_contents(path)
    except UserError as exc:
        return BackupInfo(path, taken_at, reason, size, problem=str(exc))
    return BackupInfo(path, taken_at, reason, size, counts=counts, revision=revision)


def known_revision(revision: str) -> bool:
    """Whether this program knows the schema ``revision`` (it is ours and not newer)."""
    from agencydesk.data import migrate

    if revision == migrate.HEAD_REVISION:
        return True
    try:
        migrate.scripts(migrate.alembic_config()).get_revision(revision)
    except Exception:  # alembic raises several kinds for an unknown revision
        return False
    return True


def check_restorable(path: Path, known: Callable[[str], bool] = known_revision) -> BackupInfo:
    """Refuse a file that is missing, not a database, damaged, not ours or from a newer
    program (``known(revision)`` says whether this program knows that schema)."""
    if not path.is_file():
        raise UserError("backup_not_found", path=str(path))
    if not is_sqlite_file(path):
        raise UserError("db_not_agencydesk", path=str(path))
    if problems := integrity_problems(path):
        raise UserError("backup_damaged", path=str(path), problem=problems[0])
    info = describe(path)
    if info.problem is not None:
        raise UserError("backup_damaged", path=str(path), problem=info.problem)
    if info.revision is None or not info.counts:
        raise UserError("db_not_agencydesk", path=str(path))
    if not known(info.revision):
        from agencydesk.data.migrate import HEAD_REVISION

        raise UserError("db_newer", path=str(path), found=info.revision, known=HEAD_REVISION)
    return info


# --- writing -----------------------------------------------------------------------------------


def _remove_partial(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open a folder and needs no such step)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_snapshot(source: Path, target: Path, *, live: bool, check: Check | None = None) -> Path:
    """Write a verified snapshot of the database ``source`` to ``target``.

    ``VACUUM INTO`` a temporary name next to ``target``, ``check`` it (the full
    ``integrity_check``), flush it, rename it. On any failure nothing is left at ``target``
    nor under the temporary name, and ``UserError`` says why. ``source`` may be open and in
    use (``live``): the snapshot holds every change committed before it started (the WAL
    included). Otherwise (a backup being restored) it is only read."""
    if not source.is_file():
        raise UserError("db_unreadable", path=str(source), reason="it does not exist")
    folder = target.parent
    partial = target.with_name(target.name + PARTIAL)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_partial(partial)
        with open_file(source, "live" if live else "ro") as conn:
            conn.execute("VACUUM INTO ?", (str(partial),))
        if problems := (check or integrity_problems)(partial):
            raise UserError("backup_unverified", path=str(source), problem=problems[0])
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except sqlite3.Error as exc:
        _remove_partial(partial)
        if (problem := damage_of(exc)) is not None:
            raise UserError("backup_unverified", path=str(source), problem=problem) from exc
        raise user_error_of(exc, source, folder) from exc
    except OSError as exc:
        _remove_partial(partial)
        raise user_error_of(exc, source, folder) from exc
    except BaseException:
        _remove_partial(partial)
        raise
    return target


def unique_path(folder: Path, name_at: Callable[[int], str]) -> Path:
    """The first ``name_at(0)``, ``name_at(1)``... that does not exist in ``folder``."""
    serial = 0
    while (candidate := folder / name_at(serial)).exists() or Path(
        str(candidate) + PARTIAL
    ).exists():
        serial += 1
    return candidate


def take_backup(db_file: Path, backups_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """A verified backup of ``db_file`` in its own folder under ``backups_dir``."""
    db_file = db_file.resolve()
    taken_at = (now or datetime.now()).replace(microsecond=0)
    folder = folder_for(backups_dir, db_file)
    target = unique_path(folder, lambda n: backup_name(db_file.stem, taken_at, reason, n))
    return write_snapshot(db_file, target, live=True)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder`` named as ours, newest first, without reading them."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path.name)
        if parsed is None or not path.name.endswith(SUFFIX):
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


# --- restoring and moving aside ------------------------------------------------------------


def _settle(db_file: Path) -> None:
    """Before ``db_file`` is replaced: fold a WAL or journal left by a crash into it, and
    refuse while another program still has it open (its WAL would be replayed into the new
    file). Our own connections must be closed first (the engine disposed)."""
    sides = [Path(str(db_file) + s) for s in ("-wal", "-journal")]
    if not any(side.exists() for side in sides):
        Path(str(db_file) + "-shm").unlink(missing_ok=True)
        return
    if db_file.exists():
        try:
            with open_file(db_file, "live") as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as exc:
            if damage_of(exc) is None:
                raise user_error_of(exc, db_file) from exc
    if any(side.exists() for side in sides):
        if db_file.exists():
            raise UserError("db_locked")
        # A WAL or journal without its database (it was moved): keep it, out of the way.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for side in sides:
            if side.exists():
                os.replace(side, side.with_name(f"{side.name}.orphan-{stamp}"))
    Path(str(db_file) + "-shm").unlink(missing_ok=True)


def stage_restore(db_file: Path, backup: Path) -> Path:
    """Write the content of ``backup`` next to ``db_file`` under a temporary name, verified
    (``VACUUM INTO`` through a read-only connection: the backup itself is untouched). The
    database may still be open meanwhile; ``put_in_place`` then swaps the files."""
    db_file = db_file.resolve()
    staged = db_file.with_name(db_file.name + ".restoring")
    try:
        return write_snapshot(backup, staged, live=False)
    except UserError as exc:
        if exc.code != "backup_failed":
            raise
        raise UserError("restore_failed", path=str(db_file), reason=exc.params["reason"]) from exc


def put_in_place(db_file: Path, staged: Path) -> None:
    """Rename ``staged`` over ``db_file`` (which may be missing) in one step: at every moment
    the file is either the old database or the whole restored one. Every connection of the
    program to ``db_file`` must be closed (see ``_settle``)."""
    db_file = db_file.resolve()
    try:
        _settle(db_file)
        os.replace(staged, db_file)
        _fsync_folder(db_file.parent)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserError("disk_full") from exc
        reason = exc.strerror or str(exc)
        raise UserError("restore_failed", path=str(db_file), reason=reason) from exc
    finally:
        _remove_partial(staged)


def discard_staged(staged: Path) -> None:
    _remove_partial(staged)


def move_aside(db_file: Path, now: datetime | None = None) -> Path:
    """Rename a damaged ``db_file`` (and its WAL, index and journal, under the names SQLite
    expects for the new name, so the pair can still be opened for salvage) to
    ``<name>.damaged-<stamp>``. Nothing is deleted."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_file.with_name(f"{db_file.name}.damaged-{stamp}")
    serial = 1
    while aside.exists():
        aside = db_file.with_name(f"{db_file.name}.damaged-{stamp}-{serial}")
        serial += 1
    try:
        os.replace(db_file, aside)
        for suffix in SIDE_FILES:
            side = Path(str(db_file) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
    except OSError as exc:
        raise user_error_of(exc, db_file, db_file.parent) from exc
    log.warning("damaged database %s moved to %s", db_file, aside)
    return aside
