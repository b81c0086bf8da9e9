"""Action plans whose axes are numbered in Roman numerals ("Eje I", "EJE II", "Eje estratégico
III: Turismo", "IV. Innovación", "Línea de acción V"), as Spanish plans very often are, and
actions sheets that would write one action's title over another's.

1. A Roman axis is its number: "Eje II" in a partner's file names the plan's "2.
   Competitividad", and "2" names a plan's "Eje II: Competitividad", in progress and actions
   sheets alike; "Eje I" never names "Eje II" nor "Eje IX", and words that only look Roman
   ("Eje Vivienda", "Eje I+D", "Mi región") stay words.
2. An actions row whose code and axis pick one action but whose title is another action's is
   rejected ("other_action_title"), not written over the picked action; a title that names no
   other action is a correction and is written.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from pipeline_support import rows_of
from test_progress_axes import (
    ACTIONS,
    ACTIONS_HEADER,
    PLAN_TITLE,
    actions,
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
from agencydesk.services.importing.setup import OnMatch


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


# A plan's actions, codes restarting per axis; axis 9 after axes 1 and 2, and code 3 only on
# axes 2 and 9. Its axes are written in Roman numerals or in digits (``plan_rows``).
TITLES = [
    (1, 1, "Capacitación en poda"),
    (1, 2, "Entrega de plantones"),
    (2, 1, "Feria del cacao"),
    (2, 2, "Misión comercial a Lima"),
    (2, 3, "Rueda de negocios"),
    (9, 1, "Ruta del cacao"),
    (9, 3, "Festival del chocolate"),
]
PODA, PLANTONES, FERIA, MISION, RUEDA, RUTA, FESTIVAL = range(len(TITLES))
ROMAN_AXES = {
    1: "Eje I: Calidad del cacao",
    2: "Eje II: Competitividad",
    9: "Eje IX: Turismo rural",
}
DIGIT_AXES = {1: "1. Calidad del cacao", 2: "2. Competitividad", 9: "9. Turismo rural"}


def plan_rows(axes: dict[int, str]) -> list[list[object]]:
    return [[axes[axis], code, title, "01/04/2025", "30/11/2025"] for axis, code, title in TITLES]


def new_plan(
    importer: ImportService,
    database: Database,
    tmp_path: Path,
    title: str,
    rows: list[list[object]],
) -> int:
    """A plan created by importing a partner's actions sheet (``ACTIONS_HEADER``)."""
    path = xlsx(tmp_path / "plan.xlsx", ACTIONS_HEADER, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=None, new_plan_title=title
    )
    assert reasons(preview) == {} and result.created == len(rows)
    [(plan_id,)] = rows_of(database, f"SELECT id FROM action_plans WHERE title = '{title}'")
    return plan_id


def titles(database: Database, plan_id: int) -> list[str]:
    return [a[3] for a in actions(database, plan_id)]


def percents(database: Database, plan_id: int) -> list[int]:
    return [a[5] for a in actions(database, plan_id)]


# --- axis_key ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Eje I", "1"),
        ("EJE II", "2"),
        ("eje iii", "3"),
        ("Eje estratégico III: Turismo", "3 turismo"),
        ("IV. Innovación", "4 innovacion"),
        ("IV - Innovación", "4 innovacion"),
        ("IV: Innovación", "4 innovacion"),
        ("IV) Innovación", "4 innovacion"),
        ("iv.- Innovación", "4 innovacion"),
        ("Línea de acción V", "5"),
        ("Pilar IX – Turismo rural", "9 turismo rural"),
        ("Objetivo estratégico N° XII", "12"),
        ("Eje XIV", "14"),
        ("Eje XX", "20"),
        ("II", "2"),
        ("Eje II: Competitividad", "2 competitividad"),
    ],
)
def test_a_roman_axis_is_its_number(typed: str, key: str) -> None:
    assert axis_key(typed) == key


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Eje Civil", "civil"),
        ("Eje Civil: Gobernanza", "civil gobernanza"),
        ("Mi región", "mi region"),
        ("Eje Mix de productos", "mix de productos"),
        ("Vi la feria del cacao", "vi la feria del cacao"),  # no prefix, no separator
        ("Di mi opinión", "di mi opinion"),
        ("Li", "li"),
        ("Eje Vivienda rural", "vivienda rural"),  # starts like "VI"
        ("Eje I+D: Innovación", "i d innovacion"),  # "I" of "I+D" is no number
        ("IV Innovación", "iv innovacion"),  # no prefix and no separator: not a number's place
        ("Eje IIII", "iiii"),  # not a Roman numeral
        ("Eje VX", "vx"),
        ("Ejecución de obras", "ejecucion de obras"),
    ],
)
def test_words_that_look_roman_stay_words(typed: str, key: str) -> None:
    assert axis_key(typed) == key


