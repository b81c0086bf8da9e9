"""Fixes of the headless import found by testing: output files checked before importing, a
write failure after the commit said as such, --plan never creating a plan by mistake, an empty
sheet writing nothing, a sentence for a missing file or a folder, ids past 64 bits."""

from __future__ import annotations

import csv
import errno
import gc
import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from agencydesk.cli import main
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.rejects import write_rejects
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import LoadedFile

FOREST_PLAN = 1  # demo: Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the English sentences, whatever the locale of who runs them."""
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")


def _xlsx(path: Path, title: str, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _padron(folder: Path) -> Path:
    """A partner's directory: two good rows and one whose actor type is unknown."""
    return _xlsx(
        folder / "padron.xlsx",
        "Padrón",
        [
            ["PADRÓN DE ACTORES 2025"],
            [],
            ["Nombre de la organización", "Tipo de actor", "RUT", "Correo electrónico"],
            ["Cooperativa Café Sierra S.C.", "privado ", "76.123.456-7", "info@sierra.cl"],
            ["Municipalidad de Valdivia", "Público", "69.200.100-1", None],
            ["Gremio Sur", "marciano", None, None],
        ],
    )


def _avance(folder: Path) -> Path:
    return _xlsx(
        folder / "avance.xlsx",
        "Avance",
        [["Código", "Estado", "% de avance"], ["A1.2", "Concluida", "100%"]],
    )


def _demo(demo_template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    return db


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- 1. output files checked before importing; a failure after the commit says so --------------


@pytest.mark.parametrize("option", ["--rejects", "--report"])
def test_output_in_a_missing_folder_is_refused_before_importing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    db = tmp_path / "oficina.sqlite3"
    out = tmp_path / "no_existe" / ("rechazos.xlsx" if option == "--rejects" else "informe.json")
    code, stdout, err = _run(
        capsys, "--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations",
        option, str(out),
    )  # fmt: skip
    assert code == 2 and stdout == ""
    _one_line(err)
    assert str(tmp_path / "no_existe") in err and "does not exist" in err
    assert _count(db, "import_batches") == 0 and _count(db, "organizations") == 0


def test_a_write_failure_after_the_import_says_the_batch_was_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "oficina.sqlite3"
    report, rejects = tmp_path / "informe.json", tmp_path / "rechazos.xlsx"
    real_replace = os.replace

    def disk_full(src: Any, dst: Any) -> None:
        if Path(dst) in (report, rejects):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", disk_full)
    code, stdout, err = _run(
        capsys, "--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations",
        "--report", str(report), "--rejects", str(rejects),
    )  # fmt: skip
    assert code == 1
    assert "2 created" in stdout and "(batch 1)" in stdout  # the summary is still printed
    _one_line(err)
    assert "import itself was saved (batch 1)" in err
    assert "the report and the rejected rows workbook could not be written" in err
    # A full disk in the user's words, not the system's ("No space left on device").
    assert "The disk is full" in err and "nothing was written" not in err
    assert "undo-import 1" in err
    assert _count(db, "import_batches") == 1 and _count(db, "organizations") == 2
    assert not report.exists() and not rejects.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_rejects_workbook_leaves_no_openpyxl_noise_on_stderr(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write-only sheet's row stream used to be closed by the garbage collector after its
    file: "Exception ignored in: <generator object WriteOnlyWorksheet._write_rows>"."""
    raised: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", raised.append)
    importer = ImportService(demo_database.uow, lambda: "tester")
    loaded = importer.load(_padron(tmp_path))
    setup = importer.propose(loaded, ImportKind.ORGANIZATIONS)
    preview = importer.preview(loaded, setup)
    with pytest.raises(UserError) as caught:
        write_rejects(preview, tmp_path / "no_existe" / "rechazos.xlsx")
    assert caught.value.code == "export_cannot_write"
    del caught  # its traceback holds the workbook: let the collector have everything
    gc.collect()
    assert raised == []


# --- 2. outputs that would destroy data ---------------------------------------------------------


def test_outputs_over_the_database_or_the_partner_file_are_refused(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(demo_template, tmp_path)
    source = _padron(tmp_path)
    before_db, before_source = _digest(db), _digest(source)
    wal = db.with_name(db.name + "-wal")
    link = tmp_path / "otro_nombre.xlsx"
    link.symlink_to(source)
    cases = [
        (["--report", str(db)], "is the database"),
        (["--report", str(wal)], "is the database"),
        (["--rejects", str(source)], "is the file being imported"),
        (["--rejects", str(link)], "is the file being imported"),
        (["--rejects", str(tmp_path / "r.xlsx"), "--report", str(tmp_path / "r.xlsx")],
         "name the same file"),
        (["--rejects", str(tmp_path / "rechazos.csv")], "must end in .xlsx"),
        (["--report", str(tmp_path)], "is a folder or a device"),
    ]  # fmt: skip
    for options, expected in cases:
        code, stdout, err = _run(
            capsys, "--db", str(db), "import", str(source), "--as", "organizations", *options
        )
        assert (code, stdout) == (2, ""), options
        _one_line(err)
        assert expected in err, (options, err)
    assert _digest(db) == before_db and _digest(source) == before_source
    assert not wal.exists() and not (tmp_path / "r.xlsx").exists()
    assert not (tmp_path / "rechazos.csv").exists()
    assert _count(db, "import_batches") == 0


# --- 3. --plan never creates a plan by mistake --------------------------------------------------


def test_progress_and_measurements_never_create_a_plan(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(demo_template, tmp_path)
    plans = _count(db, "action_plans")
    mediciones = _xlsx(
        tmp_path / "mediciones.xlsx",
        "Mediciones",
        [["Indicador", "Fecha", "Valor"], ["Hectáreas certificadas", "15/03/2025", "120"]],
    )
    for source, kind, plan in (
        (_avance(tmp_path), "progress", "Hoja de ruta forestal"),  # a typo of plan 1's title
        (mediciones, "measurements", "Plan Nuevo Med"),
    ):
        code, stdout, err = _run(
            capsys, "--db", str(db), "import", str(source), "--as", kind, "--plan", plan
        )
        assert (code, stdout) == (2, "")
        _one_line(err)
        assert f"There is no action plan called {plan}" in err
    assert _count(db, "action_plans") == plans and _count(db, "import_batches") == 0

    code, _, err = _run(
        capsys, "--db", str(db), "import", str(_avance(tmp_path)), "--as", "progress",
        "--plan", "hoja de ruta de la mesa ejecutiva forestal de ucayali",
    )  # fmt: skip
    assert (code, err) == (0, "")  # the real title (case and accents folded) still works


def test_plan_numbers_blanks_and_long_titles_are_refused(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(demo_template, tmp_path)
    plans = _count(db, "action_plans")
    acciones = _xlsx(
        tmp_path / "acciones.xlsx",
        "Acciones",
        [["Código", "Acción", "Fecha de inicio"], ["C1", "Capacitar viveristas", "01/04/2025"]],
    )
    cases = [
        ("7", "There is no action plan number 7."),
        ("99999999999999999999", "There is no action plan number 99999999999999999999."),
        ("   ", "name is blank"),
        ("Plan " + "muy largo " * 30, "too long"),
    ]
    for plan, expected in cases:
        code, stdout, err = _run(
            capsys, "--db", str(db), "import", str(acciones), "--as", "actions", "--plan", plan
        )
        assert (code, stdout) == (2, ""), plan
        _one_line(err)
        assert expected in err, (plan, err)
    code, _, err = _run(
        capsys, "--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations",
        "--plan", "Plan del padrón",
    )  # fmt: skip
    assert code == 2 and "does not go into an action plan" in err
    assert _count(db, "action_plans") == plans and _count(db, "import_batches") == 0

    # A new title for an actions import still creates the plan, as documented.
    code, stdout, _ = _run(
        capsys, "--db", str(db), "import", str(acciones), "--as", "actions",
        "--plan", "Plan de viveros 2025",
    )  # fmt: skip
    assert code == 0 and "1 created" in stdout
    assert _count(db, "action_plans") == plans + 1


def test_a_new_plan_takes_the_currency_the_office_uses(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Chilean office's plans are in CLP: a plan created by an import is too, not in the
    model's default (MXN), which would print its budget in pesos mexicanos."""
    db = _demo(demo_template, tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE action_plans SET currency = 'CLP'")
    conn.close()
    acciones = _xlsx(
        tmp_path / "acciones.xlsx",
        "Acciones",
        [["Código", "Acción", "Presupuesto"], ["C1", "Capacitar viveristas", "$ 1.200.000"]],
    )
    code, stdout, _ = _run(
        capsys, "--db", str(db), "import", str(acciones), "--as", "actions",
        "--plan", "Plan de viveros 2025",
    )  # fmt: skip
    assert code == 0 and "1 created" in stdout
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT currency FROM action_plans WHERE title = 'Plan de viveros 2025'"
        ).fetchone()
    finally:
        conn.close()
    assert row == ("CLP",)


def test_a_new_plan_for_progress_is_refused_by_the_service_too(demo_database: Database) -> None:
    from dataclasses import replace

    from agencydesk.domain.importing.workbook import FileFormat, RawSheet, RawWorkbook

    importer = ImportService(demo_database.uow, lambda: "tester")
    book = RawWorkbook(
        FileFormat.XLSX,
        [RawSheet("Avance", rows=[["Código", "% de avance"], ["A1.2", "50%"]])],
        reader="test",
    )
    loaded = LoadedFile(Path("avance.xlsx"), "avance.xlsx", "0" * 64, book)
    setup = importer.propose(loaded, ImportKind.PROGRESS)
    setup = replace(setup, plan_id=None, new_plan_title="Plan inventado")
    preview = importer.preview(loaded, setup)
    with pytest.raises(UserError) as caught:
        importer.run(loaded, preview)
    assert caught.value.code == "import_no_such_plan"
    assert importer.find_plan("Plan inventado") is None  # rolled back with the batch
    assert importer.history() == []


# --- 4. a sheet without data rows writes nothing ---------------------------------------------


def test_an_unfilled_template_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oficina.sqlite3"
    template = tmp_path / "plantilla.xlsx"
    assert main(["template", "organizations", "--out", str(template)]) == 0
    headers_only = tmp_path / "padron_vacio.csv"
    with headers_only.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(
            [["Nombre de la organización", "Tipo de actor", "RUT"], [], ["", "", ""]]
        )
    capsys.readouterr()
    for source in (template, headers_only):
        code, stdout, err = _run(
            capsys, "--db", str(db), "import", str(source), "--as", "organizations"
        )
        assert (code, stdout) == (2, "")
        _one_line(err)
        assert "no data rows" in err and "nothing was imported" in err
        assert "batch" not in err
    assert _count(db, "import_batches") == 0 and _count(db, "import_mappings") == 0


# --- 5. a missing file or a folder: a sentence naming the path ------------------------------


def test_a_missing_file_or_a_folder_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oficina.sqlite3"
    missing = tmp_path / "no_existe.xlsx"
    code, _, err = _run(capsys, "--db", str(db), "import", str(missing), "--as", "organizations")
    assert code == 2
    _one_line(err)
    assert f"The file {missing} does not exist" in err and "import_file" not in err
    folder = tmp_path / "socios"
    folder.mkdir()
    code, _, err = _run(capsys, "--db", str(db), "import", str(folder), "--as", "organizations")
    assert code == 2
    _one_line(err)
    assert f"{folder} is a folder, not a spreadsheet" in err
    assert not db.exists()


# --- 6. ids past 64 bits: the same sentence as an unknown small id ------------------------------


def test_huge_meeting_and_batch_ids_say_no_such_record(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(demo_template, tmp_path)
    acuerdos = _xlsx(
        tmp_path / "acuerdos.xlsx",
        "Acuerdos",
        [["N°", "Acuerdo"], [1, "Enviar el padrón actualizado"]],
    )
    huge = "99999999999999999999"
    small = _run(capsys, "--db", str(db), "import", str(acuerdos), "--as", "agreements",
                 "--meeting", "4242")  # fmt: skip
    big = _run(capsys, "--db", str(db), "import", str(acuerdos), "--as", "agreements",
               "--meeting", huge)  # fmt: skip
    assert (small[0], big[0]) == (2, 2)
    assert big[2] == small[2].replace("4242", huge)
    assert "There is no meeting number" in big[2]

    small = _run(capsys, "--db", str(db), "undo-import", "4242")
    big = _run(capsys, "--db", str(db), "undo-import", huge)
    assert (small[0], big[0]) == (1, 1)
    assert big[2] == small[2].replace("4242", huge) and "unexpected" not in big[2]
    assert "There is no import batch number" in big[2]
    _one_line(big[2])


# --- 5. --meeting for a kind without meetings; Ctrl-C after the commit -------------------------


def test_meeting_for_a_kind_without_meetings_is_refused(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--meeting 3 --as organizations`` is a mistake (the wrong kind, most likely): said, not
    silently ignored, and nothing is imported."""
    db = _demo(demo_template, tmp_path)
    organizations = _count(db, "organizations")
    code, stdout, err = _run(
        capsys, "--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations",
        "--meeting", "1",
    )  # fmt: skip
    assert (code, stdout) == (2, "")
    _one_line(err)
    assert "does not go into a meeting" in err
    assert _count(db, "organizations") == organizations and _count(db, "import_batches") == 0


def test_ctrl_c_after_the_commit_says_the_batch_was_saved(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Interrupted while the report is written, the import is already saved: saying "nothing
    was written" would have the user import the file a second time."""
    from agencydesk.services.importing import report

    def interrupted(*_args: object) -> dict[str, object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "build_report", interrupted)
    db = _demo(demo_template, tmp_path)
    code, stdout, err = _run(
        capsys, "--db", str(db), "import", str(_padron(tmp_path)), "--as", "organizations",
        "--report", str(tmp_path / "informe.json"),
    )  # fmt: skip
    assert code == 130 and stdout == ""
    _one_line(err)
    assert "interrupted after the import was saved (batch 1)" in err
    assert "nothing was written" not in err and "undo-import 1" in err
    assert _count(db, "import_batches") == 1
