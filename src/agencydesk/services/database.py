"""Opening the database a user chose, and what the status bar says about it.

A database is an SQLite file (the default) or, in shared mode, a database on a PostgreSQL
server named by a URL (``postgresql://user@server/database``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from agencydesk.data import database as db
from agencydesk.data import server
from agencydesk.data.repos import actors as actors_repo
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain import database_url
from agencydesk.domain.records import DatabaseCounts


@dataclass
class Database:
    """An open database: where it is and the unit of work every service uses.

    ``path`` is the SQLite file, or None for a server's database (then ``url`` names it).
    What works on a file only (backups, integrity checks, the lock file) asks ``is_file``.
    """

    path: Path | None
    uow: UnitOfWork
    backup_taken: str | None = None
    url: str | None = field(default=None, repr=False)  # may hold a password: never printed
    backups_dir: Path | None = None  # automatic backups go there (None: none, as for the demo)

    @property
    def is_file(self) -> bool:
        return self.path is not None

    @property
    def location(self) -> str:
        """Where the database is, for the user's eyes: the file's path, or the server's URL
        without its password."""
        if self.path is not None:
            return str(self.path)
        return database_url.hide_password(self.url or "")

    @property
    def name(self) -> str:
        """A short name (the window title): the file's name, or "database on server"."""
        if self.path is not None:
            return self.path.name
        url = self.url or ""
        return f"{database_url.database_name(url)} @ {database_url.server_name(url)}"

    @property
    def folder(self) -> Path:
        """Where file dialogs start: the file's folder, or the home folder for a server."""
        return self.path.parent if self.path is not None else Path.home()

    def counts(self) -> DatabaseCounts:
        with self.uow() as session:
            return DatabaseCounts(**actors_repo.counts(session))

    def is_empty(self) -> bool:
        c = self.counts()
        return not (c.organizations or c.people or c.initiatives or c.agendas)

    def close(self) -> None:
        self.uow.dispose()


def open_database(where: Path | str, backups_dir: Path | None) -> Database:
    """Open (create if missing) and migrate; raises ``UserError`` for what a user can fix.

    ``where`` is a file path, or a server URL (``database_url.is_database_url``; any other
    scheme than PostgreSQL's is refused); a server's database must exist (empty is fine: its
    schema is created).
    """
    if isinstance(where, str) and database_url.is_database_url(where):
        return Database(path=None, uow=server.open_url(where), url=where.strip())
    path = Path(where)
    uow, backup = db.open_sqlite(path, backups_dir)
    return Database(path=path, uow=uow, backup_taken=backup, backups_dir=backups_dir)
