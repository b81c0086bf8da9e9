"""The headless command line: one clear line and a non-zero exit for every mistake."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from agencydesk import __version__
from agencydesk.cli import main


def run_cli(*args: str, env_home) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "agencydesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "AGENCYDESK_HOME": str(env_home),
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
        },
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"AgencyDesk {__version__}"


@pytest.mark.parametrize(
    "args", [["--nonsense"], ["export"], ["export", "organizations"], ["frobnicate"]]
)
def test_bad_arguments_give_one_line(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("agencydesk: ")


def test_missing_database_for_export(tmp_path, capsys):
    code = main(
        [
            "--db",
            str(tmp_path / "none.sqlite3"),
            "export",
            "organizations",
            "--out",
            str(tmp_path / "o.json"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_not_a_database(tmp_path, capsys):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("minutes of the last meeting", encoding="utf-8")
    code = main(["--db", str(bogus), "export", "people", "--out", str(tmp_path / "p.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "is not an AgencyDesk database" in err and err.count("\n") == 1
    assert bogus.read_text(encoding="utf-8") == "minutes of the last meeting"


def test_database_from_a_newer_version_is_refused(tmp_path, capsys):
    db = tmp_path / "future.sqlite3"
    assert (
        main(["--db", str(db), "export", "organizations", "--out", str(tmp_path / "x.json")]) == 1
    )
    capsys.readouterr()  # the file did not exist: refused above; now create one at head
    from agencydesk.services.database import open_database

    open_database(db, None).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.read_bytes()
    code = main(["--db", str(db), "export", "organizations", "--out", str(tmp_path / "x.json")])
    err = capsys.readouterr().err
    assert code == 1
    assert "newer version of AgencyDesk" in err and err.count("\n") == 1
    assert db.read_bytes() == before


def test_gui_refuses_a_newer_database_without_a_traceback(tmp_path):
    from agencydesk.services.database import open_database

    db = tmp_path / "future.sqlite3"
    open_database(db, None).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run_cli("--db", str(db), env_home=tmp_path / "home")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "newer version" in result.stderr


def test_smoke_test_passes(tmp_path):
    result = run_cli("--smoke-test", env_home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout


def test_cli_import_stays_light():
    code = (
        "import sys, agencydesk.cli;"
        "heavy = [m for m in ('PySide6', 'openpyxl', 'reportlab', 'sqlalchemy')"
        " if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
