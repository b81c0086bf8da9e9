"""Regressions of the import of action plans (kinds ACTIONS and PROGRESS), with partner-like
files:

1. an actions sheet that updates (or fills) the plan without an Eje column names a code shared
   by several actions: the title must say which, else the row is rejected ("ambiguous_code"),
   never written over the first action with the code;
2. a progress sheet's "Eje 1" (or "1", "EJE 1", "Eje 1: Calidad") names the plan's axis stored
   as "1. Calidad del cacao", and never "10. Turismo rural";
3. a progress typed as text ("0.66", "0,66", a CSV) is read as a number cell 0.66 is: 66 %
   in a column of fractions, not 1 %;
4. a progress row whose code no action has is rejected with the code's column and value;
5. a padded code ("01", "1.0") names the action coded "1", unless the plan has an "01" too.
"""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of
from test_progress_axes import (
    ACTIONS_HEADER,
    FERIA,
    MISION,
    PLANTONES,
    SUELOS,
    actions,
    cacao_plan,
    preview_and_run,
    reasons,
    xlsx,
)

from agencydesk.cli import main
from agencydesk.domain.importing.action_refs import axis_key
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import names_agree
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch, RowChoice

FOREST_PLAN = 1  # demo: actions A1.1 ... A5.3, each code once


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def semicolon_csv(path: Path, rows: list[list[Any]]) -> Path:
    """A CSV as Excel saves it in a Spanish locale: ";" between fields, a BOM, every cell text."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def new_plan(
    importer: ImportService,
    database: Database,
    tmp_path: Path,
    title: str,
    rows: list[list[Any]],
    merge: str | None = None,
) -> int:
    """A plan created by importing a partner's actions sheet (``ACTIONS_HEADER``)."""
    path = xlsx(tmp_path / f"{title}.xlsx", ACTIONS_HEADER, rows, merge=merge)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=title
    )
    assert reasons(preview) == {} and result.created == len(rows)
    [(plan_id,)] = rows_of(database, f"SELECT id FROM action_plans WHERE title = '{title}'")
    return plan_id


# --- 1. an actions sheet without the axis, codes restarting per axis ------------------------


