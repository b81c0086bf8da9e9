"""Opening a database on a PostgreSQL server (shared mode): connect, check, migrate.

A server's problems become sentences a user can act on (``UserError``): the server cannot be
reached, the login is refused, the database does not exist, the user may not create tables,
the database is not UTF8, the driver is missing. The server words its refusals in its own
language (``lc_messages``) and gives no SQLSTATE for a failed connection, so the English ones
are recognised and anything else is said with the server's own words as the reason.
"""

from __future__ import annotations

import getpass
import logging
import re

from sqlalchemy import URL, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from agencydesk.data import migrate
from agencydesk.data.engine import make_engine, server_url
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError

log = logging.getLogger(__name__)

# Any number, the same in every AgencyDesk: two programs opening a new database at once take
# turns to create the schema instead of both trying (the second then finds it at head).
MIGRATION_LOCK = 0x41474459  # "AGDY"
INSUFFICIENT_PRIVILEGE = "42501"
MINIMUM_VERSION = 130000  # PostgreSQL 13

_LOGIN_REFUSED = re.compile(
    r"password authentication failed|no password supplied|role \S+ does not exist|"
    r"pg_hba\.conf|authentication failed",
    re.IGNORECASE,
)
_NO_DATABASE = re.compile(r"database \S+ does not exist", re.IGNORECASE)


def describe(url: URL) -> dict[str, str]:
    """The parameters every server sentence may use (never the password).

    Without a user in the URL, the server is asked for this computer's user name; without a
    database, for the database of the user's name (libpq's defaults).
    """
    host = url.host or str(url.query.get("host") or "localhost")
    if url.port and url.port != 5432:
        host = f"{host}:{url.port}"
    user = url.username or _system_user()
    return {"server": host, "database": url.database or user, "user": user}


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container)
        return "?"


def open_url(text: str) -> UnitOfWork:
    """Connect to the database a server URL names, check it and bring its schema to head."""
    try:
        url = server_url(text)
    except ArgumentError as exc:
        raise UserError("db_url_invalid", url=text) from exc
    if url.get_backend_name() != "postgresql":
        raise UserError("db_url_invalid", url=url.render_as_string(hide_password=True))
    try:
        engine = make_engine(url)
    except ImportError as exc:  # psycopg is an optional extra: agencydesk[postgres]
        raise UserError("db_server_driver_missing") from exc
    try:
        _check(engine, url)
        _upgrade(engine, url)
    except BaseException:
        engine.dispose()
        raise
    return UnitOfWork(engine)


def _check(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
            version = conn.exec_driver_sql("SHOW server_version").scalar()
            number = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    except OperationalError as exc:
        raise connection_error(exc, url) from exc
    if number < MINIMUM_VERSION:
        # The search's folding function needs normalize() (PostgreSQL 13).
        raise UserError("db_server_old", version=str(version).split()[0], **describe(url))
    if encoding != "UTF8":
        # The search folds accents with normalize(), which needs UTF8; and names in any other
        # encoding would lose their letters.
        raise UserError("db_server_encoding", encoding=str(encoding), **describe(url))


def _upgrade(engine: Engine, url: URL) -> None:
    try:
        with engine.begin() as lock:
            lock.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            # No safety copy before an upgrade: a server's database is backed up by its own
            # tools (pg_dump), which the office's administrator runs.
            migrate.upgrade(engine, None, None)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise UserError("db_server_no_permission", **describe(url)) from exc
        if isinstance(exc, OperationalError) and exc.connection_invalidated:
            raise connection_error(exc, url) from exc
        raise


def connection_error(exc: OperationalError, url: URL) -> UserError:
    """The sentence for a connection the server (or the network) refused."""
    message = str(exc.orig)
    where = describe(url)
    if _NO_DATABASE.search(message):
        return UserError("db_server_no_database", **where)
    if _LOGIN_REFUSED.search(message):
        return UserError("db_server_login", **where)
    log.info("server %s unreachable: %s", where["server"], message)
    # psycopg prefixes "connection failed: connection to server at ... failed:"; the rest of
    # the first line is the useful part ("Connection refused", "timeout expired"); libpq's
    # hint on the next line repeats what the sentence says.
    first = " ".join(message.strip().splitlines()[0].split()) if message.strip() else ""
    reason = first.rpartition(" failed: ")[2] or first
    return UserError("db_server_unreachable", reason=reason, **where)
