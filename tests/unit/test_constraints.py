"""What the database itself refuses, whatever code (service, import, script) writes to it."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import insert, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from agencydesk.data.models import (
    Action,
    ActionPlan,
    Agenda,
    Bottleneck,
    FundingLine,
    Initiative,
    Meeting,
    Organization,
    Participation,
    Person,
    Territory,
)
from agencydesk.domain.enums import ActorType, InitiativeKind, TerritoryLevel
from agencydesk.services.database import Database


def _refused(database: Database, *rows: object, match: str) -> None:
    """Adding ``rows`` in one transaction fails at the database with ``match`` in the error."""
    with pytest.raises(IntegrityError, match=match), database.uow() as session:
        session.add_all(rows)
        session.flush()


def _plan(database: Database) -> int:
    with database.uow() as session:
        plan = ActionPlan(title="Hoja de ruta 2025")
        session.add(plan)
        session.flush()
        return plan.id


def _org(database: Database, name: str = "Municipalidad de Cusco") -> int:
    with database.uow() as session:
        org = Organization(name=name, actor_type=ActorType.PUBLIC)
        session.add(org)
        session.flush()
        return org.id


def _initiative(database: Database) -> int:
    with database.uow() as session:
        ini = Initiative(name="Mesa del cacao", kind=InitiativeKind.VALUE_CHAIN)
        session.add(ini)
        session.flush()
        return ini.id


# --- CHECK constraints -----------------------------------------------------------------------


# SQLite's trim() strips spaces only: a name of tabs passes this CHECK (the services strip all
# whitespace before writing; see test_domain).
@pytest.mark.parametrize("name", ["", "   "], ids=repr)
def test_blank_organization_name_is_refused(database: Database, name: str) -> None:
    _refused(
        database,
        Organization(name=name, actor_type=ActorType.PUBLIC),
        match="ck_organizations_name_not_blank",
    )


def test_blank_person_name_is_refused(database: Database) -> None:
    _refused(database, Person(full_name="  "), match="ck_people_full_name_not_blank")


def test_missing_organization_name_is_refused(database: Database) -> None:
    _refused(database, Organization(actor_type=ActorType.PUBLIC), match=r"(?i)not.null")


def test_negative_members_count_is_refused(database: Database) -> None:
    _refused(
        database,
        Organization(name="Cooperativa", actor_type=ActorType.PRIVATE, members_count=-1),
        match="ck_organizations_members_count",
    )


def test_zero_members_count_is_accepted(database: Database) -> None:
    with database.uow() as session:
        session.add(Organization(name="Nueva", actor_type=ActorType.PRIVATE, members_count=0))
    with database.uow() as session:
        assert session.scalar(select(Organization.members_count)) == 0


@pytest.mark.parametrize("pct", [-1, 101])
def test_action_progress_outside_0_to_100_is_refused(database: Database, pct: int) -> None:
    plan_id = _plan(database)
    _refused(
        database,
        Action(plan_id=plan_id, title="Feria", progress_pct=pct),
        match="ck_actions_progress_range",
    )


@pytest.mark.parametrize("pct", [0, 100])
def test_action_progress_bounds_are_accepted(database: Database, pct: int) -> None:
    plan_id = _plan(database)
    with database.uow() as session:
        session.add(Action(plan_id=plan_id, title="Feria", progress_pct=pct))
    with database.uow() as session:
        assert session.scalar(select(Action.progress_pct)) == pct


def test_negative_budget_and_funding_are_refused(database: Database) -> None:
    plan_id = _plan(database)
    _refused(
        database,
        Action(plan_id=plan_id, title="Feria", budget=Decimal("-1")),
        match="ck_actions_budget_positive",
    )
    with database.uow() as session:
        action = Action(plan_id=plan_id, title="Feria")
        session.add(action)
        session.flush()
        action_id = action.id
    _refused(
        database,
        FundingLine(action_id=action_id, source="municipal", amount=Decimal("-5")),
        match="ck_funding_lines_amount_positive",
    )


def test_action_ending_before_it_starts_is_refused(database: Database) -> None:
    plan_id = _plan(database)
    _refused(
        database,
        Action(
            plan_id=plan_id,
            title="Feria",
            start_date=date(2025, 5, 1),
            end_date=date(2025, 4, 30),
        ),
        match="ck_actions_dates_order",
    )


def test_same_day_start_and_end_is_accepted(database: Database) -> None:
    plan_id = _plan(database)
    with database.uow() as session:
        session.add(
            Action(
                plan_id=plan_id,
                title="Feria",
                start_date=date(2025, 5, 1),
                end_date=date(2025, 5, 1),
            )
        )


@pytest.mark.parametrize(
    ("row", "constraint"),
    [
        (
            Agenda(title="Agenda", period_start=date(2025, 1, 1), period_end=date(2024, 12, 31)),
            "ck_agendas_period_order",
        ),
        (
            ActionPlan(title="Plan", period_start=date(2025, 1, 1), period_end=date(2024, 1, 1)),
            "ck_action_plans_period_order",
        ),
        (
            Meeting(
                title="Sesión 1",
                starts_at=datetime(2025, 3, 4, 10, 0),
                ends_at=datetime(2025, 3, 4, 9, 0),
            ),
            "ck_meetings_times_order",
        ),
    ],
    ids=["agenda", "plan", "meeting"],
)
def test_periods_ending_before_they_start_are_refused(
    database: Database, row: object, constraint: str
) -> None:
    _refused(database, row, match=constraint)


def test_participation_until_before_since_is_refused(database: Database) -> None:
    org_id, ini_id = _org(database), _initiative(database)
    _refused(
        database,
        Participation(
            initiative_id=ini_id,
            organization_id=org_id,
            since=date(2025, 2, 1),
            until=date(2025, 1, 1),
        ),
        match="ck_participations_dates_order",
    )


def test_bad_enum_value_is_refused_by_the_database(database: Database) -> None:
    # Plain SQL, as another tool would write it: the CHECK constraint is the last line.
    with pytest.raises(IntegrityError, match="ck_organizations_actor_type"), database.uow() as s:
        s.execute(
            text(
                "INSERT INTO organizations (name, sort_name, actor_type, uuid, created_at,"
                " updated_at) VALUES ('X', 'x', 'martian', 'u-1', '2025-01-01', '2025-01-01')"
            )
        )


def test_bad_enum_value_is_refused_by_a_core_insert(database: Database) -> None:
    with pytest.raises(StatementError, match="martian"), database.uow() as session:
        session.execute(insert(Organization.__table__), [{"name": "X", "actor_type": "martian"}])


def test_bad_enum_value_in_update_is_refused_by_the_database(database: Database) -> None:
    org_id = _org(database)
    refused = pytest.raises(IntegrityError, match="ck_organizations_government_level")
    with refused, database.uow() as session:
        session.execute(
            text("UPDATE organizations SET government_level = 'galactic' WHERE id = :id"),
            {"id": org_id},
        )


def test_every_enum_column_has_its_check(database: Database) -> None:
    checks = {
        c["name"]: c["sqltext"]
        for c in inspect(database.uow.engine).get_check_constraints("people")
    }
    # SQLite gives the text as written; PostgreSQL its own rendering (= ANY (ARRAY[...])).
    assert re.search(r"gender(::text)? (IN \(|= ANY \(ARRAY\[)'female'", checks["ck_people_gender"])


# --- uniqueness ------------------------------------------------------------------------------


def test_uuid_is_unique(database: Database) -> None:
    shared = "0b6f0c44-6c4e-4d7e-9d62-6d0c0b8a2f10"
    _refused(
        database,
        Organization(name="Uno", actor_type=ActorType.PUBLIC, uuid=shared),
        Organization(name="Dos", actor_type=ActorType.PUBLIC, uuid=shared),
        match=r"UNIQUE constraint failed: organizations\.uuid|uq_organizations_uuid",
    )


def test_uuids_are_given_and_distinct(database: Database) -> None:
    with database.uow() as session:
        session.add_all(
            [Organization(name=f"Org {i}", actor_type=ActorType.PUBLIC) for i in range(3)]
        )
    with database.uow() as session:
        uuids = session.scalars(select(Organization.uuid)).all()
    assert len(set(uuids)) == 3
    assert all(len(u) == 36 for u in uuids)


def test_bottleneck_code_is_unique_within_an_initiative(database: Database) -> None:
    ini_id = _initiative(database)
    _refused(
        database,
        Bottleneck(initiative_id=ini_id, code="CB-1", title="Permisos"),
        Bottleneck(initiative_id=ini_id, code="CB-1", title="Crédito"),
        match=r"UNIQUE constraint failed|uq_bottlenecks_code",
    )


# --- foreign keys: RESTRICT ------------------------------------------------------------------


def test_deleting_an_organization_with_people_fails_at_the_database(database: Database) -> None:
    org_id = _org(database)
    with database.uow() as session:
        session.add(Person(full_name="Rosa Quispe", organization_id=org_id))

    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), database.uow() as session:
        session.execute(text("DELETE FROM organizations WHERE id = :id"), {"id": org_id})

    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), database.uow() as session:
        session.delete(session.get(Organization, org_id))
        session.flush()

    with database.uow() as session:
        assert session.get(Organization, org_id) is not None
        assert session.scalar(select(Person.organization_id)) == org_id


def test_deleting_a_territory_in_use_fails_at_the_database(database: Database) -> None:
    with database.uow() as session:
        region = Territory(name="Cusco", level=TerritoryLevel.REGION)
        session.add(region)
        session.flush()
        session.add(
            Organization(name="Gobierno Regional", actor_type="public", territory_id=region.id)
        )
        region_id = region.id
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), database.uow() as session:
        session.execute(text("DELETE FROM territories WHERE id = :id"), {"id": region_id})


def test_deleting_an_unused_organization_succeeds(database: Database) -> None:
    org_id = _org(database)
    with database.uow() as session:
        session.execute(text("DELETE FROM organizations WHERE id = :id"), {"id": org_id})
    with database.uow() as session:
        assert session.get(Organization, org_id) is None