def test_roman_and_digit_axes_agree_only_on_the_same_number() -> None:
    for typed, plan_axis in [
        ("Eje II", "2. Competitividad"),
        ("Eje II", "II. Competitividad"),
        ("EJE II", "Eje 2: Competitividad"),
        ("2", "Eje II: Competitividad"),
        ("Eje 2", "II - Competitividad"),
        ("Línea de acción IX", "9. Turismo rural"),
        ("Eje X", "Eje 10. Turismo"),
    ]:
        assert names_agree(axis_key(typed), axis_key(plan_axis)), (typed, plan_axis)
    for typed, plan_axis in [
        ("Eje I", "Eje II: Competitividad"),
        ("Eje I", "Eje IX: Turismo rural"),
        ("Eje I", "Eje IV. Innovación"),
        ("Eje I", "Eje XI"),
        ("Eje II", "Eje I: Calidad"),
        ("Eje I", "Eje 10. Turismo"),
        ("Eje 1", "Eje X: Turismo"),
        ("Eje 1", "Eje 10"),
        ("Eje I", "Eje I+D: Innovación"),
        ("Eje VI", "Eje Vivienda rural"),
    ]:
        assert not names_agree(axis_key(typed), axis_key(plan_axis)), (typed, plan_axis)


# --- 1. Roman axes in progress and actions sheets ---------------------------------------------


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        # The plan numbers its axes in Roman numerals, the partner in digits.
        (ROMAN_AXES, ["Eje 1", "2", "2. Competitividad", "9", "Eje 9: Turismo rural", "Eje 2"]),
        # The plan in digits, the partner in Roman numerals, written every way.
        (
            DIGIT_AXES,
            [
                "EJE I",
                "Eje II",
                "II. Competitividad",
                "Eje estratégico IX: Turismo",
                "IX - Turismo",
                "Línea de acción II",
            ],
        ),
    ],
)
def test_progress_rows_name_axes_in_roman_or_digits(
    importer: ImportService,
    demo_database: Database,
    tmp_path: Path,
    stored: dict[int, str],
    typed: list[str],
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan del cacao", plan_rows(stored))
    ids = [a[0] for a in actions(demo_database, plan_id)]
    header = ["Eje", "N°", "Estado", "% de avance"]
    one, two, two_named, nine, nine_named, two_again = typed
    rows = [
        [one, 1, "En ejecución", "10%"],
        [two, 1, "Concluida", "100%"],
        [two_named, 2, "En ejecución", "20%"],
        [nine, 1, "En ejecución", "30%"],
        [nine_named, 3, "En ejecución", "40%"],
        [two_again, 3, "En ejecución", "50%"],
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {}
    assert [r.match.record_id for r in preview.rows] == [
        ids[PODA],
        ids[FERIA],
        ids[MISION],
        ids[RUTA],
        ids[FESTIVAL],
        ids[RUEDA],
    ]
    assert (result.updated, result.rejected) == (6, ())
    assert percents(demo_database, plan_id) == [10, 0, 100, 20, 50, 30, 40]


def test_eje_i_never_names_eje_ii_nor_eje_ix(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan romano", plan_rows(ROMAN_AXES))
    header = ["Eje", "N°", "% de avance"]
    rows = [
        ["Eje I", 3, "10%"],  # 3 is Eje II's and Eje IX's: "Eje I" is neither
        ["Eje I", 1, "20%"],  # Eje I's, not Eje II's nor Eje IX's 1
        ["Eje II", 3, "30%"],
        ["Eje IX", 3, "40%"],
        ["Eje IV", 1, "50%"],  # an axis the plan does not have: which 1?
        ["Eje 1", 3, "60%"],  # digits, the same guard
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, rows)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {
        4: ["ambiguous_code"],
        8: ["ambiguous_code"],
        9: ["ambiguous_code"],
    }
    assert (result.updated, len(result.rejected)) == (3, 3)
    assert percents(demo_database, plan_id) == [20, 0, 0, 0, 30, 0, 40]


def test_words_that_look_roman_do_not_become_axis_numbers(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Axes named by words sharing code 1 with Roman-numbered ones: each row finds its own. Had
    "Eje I+D" been axis 1, "Eje I" would name two axes; had "Vivienda" been "VI" + "vienda",
    "EJE VI" would."""
    plan = [
        ["Eje I: Productividad", 1, "Capacitación en poda"],
        ["Eje I+D: Innovación", 1, "Laboratorio de fermentación"],
        ["Eje VI: Turismo", 1, "Ruta del cacao"],
        ["Eje Vivienda rural", 1, "Mejoramiento de viviendas"],
        ["Eje Civil: Gobernanza", 1, "Mesa de diálogo"],
        ["Mi región: Identidad", 1, "Marca territorial"],
    ]
    rows = [[*row, "01/04/2025", "30/11/2025"] for row in plan]
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan con palabras", rows)
    stored = [a[2] for a in actions(demo_database, plan_id)]
    assert stored == [row[0] for row in plan]

    header = ["Eje", "N°", "% de avance"]
    progress = [
        ["Eje I", 1, "10%"],
        ["EJE VI", 1, "20%"],
        ["Eje Vivienda rural", 1, "30%"],
        ["Eje Civil", 1, "40%"],
        ["Mi región", 1, "50%"],
        ["Eje I+D: Innovación", 1, "60%"],
    ]
    path = xlsx(tmp_path / "avance.xlsx", header, progress)
    preview, result = preview_and_run(importer, path, ImportKind.PROGRESS, plan_id=plan_id)

    assert reasons(preview) == {}
    assert [r.duplicate_of for r in preview.rows] == [None] * 6
    assert result.updated == 6
    assert percents(demo_database, plan_id) == [10, 60, 20, 30, 40, 50]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (ROMAN_AXES, ["2", "Eje 9: Turismo rural", "Eje 5"]),
        (DIGIT_AXES, ["Eje II", "IX. Turismo rural", "Línea de acción V"]),
    ],
)
def test_actions_rows_name_axes_in_roman_or_digits(
    importer: ImportService,
    demo_database: Database,
    tmp_path: Path,
    stored: dict[int, str],
    typed: list[str],
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan del cacao", plan_rows(stored))
    before = titles(demo_database, plan_id)
    axes = [a[2] for a in actions(demo_database, plan_id)]
    two, nine, five = typed
    rows = [
        [two, 2, "Misión comercial a Lima y Cusco"],
        [nine, 3, "Festival del chocolate de Tingo María"],
        [five, 1, "Ruta del café"],  # an axis the plan does not have: a new action
    ]
    path = xlsx(tmp_path / "acciones.xlsx", ["Eje estratégico", "N°", "Acción"], rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {}
    assert (result.created, result.updated) == (1, 2)
    after = actions(demo_database, plan_id)
    expected = list(before)
    expected[MISION] = "Misión comercial a Lima y Cusco"
    expected[FESTIVAL] = "Festival del chocolate de Tingo María"
    assert [a[3] for a in after] == [*expected, "Ruta del café"]
    assert after[-1][1:4] == ("1", five, "Ruta del café")
    # The same axis written shorter or otherwise ("2" for "Eje II: Competitividad") keeps the
    # plan's name for it.
    assert [a[2] for a in after[:-1]] == axes


# --- 2. an actions row with another action's title ---------------------------------------------


def test_an_actions_row_with_another_actions_title_is_rejected_not_retitled(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan romano", plan_rows(ROMAN_AXES))
    before = titles(demo_database, plan_id)
    header = ["Eje estratégico", "N°", "Acción"]
    rows = [
        ["Eje I", 1, "Feria del cacao"],  # Eje I's 1 is the poda; the feria is Eje II's 1
        ["Eje II", 2, "Misión comercial a Lima y Cusco"],  # a correction
        ["Eje IX", 1, "Festival del chocolate"],  # Eje IX's 1 is the ruta; the festival its 3
        ["Eje I", 2, "Entrega de 5 000 plantones de cacao"],  # a longer title of its own
        ["2", 3, "Rueda de negocios internacional"],  # a correction, the axis in digits
    ]
    path = xlsx(tmp_path / "acciones.xlsx", header, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {4: ["other_action_title"], 6: ["other_action_title"]}
    [error] = preview.rows[0].errors
    assert (error.field, error.column, error.value) == ("title", "Acción", "Feria del cacao")
    assert "title of another action" in error.message and "check the code" in error.message
    assert [r.match for r in (preview.rows[0], preview.rows[2])] == [None, None]
    assert (result.created, result.updated, len(result.rejected)) == (0, 3, 2)
    expected = list(before)
    expected[MISION] = "Misión comercial a Lima y Cusco"
    expected[PLANTONES] = "Entrega de 5 000 plantones de cacao"
    expected[RUEDA] = "Rueda de negocios internacional"
    after = titles(demo_database, plan_id)
    assert after == expected
    assert (after[PODA], after[FERIA], after[RUTA]) == (
        "Capacitación en poda",
        "Feria del cacao",
        "Ruta del cacao",
    )


def test_a_plain_title_correction_still_updates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """The title of no other action: the code (and axis) say which action, the row retitles
    it, with or without the axis."""
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan romano", plan_rows(ROMAN_AXES))
    header = ["Eje estratégico", "N°", "Acción"]
    rows = [
        ["Eje I", 1, "Taller de poda y injerto"],
        [None, 3, "Rueda de negocios"],  # 3 is Eje II's and Eje IX's: the title says which
        ["IX. Turismo rural", 3, "Festival nacional del chocolate y el cacao"],
    ]
    path = xlsx(tmp_path / "acciones.xlsx", header, rows)
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {}
    assert (result.created, result.updated, result.unchanged) == (0, 2, 1)
    after = titles(demo_database, plan_id)
    assert after[PODA] == "Taller de poda y injerto"
    assert after[RUEDA] == "Rueda de negocios"
    assert after[FESTIVAL] == "Festival nacional del chocolate y el cacao"


def test_a_retitle_that_shares_one_word_with_another_title_still_updates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Another action titled with one word ("Capacitación") is not named by a longer title
    that holds it: the retitle is a correction of the action its code picks."""
    plan = [
        ["Eje I: Productividad", 1, "Curso de BPA para productores"],
        ["Eje II: Mercados", 1, "Capacitación"],
    ]
    rows = [[*row, "01/04/2025", "30/11/2025"] for row in plan]
    plan_id = new_plan(importer, demo_database, tmp_path, "Plan de BPA", rows)
    retitled = "Capacitación en buenas prácticas agrícolas para productores de cacao"
    path = xlsx(tmp_path / "acciones.xlsx", ["Eje", "N°", "Acción"], [["Eje I", 1, retitled]])
    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=plan_id, on_match=OnMatch.UPDATE
    )
    assert reasons(preview) == {}
    assert result.updated == 1
    assert titles(demo_database, plan_id) == [retitled, "Capacitación"]


def test_the_cli_refuses_to_retitle_an_action_with_another_actions_title(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """The plan numbers its axes "Eje 1: Productividad", the partner "Eje I"."""
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    acciones = xlsx(tmp_path / "acciones.xlsx", ACTIONS_HEADER, ACTIONS, merge="A4:A6")
    base = ["--db", str(db), "import"]
    assert main([*base, str(acciones), "--as", "actions", "--plan", PLAN_TITLE]) == 0
    capsys.readouterr()

    header = ["Eje estratégico", "N°", "Acción"]
    rows = [
        ["Eje I", 1, "Feria del cacao"],  # the feria is Eje 2's action 1
        ["Eje II", 2, "Misión comercial a Lima y Cusco"],
    ]
    cambios = xlsx(tmp_path / "cambios.xlsx", header, rows)
    report = tmp_path / "informe.json"
    code = main(
        [
            *(*base, str(cambios), "--as", "actions", "--plan", PLAN_TITLE),
            *("--on-match", "update", "--report", str(report)),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert "1 updated" in out and "1 rejected" in out
    [rejected] = json.loads(report.read_text(encoding="utf-8"))["rejected"]
    assert (rejected["row"], rejected["column"], rejected["value"]) == (
        4,
        "Acción",
        "Feria del cacao",
    )
    assert "title of another action" in rejected["message"]
    conn = sqlite3.connect(db)
    try:
        got = conn.execute(
            "SELECT a.title FROM actions a JOIN action_plans p ON p.id = a.plan_id "
            "WHERE p.title = ? ORDER BY a.id",
            (PLAN_TITLE,),
        ).fetchall()
    finally:
        conn.close()
    assert [title for (title,) in got] == [
        "Capacitación en poda",
        "Entrega de plantones",
        "Análisis de suelos",
        "Feria del cacao",
        "Misión comercial a Lima y Cusco",
    ]
