"""The unit of work: the only way services open a database session.

Services receive a ``UnitOfWork`` and write ``with self.uow() as session: ...`` to read, and
``with self.uow(write=True) as session: ...`` to change anything. The session commits when the
block ends normally and rolls back on any exception. Nested use is refused: a service calling
another service inside its transaction is a bug that would half-commit.

On SQLite a writing unit of work takes the write lock when it starts (``BEGIN IMMEDIATE``,
engine.py), so that while another program writes it waits up to the busy timeout instead of
failing at its first change; a reading one never waits.

What SQLite reports when the disk is full, the file or its disk is read-only, another
program holds the write lock past the busy timeout, or the disk itself fails (a USB stick
pulled out) becomes a ``UserError`` here, after the rollback: the change is written whole or
not at all, and what was saved before stays as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from agencydesk.data.engine import BEGIN_WRITE
from agencydesk.domain.errors import UserError

log = logging.getLogger(__name__)


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._local = threading.local()

    @contextmanager
    def __call__(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction; ``write``: the block adds, changes or deletes rows."""
        if getattr(self._local, "active", False):
            raise RuntimeError("nested unit of work: pass the session down instead")
        self._local.active = True
        session = self._factory()
        try:
            if write and self.engine.dialect.name == "sqlite":
                # Begins the transaction now, IMMEDIATE: a lock held past the busy timeout is
                # reported here, before the block has done anything.
                session.connection(execution_options={BEGIN_WRITE: True})
            yield session
            session.commit()
        except (OperationalError, sqlite3.OperationalError) as exc:
            # sqlite3's own errors too: bulk inserts run on the raw cursor (repos.importing).
            _rollback(session)
            raise translate_operational_error(exc, self.engine.url.database) from exc
        except BaseException:
            _rollback(session)
            raise
        finally:
            session.close()
            self._local.active = False

    def dispose(self) -> None:
        """Close every pooled connection, after copying the write-ahead log into the database
        file and emptying it: after a clean exit the file alone is the whole database (a copy
        by the file manager, a USB stick pulled out after closing). Connections still checked
        out elsewhere are closed when they come back."""
        checkpoint(self.engine)
        self.engine.dispose()


def checkpoint(engine: Engine) -> None:
    """``PRAGMA wal_checkpoint(TRUNCATE)`` on an SQLite file; a failure (full disk, read-only
    media, a reader in another program) only leaves the log in place: SQLite replays it at the
    next opening, so nothing is lost and nothing needs saying."""
    where = engine.url.database
    if engine.dialect.name != "sqlite" or where in (None, "", ":memory:"):
        return
    if not os.path.exists(where):  # moved aside or replaced: connecting would create it anew
        return
    try:
        raw = engine.raw_connection()
    except SQLAlchemyError as exc:
        log.warning("no checkpoint of %s: %s", engine.url.database, exc)
        return
    try:
        # The raw sqlite3 connection is in autocommit (engine.py): no BEGIN around the pragma.
        busy, _frames, _copied = raw.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)"
        ).fetchone()
        if busy:
            log.info("checkpoint of %s partly blocked by a reader", engine.url.database)
    except sqlite3.Error as exc:
        log.warning("checkpoint of %s failed: %s", engine.url.database, exc)
    finally:
        raw.close()


def _rollback(session: Session) -> None:
    # After a full disk or an I/O error SQLite may already have rolled the transaction back,
    # and the rollback can fail in turn; the error to report is the first one.
    try:
        session.rollback()
    except SQLAlchemyError as exc:
        log.warning("rollback failed: %s", exc)


# SQLite's primary result codes (the low byte of the extended code): sqlite.org/rescode.html
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def translate_operational_error(
    exc: OperationalError | sqlite3.OperationalError, path: str | None = None
) -> Exception:
    """Turn the SQLite errors a user can fix into ``UserError``; leave the rest as bugs.

    ``path``: the database file, named in the sentences that tell what to do with it."""
    original = exc.orig if isinstance(exc, OperationalError) else exc
    if isinstance(exc, OperationalError) and exc.connection_invalidated:
        return UserError("db_server_lost")  # a PostgreSQL server cut off (restart, network)
    if not isinstance(original, sqlite3.OperationalError):
        return exc
    message = str(original).lower()
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = path or "?"
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in message or "busy" in message:
        return UserError("db_locked")
    if primary == _SQLITE_FULL or "disk is full" in message:
        return UserError("disk_full")
    if primary == _SQLITE_READONLY or "readonly database" in message:
        return UserError("db_read_only", path=where)
    if primary == _SQLITE_IOERR or "disk i/o error" in message:
        return UserError("db_io_error", path=where)
    return exc
