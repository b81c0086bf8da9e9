"""``agencydesk exchange-export`` / ``exchange-import``: summaries, conflicts, exit status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_support import Office

from agencydesk.cli import main

CONFLICTED = "H. Ayuntamiento de Huixtla"


@pytest.fixture
def two(demo_template: Path, tmp_path: Path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    shutil.copyfile(demo_template, a)
    shutil.copyfile(demo_template, b)
    return a, b


def _edit(path: Path, name: str, **changes) -> None:
    office = Office(path, name)
    try:
        office.edit_org(CONFLICTED, **changes)
    finally:
        office.close()


def test_export_then_dry_run_then_import_with_a_conflict(
    two, tmp_path: Path, capsys, restore_logging, app_home: Path
) -> None:
    a, b = two
    _edit(a, "A", phone="111")
    _edit(b, "B", phone="222")
    out = tmp_path / "a.agencydesk"

    assert main(["--db", str(a), "exchange-export", "--initiative", "2", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "records (the initiative" in said and str(out) in said

    before = b.read_bytes()
    assert main(["--db", str(b), "exchange-import", str(out), "--dry-run"]) == 3
    dry = capsys.readouterr().out
    assert "(dry run: nothing written)" in dry
    assert f'Conflict: organizations "{CONFLICTED}"' in dry
    assert 'phone: here "222", there "111"' in dry
    assert b.read_bytes() == before
    assert not [p for p in app_home.rglob("*") if "before-exchange" in p.name]

    assert main(["--db", str(b), "exchange-import", str(out)]) == 3
    # A merge has no undo: a verified backup was taken just before it.
    assert [p for p in app_home.rglob("*") if "before-exchange" in p.name]
    assert "left as it is here (undecided)" in capsys.readouterr().out
    assert main(["--db", str(b), "exchange-import", str(out), "--take-theirs"]) == 0
    assert "took the file's version" in capsys.readouterr().out
    office = Office(b, "B")
    try:
        assert office.scalar("SELECT phone FROM organizations WHERE name = :n", n=CONFLICTED) == (
            "111"
        )
    finally:
        office.close()


def test_a_refused_file_is_one_line_and_exit_2(two, tmp_path: Path, capsys, restore_logging):
    _a, b = two
    bad = tmp_path / "bad.agencydesk"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert main(["--db", str(b), "exchange-import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("agencydesk: The file bad.agencydesk is not an AgencyDesk exchange file")


def test_an_unknown_initiative_is_said(two, tmp_path: Path, capsys, restore_logging) -> None:
    a, _b = two
    out = tmp_path / "x.agencydesk"
    assert main(["--db", str(a), "exchange-export", "--initiative", "999", "--out", str(out)]) == 1
    assert capsys.readouterr().err == "agencydesk: There is no initiative number 999.\n"
    assert not out.exists()


def test_a_new_office_starts_from_a_file(two, tmp_path: Path, capsys, restore_logging) -> None:
    a, _b = two
    out = tmp_path / "all.agencydesk"
    assert main(["--db", str(a), "exchange-export", "--out", str(out)]) == 0
    fresh = tmp_path / "new" / "office.sqlite3"
    assert main(["--db", str(fresh), "exchange-import", str(out), "--dry-run"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", str(fresh), "exchange-import", str(out)]) == 0
    assert " created, 0 updated, 0 unchanged, 0 conflicts" in capsys.readouterr().out
