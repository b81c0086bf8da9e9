"""The child process: cancel, time limit, the frozen-build hook, a lean start-up, speed."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from agencydesk.domain.errors import ENGLISH, UserError
from agencydesk.domain.progress import Cancelled, CancelToken
from agencydesk.services.importing import read_process
from agencydesk.services.importing.reading import (
    ReadLimits,
    check_parser_defences,
    read_workbook,
)

HEADERS = [
    "Nombre", "Sigla", "Tipo de actor", "Nivel", "Sector", "RUT", "Dirección", "Teléfono",
    "Correo", "Web", "Representante", "Socios", "Fecha de registro", "Presupuesto", "Notas",
]  # fmt: skip
READER_CODES = [
    "import_file_missing", "import_file_empty", "import_file_unreadable", "import_encrypted",
    "import_damaged", "import_unsupported_format", "import_forbidden_xml", "import_zip_bomb",
    "import_too_many_rows", "import_too_slow", "import_too_big", "import_no_sheets",
    "import_reader_crashed", "import_unsafe_parser",
]  # fmt: skip


@pytest.fixture(scope="session")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """50,000 organizations × 15 columns, written by openpyxl (we read with calamine)."""
    path = tmp_path_factory.mktemp("big") / "organizaciones_50000.xlsx"
    chooser = random.Random(5)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Organizaciones")
    sheet.append(HEADERS)
    start = dt.date(2020, 1, 1)
    for i in range(50_000):
        sheet.append([
            f"Cooperativa Agrícola {i} S.A.", f"CA{i}",
            chooser.choice(["privado", "público", "academia", "sociedad civil"]), "regional",
            "café", f"76.{i % 1000:03d}.456-7", f"Calle {i} #12, Lima", f"+51 9{i:08d}",
            f"contacto{i}@coop{i}.pe", f"www.coop{i}.pe", f"Juana Pérez {i}",
            chooser.randint(1, 500), start + dt.timedelta(days=i % 1500),
            round(chooser.random() * 1e6, 2), "año, niño",
        ])  # fmt: skip
    workbook.save(path)
    return path


def test_cancel_kills_the_child(big_workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def spy(*args: object, **kwargs: object) -> subprocess.Popen:
        process = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(process)
        return process

    monkeypatch.setattr(read_process.subprocess, "Popen", spy)
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    began = time.perf_counter()
    with pytest.raises(Cancelled):
        read_workbook(big_workbook, cancel=token)
    assert time.perf_counter() - began < 0.6
    assert len(started) == 1 and started[0].poll() is not None  # killed, not left running


def test_time_limit_stops_a_slow_read(big_workbook: Path) -> None:
    began = time.perf_counter()
    with pytest.raises(UserError) as caught:
        read_workbook(big_workbook, ReadLimits(seconds=0.3))
    assert caught.value.code == "import_too_slow"
    assert "0.3 seconds" in str(caught.value)
    assert time.perf_counter() - began < 1.0


def test_child_is_much_faster_than_openpyxl_and_close_to_calamine(big_workbook: Path) -> None:
    import python_calamine

    def calamine_alone() -> int:
        workbook = python_calamine.CalamineWorkbook.from_path(str(big_workbook))
        return len(workbook.get_sheet_by_index(0).to_python(skip_empty_area=False))

    read_workbook(big_workbook)  # warm the file cache and the .pyc files
    alone, ours = [], []
    for _ in range(3):
        began = time.perf_counter()
        assert calamine_alone() == 50_001
        alone.append(time.perf_counter() - began)
        began = time.perf_counter()
        workbook = read_workbook(big_workbook)
        ours.append(time.perf_counter() - began)
    rows = workbook.sheets[0].rows
    assert len(rows) == 50_001 and rows[0] == HEADERS
    assert rows[1][12] == dt.date(2020, 1, 1) and len(rows[1]) == 15
    ratio = statistics.median(ours) / statistics.median(alone)
    print(
        f"\n50,000 x 15: calamine alone {statistics.median(alone):.3f} s, "
        f"read_workbook {statistics.median(ours):.3f} s (min {min(ours):.3f}), ratio {ratio:.2f}"
    )
    assert ratio < 4  # very loose: the machine may be busy; the figures are in the report


def test_frozen_build_runs_the_child_through_the_cli_flag(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What a bundled executable runs: "<exe> --read-workbook-child ...", i.e. cli.main.
    script = "import sys; from agencydesk.cli import main; sys.exit(main())"
    monkeypatch.setattr(
        read_process,
        "child_command",
        lambda: [sys.executable, "-c", script, "--read-workbook-child"],
    )
    workbook = Workbook()
    workbook.active.append(["Nombre", "RUT"])
    workbook.active.append(["Cooperativa", "01234567"])
    workbook.save(tmp_path / "socios.xlsx")
    assert read_workbook(tmp_path / "socios.xlsx").sheets[0].rows[1] == ["Cooperativa", "01234567"]


def test_child_start_up_stays_lean() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import agencydesk.services.importing.child"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    for heavy in ("openpyxl", "PySide6", "sqlalchemy", "agencydesk.services.workspace"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in modules), heavy


def test_parser_defences(monkeypatch: pytest.MonkeyPatch) -> None:
    check_parser_defences()
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(UserError) as caught:
        check_parser_defences()
    assert caught.value.code == "import_unsafe_parser"


def test_every_reader_code_has_a_sentence_for_cli_and_ui() -> None:
    from agencydesk.ui import messages

    for code in READER_CODES:
        assert code in ENGLISH, code
        assert messages._ERRORS[code] == ENGLISH[code], code
