"""A Ctrl-C (or a bug) around the import's commit: "nothing was written" only when true.

The narrow window: the transaction has committed, the service has not returned its result yet.
The command then finds the batch the file just saved and says so (with the undo command),
instead of sending the user to import the file a second time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from agencydesk.cli import main


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")


def _padron(folder: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre de la organización", "Tipo de actor", "RUT"])
    sheet.append(["Cooperativa Café Sierra S.C.", "privado", "76.123.456-7"])
    sheet.append(["Municipalidad de Valdivia", "Público", "69.200.100-1"])
    path = folder / "padron.xlsx"
    workbook.save(path)
    return path


def _batches(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    finally:
        conn.close()


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    db = tmp_path / "oficina.sqlite3"
    code = main(
        ["--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations", *extra]
    )
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert out == ""  # no summary: the result never came back
    return code, err


def _raise(exc: BaseException) -> Any:
    def raiser(*_args: object, **_kwargs: object) -> Any:
        raise exc

    return raiser


def test_ctrl_c_after_the_commit_before_the_result_says_the_batch_was_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing import setup

    # ImportResult is built after the transaction has committed, as the service returns.
    monkeypatch.setattr(setup, "ImportResult", _raise(KeyboardInterrupt()))
    code, err = _import(tmp_path, capsys)
    assert code == 130
    assert "interrupted after the import was saved (batch 1)" in err
    assert "undo-import 1" in err and "nothing was written" not in err
    assert _batches(tmp_path / "oficina.sqlite3") == 1


def test_a_bug_after_the_commit_says_the_batch_was_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing import setup

    monkeypatch.setattr(setup, "ImportResult", _raise(RuntimeError("a bug")))
    code, err = _import(tmp_path, capsys)
    assert code == 1
    assert "unexpected error after the import was saved (batch 1)" in err
    assert "nothing was written" not in err and "undo-import 1" in err


def test_ctrl_c_before_the_commit_says_nothing_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing import mappings

    # The mapping is remembered inside the import's transaction, just before it commits.
    monkeypatch.setattr(mappings, "remember", _raise(KeyboardInterrupt()))
    code, err = _import(tmp_path, capsys)
    assert (code, err) == (130, "agencydesk: interrupted; nothing was written.\n")
    assert _batches(tmp_path / "oficina.sqlite3") == 0


def test_ctrl_c_while_closing_the_database_after_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.database import Database

    real_close = Database.close

    def close_then_interrupted(self: Database) -> None:
        real_close(self)
        raise KeyboardInterrupt

    monkeypatch.setattr(Database, "close", close_then_interrupted)
    code, err = _import(tmp_path, capsys)
    assert code == 130 and "interrupted after the import was saved (batch 1)" in err


def test_when_the_database_cannot_say_it_is_not_claimed_either_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing import setup
    from agencydesk.services.importing.service import ImportService

    real_history = ImportService.history
    calls: list[int] = []

    def history_once(self: ImportService) -> Any:
        calls.append(1)
        if len(calls) > 1:  # a second Ctrl-C while the command looks for the batch
            raise KeyboardInterrupt
        return real_history(self)

    monkeypatch.setattr(ImportService, "history", history_once)
    monkeypatch.setattr(setup, "ImportResult", _raise(KeyboardInterrupt()))
    code, err = _import(tmp_path, capsys)
    assert code == 130 and "it may have been saved" in err
    assert "nothing was written" not in err


def test_an_interrupted_dry_run_wrote_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing import setup

    monkeypatch.setattr(setup, "ImportResult", _raise(KeyboardInterrupt()))
    code, err = _import(tmp_path, capsys, "--dry-run")
    assert (code, err) == (130, "agencydesk: interrupted; nothing was written.\n")
    assert _batches(tmp_path / "oficina.sqlite3") == 0
