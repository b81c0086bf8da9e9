"""A column's other values say how to read one that is ambiguous alone, with partner-like files:

1. percentages: 0.6 (a cell formatted "0%", showing 60 %) among 40 and 100 is 60 %, not 1 %;
   the actions template filled with "100%" (value 1) beside "Concluida" is 100 %, not 1 %;
2. "Sexo": "M" is Mujer beside "H", Masculino beside "F", and refused when nothing says which;
3. budgets: "$ 1,250" and "$ 350,000" beside "1.250,00" are thousands, not 1.25 and 350;
4. dates: "04/02/2025" beside "03/15/2025" (no month 15) is the 2nd of April.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import openpyxl
import pytest
from pipeline_support import rows_of
from test_planning_fixes import forest_progress
from test_progress_axes import preview_and_run

from agencydesk.domain.enums import ActionStatus, Gender
from agencydesk.domain.importing.columns import column_writes_cents, normalize_column
from agencydesk.domain.importing.conventions import column_day_first, gender_m, whole_when_done
from agencydesk.domain.importing.kinds import ImportKind, field_spec
from agencydesk.domain.importing.numbers import ParsedNumber, parse_number
from agencydesk.domain.importing.results import CellResult, CellStatus, ValueOptions
from agencydesk.domain.importing.values import REASONS, normalize, percent_column_is_fraction
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.services.database import Database
from agencydesk.services.importing.report import build_report
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.templates import write_template

FOREST_PLAN = 1  # demo: actions A1.1 ... A5.3, each code once

PROGRESS = field_spec(ImportKind.ACTIONS, "progress_pct")
BUDGET = field_spec(ImportKind.ACTIONS, "budget")
START = field_spec(ImportKind.ACTIONS, "start_date")
GENDER = field_spec(ImportKind.PEOPLE, "gender")
VALUE = field_spec(ImportKind.MEASUREMENTS, "value")
PER_VALUE = ValueOptions(percent_fractions=None)

ACTIONS_HEADER = ["Código", "Acción", "Estado", "% de avance", "Presupuesto", "Fecha de inicio"]


class Formatted(NamedTuple):
    """A cell as Excel keeps it: its value and its number format (which the reader ignores)."""

    value: Any
    number_format: str


def pct(value: float) -> Formatted:
    """What Excel stores for "60%" typed in a cell: 0.6, formatted "0%"."""
    return Formatted(value, "0%")


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def xlsx(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append(["Plan de acción de la Mesa Técnica del Cacao - Aguaytía"])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append([c.value if isinstance(c, Formatted) else c for c in row])
        for col, cell in enumerate(row, start=1):
            if isinstance(cell, Formatted):
                sheet.cell(sheet.max_row, col).number_format = cell.number_format
    book.save(path)
    return path


def errors(preview: Any) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


def corrections(preview: Any, name: str) -> list[str | None]:
    return [r.cells[name].reason for r in preview.rows]


def new_plan(
    importer: ImportService, database: Database, tmp_path: Path, rows: list[list[Any]]
) -> tuple[Any, list[tuple[Any, ...]]]:
    """The preview of a partner's actions sheet imported as a new plan, and the plan's
    stored actions: (code, status, progress_pct, budget, start_date), in order."""
    path = xlsx(tmp_path / "plan_cacao.xlsx", ACTIONS_HEADER, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title="Plan del cacao 2025"
    )
    assert result.created == len(rows) - len(result.rejected)
    return preview, stored_actions(database, "Plan del cacao 2025")


def stored_actions(database: Database, title: str) -> list[tuple[Any, ...]]:
    sql = (
        "SELECT a.code, a.status, a.progress_pct, a.budget, a.start_date FROM actions a "
        f"JOIN action_plans p ON p.id = a.plan_id WHERE p.title = '{title}' ORDER BY a.id"
    )
    # The start date as ISO text, as SQLite gives it back (PostgreSQL gives a date).
    return [(*r[:-1], None if r[-1] is None else str(r[-1])) for r in rows_of(database, sql)]


def progress_sheet(
    importer: ImportService, tmp_path: Path, header: list[str], rows: list[list[Any]]
) -> tuple[Any, Any]:
    path = xlsx(tmp_path / "avance_forestal.xlsx", header, rows)
    return preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)


def money(value: Any) -> Decimal:
    return Decimal(str(value))


# --- 1. percentages -----------------------------------------------------------------------


def test_a_fraction_of_one_among_percentages_is_a_percentage() -> None:
    column: list[CellValue] = [100, 0.6, 0.25, 40, "0.45", "0,3", 0, 1]
    assert not percent_column_is_fraction(column)  # percentages: decided per value
    results = normalize_column(column, PROGRESS, PER_VALUE)
    assert [r.value for r in results] == [100, 60, 25, 40, 45, 30, 0, 1]
    scaled = "percent_scaled"
    assert [r.reason for r in results] == [None, scaled, scaled, None, scaled, scaled, None, None]
    # Not fractions: typed with "%", or above 1.
    assert normalize("0.6%", PROGRESS, PER_VALUE) == CellResult(CellStatus.CORRECTED, 1, "rounded")
    assert normalize(1.4, PROGRESS, PER_VALUE).value == 1


def test_columns_of_fractions_and_of_zeros_and_ones_keep_todays_rule() -> None:
    fractions: list[CellValue] = [0.45, 1.0, 0, None, "30%"]
    assert percent_column_is_fraction(fractions)
    options = ValueOptions(percent_fractions=True)
    assert [r.value for r in normalize_column(fractions, PROGRESS, options)] == [
        45,
        100,
        0,
        None,
        30,
    ]
    assert not percent_column_is_fraction([0, 1, 1])  # 1 % alone: nothing says otherwise
    assert [r.value for r in normalize_column([0, 1, 1], PROGRESS, PER_VALUE)] == [0, 1, 1]


def _statuses(*members: ActionStatus | None) -> list[CellResult]:
    return [
        CellResult(CellStatus.CORRECTED, m) if m else CellResult(CellStatus.EMPTY) for m in members
    ]


DONE, RUNNING, NEW = ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED


@pytest.mark.parametrize(
    ("raws", "statuses", "stored"),
    [
        # Only the done rows' 1 is Excel's "100%": in progress, 1 % (100 % would contradict it).
        ([1, 0, 1.0], (DONE, NEW, RUNNING), [100, 0, 1]),
        (["1", "1"], (DONE, DONE), [100, 100]),
        # Among percentages only the done row's 1 is a fraction; 1 % in progress stays.
        ([40, 1, 1, 100], (RUNNING, DONE, RUNNING, DONE), [40, 100, 1, 100]),
        # No done row at 1, a "1%" typed as such, or 1.4 rounded: percentages.
        ([1, 0, 1], (RUNNING, NEW, None), [1, 0, 1]),
        (["1%", 0], (DONE, NEW), [1, 0]),
        ([1.4, 40], (DONE, RUNNING), [1, 40]),
    ],
)
def test_a_done_status_reads_its_progress_of_one_as_a_whole(
    raws: list[CellValue], statuses: tuple[ActionStatus | None, ...], stored: list[int]
) -> None:
    results = normalize_column(raws, PROGRESS, PER_VALUE)
    revised = whole_when_done(raws, results, _statuses(*statuses))
    assert [r.value for r in revised] == stored
    assert [r.reason == "percent_scaled" for r in revised] == [
        s == 100 and r != 100 for s, r in zip(stored, raws, strict=True)
    ]


def test_fractions_among_percentages_in_an_actions_sheet(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", "Terminada", 100, None, None],
        ["1.2", "Entrega de plantones", "En ejecución", pct(0.6), None, None],
        ["1.3", "Análisis de suelos", "En ejecución", pct(0.25), None, None],
        ["1.4", "Feria del cacao", "Atrasada", 40, None, None],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert corrections(preview, "progress_pct") == [None, "percent_scaled", "percent_scaled", None]
    assert [(code, pct_) for code, _, pct_, *_ in stored] == [
        ("1.1", 100),
        ("1.2", 60),
        ("1.3", 25),
        ("1.4", 40),
    ]


def test_the_actions_template_filled_with_100_percent_and_concluida(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla_acciones.xlsx"
    write_template(ImportKind.ACTIONS, path)
    book = openpyxl.load_workbook(path)
    data = book["Acciones"]
    header = [c.value for c in data[1]]
    for row, title in enumerate(("Taller de injertos", "Gira técnica a Tingo María"), start=2):
        data.cell(row, header.index("Código") + 1, f"A{row}")
        data.cell(row, header.index("Acción") + 1, title)
        data.cell(row, header.index("Estado") + 1, "Concluida")
        progress = data.cell(row, header.index("% de avance") + 1, 1)  # "100%" typed in Excel
        progress.number_format = "0%"
    book.save(path)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title="Plan del cacao 2025"
    )

    assert errors(preview) == {} and result.created == 2
    assert corrections(preview, "progress_pct") == ["percent_scaled", "percent_scaled"]
    stored = stored_actions(demo_database, "Plan del cacao 2025")
    assert [(status, progress) for _, status, progress, *_ in stored] == [
        ("done", 100),
        ("done", 100),
    ]


def test_a_text_fraction_among_percentages_in_a_progress_sheet(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [["A1.1", 45], ["A1.2", "0.45"], ["A1.3", 100]]
    preview, result = progress_sheet(importer, tmp_path, ["Código", "% de avance"], rows)

    assert errors(preview) == {} and not result.rejected
    assert corrections(preview, "progress_pct") == [None, "percent_scaled", None]
    assert forest_progress(demo_database, ("A1.1", "A1.2", "A1.3")) == [45, 45, 100]


@pytest.mark.parametrize(
    ("statuses", "stored"),
    [
        # "Culminada" (done) at 1: Excel's "100%"; the row in progress keeps its 1 %.
        (["Culminada", "No iniciada", "En ejecución"], [100, 0, 1]),
        # Nothing says the 1 is 100 %: today's reading, 1 %.
        (["En ejecución", "No iniciada", "En ejecución"], [1, 0, 1]),
    ],
)
def test_a_progress_sheet_of_zeros_and_ones(
    importer: ImportService,
    demo_database: Database,
    tmp_path: Path,
    statuses: list[str],
    stored: list[int],
) -> None:
    codes = ("A4.1", "A4.2", "A4.3")
    rows = [[c, s, pct(v)] for c, s, v in zip(codes, statuses, (1, 0, 1), strict=True)]
    preview, result = progress_sheet(importer, tmp_path, ["Código", "Estado", "Avance"], rows)

    assert errors(preview) == {} and not result.rejected
    assert forest_progress(demo_database, codes) == stored


def test_a_done_action_at_one_among_percentages(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    codes = ("A3.1", "A3.2", "A3.3")
    rows = [["A3.1", "En ejecución", 40], ["A3.2", "Concluida", 1], ["A3.3", "En ejecución", 1]]
    preview, _ = progress_sheet(importer, tmp_path, ["Código", "Estado", "% Avance"], rows)

    assert errors(preview) == {}
    assert forest_progress(demo_database, codes) == [40, 100, 1]


# --- 2. "Sexo": H/M and F/M ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "m"),
    [
        (["H", "M", "h"], Gender.FEMALE),  # H/M: Hombre, Mujer
        (["Hombre", "M"], Gender.FEMALE),
        (["Mujer", "M."], Gender.FEMALE),
        (["F", "M"], Gender.MALE),  # F/M: Femenino, Masculino
        (["Femenino", "M"], Gender.MALE),
        (["Female", "m"], Gender.MALE),
        (["M", "M"], None),  # neither: refused
        (["M", "Otro", "Prefiere no decir"], None),
        (["H", "F", "M"], None),  # both letters: refused
        (["Mujer", "Hombre", "F", "Femenino", "M"], Gender.MALE),  # a letter beats the words
        (["Mujer", "Masculino", "M"], None),  # words of both pairs, no letter: refused
    ],
)
def test_what_m_is_in_a_gender_column(column: list[str], m: Gender | None) -> None:
    results = normalize_column(column, GENDER)
    m_results = [r for raw, r in zip(column, results, strict=True) if raw.strip(".").upper() == "M"]
    assert m_results
    for result in m_results:
        if m is None:
            assert result == CellResult(CellStatus.INVALID, None, "gender_m_ambiguous")
        else:
            assert result.status is CellStatus.CORRECTED and result.value is m
    # What the column says "M" is: Mujer; nothing to change (the vocabulary's Masculino); refused.
    verdict = gender_m(column)
    if m is Gender.MALE:
        assert verdict is None
    else:
        assert verdict is not None and verdict.value is m


def test_other_gender_words_are_unchanged() -> None:
    column = ["H", "M", "F", "Mujer", "Hombre", "Otro", None]
    results = normalize_column(column, GENDER)
    assert [r.value for r in results][2:] == [
        Gender.FEMALE,
        Gender.FEMALE,
        Gender.MALE,
        Gender.OTHER,
        None,
    ]


def people_sheet(
    importer: ImportService, database: Database, tmp_path: Path, rows: list[list[Any]]
) -> tuple[Any, dict[str, str | None]]:
    path = xlsx(tmp_path / "participantes.xlsx", ["Nombre completo", "DNI", "Sexo"], rows)
    preview, _ = preview_and_run(importer, path, ImportKind.PEOPLE)
    names = ", ".join(repr(r[0]) for r in rows)
    stored = rows_of(database, f"SELECT full_name, gender FROM people WHERE full_name IN ({names})")
    return preview, dict(stored)


def test_a_sign_up_sheet_writing_h_and_m(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["Guadalupe Hernández Ruiz", "HERG850312MCSRZD09", "M"],
        ["José Luis Pérez Gómez", "PEGJ790101HCSRMS02", "H"],
        ["Rosa María Santiz López", "SALR900215MCSNPS05", "M"],
    ]
    preview, stored = people_sheet(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    female, male = "gender_m_female", "choice_from_synonym"
    assert corrections(preview, "gender") == [female, male, female]
    assert stored == {
        "Guadalupe Hernández Ruiz": "female",
        "José Luis Pérez Gómez": "male",
        "Rosa María Santiz López": "female",
    }


def test_a_list_writing_f_and_m(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [["Camila Rojas Soto", "12.345.678-5", "F"], ["Pedro Muñoz Vera", "17.654.321-K", "M"]]
    preview, stored = people_sheet(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert stored == {"Camila Rojas Soto": "female", "Pedro Muñoz Vera": "male"}


def test_a_list_writing_only_m_is_refused_not_guessed(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [["Lucía Quispe Mamani", "40123456", "M"], ["Mario Condori Apaza", "40123457", "M"]]
    preview, stored = people_sheet(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {4: ["gender_m_ambiguous"], 5: ["gender_m_ambiguous"]}
    [error] = preview.rows[0].errors
    assert (error.column, error.value) == ("Sexo", "M")
    assert error.message == REASONS["gender_m_ambiguous"]
    assert stored == {}


# --- 3. amounts ---------------------------------------------------------------------------


def parsed(text: str, decimal_comma: bool | None, money: bool = False) -> ParsedNumber:
    number = parse_number(text, decimal_comma, money)
    assert number is not None, text
    return number


@pytest.mark.parametrize("decimal_comma", [None, True, False])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,250", 1250),
        ("$ 1,250", 1250),
        ("1.250", 1250),
        ("350,000", 350_000),
        ("$ 350.000", 350_000),
        ("S/ 1,250", 1250),
    ],
)
def test_money_reads_one_separator_before_three_digits_as_thousands(
    text: str, value: int, decimal_comma: bool | None
) -> None:
    number = parsed(text, decimal_comma, money=True)
    assert number.value == value
    # A guess where the separator is the column's decimal one, or the column does not say.
    decimal = "." if "." in text else ","
    assert number.thousands_assumed is (decimal_comma is None or decimal_comma == (decimal == ","))


def test_money_keeps_its_cents() -> None:
    assert parsed("1.250,00", True, money=True) == (Decimal("1250.00"), False, True, False)
    assert parsed("0,250", True, money=True).value == Decimal("0.250")  # no thousand
    assert parsed("12,5", True, money=True).value == Decimal("12.5")
    assert parsed("1.250,5", None, money=True).value == Decimal("1250.5")


def test_plain_numbers_keep_the_columns_decimal_separator() -> None:
    assert parsed("1.250", False).value == Decimal("1.25")
    assert parsed("1,250", True).value == Decimal("1.25")
    assert parsed("1.250", None) == (Decimal(1250), False, True, True)
    point = ValueOptions(decimal_comma=False)
    assert normalize("1.250", VALUE, point).value == Decimal("1.25")
    assert normalize("1.250", BUDGET, point) == CellResult(
        CellStatus.CORRECTED, Decimal(1250), "thousands_assumed"
    )


def test_budgets_with_mixed_conventions_in_one_column(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", None, None, "$ 1,250", None],
        ["1.2", "Entrega de plantones", None, None, "1.250,00", None],
        ["1.3", "Análisis de suelos", None, None, "$ 350,000", None],
        ["1.4", "Feria del cacao", None, None, Formatted(12500.5, "#,##0.00"), None],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert corrections(preview, "budget") == [
        "thousands_assumed",
        "number_from_text",
        "thousands_assumed",
        None,
    ]
    assert [money(b) for *_, b, _ in stored] == [
        Decimal(1250),
        Decimal(1250),
        Decimal(350_000),
        Decimal("12500.5"),
    ]


def test_the_report_lists_the_guesses_and_counts_every_correction(
    importer: ImportService, tmp_path: Path
) -> None:
    """Headless, the corrections the wizard shows yellow are in the report: counted by
    reason, and the guesses cell by cell, as the file had them and as they were stored."""
    rows = [
        ["1.1", "Capacitación en poda", None, None, "$ 1,250", "15/03/2025"],
        ["1.2", "Entrega de plantones", None, None, "1.250,00", "01/04/2025"],
    ]
    path = xlsx(tmp_path / "plan_cacao.xlsx", ACTIONS_HEADER, rows)
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, ImportKind.ACTIONS), new_plan_title="Plan 2025")
    preview = importer.preview(loaded, setup)
    result = importer.run(loaded, preview)
    report = build_report(loaded, preview, result)
    assert report["corrections"] == {
        "date_from_text": 2,
        "number_from_text": 1,
        "thousands_assumed": 1,
    }
    assert report["guesses"] == [
        {
            "row": 4,
            "column": "Presupuesto",
            "field": "budget",
            "value": "$ 1,250",
            "stored": "1250",
            "code": "thousands_assumed",
        }
    ]


def test_budgets_with_decimals_other_than_cents_keep_the_columns_decimal_comma(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """ "12,5" and "0,8" say the column writes decimals with a comma, and not only cents: its
    "1,250" is 1.25 (amounts in thousands or millions), not 1250."""
    rows = [
        ["1.1", "Capacitación en poda", None, None, "12,5", None],
        ["1.2", "Entrega de plantones", None, None, "1,250", None],
        ["1.3", "Análisis de suelos", None, None, "3,75", None],
        ["1.4", "Feria del cacao", None, None, "0,8", None],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert [money(b) for *_, b, _ in stored] == [
        Decimal("12.5"),
        Decimal("1.25"),
        Decimal("3.75"),
        Decimal("0.8"),
    ]
    assert column_writes_cents(["1.250,00", "$ 1,250", "12.50", 7]) is True
    assert column_writes_cents(["12,5", "1,250"]) is False
    assert column_writes_cents(["0,250", "1,250"]) is False


def test_budgets_written_with_a_decimal_point(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", None, None, "2.75", None],
        ["1.2", "Entrega de plantones", None, None, "1.250", None],
        ["1.3", "Análisis de suelos", None, None, "S/ 12,500.00", None],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert [money(b) for *_, b, _ in stored] == [
        Decimal("2.75"),
        Decimal(1250),
        Decimal(12_500),
    ]


# --- 4. dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "day_first", "read_day_first"),
    [
        # Month first only, two dates saying so: the column's order.
        (["03/15/2025", "12/31/2025", "04/02/2025"], True, False),
        (["15/03/2025", "31/12/2025", "04/02/2025"], False, True),
        (["03/15/2025", "04/02/2025"], True, True),  # one date says so: maybe a typo
        (["05/03/2025", "10/04/2025", "04/31/2025", "02/30/2025"], True, True),  # no dates
        (["15/03/2025", "03/15/2025", "04/02/2025"], True, True),  # both ways: the options'
        (["15/03/2025", "03/15/2025"], False, False),
        (["04/02/2025", "2025-03-15", date(2025, 3, 15)], True, True),  # no evidence
        (["04/02/2025"], False, False),
        (["03152025", "12312025", "04022025"], True, False),  # typed without separators
    ],
)
def test_the_order_a_date_column_shows(
    column: list[CellValue], day_first: bool, read_day_first: bool
) -> None:
    assert column_day_first(column, day_first) is read_day_first


def test_a_month_first_column_reads_all_its_dates_month_first() -> None:
    column: list[CellValue] = [
        "03/15/2025", "12/31/2025", "04/02/2025", "05/05/2025", "2025-06-01", 45366,
    ]  # fmt: skip
    results = normalize_column(column, START)
    assert [r.shown() for r in results] == [
        "2025-03-15",
        "2025-12-31",
        "2025-04-02",
        "2025-05-05",
        "2025-06-01",
        "2024-03-15",
    ]
    assert [r.reason for r in results] == [
        "month_first_column",
        "month_first_column",
        "month_first_column",
        "date_from_text",  # the same either way
        None,
        "date_from_serial",
    ]
    # With month-first options (a user in the United States), a day-first column.
    results = normalize_column(
        ["31/12/2025", "13/01/2025", "04/02/2025"], START, ValueOptions(day_first=False)
    )
    assert [(r.shown(), r.reason) for r in results] == [
        ("2025-12-31", "day_first_column"),
        ("2025-01-13", "day_first_column"),
        ("2025-02-04", "day_first_column"),
    ]


def test_start_dates_written_month_first(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", None, None, None, "03/15/2025"],
        ["1.2", "Entrega de plantones", None, None, None, "04/02/2025"],
        ["1.3", "Análisis de suelos", None, None, None, "05/06/2025"],
        ["1.4", "Feria del cacao", None, None, None, "12/31/2025"],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert corrections(preview, "start_date") == ["month_first_column"] * 4
    assert [start for *_, start in stored] == [
        "2025-03-15",
        "2025-04-02",
        "2025-05-06",
        "2025-12-31",
    ]


def test_start_dates_written_both_ways_keep_day_first(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", None, None, None, "15/03/2025"],
        ["1.2", "Entrega de plantones", None, None, None, "04/02/2025"],
        ["1.3", "Análisis de suelos", None, None, None, "03/15/2025"],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {6: ["date_order"]}
    assert [(code, start) for code, *_, start in stored] == [
        ("1.1", "2025-03-15"),
        ("1.2", "2025-02-04"),
    ]


def test_start_dates_that_never_say_stay_day_first(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Capacitación en poda", None, None, None, "04/02/2025"],
        ["1.2", "Entrega de plantones", None, None, None, "05/06/2025"],
    ]
    preview, stored = new_plan(importer, demo_database, tmp_path, rows)

    assert errors(preview) == {}
    assert corrections(preview, "start_date") == ["date_from_text"] * 2
    assert [start for *_, start in stored] == ["2025-02-04", "2025-06-05"]


def test_the_new_reasons_have_sentences() -> None:
    for code in ("month_first_column", "day_first_column", "gender_m_female"):
        assert REASONS[code]
    assert "Mujer" in REASONS["gender_m_ambiguous"]
