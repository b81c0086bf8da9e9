"""Accent- and case-insensitive full-text search. DATABASE-SPECIFIC code lives here only.

SQLite: organizations and people each have an FTS5 index over their searchable columns, with
the ``unicode61 remove_diacritics 2`` tokenizer, so "jose" finds "José" and "nunez" "Núñez" in
well under a millisecond at 100,000 rows. The index is an external-content table kept in sync
by triggers; bulk loaders call ``bulk_loading`` to drop the triggers and rebuild once at the
end (triggers make a bulk insert ~7x slower).

PostgreSQL: the same words are found the same way through a GIN index over
``to_tsvector('simple', agencydesk_fold(<the searchable columns>))``: ``agencydesk_fold`` (an SQL
function made by the first migration) lower-cases, drops accents (NFD, then the combining
marks) and turns every other non-alphanumeric character into a space, as FTS5's tokenizer
does; the 'simple' configuration neither stems nor drops stop words. The query goes through the
same function (``agencydesk_prefix_query``), each word a prefix (``'jos':*``), all required.
No extension is needed (``unaccent`` and ``pg_trgm`` are not always installable on an office's
server). The index is an expression index: PostgreSQL keeps it up to date by itself, so
``bulk_loading`` has nothing to do there.

Any other database falls back to a LIKE over the folded sort key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Select, literal_column, select, text
from sqlalchemy.orm import Session

from agencydesk.domain.text import fold, search_terms


@dataclass(frozen=True)
class SearchIndex:
    table: str
    index: str
    columns: tuple[str, ...]


INDEXES = {
    "organizations": SearchIndex(
        "organizations",
        "organizations_fts",
        ("name", "short_name", "tax_id", "sector", "representative", "email"),
    ),
    "people": SearchIndex(
        "people", "people_fts", ("full_name", "national_id", "position", "email", "phone")
    ),
}


def _trigger_sql(ix: SearchIndex) -> list[str]:
    cols = ", ".join(ix.columns)
    new = ", ".join(f"new.{c}" for c in ix.columns)
    old = ", ".join(f"old.{c}" for c in ix.columns)
    delete = f"INSERT INTO {ix.index}({ix.index}, rowid, {cols}) VALUES('delete', old.id, {old});"
    insert = f"INSERT INTO {ix.index}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE TRIGGER {ix.index}_ai AFTER INSERT ON {ix.table} BEGIN {insert} END",
        f"CREATE TRIGGER {ix.index}_ad AFTER DELETE ON {ix.table} BEGIN {delete} END",
        f"CREATE TRIGGER {ix.index}_au AFTER UPDATE ON {ix.table} BEGIN {delete} {insert} END",
    ]


def create_sql() -> list[str]:
    """DDL for the indexes and their triggers (used by the initial migration)."""
    statements: list[str] = []
    for ix in INDEXES.values():
        statements.append(
            f"CREATE VIRTUAL TABLE {ix.index} USING fts5({', '.join(ix.columns)}, "
            f"content='{ix.table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        statements.extend(_trigger_sql(ix))
    return statements


def drop_sql() -> list[str]:
    statements = []
    for ix in INDEXES.values():
        statements += [f"DROP TRIGGER IF EXISTS {ix.index}_{s}" for s in ("ai", "ad", "au")]
        statements.append(f"DROP TABLE IF EXISTS {ix.index}")
    return statements


# --- PostgreSQL -----------------------------------------------------------------------------

# Combining marks, as a regular-expression class: those of Latin letters first (what NFD makes
# of "é", "ñ", "ç", "ã"), then the rarer supplement and extended blocks.
_PG_MARKS = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"


def pg_create_sql() -> list[str]:
    """DDL for PostgreSQL: the folding functions and one GIN index per searchable table.

    ``normalize`` needs PostgreSQL 13 and a UTF8 database (``server.open_url`` refuses others).
    The functions are IMMUTABLE (their result depends on their argument only), which an index
    expression requires.
    """
    fold = (
        "CREATE OR REPLACE FUNCTION agencydesk_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
        "SELECT btrim(regexp_replace(regexp_replace(normalize(lower(value), NFD), "
        f"'{_PG_MARKS}', '', 'g'), '[^[:alnum:]]+', ' ', 'g')) $$"
    )
    # Every word of what was typed, as a prefix, all of them required: 'jose':* & 'nu':*.
    # quote_literal quotes each word for to_tsquery (a word may be a lone "a", or digits).
    prefix_query = (
        "CREATE OR REPLACE FUNCTION agencydesk_prefix_query(typed text) RETURNS tsquery "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
        "SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(word) || ':*', ' & '), "
        "'')) FROM regexp_split_to_table(agencydesk_fold(typed), ' ') AS word "
        "WHERE word <> '' $$"
    )
    statements = [fold, prefix_query]
    for ix in INDEXES.values():
        statements.append(
            f"CREATE INDEX {pg_index_name(ix)} ON {ix.table} USING gin ({pg_document(ix)})"
        )
    return statements


def pg_drop_sql() -> list[str]:
    statements = [f"DROP INDEX IF EXISTS {pg_index_name(ix)}" for ix in INDEXES.values()]
    statements.append("DROP FUNCTION IF EXISTS agencydesk_prefix_query(text)")
    statements.append("DROP FUNCTION IF EXISTS agencydesk_fold(text)")
    return statements


def pg_index_name(ix: SearchIndex) -> str:
    return f"ix_{ix.table}_search"


def is_search_object(name: str | None, type_: str) -> bool:
    """Whether a schema object is one of the search indexes made here (not by the models)."""
    if name is None:
        return False
    if type_ == "table":  # the FTS5 tables and their shadow tables
        return "_fts" in name
    return type_ == "index" and name in {pg_index_name(ix) for ix in INDEXES.values()}


def pg_document(ix: SearchIndex) -> str:
    """The indexed expression. The query repeats it exactly: PostgreSQL uses an expression
    index only for the same expression. ``||`` and ``coalesce``, not ``concat_ws`` (which is
    not IMMUTABLE and so not allowed in an index)."""
    text_of = " || ' ' || ".join(f"coalesce({c}, '')" for c in ix.columns)
    return f"to_tsvector('simple'::regconfig, agencydesk_fold({text_of}))"


def _dialect(conn: Connection | Session) -> str:
    return conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name


def _is_sqlite(conn: Connection | Session) -> bool:
    return _dialect(conn) == "sqlite"


class BulkLoad:
    """What a bulk load tells ``bulk_loading`` besides its inserts."""

    def __init__(self) -> None:
        self.changed: set[str] = set()

    def existing_rows_changed(self, table: str) -> None:
        """Rows that were there before the load were updated or deleted: the index of
        ``table`` must then be rebuilt whole, not only extended with the new rows."""
        self.changed.add(table)


@contextmanager
def bulk_loading(
    session: Session, tables: tuple[str, ...] = tuple(INDEXES), incremental: bool = False
) -> Iterator[BulkLoad]:
    """Suspend index triggers for a bulk insert, then bring the indexes up to date once.

    Runs inside the caller's transaction: if the load fails, the triggers come back with the
    rollback (SQLite DDL is transactional). By default each index is rebuilt whole. With
    ``incremental``, only the rows inserted during the load (ids above the maximum before it)
    are added to the index, in one statement, so importing 1,000 rows into a directory of
    100,000 does not re-index the 100,000; a table whose existing rows the load says it
    changed (``BulkLoad.existing_rows_changed``) is still rebuilt whole.
    """
    load = BulkLoad()
    if not _is_sqlite(session):
        yield load
        return
    chosen = [INDEXES[t] for t in tables]
    first_new: dict[str, int] = {}
    for ix in chosen:
        if incremental:
            highest = session.execute(text(f"SELECT max(id) FROM {ix.table}")).scalar()
            first_new[ix.table] = (highest or 0) + 1
        for suffix in ("ai", "ad", "au"):
            session.execute(text(f"DROP TRIGGER IF EXISTS {ix.index}_{suffix}"))
    yield load
    for ix in chosen:
        if ix.table in first_new and ix.table not in load.changed:
            cols = ", ".join(ix.columns)
            session.execute(
                text(
                    f"INSERT INTO {ix.index}(rowid, {cols}) "
                    f"SELECT id, {cols} FROM {ix.table} WHERE id >= :first"
                ).bindparams(first=first_new[ix.table])
            )
        else:
            session.execute(text(f"INSERT INTO {ix.index}({ix.index}) VALUES('rebuild')"))
        for statement in _trigger_sql(ix):
            session.execute(text(statement))


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for what the user typed: every word, as a prefix, must appear."""
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


def restrict_to_matches(
    stmt: Select, session: Session, table: str, id_column: ColumnElement, query: str
) -> Select:
    """Add the search condition to a statement selecting rows of ``table``."""
    expression = match_expression(query)
    if expression is None:
        return stmt
    ix = INDEXES[table]
    if _is_sqlite(session):
        matches = (
            select(literal_column("rowid"))
            .select_from(text(ix.index))
            .where(text(f"{ix.index} MATCH :fts_query").bindparams(fts_query=expression))
        )
        return stmt.where(id_column.in_(matches))
    if _dialect(session) == "postgresql":
        found = (
            select(literal_column("id"))
            .select_from(text(ix.table))
            .where(
                text(f"{pg_document(ix)} @@ agencydesk_prefix_query(:search_query)").bindparams(
                    search_query=query
                )
            )
        )
        return stmt.where(id_column.in_(found))
    # Portable fallback: every folded word must appear in the folded sort key.
    sort_key = literal_column(f"{table}.sort_name")
    for term in search_terms(query):
        stmt = stmt.where(sort_key.like(f"%{fold(term)}%"))
    return stmt
