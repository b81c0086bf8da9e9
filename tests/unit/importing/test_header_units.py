"""Amounts whose header gives their unit, and header words partners write that were missing.

1. "Presupuesto (miles de S/)": "1.500" is S/ 1,500,000, not 1,500 (a thousand times too small,
   silently); "(millones de pesos)", "Monto MM$", "Valor (R$ mil)"... likewise. Only amounts:
   a percentage, a count or a measurement under such words is read as before, and so is a
   header where "mil" is part of another word ("Milagros", "familia").
2. Headers partners write that mapped nowhere, or to the wrong field: "Fecha inscripción",
   "Data de inscrição", "Cel.", "Unidad responsable", "Fecha límite", "N° acuerdo"...
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pipeline_support import rows_of
from test_column_conventions import corrections, errors, stored_actions, xlsx
from test_progress_axes import preview_and_run

from agencydesk.cli import main
from agencydesk.domain.importing.columns import normalize_column
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import ImportKind, field_spec, fields
from agencydesk.domain.importing.results import CellResult, CellStatus
from agencydesk.domain.importing.units import header_scale
from agencydesk.domain.importing.values import REASONS
from agencydesk.domain.importing.vocabulary import HEADER_WORDS
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.services.database import Database
from agencydesk.services.importing.report import GUESSES, build_report
from agencydesk.services.importing.service import ImportService

BUDGET = field_spec(ImportKind.ACTIONS, "budget")
PROGRESS = field_spec(ImportKind.ACTIONS, "progress_pct")
MEMBERS = field_spec(ImportKind.ORGANIZATIONS, "members_count")
VALUE = field_spec(ImportKind.MEASUREMENTS, "value")
SCALED, LARGE = "scaled_by_header", "scaled_by_header_large"
PLAN = "Plan de la cadena del cacao - Padre Abad 2025"


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


# --- 1. the unit a header gives -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("Presupuesto (miles de S/)", 1_000),
        ("Monto (en miles de pesos)", 1_000),
        ("Inversión (miles de US$)", 1_000),
        ("Presupuesto (millones de soles)", 1_000_000),
        ("Monto MM$", 1_000_000),  # Chile: millions of pesos
        ("Monto M$", 1_000),  # Chile: thousands of pesos
        ("Aporte MUS$", 1_000),
        ("Costo (en millones)", 1_000_000),
        ("Presupuesto (S/ miles)", 1_000),
        ("Valor (R$ mil)", 1_000),
        ("Valor (R$ mi)", 1_000_000),
        ("Orçamento (em milhares de reais)", 1_000),
        ("Orçamento (R$ milhões)", 1_000_000),
        ("Budget (USD thousands)", 1_000),
        ("Budget (USD '000)", 1_000),
        ("Inversión (000 $)", 1_000),
        ("Presupuesto 2025 (miles de S/)", 1_000),
        ("Presupuesto (millón de pesos)", 1_000_000),
        ("Inversión (miles de millones de pesos)", 1_000_000_000),  # Colombia
        ("Presupuesto", 1),
        ("Presupuesto (S/)", 1),
        ("Monto ($ M.N.)", 1),  # Mexico's moneda nacional
        ("Monto (US$)", 1),
        ("Presupuesto C.P. Milagros (S/)", 1),  # whole words only
        ("Presupuesto por familia", 1),
        ("Millonario", 1),
        ("Costo por mil habitantes", 1),  # a rate
        ("Monto mayor a 1.000", 1),  # a number's groups
        ("Presupuesto (miles) (millones)", 1),  # two units: it does not say which
    ],
)
def test_the_unit_a_header_gives(header: str, factor: int) -> None:
    assert header_scale(header) == factor


@pytest.mark.parametrize(
    "header",
    [
        "Presupuesto (miles de S/)",
        "Monto (en miles de pesos)",
        "Inversión (miles de US$)",
        "Presupuesto (millones de soles)",
        "Monto MM$",
        "Costo (en millones)",
        "Presupuesto (S/ miles)",
        "Valor (R$ mil)",
        "Orçamento (em milhares de reais)",
        "Budget (USD thousands)",
        "Presupuesto (000 $)",
        "Monto (en miles)",
    ],
)
def test_unit_words_keep_the_header_on_the_budget(header: str) -> None:
    row = ["Código", "Acción", header, "% de avance"]
    assert map_headers(row, ImportKind.ACTIONS) == {
        0: "code",
        1: "title",
        2: "budget",
        3: "progress_pct",
    }


def test_an_amount_column_in_thousands_is_multiplied() -> None:
    raws: list[CellValue] = ["1.500", "1.500,5", "S/ 2.000", 750, 2.5, None, "0", 12_500_000]
    results = normalize_column(raws, BUDGET, header="Presupuesto (miles de S/)")
    assert [r.value for r in results] == [
        Decimal(1_500_000),
        Decimal(1_500_500),
        Decimal(2_000_000),
        Decimal(750_000),
        Decimal(2_500),
        None,
        Decimal(0),
        Decimal(12_500_000_000),  # the header is the partner's word: multiplied, shown
    ]
    assert [r.reason for r in results] == [SCALED] * 5 + [None, None, LARGE]
    # The number as typed is multiplied, not its value rounded to cents first.
    [exact] = normalize_column(["1.234,5678"], BUDGET, header="Monto (miles de S/)")
    assert exact == CellResult(CellStatus.CORRECTED, Decimal("1234567.80"), SCALED)
    # Mixed cells (1, 1.5 and "2" are read apart) and millions.
    mixed = normalize_column([1, 1.5, "2", 1], BUDGET, header="Monto MM$")
    millions = [Decimal(1_000_000), Decimal(1_500_000), Decimal(2_000_000), Decimal(1_000_000)]
    assert [r.value for r in mixed] == millions
    # Beyond the column's range once multiplied: refused, never stored wrong.
    assert normalize_column([10**11], BUDGET, header="Monto MM$")[0].reason == "out_of_range"
    # No unit in the header: today's reading.
    assert normalize_column(["1.500"], BUDGET, header="Presupuesto (S/)")[0].value == 1500


@pytest.mark.parametrize(
    ("spec", "header", "raws", "values"),
    [
        (PROGRESS, "% de avance (en miles)", [45, "60%", 100], [45, 60, 100]),
        (MEMBERS, "N° de socios (miles)", [120, "35"], [120, 35]),
        (VALUE, "Valor (miles de S/)", [1500, "2,5"], [Decimal(1500), Decimal("2.5")]),
    ],
)
def test_only_amounts_are_multiplied(
    spec: Any, header: str, raws: list[CellValue], values: list[Any]
) -> None:
    results = normalize_column(raws, spec, header=header)
    assert [r.value for r in results] == values
    assert not {r.reason for r in results} & {SCALED, LARGE}


def test_the_reasons_are_explained_and_listed_as_guesses() -> None:
    assert {SCALED, LARGE} <= GUESSES
    assert "thousands or millions" in REASONS[SCALED]
    assert "check" in REASONS[LARGE]


ACTIONS_HEADER = [
    "Código",
    "Acción",
    "Estado",
    "% de avance (miles)",  # nonsense on a percentage: never multiplied
    "Presupuesto (miles de S/)",
    "Fecha límite",
]


def test_a_plan_with_its_budget_in_thousands_of_soles(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["1.1", "Instalación de viveros de cacao", "En ejecución", 40, "1.500", "30/06/2025"],
        ["1.2", "Escuelas de campo en poda", "No iniciada", 0, "1.500,5", "31/08/2025"],
        ["1.3", "Centro de acopio en Curimaná", "Atrasada", 15, 12_500_000, "15/12/2025"],
        ["1.4", "Feria regional del cacao", "No iniciada", 0, None, None],
    ]
    path = xlsx(tmp_path / "plan_cacao.xlsx", ACTIONS_HEADER, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=PLAN
    )

    assert errors(preview) == {} and result.created == 4
    assert preview.setup.mapping[4] == "budget" and preview.setup.mapping[5] == "end_date"
    assert corrections(preview, "budget") == [SCALED, SCALED, LARGE, None]
    assert corrections(preview, "progress_pct") == [None, None, None, None]
    stored = stored_actions(demo_database, PLAN)
    assert [(code, pct, budget) for code, _, pct, budget, _ in stored] == [
        ("1.1", 40, Decimal(1_500_000)),
        ("1.2", 0, Decimal(1_500_500)),
        ("1.3", 15, Decimal(12_500_000_000)),
        ("1.4", 0, None),
    ]
    ends = rows_of(
        demo_database,
        "SELECT a.end_date FROM actions a JOIN action_plans p ON p.id = a.plan_id "
        f"WHERE p.title = '{PLAN}' ORDER BY a.id",
    )
    assert [None if e is None else str(e) for (e,) in ends] == [
        "2025-06-30",
        "2025-08-31",
        "2025-12-15",
        None,
    ]

    # The report lists each multiplied cell for the user to check, as typed and as stored.
    report = build_report(importer.load(path), preview, result)
    scaled = [g for g in report["guesses"] if g["field"] == "budget"]
    assert [(g["row"], g["value"], g["stored"], g["code"]) for g in scaled] == [
        (4, "1.500", "1500000", SCALED),
        (5, "1.500,5", "1500500", SCALED),
        (6, "12500000", "12500000000", LARGE),
    ]
    assert {g["column"] for g in scaled} == {"Presupuesto (miles de S/)"}
    assert report["corrections"][SCALED] == 2 and report["corrections"][LARGE] == 1


def test_a_header_naming_milagros_or_a_family_is_not_a_unit(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    header = ["Código", "Acción", "Presupuesto C.P. Milagros (S/)", "Aporte por familia"]
    rows = [["2.1", "Reservorio en Milagros", "1.500", 300]]
    path = xlsx(tmp_path / "plan_milagros.xlsx", header, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=PLAN
    )

    assert errors(preview) == {} and result.created == 1
    assert preview.setup.mapping[2] == "budget"
    assert corrections(preview, "budget") == ["thousands_assumed"]
    [(_, _, _, budget, _)] = stored_actions(demo_database, PLAN)
    assert budget == Decimal(1500)


def test_the_cli_imports_a_plan_in_millions_of_pesos(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    header = ["N°", "Línea de acción", "Actividad", "Responsables", "Monto (millones de pesos)"]
    rows = [
        [1, "Fomento", "Rueda de negocios de la miel", "Seremi de Agricultura", "12,5"],
        [2, "Fomento", "Sala de extracción comunal", "Municipalidad de San Carlos", 40],
        [3, "Capital humano", "Cursos de apicultura", "Cooperativa Apícola de Ñuble", None],
    ]
    source = xlsx(tmp_path / "plan_miel.xlsx", header, rows)
    report = tmp_path / "informe.json"
    code = main(
        [
            *("--db", str(db), "import", str(source), "--as", "actions"),
            *("--plan", "Plan apícola Ñuble 2025", "--report", str(report)),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["mapping"]["Monto (millones de pesos)"] == "budget"
    assert data["mapping"]["Responsables"] == "responsible"
    assert [(g["row"], g["value"], g["stored"], g["code"]) for g in data["guesses"]] == [
        (4, "12,5", "12500000", SCALED),
        (5, "40", "40000000", SCALED),
    ]
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute(
            "SELECT a.title, a.budget, o.name FROM actions a "
            "JOIN action_plans p ON p.id = a.plan_id "
            "LEFT JOIN organizations o ON o.id = a.responsible_id "
            "WHERE p.title = 'Plan apícola Ñuble 2025' ORDER BY a.id"
        ).fetchall()
    finally:
        conn.close()
    assert [(t, None if b is None else Decimal(str(b)), o) for t, b, o in stored] == [
        ("Rueda de negocios de la miel", Decimal(12_500_000), "Seremi de Agricultura"),
        ("Sala de extracción comunal", Decimal(40_000_000), "Municipalidad de San Carlos"),
        ("Cursos de apicultura", None, "Cooperativa Apícola de Ñuble"),
    ]


# --- 2. headers partners write --------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        (ImportKind.ORGANIZATIONS, "Fecha inscripción", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Fecha de inscripción", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Fecha de registro", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Data de inscrição", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Fecha inscripción RUC", "registered_on"),  # not the RUC
        (ImportKind.ORGANIZATIONS, "Fecha de creación", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Fecha de fundación", "registered_on"),
        (ImportKind.ORGANIZATIONS, "Data de constituição", "registered_on"),
        (ImportKind.ORGANIZATIONS, "N° de socios", "members_count"),
        (ImportKind.ORGANIZATIONS, "Nro. socios", "members_count"),
        (ImportKind.ORGANIZATIONS, "Cantidad de asociados", "members_count"),
        (ImportKind.ORGANIZATIONS, "Número de associados", "members_count"),
        (ImportKind.ORGANIZATIONS, "Quantidade de sócios", "members_count"),
        (ImportKind.ORGANIZATIONS, "Representante legal", "representative"),
        (ImportKind.ORGANIZATIONS, "Nombre del representante legal", "representative"),
        (ImportKind.ORGANIZATIONS, "Rep. legal", "representative"),
        (ImportKind.ORGANIZATIONS, "Celular", "phone"),
        (ImportKind.ORGANIZATIONS, "Whatsapp", "phone"),
        (ImportKind.ORGANIZATIONS, "Cel.", "phone"),
        (ImportKind.ORGANIZATIONS, "Teléfono fijo", "phone"),
        (ImportKind.ORGANIZATIONS, "Correo institucional", "email"),
        (ImportKind.ORGANIZATIONS, "Correo corporativo", "email"),
        (ImportKind.PEOPLE, "Cel.", "phone"),
        (ImportKind.PEOPLE, "N° de celular", "phone"),
        (ImportKind.PEOPLE, "Correo personal", "email"),
        (ImportKind.PEOPLE, "Correo institucional", "email"),
        (ImportKind.ACTIONS, "Responsable de la acción", "responsible"),
        (ImportKind.ACTIONS, "Responsables", "responsible"),
        (ImportKind.ACTIONS, "Unidad responsable", "responsible"),  # not the unit of measure
        (ImportKind.ACTIONS, "Entidad a cargo", "responsible"),
        (ImportKind.ACTIONS, "Fecha límite", "end_date"),
        (ImportKind.ACTIONS, "Avance (%)", "progress_pct"),
        (ImportKind.ACTIONS, "% de cumplimiento", "progress_pct"),
        (ImportKind.ACTIONS, "Meta", "target"),
        (ImportKind.ACTIONS, "Valor meta", "target"),  # not the budget's "Valor"
        (ImportKind.ACTIONS, "N° de acción", "code"),
        (ImportKind.PROGRESS, "N° de acción", "code"),  # not the title
        (ImportKind.PROGRESS, "Porcentaje de cumplimiento", "progress_pct"),
        (ImportKind.AGREEMENTS, "Fecha límite", "due_date"),
        (ImportKind.AGREEMENTS, "Plazo", "due_date"),
        (ImportKind.AGREEMENTS, "Data limite", "due_date"),
        (ImportKind.AGREEMENTS, "Data de vencimento", "due_date"),
        (ImportKind.AGREEMENTS, "N° acuerdo", "number"),  # not the text
        (ImportKind.AGREEMENTS, "Responsables", "responsible"),
        (ImportKind.AGREEMENTS, "Entidad a cargo", "responsible"),
        (ImportKind.AGREEMENTS, "Persona a cargo", "responsible_person"),
        (ImportKind.AGREEMENTS, "Data de cumprimento", "done_on"),
        (ImportKind.ATTENDANCE, "Participó", "attended"),
        (ImportKind.ATTENDANCE, "Correo institucional", "email"),
        (ImportKind.MEASUREMENTS, "Logro", "value"),
        (ImportKind.MEASUREMENTS, "Valor alcanzado", "value"),
    ],
)
def test_a_header_partners_write_maps_to_its_field(
    kind: ImportKind, header: str, field: str
) -> None:
    assert map_headers([header], kind) == {0: field}


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        # What no field of the kind holds, though its words name one.
        (ImportKind.ACTIONS, "Línea base"),  # not the axis ("Línea")
        (ImportKind.MEASUREMENTS, "Valor meta"),  # the target is no measured value
        (ImportKind.MEASUREMENTS, "Línea de base 2024"),
        (ImportKind.AGREEMENTS, "Correo del responsable"),  # an e-mail, not the institution
        (ImportKind.ACTIONS, "Teléfono del responsable"),
        (ImportKind.ORGANIZATIONS, "DNI del representante legal"),
        # People have no date of registration: consent is another date.
        (ImportKind.PEOPLE, "Fecha de inscripción"),
    ],
)
def test_a_header_of_another_value_maps_nowhere(kind: ImportKind, header: str) -> None:
    assert map_headers([header], kind) == {}


def test_a_measurements_sheet_with_its_target_beside_the_value() -> None:
    header = ["Indicador", "Fecha de medición", "Valor meta", "Valor alcanzado", "Fuente"]
    assert map_headers(header, ImportKind.MEASUREMENTS) == {
        0: "indicator",
        1: "date",
        3: "value",
        4: "source",
    }


def test_every_added_header_names_a_field_of_its_kind() -> None:
    for kind, by_field in HEADER_WORDS.items():
        names = {spec.name for spec in fields(ImportKind(kind))}
        assert set(by_field) <= names, kind


def test_a_peruvian_registry_with_the_headers_partners_write(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    header = [
        "Razón social",
        "Tipo",
        "Fecha inscripción RUC",
        "Nro. socios",
        "Rep. legal",
        "Cel.",
        "Correo institucional",
        "Capital social (miles de S/)",  # no field of an organization: not imported
    ]
    rows = [
        [
            "Cooperativa Agraria Cacaotera Divisoria Ltda.",
            "Cooperativa",
            "15/03/2012",
            "148",
            "Milagros Huamán Ríos",
            "961 234 567",
            "gerencia@coopdivisoria.pe",
            "1.200",
        ],
        [
            "Asociación de Productores Agropecuarios Alto Uruya",
            "Privado",
            "02/09/2019",
            36,
            "Julio Pinedo Vásquez",
            "943 100 200",
            "altouruya@gmail.com",
            None,
        ],
    ]
    path = xlsx(tmp_path / "padron_cooperativas.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.ORGANIZATIONS)

    assert errors(preview) == {} and result.created == 2
    assert 7 not in preview.setup.mapping
    names = ", ".join(repr(r[0]) for r in rows)
    stored = rows_of(
        demo_database,
        "SELECT name, registered_on, members_count, representative, phone, email "
        f"FROM organizations WHERE name IN ({names}) ORDER BY name",
    )
    assert [(n, str(d), m, r, p, e) for n, d, m, r, p, e in stored] == [
        (
            "Asociación de Productores Agropecuarios Alto Uruya",
            "2019-09-02",
            36,
            "Julio Pinedo Vásquez",
            "943 100 200",
            "altouruya@gmail.com",
        ),
        (
            "Cooperativa Agraria Cacaotera Divisoria Ltda.",
            "2012-03-15",
            148,
            "Milagros Huamán Ríos",
            "961 234 567",
            "gerencia@coopdivisoria.pe",
        ),
    ]
