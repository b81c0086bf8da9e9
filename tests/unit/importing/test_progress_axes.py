"""Progress sheets of a plan whose action codes restart per axis ("Eje 1": 1, 2, 3; "Eje 2": 1,
2): the axis or the title says which action a row updates, a row that does not say is
rejected instead of updating the first action with its code, and plans with unique codes work
as before (in the wizard's pipeline and headless)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import ImportKind, fields, required_fields
from agencydesk.services.database import Database
from agencydesk.services.importing.handlers import handler_for
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.templates import write_template

FOREST_PLAN = 1  # demo: actions A1.1 ... A5.3, each code once

PLAN_TITLE = "Plan de competitividad del cacao"
ACTIONS_HEADER = ["Eje estratégico", "N°", "Acción", "Fecha de inicio", "Fecha de término"]
# As a partner sends it: a title above the header, the first axis in a cell merged down over
# its actions, the second typed on each row; codes restart per axis, and 3 is only Eje 1's.
ACTIONS = [
    ["Eje 1: Productividad", 1, "Capacitación en poda", "15/03/2025", "30/06/2025"],
    [None, 2, "Entrega de plantones", "01/04/2025", "31/12/2025"],
    [None, 3, "Análisis de suelos", "01/04/2025", "31/08/2025"],
    ["Eje 2: Mercados", 1, "Feria del cacao", "01/08/2025", "05/08/2025"],
    ["Eje 2: Mercados", 2, "Misión comercial a Lima", "10/09/2025", "15/09/2025"],
]
PODA, PLANTONES, SUELOS, FERIA, MISION = range(5)  # positions in ACTIONS and in ``actions``


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def xlsx(path: Path, header: list[Any], rows: list[list[Any]], merge: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Avance"
    sheet.append(["REPORTE DE AVANCE - MESA TÉCNICA DEL CACAO"])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def reasons(preview: Any) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


def preview_and_run(
    importer: ImportService, path: Path, kind: ImportKind, **setup: Any
) -> tuple[Any, Any]:
    loaded = importer.load(path)
    chosen = replace(importer.propose(loaded, kind), **setup)
    preview = importer.preview(loaded, chosen)
    return preview, importer.run(loaded, preview)


def cacao_plan(importer: ImportService, database: Database, tmp_path: Path) -> int:
    """The plan, created by importing the partner's actions sheet."""
    path = xlsx(tmp_path / "acciones.xlsx", ACTIONS_HEADER, ACTIONS, merge="A4:A6")
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=PLAN_TITLE
    )
    assert reasons(preview) == {} and result.created == len(ACTIONS)
    [(plan_id,)] = rows_of(database, f"SELECT id FROM action_plans WHERE title = '{PLAN_TITLE}'")
    return plan_id


def actions(database: Database, plan_id: int) -> list[tuple[Any, ...]]:
    """(id, code, axis, title, status, progress_pct, notes) of the plan's actions, in order."""
    sql = (
        "SELECT id, code, axis, title, status, progress_pct, notes FROM actions "
        f"WHERE plan_id = {plan_id} ORDER BY id"
    )
    return rows_of(database, sql)


def progress_of(database: Database, plan_id: int) -> list[tuple[str, int, str | None]]:
    return [(str(status), pct, notes) for *_, status, pct, notes in actions(database, plan_id)]


def test_the_progress_kind_reads_the_axis_and_title_only_to_match() -> None:
    names = [spec.name for spec in fields(ImportKind.PROGRESS)]
    assert names[:3] == ["code", "axis", "title"]
    assert required_fields(ImportKind.PROGRESS) == ("code",)
    handler = handler_for(ImportKind.PROGRESS)
    assert {"axis", "title"} <= handler.not_columns  # type: ignore[attr-defined]
    # The same headers as the actions kind: a partner's own progress sheet maps.
    header = ["N°", "Línea estratégica", "Actividad", "Situación", "% Avance", "Comentarios"]
    assert map_headers(header, ImportKind.PROGRESS) == dict(
        enumerate(["code", "axis", "title", "status", "progress_pct", "notes"])
    )
    for name in ("axis", "title"):
        ours = next(s for s in fields(ImportKind.PROGRESS) if s.name == name)
        theirs = next(s for s in fields(ImportKind.ACTIONS) if s.name == name)
        assert (ours.synonyms, ours.template_header) == (theirs.synonyms, theirs.template_header)
        assert not ours.required


