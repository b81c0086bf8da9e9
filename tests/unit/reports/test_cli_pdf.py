"""``agencydesk [--db PATH] pdf KIND ID --out FILE.pdf``: every kind on the demo data, and one
clear line with a non-zero exit for every mistake."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from agencydesk.cli import main
from agencydesk.data.engine import make_engine, server_url, sqlite_url

pytestmark = pytest.mark.usefixtures("restore_logging")


def first_id(db: str, sql: str) -> int:
    engine = make_engine(server_url(db) if "://" in db else sqlite_url(Path(db)))
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql(sql).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture
def demo_file(demo_database) -> str:
    """What ``--db`` names: the demo database's file, or its server's URL."""
    return str(demo_database.path or demo_database.url)


@pytest.mark.parametrize(
    ("kind", "sql", "expected"),
    [
        ("action-plan", "SELECT min(id) FROM action_plans", "Plan"),
        ("minutes", "SELECT min(id) FROM meetings WHERE status = 'minutes_approved'", "Acta"),
        ("sign-in", "SELECT min(id) FROM meetings WHERE status = 'planned'", "Firma"),
        ("handover", "SELECT min(id) FROM initiatives", "Expediente"),
        ("agreements", "SELECT min(id) FROM initiatives", "cuerdos"),
    ],
)
def test_each_document_of_the_demo_is_written(
    demo_file: str, tmp_path: Path, capsys, kind: str, sql: str, expected: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    record = first_id(demo_file, sql)
    code = main(["--db", str(demo_file), "pdf", kind, str(record), "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert f"{pages} {'page' if pages == 1 else 'pages'} written to {out}" in printed.out
    first = reader.pages[0].extract_text()
    assert expected.lower() in first.lower()
    assert f"Página 1 de {len(reader.pages)}" in first


def test_agreements_of_every_initiative(demo_file: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "todos.pdf"
    assert main(["--db", str(demo_file), "pdf", "agreements", "all", "--out", str(out)]) == 0
    assert PdfReader(out).pages


def test_the_language_can_be_chosen(demo_file: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "en.pdf"
    record = first_id(demo_file, "SELECT min(id) FROM meetings")
    args = ["--db", str(demo_file), "pdf", "minutes", str(record), "--out", str(out)]
    assert main([*args, "--language", "en"]) == 0
    assert "Page 1 of" in PdfReader(out).pages[0].extract_text()


def test_settings_give_the_language_and_the_office(
    demo_file: str, tmp_path: Path, capsys, app_paths
) -> None:
    app_paths.config_dir.mkdir(parents=True, exist_ok=True)
    app_paths.settings_file.write_text(
        json.dumps({"language": "pt_BR", "office_name": "Agência de Desenvolvimento de Acre"}),
        encoding="utf-8",
    )
    out = tmp_path / "pt.pdf"
    record = first_id(demo_file, "SELECT min(id) FROM action_plans")
    assert main(["--db", str(demo_file), "pdf", "action-plan", str(record), "--out", str(out)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Agência de Desenvolvimento de Acre" in text
    assert "Página 1 de" in text


def test_a_record_that_does_not_exist(demo_file: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    code = main(["--db", str(demo_file), "pdf", "action-plan", "9999", "--out", str(out)])
    assert code == 1
    assert capsys.readouterr().err.strip() == "agencydesk: there is no action plan 9999"
    assert not out.exists()


def test_an_id_that_is_not_a_number(demo_file: str, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(demo_file), "pdf", "minutes", "tercera", "--out", str(tmp_path / "x")])
    assert exited.value.code == 2
    assert "ID must be a number" in capsys.readouterr().err


def test_a_folder_that_cannot_be_written_is_one_line(
    demo_file: str, tmp_path: Path, capsys
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    record = first_id(demo_file, "SELECT min(id) FROM meetings")
    out = blocker / "acta.pdf"
    code = main(["--db", str(demo_file), "pdf", "minutes", str(record), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("agencydesk: Cannot write") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_the_command_line_starts_without_reportlab() -> None:
    probe = "import sys, agencydesk.cli; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
