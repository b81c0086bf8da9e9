"""Where data, settings, logs and backups live.

Default: the platform's user folders (platformdirs). ``AGENCYDESK_HOME`` puts everything under
one folder (portable installs, tests); ``--db PATH`` chooses the database file only, and
``--db postgresql://user@server/database`` a database on a server instead (shared mode).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from agencydesk.domain.database_url import is_database_url

APP_NAME = "AgencyDesk"
HOME_ENV = "AGENCYDESK_HOME"
DB_FILE = "agencydesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backups_dir: Path
    database: Path
    # ``--db postgresql://...``: the server's database to open instead of the file ``database``.
    database_url: str | None = None

    @property
    def target(self) -> Path | str:
        """What to open: the server's URL given with ``--db``, else the database file."""
        return self.database_url or self.database

    def existing_target(self) -> Path | str:
        """``target`` for a command that reads the database: a file must already exist (a
        server's database is checked by opening it)."""
        if self.database_url is None and not self.database.exists():
            from agencydesk.domain.errors import UserError

            raise UserError("db_unreadable", path=str(self.database), reason="it does not exist")
        return self.target

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "agencydesk.log"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve(db: str | os.PathLike[str] | None = None, environ: dict | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        data, config, logs = root / "data", root / "config", root / "logs"
    else:
        dirs = PlatformDirs(APP_NAME, appauthor=False, roaming=False)
        data, config, logs = (
            Path(dirs.user_data_dir),
            Path(dirs.user_config_dir),
            Path(dirs.user_log_dir),
        )
    url = str(db).strip() if db and is_database_url(str(db)) else None
    database = Path(db).expanduser().resolve() if db and url is None else data / DB_FILE
    return AppPaths(
        data_dir=data,
        config_dir=config,
        log_dir=logs,
        backups_dir=data / "backups",
        database=database,
        database_url=url,
    )
