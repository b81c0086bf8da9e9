"""One writer per database file: a lock file next to it, held while the program has it open.

``agencydesk.sqlite3.lock`` holds who has the database open (program, process id, computer,
user, since when) and is held with an operating-system lock (``flock`` on Linux and macOS, a
byte-range lock on Windows) for as long as the database is open. The OS drops that lock when
the process ends, however it ends, so a lock file left behind by a crash (kill -9, a power
cut) is recognised as stale at the next opening and taken over: it says so in the log, and
nobody has to delete anything by hand.

On a network folder the OS lock may not reach other computers. There the holder's computer
name tells it apart, and the holder touches the file every ``HEARTBEAT_S`` seconds: a lock of
another computer that has not been touched for ``STALE_AFTER_S`` (it was switched off with
AgencyDesk open) is stale too.

Only the program's windows take the lock (``ui.single_instance``); the headless commands do
not (see the README): SQLite itself serialises their writes with the window's.

No Qt here; ``ui.single_instance`` adds the local socket through which a second launch brings
the first window forward.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from agencydesk import __version__
from agencydesk.data.database import check_file
from agencydesk.domain.errors import UserError
from agencydesk.services.database import Database, open_database

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    fcntl = None
else:
    import fcntl

    msvcrt = None

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
PROGRAM = "AgencyDesk"
HEARTBEAT_S = 60
STALE_AFTER_S = 10 * 60
# Windows locks a byte range: one byte far past the text, so that others can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def this_host() -> str:
    return socket.gethostname() or "?"


@dataclass(frozen=True)
class Holder:
    """Who holds a database, as its lock file says."""

    pid: int
    host: str
    user: str
    started: datetime  # aware
    seen: datetime  # aware: when the holder last touched the lock file

    @property
    def on_this_host(self) -> bool:
        return self.host == this_host()


def _local_minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DatabaseInUse(UserError):
    """The database is open in another AgencyDesk: on this computer (``db_open_here``) or on
    another one (``db_open_elsewhere``)."""

    def __init__(self, database: Path, holder: Holder) -> None:
        code = "db_open_here" if holder.on_this_host else "db_open_elsewhere"
        super().__init__(
            code,
            path=str(database),
            host=holder.host,
            pid=holder.pid,
            since=_local_minute(holder.started),
            seen=_local_minute(holder.seen),
            minutes=STALE_AFTER_S // 60,
        )
        self.holder = holder


def _key(database: Path) -> str:
    return os.path.normcase(str(database.resolve()))


def _try_os_lock(fd: int) -> bool | None:
    """True when locked, False when another process holds it, None when the file system
    offers no locks (some network shares)."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            log.warning("no file locks on this file system: %s", exc)
            return None
        raise
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _read_holder(fd: int) -> Holder | None:
    """What the lock file says; None when it is empty or not ours (then it is stale)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 64 * 1024)
        data = json.loads(raw.decode("utf-8"))
        seen = datetime.fromtimestamp(os.fstat(fd).st_mtime, UTC)
        return Holder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data.get("user", "")),
            started=datetime.fromisoformat(data["started"]),
            seen=seen,
        )
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows always has the OS lock
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _is_stale(holder: Holder, os_locked: bool | None) -> bool:
    """Whether the lock file's holder is gone, given that we could (True) or could not
    (None: no locks here) take the OS lock."""
    if not holder.on_this_host:
        # Another computer: an OS lock taken here proves nothing on some network shares.
        return (datetime.now(UTC) - holder.seen).total_seconds() > STALE_AFTER_S
    if os_locked:
        return True  # the OS lock dies with its process: nobody here holds the database
    return holder.pid == os.getpid() or not _pid_alive(holder.pid)


def _same_file(fd: int, path: Path) -> bool:
    """The file we locked is still the one at ``path`` (not unlinked by its releasing
    holder between our open and our lock)."""
    try:
        named, opened = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


@dataclass(eq=False)
class InstanceLock:
    """This process's hold on one database; shared by every opening of it in this process
    (``count``), given up when the last one releases it."""

    database: Path
    fd: int
    key: str
    count: int = 1
    on_release: list[Callable[[], None]] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return lock_path(self.database)

    @property
    def held(self) -> bool:
        return self.count > 0

    def refresh(self) -> None:
        """The heartbeat: tell other computers that this holder is still alive."""
        if self.count <= 0:
            return
        try:
            os.utime(self.path)
        except OSError as exc:
            log.warning("cannot touch %s: %s", self.path, exc)

    def release(self) -> None:
        if self.count <= 0:
            return
        self.count -= 1
        if self.count:
            return
        _HELD.pop(self.key, None)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted there
            _os_unlock(self.fd)
            os.close(self.fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            # Unlinked while still locked: whoever opened the old file meanwhile sees that it
            # is no longer the one at the path (``_same_file``) and starts again.
            with contextlib.suppress(OSError):
                if _same_file(self.fd, self.path):
                    self.path.unlink()
            os.close(self.fd)
        for callback in self.on_release:
            try:
                callback()
            except Exception:  # a window closing must not fail on its clean-up
                log.exception("lock release callback failed")
        self.on_release.clear()


# The locks this process holds, by database: the OS lock is per open file, so a second
# opening of the same database in this process must share the first one's, not try again.
_HELD: dict[str, InstanceLock] = {}


def held_here(database: Path) -> InstanceLock | None:
    return _HELD.get(_key(database))


def _our_record() -> bytes:
    record = {
        "program": PROGRAM,
        "version": __version__,
        "pid": os.getpid(),
        "host": this_host(),
        "user": _user(),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _open_lock_file(database: Path) -> int:
    try:
        return os.open(lock_path(database), os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError as exc:
        # Someone else's lock file we may not open for writing: theirs, unless unreadable.
        try:
            fd = os.open(lock_path(database), os.O_RDONLY)
        except OSError:
            raise UserError(
                "db_folder_read_only", path=str(database), folder=str(database.parent)
            ) from exc
        holder = _read_holder(fd)
        os.close(fd)
        if holder is None:
            raise UserError(
                "db_folder_read_only", path=str(database), folder=str(database.parent)
            ) from exc
        raise DatabaseInUse(database, holder) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise UserError("db_read_only", path=str(database)) from exc
        raise UserError("db_unreadable", path=str(database), reason=exc.strerror) from exc


def acquire(database: Path) -> InstanceLock:
    """Hold ``database`` for this process; raises ``DatabaseInUse`` when another AgencyDesk
    holds it, and clears (with a line in the log) a lock left by one that is gone."""
    key = _key(database)
    if (mine := _HELD.get(key)) is not None:
        mine.count += 1
        return mine
    for _attempt in range(5):
        fd = _open_lock_file(database)
        try:
            os_locked = _try_os_lock(fd)
            if os_locked is False:
                holder = _read_holder(fd)
                gone = holder is not None and holder.on_this_host and not _pid_alive(holder.pid)
                if holder is None or gone:
                    # Its holder is still writing it, or ``holder()`` is peeking at a stale
                    # one: a moment.
                    time.sleep(0.05)
                    continue
                raise DatabaseInUse(database, holder)
            if os_locked and not _same_file(fd, lock_path(database)):
                continue  # its holder released it meanwhile: lock the new file
            holder = _read_holder(fd)
            if holder is not None:
                if not _is_stale(holder, os_locked):
                    raise DatabaseInUse(database, holder)
                log.warning(
                    "stale lock on %s cleared (process %s on %s, since %s)",
                    database,
                    holder.pid,
                    holder.host,
                    holder.started.isoformat(),
                )
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, _our_record())
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        lock = InstanceLock(database=database, fd=fd, key=key)
        _HELD[key] = lock
        log.info("holding %s", database)
        return lock
    raise UserError("db_locked")


def holder(database: Path) -> Holder | None:
    """Who else holds ``database`` now, or None (free, held by this process, or stale).

    For commands that replace the file (a restore) while a window may have it open."""
    if _key(database) in _HELD:
        return None
    try:
        fd = os.open(lock_path(database), os.O_RDWR)  # the Windows byte lock needs writing
    except PermissionError:
        try:
            fd = os.open(lock_path(database), os.O_RDONLY)
        except OSError:
            return None
    except OSError:
        return None
    try:
        try:
            os_locked = _try_os_lock(fd)
        except OSError:  # a lock this descriptor cannot take: judge by what the file says
            os_locked = None
        found = _read_holder(fd)
        if os_locked:
            _os_unlock(fd)
        if found is None:
            return None
        if os_locked is False or not _is_stale(found, os_locked):
            return found
        return None
    finally:
        os.close(fd)


@dataclass
class LockedDatabase(Database):
    """An open database file that also holds its lock; closing it gives the lock up."""

    lock: InstanceLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def open_locked(where: Path | str, backups_dir: Path | None) -> Database:
    """``services.database.open_database`` plus the lock: raises ``DatabaseInUse`` when
    another AgencyDesk has the file open. A server's database (a URL) takes no lock: the
    server serves many users at once."""
    if isinstance(where, str) and "://" in where:
        return open_database(where, backups_dir)
    path = Path(where)
    check_file(path)  # a folder, a read-only file or folder: said before any lock file
    lock = acquire(path)
    try:
        opened = open_database(path, backups_dir)
    except BaseException:
        lock.release()
        raise
    fields = {name: getattr(opened, name) for name in opened.__dataclass_fields__}
    return LockedDatabase(**fields, lock=lock)
