"""A meeting's agreements and indicator measurements that were stored wrong without a word,
with partner-like files written with openpyxl:

1. "Fecha límite 15/03/2025" for an agreement of a session held in 2026 (the year mistyped):
   the row is refused ("due_before_meeting"), a due date on the session's day is fine;
2. "Cumplido" with no "Fecha de cumplimiento" was stored as done on the import's day: it is
   stored done without a date (an update keeps the date the agreement has);
3. "27%" in Excel (0.27 in a "0%"-formatted cell) for an indicator in "%" was stored 0.27: it
   is 27, shown as "percent_scaled" among the report's guesses; 0.27 "qq/ha" stays 0.27.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.agreements import AgreementDraft, meeting_date_errors
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.importing.columns import normalize_column
from agencydesk.domain.importing.kinds import ImportKind, field_spec
from agencydesk.domain.importing.measures import is_percent_unit, percent_measurements
from agencydesk.domain.importing.results import CellResult, CellStatus, ValueOptions
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.database import Database
from agencydesk.services.importing.handlers import all_reasons, handler_for
from agencydesk.services.importing.handlers_measurements import MeasurementIndex
from agencydesk.services.importing.report import GUESSES, build_report
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch

HELD = 3  # demo: "Tercera sesión" of the Mesa Ejecutiva Forestal, held, agreements 1-3
COFFEE_PLAN = 2  # demo: indicators "Rendimiento promedio de café pergamino" (qq/ha), "...roya" (%)
RUST = "Incidencia de roya en parcelas monitoreadas"  # unit "%"
YIELD = "Rendimiento promedio de café pergamino"  # unit "qq/ha"
AREA = "Superficie de cafetales renovados"  # unit "ha"
INFORMALITY = "Informalidad laboral en el sector forestal"  # an agenda's indicator, unit "%"

AGREEMENTS_HEADER = [
    "N°",
    "Acuerdo",
    "Institución responsable",
    "Fecha límite",
    "Estado",
    "Fecha de cumplimiento",
]
MEASUREMENTS_HEADER = ["Indicador", "Fecha", "Valor", "Fuente"]


class Pct:
    """What Excel keeps of "27%" typed in a cell: 0.27 under a "0%" format."""

    def __init__(self, value: float) -> None:
        self.value = value


def xlsx(path: Path, title: str, header: list[str], rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append([title])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append([c.value if isinstance(c, Pct) else c for c in row])
        for col, cell in enumerate(row, start=1):
            if isinstance(cell, Pct):
                sheet.cell(sheet.max_row, col).number_format = "0%"
    book.save(path)
    return path


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


@pytest.fixture
def agreements(demo_database: Database) -> AgreementsService:
    return AgreementsService(demo_database.uow, lambda: "tester")


def preview_and_run(
    importer: ImportService, path: Path, kind: ImportKind, **setup: Any
) -> tuple[Any, Any, Any]:
    loaded = importer.load(path)
    chosen = replace(importer.propose(loaded, kind), **setup)
    preview = importer.preview(loaded, chosen)
    return loaded, preview, importer.run(loaded, preview)


def errors(preview: Any) -> dict[int, list[tuple[str | None, str]]]:
    return {r.row: [(e.field, e.reason) for e in r.errors] for r in preview.rows if r.errors}


def held_on(agreements: AgreementsService) -> date:
    starts = agreements.agreements_of(HELD)[0].meeting_starts_at
    assert starts is not None
    return starts.date()


def cli(*args: str) -> int:
    return main(list(args))


# --- 1. a due date before the meeting --------------------------------------------------------


def test_the_domain_rule_on_dates_before_the_meeting() -> None:
    held = date(2025, 3, 20)

    def check(**dates: date) -> dict[str, str]:
        return meeting_date_errors(AgreementDraft(meeting_id=1, text="x", **dates), held)

    assert check(due_date=date(2024, 3, 15)) == {"due_date": "due_before_meeting"}
    assert check(due_date=held, done_on=held, cancelled_on=held) == {}  # the same day is fine
    assert check(due_date=date(2025, 4, 30), done_on=date(2025, 3, 21)) == {}
    assert check(done_on=date(2024, 3, 25)) == {"done_on": "closed_before_meeting"}
    assert check(cancelled_on=date(2025, 3, 19)) == {"cancelled_on": "closed_before_meeting"}


def test_an_agreement_due_before_its_meeting_is_refused(
    importer: ImportService, agreements: AgreementsService, tmp_path: Path
) -> None:
    held = held_on(agreements)
    mistyped = held.replace(year=held.year - 1) - timedelta(days=5)
    later = held + timedelta(days=30)
    path = xlsx(
        tmp_path / "acuerdos_tercera_sesion.xlsx",
        "ACUERDOS DE LA TERCERA SESIÓN — MESA EJECUTIVA FORESTAL",
        AGREEMENTS_HEADER,
        [
            [4, "Remitir el padrón de operarios capacitados", None, later.strftime("%d/%m/%Y"),
             "Pendiente"],
            # The year mistyped: before the session where it was agreed.
            [5, "Presentar la propuesta de fondo de garantía", None,
             mistyped.strftime("%d/%m/%Y"), "Pendiente"],
            # Due on the session's own day: fine.
            [6, "Circular el acta a los miembros", None, held, "Cumplido", held],
            # Done before the session that agreed it: the same typo in the other date.
            [7, "Enviar la lista de viveros", None, later, "Cumplido",
             mistyped.strftime("%d/%m/%Y")],
        ],
    )  # fmt: skip
    _, preview, result = preview_and_run(importer, path, ImportKind.AGREEMENTS, meeting_id=HELD)
    assert errors(preview) == {
        5: [("due_date", "due_before_meeting")],
        7: [("done_on", "closed_before_meeting")],
    }
    [due, done] = preview.rejected
    assert (due.column, due.value) == ("Fecha límite", mistyped.strftime("%d/%m/%Y"))
    assert due.message == (
        "the due date is before the meeting where the agreement was made: check the year"
    )
    assert "completion date is before the meeting" in done.message
    assert result.created == 2
    stored = {a.number: a for a in agreements.agreements_of(HELD)}
    assert sorted(stored) == [1, 2, 3, 4, 6]
    assert (stored[4].due_date, stored[6].due_date) == (later, held)
    assert stored[6].draft.done_on == held
    # The English sentences are where the pipeline, the CLI and the UI look for them.
    assert {"due_before_meeting", "closed_before_meeting"} <= set(all_reasons())


def test_the_cli_refuses_a_due_date_before_the_meeting(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    conn = sqlite3.connect(db)
    try:
        [(starts,)] = conn.execute(f"SELECT starts_at FROM meetings WHERE id = {HELD}")
    finally:
        conn.close()
    held = date.fromisoformat(str(starts)[:10])
    path = xlsx(
        tmp_path / "acuerdos.xlsx",
        "ACUERDOS",
        AGREEMENTS_HEADER,
        [
            [4, "Remitir el padrón", None, (held + timedelta(days=20)).strftime("%d/%m/%Y")],
            [5, "Presentar la propuesta", None, f"15/03/{held.year - 1}"],
        ],
    )
    report = tmp_path / "informe.json"
    code = cli(
        *("--db", str(db), "--language", "en", "import", str(path), "--as", "agreements"),
        *("--meeting", str(HELD), "--report", str(report)),
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    [rejected] = data["rejected"]
    assert (rejected["row"], rejected["field"], rejected["code"], rejected["value"]) == (
        5,
        "due_date",
        "due_before_meeting",
        f"15/03/{held.year - 1}",
    )
    assert "before the meeting where the agreement was made" in rejected["message"]
    conn = sqlite3.connect(db)
    try:
        sql = f"SELECT number FROM agreements WHERE meeting_id = {HELD} ORDER BY number"
        numbers = [n for (n,) in conn.execute(sql)]
    finally:
        conn.close()
    assert numbers == [1, 2, 3, 4]


# --- 2. done, with no date -------------------------------------------------------------------


def test_done_without_a_date_is_stored_without_one(
    importer: ImportService, agreements: AgreementsService, tmp_path: Path
) -> None:
    held = held_on(agreements)
    path = xlsx(
        tmp_path / "seguimiento_acuerdos.xlsx",
        "SEGUIMIENTO DE ACUERDOS",
        AGREEMENTS_HEADER,
        [
            [4, "Enviar el acta firmada a los miembros", None, held, "Cumplido", None],
            [5, "Coordinar la visita al aserradero", None, held, "Cumplido", held],
            [6, "Difundir el acta en la radio local", None, None, "Cancelado", None],
            [7, "Publicar el acta en la web", None, None, None, held],  # a date: done
        ],
    )
    _, preview, result = preview_and_run(importer, path, ImportKind.AGREEMENTS, meeting_id=HELD)
    assert errors(preview) == {} and result.created == 4
    # Nothing was read into the empty "Fecha de cumplimiento": nothing to flag either.
    assert preview.rows[0].cells["done_on"].status is CellStatus.EMPTY
    stored = {a.number: a.draft for a in agreements.agreements_of(HELD)}
    assert (stored[4].status, stored[4].done_on) == (AgreementStatus.DONE, None)
    assert (stored[5].status, stored[5].done_on) == (AgreementStatus.DONE, held)
    assert (stored[6].status, stored[6].cancelled_on) == (AgreementStatus.CANCELLED, None)
    assert (stored[7].status, stored[7].done_on) == (AgreementStatus.DONE, held)


def test_a_follow_up_sheet_keeps_the_date_an_agreement_has(
    importer: ImportService, agreements: AgreementsService, tmp_path: Path
) -> None:
    """ "Cumplido" without a date on an agreement already done keeps its date; on an open one
    it is done, date unknown; "Pendiente" re-opens one (its date goes)."""
    before = {a.number: a for a in agreements.agreements_of(HELD)}
    done = next(n for n, a in before.items() if a.status is AgreementStatus.DONE)
    still_open = [n for n, a in before.items() if a.status is AgreementStatus.OPEN]
    done_on = before[done].draft.done_on
    assert done_on is not None and len(still_open) == 2
    path = xlsx(
        tmp_path / "seguimiento.xlsx",
        "SEGUIMIENTO",
        ["N°", "Acuerdo", "Estado", "Seguimiento"],
        [
            [done, before[done].text, "Cumplido", "Confirmado en la sesión."],
            [still_open[0], before[still_open[0]].text, "Cumplido", "Informe recibido."],
        ],
    )
    _, preview, result = preview_and_run(
        importer, path, ImportKind.AGREEMENTS, meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    assert errors(preview) == {} and result.updated == 2
    after = {a.number: a.draft for a in agreements.agreements_of(HELD)}
    assert (after[done].status, after[done].done_on) == (AgreementStatus.DONE, done_on)
    assert after[done].follow_up == "Confirmado en la sesión."
    assert (after[still_open[0]].status, after[still_open[0]].done_on) == (
        AgreementStatus.DONE,
        None,
    )
    importer.undo(result.batch_id)
    assert {a.number: a.draft for a in agreements.agreements_of(HELD)} == {
        n: a.draft for n, a in before.items()
    }


def test_the_cli_stores_done_without_a_date(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    path = xlsx(
        tmp_path / "acuerdos.xlsx",
        "ACUERDOS",
        AGREEMENTS_HEADER,
        [[4, "Enviar el acta firmada a los miembros", None, None, "Cumplido", None]],
    )
    code = cli("--db", str(db), "import", str(path), "--as", "agreements", "--meeting", str(HELD))
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            f"SELECT status, done_on FROM agreements WHERE meeting_id = {HELD} AND number = 4"
        ).fetchone()
    finally:
        conn.close()
    assert row == ("done", None)


# --- 3. fractions of a percent indicator ------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "percent"),
    [
        ("%", True),
        ("% de productores", True),
        ("Porcentaje", True),
        ("porcentaje (%)", True),
        ("percent", True),
        ("Percentual", True),
        ("％", True),
        ("puntos porcentuales", False),
        ("p.p.", False),
        ("t/ha", False),
        ("ratio", False),
        ("qq/ha", False),
        ("", False),
        (None, False),
    ],
)
def test_which_units_count_in_percent(unit: str | None, percent: bool) -> None:
    assert is_percent_unit(unit) is percent


VALUE = field_spec(ImportKind.MEASUREMENTS, "value")


def read(raws: list[Any], groups: list[str | None]) -> list[tuple[Any, str | None]]:
    results = normalize_column(raws, VALUE, ValueOptions())
    return [(r.value, r.reason) for r in percent_measurements(raws, results, groups)]


def test_fractions_are_read_per_indicator() -> None:
    # Two "%" indicators and one in qq/ha share the sheet: each group has its own evidence.
    raws = [0.27, 0.25, 1, 0.27, 1, 35.2, 0.4, "27%", "0,5 %", 0]
    groups = ["rust", "rust", "rust", None, None, "jobs", "jobs", "jobs", "jobs", "rust"]
    assert read(raws, groups) == [
        (Decimal(27), "percent_scaled"),
        (Decimal(25), "percent_scaled"),
        (Decimal(100), "percent_scaled"),  # among fractions, 1 is 100 %
        (Decimal("0.27"), None),  # qq/ha
        (Decimal(1), None),
        (Decimal("35.2"), None),
        (Decimal(40), "percent_scaled"),  # a fraction among whole percentages
        (Decimal(27), "number_from_text"),  # typed "27%": already 27
        (Decimal("0.5"), "number_from_text"),  # typed with "%": 0.5 %
        (Decimal(0), None),
    ]


def test_whole_percentages_and_ones_stay() -> None:
    assert read([1, 45, 100], ["a", "a", "a"]) == [
        (Decimal(1), None),
        (Decimal(45), None),
        (Decimal(100), None),
    ]
    # The cell's own digits, not the value rounded to the column's four decimals.
    assert read([0.123456], ["a"]) == [(Decimal("12.3456"), "percent_scaled")]
    assert read([0.27], [None]) == [(Decimal("0.27"), None)]


def test_the_handler_reads_the_rows_of_percent_indicators_only() -> None:
    handler = handler_for(ImportKind.MEASUREMENTS)
    index = MeasurementIndex()
    index.indicators = {"roya": [(6, "Roya")], "rendimiento": [(4, "Rendimiento")]}
    index.in_percent = frozenset({6})
    names = ["indicator", "value"]
    raws = {"indicator": ["Roya", "Rendimiento", "ROYA", "Otro"], "value": [0.27, 0.27, 0.3, 0.5]}
    columns = [
        [CellResult(CellStatus.VALID, v) for v in raws["indicator"]],
        normalize_column(raws["value"], VALUE, ValueOptions()),
    ]
    handler.revise_columns(index, names, columns, raws.__getitem__)  # type: ignore[attr-defined]
    assert [(r.value, r.reason) for r in columns[1]] == [
        (Decimal(27), "percent_scaled"),
        (Decimal("0.27"), None),
        (Decimal(30), "percent_scaled"),
        (Decimal("0.5"), None),  # an unknown indicator: rejected by check_row, left as read
    ]
    assert "percent_scaled" in GUESSES


def measurements_file(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "mediciones_cafe.xlsx",
        "MEDICIONES DE INDICADORES — CAFÉ DEL SOCONUSCO",
        MEASUREMENTS_HEADER,
        [
            [RUST, date(2026, 1, 15), Pct(0.27), "SENASICA"],
            [RUST, date(2026, 2, 15), Pct(0.25), "SENASICA"],
            [YIELD, date(2026, 1, 15), 0.27, "Encuesta de productores"],
            [AREA, date(2026, 1, 15), 1300, "Padrón de renovación"],
        ],
    )


def stored_values(database: Database, day: str) -> dict[int, Decimal]:
    sql = f"SELECT indicator_id, value FROM measurements WHERE date = '{day}' ORDER BY id"
    return {i: Decimal(str(v)) for i, v in rows_of(database, sql)}


def test_a_percent_indicator_typed_as_a_fraction_is_stored_as_a_percentage(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = measurements_file(tmp_path)
    loaded, preview, result = preview_and_run(
        importer, path, ImportKind.MEASUREMENTS, plan_id=COFFEE_PLAN
    )
    assert errors(preview) == {} and result.created == 4
    cells = [r.cells["value"] for r in preview.rows]
    assert [(c.status, c.value, c.reason) for c in cells] == [
        (CellStatus.CORRECTED, Decimal(27), "percent_scaled"),
        (CellStatus.CORRECTED, Decimal(25), "percent_scaled"),
        (CellStatus.VALID, Decimal("0.27"), None),
        (CellStatus.VALID, Decimal(1300), None),
    ]
    # Rust (%) 27, yield (qq/ha) 0.27, area (ha) 1300.
    assert stored_values(demo_database, "2026-01-15") == {
        6: Decimal(27),
        4: Decimal("0.27"),
        5: Decimal(1300),
    }
    assert stored_values(demo_database, "2026-02-15") == {6: Decimal(25)}
    report = build_report(loaded, preview, result)
    assert report["corrections"] == {"percent_scaled": 2}
    assert [(g["row"], g["value"], g["stored"], g["code"]) for g in report["guesses"]] == [
        (4, "0.27", "27", "percent_scaled"),
        (5, "0.25", "25", "percent_scaled"),
    ]


def test_the_cli_stores_a_percentage_and_lists_the_guess(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    # Without a plan: any indicator, here an agenda's, in "%".
    path = xlsx(
        tmp_path / "informalidad.xlsx",
        "INDICADORES DE LA AGENDA FORESTAL",
        MEASUREMENTS_HEADER,
        [[INFORMALITY, "15/01/2026", Pct(0.47), "ENAHO"], [YIELD, "15/01/2026", 0.27, None]],
    )
    report = tmp_path / "informe.json"
    code = cli(
        *("--db", str(db), "import", str(path), "--as", "measurements"),
        *("--report", str(report)),
    )
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [(g["row"], g["value"], g["stored"]) for g in data["guesses"]] == [(4, "0.47", "47")]
    conn = sqlite3.connect(db)
    try:
        stored = dict(
            conn.execute(
                "SELECT i.name, m.value FROM measurements m JOIN indicators i "
                "ON i.id = m.indicator_id WHERE m.date = '2026-01-15'"
            ).fetchall()
        )
    finally:
        conn.close()
    assert {k: Decimal(str(v)) for k, v in stored.items()} == {
        INFORMALITY: Decimal(47),
        YIELD: Decimal("0.27"),
    }
