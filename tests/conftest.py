"""Fixtures shared by every test: a private data folder and a fresh copy of a migrated database.

No test may touch the user's real data: ``AGENCYDESK_HOME`` points at a temporary folder for
every test (autouse), and each database is a copy of one template migrated once per session.
"""

from __future__ import annotations

import logging
import os

# GUI tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database

TEST_USER = "tester"


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private AGENCYDESK_HOME for the test: data, settings, logs and backups go there."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return home


@pytest.fixture
def app_paths(app_home: Path) -> paths.AppPaths:
    """The folders the program would use under the test's private home, created."""
    resolved = paths.resolve()
    resolved.ensure()
    return resolved


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file migrated to head once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(path, None)
    database.close()
    # Closing the last connection checkpoints the WAL into the file and removes it: the main
    # file alone is the whole database, which is what the copies rely on.
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert leftovers == [], f"template left {leftovers} next to it"
    return path


@pytest.fixture
def database(template_database: Path, app_paths: paths.AppPaths) -> Iterator[Database]:
    """A fresh, migrated, empty database at the place the program would use, open."""
    shutil.copyfile(template_database, app_paths.database)
    opened = open_database(app_paths.database, app_paths.backups_dir)
    assert opened.backup_taken is None  # the template is at head: nothing to upgrade
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(template_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the demo data (dated relative to today), built once per session."""
    from agencydesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    load_demo(database.uow)
    database.close()
    return path


@pytest.fixture
def demo_database(demo_template: Path, app_paths: paths.AppPaths) -> Iterator[Database]:
    """A fresh copy of the demo database, open (the Mesa Ejecutiva Forestal, plans...)."""
    shutil.copyfile(demo_template, app_paths.database)
    opened = open_database(app_paths.database, app_paths.backups_dir)
    yield opened
    opened.close()


@pytest.fixture
def actors(database: Database) -> ActorsService:
    return ActorsService(database.uow, lambda: TEST_USER)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """cli.main() installs a file handler on the root logger; take it off after the test."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
