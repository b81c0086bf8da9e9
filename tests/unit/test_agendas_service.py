"""Agendas through AgendasService: writes and their rules, goals and priorities as ordered
lists, deletion refused when used, progress from the one plan-progress rule, list queries."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from agencydesk.data.models import (
    Action,
    ActionPlan,
    AgendaPriority,
    AuditEntry,
    Goal,
    Initiative,
    Meeting,
    Territory,
)
from agencydesk.domain.agendas import AgendaDraft, AgendaRecord
from agencydesk.domain.enums import (
    ActionStatus,
    ActorType,
    AgendaStatus,
    AuditAction,
    GoalKind,
    InitiativeKind,
    TerritoryLevel,
)
from agencydesk.domain.errors import InUseError, UserError, ValidationError, english_message
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.domain.text import fold
from agencydesk.services.actors import ActorsService
from agencydesk.services.agendas import AgendasService
from agencydesk.services.database import Database

TEST_USER = "tester"


@pytest.fixture
def agendas(database: Database) -> AgendasService:
    return AgendasService(database.uow, lambda: TEST_USER)


@pytest.fixture
def demo_agendas(demo_database: Database) -> AgendasService:
    return AgendasService(demo_database.uow, lambda: TEST_USER)


def _titles(service: AgendasService, query: ListQuery) -> list[str]:
    return [a.title for a in service.agendas(service.agenda_ids(query))]


def _find(service: AgendasService, text: str) -> AgendaRecord:
    ids = service.agenda_ids(ListQuery(text=text, sort="title"))
    assert len(ids) == 1, f"{text!r} should find one agenda, found {ids}"
    return service.agenda(ids[0])


def _statements(service: AgendasService, agenda_id: int, kind: GoalKind) -> list[str]:
    return [g.statement for g in service.agenda(agenda_id).goals_of(kind)]


def _positions(service: AgendasService, agenda_id: int) -> dict[GoalKind, list[int]]:
    record = service.agenda(agenda_id)
    return {kind: [g.position for g in record.goals_of(kind)] for kind in GoalKind}


def _audit(database: Database, entity: str) -> list[tuple[str | None, int, AuditAction, dict]]:
    with database.uow() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [(a.user, a.entity_id, a.action, a.changes) for a in rows]


def _territory(database: Database, name: str, parent_id: int | None = None) -> int:
    with database.uow() as session:
        row = Territory(name=name, level=TerritoryLevel.REGION, parent_id=parent_id)
        session.add(row)
        session.flush()
        return row.id


# --- create, update, validate ----------------------------------------------------------------


def test_create_agenda_cleans_and_returns_the_stored_record(
    agendas: AgendasService, actors: ActorsService, database: Database
) -> None:
    region = _territory(database, "Región Piura")
    convener = actors.create_organization(
        OrganizationDraft("Gobierno Regional de Piura", actor_type=ActorType.PUBLIC)
    )
    record = agendas.create_agenda(
        AgendaDraft(
            "  Agenda de Piura  ",
            territory_id=region,
            period_start=date(2025, 1, 1),
            period_end=date(2028, 12, 31),
            vision="  Piura exporta mango con valor agregado.  ",
            status=AgendaStatus.VALIDATED,
            convener_id=convener.id,
            notes="   ",
        )
    )
    assert record.title == "Agenda de Piura"
    assert record.draft.vision == "Piura exporta mango con valor agregado."
    assert record.draft.notes is None
    assert record.territory_name == "Región Piura"
    assert record.convener_name == "Gobierno Regional de Piura"
    assert record.goals == () and record.priorities == ()
    assert record.progress is None
    assert agendas.agenda(record.id) == record
    [(user, entity_id, action, changes)] = _audit(database, "agenda")
    assert (user, entity_id, action) == (TEST_USER, record.id, AuditAction.CREATE)
    assert changes["title"] == [None, "Agenda de Piura"]
    assert changes["status"] == [None, "validated"]


def test_update_agenda_audits_only_what_changed(
    agendas: AgendasService, database: Database
) -> None:
    record = agendas.create_agenda(AgendaDraft("Agenda del Ranco"))
    updated = agendas.update_agenda(
        record.id, AgendaDraft("Agenda del Ranco", status=AgendaStatus.IN_EXECUTION)
    )
    assert updated.draft.status is AgendaStatus.IN_EXECUTION
    entries = _audit(database, "agenda")
    assert entries[-1][2] is AuditAction.UPDATE
    assert entries[-1][3] == {"status": ["draft", "in_execution"]}


@pytest.mark.parametrize(
    ("draft", "errors"),
    [
        (AgendaDraft("   "), {"title": "required"}),
        (AgendaDraft("x" * 301), {"title": "too_long"}),
        (
            AgendaDraft("Agenda", period_start=date(2026, 1, 1), period_end=date(2025, 12, 31)),
            {"period_end": "end_before_start"},
        ),
        (AgendaDraft("Agenda", convener_id=9999), {"convener_id": "not_found"}),
        (AgendaDraft("Agenda", territory_id=9999), {"territory_id": "not_found"}),
    ],
)
def test_invalid_agendas_are_refused_field_by_field(
    agendas: AgendasService, draft: AgendaDraft, errors: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        agendas.create_agenda(draft)
    assert caught.value.fields == errors
    assert agendas.agenda_ids(ListQuery()) == []


def test_same_day_start_and_end_is_a_valid_period(agendas: AgendasService) -> None:
    day = date(2025, 6, 1)
    record = agendas.create_agenda(AgendaDraft("Foro", period_start=day, period_end=day))
    assert (record.draft.period_start, record.draft.period_end) == (day, day)


def test_updating_a_missing_agenda_says_not_found(agendas: AgendasService) -> None:
    with pytest.raises(UserError) as caught:
        agendas.update_agenda(404, AgendaDraft("Nada"))
    assert caught.value.code == "not_found"


# --- goals -----------------------------------------------------------------------------------


def test_goals_are_added_at_the_end_of_their_own_kind(agendas: AgendasService) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    first = agendas.add_goal(agenda.id, GoalKind.STRATEGIC, "  Duplicar exportaciones  ")
    how = agendas.add_goal(agenda.id, GoalKind.MANAGEMENT, "Mesas trimestrales")
    second = agendas.add_goal(agenda.id, GoalKind.STRATEGIC, "Formalizar la madera")
    assert (first.position, second.position, how.position) == (1, 2, 1)
    assert first.statement == "Duplicar exportaciones"
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == [
        "Duplicar exportaciones",
        "Formalizar la madera",
    ]
    assert _statements(agendas, agenda.id, GoalKind.MANAGEMENT) == ["Mesas trimestrales"]


def test_a_goal_needs_a_statement_and_an_agenda(agendas: AgendasService) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    with pytest.raises(ValidationError) as caught:
        agendas.add_goal(agenda.id, GoalKind.STRATEGIC, "  ")
    assert caught.value.fields == {"statement": "required"}
    with pytest.raises(UserError) as missing:
        agendas.add_goal(404, GoalKind.STRATEGIC, "Algo")
    assert missing.value.code == "not_found"


def test_update_goal_changes_the_statement_and_is_audited(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    goal = agendas.add_goal(agenda.id, GoalKind.STRATEGIC, "Renovar cafetales")
    updated = agendas.update_goal(goal.id, "Renovar 5 000 ha de cafetales")
    assert updated.statement == "Renovar 5 000 ha de cafetales"
    assert updated.position == goal.position
    entries = _audit(database, "goal")
    assert [e[2] for e in entries] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert entries[-1][3] == {"statement": ["Renovar cafetales", "Renovar 5 000 ha de cafetales"]}


def test_delete_goal_closes_the_gap_and_restore_puts_it_back_at_its_place(
    agendas: AgendasService,
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    goals = [agendas.add_goal(agenda.id, GoalKind.STRATEGIC, t) for t in "ABCD"]
    agendas.add_goal(agenda.id, GoalKind.MANAGEMENT, "M")
    deleted = agendas.delete_goal(goals[1].id)
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == ["A", "C", "D"]
    assert _positions(agendas, agenda.id)[GoalKind.STRATEGIC] == [1, 2, 3]
    restored = agendas.restore_goal(deleted)
    assert (restored.id, restored.uuid, restored.position) == (deleted.id, deleted.uuid, 2)
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == ["A", "B", "C", "D"]
    assert _positions(agendas, agenda.id) == {
        GoalKind.STRATEGIC: [1, 2, 3, 4],
        GoalKind.MANAGEMENT: [1],
    }


def test_move_goal_swaps_with_its_neighbour_and_stops_at_the_ends(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    a, b, c = (agendas.add_goal(agenda.id, GoalKind.STRATEGIC, t) for t in "ABC")
    assert agendas.move_goal(c.id, "up").position == 2
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == ["A", "C", "B"]
    assert agendas.move_goal(a.id, "up").position == 1  # already first: nothing moves
    assert agendas.move_goal(b.id, "down").position == 3  # already last
    agendas.move_goal(a.id, "down")
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == ["C", "A", "B"]
    assert _positions(agendas, agenda.id)[GoalKind.STRATEGIC] == [1, 2, 3]
    moves = [e for e in _audit(database, "goal") if e[2] is AuditAction.UPDATE]
    assert [(e[1], e[3]) for e in moves] == [
        (b.id, {"position": [2, 3]}),
        (c.id, {"position": [3, 2]}),
        (a.id, {"position": [1, 2]}),
        (c.id, {"position": [2, 1]}),
    ]


def test_moves_mend_positions_left_with_gaps_by_an_import(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    with database.uow() as session:
        for position, statement in ((10, "A"), (20, "B"), (20, "C")):
            session.add(
                Goal(
                    agenda_id=agenda.id,
                    kind=GoalKind.STRATEGIC,
                    statement=statement,
                    position=position,
                )
            )
    first = agendas.agenda(agenda.id).goals_of(GoalKind.STRATEGIC)[0]
    agendas.move_goal(first.id, "down")
    assert _statements(agendas, agenda.id, GoalKind.STRATEGIC) == ["B", "A", "C"]
    assert _positions(agendas, agenda.id)[GoalKind.STRATEGIC] == [1, 2, 3]


# --- priorities ------------------------------------------------------------------------------


def test_priorities_add_rename_move_delete_restore(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    cafe, cacao, turismo = (
        agendas.add_priority(agenda.id, name) for name in ("Café", "Cacao", "Turismo")
    )
    assert [p.position for p in (cafe, cacao, turismo)] == [1, 2, 3]
    agendas.rename_priority(cacao.id, " Cacao fino de aroma ")
    agendas.move_priority(turismo.id, "up")
    names = [p.name for p in agendas.agenda(agenda.id).priorities]
    assert names == ["Café", "Turismo", "Cacao fino de aroma"]
    deleted = agendas.delete_priority(cafe.id)
    assert [p.position for p in agendas.agenda(agenda.id).priorities] == [1, 2]
    agendas.restore_priority(deleted)
    record = agendas.agenda(agenda.id)
    assert [(p.name, p.position) for p in record.priorities] == [
        ("Café", 1),
        ("Turismo", 2),
        ("Cacao fino de aroma", 3),
    ]
    assert record.priorities[0].id == cafe.id
    actions = [e[2] for e in _audit(database, "agenda_priority")]
    assert actions.count(AuditAction.CREATE) == 4 and actions.count(AuditAction.DELETE) == 1
    with pytest.raises(ValidationError) as caught:
        agendas.add_priority(agenda.id, "x" * 201)
    assert caught.value.fields == {"name": "too_long"}


# --- deleting --------------------------------------------------------------------------------


def test_deleting_a_used_agenda_is_refused_saying_by_what(
    demo_agendas: AgendasService,
) -> None:
    soconusco = _find(demo_agendas, "soconusco")
    with pytest.raises(InUseError) as caught:
        demo_agendas.delete_agenda(soconusco.id)
    # Goals and priorities belong to the agenda: they are not counted as uses.
    assert caught.value.usages == {"initiatives": 2, "indicators": 1}
    assert demo_agendas.agenda_usages(soconusco.id) == {"initiatives": 2, "indicators": 1}
    assert english_message(caught.value).startswith(soconusco.title + " cannot be deleted")
    assert demo_agendas.agenda(soconusco.id) == soconusco


def test_plans_and_meetings_of_an_agenda_count_as_uses(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    with database.uow() as session:
        session.add(ActionPlan(title="Plan", agenda_id=agenda.id))
        session.add(Meeting(title="Foro", agenda_id=agenda.id, starts_at=datetime(2025, 3, 4, 10)))
    with pytest.raises(InUseError) as caught:
        agendas.delete_agenda(agenda.id)
    assert caught.value.usages == {"action_plans": 1, "meetings": 1}
    assert agendas.agenda(agenda.id).title == "Agenda"


def test_delete_agenda_takes_its_goals_and_priorities_and_restore_brings_them_back(
    agendas: AgendasService, actors: ActorsService, database: Database
) -> None:
    convener = actors.create_organization(OrganizationDraft("Municipalidad de Piura"))
    agenda = agendas.create_agenda(AgendaDraft("Agenda", convener_id=convener.id))
    for statement in ("A", "B"):
        agendas.add_goal(agenda.id, GoalKind.STRATEGIC, statement)
    agendas.add_goal(agenda.id, GoalKind.MANAGEMENT, "M")
    agendas.add_priority(agenda.id, "Mango")
    before = agendas.agenda(agenda.id)

    deleted = agendas.delete_agenda(agenda.id)
    assert deleted == before
    assert agendas.agenda_ids(ListQuery()) == []
    with database.uow() as session:
        assert session.scalars(select(Goal)).all() == []
        assert session.scalars(select(AgendaPriority)).all() == []
    assert [e[2] for e in _audit(database, "agenda")][-1] is AuditAction.DELETE
    assert len([e for e in _audit(database, "goal") if e[2] is AuditAction.DELETE]) == 3

    # The convener went away meanwhile: the agenda comes back without it.
    actors.delete_organization(convener.id)
    restored = agendas.restore_agenda(deleted)
    assert restored.goals == before.goals
    assert restored.priorities == before.priorities
    assert (restored.id, restored.uuid) == (before.id, before.uuid)
    assert restored.draft.convener_id is None


def test_deleting_a_missing_goal_says_not_found(agendas: AgendasService) -> None:
    with pytest.raises(UserError) as caught:
        agendas.delete_goal(404)
    assert caught.value.code == "not_found"


# --- initiatives, plans and progress ---------------------------------------------------------


def _actions_of(database: Database, plan_ids: list[int]) -> list[tuple[ActionStatus, int]]:
    with database.uow() as session:
        stmt = select(Action.status, Action.progress_pct).where(Action.plan_id.in_(plan_ids))
        return [(s, p) for s, p in session.execute(stmt)]


def test_initiatives_plans_and_progress_of_the_soconusco_agenda(
    demo_agendas: AgendasService, demo_database: Database
) -> None:
    soconusco = _find(demo_agendas, "soconusco")
    initiatives = demo_agendas.initiatives_of(soconusco.id)
    assert [i.name for i in initiatives] == [
        "Cadena de valor del café del Soconusco",
        "Red empresarial acuícola de Mazatán",
    ]
    plans = demo_agendas.plans_of(soconusco.id)
    assert [p.initiative_name for p in plans] == ["Cadena de valor del café del Soconusco"]
    expected_plan = plan_progress(_actions_of(demo_database, [plans[0].id]))
    assert expected_plan is not None
    assert plans[0].progress == expected_plan
    all_actions = _actions_of(demo_database, [p.id for p in plans])
    assert demo_agendas.agenda_progress(soconusco.id) == plan_progress(all_actions)
    assert demo_agendas.agenda(soconusco.id).progress == plan_progress(all_actions)


def test_progress_follows_the_actions_of_own_and_initiative_plans(
    agendas: AgendasService, database: Database
) -> None:
    agenda = agendas.create_agenda(AgendaDraft("Agenda"))
    assert agendas.agenda_progress(agenda.id) is None
    with database.uow() as session:
        own = ActionPlan(title="Plan propio", agenda_id=agenda.id)
        mesa = Initiative(name="Mesa", kind=InitiativeKind.CLUSTER, agenda_id=agenda.id)
        session.add_all([own, mesa])
        session.flush()
        theirs = ActionPlan(title="Hoja de ruta de la mesa", initiative_id=mesa.id)
        session.add(theirs)
        session.flush()
        session.add_all(
            [
                Action(plan_id=own.id, title="a", status=ActionStatus.DONE, progress_pct=40),
                Action(plan_id=own.id, title="b", status=ActionStatus.CANCELLED, progress_pct=0),
                Action(
                    plan_id=theirs.id, title="c", status=ActionStatus.IN_PROGRESS, progress_pct=30
                ),
            ]
        )
    # done counts 100, cancelled is left out: (100 + 30) / 2
    assert agendas.agenda_progress(agenda.id) == 65
    plans = {p.title: p for p in agendas.plans_of(agenda.id)}
    assert plans["Plan propio"].progress == 100
    assert plans["Hoja de ruta de la mesa"].progress == 30
    assert plans["Hoja de ruta de la mesa"].initiative_name == "Mesa"
    assert [i.name for i in agendas.initiatives_of(agenda.id)] == ["Mesa"]


# --- list: filters, search, sort, choices ----------------------------------------------------


def test_search_folds_accents_and_case_on_the_title(demo_agendas: AgendasService) -> None:
    assert _titles(demo_agendas, ListQuery(text="rios")) == [_find(demo_agendas, "Los Ríos").title]
    assert len(_titles(demo_agendas, ListQuery(text="LOS RÍOS"))) == 1
    assert len(_titles(demo_agendas, ListQuery(text="economico soconusco"))) == 1
    assert _titles(demo_agendas, ListQuery(text="agenda")) == [
        _find(demo_agendas, "soconusco").title,
        _find(demo_agendas, "ucayali").title,
    ]
    assert _titles(demo_agendas, ListQuery(text="arequipa")) == []


def test_filters_by_status_and_by_territory_with_the_places_within_it(
    demo_agendas: AgendasService, demo_database: Database
) -> None:
    validated = _titles(demo_agendas, ListQuery(filters={"status": AgendaStatus.VALIDATED}))
    assert validated == [_find(demo_agendas, "rios").title]
    with demo_database.uow() as session:
        mexico = session.scalar(select(Territory.id).where(Territory.name == "México"))
    in_mexico = _titles(demo_agendas, ListQuery(filters={"territory_id": mexico}))
    assert in_mexico == [_find(demo_agendas, "soconusco").title]
    both = ListQuery(filters={"territory_id": mexico, "status": AgendaStatus.CLOSED})
    assert _titles(demo_agendas, both) == []


def test_sorts_by_any_column_with_empty_values_last(demo_agendas: AgendasService) -> None:
    by_title = _titles(demo_agendas, ListQuery(sort="title"))
    assert by_title == sorted(by_title, key=fold)  # "de" before "Regional"
    assert _titles(demo_agendas, ListQuery(sort="title", descending=True)) == by_title[::-1]
    by_progress = demo_agendas.agendas(demo_agendas.agenda_ids(ListQuery(sort="progress")))
    progresses = [a.progress for a in by_progress]
    assert progresses[-1] is None
    assert progresses[:-1] == sorted(progresses[:-1]) and len(progresses) == 3
    down = demo_agendas.agendas(
        demo_agendas.agenda_ids(ListQuery(sort="progress", descending=True))
    )
    assert down[-1].progress is None
    by_status = demo_agendas.agendas(demo_agendas.agenda_ids(ListQuery(sort="status")))
    assert by_status[0].draft.status is AgendaStatus.VALIDATED
    for key in ("territory", "period", "convener"):
        assert len(demo_agendas.agenda_ids(ListQuery(sort=key))) == 3


def test_agenda_choices_are_every_agenda_by_title(demo_agendas: AgendasService) -> None:
    choices = demo_agendas.agenda_choices()
    assert [c.name for c in choices] == _titles(demo_agendas, ListQuery(sort="title"))
    assert choices[0].detail == "Región Soconusco"
