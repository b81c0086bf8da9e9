"""Exports that meet the edges: texts over Excel's cell limit (said, and not written back over
the whole text by an import of the export), dates before 1900, a full disk (one sentence, no
traceback after it), and the system's reasons for refusing a file in the user's words."""

from __future__ import annotations

import errno
import io
import json
import os
import pathlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from agencydesk import cli
from agencydesk.data.models import Agreement, Meeting, Organization
from agencydesk.domain.enums import ActorType, MeetingStatus
from agencydesk.domain.errors import (
    ENGLISH,
    FILE_PROBLEMS,
    UserError,
    english_message,
    file_error,
    file_problem,
)
from agencydesk.services import spreadsheet
from agencydesk.services.database import Database, open_database
from agencydesk.services.export import Exported, export_entity, write_entity
from agencydesk.services.importing.templates import write_template
from agencydesk.services.spreadsheet import (
    XLSX_CUT_MARK,
    XLSX_MAX_TEXT,
    CutTexts,
    XlsxSheet,
    atomic_output,
    cut_by_xlsx,
)

LONG_NOTE = ("Acta de la mesa. " * 2472)[:42_022]  # the tester's 42,022-character note


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def db_file(template_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "agencydesk.sqlite3"
    path.write_bytes(template_database.read_bytes())
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path


def opened(path: Path) -> Iterator[Database]:
    database = open_database(path, None)
    try:
        yield database
    finally:
        database.close()


def add_organizations(path: Path, **notes_or_dates: Any) -> None:
    for database in opened(path):
        with database.uow() as s:
            for name, value in notes_or_dates.items():
                org = Organization(name=name.replace("_", " "), actor_type=ActorType.PRIVATE)
                if isinstance(value, date):
                    org.registered_on = value
                else:
                    org.notes = value
                s.add(org)


def stored(path: Path, column: str) -> dict[str, Any]:
    for database in opened(path):
        with database.uow() as s:
            rows = s.execute(select(Organization.name, getattr(Organization, column))).all()
            return {name: value for name, value in rows}
    raise AssertionError("unreachable")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


# --- 1a. a text over Excel's limit: cut, and said ----------------------------------------------


def test_the_cut_is_one_shared_rule() -> None:
    whole = "x" * (XLSX_MAX_TEXT + 10)
    text, cut = spreadsheet._cell_text(whole)
    assert cut and len(text) == XLSX_MAX_TEXT and text.endswith(XLSX_CUT_MARK)
    assert cut_by_xlsx(whole, text)
    assert spreadsheet._cell_text("x" * XLSX_MAX_TEXT) == ("x" * XLSX_MAX_TEXT, False)
    # Control characters an .xlsx cannot hold are left out before the cut, on both sides.
    assert cut_by_xlsx("\x07" + whole, text)
    # Anything else is another text: edited in Excel, or not cut by us.
    assert not cut_by_xlsx(whole, "y" + text[1:])
    assert not cut_by_xlsx(whole, text[:-1] + ".")
    assert not cut_by_xlsx(text, text)
    assert not cut_by_xlsx(whole[: XLSX_MAX_TEXT + 1], text[:-2] + XLSX_CUT_MARK)


def test_the_entity_export_counts_what_it_cut(db_file: Path, tmp_path: Path) -> None:
    add_organizations(db_file, Larga=LONG_NOTE, Otra=LONG_NOTE + "!", Corta="nota breve")
    for database in opened(db_file):
        xlsx = write_entity(database.uow, "organizations", tmp_path / "o.xlsx")
        csv = write_entity(database.uow, "organizations", tmp_path / "o.csv")
        assert export_entity(database.uow, "organizations", tmp_path / "o2.xlsx") == 3
    assert xlsx == Exported(rows=3, cut_texts=2)
    assert csv == Exported(rows=3, cut_texts=0)
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    rows = list(book.active.iter_rows(values_only=True))
    notes = [row[rows[0].index("notes")] for row in rows[1:]]
    assert [len(n) for n in notes[:2]] == [XLSX_MAX_TEXT, XLSX_MAX_TEXT]
    book.close()


def test_the_command_line_says_the_texts_were_cut(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    add_organizations(db_file, Larga=LONG_NOTE)
    out = tmp_path / "organizaciones.xlsx"
    code, lines, err = run(
        capsys, "--db", str(db_file), "export", "organizations", "--out", str(out)
    )
    assert (code, err) == (0, [])
    assert lines[0] == f"1 row written to {out}"
    assert len(lines) == 2
    assert "cut to 32767 characters, Excel's limit" in lines[1]
    assert ".csv" in lines[1] and lines[1].startswith("1 long text")

    # The .csv keeps it whole: nothing to say.
    code, lines, _ = run(
        capsys, "--db", str(db_file), "export", "organizations", "--out", str(tmp_path / "o.csv")
    )
    assert code == 0 and len(lines) == 1


def test_the_list_export_says_the_texts_were_cut(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from agencydesk.ui.widgets import list_export
    from agencydesk.ui.widgets.table_model import Column
    from agencydesk.ui.worker import DbWorker

    told: list[str] = []
    chosen = [tmp_path / "lista.xlsx"]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen[0]), "Excel (*.xlsx)")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    columns = [Column(None, "Name", lambda r: r[0]), Column(None, "Notes", lambda r: r[1])]
    records = [("Larga", LONG_NOTE), ("Corta", "breve"), ("Otra", LONG_NOTE)]

    list_export.export_list(parent, "Organizaciones", columns, records, "Test")
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)
    # With or without the English catalogue a UI test may have installed: "row(s)" or "rows".
    assert told[0].startswith("3 row") and f"written to {chosen[0]}." in told[0]
    assert "2 long text" in told[0] and "cut to 32767 characters" in told[0]

    chosen[0] = tmp_path / "lista.csv"  # whole in a .csv: nothing to say
    list_export.export_list(parent, "Organizaciones", columns, records, "Test")
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert "cut" not in told[1]
    for worker in parent.findChildren(DbWorker):
        worker.shutdown()


