"""Two round trips (export a list, import it back), with partner-like files:

1. The plan column. The export of every plan's actions has a "plan" column (lists spanning
   plans a "Plan" one). Before, the importer ignored it: imported into plan 2, the rows of
   plan 1 whose code plan 2 lacks (A1.4, A1.5) were created there, and into a new plan every
   action of both plans landed in it, codes twice. Now a row whose plan column names another
   plan than the one imported into is rejected ("other_plan"), uuid or not; a row naming the
   plan (its title, its id) or none imports; a new plan takes the rows of the plan its title
   names in the file, else of the plan the file names first. Progress sheets too.
2. The territory of organizations. Before, no field held it: a "Territorio" column was ignored
   without a word. Now it is matched by name to the territories of the database (accents,
   case, a level word, the place it is in; the most local of namesakes), and a name that is
   no territory rejects the row ("unknown_territory"): territories are never created.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.enums import TerritoryLevel
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import ImportKind, field_spec
from agencydesk.services.database import Database
from agencydesk.services.importing.handlers import handler_for
from agencydesk.services.importing.scoped import PlanNames, plan_key
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch
from agencydesk.services.importing.territories import TERRITORY_REASONS, Territories

FOREST_PLAN = 1  # demo: actions A1.1 ... A5.3 (16), with A1.4 and A1.5
COFFEE_PLAN = 2  # demo: actions A1.1 ... A5.3 (14), no A1.4 nor A1.5
TAPACHULA = 13  # demo territories
HUIXTLA = 14
CALLERIA = 20
CORONEL_PORTILLO = 8
VALDIVIA_PROVINCE = 11
VALDIVIA = 28  # the municipality, in the province of Valdivia
AYUNTAMIENTO_TAPACHULA = 1  # demo organization, in Tapachula

EXPORT_HEADER = ["id", "uuid", "plan_id", "plan", "code", "axis", "title", "status"]


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def xlsx(path: Path, rows: list[list[Any]], title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def semicolon_csv(path: Path, rows: list[list[Any]]) -> Path:
    text = "\n".join(";".join("" if c is None else str(c) for c in row) for row in rows)
    path.write_text(text + "\n", encoding="utf-8-sig")
    return path


def preview_and_run(
    importer: ImportService, path: Path, kind: ImportKind, **setup: Any
) -> tuple[Any, Any]:
    loaded = importer.load(path)
    chosen = replace(importer.propose(loaded, kind), **setup)
    preview = importer.preview(loaded, chosen)
    return preview, importer.run(loaded, preview)


def reasons(preview: Any) -> dict[int, list[tuple[str | None, str]]]:
    return {r.row: [(e.field, e.reason) for e in r.errors] for r in preview.rows if r.errors}


def plan_title(database: Database, plan_id: int) -> str:
    [(title,)] = rows_of(database, f"SELECT title FROM action_plans WHERE id = {plan_id}")
    return str(title)


def actions_of(database: Database, plan_id: int) -> list[tuple[Any, ...]]:
    sql = (
        "SELECT id, uuid, plan_id, code, axis, title, status, progress_pct FROM actions "
        f"WHERE plan_id = {plan_id} ORDER BY id"
    )
    return rows_of(database, sql)


def export_rows(database: Database) -> list[list[Any]]:
    """The actions of every plan as ``export actions`` writes them (its columns)."""
    rows: list[list[Any]] = [list(EXPORT_HEADER)]
    for plan_id in (FOREST_PLAN, COFFEE_PLAN):
        title = plan_title(database, plan_id)
        for row_id, uid, plan, code, axis, name, status, _ in actions_of(database, plan_id):
            rows.append([row_id, uid, plan, title, code, axis, name, str(status)])
    return rows


def export_rows_titled(database: Database, coffee: str) -> list[list[Any]]:
    """The export, its plan 2 named ``coffee``."""
    rows = export_rows(database)
    for row in rows[1:]:
        if row[2] == COFFEE_PLAN:
            row[3] = coffee
    return rows


def new_plan_codes(database: Database, title: str) -> list[str]:
    sql = (
        "SELECT a.code FROM actions a JOIN action_plans p ON p.id = a.plan_id "
        f"WHERE p.title = '{title}' ORDER BY a.id"
    )
    return [str(code) for (code,) in rows_of(database, sql)]


# --- 1. the plan column --------------------------------------------------------------------


@pytest.mark.parametrize("kind", [ImportKind.ACTIONS, ImportKind.PROGRESS])
@pytest.mark.parametrize(
    "header", ["plan", "Plan", "PLAN DE ACCIÓN", "Hoja de ruta", "action_plan", "Plano de ação"]
)
def test_the_plan_column_is_a_known_header(kind: ImportKind, header: str) -> None:
    assert map_headers([header, "Código", "Acción", "% de avance"], kind)[0] == "plan"


def test_the_plan_is_checked_never_stored_nor_in_templates() -> None:
    for kind in (ImportKind.ACTIONS, ImportKind.PROGRESS):
        assert field_spec(kind, "plan").template_header == ""
        assert "plan" in handler_for(kind).not_columns


def test_an_export_of_every_plan_into_plan_2_takes_only_plan_2s_rows(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    forest, coffee = actions_of(demo_database, FOREST_PLAN), actions_of(demo_database, COFFEE_PLAN)
    path = xlsx(tmp_path / "actions.xlsx", export_rows(demo_database))

    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=COFFEE_PLAN, on_match=OnMatch.UPDATE
    )

    # Every row of plan 1 is refused by its plan column, A1.4 and A1.5 (codes plan 2 lacks,
    # created there before) as well as those whose uuid said so.
    forest_rows = range(2, 2 + len(forest))
    assert reasons(preview) == {row: [("plan", "other_plan")] for row in forest_rows}
    [error] = preview.rows[0].errors
    assert error.value == plan_title(demo_database, FOREST_PLAN)
    assert "another plan" in error.message and "plan column" in error.message
    assert (result.created, result.updated, result.unchanged) == (0, 0, len(coffee))
    assert actions_of(demo_database, COFFEE_PLAN) == coffee
    assert actions_of(demo_database, FOREST_PLAN) == forest


def test_rows_naming_another_plan_without_a_uuid_are_rejected(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    forest, coffee = plan_title(demo_database, FOREST_PLAN), plan_title(demo_database, COFFEE_PLAN)
    rows = [
        ["Plan", "Código", "Acción"],
        [forest, "C9.1", "Feria forestal"],  # another plan: refused, code free or not
        [forest.upper(), "A1.1", "Diagnóstico"],
        [coffee.upper().replace("CAFÉ", "CAFE"), "C9.2", "Catación regional"],  # this plan
        [str(COFFEE_PLAN), "C9.3", "Ruta del café"],  # its id, as exports write plan_id
        [None, "C9.4", "Vitrina del café"],  # blank: the plan imported into
        ["Plan de negocios 2030", "C9.5", "Estudio de mercado"],  # no plan of ours either
    ]
    path = xlsx(tmp_path / "acciones_terminadas.xlsx", rows, "Acciones terminadas")

    preview, result = preview_and_run(importer, path, ImportKind.ACTIONS, plan_id=COFFEE_PLAN)

    assert reasons(preview) == {
        4: [("plan", "other_plan")],
        5: [("plan", "other_plan")],
        9: [("plan", "other_plan")],
    }
    assert result.created == 3
    codes = [a[3] for a in actions_of(demo_database, COFFEE_PLAN)]
    assert codes[-3:] == ["C9.2", "C9.3", "C9.4"] and "C9.1" not in codes


def test_a_new_plan_takes_the_rows_of_the_first_plan_the_file_names(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "actions.xlsx", export_rows(demo_database))
    forest = [a[3] for a in actions_of(demo_database, FOREST_PLAN)]

    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title="Hoja de ruta X"
    )

    coffee_rows = range(2 + len(forest), 2 + len(preview.rows))
    assert reasons(preview) == {row: [("plan", "other_plan")] for row in coffee_rows}
    assert result.created == len(forest)
    assert new_plan_codes(demo_database, "Hoja de ruta X") == forest  # each code once


def test_a_new_plan_titled_as_a_plan_of_the_file_takes_that_plans_rows(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Into a fresh database, each plan of the export is imported under its own title."""
    coffee = plan_title(demo_database, COFFEE_PLAN)
    coffee_codes = [a[3] for a in actions_of(demo_database, COFFEE_PLAN)]
    with demo_database.uow.engine.begin() as db:  # its title free again, as in a fresh database
        db.exec_driver_sql(f"UPDATE action_plans SET title = 'Antiguo' WHERE id = {COFFEE_PLAN}")
    path = xlsx(tmp_path / "actions.xlsx", export_rows_titled(demo_database, coffee))

    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=coffee
    )

    forest_rows = range(2, 2 + len(actions_of(demo_database, FOREST_PLAN)))
    assert reasons(preview) == {row: [("plan", "other_plan")] for row in forest_rows}
    assert result.created == len(coffee_codes)
    assert new_plan_codes(demo_database, coffee) == coffee_codes


