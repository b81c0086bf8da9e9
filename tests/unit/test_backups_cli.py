"""``agencydesk backup [--out DIR]``, ``restore FILE`` and ``check``: exit codes, one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.cli import main
from agencydesk.data import backup as files
from agencydesk.data import db_files
from agencydesk.domain.backups import folder_for
from agencydesk.services.database import Database

# Backups are of SQLite files: a server's database is backed up by its administrator.
pytestmark = [pytest.mark.usefixtures("restore_logging"), pytest.mark.sqlite_only]


def flip_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    data[start : start + 4096] = bytes(b ^ 0xFF for b in data[start : start + 4096])
    path.write_bytes(bytes(data))


@pytest.fixture
def closed_demo(demo_database: Database) -> Path:
    """The demo database at the program's default place, closed (the CLI runs alone)."""
    demo_database.close()
    return demo_database.path


def test_backup_into_the_backups_folder(closed_demo: Path, app_paths: paths.AppPaths, capsys):
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    folder = folder_for(app_paths.backups_dir, closed_demo.resolve())
    (written,) = folder.iterdir()
    assert written.name.endswith("-manual.sqlite3")
    assert out.count("\n") == 1 and str(written) in out and "organizations" in out
    assert db_files.integrity_problems(written) == []


def test_backup_to_a_chosen_folder(closed_demo: Path, tmp_path: Path, capsys) -> None:
    usb = tmp_path / "usb"
    assert main(["--db", str(closed_demo), "backup", "--out", str(usb)]) == 0
    (written,) = usb.iterdir()
    assert written.name.startswith("agencydesk-backup-")
    assert str(written) in capsys.readouterr().out


def test_backup_of_a_missing_database_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite3"), "backup"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("agencydesk: ") and "does not exist" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_server_database_is_not_backed_up_by_the_program(capsys) -> None:
    for command in (["backup"], ["check"], ["restore", "x.sqlite3"]):
        assert main(["--db", "postgresql://ana@server/agencydesk", *command]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "administrator" in err


def test_restore_then_check(closed_demo: Path, tmp_path: Path, capsys) -> None:
    backup = tmp_path / "kept.sqlite3"
    files.write_snapshot(closed_demo, backup, live=True)
    with db_files.open_file(closed_demo, "live") as conn:
        conn.execute("DELETE FROM audit_entries")
        conn.execute("UPDATE organizations SET name = name || ' (changed)'")
    assert main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "kept in" in out
    with db_files.open_file(closed_demo) as conn:
        assert conn.execute("SELECT count(*) FROM organizations WHERE name LIKE '%(changed)'")
        assert conn.execute(
            "SELECT count(*) FROM organizations WHERE name LIKE '%(changed)'"
        ).fetchone() == (0,)

    assert main(["check"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    closed_demo: Path, tmp_path: Path, capsys
) -> None:
    backup = tmp_path / "broken.sqlite3"
    files.write_snapshot(closed_demo, backup, live=True)
    flip_middle_page(backup)
    before = closed_demo.read_bytes()

    assert main(["restore", str(backup)]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and str(backup) in err
    assert closed_demo.read_bytes() == before


def test_restore_of_a_missing_file(closed_demo: Path, tmp_path: Path, capsys) -> None:
    assert main(["restore", str(tmp_path / "nowhere.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err


def test_check_finds_a_damaged_file_and_leaves_it(closed_demo: Path, capsys) -> None:
    flip_middle_page(closed_demo)
    before = closed_demo.read_bytes()

    assert main(["check"]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "agencydesk restore" in err
    assert closed_demo.read_bytes() == before
    assert [s for s in files.SIDE_FILES if Path(str(closed_demo) + s).exists()] == []


def test_check_of_a_text_file(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("minutes")
    assert main(["--db", str(notes), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an AgencyDesk database" in err


def test_backup_restores_the_backup_it_wrote(closed_demo: Path, tmp_path: Path, capsys) -> None:
    """The round trip a user makes: backup to a stick, lose the file, restore from the stick."""
    usb = tmp_path / "usb"
    assert main(["backup", "--out", str(usb)]) == 0
    (written,) = usb.iterdir()
    shutil.move(closed_demo, tmp_path / "lost.sqlite3")
    assert main(["restore", str(written)]) == 0
    assert "restored from" in capsys.readouterr().out
    assert main(["check"]) == 0


def test_restore_refused_while_a_window_holds_the_database(
    closed_demo: Path, tmp_path: Path, capsys
) -> None:
    import subprocess
    import sys

    backup = tmp_path / "kept.sqlite3"
    files.write_snapshot(closed_demo, backup, live=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from agencydesk.services import instance;"
            "lock = instance.acquire(Path(sys.argv[1])); print('held', flush=True);"
            "time.sleep(60)",
            str(closed_demo),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = closed_demo.read_bytes()
        assert main(["restore", str(backup)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("agencydesk: ")
        assert closed_demo.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
