"""`agencydesk import` and `undo-import`: exit codes, report, rejects, one-line errors."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from agencydesk.cli import main

REPORT_KEYS = {
    "file", "format", "sheet", "header_row", "mapping", "rows", "created", "updated",
    "unchanged", "skipped", "rejected", "matches", "batch_id", "organizations_created",
    "skipped_rows", "blank_rows", "totals_rows", "rejected_rows", "language",
}  # fmt: skip


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the English sentences, whatever the locale of who runs them."""
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actores"
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:D1")
    workbook.save(path)
    return path


def _partner_file(tmp_path: Path, *extra: list[object]) -> Path:
    return _xlsx(
        tmp_path / "padron.xlsx",
        [
            ["PADRÓN DE ACTORES 2025"],
            [],
            ["Nombre de la organización", "Tipo de actor", "RUT", "Correo electrónico"],
            ["Cooperativa Café Sierra S.C.", "privado ", "76.123.456-7", "info@sierra.cl"],
            ["Municipalidad de Valdivia", "Público", "69.200.100-1", None],
            [],
            ["Cooperativa Cafe Sierra", "Privado", None, None],
            *extra,
            ["TOTAL", 3],
        ],
    )


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "oficina.sqlite3"
    report = tmp_path / "informe.json"
    source = _partner_file(tmp_path)

    code, out, err = _run(
        capsys, "--db", str(db), "import", str(source), "--as", "organizations",
        "--report", str(report),
    )  # fmt: skip

    assert (code, err) == (0, "")
    assert "2 created" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert set(data) >= REPORT_KEYS
    assert (data["format"], data["sheet"], data["header_row"]) == ("xlsx", "Actores", 3)
    assert data["mapping"]["RUT"] == "tax_id"
    assert (data["rows"], data["created"], data["skipped"], data["rejected"]) == (3, 2, 2, [])
    assert data["skipped_rows"] == 1  # row 7 repeats row 4
    assert _count(db, "organizations") == 2

    again, out, _ = _run(
        capsys, "--db", str(db), "import", str(source), "--as", "organizations",
        "--on-match", "update", "--report", str(report),
    )  # fmt: skip
    assert again == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert sorted((m["row"], m["by"]) for m in data["matches"]) == [
        (4, "tax_id"), (5, "tax_id"), (7, "name"),
    ]  # fmt: skip
    assert (data["created"], data["unchanged"]) == (0, 2)

    code, out, err = _run(capsys, "--db", str(db), "undo-import", str(data["batch_id"] - 1))
    assert (code, err) == (0, "")
    assert _count(db, "organizations") == 0
    code, _, err = _run(capsys, "--db", str(db), "undo-import", str(data["batch_id"] - 1))
    assert code == 1 and err.count("\n") == 1 and "already undone" in err


def test_some_rows_rejected_exit_3_with_rejects_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oficina.sqlite3"
    report, rejects = tmp_path / "r.json", tmp_path / "rechazadas.xlsx"
    source = _partner_file(tmp_path, ["Gremio Sur", "marciano", None, "no-es-correo"])

    code, _, err = _run(
        capsys, "--db", str(db), "import", str(source), "--as", "organizations",
        "--report", str(report), "--rejects", str(rejects),
    )  # fmt: skip

    assert code == 3
    # "row(s)" until the English catalogue's plural forms are filled in ("1 row rejected").
    assert re.search(r"\b1 row(\(s\))? rejected", err), err
    assert "Traceback" not in err and err.count("\n") == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {(r["row"], r["column"], r["value"]) for r in data["rejected"]} == {
        (8, "Tipo de actor", "marciano"),
        (8, "Correo electrónico", "no-es-correo"),
    }
    assert all(r["message"] for r in data["rejected"])
    # A stable code next to the sentence, for scripts (the sentence is in the user's language).
    assert {(r["column"], r["code"]) for r in data["rejected"]} == {
        ("Tipo de actor", "unknown_choice"),
        ("Correo electrónico", "bad_email"),
    }
    assert data["created"] == 2
    assert data["rows"] == (
        data["created"] + data["updated"] + data["unchanged"] + data["skipped_rows"]
        + data["rejected_rows"]
    )  # fmt: skip
    assert data["skipped"] == data["blank_rows"] + data["totals_rows"] == 2
    sheet = load_workbook(rejects).active
    assert sheet.cell(1, 5).value == "Error"
    assert sheet.cell(2, 1).value == "Gremio Sur"


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "oficina.sqlite3"
    source = _partner_file(tmp_path)
    code, out, _ = _run(
        capsys, "--db", str(db), "import", str(source), "--as", "organizations", "--dry-run"
    )
    assert code == 0 and "dry run" in out and "2 created" in out
    assert _count(db, "organizations") == 0 and _count(db, "import_batches") == 0


def test_refusals_exit_2_on_one_line_and_leave_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oficina.sqlite3"
    fake = tmp_path / "actores.xlsx"
    fake.write_bytes(b"\x00\x01 this is not a workbook \xff" * 20)
    code, _, err = _run(capsys, "--db", str(db), "import", str(fake), "--as", "organizations")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert not db.exists()  # the file is read before the database is opened

    no_type = _xlsx(tmp_path / "sin_nombre.xlsx", [["RUT", "Sector"], ["1-9", "Café"]])
    code, _, err = _run(capsys, "--db", str(db), "import", str(no_type), "--as", "organizations")
    # The field as the wizard names it, not its code.
    assert code == 2 and "no column for the required field Name" in err
    assert err.count("\n") == 1

    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db), "import", str(no_type), "--as", "martians"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_undo_of_an_unknown_batch_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oficina.sqlite3"
    _run(capsys, "--db", str(db), "import", str(_partner_file(tmp_path)), "--as", "organizations")
    code, _, err = _run(capsys, "--db", str(db), "undo-import", "99")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
