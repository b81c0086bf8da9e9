"""Opening and migrating database files: new, empty, current, older, newer, foreign, broken."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, inspect

from agencydesk.data import migrate, search
from agencydesk.data.models import schema
from agencydesk.domain.errors import UserError
from agencydesk.services.database import Database, open_database

HEAD = migrate.head_revision()
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sidecars(path: Path) -> list[str]:
    """SQLite's -wal / -shm / -journal files left next to a database."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _revision(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    finally:
        conn.close()


def _open_refused(path: Path, backups: Path | None = None) -> UserError:
    with pytest.raises(UserError) as caught:
        open_database(path, backups)
    return caught.value


def _assert_at_head(path: Path) -> None:
    assert _revision(path) == [HEAD]
    missing = set(schema().tables) - _tables(path)
    assert not missing, f"tables not created: {sorted(missing)}"
    assert {"organizations_fts", "people_fts"} <= _tables(path)


# --- new and empty files ---------------------------------------------------------------------


def test_every_released_schema_has_a_fixture_database() -> None:
    # A tripwire: each new revision needs a fixture database made by the one before it (with
    # data) and a test of its real upgrade, as DESIGN.md asks for every released schema.
    assert HEAD == "0005", "add a fixture database of the previous schema and test its upgrade"
    assert sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3")) == [
        "schema-0001-demo.sqlite3",
        "schema-0002-demo.sqlite3",
        "schema-0003-demo.sqlite3",
        "schema-0004-demo.sqlite3",  # its upgrade: tests/unit/test_exchange_migration.py
    ]


def test_the_fast_path_knows_the_real_head() -> None:
    # Opening a current database skips Alembic by comparing with this constant.
    assert migrate.HEAD_REVISION == HEAD


def test_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path, tmp_path / "backups")
    try:
        assert database.backup_taken is None
        assert database.is_empty()
    finally:
        database.close()
    _assert_at_head(path)
    assert not (tmp_path / "backups").exists()


def test_missing_file_and_folder_are_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite3"
    database = open_database(path, tmp_path / "backups")
    database.close()
    assert path.is_file()
    _assert_at_head(path)
    assert database.backup_taken is None
    assert _sidecars(path) == []  # closing checkpointed and removed the WAL


def test_reopening_a_current_database_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    backups = tmp_path / "backups"
    open_database(path, backups).close()
    before = _digest(path)

    again = open_database(path, backups)
    again.close()

    assert again.backup_taken is None
    assert not backups.exists()
    assert _digest(path) == before
    assert _revision(path) == [HEAD]


def test_open_database_counts_an_empty_database(database: Database) -> None:
    counts = database.counts()
    assert (counts.organizations, counts.people, counts.initiatives, counts.agendas) == (0,) * 4
    assert database.is_empty()


# --- the schema the migration builds is the schema of the models ---------------------------


def _not_search_index(name: str | None, type_: str, _parents: dict) -> bool:
    # The search indexes (FTS5 tables and their shadow tables on SQLite, GIN expression
    # indexes on PostgreSQL) are made by raw SQL, not by the models.
    return not search.is_search_object(name, type_)


def test_migration_matches_the_models(database: Database) -> None:
    with database.uow.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _not_search_index}
        )
        differences = compare_metadata(context, schema())
    assert differences == []


def test_migration_has_every_check_constraint_of_the_models(database: Database) -> None:
    inspector = inspect(database.uow.engine)
    for table in schema().sorted_tables:
        expected = {c.name for c in table.constraints if isinstance(c, CheckConstraint) and c.name}
        found = {c["name"] for c in inspector.get_check_constraints(table.name)}
        assert found == expected, table.name


