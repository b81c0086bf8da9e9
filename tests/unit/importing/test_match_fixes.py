"""Regressions of how import rows are matched, on the demo data, with partner-like files:

- a row exported from another meeting or plan (its uuid says so) is never matched to another
  record of the chosen one by number or code: it is rejected, nothing is overwritten;
- an e-mail shared by people or organizations with clearly different names (a mesa de partes)
  does not make them one;
- action codes that restart per axis ("Eje 2": 1, 2) are not duplicates of "Eje 1"'s.
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import names_agree, organization_key, person_key
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch

INSTALLATION = 1  # demo meeting, minutes approved: agreements 1 to 4
HELD = 3  # demo meeting, held: agreements 1 to 3
FOREST_PLAN = 1  # actions A1.1 ... A5.3
COFFEE_PLAN = 2  # actions A1.1 ... A5.3 too


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def xlsx(path: Path, rows: list[list[Any]], title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def semicolon_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def preview_and_run(
    importer: ImportService, path: Path, kind: ImportKind, **setup: Any
) -> tuple[Any, Any]:
    loaded = importer.load(path)
    chosen = replace(importer.propose(loaded, kind), **setup)
    preview = importer.preview(loaded, chosen)
    return preview, importer.run(loaded, preview)


def reasons(preview: Any) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


# --- 1. a record of another meeting or plan --------------------------------------------------


def test_agreements_of_another_meeting_are_rejected_not_written_over(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    sql = "SELECT number, uuid, text, status FROM agreements WHERE meeting_id = {} ORDER BY number"
    before = rows_of(demo_database, sql.format(HELD))
    installation = rows_of(demo_database, sql.format(INSTALLATION))
    header = ["N°", "Acuerdo", "Estado", "UUID"]
    # The installation's four agreements: 1 to 3 have numbers of this meeting, 4 does not.
    rows = [[n, text, "Cumplido", uid] for n, uid, text, _status in installation]
    # The meeting's own agreement by its uuid; a uuid the database does not know (a sheet
    # from another office) still matches by number, as before.
    own_number, own_uuid, own_text, _ = before[0]
    rows.append([own_number, own_text, None, own_uuid])
    rows.append([2, before[1][2], None, str(uuid.uuid4())])
    path = xlsx(tmp_path / "acuerdos.xlsx", [header, *rows], "ACUERDOS DE LA SESIÓN")

    preview, result = preview_and_run(
        importer, path, ImportKind.AGREEMENTS, meeting_id=HELD, on_match=OnMatch.UPDATE
    )

    assert len(installation) == 4
    assert reasons(preview) == {row: ["other_meeting"] for row in (4, 5, 6, 7)}
    [error] = preview.rows[0].errors
    assert error.field == "uuid" and "another meeting" in error.message
    assert {r.row: r.match.by for r in preview.rows if r.match} == {8: "uuid", 9: "number"}
    assert (result.created, result.updated, len(result.rejected)) == (0, 0, 4)
    assert rows_of(demo_database, sql.format(HELD)) == before  # nothing written over
    assert rows_of(demo_database, sql.format(INSTALLATION)) == installation


def test_actions_of_another_plan_are_rejected_not_written_over(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    sql = "SELECT code, title, axis, uuid FROM actions WHERE plan_id = {} ORDER BY id"
    forest = rows_of(demo_database, sql.format(FOREST_PLAN))
    coffee = rows_of(demo_database, sql.format(COFFEE_PLAN))
    header = ["Código", "Eje", "Acción", "UUID"]
    rows = [[code, axis, title, uid] for code, title, axis, uid in coffee[:3]]
    rows.append(["C9.9", coffee[3][2], coffee[3][1], coffee[3][3]])  # a free code: a copy
    path = semicolon_csv(tmp_path / "acciones_cafe.csv", [header, *rows])

    preview, result = preview_and_run(
        importer, path, ImportKind.ACTIONS, plan_id=FOREST_PLAN, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {2: ["other_plan"], 3: ["other_plan"], 4: ["other_plan"]}
    assert "another plan" in preview.rows[0].errors[0].message
    assert (result.created, result.updated, len(result.rejected)) == (1, 0, 3)
    after = rows_of(demo_database, sql.format(FOREST_PLAN))
    assert after[: len(forest)] == forest
    [(code, title, _axis, uid)] = after[len(forest) :]
    assert (code, title) == ("C9.9", coffee[3][1]) and uid != coffee[3][3]


def test_progress_and_attendance_of_another_plan_or_meeting_are_rejected(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    [(coffee_uuid,)] = rows_of(
        demo_database, f"SELECT uuid FROM actions WHERE plan_id = {COFFEE_PLAN} AND code = 'A1.1'"
    )
    progress = xlsx(
        tmp_path / "avance.xlsx", [["Código", "% Avance", "UUID"], ["A1.1", "90%", coffee_uuid]]
    )
    preview, _ = preview_and_run(importer, progress, ImportKind.PROGRESS, plan_id=FOREST_PLAN)
    assert reasons(preview) == {2: ["other_plan"]}

    # Lines of the installation's list brought to the third session's: Ana Lucía is on both
    # lists, Martín Vela only on the installation's (his presence there is not one here).
    listed = rows_of(
        demo_database,
        "SELECT p.full_name, a.uuid FROM attendances a JOIN people p ON p.id = a.person_id "
        f"WHERE a.meeting_id = {INSTALLATION} "
        "AND (p.full_name LIKE 'Ana Luc%' OR p.full_name LIKE 'Martín Vela%') ORDER BY p.id",
    )
    assert len(listed) == 2
    sign_in = semicolon_csv(
        tmp_path / "asistencia.csv",
        [["Nombre completo", "Asistió", "UUID"], *([n, "No", u] for n, u in listed)],
    )
    sql = f"SELECT person_id, attended FROM attendances WHERE meeting_id = {HELD} ORDER BY id"
    before = rows_of(demo_database, sql)
    preview, _ = preview_and_run(
        importer, sign_in, ImportKind.ATTENDANCE, meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    assert reasons(preview) == {2: ["other_meeting"], 3: ["other_meeting"]}
    assert rows_of(demo_database, sql) == before


# --- 2. a shared e-mail ----------------------------------------------------------------------


def test_names_agree_unless_they_clearly_differ() -> None:
    assert names_agree(person_key("José Pérez"), person_key("Pérez Rojas, José"))
    assert names_agree(person_key("J. Pérez"), person_key("José Pérez"))
    assert names_agree("", person_key("Lucía Vargas"))
    assert not names_agree(person_key("Carlos Ruiz"), person_key("Lucía Vargas"))
    assert names_agree(
        organization_key("Bosques Vivos del Ucayali"),
        organization_key("Asociación Bosques Vivos del Ucayali S.A.C."),
    )
    assert not names_agree(
        organization_key("Asociación de Productores de Piña Campo Verde"),
        organization_key("Asociación de Ganaderos de Nueva Requena"),
    )


def test_organizations_sharing_an_e_mail_are_not_one(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    header = ["Razón social", "Tipo de actor", "RUC", "Correo electrónico"]
    rows = [
        ["Asociación de Productores de Piña Campo Verde", "Privado", None, "apoyo@ongselva.org"],
        ["Asociación de Ganaderos de Nueva Requena", "Privado", None, "apoyo@ongselva.org"],
        ["Asociación de Ganaderos Nueva Requena", "Privado", None, "apoyo@ongselva.org"],
        # The directory's "Asociación Bosques Vivos del Ucayali" has this address.
        ["Asociación de Apicultores de Aguaytía", "Privado", None, "contacto@bosquesvivos.org.pe"],
        ["Bosques Vivos del Ucayali", "Privado", None, "CONTACTO@bosquesvivos.org.pe"],
    ]
    path = xlsx(tmp_path / "padron.xlsx", [header, *rows], "PADRÓN DE ACTORES")

    preview, result = preview_and_run(importer, path, ImportKind.ORGANIZATIONS)

    [bosques] = rows_of(
        demo_database, "SELECT id FROM organizations WHERE name LIKE 'Asociación Bosques Vivos%'"
    )
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {6: 5}
    assert {r.row: (r.match.record_id, r.match.by) for r in preview.rows if r.match} == {
        8: (bosques[0], "email")
    }
    assert result.created == 3
    created = {n for (n,) in rows_of(demo_database, "SELECT name FROM organizations")}
    assert "Asociación de Ganaderos de Nueva Requena" in created
    assert "Asociación de Apicultores de Aguaytía" in created


def test_people_sharing_a_mesa_de_partes_e_mail_are_not_one(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    shared = "mesadepartes@munipadreabad.gob.pe"
    rows = [
        ["Nombre completo", "Institución", "Correo"],
        ["Carlos Ruiz", "Municipalidad Provincial de Padre Abad", shared],
        ["Lucía Vargas", "Municipalidad Provincial de Padre Abad", shared],
        ["Jorge Ríos", "Municipalidad Provincial de Padre Abad", shared],
        ["Jorge Rios Tello", "Municipalidad Provincial de Padre Abad", shared],  # the same one
        # Karina Flores Mozombite's address in the directory, with her shorter name.
        ["Karina Flores", None, "karina.flores@regionucayali.gob.pe"],
        # Someone else writing from Karina's address.
        ["Pedro Castillo Gómez", None, "karina.flores@regionucayali.gob.pe"],
    ]
    path = semicolon_csv(tmp_path / "directorio.csv", rows)

    preview, result = preview_and_run(importer, path, ImportKind.PEOPLE)

    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {5: 4}
    assert {r.row: r.match.by for r in preview.rows if r.match} == {6: "email"}
    assert result.created == 4
    names = {n for (n,) in rows_of(demo_database, "SELECT full_name FROM people")}
    assert {"Carlos Ruiz", "Lucía Vargas", "Jorge Ríos", "Pedro Castillo Gómez"} <= names


def test_attendance_by_someone_else_s_e_mail_is_not_theirs(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    karina = "karina.flores@regionucayali.gob.pe"  # on the third session's list
    sql = (
        "SELECT p.full_name, a.attended FROM attendances a JOIN people p ON p.id = a.person_id "
        f"WHERE a.meeting_id = {HELD} ORDER BY p.full_name"
    )
    before = rows_of(demo_database, sql)
    rows = [
        ["Nombre completo", "Correo", "Asistió"],
        ["Pedro Castillo Gómez", karina, "Sí"],
        ["Lucía Vargas", "mesadepartes@munipadreabad.gob.pe", "Sí"],
        ["Jorge Ríos", "mesadepartes@munipadreabad.gob.pe", "Sí"],  # not Lucía twice
    ]
    path = semicolon_csv(tmp_path / "asistencia.csv", rows)

    preview, result = preview_and_run(
        importer, path, ImportKind.ATTENDANCE, meeting_id=HELD, on_match=OnMatch.UPDATE
    )

    assert reasons(preview) == {}
    assert [r.match for r in preview.rows] == [None, None, None]
    assert [r.duplicate_of for r in preview.rows] == [None, None, None]
    assert result.created == 3
    after = rows_of(demo_database, sql)
    assert set(before) <= set(after)  # Karina's line untouched
    assert ("Pedro Castillo Gómez", 1) in after


# --- 3. action codes restarting per axis -----------------------------------------------------

CACAO_HEADER = ["Eje estratégico", "N°", "Acción", "Fecha de inicio", "Fecha de término"]
CACAO = [
    ["Eje 1: Productividad", 1, "Capacitación en poda", "15/03/2025", "30/06/2025"],
    [None, 2, "Entrega de plantones", "01/04/2025", "31/12/2025"],
    [None, 3, "Análisis de suelos", "01/04/2025", "31/08/2025"],
    ["Eje 2: Mercados", 1, "Feria del cacao", "01/08/2025", "05/08/2025"],
    ["Eje 2: Mercados", 2, "Misión comercial a Lima", "10/09/2025", "15/09/2025"],
    ["Eje 2: Mercados", 2, "Misión comercial a Lima (2 días)", "10/09/2025", "15/09/2025"],
]


def _cacao_plan(
    importer: ImportService, tmp_path: Path, rows: list[list[Any]], **setup: Any
) -> tuple[Any, Any]:
    path = xlsx(tmp_path / "acciones_cacao.xlsx", [CACAO_HEADER, *rows], "PLAN DEL CACAO")
    setup.setdefault("plan_id", None)
    setup.setdefault("new_plan_title", "Plan del cacao")
    return preview_and_run(importer, path, ImportKind.ACTIONS, **setup)


def test_action_codes_restarting_per_axis_are_not_duplicates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    preview, result = _cacao_plan(importer, tmp_path, CACAO)

    # Only the last row repeats one: same axis, same code, the same title with more words.
    assert {r.row: r.duplicate_of for r in preview.rows if r.duplicate_of} == {9: 8}
    assert result.created == 5
    plans = "SELECT id FROM action_plans WHERE title = 'Plan del cacao'"
    [(plan_id,)] = rows_of(demo_database, plans)
    sql = f"SELECT id, code, title FROM actions WHERE plan_id = {plan_id} ORDER BY id"
    created = rows_of(demo_database, sql)
    assert [(c, t) for _, c, t in created] == [(str(r[1]), r[2]) for r in CACAO[:5]]

    # The same sheet again, retitled: each row is its own action (by axis and code).
    again = [list(r) for r in CACAO[:5]]
    again[3][2] = "Feria regional del cacao"
    preview, result = _cacao_plan(
        importer, tmp_path, again, plan_id=plan_id, new_plan_title=None, on_match=OnMatch.UPDATE
    )
    ids = [i for i, _, _ in created]
    assert [(r.match.record_id, r.match.by) for r in preview.rows] == [(i, "code") for i in ids]
    assert result.created == 0 and result.updated == 1
    assert rows_of(demo_database, sql)[3][2] == "Feria regional del cacao"


def test_a_code_of_the_plan_on_another_axis_and_title_is_another_action(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    [(action_id, title, axis)] = rows_of(
        demo_database,
        f"SELECT id, title, axis FROM actions WHERE plan_id = {FOREST_PLAN} AND code = 'A1.1'",
    )
    header = ["Código", "Eje", "Acción"]
    rows = [
        ["A1.1", "Eje 9. Otra cosa", "Vivero forestal comunal"],  # another action
        ["A1.1", "Eje 9. Otra cosa", title],  # the same title: moved to another axis
        ["A1.1", axis, "Diagnóstico de expedientes pendientes"],  # retitled, same axis
    ]
    path = xlsx(tmp_path / "acciones.xlsx", [header, *rows])
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, ImportKind.ACTIONS), plan_id=FOREST_PLAN)
    preview = importer.preview(loaded, setup)
    assert [r.match.record_id if r.match else None for r in preview.rows] == [
        None,
        action_id,
        action_id,
    ]
