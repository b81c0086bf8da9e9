"""Opening the database a user chose, and what the status bar says about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agencydesk.data import database as db
from agencydesk.data.repos import actors as actors_repo
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.records import DatabaseCounts


@dataclass
class Database:
    """An open database: where it is and the unit of work every service uses."""

    path: Path
    uow: UnitOfWork
    backup_taken: str | None = None

    def counts(self) -> DatabaseCounts:
        with self.uow() as session:
            return DatabaseCounts(**actors_repo.counts(session))

    def is_empty(self) -> bool:
        c = self.counts()
        return not (c.organizations or c.people or c.initiatives or c.agendas)

    def close(self) -> None:
        self.uow.dispose()


def open_database(path: Path, backups_dir: Path | None) -> Database:
    """Open (create if missing) and migrate; raises ``UserError`` for what a user can fix."""
    uow, backup = db.open_sqlite(path, backups_dir)
    return Database(path=path, uow=uow, backup_taken=backup)