def test_cut_texts_counts_as_the_sheet_cuts() -> None:
    counter = CutTexts()
    rows = [["a", LONG_NOTE, 3], ["\x07" * 10 + "b" * XLSX_MAX_TEXT, None, LONG_NOTE]]
    assert list(counter.watch(rows)) == rows
    assert counter.count == 2  # the control characters go: the second text fits


# --- 1b. the cut text imported back keeps the whole one ----------------------------------------


def _agreement_with_a_long_text(path: Path) -> tuple[int, int]:
    """(meeting id, agreement id) of a held meeting's agreement, given a 42,022-char text."""
    for database in opened(path):
        with database.uow() as s:
            meeting = s.scalars(
                select(Meeting)
                .where(Meeting.status == MeetingStatus.HELD)
                .where(Meeting.id.in_(select(Agreement.meeting_id)))
                .order_by(Meeting.id)
            ).first()
            assert meeting is not None
            agreement = s.scalars(
                select(Agreement).where(Agreement.meeting_id == meeting.id).order_by(Agreement.id)
            ).first()
            assert agreement is not None
            agreement.text = LONG_NOTE
            return meeting.id, agreement.id
    raise AssertionError("unreachable")


def _agreement_text(path: Path, agreement_id: int) -> str:
    for database in opened(path):
        with database.uow() as s:
            return s.get(Agreement, agreement_id).text  # type: ignore[union-attr]
    raise AssertionError("unreachable")


