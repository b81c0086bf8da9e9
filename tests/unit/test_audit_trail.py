"""The audit trail: every create, update and delete of every entity writes an entry with the
time, the user named in Settings (read at each write) and each changed field as old → new;
a record's history reads it back (typed values, names of referenced records, related rows,
import batches); a meeting counts the changes after its minutes were approved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from agencydesk.data.models import AuditEntry
from agencydesk.domain.agendas import AgendaDraft
from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.attendance import Invitee
from agencydesk.domain.bottlenecks import BottleneckDraft
from agencydesk.domain.enums import (
    ActorType,
    AuditAction,
    FundingSource,
    GoalKind,
    InitiativeStatus,
    MeetingStatus,
    Representation,
)
from agencydesk.domain.history import RefValue
from agencydesk.domain.indicators import IndicatorDraft, MeasurementDraft
from agencydesk.domain.initiatives import InitiativeDraft, ParticipationDraft
from agencydesk.domain.meetings import AgendaItemDraft, MeetingDraft
from agencydesk.domain.plans import ActionDraft, FundingLineDraft, PlanDraft
from agencydesk.domain.records import ListQuery, OrganizationDraft, PersonDraft
from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace

YESTERDAY = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=10)


@dataclass
class User:
    name: str | None = "Ana Quispe"

    def __call__(self) -> str | None:
        return self.name


@pytest.fixture
def user() -> User:
    return User()


@pytest.fixture
def ws(database: Database, user: User) -> Workspace:
    return Workspace.open(database, user)


def entries(db: Database, entity: str, entity_id: int) -> list[AuditEntry]:
    with db.uow() as s:
        stmt = select(AuditEntry).where(
            AuditEntry.entity == entity, AuditEntry.entity_id == entity_id
        )
        return list(s.scalars(stmt.order_by(AuditEntry.id)))


def last(db: Database, entity: str, entity_id: int) -> AuditEntry:
    found = entries(db, entity, entity_id)
    assert found, f"no audit entry for {entity} {entity_id}"
    return found[-1]


@dataclass
class World:
    """One of everything, written through the services."""

    org: int
    org2: int
    person: int
    agenda: int
    initiative: int
    participation: int
    bottleneck: int
    plan: int
    action: int
    indicator: int
    measurement: int
    meeting: int
    item: int
    attendance: int
    agreement: int


@pytest.fixture
def world(ws: Workspace) -> World:
    org = ws.actors.create_organization(OrganizationDraft(name="Cooperativa Alfa")).id
    org2 = ws.actors.create_organization(
        OrganizationDraft(name="Municipalidad Beta", actor_type=ActorType.PUBLIC)
    ).id
    person = ws.actors.create_person(PersonDraft(full_name="Rosa Tito", organization_id=org)).id
    agenda = ws.agendas.create_agenda(AgendaDraft(title="Agenda territorial")).id
    initiative = ws.initiatives.create_initiative(InitiativeDraft(name="Mesa del cacao")).id
    participation = (
        ws.initiatives.add_participants(
            initiative, [ParticipationDraft(initiative, org, person_id=person)]
        )
        .records[0]
        .id
    )
    bottleneck = ws.bottlenecks.create(
        BottleneckDraft(initiative, title="Trámites lentos", identified_on=date.today())
    ).id
    plan = ws.plans.create_plan(PlanDraft(title="Hoja de ruta", initiative_id=initiative)).id
    action = ws.plans.create_action(
        ActionDraft(plan, code="A1", title="Ventanilla única", responsible_id=org),
        [FundingLineDraft(FundingSource.MUNICIPAL, amount=Decimal("1000"))],
    ).id
    indicator = ws.indicators.create_indicator(IndicatorDraft(plan_id=plan, name="Trámites")).id
    measurement = ws.indicators.add_measurement(
        MeasurementDraft(indicator, date.today(), Decimal("3"))
    ).id
    meeting = ws.meetings.create(
        MeetingDraft(initiative_id=initiative, title="Primera sesión", starts_at=YESTERDAY)
    ).id
    item = ws.meetings.add_item(AgendaItemDraft(meeting, "Bienvenida")).id
    attendance = ws.attendance.invite(meeting, [Invitee(person, org)])[0].id
    agreement = ws.agreements.create(
        AgreementDraft(meeting, text="Enviar el padrón", responsible_person_id=person)
    ).id
    return World(
        org,
        org2,
        person,
        agenda,
        initiative,
        participation,
        bottleneck,
        plan,
        action,
        indicator,
        measurement,
        meeting,
        item,
        attendance,
        agreement,
    )


# --- one of each: create, update, delete ----------------------------------------------------


@dataclass(frozen=True)
class Case:
    entity: str
    key: str  # the World field
    update: Callable[[Workspace, World], Any]
    changed: tuple[str, Any, Any]  # field, old, new as stored in JSON
    delete: Callable[[Workspace, World], Any]


def _dissolve_meeting(ws: Workspace, w: World) -> None:
    ws.agreements.delete(w.agreement)
    ws.meetings.delete(w.meeting)


CASES = [
    Case(
        "organization",
        "org2",
        lambda ws, w: ws.actors.update_organization(
            w.org2, replace(ws.actors.organization(w.org2).draft, phone="555-0101")
        ),
        ("phone", None, "555-0101"),
        lambda ws, w: ws.actors.delete_organization(w.org2),
    ),
    Case(
        "person",
        "person",
        lambda ws, w: ws.actors.update_person(
            w.person, replace(ws.actors.person(w.person).draft, email="rosa@alfa.pe")
        ),
        ("email", None, "rosa@alfa.pe"),
        lambda ws, w: (
            ws.agreements.delete(w.agreement),
            ws.attendance.uninvite([w.attendance]),
            ws.initiatives.delete_participation(w.participation),
            ws.actors.delete_person(w.person),
        ),
    ),
    Case(
        "agenda",
        "agenda",
        lambda ws, w: ws.agendas.update_agenda(
            w.agenda, replace(ws.agendas.agenda(w.agenda).draft, vision="Cacao fino")
        ),
        ("vision", None, "Cacao fino"),
        lambda ws, w: ws.agendas.delete_agenda(w.agenda),
    ),
    Case(
        "initiative",
        "initiative",
        lambda ws, w: ws.initiatives.update_initiative(
            w.initiative,
            replace(ws.initiatives.initiative(w.initiative).draft, status=InitiativeStatus.ACTIVE),
        ),
        ("status", "proposed", "active"),
        None,  # see test_initiative_delete
    ),
    Case(
        "participation",
        "participation",
        lambda ws, w: ws.initiatives.update_participation(
            w.participation,
            replace(
                ws.initiatives.participation(w.participation).draft,
                representation=Representation.ALTERNATE,
            ),
        ),
        ("representation", "titular", "alternate"),
        lambda ws, w: ws.initiatives.delete_participation(w.participation),
    ),
    Case(
        "bottleneck",
        "bottleneck",
        lambda ws, w: ws.bottlenecks.update(
            w.bottleneck,
            replace(ws.bottlenecks.bottleneck(w.bottleneck).draft, title="Trámites muy lentos"),
        ),
        ("title", "Trámites lentos", "Trámites muy lentos"),
        lambda ws, w: ws.bottlenecks.delete(w.bottleneck),
    ),
    Case(
        "action_plan",
        "plan",
        lambda ws, w: ws.plans.update_plan(
            w.plan, replace(ws.plans.plan(w.plan).draft, title="Hoja de ruta 2025")
        ),
        ("title", "Hoja de ruta", "Hoja de ruta 2025"),
        lambda ws, w: (
            ws.indicators.delete_measurement(w.measurement),
            ws.indicators.delete_indicator(w.indicator),
            ws.plans.delete_action(w.action),
            ws.plans.delete_plan(w.plan),
        ),
    ),
    Case(
        "action",
        "action",
        lambda ws, w: ws.plans.set_action_fields(w.action, progress_pct=40),
        ("progress_pct", 0, 40),
        lambda ws, w: ws.plans.delete_action(w.action),
    ),
    Case(
        "indicator",
        "indicator",
        lambda ws, w: ws.indicators.update_indicator(
            w.indicator, replace(ws.indicators.indicator(w.indicator).draft, unit="días")
        ),
        ("unit", None, "días"),
        lambda ws, w: (
            ws.indicators.delete_measurement(w.measurement),
            ws.indicators.delete_indicator(w.indicator),
        ),
    ),
    Case(
        "measurement",
        "measurement",
        lambda ws, w: ws.indicators.update_measurement(
            w.measurement,
            replace(ws.indicators.measurement(w.measurement).draft, source="SUNAT"),
        ),
        ("source", None, "SUNAT"),
        lambda ws, w: ws.indicators.delete_measurement(w.measurement),
    ),
    Case(
        "meeting",
        "meeting",
        lambda ws, w: ws.meetings.update(
            w.meeting, replace(ws.meetings.meeting(w.meeting).draft, place="Local comunal")
        ),
        ("place", None, "Local comunal"),
        _dissolve_meeting,
    ),
    Case(
        "agenda_item",
        "item",
        lambda ws, w: ws.meetings.update_item(
            w.item, replace(ws.meetings.agenda_item(w.item).draft, title="Bienvenida y quórum")
        ),
        ("title", "Bienvenida", "Bienvenida y quórum"),
        lambda ws, w: ws.meetings.delete_item(w.item),
    ),
    Case(
        "attendance",
        "attendance",
        lambda ws, w: ws.attendance.update(
            w.attendance,
            replace(
                ws.attendance.attendance_of(w.meeting)[0].draft,
                representation=Representation.ALTERNATE,
            ),
        ),
        ("representation", "titular", "alternate"),
        lambda ws, w: ws.attendance.uninvite([w.attendance]),
    ),
    Case(
        "agreement",
        "agreement",
        lambda ws, w: ws.agreements.update(
            w.agreement,
            replace(ws.agreements.agreement(w.agreement).draft, text="Enviar el padrón al día"),
        ),
        ("text", "Enviar el padrón", "Enviar el padrón al día"),
        lambda ws, w: ws.agreements.delete(w.agreement),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.entity for c in CASES])
def test_create_update_delete_are_audited(
    case: Case, ws: Workspace, world: World, database: Database, user: User
) -> None:
    row_id = getattr(world, case.key)
    created = entries(database, case.entity, row_id)[0]
    assert created.action is AuditAction.CREATE
    assert created.user == "Ana Quispe"
    assert abs(created.at - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)
    assert created.changes, "a create lists the values it wrote"
    assert all(old in (None, []) for old, _new in created.changes.values())

    user.name = "Luis Rojas"  # Settings changed: the next write says so
    case.update(ws, world)
    updated = last(database, case.entity, row_id)
    field, old, new = case.changed
    assert updated.action is AuditAction.UPDATE
    assert updated.user == "Luis Rojas"
    assert updated.changes[field] == [old, new]

    if case.delete is None:
        return
    user.name = "Eva Díaz"
    case.delete(ws, world)
    deleted = last(database, case.entity, row_id)
    assert deleted.action is AuditAction.DELETE
    assert deleted.user == "Eva Díaz"
    assert deleted.changes[field][0] == new, "a delete keeps the values it removed"
    assert all(after in (None, []) for _old, after in deleted.changes.values())


def test_initiative_delete(ws: Workspace, database: Database) -> None:
    initiative = ws.initiatives.create_initiative(InitiativeDraft(name="Mesa suelta")).id
    ws.initiatives.delete_initiative(initiative)
    deleted = last(database, "initiative", initiative)
    assert deleted.action is AuditAction.DELETE
    assert deleted.changes["name"] == ["Mesa suelta", None]


def test_goals_and_priorities_with_the_ones_that_move(ws: Workspace, database: Database) -> None:
    agenda = ws.agendas.create_agenda(AgendaDraft(title="Agenda")).id
    first, second, third = (
        ws.agendas.add_goal(agenda, GoalKind.STRATEGIC, text).id for text in ("Uno", "Dos", "Tres")
    )
    ws.agendas.update_goal(second, "Dos bis")
    assert last(database, "goal", second).changes == {"statement": ["Dos", "Dos bis"]}
    record = ws.agendas.delete_goal(first)
    assert last(database, "goal", first).action is AuditAction.DELETE
    # The goals after it moved up: a gap filled in the trail too.
    assert last(database, "goal", second).changes == {"position": [2, 1]}
    assert last(database, "goal", third).changes == {"position": [3, 2]}
    ws.agendas.restore_goal(record)
    assert last(database, "goal", second).changes == {"position": [1, 2]}

    p1, p2 = (ws.agendas.add_priority(agenda, name).id for name in ("Cacao", "Café"))
    ws.agendas.rename_priority(p2, "Café especial")
    assert last(database, "agenda_priority", p2).changes == {"name": ["Café", "Café especial"]}
    ws.agendas.delete_priority(p1)
    assert last(database, "agenda_priority", p1).action is AuditAction.DELETE
    assert last(database, "agenda_priority", p2).changes == {"position": [2, 1]}


def test_deleting_a_meeting_audits_its_agenda_and_attendance(
    ws: Workspace, world: World, database: Database
) -> None:
    ws.agreements.delete(world.agreement)
    deleted = ws.meetings.delete(world.meeting)
    item = last(database, "agenda_item", world.item)
    assert item.action is AuditAction.DELETE
    assert item.changes["title"] == ["Bienvenida", None]
    assert item.changes["meeting_id"] == [world.meeting, None]
    row = last(database, "attendance", world.attendance)
    assert row.action is AuditAction.DELETE
    assert row.changes["person_id"] == [world.person, None]

    ws.meetings.restore(deleted)
    assert last(database, "agenda_item", world.item).action is AuditAction.CREATE
    assert last(database, "attendance", world.attendance).changes["person_id"] == [
        None,
        world.person,
    ]


def test_every_update_entry_holds_old_and_new(ws: Workspace, world: World, database: Database):
    for case in CASES:
        case.update(ws, world)
    with database.uow() as s:
        rows = list(s.scalars(select(AuditEntry)))
    assert rows
    for row in rows:
        assert row.user == "Ana Quispe"
        for field, pair in row.changes.items():
            assert isinstance(pair, list) and len(pair) == 2, (row.entity, field, pair)


# --- reading it back -------------------------------------------------------------------------


def test_history_is_typed_and_names_what_it_points_at(
    ws: Workspace, world: World, user: User
) -> None:
    user.name = "Luis Rojas"
    ws.plans.update_action(
        world.action,
        replace(ws.plans.action(world.action).draft, responsible_id=world.org2),
        [FundingLineDraft(FundingSource.MUNICIPAL, amount=Decimal("1500"))],
    )
    history = ws.history.history("action", world.action)
    assert [h.action for h in history] == [AuditAction.UPDATE, AuditAction.CREATE]
    newest = history[0]
    assert newest.user == "Luis Rojas"
    changes = {c.field: c for c in newest.changes}
    assert changes["responsible_id"].old == RefValue(world.org, "Cooperativa Alfa")
    assert changes["responsible_id"].new == RefValue(world.org2, "Municipalidad Beta")
    assert changes["funding"].new[0]["amount"] == Decimal("1500")
    created = {c.field: c for c in history[1].changes}
    assert created["status"].new == "not_started"  # an enumeration member (a StrEnum)
    assert type(created["status"].new).__name__ == "ActionStatus"


def test_a_meetings_history_holds_its_agenda_attendance_and_agreements(
    ws: Workspace, world: World
) -> None:
    ws.meetings.delete_item(world.item)  # gone, still in the history
    history = ws.history.history("meeting", world.meeting)
    kinds = {(h.entity, h.action) for h in history}
    assert ("meeting", AuditAction.CREATE) in kinds
    assert ("agenda_item", AuditAction.DELETE) in kinds
    assert ("attendance", AuditAction.CREATE) in kinds
    assert ("agreement", AuditAction.CREATE) in kinds
    subjects = {h.entity: h.subject for h in history if h.entity != "meeting"}
    assert subjects["agenda_item"] == "Bienvenida"
    assert subjects["attendance"] == "Rosa Tito · Cooperativa Alfa"
    assert subjects["agreement"] == "1. Enviar el padrón"
    assert all(history[i].at >= history[i + 1].at for i in range(len(history) - 1))


def test_changes_after_the_minutes_were_approved(ws: Workspace, world: World) -> None:
    m = world.meeting
    assert ws.history.changes_after_approval(m) is None
    ws.meetings.change_status(m, MeetingStatus.HELD)
    ws.meetings.change_status(m, MeetingStatus.MINUTES_APPROVED)
    found = ws.history.changes_after_approval(m)
    assert found is not None and found.count == 0
    # Follow-up of an agreement is not a change of the minutes.
    ws.agreements.mark_done([world.agreement], date.today())
    assert ws.history.changes_after_approval(m).count == 0
    # Reopening, correcting the agenda and approving again are.
    ws.meetings.change_status(m, MeetingStatus.HELD, "Faltaba un punto")
    item = ws.meetings.agenda_item(world.item)
    ws.meetings.update_item(world.item, replace(item.draft, title="Bienvenida y quórum"))
    ws.meetings.change_status(m, MeetingStatus.MINUTES_APPROVED)
    found = ws.history.changes_after_approval(m)
    assert found.count == 3
    reasons = [
        c.new for h in ws.history.history("meeting", m) for c in h.changes if c.field == "reason"
    ]
    assert reasons == ["Faltaba un punto"]


def test_records_an_import_created_show_the_batch(
    ws: Workspace, database: Database, tmp_path: Any
) -> None:
    from openpyxl import Workbook

    from agencydesk.domain.importing.kinds import ImportKind

    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Tipo de actor"])
    sheet.append(["Asociación Gamma", "Privado"])
    path = tmp_path / "actores.xlsx"
    book.save(path)
    book.close()
    ws.importing.import_file(path, ImportKind.ORGANIZATIONS)
    [org] = [
        o
        for o in ws.actors.organizations(ws.actors.organization_ids(ListQuery()))
        if o.name == "Asociación Gamma"
    ]
    history = ws.history.history("organization", org.id)
    assert [(h.action, h.import_file, h.user) for h in history] == [
        (AuditAction.CREATE, "actores.xlsx", "Ana Quispe")
    ]
