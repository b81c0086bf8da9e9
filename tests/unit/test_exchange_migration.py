"""Schema 0005 (exchange between offices) on a database made by the 0004 program."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from agencydesk.data import migrate
from agencydesk.services.database import open_database
from agencydesk.services.exchange import ExchangeService

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0004-demo.sqlite3"
KEPT = ("organizations", "people", "meetings", "agreements", "actions", "audit_entries")


def _query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_0004_database_with_data_upgrades_to_head_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURE, path)
    assert _query(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    before = {t: _query(path, f"SELECT count(*) FROM {t}")[0][0] for t in KEPT}
    assert before["organizations"] > 50

    database = open_database(path, tmp_path / "backups")
    database.close()

    assert _query(path, "SELECT version_num FROM alembic_version") == [(migrate.HEAD_REVISION,)]
    assert database.backup_taken is not None and "before-upgrade-0004" in database.backup_taken
    assert {t: _query(path, f"SELECT count(*) FROM {t}")[0][0] for t in KEPT} == before
    # The new tables start empty: the database's own id is made at its first exchange.
    assert _query(path, "SELECT count(*) FROM exchange_databases") == [(0,)]
    assert _query(path, "SELECT count(*) FROM exchange_marks") == [(0,)]
    assert _query(path, "PRAGMA foreign_key_check") == []
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]


def test_an_upgraded_database_exchanges_with_a_new_one(
    tmp_path: Path, template_database: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, old)
    new = tmp_path / "new.sqlite3"
    shutil.copyfile(template_database, new)
    a, b = open_database(old, None), open_database(new, None)
    try:
        out = tmp_path / "old.agencydesk"
        written = ExchangeService(a.uow, lambda: "a").export(out)
        service = ExchangeService(b.uow, lambda: "b")
        merged = service.merge(service.read(out))
        assert merged.totals().created == written.rows
        assert b.counts() == a.counts()
        assert service.database_id() not in (
            None,
            ExchangeService(a.uow, lambda: "a").database_id(),
        )
    finally:
        a.close()
        b.close()
