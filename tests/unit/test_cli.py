"""The headless command line: one clear line and a non-zero exit for every mistake."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from agencydesk import __version__
from agencydesk.cli import main
from agencydesk.data.models import (
    Agreement,
    Attendance,
    Initiative,
    Meeting,
    MeetingStatusChange,
    Organization,
)
from agencydesk.domain.enums import AgreementStatus, MeetingStatus


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the English sentences, whatever the locale of who runs them."""
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")


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
    for step in ("translations", "icons", "PDF fonts", "user guide", "database migrated"):
        assert f"ok: {step}\n" in result.stdout
    for step in ("main window", "import", "PDF"):
        assert f"ok: {step}\n" in result.stdout
    assert not list((tmp_path / "home").rglob("*.sqlite3"))  # all in a folder of its own, gone


def test_cli_import_stays_light():
    code = (
        "import sys, agencydesk.cli;"
        "heavy = [m for m in ('PySide6', 'openpyxl', 'reportlab', 'sqlalchemy')"
        " if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# --- a real export of the demo's meetings, attendance and agreements --------------------------


def _demo_export(db, entity: str, out) -> None:
    assert main(["--db", str(db.path or db.url), "export", entity, "--out", str(out)]) == 0


def test_export_of_the_demo_meetings_attendance_and_agreements(
    demo_database, tmp_path, capsys, restore_logging
):
    cancelled_on = date(2025, 3, 7)
    with demo_database.uow() as s:
        mesa = s.scalar(
            select(Initiative).where(Initiative.name == "Mesa Ejecutiva Forestal de Ucayali")
        )
        session3 = s.scalar(
            select(Meeting).where(Meeting.initiative_id == mesa.id, Meeting.number == 3)
        )
        session3.convener_id = mesa.convener_id
        convener = s.get(Organization, mesa.convener_id).name
        meeting_id = session3.id
        cancelled = s.scalar(
            select(Agreement).where(Agreement.status == AgreementStatus.CANCELLED).limit(1)
        )
        cancelled.cancelled_on = cancelled_on
        cancelled_id = cancelled.id
        responsible = s.get(Organization, cancelled.responsible_org_id)
        s.add(
            MeetingStatusChange(
                meeting_id=meeting_id,
                from_status=MeetingStatus.MINUTES_APPROVED,
                to_status=MeetingStatus.HELD,
                changed_at=datetime(2025, 3, 8, 10, 15),
                changed_by="tester",
                reason="Corregir la lista de asistentes",
            )
        )
        n_attendances = len(list(s.scalars(select(Attendance.id))))
        n_agreements = len(list(s.scalars(select(Agreement.id))))
        n_meetings = len(list(s.scalars(select(Meeting.id))))

    # Meetings, JSON: the convener and the owner by name, the agenda items inside, in order.
    _demo_export(demo_database, "meetings", tmp_path / "m.json")
    meetings = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert len(meetings) == n_meetings
    row = next(m for m in meetings if m["id"] == meeting_id)
    assert row["initiative"] == "Mesa Ejecutiva Forestal de Ucayali"
    assert (row["convener_id"], row["convener"]) == (mesa.convener_id, convener)
    assert row["agenda_items"] == [
        "Seguimiento de acuerdos pendientes",
        "Líneas de crédito para pymes madereras",
        "Rueda de negocios con compradores de Lima",
        "Avance de la hoja de ruta",
    ]
    assert row["status"] == "held" and row["number"] == 3
    assert datetime.fromisoformat(row["starts_at"]) == session3.starts_at

    # Its log, JSON: who, when and why.
    _demo_export(demo_database, "meeting-status-changes", tmp_path / "c.json")
    changes = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    reopening = next(c for c in changes if c["reason"] == "Corregir la lista de asistentes")
    assert reopening["meeting"] == session3.title and reopening["meeting_id"] == meeting_id
    assert (reopening["from_status"], reopening["to_status"]) == ("minutes_approved", "held")
    assert (reopening["changed_at"], reopening["changed_by"]) == ("2025-03-08T10:15:00", "tester")

    # Attendance, CSV: every row, with the meeting, the person and the organization by name.
    _demo_export(demo_database, "attendances", tmp_path / "a.csv")
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        attendances = list(csv.DictReader(fh))
    assert len(attendances) == n_attendances > 0
    first = attendances[0]
    for name in ("meeting", "person", "organization", "invited", "attended", "excused"):
        assert name in first
    assert {a["attended"] for a in attendances} == {"true", "false"}
    assert all(a["meeting"] and (a["person"] or a["organization"]) for a in attendances)

    # Agreements, XLSX: dates as date cells, the closing date of the cancelled one.
    _demo_export(demo_database, "agreements", tmp_path / "g.xlsx")
    book = openpyxl.load_workbook(tmp_path / "g.xlsx")
    sheet = book.active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    book.close()
    header, body = rows[0], rows[1:]
    assert len(body) == n_agreements > 0
    for name in ("meeting", "number", "text", "responsible_org", "due_date", "cancelled_on"):
        assert name in header
    by_id = {r[header.index("id")]: dict(zip(header, r, strict=True)) for r in body}
    row = by_id[cancelled_id]
    assert row["status"] == "cancelled"
    assert row["cancelled_on"] == datetime.combine(cancelled_on, datetime.min.time())
    assert row["responsible_org"] == (responsible.name if responsible else None)
    assert row["meeting_id"] == cancelled.meeting_id and row["text"] == cancelled.text
    out = capsys.readouterr().out
    # "row(s)" until the English catalogue's plural forms are filled in.
    assert re.search(rf"\b{n_agreements} (rows|row\(s\)) written to", out)


def test_a_double_clicked_exchange_file_opens_the_program_and_not_a_command() -> None:
    from agencydesk.cli import EXCHANGE_SUFFIX, _exchange_file_to_open, build_parser
    from agencydesk.services.exchange.fileformat import SUFFIX

    assert EXCHANGE_SUFFIX == SUFFIX
    parser = build_parser()
    given = _exchange_file_to_open(["--db", "x.sqlite3", "C:/Descargas/Ucayali.AgencyDesk"], parser)
    assert given == Path("C:/Descargas/Ucayali.AgencyDesk")
    assert _exchange_file_to_open(["exchange-import", "a.agencydesk"], parser) is None
    assert _exchange_file_to_open(["exchange-export", "--out", "a.agencydesk"], parser) is None
    assert _exchange_file_to_open(["--demo"], parser) is None
    assert _exchange_file_to_open([], parser) is None
    assert _exchange_file_to_open(["--db=x.agencydesk"], parser) is None
    assert _exchange_file_to_open(["--db", "x.agencydesk"], parser) is None
