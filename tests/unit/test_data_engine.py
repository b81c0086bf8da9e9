"""The engine's per-connection settings and the unit of work."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError

from agencydesk.data.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url
from agencydesk.data.models import Organization, Person
from agencydesk.data.uow import UnitOfWork, translate_operational_error
from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.services.database import Database

EXPECTED_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "busy_timeout": BUSY_TIMEOUT_MS,  # waits for another writer instead of failing at once
    "synchronous": 1,  # NORMAL
}


def _pragmas(conn) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


@pytest.mark.sqlite_only
def test_every_engine_connection_has_the_pragmas(database: Database) -> None:
    engine = database.uow.engine
    # Held at once, so the pool must open (and set up) three different connections.
    connections = [engine.connect() for _ in range(3)]
    try:
        seen_dbapi = {id(conn.connection.dbapi_connection) for conn in connections}
        assert len(seen_dbapi) == 3
        for conn in connections:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    finally:
        for conn in connections:
            conn.close()


@pytest.mark.sqlite_only
def test_every_session_has_the_pragmas(database: Database) -> None:
    for _ in range(3):
        with database.uow() as session:
            assert _pragmas(session.connection()) == EXPECTED_PRAGMAS


@pytest.mark.sqlite_only
def test_two_connections_open_at_once_both_have_the_pragmas(database: Database) -> None:
    engine = database.uow.engine
    with engine.connect() as first, engine.connect() as second:
        assert _pragmas(first) == EXPECTED_PRAGMAS
        assert _pragmas(second) == EXPECTED_PRAGMAS


def test_fresh_engine_on_a_new_file_sets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite3"))
    try:
        with engine.connect() as conn:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    finally:
        engine.dispose()


def test_in_memory_engine_still_enforces_foreign_keys() -> None:
    engine = make_engine("sqlite://")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "folder", ["what?now", "a%20b", "100% proyectos", "a#b", "José Núñez"], ids=repr
)
def test_sqlite_url_opens_exactly_the_path_given(tmp_path: Path, folder: str) -> None:
    # A formatted "sqlite:///..." URL cuts the path at "?" and decodes "%20".
    root = tmp_path / "place"
    path = root / folder / "db.sqlite3"
    path.parent.mkdir(parents=True)
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE marker (x)")
    finally:
        engine.dispose()
    assert path.is_file()
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == sorted(
        [folder, str(Path(folder) / "db.sqlite3")]
    )


def test_foreign_key_violation_raises_through_the_orm(database: Database) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), database.uow() as session:
        session.add(Person(full_name="Ana Torres", organization_id=4242))
        session.flush()
    with database.uow() as session:
        assert session.scalar(text("SELECT count(*) FROM people")) == 0


def test_foreign_key_violation_raises_in_plain_sql(database: Database) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), database.uow() as session:
        session.execute(
            text(
                "INSERT INTO people (full_name, sort_name, organization_id, uuid, created_at,"
                " updated_at) VALUES ('Ana', 'ana', 4242, 'u-1', '2025-01-01', '2025-01-01')"
            )
        )


def test_unit_of_work_commits_on_success_and_rolls_back_on_error(database: Database) -> None:
    with database.uow() as session:
        session.add(Organization(name="Kept", actor_type=ActorType.PUBLIC))
    with pytest.raises(ZeroDivisionError), database.uow() as session:
        session.add(Organization(name="Dropped", actor_type=ActorType.PUBLIC))
        session.flush()
        _ = 1 / 0
    with database.uow() as session:
        names = session.scalars(text("SELECT name FROM organizations")).all()
    assert names == ["Kept"]


def test_nested_unit_of_work_is_refused(database: Database) -> None:
    with pytest.raises(RuntimeError, match="nested unit of work"), database.uow():  # noqa: SIM117
        with database.uow():
            pytest.fail("the inner block must not run")
    # The refusal left the unit of work usable.
    with database.uow() as session:
        assert session.scalar(text("SELECT 1")) == 1


def test_unit_of_work_is_per_thread(database: Database) -> None:
    results: list[object] = []

    def other_thread() -> None:
        with database.uow() as session:
            results.append(session.scalar(text("SELECT 2")))

    with database.uow():
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join(timeout=10)
    assert not worker.is_alive()
    assert results == [2]


def test_uow_objects_do_not_expire_after_commit(database: Database) -> None:
    with database.uow() as session:
        org = Organization(name="Detached", actor_type=ActorType.PRIVATE)
        session.add(org)
    assert org.name == "Detached"  # readable after the session closed (expire_on_commit=False)


@pytest.mark.parametrize(
    ("message", "code"),
    [("database is locked", "db_locked"), ("database or disk is full", "disk_full")],
)
def test_operational_errors_a_user_can_fix_become_user_errors(message: str, code: str) -> None:
    exc = OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))
    translated = translate_operational_error(exc)
    assert isinstance(translated, UserError)
    assert translated.code == code


def test_other_operational_errors_stay_bugs() -> None:
    exc = OperationalError("SELECT ...", {}, sqlite3.OperationalError("no such table: x"))
    assert translate_operational_error(exc) is exc


@pytest.mark.sqlite_only
def test_locked_database_surfaces_as_db_locked(database: Database) -> None:
    # Another program holds the write lock. Shorten the wait (5 s in the app) for the test:
    # this listener runs after make_engine's own, so its busy_timeout wins.
    engine = make_engine(sqlite_url(database.path))

    @event.listens_for(engine, "connect")
    def _short_timeout(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    holder = sqlite3.connect(database.path, timeout=0, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError) as caught, UnitOfWork(engine)() as session:
            session.add(Organization(name="Blocked", actor_type=ActorType.PUBLIC))
        assert caught.value.code == "db_locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
