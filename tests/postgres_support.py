"""The PostgreSQL server the data and service tests also run on (``AGENCYDESK_TEST_PG``).

``AGENCYDESK_TEST_PG`` is a URL of a role that may create databases, ending in a database to
connect to for that (``postgresql://agencydesk@127.0.0.1:5433/postgres``; ``.ci/run`` starts
such a server). Database names carry the process id, so that two test runs on one server do not
meet, and are dropped at the end of the session.

Each test starts from the same state as a fresh copy of a template, but not through
``CREATE DATABASE ... TEMPLATE``: measured here, that copies the ~9 MB of a database's catalogs
in 150-500 ms, which for ~380 tests was two minutes more than the whole SQLite run. Instead one
database per kind ("migrated": the empty schema at head; "demo": the demo data) is made once
and, before each test, put back as it was in one round trip (~10 ms): every table emptied,
the kind's rows copied back from a snapshot schema, the id sequences set back. A test that
changes the schema itself must not use these: ``empty()`` gives it a database of its own.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import inspect, make_url

from agencydesk.data.models import schema
from agencydesk.services.database import Database, open_database

PG_ENV = "AGENCYDESK_TEST_PG"
SNAPSHOT = "adtest_snapshot"


def server_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@dataclass
class _Reusable:
    name: str
    connection: object  # a psycopg connection kept open to reset the database quickly
    reset_sql: str


class PostgresServer:
    """Creates, resets and drops the test databases on the server ``admin_url`` names."""

    def __init__(self, admin_url: str) -> None:
        import psycopg  # the optional driver: imported only when a server is given

        self._psycopg = psycopg
        self.admin_url = admin_url
        self.prefix = f"adtest_{os.getpid()}"
        self._numbers = itertools.count(1)
        self._reusable: dict[str, _Reusable] = {}
        self._made: list[str] = []
        self._admin = psycopg.connect(_libpq(admin_url), autocommit=True)

    def url_of(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def empty(self, encoding: str | None = None) -> str:
        """A new database without any table (what an administrator hands over); its name.
        ``encoding``: another than the server's (UTF8), e.g. SQL_ASCII."""
        name = f"{self.prefix}_{next(self._numbers)}"
        options = (
            f" ENCODING '{encoding}' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
            if encoding
            else ""
        )
        self._admin.execute(f'CREATE DATABASE "{name}"{options}')
        self._made.append(name)
        return name

    def execute(self, sql: str) -> None:
        """Run ``sql`` as the test role, on the database of ``AGENCYDESK_TEST_PG``."""
        self._admin.execute(sql)

    def execute_in(self, name: str, sql: str) -> None:
        """Run ``sql`` as the test role, in the database ``name``."""
        with self._psycopg.connect(_libpq(self.url_of(name)), autocommit=True) as connection:
            connection.execute(sql)

    def tables_of(self, name: str) -> list[str]:
        with self._psycopg.connect(_libpq(self.url_of(name)), autocommit=True) as connection:
            rows = connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
            return [row[0] for row in rows]

    def drop(self, name: str) -> None:
        # A closed connection's server process ends a moment after the client lets go; one of
        # another role (a test's second user) cannot be ended by FORCE, which needs that role.
        # Wait for those to be gone (up to 10 s) before dropping.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            others = self._admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND usename <> "
                "current_user AND backend_type = 'client backend'",
                (name,),
            ).fetchone()[0]
            if not others:
                break
            time.sleep(0.05)
        self._drop_now(name)
        if name in self._made:
            self._made.remove(name)

    def _drop_now(self, name: str) -> None:
        # FORCE: a connection a failed test left open must not keep the database alive. It
        # refuses when a process it may not signal is there: an autovacuum worker (seen in CI
        # on the much-reset demo database) or another role's session, unless the test role is
        # in pg_signal_backend (.ci/postgres.sh grants that). Then end the test role's own
        # sessions and use a plain DROP, which stops autovacuum itself and waits up to 5 s for
        # the rest; try a few times.
        try:
            self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except self._psycopg.errors.InsufficientPrivilege:
            pass
        for attempt in range(5):
            self._admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                "AND usename = current_user AND pid <> pg_backend_pid()",
                (name,),
            )
            try:
                self._admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
                return
            except self._psycopg.errors.ObjectInUse:
                if attempt == 4:
                    raise
                time.sleep(1)

    def ready(self, kind: str, build: Callable[[Database], None] | None = None) -> str:
        """The database of ``kind``, as it was right after it was migrated and built; its name.

        The first call makes it (migrated to head, then filled by ``build``); each later one
        closes what the previous test left connected and puts the rows back.
        """
        reusable = self._reusable.get(kind)
        if reusable is None:
            reusable = self._make(kind, build)
            self._reusable[kind] = reusable
            return reusable.name
        self._admin.execute(
            # The test role's own sessions only: an autovacuum worker may be there too, and
            # only a superuser may end it (it holds no lock the reset waits for).
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
            "AND pid <> %s AND usename = current_user AND backend_type = 'client backend'",
            (reusable.name, reusable.connection.info.backend_pid),  # type: ignore[attr-defined]
        )
        reusable.connection.execute(reusable.reset_sql)  # type: ignore[attr-defined]
        return reusable.name

    def close(self) -> None:
        for reusable in self._reusable.values():
            reusable.connection.close()  # type: ignore[attr-defined]
            self._made.append(reusable.name)
        self._reusable.clear()
        for name in list(self._made):
            self.drop(name)
        self._admin.close()

    def _make(self, kind: str, build: Callable[[Database], None] | None) -> _Reusable:
        name = f"{self.prefix}_{kind}"
        self._drop_now(name)
        self._admin.execute(f'CREATE DATABASE "{name}"')
        database = open_database(self.url_of(name), None)
        try:
            if build is not None:
                build(database)
            present = set(inspect(database.uow.engine).get_table_names())
        finally:
            database.close()
        # Parents before children: rows go back in this order and are deleted in reverse.
        tables = [t.name for t in schema().sorted_tables if t.name in present]
        connection = self._psycopg.connect(_libpq(self.url_of(name)), autocommit=True)
        return _Reusable(name, connection, _snapshot(connection, tables))


