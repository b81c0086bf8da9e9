"""Shared mode from the command line: ``agencydesk --db postgresql://... import / undo-import /
demo / export`` on a server's database. Needs ``AGENCYDESK_TEST_PG``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import make_url

from agencydesk.cli import main
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import open_database
from postgres_support import PostgresServer

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("restore_logging")]


@pytest.fixture
def server_db(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the server (with a password in it, as a user may
    type it; the test server does not ask for one)."""
    name = pg_server.empty()
    yield make_url(pg_server.url_of(name)).set(password="s3cret").render_as_string(False)
    pg_server.drop(name)


def _sheet(folder: Path, rows: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["PADRÓN DE ORGANIZACIONES"])
    sheet.append(["Nombre de la organización", "Tipo de actor", "RUT", "Representante"])
    sheet.append(
        ["Asociación de Pescadores José Olaya", "Sociedad civil", "65.432.100-1", "José Núñez"]
    )
    for i in range(rows):
        sheet.append([f"Cooperativa Agrícola Ñuble {i}", "Privado", None, f"María Pérez {i}"])
    path = folder / "padron.xlsx"
    book.save(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_search_and_undo_on_the_server(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _sheet(tmp_path, 1500)  # over the bulk threshold: the load path of big files
    code, out, err = _run(capsys, "--db", server_db, "import", str(source), "--as", "organizations")
    assert (code, err) == (0, ""), err
    assert "1501 created" in out
    batch = re.search(r"\(batch (\d+)\)", out)
    assert batch is not None

    database = open_database(server_db, None)
    try:
        actors = ActorsService(database.uow, lambda: "ana")
        [olaya] = actors.organization_ids(ListQuery(text="jose olaya"))
        assert actors.organization(olaya).draft.representative == "José Núñez"
        assert len(actors.organization_ids(ListQuery(text="nuble"))) == 1500
        assert len(actors.organization_ids(ListQuery(text="maria perez 149"))) == 11
    finally:
        database.close()

    code, out, err = _run(capsys, "--db", server_db, "undo-import", batch.group(1))
    assert (code, err) == (0, ""), err
    database = open_database(server_db, None)
    try:
        assert database.counts().organizations == 0
    finally:
        database.close()


def test_demo_and_export_on_the_server_never_print_the_password(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--db", server_db, "demo")
    assert (code, err) == (0, ""), err
    assert "s3cret" not in out and ":***@" in out
    out_file = tmp_path / "organizations.json"
    code, out, err = _run(
        capsys, "--db", server_db, "export", "organizations", "--out", str(out_file)
    )
    assert (code, err) == (0, ""), err
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert len(exported) == 63
    assert any(row["name"] == "Gobierno Regional de Ucayali" for row in exported)


def test_a_server_that_refuses_is_one_line_on_the_command_line(
    pg_server: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url_of(f"{pg_server.prefix}_not_there")
    out_file = tmp_path / "o.json"
    code, out, err = _run(capsys, "--db", url, "export", "organizations", "--out", str(out_file))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "has no database called" in err
    assert not out_file.exists()


def test_insert_many_keeps_the_order_the_constants_and_the_ids(database) -> None:
    # The import's bulk insert: SQLite's own fast path, PostgreSQL's through RETURNING.
    from sqlalchemy import text

    from agencydesk.data.repos.importing import insert_many

    with database.uow() as session:
        ids = insert_many(
            session,
            "organizations",
            [{"name": f"Asociación {i}", "actor_type": "civil_society"} for i in range(5)],
            constants={"sector": "Pesca"},
        )
        other = [{"name": "Otra", "actor_type": "private"}]
        assert insert_many(session, "organizations", other, want_ids=False) == []
    with database.uow() as session:
        rows = session.execute(
            text("SELECT id, name, sector, sort_name FROM organizations ORDER BY id")
        ).all()
    assert [r.id for r in rows[:5]] == ids == sorted(ids)
    assert [r.name for r in rows[:5]] == [f"Asociación {i}" for i in range(5)]
    assert {r.sector for r in rows[:5]} == {"Pesca"}
    assert rows[0].sort_name == "asociacion 0"
