"""The one place that creates engines and sets per-connection pragmas (SQLite) or options
(PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url

# Wait this long for another writer before SQLite raises "database is locked". Most saves run
# on the GUI thread (a form's Save), which does not repaint while it waits: 4 s stays under
# the 5 s after which Windows greys the window as "Not Responding", and outlasts the lock of a
# headless 50,000-row import (held about 1.5 s at its end, measured on a 2-core machine).
BUSY_TIMEOUT_MS = 4000
# The execution option (``UnitOfWork(write=True)``) that begins a transaction IMMEDIATE.
BEGIN_WRITE = "agencydesk_begin_write"
CACHE_KIB = 32_000
MMAP_BYTES = 256 * 1024 * 1024


def sqlite_url(path: Path) -> URL:
    # Built, not formatted: in "sqlite:///{path}" a "?" in a folder name starts the query
    # string and "%20" is decoded, so the engine would open (or create) another file.
    return URL.create("sqlite", database=str(path))


def server_url(text: str) -> URL:
    """A PostgreSQL URL as a user types it, bound to the driver we ship (psycopg 3).

    SQLAlchemy reads a bare ``postgresql://`` as psycopg2, which AgencyDesk does not install;
    ``postgres://`` (as some hosting panels write it) is the same thing.
    """
    url = make_url(text.strip())
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(url: str | URL) -> Engine:
    """An engine whose every connection enforces foreign keys and runs in WAL mode.

    SQLite leaves foreign keys off unless each connection asks; forgetting it silently lets
    orphans in, so it is set here and nowhere else. A server (PostgreSQL) needs none of that:
    see ``_server_engine``.
    """
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return _server_engine(url)
    in_memory = url.database in (None, "", ":memory:")

    engine = create_engine(
        url,
        # A few kept connections: each new SQLite connection starts with an empty page cache,
        # and reading the 100,000-row list index cold costs 4x a warm read (100 ms vs 25 ms,
        # measured). Whoever copies or replaces the file (backup, restore, the demo copy)
        # calls engine.dispose() first (UnitOfWork.dispose).
        **({} if in_memory else {"pool_size": 2, "max_overflow": 4}),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # The sqlite3 module opens transactions itself; let SQLAlchemy own them instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Room for the list indexes of 100,000 organizations and people (default is 2 MB),
        # and reads through the OS's memory map instead of copies.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if not in_memory:
            cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A unit of work that will write takes the write lock at its start, waiting up to the
        # busy timeout for another writer (a headless import, a restore) to finish. Begun
        # deferred, it would read first and then ask to upgrade, and SQLite never waits for
        # that (two readers waiting to write would deadlock): "database is locked" at once.
        # Reads stay deferred: in WAL mode they never wait for a writer.
        if connection.get_execution_options().get(BEGIN_WRITE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


# A server that does not answer is reported after this long, not after the OS's TCP timeout
# (two minutes and more), which would look like a frozen window.
CONNECT_TIMEOUT_S = 10


def _server_engine(url: URL) -> Engine:
    """PostgreSQL: foreign keys are always enforced and there are no pragmas to set.

    ``pool_pre_ping`` tests a pooled connection before handing it out: a server restarted
    overnight, or a laptop back from sleep, would otherwise fail the first click of the day
    with "server closed the connection". The session's time zone is UTC: every timestamp is
    stored naive in UTC (``models.base.utcnow``), and ``now()`` in SQL then agrees with it.
    """
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "AgencyDesk",
            # Text as UTF-8 whatever the server's encoding (server.py refuses any but UTF8).
            "client_encoding": "utf8",
            "options": "-c timezone=UTC",
        },
    )