def _snapshot(connection, tables: list[str]) -> str:  # a psycopg.Connection
    """Copy the rows of ``tables`` aside; return the SQL that puts them (and the sequences)
    back, in one statement list run as one transaction.

    Tables in the order of their foreign keys, except the ``use_alter`` ones (bottlenecks and
    meetings point at each other): those columns are emptied before the deletes and filled
    after the inserts.
    """
    cyclic = {
        (fk.parent.table.name, fk.parent.name)
        for table in schema().sorted_tables
        for fk in table.foreign_keys
        if fk.constraint is not None and fk.constraint.use_alter
    }
    unlink = [f'UPDATE public."{t}" SET "{c}" = NULL WHERE "{c}" IS NOT NULL' for t, c in cyclic]
    delete = [f'DELETE FROM public."{t}"' for t in reversed(tables)]
    insert, relink, sequences = [], [], []
    for table in tables:
        count = connection.execute(f'SELECT count(*) FROM public."{table}"').fetchone()[0]
        if count:
            connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SNAPSHOT}")
            connection.execute(
                f'CREATE TABLE {SNAPSHOT}."{table}" AS SELECT * FROM public."{table}"'
            )
            columns = [
                row[0]
                for row in connection.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    "'public' AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                )
            ]
            values = ", ".join("NULL" if (table, c) in cyclic else f'"{c}"' for c in columns)
            insert.append(f'INSERT INTO public."{table}" SELECT {values} FROM {SNAPSHOT}."{table}"')
            relink += [
                f'UPDATE public."{table}" AS t SET "{c}" = s."{c}" FROM {SNAPSHOT}."{table}" AS s '
                f'WHERE s.id = t.id AND s."{c}" IS NOT NULL'
                for t, c in cyclic
                if t == table
            ]
        sequence = connection.execute(
            "SELECT pg_get_serial_sequence(%s, 'id')", (f'public."{table}"',)
        ).fetchone()[0]
        if sequence:
            last, called = connection.execute(
                f"SELECT last_value, is_called FROM {sequence}"
            ).fetchone()
            sequences.append(f"SELECT setval('{sequence}', {last}, {str(called).lower()})")
    return "; ".join(unlink + delete + insert + relink + sequences)


def _libpq(url: str) -> str:
    """The URL as libpq reads it (SQLAlchemy's ``postgresql+psycopg://`` is not)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
