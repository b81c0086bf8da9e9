"""Telling a database server's address from a file path, and showing it without its password.

``--db`` and the settings take either a file path (SQLite, the default) or a PostgreSQL URL
such as ``postgresql://ana@server/agencydesk``. Plain Python (no SQLAlchemy): the command line,
the settings dialog and the status bar use it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# What a user may type; each means PostgreSQL through psycopg 3 (the only driver we ship).
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
PLACEHOLDER = "postgresql://user@server/database"


# "scheme://": a letter, then letters, digits, "+", "-" or "." (RFC 3986). Two characters at
# least: "C://data" is a Windows drive, not a scheme.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def is_database_url(text: str | None) -> bool:
    """Whether ``text`` is written as a URL (``scheme://...``) rather than a file path.

    Any scheme counts: "mysql://..." is then refused as a database AgencyDesk cannot open, not
    taken for a file name. ``is_server_url`` says whether it is one we can open.
    """
    return text is not None and _URL.match(text.strip()) is not None


def is_server_url(text: str | None) -> bool:
    """Whether ``text`` is a PostgreSQL URL (the only server AgencyDesk opens)."""
    if text is None or not is_database_url(text):
        return False
    return text.strip().partition("://")[0].lower() in SERVER_SCHEMES


def hide_password(url: str) -> str:
    """The URL with its password replaced by ``***`` (for the status bar, logs, messages)."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


def server_name(url: str) -> str:
    """Host (and port when not the default) of a server URL, e.g. ``server:5433``."""
    parts = urlsplit(url.strip())
    host = parts.hostname or "localhost"
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: shown as typed
        return parts.netloc.rpartition("@")[2] or host
    return f"{host}:{port}" if port and port != 5432 else host


def database_name(url: str) -> str:
    """The database's name on the server (the path of the URL), or "" when not given."""
    return unquote(urlsplit(url.strip()).path.lstrip("/"))


def user_name(url: str) -> str:
    """The user in the URL ("" when the server's default, the system user, applies)."""
    return unquote(urlsplit(url.strip()).username or "")