def test_the_axis_says_which_action_each_row_updates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    before = actions(demo_database, plan_id)
    assert [a[2] for a in before] == ["Eje 1: Productividad"] * 3 + ["Eje 2: Mercados"] * 2

    header = ["N°", "Eje", "Estado", "% de avance", "Observaciones"]
    rows = [
        ["1", "Eje 2", "Concluida", "100%", "Feria realizada en Tingo María"],
        [2, "Eje 1", "En ejecución", "40%", None],
        [1, "Eje 1", "En ejecución", "25%", None],
        [2, "EJE 2 - MERCADOS", "En ejecución", "10%", None],  # spelled otherwise
        [3, "Eje 1", "En ejecución", "5%", None],
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    ids = [a[0] for a in before]
    assert reasons(preview) == {}
    assert [r.duplicate_of for r in preview.rows] == [None] * 5
    assert [r.match.record_id for r in preview.rows] == [
        ids[FERIA],
        ids[PLANTONES],
        ids[PODA],
        ids[MISION],
        ids[SUELOS],
    ]
    assert (result.created, result.updated, result.rejected) == (0, 5, ())
    assert progress_of(demo_database, plan_id) == [
        ("in_progress", 25, None),
        ("in_progress", 40, None),
        ("in_progress", 5, None),
        ("done", 100, "Feria realizada en Tingo María"),
        ("in_progress", 10, None),
    ]
    # The axis and title only said which action: neither is written.
    after = actions(demo_database, plan_id)
    assert [a[:4] for a in after] == [a[:4] for a in before]


def test_without_the_axis_shared_codes_are_rejected_and_unique_ones_updated(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    before = progress_of(demo_database, plan_id)
    header = ["N°", "Estado", "% de avance"]
    rows = [
        [2, "En ejecución", "40%"],  # Eje 1's or Eje 2's? Today: silently the first one
        [1, "Concluida", "100%"],
        [3, "En ejecución", "60%"],  # only Eje 1 has a third action
        [9, "En ejecución", "60%"],  # no such action
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {4: ["ambiguous_code"], 5: ["ambiguous_code"], 7: ["unknown_action"]}
    error = preview.rows[0].errors[0]
    assert error.field == "code" and error.value == "2"
    assert "several actions of the plan have this code" in error.message
    assert "axis (Eje)" in error.message
    assert (result.updated, len(result.rejected)) == (1, 3)
    expected = list(before)
    expected[SUELOS] = ("in_progress", 60, None)
    assert progress_of(demo_database, plan_id) == expected


def test_the_title_or_a_merged_axis_tells_shared_codes_apart(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    ids = [a[0] for a in actions(demo_database, plan_id)]
    header = ["Eje estratégico", "N°", "Acción", "% de avance"]
    rows = [
        ["Eje 1", 1, None, "30%"],  # merged down over the next row
        [None, 2, None, "35%"],
        [None, 1, "Feria del cacao", "80%"],  # the title alone
        ["Línea 2", 2, "Misión comercial", "15%"],  # an axis that fits none: the title says
        ["Eje 9", 1, None, "50%"],  # an axis of none, no title: which one?
        [None, 2, "Vivero comunal", "50%"],  # a title of none
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows, merge="A4:A5")
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {8: ["ambiguous_code"], 9: ["ambiguous_code"]}
    assert [r.match.record_id for r in preview.rows if r.match] == [
        ids[PODA],
        ids[PLANTONES],
        ids[FERIA],
        ids[MISION],
    ]
    assert result.updated == 4
    assert [pct for _, pct, _ in progress_of(demo_database, plan_id)] == [30, 35, 0, 80, 15]


def test_the_same_action_twice_is_a_duplicate_but_the_same_code_on_two_axes_is_not(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    header = ["N°", "Eje", "% de avance"]
    rows = [
        [1, "Eje 1", "10%"],
        [1, "Eje 2", "20%"],
        [1, "Eje 1: Productividad", "30%"],  # Eje 1's action 1 again
        [2, "Eje 2", "40%"],
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {}
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {6: 4}
    assert result.updated == 3
    assert [pct for _, pct, _ in progress_of(demo_database, plan_id)] == [10, 0, 0, 20, 40]


def test_a_plan_with_unique_codes_works_as_before(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    sql = (
        "SELECT code, axis, title, progress_pct FROM actions "
        f"WHERE plan_id = {FOREST_PLAN} AND code IN ('A1.2', 'A1.4', 'A2.1') ORDER BY code"
    )
    (a12, axis12, title12, _), (a14, axis14, title14, _), (a21, _, _, pct21) = rows_of(
        demo_database, sql
    )
    header = ["Código", "Eje", "Acción", "% de avance"]
    rows = [
        [a12, None, None, "100%"],  # the code alone, as before
        [a14, "Eje 9. Otra cosa", title14, "70%"],  # another axis: a code is still the plan's id
        [a21, "Eje 9. Otra cosa", "Vivero forestal comunal", "90%"],  # another action
        [a12, axis12, None, "50%"],  # the same action again
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=FOREST_PLAN)

    assert reasons(preview) == {6: ["other_action"]}
    assert "another axis and another title" in preview.rows[2].errors[0].message
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {7: 4}
    assert (result.updated, len(result.rejected)) == (2, 1)
    after = rows_of(demo_database, sql)
    assert after[:2] == [(a12, axis12, title12, 100), (a14, axis14, title14, 70)]
    assert after[2][3] == pct21  # not written over


def test_a_filled_progress_template_imports_back(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    path = tmp_path / "plantilla_avance.xlsx"
    write_template(ImportKind.PROGRESS, path)
    book = openpyxl.load_workbook(path)
    data = book.worksheets[1]
    headers = [c.value for c in data[1]]
    assert headers == [
        "Código",
        "Eje estratégico",
        "Acción",
        "Estado",
        "% de avance",
        "Observaciones",
    ]
    data.append(["1", "Eje 2: Mercados", "Feria del cacao", "Concluida", 100, "Realizada"])
    data.append(["1", "Eje 1: Productividad", None, "En ejecución", 50, None])
    data.append(["2", None, "Misión comercial a Lima", "Suspendida", None, None])
    book.save(path)

    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, ImportKind.PROGRESS), plan_id=plan_id)
    assert setup.header_row == 0 and sorted(setup.mapping.values()) == sorted(
        ["code", "axis", "title", "status", "progress_pct", "notes"]
    )
    preview = importer.preview(loaded, setup)
    result = importer.run(loaded, preview)
    assert reasons(preview) == {}
    assert result.updated == 3
    got = progress_of(demo_database, plan_id)
    assert got[PODA][1] == 50 and got[FERIA] == ("done", 100, "Realizada")
    assert got[MISION][0] == "cancelled"


def test_the_cli_rejects_a_shared_code_without_its_axis(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    acciones = xlsx(tmp_path / "acciones.xlsx", ACTIONS_HEADER, ACTIONS, merge="A4:A6")
    base = ["--db", str(db), "import"]
    assert main([*base, str(acciones), "--as", "actions", "--plan", PLAN_TITLE]) == 0
    capsys.readouterr()

    header = ["N°", "Eje", "Estado", "% de avance"]
    rows = [[2, "Eje 2", "En ejecución", "40%"], [1, None, "Concluida", "100%"]]
    avance = xlsx(tmp_path / "avance.xlsx", header, rows)
    report = tmp_path / "informe.json"
    code = main(
        [*base, str(avance), "--as", "progress", "--plan", PLAN_TITLE, "--report", str(report)]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert "1 updated" in out and "1 rejected" in out
    [rejected] = json.loads(report.read_text(encoding="utf-8"))["rejected"]
    assert rejected["row"] == 5 and "several actions of the plan" in rejected["message"]
    conn = sqlite3.connect(db)
    try:
        got = conn.execute(
            "SELECT a.axis, a.code, a.progress_pct FROM actions a JOIN action_plans p "
            "ON p.id = a.plan_id WHERE p.title = ? ORDER BY a.id",
            (PLAN_TITLE,),
        ).fetchall()
    finally:
        conn.close()
    assert [pct for *_, pct in got] == [0, 0, 0, 0, 40]


def test_an_axis_or_title_of_another_action_rejects_the_row(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """The row's code finds one action, but its axis or title names another action of the
    plan: a partner reporting "Eje 2, acción 3" (which the plan does not have yet) must not mark
    Eje 1's action 3 done. An axis named otherwise ("Línea 1") still lets the code decide."""
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    before = progress_of(demo_database, plan_id)
    header = ["N°", "Eje", "Acción", "Estado", "% de avance"]
    rows = [
        [3, "Eje 2: Mercados", None, "Concluida", "100%"],  # only Eje 1 has a 3
        [3, None, "Feria del cacao", "Concluida", "100%"],  # the title of Eje 2's 1
        [1, "Eje 1", "Feria del cacao", "Concluida", "77%"],  # axis: Poda; title: Feria
        [3, "Línea 1", None, "En ejecución", "60%"],  # an axis no action has: the code says
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)
    assert reasons(preview) == {4: ["other_action"], 5: ["other_action"], 6: ["other_action"]}
    assert result.updated == 1
    after = progress_of(demo_database, plan_id)
    assert after[SUELOS] == ("in_progress", 60, None)
    assert [a for k, a in enumerate(after) if k != SUELOS] == [
        b for k, b in enumerate(before) if k != SUELOS
    ]


def test_two_rows_naming_one_action_differently_are_one_update(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """By its axis on one row and by its title on another, it is the same action: the second
    row is a repeat (skipped and shown as such), not a second update whose value wins."""
    plan_id = cacao_plan(importer, demo_database, tmp_path)
    header = ["N°", "Eje", "Acción", "Estado", "% de avance"]
    rows = [
        [1, "Eje 1", None, "En ejecución", "30%"],
        [1, None, "Capacitación en poda", "Concluida", "100%"],
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)
    assert reasons(preview) == {}
    assert [r.duplicate_of for r in preview.rows] == [None, 4]
    assert result.updated == 1
    assert progress_of(demo_database, plan_id)[PODA] == ("in_progress", 30, None)


def test_a_rejected_row_of_a_merged_axis_keeps_its_axis_in_the_rejects(
    importer: ImportService, tmp_path: Path
) -> None:
    """The axis merged down over its actions is each action's: a row rejected there goes to
    the rejects workbook with it, so that it imports again, under its axis, once fixed."""
    rows = [list(r) for r in ACTIONS]
    rows[1][3] = "31/02/2025"  # no such date: Entrega de plantones is rejected
    path = xlsx(tmp_path / "acciones.xlsx", ACTIONS_HEADER, rows, merge="A4:A6")
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, ImportKind.ACTIONS), new_plan_title=PLAN_TITLE)
    preview = importer.preview(loaded, setup)
    assert reasons(preview) == {5: ["bad_date"]}
    out = tmp_path / "rechazadas.xlsx"
    assert importer.write_rejects(loaded, preview, out) == 1
    values = [[c.value for c in row] for row in openpyxl.load_workbook(out).active.iter_rows()]
    assert values[1][:3] == ["Eje 1: Productividad", 2, "Entrega de plantones"]