def test_downgrade_to_base_removes_everything_and_upgrade_rebuilds(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path, None)
    try:
        config = migrate.alembic_config()
        with database.uow.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
    finally:
        database.close()
    assert _tables(path) == {"alembic_version"}
    assert _revision(path) == []

    # An empty AgencyDesk database again: it is migrated, not refused as foreign.
    open_database(path, None).close()
    _assert_at_head(path)


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_schema_is_refused_and_left_untouched(
    template_database: Path, tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(template_database, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.execute(
        "INSERT INTO territories (name, level, uuid, created_at, updated_at) "
        "VALUES ('Cusco', 'region', 'u-1', '2025-01-01', '2025-01-01')"
    )
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _digest(path)

    error = _open_refused(path, tmp_path / "backups")

    assert error.code == "db_newer"
    assert error.params == {"path": str(path), "found": "9999", "known": HEAD}
    assert "newer version of AgencyDesk" in str(error)
    assert _digest(path) == before
    assert _sidecars(path) == []
    assert not (tmp_path / "backups").exists()


def test_text_file_is_not_an_agencydesk_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("nombre;tipo\nMunicipalidad de Cusco;público\n", encoding="utf-8")
    before = _digest(path)
    error = _open_refused(path)
    assert error.code == "db_not_agencydesk"
    assert error.params == {"path": str(path)}
    assert _digest(path) == before


def test_file_with_an_sqlite_header_and_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 500)
    before = _digest(path)
    assert _open_refused(path).code == "db_not_agencydesk"
    assert _digest(path) == before


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_sqlite_database_is_refused_and_left_untouched(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org')")
    conn.close()
    before = _digest(path)

    error = _open_refused(path)

    assert error.code == "db_not_agencydesk"
    assert _digest(path) == before  # not even switched to WAL
    assert _tables(path) == {"bookmarks"}
    assert _sidecars(path) == []


def test_folder_is_refused_as_unreadable(tmp_path: Path) -> None:
    error = _open_refused(tmp_path)
    assert error.code == "db_unreadable"
    assert error.params["path"] == str(tmp_path)


def test_path_under_a_file_is_unreadable_not_foreign(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    error = _open_refused(blocker / "db.sqlite3")
    assert error.code == "db_unreadable"
    assert error.params["reason"]


# --- upgrading an older schema ---------------------------------------------------------------


@pytest.mark.sqlite_only
def test_backup_before_upgrade_is_a_complete_copy(database: Database, tmp_path: Path) -> None:
    with database.uow() as session:
        session.execute(
            schema()
            .tables["territories"]
            .insert()
            .values(name="Región de Los Ríos", level="region")
        )
    copy = migrate.backup_before_upgrade(database.path, tmp_path / "backups", HEAD)

    assert copy.parent.parent == tmp_path / "backups"  # the database's own folder in it
    assert copy.name.startswith(f"{database.path.stem}-")
    assert copy.name.endswith(f"-before-upgrade-{HEAD}.sqlite3")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name, level FROM territories").fetchall() == [
            ("Región de Los Ríos", "region")
        ]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    finally:
        conn.close()


# To exercise the upgrade path in isolation (backup first, then upgrade, in one transaction,
# or a failure rolled back), these tests copy the shipped migrations and add a test-only
# revision 0099 after the head: a database at the head is then older.
_TEST_REVISION = '''
"""Test-only revision after the initial schema."""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_marker", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO upgrade_marker (id) VALUES (1)")
    {failure}


def downgrade() -> None:
    op.drop_table("upgrade_marker")
'''


@pytest.fixture
def with_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the migrator at a copy of the shipped migrations plus a revision 0099."""

    def install(failure: str = "") -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            Path(str(files("agencydesk.data") / "migrations")),
            scripts,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        (scripts / "versions" / "0099_test_only.py").write_text(
            _TEST_REVISION.format(failure=failure, head=HEAD), encoding="utf-8"
        )

        def config() -> Config:
            cfg = Config()
            cfg.set_main_option("script_location", str(scripts))
            return cfg

        monkeypatch.setattr(migrate, "alembic_config", config)
        monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")
        assert migrate.head_revision() == "0099"

    return install


def _database_at_head(template_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(template_database, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO territories (name, level, uuid, created_at, updated_at) "
        "VALUES ('Valdivia', 'municipality', 'u-1', '2025-01-01', '2025-01-01')"
    )
    conn.close()
    assert _revision(path) == [HEAD]
    return path


def test_older_schema_is_upgraded_after_a_backup(
    template_database: Path, tmp_path: Path, with_test_revision
) -> None:
    with_test_revision()
    path = _database_at_head(template_database, tmp_path)
    backups = tmp_path / "backups"

    database = open_database(path, backups)
    database.close()

    assert _revision(path) == ["0099"]
    assert "upgrade_marker" in _tables(path)
    assert database.backup_taken is not None
    backup = Path(database.backup_taken)
    assert backup.parent.parent == backups  # the database's own folder in it
    assert f"before-upgrade-{HEAD}" in backup.name
    assert _revision(backup) == [HEAD]
    assert "upgrade_marker" not in _tables(backup)
    for db in (path, backup):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("SELECT name FROM territories").fetchall() == [("Valdivia",)]
        finally:
            conn.close()

    # Once upgraded, opening again takes no second backup.
    again = open_database(path, backups)
    again.close()
    assert again.backup_taken is None
    assert list(backup.parent.iterdir()) == [backup]


def test_failed_upgrade_leaves_the_database_at_its_old_revision(
    template_database: Path, tmp_path: Path, with_test_revision
) -> None:
    with_test_revision(failure='raise RuntimeError("migration bug")')
    path = _database_at_head(template_database, tmp_path)
    backups = tmp_path / "backups"

    with pytest.raises(RuntimeError, match="migration bug"):
        open_database(path, backups)

    # One transaction: the new table and the version stamp were rolled back together.
    assert _revision(path) == [HEAD]
    assert "upgrade_marker" not in _tables(path)
    assert len(list(backups.iterdir())) == 1


def test_database_at_an_older_revision_is_not_refused_as_newer(
    template_database: Path, tmp_path: Path, with_test_revision
) -> None:
    with_test_revision()
    path = _database_at_head(template_database, tmp_path)
    migrate.check_sqlite_file(path)  # no error: the head is known, just older


# --- real upgrades of released schemas -------------------------------------------------------


def test_a_0001_database_with_data_upgrades_to_head_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001-demo.sqlite3", path)
    before = {t: _count(path, t) for t in ("organizations", "bottlenecks", "actions", "meetings")}
    backups = tmp_path / "backups"

    database = open_database(path, backups)
    database.close()

    assert _revision(path) == [HEAD]
    assert database.backup_taken is not None and "before-upgrade-0001" in database.backup_taken
    assert {t: _count(path, t) for t in before} == before
    assert _count(path, "agenda_priorities") == 0
    conn = sqlite3.connect(path)
    try:
        # Every bottleneck starts its history "identified"; the others also show where they are
        # now, dated no earlier than they were identified.
        rows = conn.execute(
            "SELECT b.id, b.status, c.status, c.changed_on, b.identified_on "
            "FROM bottlenecks b JOIN bottleneck_status_changes c ON c.bottleneck_id = b.id "
            "ORDER BY b.id, c.id"
        ).fetchall()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    history: dict[int, list[tuple[str, str]]] = {}
    for bid, current, step, on, identified in rows:
        history.setdefault(bid, []).append((step, on))
        assert identified is None or on >= identified
        assert step in ("identified", current)
    assert len(history) == before["bottlenecks"]
    assert all(steps[0][0] == "identified" for steps in history.values())


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_0002_database_with_data_upgrades_to_head_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0002-demo.sqlite3", path)
    tables = ("meetings", "attendances", "agreements", "bottleneck_status_changes")
    before = {t: _count(path, t) for t in tables}

    database = open_database(path, tmp_path / "backups")
    database.close()

    assert _revision(path) == [HEAD]
    assert database.backup_taken is not None and "before-upgrade-0002" in database.backup_taken
    assert {t: _count(path, t) for t in tables} == before
    conn = sqlite3.connect(path)
    try:
        # Every meeting's log opens with where it stands; nothing else is invented.
        log = conn.execute(
            "SELECT m.status, c.from_status, c.to_status FROM meetings m "
            "JOIN meeting_status_changes c ON c.meeting_id = m.id"
        ).fetchall()
        conveners = conn.execute("SELECT count(*) FROM meetings WHERE convener_id IS NOT NULL")
        assert conveners.fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM agenda_item_bottlenecks").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert len(log) == before["meetings"]
    assert all(frm is None and to == status for status, frm, to in log)


def test_a_0003_database_with_data_upgrades_to_head_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003-demo.sqlite3", path)
    tables = ("organizations", "people", "actions", "agreements", "import_batches")
    before = {t: _count(path, t) for t in tables}
    assert before["import_batches"] == 1  # the fixture holds one batch made under 0003

    database = open_database(path, tmp_path / "backups")
    database.close()

    assert _revision(path) == [HEAD]
    assert database.backup_taken is not None and "before-upgrade-0003" in database.backup_taken
    assert {t: _count(path, t) for t in tables} == before
    conn = sqlite3.connect(path)
    try:
        # The batch made before 0004 keeps its counts; the new columns start empty or at 0.
        batch = conn.execute(
            "SELECT file_name, created_count, rows_count, unchanged_count, user, format, "
            "header_row, undone_at, undone_by FROM import_batches"
        ).fetchall()
        assert batch == [("actores.xlsx", 2, 0, 0, None, None, None, None, None)]
        assert conn.execute("SELECT count(*) FROM import_mappings").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
