"""The unit of work: the only way services open a database session.

Services receive a ``UnitOfWork`` and write ``with self.uow() as session: ...``. The session
commits when the block ends normally and rolls back on any exception. Nested use is refused:
a service calling another service inside its transaction is a bug that would half-commit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from agencydesk.domain.errors import UserError


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._local = threading.local()

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        if getattr(self._local, "active", False):
            raise RuntimeError("nested unit of work: pass the session down instead")
        self._local.active = True
        session = self._factory()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise translate_operational_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            self._local.active = False

    def dispose(self) -> None:
        self.engine.dispose()


def translate_operational_error(exc: OperationalError) -> Exception:
    """Turn the SQLite errors a user can fix into ``UserError``; leave the rest as bugs."""
    original = exc.orig
    message = str(original).lower()
    if isinstance(original, sqlite3.OperationalError):
        if "locked" in message or "busy" in message:
            return UserError("db_locked")
        if "disk is full" in message or "database or disk is full" in message:
            return UserError("disk_full")
    return exc