def test_a_new_plan_from_a_sheet_of_one_plan_takes_every_row(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["Plan de acción", "Código", "Acción"],
        ["PDE Cacao Aguaytía 2025", "1.1", "Escuelas de campo"],
        ["PDE Cacao Aguaytía 2025", "1.2", "Poda y rehabilitación"],
        [None, "2.1", "Centro de acopio"],
    ]
    path = xlsx(tmp_path / "plan_cacao.xlsx", rows, "Plan de desarrollo del cacao")

    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title="Hoja de ruta del cacao"
    )

    assert reasons(preview) == {} and result.created == 3
    assert new_plan_codes(demo_database, "Hoja de ruta del cacao") == ["1.1", "1.2", "2.1"]


def test_progress_rows_of_another_plan_are_rejected_not_matched_by_code(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    forest, coffee = plan_title(demo_database, FOREST_PLAN), plan_title(demo_database, COFFEE_PLAN)
    before = {a[3]: a[7] for a in actions_of(demo_database, COFFEE_PLAN)}
    rows = [
        ["Plan", "Código", "% de avance"],
        [forest, "A1.1", "90%"],  # plan 1's A1.1, not plan 2's
        [coffee, "A1.2", "35%"],
        [None, "A1.3", "45%"],
    ]
    path = xlsx(tmp_path / "avance.xlsx", rows, "Avance al 30 de junio")

    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=COFFEE_PLAN)

    assert reasons(preview) == {4: [("plan", "other_plan")]}
    assert result.updated == 2
    after = {a[3]: a[7] for a in actions_of(demo_database, COFFEE_PLAN)}
    assert (after["A1.1"], after["A1.2"], after["A1.3"]) == (before["A1.1"], 35, 45)


