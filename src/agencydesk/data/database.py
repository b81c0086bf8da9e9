"""Opening a database file: checks, engine, migration. Returns the unit of work to use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agencydesk.data import migrate
from agencydesk.data.engine import make_engine, sqlite_url
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse, with a sentence, what SQLite would fail on later with a cryptic message."""
    if path.is_dir():
        raise UserError("db_unreadable", path=str(path), reason="it is a folder")
    if not path.exists():
        folder = path.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError("db_unreadable", path=str(path), reason=exc.strerror) from exc
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError("db_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if head and head != SQLITE_MAGIC:
        raise UserError("db_not_agencydesk", path=str(path))


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
    except BaseException:
        engine.dispose()
        raise
    return UnitOfWork(engine), backup


def open_url(url: str) -> UnitOfWork:
    """Open a server database (PostgreSQL) by URL and migrate it; no file backup is taken."""
    engine = make_engine(url)
    migrate.upgrade(engine, None, None)
    return UnitOfWork(engine)
