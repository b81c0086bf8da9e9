"""Open a database and bring its schema to this version's head.

- an empty or new file is created at head;
- an older schema is upgraded, after a copy of the file is written to the backups folder;
- a schema newer than this program knows is refused with ``UserError('db_newer')``;
- a file that is not an SQLite database (or not ours) is refused with a clear code.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from agencydesk.domain.errors import UserError

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("agencydesk.data") / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path | None, backups_dir: Path | None) -> str | None:
    """Migrate to head. Returns the path of the safety copy taken before an upgrade, if any."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    try:
        current = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    except DatabaseError as exc:
        raise UserError("db_not_agencydesk", path=str(db_path or engine.url)) from exc

    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise UserError(
                "db_newer", path=str(db_path or engine.url), found=current, known=head
            ) from exc
    elif has_tables:
        raise UserError("db_not_agencydesk", path=str(db_path or engine.url))

    backup = None
    if current is not None and db_path is not None and backups_dir is not None:
        backup = str(backup_before_upgrade(db_path, backups_dir, current))
        log.info("schema %s -> %s; safety copy at %s", current, head, backup)

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


def backup_before_upgrade(db_path: Path, backups_dir: Path, revision: str) -> Path:
    """Copy the database with SQLite's online backup (consistent even in WAL mode)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{db_path.stem}.before-upgrade-{revision}-{stamp}.sqlite3"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