def test_plan_names_compare_titles_and_ids_folded() -> None:
    assert plan_key("Hoja de Ruta – Mesa Forestal") == "hoja de ruta mesa forestal"
    names = PlanNames(["Plan del Café", 2])
    assert not names.other("PLAN DEL CAFE") and not names.other("2") and not names.other(None)
    assert names.other("Plan del cacao") and names.other("3")
    new = PlanNames(["Hoja de ruta X"], new=True)
    new.see([None, "Plan A", "Plan B", "Plan A"])
    assert not new.other("plan a") and new.other("Plan B")
    titled = PlanNames(["Plan B"], new=True)
    titled.see(["Plan A", "Plan B"])
    assert titled.other("Plan A") and not titled.other("Plan B")


# --- 1. the plan column, with the command line ---------------------------------------------


def cli_report(args: list[str], report: Path) -> tuple[int, dict[str, Any]]:
    code = main([*args, "--report", str(report)])
    return code, json.loads(report.read_text(encoding="utf-8"))


def test_the_actions_export_comes_back_plan_by_plan_in_a_fresh_database(
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    if demo_database.path is None:
        pytest.skip("the command line's export reads a database file")
    exported = tmp_path / "actions.xlsx"
    assert main(["--db", str(demo_database.path), "export", "actions", "--out", str(exported)]) == 0
    forest = [str(a[3]) for a in actions_of(demo_database, FOREST_PLAN)]
    fresh = tmp_path / "nueva.sqlite3"
    base = ["--db", str(fresh), "import"]

    code, report = cli_report(
        [*base, str(exported), "--as", "actions", "--plan", "Hoja de ruta X"], tmp_path / "r.json"
    )

    assert code == 3, capsys.readouterr().err  # the other plan's rows are rejected
    assert report["created"] == len(forest)
    assert {(e["field"], e["code"]) for e in report["rejected"]} == {("plan", "other_plan")}
    with sqlite3.connect(fresh) as db:
        codes = [c for (c,) in db.execute("SELECT code FROM actions ORDER BY id")]
    assert codes == forest

    # A progress sheet by code names one action: no code is there twice.
    progress = semicolon_csv(tmp_path / "avance.csv", [["Código", "% de avance"], ["A1.1", "50"]])
    code, report = cli_report(
        [*base, str(progress), "--as", "progress", "--plan", "Hoja de ruta X"],
        tmp_path / "p.json",
    )
    assert code == 0 and report["updated"] == 1


def test_the_export_of_every_plan_into_plan_2_with_the_command_line(
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    if demo_database.path is None:
        pytest.skip("the command line's export reads a database file")
    db = str(demo_database.path)
    exported = tmp_path / "actions.xlsx"
    assert main(["--db", db, "export", "actions", "--out", str(exported)]) == 0
    coffee = actions_of(demo_database, COFFEE_PLAN)

    args = ["--db", db, "import", str(exported), "--as", "actions", "--plan", str(COFFEE_PLAN)]
    code, report = cli_report([*args, "--on-match", "update"], tmp_path / "r.json")

    assert code == 3, capsys.readouterr().err
    assert (report["created"], report["updated"]) == (0, 0)
    assert report["rejected_rows"] == len(actions_of(demo_database, FOREST_PLAN))
    assert {(e["field"], e["code"]) for e in report["rejected"]} == {("plan", "other_plan")}
    assert actions_of(demo_database, COFFEE_PLAN) == coffee  # no A1.4, no A1.5


# --- 2. the territory of organizations -----------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Territorio", "TERRITORIO / ÁMBITO", "Ámbito territorial", "Distrito", "Municipio",
     "Comuna", "Território", "Territory"],
)  # fmt: skip
def test_the_territory_column_is_a_known_header(header: str) -> None:
    mapping = map_headers(["Nombre", "Tipo de actor", header], ImportKind.ORGANIZATIONS)
    assert mapping == {0: "name", 1: "actor_type", 2: "territory"}


