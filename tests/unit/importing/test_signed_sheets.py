"""A signed sign-in sheet typed up: a "Firma" column and no column saying who came. Everyone
on it came (a held meeting), as the office means it; a planned meeting's list stays its
invitations. Partner-like files written with openpyxl, read with python-calamine."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pipeline_support import rows_of
from test_name_parts import preview_of, reasons, xlsx

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService

HELD = 3  # demo meeting, held: Elizabeth Zevallos invited and absent, Susana Cárdenas excused
PLANNED = 6  # demo meeting, planned
ELIZABETH, SUSANA = 39, 43
SIGNED = ["N°", "Apellidos y nombres", "DNI", "Institución", "Firma"]
ROWS = [
    [1, "ZEVALLOS CÁRDENAS, Elizabeth", "40982317", None, None],
    [2, "CÁRDENAS VELA, Susana", "00061284", None, None],
    [3, "SINARAHUA PIZANGO, Gloria", "47135792", "Asociación Bosques Vivos", None],
]


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def presence(database: Database, meeting: int) -> dict[str, tuple[int, int, int]]:
    sql = (
        "SELECT p.full_name, a.invited, a.attended, a.excused FROM attendances a "
        f"JOIN people p ON p.id = a.person_id WHERE a.meeting_id = {meeting}"
    )
    return {name: (invited, attended, excused) for name, invited, attended, excused in
            rows_of(database, sql)}  # fmt: skip


def test_everyone_on_a_signed_sheet_of_a_held_meeting_came(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "asistencia.xlsx", SIGNED, ROWS, "LISTA DE ASISTENCIA — SESIÓN 3")
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert preview.setup.listed_attended is True
    assert reasons(preview) == {}
    result = importer.run(loaded, preview)
    assert (result.created, result.updated) == (1, 2)
    after = presence(demo_database, HELD)
    assert after["Elizabeth Zevallos Cárdenas"] == (1, 1, 0)
    assert after["Susana Cárdenas Vela"] == (1, 1, 0)  # was excused: she signed, she came
    assert after["Gloria Sinarahua Pizango"] == (1, 1, 0)


def test_a_signed_sheet_of_a_planned_meeting_is_its_invitations(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Offices print the sheet before the meeting, names filled in: imported into a planned
    meeting it invites them, and nothing is refused as "not held yet"."""
    path = xlsx(tmp_path / "asistencia.xlsx", SIGNED, ROWS, "LISTA DE ASISTENCIA — SESIÓN 3")
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=PLANNED)
    assert reasons(preview) == {}
    assert importer.run(loaded, preview).created == 3
    after = presence(demo_database, PLANNED)
    assert after["Elizabeth Zevallos Cárdenas"] == (1, 0, 0)
    assert after["Gloria Sinarahua Pizango"] == (1, 0, 0)


def test_without_a_signature_column_or_with_a_presence_column_nobody_is_assumed(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    unsigned = xlsx(
        tmp_path / "invitados.xlsx", SIGNED[:4], [r[:4] for r in ROWS], "INVITADOS — SESIÓN 3"
    )
    loaded, preview = preview_of(importer, unsigned, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert preview.setup.listed_attended is False
    importer.run(loaded, preview)
    assert presence(demo_database, HELD)["Elizabeth Zevallos Cárdenas"] == (1, 0, 0)

    said = xlsx(
        tmp_path / "asistencia.xlsx",
        [*SIGNED, "Asistió"],
        [[*ROWS[0], "No"], [*ROWS[1], None]],
        "LISTA DE ASISTENCIA — SESIÓN 3",
    )
    loaded = importer.load(said)
    setup = importer.propose(loaded, ImportKind.ATTENDANCE)
    assert setup.listed_attended is False  # the sheet says who came
    preview = importer.preview(loaded, replace(setup, meeting_id=HELD))
    importer.run(loaded, preview)
    after = presence(demo_database, HELD)
    assert after["Elizabeth Zevallos Cárdenas"] == (1, 0, 0)
    assert after["Susana Cárdenas Vela"] == (1, 0, 1)  # still excused: the sheet says nothing


def test_the_command_line_reports_a_signed_sheet(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    path = xlsx(tmp_path / "asistencia.xlsx", SIGNED, ROWS, "LISTA DE ASISTENCIA — SESIÓN 3")
    db = tmp_path / "agencydesk.sqlite3"
    db.write_bytes(demo_template.read_bytes())
    report = tmp_path / "informe.json"
    code = main(
        ["--db", str(db), "import", str(path), "--as", "attendance", "--meeting", str(HELD),
         "--report", str(report)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["listed_attended"] is True
    assert (data["created"], data["updated"]) == (1, 2)
