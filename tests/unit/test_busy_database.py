"""A save while another program writes (a headless import of 50,000 rows, a restore): it waits
for the write lock up to the busy timeout instead of failing at once, and past it says the
database is busy, with nothing written.

The other program is a real second process holding SQLite's write lock. Without
``BEGIN IMMEDIATE`` a save that reads before it writes (every update) asks SQLite to upgrade its
read transaction, and SQLite answers "database is locked" at once, whatever the busy timeout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, text

from agencydesk.data import engine as engine_module
from agencydesk.data.engine import BUSY_TIMEOUT_MS
from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database

# The other program: takes the write lock, changes a row, says so, then commits after a delay
# or, with "until-told", when its standard input gets a line.
OTHER_WRITER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE organizations SET notes = 'written by the import' WHERE id = ?",
            (int(sys.argv[2]),))
print("holding", flush=True)
if sys.argv[3] == "until-told":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[3]))
con.execute("COMMIT")
print("committed", flush=True)
"""


@contextmanager
def another_writer(db_file: Path, org_id: int, hold: str) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the write lock of ``db_file`` (``hold``: seconds, or
    "until-told"); yields once it holds it."""
    process = subprocess.Popen(
        [sys.executable, "-c", OTHER_WRITER, str(db_file), str(org_id), hold],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "holding\n"
        yield process
    finally:
        # Tells an "until-told" holder to commit (communicate ignores a holder already gone).
        process.communicate(input="\n", timeout=30)
        assert process.returncode == 0


def two_organizations(actors: ActorsService) -> tuple[int, int]:
    ours = actors.create_organization(OrganizationDraft("Municipalidad de Valdivia"))
    theirs = actors.create_organization(
        OrganizationDraft("Aserradero Los Coihues SpA", actor_type=ActorType.PRIVATE)
    )
    return ours.id, theirs.id


@pytest.mark.sqlite_only
def test_a_save_waits_for_another_programs_write_and_succeeds(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    ours, theirs = two_organizations(actors)
    record = actors.organization(ours)  # the form shows it; the user edits the phone
    assert database.path is not None

    with another_writer(database.path, theirs, hold="1.0"):
        started = time.monotonic()
        # Reads the row, then writes it (and the audit trail): the upgrade case.
        actors.update_organization(ours, replace(record.draft, phone="+56 63 221 0000"))
        waited = time.monotonic() - started

    assert 0.5 < waited < BUSY_TIMEOUT_MS / 1000  # it waited for the commit, then saved
    assert actors.organization(ours).draft.phone == "+56 63 221 0000"
    assert actors.organization(theirs).draft.notes == "written by the import"


@pytest.mark.sqlite_only
def test_a_lock_held_past_the_busy_timeout_says_busy_and_writes_nothing(
    template_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short timeout keeps the test quick; the waiting is the same as with the real one.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 600)
    db_file = tmp_path / "office.sqlite3"
    shutil.copyfile(template_database, db_file)
    database = open_database(db_file, None)
    try:
        actors = ActorsService(database.uow, lambda: "tester")
        ours, theirs = two_organizations(actors)
        record = actors.organization(ours)
        edited = replace(record.draft, phone="+56 63 221 0000")

        with another_writer(db_file, theirs, hold="until-told"):
            started = time.monotonic()
            with pytest.raises(UserError) as refused:
                actors.update_organization(ours, edited)
            waited = time.monotonic() - started
            assert refused.value.code == "db_locked"
            assert waited >= 0.5  # it waited for the timeout, it did not fail at once
            # Reads do not wait for a writer (WAL): the lists stay usable meanwhile.
            started = time.monotonic()
            assert actors.organization(ours).draft.phone is None
            assert time.monotonic() - started < 0.5

        # Nothing was written; once the other program is done, the same save goes through.
        assert actors.organization(ours).draft.phone is None
        actors.update_organization(ours, edited)
        assert actors.organization(ours).draft.phone == "+56 63 221 0000"
    finally:
        database.close()


@pytest.mark.sqlite_only
def test_only_a_writing_unit_of_work_begins_immediate(database: Database) -> None:
    begun: list[str] = []

    @event.listens_for(database.uow.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("BEGIN"):
            begun.append(statement)

    with database.uow() as session:
        session.execute(text("SELECT count(*) FROM organizations"))
    with database.uow(write=True) as session:
        session.execute(text("SELECT count(*) FROM organizations"))
    with database.uow(write=True):
        pass  # the lock is taken on entering, before the block runs
    assert begun == ["BEGIN", "BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]


def test_a_writing_unit_of_work_commits_and_rolls_back(database: Database) -> None:
    """On SQLite and on PostgreSQL alike (where ``write`` changes nothing)."""
    actors = ActorsService(database.uow, lambda: "tester")
    ours, _theirs = two_organizations(actors)
    with database.uow(write=True) as session:
        session.execute(text("UPDATE organizations SET phone = '1' WHERE id = :i"), {"i": ours})
    with pytest.raises(RuntimeError), database.uow(write=True) as session:
        session.execute(text("UPDATE organizations SET phone = '2' WHERE id = :i"), {"i": ours})
        raise RuntimeError("a bug half-way")
    assert actors.organization(ours).draft.phone == "1"