def test_of_region_province_and_district_the_district_is_the_territory() -> None:
    header = ["Razón social", "Región", "Provincia", "Distrito", "Nivel de gobierno"]
    mapping = map_headers(header, ImportKind.ORGANIZATIONS)
    assert mapping[3] == "territory" and "territory" not in (mapping.get(1), mapping.get(2))


def test_the_exports_territory_column_maps_its_id_column_does_not() -> None:
    header = ["id", "uuid", "name", "actor_type", "territory_id", "territory"]
    mapping = map_headers(header, ImportKind.ORGANIZATIONS)
    assert mapping.get(5) == "territory" and 4 not in mapping


# (id, name, level, parent_id), as the demo's.
TERRITORIES = [
    (1, "Perú", TerritoryLevel.COUNTRY, None),
    (3, "Chile", TerritoryLevel.COUNTRY, None),
    (5, "Ucayali", TerritoryLevel.REGION, 1),
    (6, "Región de Los Ríos", TerritoryLevel.REGION, 3),
    (CORONEL_PORTILLO, "Coronel Portillo", TerritoryLevel.PROVINCE, 5),
    (10, "Padre Abad", TerritoryLevel.PROVINCE, 5),
    (VALDIVIA_PROVINCE, "Valdivia", TerritoryLevel.PROVINCE, 6),
    (12, "Ranco", TerritoryLevel.PROVINCE, 6),
    (CALLERIA, "Callería", TerritoryLevel.DISTRICT, CORONEL_PORTILLO),
    (25, "Padre Abad (Aguaytía)", TerritoryLevel.DISTRICT, 10),
    (VALDIVIA, "Valdivia", TerritoryLevel.MUNICIPALITY, VALDIVIA_PROVINCE),
    (33, "La Unión", TerritoryLevel.MUNICIPALITY, 12),
    (40, "San Juan", TerritoryLevel.DISTRICT, CORONEL_PORTILLO),
    (41, "San Juan", TerritoryLevel.DISTRICT, 10),
]


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("Callería", (CALLERIA, None)),
        ("CALLERIA", (CALLERIA, None)),
        ("Distrito de Callería", (CALLERIA, None)),
        ("Municipio de Callería", (CALLERIA, None)),  # the local level, either name
        ("Provincia de Coronel Portillo", (CORONEL_PORTILLO, None)),
        ("Los Ríos", (6, None)),  # the territory named with its level word
        ("Padre Abad (Aguaytía)", (25, None)),  # parentheses of its own name
        ("Padre Abad", (10, None)),
        ("Valdivia", (VALDIVIA, None)),  # the most local of the two
        ("Provincia de Valdivia", (VALDIVIA_PROVINCE, None)),
        ("Valdivia (Los Ríos)", (VALDIVIA, None)),
        ("Valdivia (Valdivia)", (VALDIVIA, None)),  # as the program's lists show it
        ("Valdivia (Ranco)", (None, "unknown_territory")),
        ("La Unión, Región de Los Ríos", (33, None)),
        ("Callería - Coronel Portillo - Ucayali", (CALLERIA, None)),
        ("San Juan", (None, "ambiguous_territory")),
        ("San Juan (Padre Abad)", (41, None)),
        ("Distrito de Padre Abad", (None, "unknown_territory")),  # no district of that name
        ("Lima", (None, "unknown_territory")),
        ("   ", (None, None)),
    ],
)
def test_territory_names_as_partners_write_them(cell: str, found: tuple[Any, Any]) -> None:
    assert Territories(TERRITORIES).find(cell) == found