@pytest.mark.parametrize("on_match", [OnMatch.UPDATE, OnMatch.FILL])
def test_an_actions_row_with_a_shared_code_and_no_axis_is_rejected_not_guessed(
    importer: ImportService, demo_database: Database, tmp_path: Path, on_match: OnMatch
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    before = actions(demo_database, plan_id)
    header = ["N°", "Acción", "Observaciones"]
    rows = [
        # Eje 1's "Entrega de plantones" or Eje 2's "Misión comercial a Lima"? The row does not
        # say: before the fix, the first action with code 2 was renamed.
        [2, "Nueva acción sin eje", "Propuesta de la cooperativa"],
        [2, "Entrega de plantones", "Se entregaron 5 000 plantones"],  # the title says
        [3, "Análisis de suelos", "Con el INIA"],  # only Eje 1 has an action 3
    ]
    path = xlsx(tmp_path / "acciones_sin_eje.xlsx", header, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=on_match
    )

    assert reasons(preview) == {4: ["ambiguous_code"]}
    [error] = preview.rows[0].errors
    assert (error.field, error.column, error.value) == ("code", "N°", "2")
    assert "several actions of the plan have this code" in error.message
    ids = [a[0] for a in before]
    assert [r.match.record_id for r in preview.rows[1:]] == [ids[PLANTONES], ids[SUELOS]]
    assert (result.created, result.updated, len(result.rejected)) == (0, 2, 1)
    after = actions(demo_database, plan_id)
    assert [a[:4] for a in after] == [a[:4] for a in before]  # no action renamed
    notes = [a[6] for a in after]
    assert notes[PLANTONES] == "Se entregaron 5 000 plantones"
    assert notes[SUELOS] == "Con el INIA"
    assert notes[MISION] is None


def test_an_actions_row_with_a_shared_code_and_no_axis_is_rejected_even_when_skipping(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Skipping the matches still shows each row's match, and the user may turn a skipped row
    into an update: a guessed match would be written then."""
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    path = xlsx(tmp_path / "acciones.xlsx", ["N°", "Acción"], [[1, "Vivero comunal"]])
    preview, result = preview_and_run(importer, path, ImportKind.ACTIONS, plan_id=plan_id)
    assert reasons(preview) == {4: ["ambiguous_code"]}
    assert (result.created, result.updated, len(result.rejected)) == (0, 0, 1)


def test_the_axis_or_the_title_still_picks_an_action_or_makes_a_new_one(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    before = actions(demo_database, plan_id)
    ids = [a[0] for a in before]
    header = ["Eje estratégico", "N°", "Acción"]
    rows = [
        ["Eje 2", 2, "Misión comercial a Lima y Cusco"],  # the axis says: retitled
        [None, 1, "Feria del cacao"],  # the title says
        ["Eje 3: Turismo", 1, "Ruta del cacao"],  # an axis the plan does not have: a new action
    ]
    path = xlsx(tmp_path / "acciones.xlsx", header, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {}
    assert [r.match.record_id if r.match else None for r in preview.rows] == [
        ids[MISION],
        ids[FERIA],
        None,
    ]
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    after = actions(demo_database, plan_id)
    assert after[MISION][3] == "Misión comercial a Lima y Cusco"
    assert after[-1][1:4] == ("1", "Eje 3: Turismo", "Ruta del cacao")


# --- 2. axes numbered "Eje 1" in the file, "1. Calidad del cacao" in the plan -----------------

# A plan whose axes are stored with their number first, and an axis 10 after axis 1.
NUMBERED = [
    ["1. Calidad del cacao", 1, "Capacitación en poda", "15/03/2025", "30/06/2025"],
    [None, 2, "Entrega de plantones", "01/04/2025", "31/12/2025"],
    ["2. Mercados", 1, "Feria del cacao", "01/08/2025", "05/08/2025"],
    ["2. Mercados", 2, "Misión comercial a Lima", "10/09/2025", "15/09/2025"],
    ["2. Mercados", 3, "Rueda de negocios", "01/10/2025", "01/10/2025"],
    ["10. Turismo rural", 1, "Ruta del cacao", "01/06/2025", "30/11/2025"],
    ["10. Turismo rural", 3, "Festival del chocolate", "01/07/2025", "03/07/2025"],
]


def test_an_axis_written_eje_1_is_the_plans_axis_1(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan del cacao 2025", NUMBERED, "A4:A5")
    ids = [a[0] for a in actions(demo_database, plan_id)]
    assert actions(demo_database, plan_id)[1][2] == "1. Calidad del cacao"  # merged down
    header = ["Eje", "N°", "% de avance"]
    rows = [
        ["Eje 1", 1, "30%"],
        ["1", 2, "40%"],
        ["EJE 2", 1, "50%"],
        ["Eje 2: Mercados", 2, "60%"],
        ["Eje 10", 1, "70%"],
        ["Eje 1: Calidad", 2, "45%"],  # Eje 1's action 2 again
        ["Eje 1", 3, "10%"],  # 3 is axis 2's and axis 10's: "Eje 1" is neither
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {10: ["ambiguous_code"]}
    assert [r.match.record_id for r in preview.rows if r.match] == [
        ids[0],
        ids[1],
        ids[2],
        ids[3],
        ids[5],
        ids[1],
    ]
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {9: 5}
    assert result.updated == 5
    pcts = [a[5] for a in actions(demo_database, plan_id)]
    assert pcts == [30, 40, 50, 60, 0, 70, 0]


def test_axis_keys_compare_numbers_as_whole_words() -> None:
    plan_axis = axis_key("1. Calidad del cacao")
    for typed in ("Eje 1", "EJE 1", "1", "Eje 1: Calidad", "Eje estratégico 1", "Eje 01"):
        assert names_agree(axis_key(typed), plan_axis), typed
    for typed in ("Eje 10", "Eje 2", "Eje 1.2", "Eje 1: Mercados"):
        assert not names_agree(axis_key(typed), plan_axis), typed
    assert not names_agree(axis_key("Eje 1"), axis_key("Eje 10. Turismo rural"))
    # An axis named without its number, or a word that only starts like "Eje".
    assert names_agree(axis_key("Eje Productividad"), axis_key("Eje 1: Productividad"))
    assert axis_key("Ejecución de obras") == "ejecucion de obras"


# --- 3. progress typed as text -----------------------------------------------------------------


def forest_progress(database: Database, codes: tuple[str, ...]) -> list[int]:
    sql = (
        "SELECT code, progress_pct FROM actions "
        f"WHERE plan_id = {FOREST_PLAN} AND code IN ({', '.join(repr(c) for c in codes)})"
    )
    got = dict(rows_of(database, sql))
    return [got[c] for c in codes]


def test_a_fraction_in_a_csv_is_a_percentage(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [["Código", "% de avance"], ["A1.2", "0.66"], ["A1.3", "0.5"], ["A1.4", "1"]]
    path = semicolon_csv(tmp_path / "avance.csv", rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)

    assert reasons(preview) == {}
    cells = [r.cells["progress_pct"] for r in preview.rows]
    assert [(c.value, c.reason) for c in cells] == [
        (66, "percent_scaled"),
        (50, "percent_scaled"),
        (100, "percent_scaled"),
    ]
    assert result.updated == 3
    assert forest_progress(demo_database, ("A1.2", "A1.3", "A1.4")) == [66, 50, 100]


def test_a_decimal_comma_and_a_typed_percent_in_a_csv(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [["Código", "Estado", "% de avance"]]
    rows += [["A1.2", "En ejecución", "0,66"], ["A1.3", "En ejecución", "66,5 %"]]
    path = semicolon_csv(tmp_path / "avance.csv", rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)

    assert reasons(preview) == {}
    assert [r.cells["progress_pct"].value for r in preview.rows] == [66, 67]
    assert result.updated == 2
    assert forest_progress(demo_database, ("A1.2", "A1.3")) == [66, 67]


@pytest.mark.parametrize(
    ("column", "stored"),
    [
        ([0.66, 0.4], [66, 40]),  # a "%"-formatted column: fractions
        ([0.66, "45%"], [66, 45]),
        ([80, 0.66], [80, 66]),  # among percentages too: 0.66 % is implausible, 66 % is not
    ],
)
def test_text_and_number_cells_read_alike(
    importer: ImportService, tmp_path: Path, column: list[Any], stored: list[int]
) -> None:
    for form in ("number", "text"):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["Código", "% de avance"])
        for code, value in zip(("A1.2", "A1.3"), column, strict=True):
            sheet.append([code, value if form == "number" else str(value)])
        path = tmp_path / f"avance_{form}.xlsx"
        book.save(path)
        loaded = importer.load(path)
        setup = replace(importer.propose(loaded, ImportKind.PROGRESS), plan_id=FOREST_PLAN)
        preview = importer.preview(loaded, setup)
        assert reasons(preview) == {}, form
        assert [r.cells["progress_pct"].value for r in preview.rows] == stored, form


# --- 4. an unknown code, with its column and value ---------------------------------------------


def test_an_unknown_code_is_reported_with_its_column_and_value(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    header = ["Código de acción", "Estado", "% de avance"]
    rows = [["A1.2", "Concluida", "100%"], ["Z9.9", "En ejecución", "10%"], [7, None, "5%"]]
    avance = xlsx(tmp_path / "avance.xlsx", header, rows)
    plan = "Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali"
    report = tmp_path / "informe.json"
    code = main(
        [
            *("--db", str(db), "import", str(avance), "--as", "progress", "--plan", plan),
            *("--report", str(report)),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    rejected = json.loads(report.read_text(encoding="utf-8"))["rejected"]
    assert [(r["row"], r["column"], r["value"]) for r in rejected] == [
        (5, "Código de acción", "Z9.9"),
        (6, "Código de acción", "7"),
    ]
    assert all("no action" in r["message"] and "this code" in r["message"] for r in rejected)


def test_the_preview_shows_the_unknown_code_in_its_column(
    importer: ImportService, tmp_path: Path
) -> None:
    path = semicolon_csv(tmp_path / "avance.csv", [["N°", "% de avance"], ["A9.9", "10%"]])
    preview, _ = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)
    [error] = preview.rows[0].errors
    assert (error.reason, error.field, error.column, error.value) == (
        "unknown_action",
        "code",
        "N°",
        "A9.9",
    )


# --- 5. padded codes -------------------------------------------------------------------------

PLAIN_CODES = [
    ["Eje 1: Productividad", "1", "Capacitación en poda", "15/03/2025", "30/06/2025"],
    ["Eje 1: Productividad", "1.2", "Poda de rehabilitación", "01/04/2025", "31/05/2025"],
    ["Eje 1: Productividad", "2", "Entrega de plantones", "01/04/2025", "31/12/2025"],
    ["Eje 2: Mercados", "03", "Feria del cacao", "01/08/2025", "05/08/2025"],
]


def test_a_padded_code_names_the_plain_one(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan con códigos", PLAIN_CODES)
    ids = [a[0] for a in actions(demo_database, plan_id)]
    rows = [
        ["Código", "% de avance"],
        ["01", "10%"],
        ["2.0", "20%"],  # a number saved as text
        ["1.2", "30%"],  # a sub-action: not action 1
        ["3", "40%"],  # the plan wrote it "03"
        ["1.20", "50%"],  # no such sub-action
    ]
    path = semicolon_csv(tmp_path / "avance.csv", rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {6: ["unknown_action"]}
    assert [r.match.record_id for r in preview.rows if r.match] == [ids[0], ids[2], ids[1], ids[3]]
    assert result.updated == 4
    assert [a[5] for a in actions(demo_database, plan_id)] == [10, 30, 20, 40]

    # The actions kind: "01" updates action 1 instead of adding a second one, and leaves its
    # code as the plan writes it.
    sheet = xlsx(tmp_path / "acciones.xlsx", ["Código", "Acción"], [["01", "Poda de formación"]])
    preview, result = preview_and_run(
        importer, sheet, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )
    assert [(r.match.record_id, r.choice) for r in preview.rows if r.match] == [
        (ids[0], RowChoice.UPDATE)
    ]
    assert (result.created, result.updated) == (0, 1)
    assert actions(demo_database, plan_id)[0][1:4:2] == ("1", "Poda de formación")


def test_a_padded_code_is_the_plans_own_when_it_has_one(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    rows = [
        ["Eje 1: Productividad", "1", "Capacitación en poda", "15/03/2025", "30/06/2025"],
        ["Eje 2: Mercados", "01", "Feria del cacao", "01/08/2025", "05/08/2025"],
    ]
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan con 1 y 01", rows)
    ids = [a[0] for a in actions(demo_database, plan_id)]
    header = ["Código", "Eje", "% de avance"]
    progress = [
        ["01", None, "10%"],  # the plan's own "01", not "1"
        ["1", None, "20%"],
        ["001", None, "30%"],  # "1" or "01"? The row does not say
        ["001", "Eje 2", "40%"],  # the axis says
    ]
    path = semicolon_csv(tmp_path / "avance.csv", [header, *progress])
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {4: ["ambiguous_code"]}
    assert [r.match.record_id for r in preview.rows if r.match] == [ids[1], ids[0], ids[1]]
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {5: 2}
    assert result.updated == 2
    assert [a[5] for a in actions(demo_database, plan_id)] == [20, 10]
