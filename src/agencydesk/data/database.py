"""Opening a database file: checks, engine, migration. Returns the unit of work to use."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from agencydesk.data import migrate
from agencydesk.data.engine import make_engine, sqlite_url
from agencydesk.data.uow import UnitOfWork, translate_operational_error
from agencydesk.domain.errors import UserError


def check_file(path: Path) -> None:
    """Refuse a folder and a read-only file or folder, and create a missing parent folder;
    what the file holds is checked by ``migrate.check_sqlite_file`` (another program's file,
    a newer schema)."""
    if path.is_dir():
        raise UserError("db_unreadable", path=str(path), reason="it is a folder")
    if not path.exists():
        folder = path.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError("db_unreadable", path=str(path), reason=exc.strerror) from exc
    # Said now, not at the first save: SQLite would open a read-only file and fail later.
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError("db_read_only", path=str(path))
    if not os.access(path.parent, os.W_OK):  # the -wal, -shm and .lock files live beside it
        raise UserError("db_folder_read_only", path=str(path), folder=str(path.parent))


def open_sqlite(path: Path, backups_dir: Path | None) -> tuple[UnitOfWork, str | None]:
    """Open (creating if needed) and migrate an SQLite database file."""
    check_file(path)
    current = migrate.check_sqlite_file(path)
    engine = make_engine(sqlite_url(path))
    if current:
        return UnitOfWork(engine), None
    try:
        backup = migrate.upgrade(engine, path, backups_dir)
    except sqlite3.Error as exc:
        engine.dispose()
        raise UserError("db_unreadable", path=str(path), reason=str(exc)) from exc
    except OperationalError as exc:  # e.g. a new file on a full disk: disk_full, not a bug
        engine.dispose()
        translated = translate_operational_error(exc, str(path))
        if isinstance(translated, UserError):
            raise translated from exc
        raise UserError("db_unreadable", path=str(path), reason=str(exc.orig)) from exc
    except BaseException:
        engine.dispose()
        raise
    return UnitOfWork(engine), backup