ORG_HEADER = ["Razón social", "RUC", "Tipo de actor", "Distrito"]


def territory_of(database: Database, name: str) -> Any:
    [(territory,)] = rows_of(
        database, f"SELECT territory_id FROM organizations WHERE name = '{name}'"
    )
    return territory


def test_an_organizations_sheet_with_a_district_column(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ORG_HEADER,
        ["Asociación Agroforestal Nueva Era", "20601111111", "Privado", "Callería"],
        ["Cooperativa Cacaotera Aguaytía", "20602222222", "Privado", "padre abad (aguaytia)"],
        ["Maderera San Martín S.A.C.", "20603333333", "Privado", "Provincia de Coronel Portillo"],
        ["Comité de Productores de Lanco", None, "Privado", "Valdivia"],
        ["Asociación de Artesanos de Lima", "20604444444", "Privado", "Lima"],
        ["Asociación Sin Lugar", "20605555555", "Privado", None],
    ]
    path = xlsx(tmp_path / "padron.xlsx", rows, "PADRÓN DE ACTORES 2025")

    preview, result = preview_and_run(importer, path, ImportKind.ORGANIZATIONS)

    assert reasons(preview) == {8: [("territory", "unknown_territory")]}
    [error] = preview.rows[4].errors
    assert (error.column, error.value) == ("Distrito", "Lima")
    assert error.message == TERRITORY_REASONS["unknown_territory"]
    assert result.created == 5
    stored = {
        name: territory_of(demo_database, name) for name, *_ in rows[1:] if "Lima" not in name
    }
    assert stored == {
        "Asociación Agroforestal Nueva Era": CALLERIA,
        "Cooperativa Cacaotera Aguaytía": 25,
        "Maderera San Martín S.A.C.": CORONEL_PORTILLO,
        "Comité de Productores de Lanco": VALDIVIA,
        "Asociación Sin Lugar": None,
    }