def test_an_xlsx_export_imported_back_keeps_the_whole_text(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    meeting, agreement = _agreement_with_a_long_text(demo_file)
    out = tmp_path / "acuerdos.xlsx"
    assert run(capsys, "--db", str(demo_file), "export", "agreements", "--out", str(out))[0] == 0
    report = tmp_path / "informe.json"
    run(
        capsys,
        "--db",
        str(demo_file),
        "import",
        str(out),
        "--as",
        "agreements",
        "--meeting",
        str(meeting),
        "--on-match",
        "update",
        "--report",
        str(report),
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["updated"] == 0 and data["unchanged"] >= 1
    assert _agreement_text(demo_file, agreement) == LONG_NOTE

    # A text edited in Excel is the user's: it replaces the stored one.
    book = openpyxl.load_workbook(out)
    sheet = book.active
    column = [c.value for c in sheet[1]].index("text") + 1
    for row in range(2, sheet.max_row + 1):
        value = sheet.cell(row, column).value
        if isinstance(value, str) and len(value) == XLSX_MAX_TEXT:
            sheet.cell(row, column).value = "Nuevo texto del acuerdo"
    book.save(out)
    run(
        capsys,
        "--db",
        str(demo_file),
        "import",
        str(out),
        "--as",
        "agreements",
        "--meeting",
        str(meeting),
        "--on-match",
        "update",
        "--report",
        str(report),
    )
    assert json.loads(report.read_text(encoding="utf-8"))["updated"] == 1
    assert _agreement_text(demo_file, agreement) == "Nuevo texto del acuerdo"


def test_an_organizations_export_imported_back_keeps_the_whole_note(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    add_organizations(db_file, Org_nota_larga=LONG_NOTE, Otra="nota")
    out = tmp_path / "organizaciones.xlsx"
    run(capsys, "--db", str(db_file), "export", "organizations", "--out", str(out))
    report = tmp_path / "informe.json"
    run(
        capsys,
        "--db",
        str(db_file),
        "import",
        str(out),
        "--as",
        "organizations",
        "--on-match",
        "update",
        "--report",
        str(report),
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["updated"], data["unchanged"]) == (0, 2)
    assert stored(db_file, "notes")["Org nota larga"] == LONG_NOTE


# --- 2. dates before 1900 --------------------------------------------------------------------


def test_dates_before_march_1900_are_iso_text_and_import_back(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    add_organizations(
        db_file,
        Sociedad_Antigua=date(1895, 5, 1),
        Sociedad_Febrero=date(1900, 2, 28),
        Sociedad_Marzo=date(1900, 3, 1),
    )
    out = tmp_path / "organizaciones.xlsx"
    assert run(capsys, "--db", str(db_file), "export", "organizations", "--out", str(out))[0] == 0
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    cells = {
        row[header.index("name")].value: row[header.index("registered_on")]
        for row in sheet.iter_rows(min_row=2)
    }
    assert cells["Sociedad Antigua"].value == "1895-05-01"
    assert cells["Sociedad Febrero"].value == "1900-02-28"
    assert cells["Sociedad Marzo"].value == datetime(1900, 3, 1)  # a real date from March on
    assert cells["Sociedad Marzo"].number_format == spreadsheet.DATE_FORMAT
    book.close()

    report = tmp_path / "informe.json"
    code, _, _ = run(
        capsys,
        "--db",
        str(db_file),
        "import",
        str(out),
        "--as",
        "organizations",
        "--on-match",
        "update",
        "--report",
        str(report),
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert code == 0 and data["rejected"] == []
    assert data["updated"] == 0
    dates = stored(db_file, "registered_on")
    assert dates["Sociedad Antigua"] == date(1895, 5, 1)
    assert dates["Sociedad Febrero"] == date(1900, 2, 28)


def test_a_datetime_before_1900_is_iso_text_too(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    with atomic_output(out, binary=True) as fh:
        sheet = XlsxSheet(fh, "x", ["starts_at"], ["datetime"])
        sheet.write([datetime(1899, 12, 31, 9, 30)])
        sheet.write([datetime(2025, 3, 15, 9, 30)])
        sheet.finish()
    values = [r[0] for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)]
    assert values == ["starts_at", "1899-12-31 09:30", datetime(2025, 3, 15, 9, 30)]


# --- 3. a full disk: the sentence, and nothing after it --------------------------------------

# Writes of the temporary file next to the target fail with ENOSPC after a few kilobytes, as a
# small disk does (tests/unit/test_disk_safety.py fills a real one when it runs as root).
_FULL_DISK = textwrap.dedent(
    """
    import errno, io, pathlib, sys
    from agencydesk import cli

    class FullDisk(io.FileIO):
        room = 4096

        def write(self, data):
            if FullDisk.room < len(data):
                raise OSError(errno.ENOSPC, "No space left on device")
            FullDisk.room -= len(data)
            return super().write(data)

    real_open = pathlib.Path.open

    def full_open(self, mode="r", *args, **kwargs):
        if self.name.endswith(".tmp") and "b" in mode:
            return FullDisk(str(self), mode.replace("b", ""))
        return real_open(self, mode, *args, **kwargs)

    pathlib.Path.open = full_open
    sys.exit(cli.main(sys.argv[1:]))
    """
)


@pytest.mark.parametrize("command", ["export", "template"])
def test_a_full_disk_says_one_sentence_and_nothing_after(
    demo_file: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "salida.xlsx"
    if command == "export":
        argv = ["--db", str(demo_file), "export", "attendances", "--out", str(out)]
    else:
        argv = ["template", "people", "--out", str(out)]
    env = {**os.environ, "AGENCYDESK_LANGUAGE": "es", "PYTHONWARNINGS": "default"}
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "agencydesk: El disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada."
    ]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_real_full_disk_too(demo_file: Path, tmp_path: Path) -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    ).returncode:
        pytest.skip("mount -t tmpfs is not permitted here")
    try:
        for argv in (
            ["--db", str(demo_file), "export", "attendances", "--out", str(disk / "x.xlsx")],
            ["template", "people", "--out", str(disk / "t.xlsx")],
        ):
            done = subprocess.run(
                [sys.executable, "-m", "agencydesk", *argv],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                env={**os.environ, "AGENCYDESK_LANGUAGE": "en"},
            )
            assert done.returncode == 1
            assert done.stderr.splitlines() == [
                "agencydesk: The disk is full. Free some space and try again; nothing was lost."
            ]
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, check=False)


def test_a_failed_save_closes_its_archive(tmp_path: Path, monkeypatch) -> None:
    # What printed "Exception ignored in ZipFile.__del__": the archive left open on the error.
    import zipfile

    archives: list[zipfile.ZipFile] = []
    real = zipfile.ZipFile

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            archives.append(self)

    monkeypatch.setattr(zipfile, "ZipFile", Watched)

    class Full(io.BytesIO):
        def write(self, data: Any) -> int:
            if self.tell() > 2048:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    book = openpyxl.Workbook()
    book.active.append(["x" * 5000])
    with pytest.raises(OSError):
        spreadsheet.save_workbook(book, Full())
    assert archives and all(a.fp is None for a in archives)


# --- 4. the system's reasons in the user's words ---------------------------------------------


def _os_error(code: int, winerror: int | None = None) -> OSError:
    exc = OSError(code, os.strerror(code))
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined]  # Windows' own number
    return exc


@pytest.mark.parametrize(
    ("code", "winerror", "writing", "problem"),
    [
        (errno.ENOENT, None, True, "no_folder"),
        (errno.ENOTDIR, None, True, "no_folder"),
        (errno.EACCES, None, True, "no_permission"),
        (errno.EPERM, None, True, "no_permission"),
        (errno.EROFS, None, True, "read_only_disk"),
        (errno.EACCES, 32, True, "in_use"),
        (errno.EACCES, 33, True, "in_use"),
        (errno.EACCES, None, False, "no_read_permission"),
        (errno.EACCES, 32, False, "open_elsewhere"),
        (errno.EIO, None, True, None),
        (errno.ENAMETOOLONG, None, True, None),
    ],
)
def test_common_causes_have_their_own_words(code, winerror, writing, problem) -> None:
    exc = _os_error(code, winerror)
    assert file_problem(exc, writing=writing) == problem
    error = file_error("export_cannot_write", exc, writing=writing, path="x.xlsx")
    assert error.code == "export_cannot_write"
    if problem is None:  # the system's words, the only ones there are
        assert error.params["reason"] == os.strerror(code)
        assert "problem" not in error.params
    else:
        assert error.params == {
            "path": "x.xlsx",
            "reason": FILE_PROBLEMS[problem],
            "problem": problem,
        }


def test_a_full_disk_is_its_own_error() -> None:
    assert file_error("export_cannot_write", _os_error(errno.ENOSPC), path="x").code == "disk_full"
    if hasattr(errno, "EDQUOT"):  # over the user's quota: the same for them
        assert file_error("export_cannot_write", _os_error(errno.EDQUOT), path="x").code == (
            "disk_full"
        )


def test_every_cause_has_its_translatable_words() -> None:
    from agencydesk.ui import messages

    assert messages.FILE_PROBLEMS == FILE_PROBLEMS  # the same English source texts
    error = file_error("export_cannot_write", _os_error(errno.EROFS), path="x.xlsx")
    assert messages.user_error_text(error) == "Cannot write x.xlsx: the disk is read-only"
    assert english_message(error) == ENGLISH["export_cannot_write"].format(
        path="x.xlsx", reason="the disk is read-only"
    )


@pytest.mark.parametrize("command", ["export", "template"])
def test_a_missing_folder_is_said_in_the_users_words(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging, command
) -> None:
    out = tmp_path / "nope" / "x.xlsx"
    if command == "export":
        argv = ["--db", str(db_file), "export", "organizations", "--out", str(out)]
    else:
        argv = ["template", "people", "--out", str(out)]
    code, lines, err = run(capsys, *argv)
    assert (code, lines) == (1, [])
    assert err == [f"agencydesk: Cannot write {out}: the folder does not exist"]


def test_a_read_only_disk_and_a_forbidden_folder(tmp_path: Path, monkeypatch) -> None:
    real_open = pathlib.Path.open
    refusal = [errno.EROFS]

    def refusing_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any):
        if self.name.endswith(".tmp"):
            raise _os_error(refusal[0])
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refusing_open)
    with pytest.raises(UserError) as info:
        write_template("people", tmp_path / "t.xlsx")  # type: ignore[arg-type]
    assert info.value.params["problem"] == "read_only_disk"
    refusal[0] = errno.EPERM
    with pytest.raises(UserError) as info, atomic_output(tmp_path / "t.csv", binary=False) as fh:
        fh.write("x")
    assert info.value.params["problem"] == "no_permission"


