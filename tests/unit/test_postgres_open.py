"""Shared mode: opening a database on a PostgreSQL server, and what a user is told when that
cannot be done. The server tests need ``AGENCYDESK_TEST_PG`` (.ci/run starts a server); the
sentences for a server's refusals are also checked without one."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.exc import OperationalError

from agencydesk import paths
from agencydesk.data import migrate, server
from agencydesk.domain.database_url import (
    database_name,
    hide_password,
    is_database_url,
    is_server_url,
    server_name,
)
from agencydesk.domain.errors import UserError, english_message
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from postgres_support import PostgresServer

# --- addresses (no server needed) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "ours"),
    [
        ("postgresql://ana@server/agencydesk", True, True),
        ("postgres://ana:secret@10.0.0.5:5433/oficina", True, True),
        ("postgresql+psycopg://ana@server/agencydesk", True, True),
        ("mysql://ana@server/agencydesk", True, False),
        ("/home/ana/agencydesk.sqlite3", False, False),
        ("C:\\Datos\\agencydesk.sqlite3", False, False),
        ("C://Datos/agencydesk.sqlite3", False, False),
        ("oficina.sqlite3", False, False),
        ("", False, False),
    ],
)
def test_a_server_url_is_told_from_a_file(text: str, url: bool, ours: bool) -> None:
    assert (is_database_url(text), is_server_url(text)) == (url, ours)


def test_the_password_is_never_shown() -> None:
    shown = hide_password("postgresql://ana:s3cr%40t@server:5433/oficina?sslmode=require")
    assert shown == "postgresql://ana:***@server:5433/oficina?sslmode=require"
    assert hide_password("postgresql://ana@server/oficina") == "postgresql://ana@server/oficina"
    assert hide_password("/home/ana/a.sqlite3") == "/home/ana/a.sqlite3"
    assert server_name("postgresql://ana@server:5433/oficina") == "server:5433"
    assert server_name("postgresql://ana@server:5432/oficina") == "server"
    assert database_name("postgresql://ana@server/mi%20oficina") == "mi oficina"


def test_db_option_takes_a_url_and_keeps_the_default_file(tmp_path) -> None:
    given = paths.resolve("postgresql://ana@server/oficina", {paths.HOME_ENV: str(tmp_path)})
    assert given.database_url == "postgresql://ana@server/oficina"
    assert given.target == "postgresql://ana@server/oficina"
    assert given.existing_target() == given.target  # a server's database: checked by opening
    assert given.database == tmp_path.resolve() / "data" / paths.DB_FILE
    plain = paths.resolve(str(tmp_path / "a.sqlite3"), {paths.HOME_ENV: str(tmp_path)})
    assert plain.database_url is None and plain.target == tmp_path / "a.sqlite3"
    with pytest.raises(UserError) as caught:
        plain.existing_target()
    assert caught.value.code == "db_unreadable"


def test_another_kind_of_server_is_refused_in_a_sentence() -> None:
    with pytest.raises(UserError) as caught:
        open_database("mysql://ana@server/oficina", None)
    assert caught.value.code == "db_url_invalid"
    assert "postgresql://user@server/database" in english_message(caught.value)


def _refusal(message: str) -> UserError:
    url = make_url("postgresql+psycopg://ana:secret@server:5433/oficina")
    return server.connection_error(OperationalError("connect", {}, Exception(message)), url)


@pytest.mark.parametrize(
    ("message", "code"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5433 failed: FATAL:  '
            'password authentication failed for user "ana"',
            "db_server_login",
        ),
        ("connection failed: fe_sendauth: no password supplied", "db_server_login"),
        ('connection failed: ... failed: FATAL:  role "ana" does not exist', "db_server_login"),
        (
            'connection failed: ... failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9"',
            "db_server_login",
        ),
        (
            'connection failed: ... failed: FATAL:  database "oficina" does not exist',
            "db_server_no_database",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5433 failed: Connection '
            "refused\n\tIs the server running on that host and accepting TCP/IP connections?",
            "db_server_unreachable",
        ),
        ("connection failed: timeout expired", "db_server_unreachable"),
        # A server answering in Spanish (lc_messages): said with its own words.
        (
            "FATAL:  la autentificación password falló para el usuario «ana»",
            "db_server_unreachable",
        ),
    ],
)
def test_server_refusals_become_sentences(message: str, code: str) -> None:
    error = _refusal(message)
    assert error.code == code
    sentence = english_message(error)
    assert "secret" not in sentence and "{" not in sentence
    assert "server:5433" in sentence


def test_unreachable_gives_the_reason_without_libpqs_hint() -> None:
    error = _refusal(
        'connection failed: connection to server at "10.0.0.5", port 5433 failed: Connection '
        "refused\n\tIs the server running on that host and accepting TCP/IP connections?"
    )
    assert error.params["reason"] == "Connection refused"


def test_a_missing_driver_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_driver(_url):
        raise ModuleNotFoundError("No module named 'psycopg'")

    monkeypatch.setattr(server, "make_engine", no_driver)
    with pytest.raises(UserError) as caught:
        open_database("postgresql://ana@server/oficina", None)
    assert caught.value.code == "db_server_driver_missing"
    assert "agencydesk[postgres]" in english_message(caught.value)


# --- on a real server --------------------------------------------------------------------------


@pytest.fixture
def empty_url(pg_server: PostgresServer) -> Iterator[str]:
    """A new database on the server, without tables (as an administrator hands it over)."""
    name = pg_server.empty()
    yield pg_server.url_of(name)
    pg_server.drop(name)


@pytest.mark.postgres
def test_an_empty_server_database_is_created_at_head_and_reopened_as_is(empty_url: str) -> None:
    first = open_database(empty_url, None)
    try:
        assert first.path is None and first.url == empty_url and not first.is_file
        assert first.backup_taken is None
        assert migrate.current_revision(first.uow.engine) == migrate.HEAD_REVISION
        assert first.is_empty()
        ActorsService(first.uow, lambda: "ana").create_organization(
            OrganizationDraft("Cámara de Comercio de Ucayali")
        )
    finally:
        first.close()
    again = open_database(empty_url, None)
    try:
        assert again.counts().organizations == 1
        assert again.name == f"{make_url(empty_url).database} @ {server_name(empty_url)}"
        assert again.location == hide_password(empty_url)
    finally:
        again.close()


@pytest.mark.postgres
def test_two_programs_opening_a_new_database_at_once_both_succeed(empty_url: str) -> None:
    # The second waits for the first's schema (an advisory lock), then finds it at head.
    opened: list[Database] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(open_database(empty_url, None))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == [] and len(opened) == 2
        assert {migrate.current_revision(d.uow.engine) for d in opened} == {migrate.HEAD_REVISION}
    finally:
        for database in opened:
            database.close()


@pytest.mark.postgres
def test_a_server_that_does_not_answer_is_said(pg_server: PostgresServer) -> None:
    url = make_url(pg_server.admin_url).set(host="127.0.0.1", port=1, database="oficina")
    with pytest.raises(UserError) as caught:
        open_database(url.render_as_string(hide_password=False), None)
    assert caught.value.code == "db_server_unreachable"
    assert caught.value.params["server"] == "127.0.0.1:1"


@pytest.mark.postgres
def test_a_missing_database_is_said(pg_server: PostgresServer) -> None:
    url = pg_server.url_of(f"{pg_server.prefix}_never_made")
    with pytest.raises(UserError) as caught:
        open_database(url, None)
    assert caught.value.code == "db_server_no_database"
    assert caught.value.params["database"] == f"{pg_server.prefix}_never_made"


@pytest.mark.postgres
def test_an_unknown_user_is_said(pg_server: PostgresServer) -> None:
    url = make_url(pg_server.url_of("postgres")).set(username="nadie_conocido", password="x")
    with pytest.raises(UserError) as caught:
        open_database(url.render_as_string(hide_password=False), None)
    assert caught.value.code == "db_server_login"
    assert caught.value.params["user"] == "nadie_conocido"


@pytest.fixture
def other_role(pg_server: PostgresServer) -> Iterator[str]:
    """A login role that owns nothing (skipped when the test role may not create roles)."""
    import psycopg

    role = f"{pg_server.prefix}_clerk"
    try:
        pg_server.execute(f'CREATE ROLE "{role}" LOGIN')
    except psycopg.errors.InsufficientPrivilege:
        pytest.skip("the test role may not create roles")
    yield role
    pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.postgres
def test_a_user_who_may_not_create_tables_is_told_to_ask_for_ownership(
    pg_server: PostgresServer, empty_url: str, other_role: str
) -> None:
    # Since PostgreSQL 15 only the database's owner may create tables in its public schema.
    pg_server.execute_in(make_url(empty_url).database, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    url = make_url(empty_url).set(username=other_role, password=None)
    with pytest.raises(UserError) as caught:
        open_database(url.render_as_string(hide_password=False), None)
    assert caught.value.code == "db_server_no_permission"
    assert caught.value.params["user"] == other_role
    assert "owner" in english_message(caught.value)


@pytest.mark.postgres
def test_a_database_not_in_utf8_is_refused_before_anything_is_written(
    pg_server: PostgresServer,
) -> None:
    name = pg_server.empty(encoding="SQL_ASCII")
    try:
        with pytest.raises(UserError) as caught:
            open_database(pg_server.url_of(name), None)
        assert caught.value.code == "db_server_encoding"
        assert caught.value.params["encoding"] == "SQL_ASCII"
        assert pg_server.tables_of(name) == []
    finally:
        pg_server.drop(name)


@pytest.mark.postgres
def test_a_connection_lost_mid_work_is_said_and_the_next_one_works(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "ana")
    with pytest.raises(UserError) as caught, database.uow() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        # The server ends this connection (a restart, a network cut) in the middle of the work.
        with database.uow.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(text("SELECT 1"))
    assert caught.value.code == "db_server_lost"
    # pool_pre_ping: the next piece of work gets a live connection.
    created = actors.create_organization(OrganizationDraft("Asociación de Productores"))
    assert actors.organization(created.id).name == "Asociación de Productores"


@pytest.mark.postgres
def test_a_server_older_than_13_is_said(
    empty_url: str, pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "MINIMUM_VERSION", 990000)  # as if this server were too old
    with pytest.raises(UserError) as caught:
        open_database(empty_url, None)
    assert caught.value.code == "db_server_old"
    assert caught.value.params["version"].split(".")[0].isdigit()
    assert pg_server.tables_of(make_url(empty_url).database) == []
