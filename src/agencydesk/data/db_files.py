"""Opening and checking SQLite database files: the program's own, and backups.

Every look at a file goes through ``connect_file`` with a mode that says whose file it is, so
that checking a damaged database or a backup never changes it (no WAL folded in, no side files
left behind). What SQLite reports becomes a ``UserError`` a user can act on (``user_error_of``),
except damage, which callers report as such (``damage_of``).
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk.domain.backups import COUNTED_TABLES
from agencydesk.domain.errors import UserError

if TYPE_CHECKING:
    from agencydesk.data.uow import UnitOfWork

HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
# What SQLite leaves next to a database: a WAL and its index, or a rollback journal.
SIDE_FILES = ("-wal", "-shm", "-journal")


def sqlite_file_of(uow: UnitOfWork) -> Path | None:
    """The database file behind ``uow``; None for a server database (PostgreSQL) or memory."""
    url = uow.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).resolve()  # type: ignore[arg-type]


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite database (what SQLite itself checks first)."""
    try:
        with path.open("rb") as f:
            return f.read(len(HEADER)) == HEADER
    except OSError:
        return False


def connect_file(path: Path, mode: str) -> sqlite3.Connection:
    """How a file is opened, by ``mode``:

    - "live": the program's database, to copy it or to look at it again with locks
      (read-write, so that SQLite removes the side files it makes when the connection
      closes; never creates a missing file);
    - "shared": a database with a WAL beside it, to check it: read-only, and closing it
      never folds that WAL into the file (a damaged file must stay as it was found);
    - "ro": a file nobody writes (a backup): read-only, and without a WAL beside it
      ``immutable``, so that reading leaves no ``-wal``/``-shm`` behind (a read-only
      connection cannot remove the ones it makes).
    """
    uri = path.resolve().as_uri()
    if mode == "live":
        uri += "?mode=rw"
    elif mode == "shared" or Path(str(path) + "-wal").exists():
        uri += "?mode=ro"
    else:
        uri += "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)


@contextlib.contextmanager
def open_file(path: Path, mode: str = "ro") -> Iterator[sqlite3.Connection]:
    conn = connect_file(path, mode)
    try:
        yield conn
    finally:
        conn.close()


def user_error_of(
    exc: sqlite3.Error | OSError, path: Path, folder: Path | None = None
) -> UserError:
    """What a user can do about a failure while reading ``path`` or writing into ``folder``."""
    message = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return UserError("disk_full")
        reason = exc.strerror or str(exc)
        if folder is not None:
            return UserError("backup_failed", folder=str(folder), reason=reason)
        return UserError("db_unreadable", path=str(path), reason=reason)
    if "locked" in message or "busy" in message:
        return UserError("db_locked")
    if "disk is full" in message:
        return UserError("disk_full")
    if folder is not None and isinstance(exc, sqlite3.OperationalError):
        return UserError("backup_failed", folder=str(folder), reason=str(exc))
    return UserError("db_unreadable", path=str(path), reason=str(exc))


def damage_of(exc: sqlite3.Error) -> str | None:
    """The problem, when ``exc`` says the file's content is damaged (not locked, not missing)."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return str(exc)  # "file is not a database", "database disk image is malformed"
    # Not "disk I/O error": a network share or a removed USB stick says that of a sound file.
    message = str(exc).lower()
    if "malformed" in message or "corrupt" in message:
        return str(exc)
    return None


# --- checking ----------------------------------------------------------------------------------


def integrity_problems(path: Path, *, quick: bool = False, in_use: bool = False) -> list[str]:
    """SQLite's own check of ``path``: ``[]`` when healthy, else what it found (first few).

    ``quick``: ``quick_check`` (skips matching indexes to rows: fast enough for every start);
    otherwise the full ``integrity_check``. ``in_use``: the program's database (perhaps open
    elsewhere, perhaps with a WAL left by a crash, which is read but not folded in); otherwise
    a backup. A locked or unreadable file raises ``UserError``: that is not damage."""
    pragma = "quick_check(20)" if quick else "integrity_check(20)"
    try:
        with open_file(path, _check_connection_mode(path) if in_use else "ro") as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as exc:
        if (problem := damage_of(exc)) is not None:
            return [problem]
        raise user_error_of(exc, path) from exc
    # A row may hold several lines, after a "*** in database main ***" heading.
    lines = (line.strip() for row in rows if row[0] != "ok" for line in str(row[0]).splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def database_problems(path: Path, *, quick: bool) -> list[str]:
    """``integrity_problems`` of the program's database, leaving nothing beside it.

    Read first as a file nobody writes (without a WAL beside it, nothing else is pending and
    SQLite need not make side files, which a read-only connection could not remove); what
    that finds is confirmed through an ordinary locked read before it counts: a file being
    written by another program at that moment is not called damaged."""
    problems = integrity_problems(path, quick=quick)
    if problems:
        problems = integrity_problems(path, quick=quick, in_use=True)
    return problems


def _check_connection_mode(path: Path) -> str:
    """For a locked read of the program's database: with a WAL beside it (open elsewhere, or
    left by a crash), read-only, so that closing never folds that WAL into a file that may be
    damaged; without one, read-write, so that the empty WAL SQLite makes is removed again."""
    return "shared" if Path(str(path) + "-wal").exists() else "live"


def foreign_key_problems(path: Path) -> int:
    """How many rows point at a record that does not exist (SQLite's ``foreign_key_check``)."""
    try:
        with open_file(path) as conn:
            return len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.Error as exc:
        raise user_error_of(exc, path) from exc


def read_contents(path: Path) -> tuple[str | None, dict[str, int]]:
    """The schema revision and the record counts of a database file, read-only."""
    try:
        with open_file(path) as conn:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
            counts = {
                table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in COUNTED_TABLES
                if table in tables
            }
    except sqlite3.Error as exc:
        if (problem := damage_of(exc)) is not None:
            raise UserError("backup_damaged", path=str(path), problem=problem) from exc
        raise user_error_of(exc, path) from exc
    return revision, counts
