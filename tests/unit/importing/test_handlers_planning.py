"""Imports of a plan's sheets on the demo data: actions, progress updates and measurements,
each with its matches, rejects and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agencydesk.domain.enums import ActionStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.workbook import FileFormat, MergedRange, RawSheet, RawWorkbook
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import LoadedFile, OnMatch
from agencydesk.services.indicators import IndicatorsService
from agencydesk.services.plans import PlansService

FOREST_PLAN = 1  # Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali (demo)
COFFEE_PLAN = 2


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


@pytest.fixture
def plans(demo_database: Database) -> PlansService:
    return PlansService(demo_database.uow, lambda: "tester")


def workbook(rows: list[list[Any]], merged: list[MergedRange] | None = None) -> LoadedFile:
    sheet = RawSheet("Hoja1", rows=rows, merged=merged or [])
    book = RawWorkbook(FileFormat.XLSX, [sheet], reader="test")
    return LoadedFile(Path("socio.xlsx"), "socio.xlsx", "0" * 64, book)


def run(
    importer: ImportService,
    loaded: LoadedFile,
    kind: ImportKind,
    plan_id: int | None,
    on_match: OnMatch = OnMatch.SKIP,
):
    setup = replace(importer.propose(loaded, kind), plan_id=plan_id, on_match=on_match)
    preview = importer.preview(loaded, setup)
    return preview, importer.run(loaded, preview)


def reasons(preview) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


def by_code(plans: PlansService, plan_id: int) -> dict[str | None, Any]:
    return {a.draft.code: a for a in plans.actions_of(plan_id)}


# --- actions ---------------------------------------------------------------------------------

ACTION_HEADER = [
    "Código",
    "Eje estratégico",
    "Acción",
    "Institución responsable",
    "Fecha de inicio",
    "Fecha de término",
    "Presupuesto",
    "Estado",
    "% de avance",
]


def action_sheet() -> LoadedFile:
    rows: list[list[Any]] = [
        ["HOJA DE RUTA FORESTAL 2025 — ACCIONES NUEVAS"],
        [],
        ACTION_HEADER,
        # The axis spans three actions (a merged cell): filled down.
        [
            "A9.1",
            "Eje 9: Innovación en la industria",
            "Laboratorio de secado de madera",
            "gerencia regional forestal y de fauna silvestre de ucayali",
            "15/03/2025",
            "30/06/2025",
            "S/ 12,500.00",
            "En ejecución",
            "45%",
        ],
        ["A9.2", None, "Programa de mentoría para aserraderos", "Maderas del Oriente S.A.C."],
        ["A9.3", None, "Feria de muebles", None, "01/09/2025", "01/08/2025"],  # ends first
        # An existing code: a match, whatever its title says.
        ["a1.1", "Eje 1", "Otro título", None, None, None, None, "Terminada", 100],
        # No code, an existing title (other accents and case): a match by title.
        [None, None, "DIAGNOSTICO DE EXPEDIENTES DE PLANES DE MANEJO PENDIENTES"],
        # The same new action twice in the file: the second is a duplicate.
        ["A9.2", None, "Programa de mentoría para aserraderos"],
        ["TOTAL", None, None, None, None, None, 12500],
    ]
    return workbook(rows, [MergedRange(3, 1, 5, 1)])


def test_actions_are_created_matched_rejected_and_undone(
    importer: ImportService, plans: PlansService
) -> None:
    before = by_code(plans, FOREST_PLAN)
    preview, result = run(importer, action_sheet(), ImportKind.ACTIONS, FOREST_PLAN)

    assert reasons(preview) == {6: ["end_before_start"]}
    matches = {r.row: (r.match.record_id, r.match.by) for r in preview.rows if r.match}
    assert matches == {7: (before["A1.1"].id, "code"), 8: (before["A1.1"].id, "title")}
    assert [r.row for r in preview.rows if r.duplicate_of] == [9]
    assert preview.skipped_total == 1
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert result.organizations_created == ("Maderas del Oriente S.A.C.",)

    after = by_code(plans, FOREST_PLAN)
    first, second = after["A9.1"], after["A9.2"]
    assert first.draft.axis == second.draft.axis == "Eje 9: Innovación en la industria"
    assert first.responsible_name == "Gerencia Regional Forestal y de Fauna Silvestre de Ucayali"
    assert (first.draft.start_date, first.draft.end_date) == (date(2025, 3, 15), date(2025, 6, 30))
    assert first.draft.budget == Decimal("12500.00")
    assert (first.draft.status, first.draft.progress_pct) == (ActionStatus.IN_PROGRESS, 45)
    # Defaults of a row that says nothing about them.
    assert (second.draft.status, second.draft.progress_pct) == (ActionStatus.NOT_STARTED, 0)
    assert second.responsible_name == "Maderas del Oriente S.A.C."
    assert "A9.3" not in after
    assert after["A1.1"].draft == before["A1.1"].draft  # skipped: on_match is skip

    importer.undo(result.batch_id)
    assert by_code(plans, FOREST_PLAN).keys() == before.keys()


def test_actions_update_then_undo_restores(importer: ImportService, plans: PlansService) -> None:
    before = by_code(plans, FOREST_PLAN)["A1.2"]
    rows = [
        ACTION_HEADER,
        ["A1.2", None, before.draft.title, None, None, None, None, "Terminada", 100],
        ["A1.3", None, "Piloto de guías de transporte forestal electrónicas"],  # same values
    ]
    _, result = run(importer, workbook(rows), ImportKind.ACTIONS, FOREST_PLAN, OnMatch.UPDATE)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    changed = by_code(plans, FOREST_PLAN)["A1.2"]
    assert (changed.draft.status, changed.draft.progress_pct) == (ActionStatus.DONE, 100)
    assert changed.draft.title == before.draft.title

    importer.undo(result.batch_id)
    assert by_code(plans, FOREST_PLAN)["A1.2"].draft == before.draft


def test_changing_one_date_must_keep_the_action_in_order(
    importer: ImportService, plans: PlansService
) -> None:
    action = by_code(plans, FOREST_PLAN)["A1.2"]
    assert action.draft.start_date is not None
    too_early = action.draft.start_date.replace(year=action.draft.start_date.year - 1)
    rows = [ACTION_HEADER, ["A1.2", None, action.draft.title, None, None, too_early]]
    preview, result = run(importer, workbook(rows), ImportKind.ACTIONS, FOREST_PLAN, OnMatch.UPDATE)
    assert reasons(preview) == {2: ["end_before_start"]}
    assert result.updated == 0


def test_actions_need_an_existing_plan(importer: ImportService) -> None:
    loaded = workbook([ACTION_HEADER, ["A1", None, "Algo"]])
    setup = importer.propose(loaded, ImportKind.ACTIONS)
    with pytest.raises(UserError) as missing:
        importer.preview(loaded, setup)
    assert missing.value.code == "import_plan_required"
    with pytest.raises(UserError) as unknown:
        importer.preview(loaded, replace(setup, plan_id=999))
    assert unknown.value.code == "import_unknown_plan"
    assert "999" in str(unknown.value)


# --- progress --------------------------------------------------------------------------------


def test_progress_updates_existing_actions_only(
    importer: ImportService, plans: PlansService, tmp_path: Path
) -> None:
    before = by_code(plans, FOREST_PLAN)
    # A partner's sheet written by openpyxl, read back by the real reader.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Avance"
    sheet.append(["REPORTE DE AVANCE AL 30/09"])
    sheet.append([])
    sheet.append(["Código", "Estado", "% de avance", "Observaciones"])
    sheet.append(["A1.2", "Concluida", "100%", "Se aprobaron los 25 planes"])
    sheet.append(["A1.4", None, 0.6, None])
    sheet.cell(row=5, column=3).number_format = "0%"
    sheet.append(["Z9.9", "En curso", "10%", None])  # no such action
    sheet.append(["A1.4", None, "70%", None])  # the same action again
    path = tmp_path / "avance.xlsx"
    book.save(path)

    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.PROGRESS),
        plan_id=FOREST_PLAN,
        on_match=OnMatch.UPDATE,
    )
    preview = importer.preview(loaded, setup)
    assert reasons(preview) == {6: ["unknown_action"]}
    assert [r.row for r in preview.rows if r.duplicate_of] == [7]
    result = importer.run(loaded, preview)
    assert (result.created, result.updated) == (0, 2)

    after = by_code(plans, FOREST_PLAN)
    assert len(after) == len(before)
    assert after["A1.2"].draft.status is ActionStatus.DONE
    assert after["A1.2"].draft.progress_pct == 100
    assert after["A1.2"].draft.notes == "Se aprobaron los 25 planes"
    assert after["A1.2"].draft.title == before["A1.2"].draft.title
    assert after["A1.4"].draft.progress_pct == 60
    assert after["A1.4"].draft.status == before["A1.4"].draft.status

    importer.undo(result.batch_id)
    restored = by_code(plans, FOREST_PLAN)
    assert {c: a.draft for c, a in restored.items()} == {c: a.draft for c, a in before.items()}


# --- measurements ----------------------------------------------------------------------------

MEASUREMENT_HEADER = ["Indicador", "Fecha", "Valor", "Fuente"]


def measurements_of(indicators: IndicatorsService, plan_id: int) -> dict[str, dict[date, Any]]:
    return {
        i.name: {m.draft.date: m for m in i.measurements}
        for i in indicators.indicators_of(plan_id=plan_id)
    }


def test_measurements_match_indicators_by_name_and_date(
    importer: ImportService, demo_database: Database
) -> None:
    indicators = IndicatorsService(demo_database.uow, lambda: "tester")
    before = measurements_of(indicators, FOREST_PLAN)
    volume = "Volumen de madera transportada con guía electrónica"
    existing_day = min(before[volume])
    rows = [
        MEASUREMENT_HEADER,
        [
            "volumen de madera transportada con guia electronica",
            "31/12/2025",
            "120.500,5",
            "SERFOR",
        ],
        [volume.upper(), existing_day, 99999, "corrección"],  # the same indicator and date
        ["Operarios certificados en aserrío y secado", date(2025, 12, 31), 60, None],
        ["Indicador que no existe", "31/12/2025", 5, None],
        ["Rendimiento promedio de café pergamino", "31/12/2025", 5, None],  # another plan's
    ]
    preview, result = run(
        importer, workbook(rows), ImportKind.MEASUREMENTS, FOREST_PLAN, OnMatch.UPDATE
    )
    assert reasons(preview) == {5: ["unknown_indicator"], 6: ["unknown_indicator"]}
    assert (result.created, result.updated) == (2, 1)

    after = measurements_of(indicators, FOREST_PLAN)
    assert after[volume][date(2025, 12, 31)].draft.value == Decimal("120500.5")
    assert after[volume][date(2025, 12, 31)].draft.source == "SERFOR"
    assert after[volume][existing_day].draft.value == Decimal("99999")
    operators = "Operarios certificados en aserrío y secado"
    assert after[operators][date(2025, 12, 31)].draft.value == Decimal("60")

    importer.undo(result.batch_id)
    restored = measurements_of(indicators, FOREST_PLAN)
    assert {n: {d: m.draft for d, m in ms.items()} for n, ms in restored.items()} == {
        n: {d: m.draft for d, m in ms.items()} for n, ms in before.items()
    }


def test_measurements_without_plan_refuse_ambiguous_names(
    importer: ImportService, demo_database: Database
) -> None:
    # Two indicators with the same name, in two plans: without a plan the name is ambiguous.
    indicators = IndicatorsService(demo_database.uow, lambda: "tester")
    from agencydesk.domain.indicators import IndicatorDraft

    indicators.create_indicator(IndicatorDraft(plan_id=COFFEE_PLAN, name="Empleos generados"))
    indicators.create_indicator(IndicatorDraft(plan_id=FOREST_PLAN, name="Empleos generados"))
    rows = [
        MEASUREMENT_HEADER,
        ["Empleos generados", "31/12/2025", 10, None],
        ["Exportaciones de café del Soconusco", "31/12/2025", 1500, None],  # an agenda's
    ]
    preview, result = run(importer, workbook(rows), ImportKind.MEASUREMENTS, None)
    assert reasons(preview) == {2: ["ambiguous_indicator"]}
    assert result.created == 1

    preview, result = run(importer, workbook(rows[:2]), ImportKind.MEASUREMENTS, COFFEE_PLAN)
    assert result.created == 1
    [coffee_jobs] = [
        i for i in indicators.indicators_of(plan_id=COFFEE_PLAN) if i.name == "Empleos generados"
    ]
    assert [m.draft.value for m in coffee_jobs.measurements] == [Decimal("10")]


def test_undo_leaves_the_database_consistent(
    importer: ImportService, demo_database: Database
) -> None:
    _, result = run(importer, action_sheet(), ImportKind.ACTIONS, FOREST_PLAN)
    importer.undo(result.batch_id)
    with demo_database.uow.engine.connect() as db:
        if db.dialect.name == "sqlite":  # PostgreSQL never lets a foreign key dangle
            assert db.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        new_orgs = db.exec_driver_sql(
            "SELECT count(*) FROM organizations WHERE name = 'Maderas del Oriente S.A.C.'"
        ).scalar()
    assert new_orgs == 0


def test_an_action_exported_from_another_plan_is_a_new_action(
    importer: ImportService, plans: PlansService
) -> None:
    coffee = by_code(plans, COFFEE_PLAN)["A1.1"]
    rows = [
        ["Código", "Acción", "UUID"],
        ["C1.1", coffee.draft.title, coffee.uuid],  # its uuid belongs to the coffee plan
    ]
    _, result = run(importer, workbook(rows), ImportKind.ACTIONS, FOREST_PLAN)
    assert result.created == 1
    copy = by_code(plans, FOREST_PLAN)["C1.1"]
    assert copy.uuid != coffee.uuid
    assert by_code(plans, COFFEE_PLAN)["A1.1"].uuid == coffee.uuid

    # In its own plan the uuid is a match.
    preview, _ = run(importer, workbook(rows), ImportKind.ACTIONS, COFFEE_PLAN)
    assert [(r.match.record_id, r.match.by) for r in preview.rows] == [(coffee.id, "uuid")]