@pytest.mark.parametrize(("windows", "problem"), [(True, "in_use"), (False, "no_permission")])
def test_a_file_open_in_excel_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: bool, problem: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "lista.xlsx"
    out.write_bytes(b"the workbook open in Excel")

    def locked(_src: Any, _dst: Any) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")  # WinError 5, as Windows says

    monkeypatch.setattr(spreadsheet, "_WINDOWS", windows)
    monkeypatch.setattr(spreadsheet.os, "replace", locked)
    with pytest.raises(UserError) as info, atomic_output(out, binary=True) as fh:
        fh.write(b"new")
    assert info.value.code == "export_cannot_write"
    assert info.value.params["problem"] == problem
    assert out.read_bytes() == b"the workbook open in Excel"
    assert [p.name for p in folder.iterdir()] == ["lista.xlsx"]


def test_a_folder_given_as_the_file_is_said_in_the_users_words(tmp_path: Path) -> None:
    with pytest.raises(UserError) as info, atomic_output(tmp_path, binary=True):
        pass
    assert info.value.params["problem"] == "is_folder"


def test_the_import_says_why_it_cannot_read_in_the_users_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencydesk.services.importing.sniff import sniff

    path = tmp_path / "padron.xlsx"
    path.write_bytes(b"PK\x03\x04 whatever")
    real_open = pathlib.Path.open

    def refusing_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refusing_open)
    with pytest.raises(UserError) as info:
        sniff(path)
    assert info.value.code == "import_file_unreadable"
    assert info.value.params["problem"] == "no_read_permission"
    assert "Permission denied" not in english_message(info.value)
