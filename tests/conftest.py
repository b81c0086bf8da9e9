"""Fixtures shared by every test: a private data folder and a fresh copy of a migrated database.

No test may touch the user's real data: ``AGENCYDESK_HOME`` points at a temporary folder for
every test (autouse), and each database is a copy of one template migrated once per session.

With ``AGENCYDESK_TEST_PG`` set (a PostgreSQL URL, see tests/postgres_support.py), every test
of tests/unit using ``database`` or ``demo_database`` runs twice, ``[sqlite]`` and
``[postgres]``, except those marked ``sqlite_only`` (about the SQLite file itself: backups,
pragmas, kill tests). UI tests stay on SQLite. Tests marked ``postgres`` run on the server only
(skipped without it).
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

import postgres_support
from agencydesk import paths
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database

TEST_USER = "tester"
UNIT_TESTS = Path(__file__).parent / "unit"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself; never run on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "postgres: needs the PostgreSQL server of AGENCYDESK_TEST_PG (else skipped)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the data and service tests on both databases when a server is given."""
    if "backend" not in metafunc.fixturenames or postgres_support.server_url() is None:
        return
    if not metafunc.definition.path.is_relative_to(UNIT_TESTS):
        return
    marks = ("sqlite_only", "postgres")  # the one backend they are about
    if any(metafunc.definition.get_closest_marker(m) is not None for m in marks):
        return
    metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if postgres_support.server_url() is not None:
        return
    skip = pytest.mark.skip(reason=f"no PostgreSQL server ({postgres_support.PG_ENV} not set)")
    for item in items:
        if item.get_closest_marker("postgres") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private AGENCYDESK_HOME for the test: data, settings, logs and backups go there."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    # The command line speaks the system's language: tests that read its English sentences
    # must not depend on the developer's locale (tests of other languages set their own).
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")
    return home


@pytest.fixture
def app_paths(app_home: Path) -> paths.AppPaths:
    """The folders the program would use under the test's private home, created."""
    resolved = paths.resolve()
    resolved.ensure()
    return resolved


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test's ``database``/``demo_database`` is: "sqlite" or "postgres"."""
    if request.node.get_closest_marker("postgres") is not None:
        return "postgres"
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres_support.PostgresServer]:
    """The PostgreSQL server of ``AGENCYDESK_TEST_PG`` (tests asking for it are skipped
    without one)."""
    url = postgres_support.server_url()
    if url is None:
        pytest.skip(f"no PostgreSQL server ({postgres_support.PG_ENV} not set)")
    server = postgres_support.PostgresServer(url)
    yield server
    server.close()


def _load_demo(database: Database) -> None:
    from agencydesk.services.demo import load_demo

    load_demo(database.uow)


def _pg_database(
    request: pytest.FixtureRequest, app_paths: paths.AppPaths, kind: str
) -> Iterator[Database]:
    """The server's database of ``kind`` ("migrated" or "demo") as a fresh copy would be."""
    server: postgres_support.PostgresServer = request.getfixturevalue("pg_server")
    name = server.ready(kind, _load_demo if kind == "demo" else None)
    opened = open_database(server.url_of(name), app_paths.backups_dir)
    yield opened
    opened.close()


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
def database(
    backend: str, request: pytest.FixtureRequest, app_paths: paths.AppPaths
) -> Iterator[Database]:
    """A fresh, migrated, empty database at the place the program would use, open (or, on
    PostgreSQL, a fresh database on the server)."""
    if backend == "postgres":
        yield from _pg_database(request, app_paths, "migrated")
        return
    template_database = request.getfixturevalue("template_database")
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
def demo_database(
    backend: str, request: pytest.FixtureRequest, app_paths: paths.AppPaths
) -> Iterator[Database]:
    """A fresh copy of the demo database, open (the Mesa Ejecutiva Forestal, plans...)."""
    if backend == "postgres":
        yield from _pg_database(request, app_paths, "demo")
        return
    demo_template = request.getfixturevalue("demo_template")
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