def test_a_territory_changed_in_the_list_export_is_updated(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    [(name, tax_id)] = rows_of(
        demo_database, f"SELECT name, tax_id FROM organizations WHERE id = {AYUNTAMIENTO_TAPACHULA}"
    )
    [(other, other_tax, other_territory)] = rows_of(
        demo_database, "SELECT name, tax_id, territory_id FROM organizations WHERE id = 2"
    )
    header = ["Nombre", "Sigla", "Tipo de actor", "Territorio", "Identificación tributaria"]
    rows = [
        header,
        [name, None, "Público", "Huixtla", tax_id],  # moved in the list
        [other, None, "Público", None, other_tax],  # an empty cell keeps the territory
    ]
    path = semicolon_csv(tmp_path / "organizaciones_todas.csv", rows)

    preview, result = preview_and_run(
        importer, path, ImportKind.ORGANIZATIONS, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {}
    assert result.updated >= 1
    assert territory_of(demo_database, name) == HUIXTLA
    assert territory_of(demo_database, other) == other_territory

    importer.undo(result.batch_id)
    assert territory_of(demo_database, name) == TAPACHULA


def test_the_organizations_export_comes_back_with_its_territories(
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    if demo_database.path is None:
        pytest.skip("the command line's export reads a database file")
    db = str(demo_database.path)
    sql = "SELECT uuid, territory_id FROM organizations ORDER BY id"
    before = rows_of(demo_database, sql)
    exported = tmp_path / "organizations.xlsx"
    assert main(["--db", db, "export", "organizations", "--out", str(exported)]) == 0
    with demo_database.uow.engine.begin() as conn:  # the territories lost, as a fresh import
        conn.exec_driver_sql("UPDATE organizations SET territory_id = NULL")

    args = ["--db", db, "import", str(exported), "--as", "organizations", "--on-match", "fill"]
    code, report = cli_report(args, tmp_path / "r.json")

    assert code == 0, capsys.readouterr().err
    assert report["updated"] == sum(1 for _, t in before if t is not None)
    assert rows_of(demo_database, sql) == before

    # A database without any territory (a new one: the program adds none): the column is
    # proposed "do not import", so the rows come in, and the report's mapping shows it left.
    fresh = tmp_path / "nueva.sqlite3"
    args = ["--db", str(fresh), "import", str(exported), "--as", "organizations"]
    code, report = cli_report(args, tmp_path / "f.json")
    assert code == 0 and report["created"] == len(before)
    assert "territory" not in report["mapping"].values()


@pytest.mark.parametrize(
    "header", ["Plan de trabajo", "Objetivo del plan", "Plan de negocio", "Plan operativo anual"]
)
def test_a_header_only_holding_the_word_plan_is_no_plan_column(header: str) -> None:
    """A column that is only checked maps by a header typed whole: the objectives or work
    plans of an actions sheet must not reject its rows as another plan's."""
    assert "plan" not in map_headers(["Código", "Acción", header], ImportKind.ACTIONS).values()
