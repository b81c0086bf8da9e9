"""An export only reads: while it writes its file (a large database, a slow USB stick), a save
in the window or another program goes through. Only the first export writes, this database's
exchange id, and commits it before the export begins."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from exchange_support import Office
from sqlalchemy import event

pytestmark = pytest.mark.sqlite_only  # SQLite's write lock

NOTE = "saved during the export"


def _save_meanwhile(office: Office) -> list[tuple[int, int]]:
    """Progress calls of an export that, at each one, saves a change from another connection
    (which would fail at once if the export held the write lock). Returns the calls seen."""
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _label: str) -> None:
        seen.append((done, total))
        other = sqlite3.connect(str(office.path), isolation_level=None, timeout=0.1)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute(
                "UPDATE organizations SET notes = ? WHERE id = (SELECT min(id) FROM organizations)",
                (f"{NOTE} {len(seen)}",),
            )
            other.execute("COMMIT")
        finally:
            other.close()

    office.exchange.export(Path(office.path).with_suffix(".agencydesk"), progress=progress)
    return seen


def _source_id(office: Office) -> str:
    return office.exchange.read(
        Path(office.path).with_suffix(".agencydesk")
    ).info.source_database_id


@pytest.mark.parametrize("exported_before", [False, True], ids=["first export", "later export"])
def test_a_save_goes_through_while_an_export_runs(
    offices: tuple[Office, Office], exported_before: bool
) -> None:
    office, _b = offices
    assert office.exchange.database_id() is None  # a fresh copy of the demo
    if exported_before:
        office.exchange.export(Path(office.path).with_suffix(".agencydesk"))
    own = office.exchange.database_id()

    seen = _save_meanwhile(office)

    assert len(seen) > 1  # one save before the first table and one after each
    last = office.scalar("SELECT notes FROM organizations ORDER BY id LIMIT 1")
    assert last == f"{NOTE} {len(seen)}"
    # The first export gave the database its id, kept since and named in every file.
    assert office.exchange.database_id() is not None
    assert _source_id(office) == office.exchange.database_id()
    if exported_before:
        assert office.exchange.database_id() == own


def test_only_the_first_export_takes_the_write_lock(offices: tuple[Office, Office]) -> None:
    office, _b = offices
    begun: list[str] = []

    @event.listens_for(office.db.uow.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("BEGIN"):
            begun.append(statement)

    office.exchange.export(Path(office.path).with_suffix(".agencydesk"))
    assert begun.count("BEGIN IMMEDIATE") == 1  # the id, in a unit of work of its own
    assert begun[-1] == "BEGIN"  # the export itself only reads
    begun.clear()
    office.exchange.export(Path(office.path).with_suffix(".agencydesk"))
    assert begun and "BEGIN IMMEDIATE" not in begun
