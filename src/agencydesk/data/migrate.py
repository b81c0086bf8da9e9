"""Open a database and bring its schema to this version's head.

- an empty or new file is created at head;
- an older schema is upgraded, after a verified backup is written to the backups folder;
- a schema newer than this program knows is refused with ``UserError('db_newer')``;
- a file that is not an SQLite database (or not ours) is refused with a clear code.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from agencydesk.data.uow import translate_operational_error
from agencydesk.domain.backups import BackupReason
from agencydesk.domain.errors import UserError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic is imported only when a schema must be created or changed: importing it costs about
# an eighth of a second, and almost every start opens a database that is already current.

log = logging.getLogger(__name__)

VERSION_TABLE = "alembic_version"
# The newest revision in migrations/versions; a test checks it against Alembic's own answer.
HEAD_REVISION = "0005"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("agencydesk.data") / "migrations"))
    return config


@functools.lru_cache(maxsize=4)
def _scripts_at(location: str) -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", location)
    return ScriptDirectory.from_config(config)


def scripts(config: Config) -> ScriptDirectory:
    """The revision scripts, read once per process: compiling them costs ~10 ms per opening."""
    location = config.get_main_option("script_location")
    assert location is not None
    return _scripts_at(location)


def head_revision() -> str:
    head = scripts(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _refuse_unknown(
    script: ScriptDirectory, revisions: list[str], has_tables: bool, where: str
) -> None:
    """Raise for a database written by a newer program, or by another program altogether.

    ``has_tables``: whether the file holds tables other than Alembic's own version table (left
    empty by a downgrade to base, which is an empty AgencyDesk database, not a foreign one).
    """
    if not revisions:
        if has_tables:
            raise UserError("db_not_agencydesk", path=where)
        return
    for revision in revisions:
        try:
            script.get_revision(revision)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise UserError(
                "db_newer",
                path=where,
                found=", ".join(revisions),
                known=script.get_current_head(),
            ) from exc


def check_sqlite_file(db_path: Path) -> bool:
    """Refuse a foreign or newer database file before anything writes to it.

    Returns True when the file is already at this program's head revision, so that opening
    it needs no migration (and no Alembic import).

    Read with a plain sqlite3 connection: the engine's connections switch a file to WAL, and a
    file we refuse (another program's database, or one from a newer AgencyDesk) must be left
    exactly as it was.
    """
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    where = str(db_path)
    try:
        conn = sqlite3.connect(db_path)
    except sqlite3.Error as exc:
        raise UserError("db_unreadable", path=where, reason=str(exc)) from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revisions: list[str] = []
        if VERSION_TABLE in tables:
            revisions = [row[0] for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise UserError("db_locked") from exc
        raise UserError("db_unreadable", path=where, reason=str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        raise UserError("db_not_agencydesk", path=where) from exc
    finally:
        conn.close()
    has_tables = bool(tables - {VERSION_TABLE})
    if has_tables and revisions == [HEAD_REVISION]:
        return True
    _refuse_unknown(scripts(alembic_config()), revisions, has_tables, where)
    return False


def upgrade(engine: Engine, db_path: Path | None, backups_dir: Path | None) -> str | None:
    """Migrate to head. Returns the path of the safety copy taken before an upgrade, if any."""
    config = alembic_config()
    script = scripts(config)
    head = script.get_current_head()
    where = str(db_path or engine.url)
    try:
        current = current_revision(engine)
        has_tables = bool(set(inspect(engine).get_table_names()) - {VERSION_TABLE})
    except OperationalError as exc:
        # Cannot open or read (a folder in the way, no permission, locked): not "not ours".
        translated = translate_operational_error(exc)
        if isinstance(translated, UserError):
            raise translated from exc
        raise UserError("db_unreadable", path=where, reason=str(exc.orig)) from exc
    except DatabaseError as exc:
        raise UserError("db_not_agencydesk", path=where) from exc

    if current == head:
        return None
    _refuse_unknown(script, [current] if current else [], has_tables, where)

    backup = None
    if current is not None and db_path is not None and backups_dir is not None:
        backup = str(backup_before_upgrade(db_path, backups_dir, current))
        log.info("schema %s -> %s; safety copy at %s", current, head, backup)

    from alembic import command

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


def backup_before_upgrade(db_path: Path, backups_dir: Path, revision: str) -> Path:
    """A verified backup (``data/backup.py``: VACUUM INTO, integrity_check, rename) in the
    database's own backups folder, named ``...-before-upgrade-<old revision>.sqlite3``."""
    from agencydesk.data.backup import take_backup

    return take_backup(db_path, backups_dir, f"{BackupReason.BEFORE_UPGRADE}-{revision}")
