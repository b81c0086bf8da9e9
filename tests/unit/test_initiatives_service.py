"""Initiatives and their participants through InitiativesService (demo data and empty database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from agencydesk.data.models import AuditEntry, Participation
from agencydesk.domain.enums import (
    ActorType,
    AuditAction,
    Gender,
    GovernmentLevel,
    InitiativeFocus,
    InitiativeKind,
    InitiativeStatus,
    ParticipationRole,
    Representation,
)
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.initiatives import InitiativeDraft, ParticipationDraft
from agencydesk.domain.records import ListQuery, OrganizationDraft, PersonDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.initiatives import InitiativesService

MEF = "Mesa Ejecutiva Forestal de Ucayali"


@pytest.fixture
def demo(demo_database: Database) -> InitiativesService:
    return InitiativesService(demo_database.uow, lambda: "tester")


@pytest.fixture
def service(database: Database) -> InitiativesService:
    return InitiativesService(database.uow, lambda: "tester")


def _names(service: InitiativesService, query: ListQuery) -> list[str]:
    return [r.name for r in service.initiatives(service.initiative_ids(query))]


def _mef(service: InitiativesService) -> int:
    ids = service.initiative_ids(ListQuery(text=MEF))
    assert [r.name for r in service.initiatives(ids)] == [MEF]
    return ids[0]


def _audit(database: Database, entity: str) -> list[tuple[str | None, int, AuditAction, dict]]:
    with database.uow() as s:
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [(a.user, a.entity_id, a.action, a.changes) for a in rows]


def _org_id(actors: ActorsService, name: str) -> int:
    ids = actors.organization_ids(ListQuery(text=name))
    matches = [o for o in actors.organizations(ids) if o.name == name]
    assert len(matches) == 1, name
    return matches[0].id


# --- the list: filters, search, sort ---------------------------------------------------------


def test_list_in_name_order_with_counts(demo: InitiativesService) -> None:
    records = demo.initiatives(demo.initiative_ids(ListQuery()))
    assert [r.name for r in records] == [
        "Cadena de valor del café del Soconusco",
        "Clúster de la Madera de Los Ríos",
        MEF,
        "Programa de desarrollo de proveedores lácteos del Ranco",
        "Red empresarial acuícola de Mazatán",
        "Sistema productivo local del cacao de Padre Abad",
    ]
    mef = next(r for r in records if r.name == MEF)
    assert mef.draft.kind is InitiativeKind.EXECUTIVE_TABLE
    assert mef.draft.focus is InitiativeFocus.SECTOR
    assert mef.territory_name == "Ucayali"
    assert mef.agenda_title and mef.agenda_title.startswith("Agenda Regional de Desarrollo")
    assert mef.convener_name == "Ministerio de la Producción"
    assert mef.coordinator_name == "Ana Lucía Bendezú Herrera"
    # 16 organizations took part; the civil-society observer left: 14 take part today.
    assert mef.participants_count == 14
    assert mef.open_bottlenecks == 4


def test_filters(demo: InitiativesService) -> None:
    assert _names(demo, ListQuery(filters={"kind": InitiativeKind.EXECUTIVE_TABLE})) == [MEF]
    assert _names(demo, ListQuery(filters={"status": "paused"})) == [
        "Red empresarial acuícola de Mazatán"
    ]
    assert len(_names(demo, ListQuery(filters={"status": InitiativeStatus.ACTIVE}))) == 4
    mef = demo.initiative(_mef(demo))
    by_agenda = _names(demo, ListQuery(filters={"agenda_id": mef.draft.agenda_id}))
    assert by_agenda == [MEF, "Sistema productivo local del cacao de Padre Abad"]
    # The region of Ucayali includes the province of Padre Abad.
    by_territory = _names(demo, ListQuery(filters={"territory_id": mef.draft.territory_id}))
    assert by_territory == [MEF, "Sistema productivo local del cacao de Padre Abad"]
    both = ListQuery(filters={"territory_id": mef.draft.territory_id, "kind": "local_productive"})
    assert _names(demo, both) == ["Sistema productivo local del cacao de Padre Abad"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cafe", ["Cadena de valor del café del Soconusco"]),
        ("CLUSTER", ["Clúster de la Madera de Los Ríos"]),
        ("lácteos ranco", ["Programa de desarrollo de proveedores lácteos del Ranco"]),
        # The sector matches too: the MEF's is "Forestal / madera".
        ("madera", ["Clúster de la Madera de Los Ríos", MEF]),
        ("acuicultura", ["Red empresarial acuícola de Mazatán"]),
        ("nothing like this", []),
    ],
)
def test_accent_insensitive_search(
    demo: InitiativesService, typed: str, expected: list[str]
) -> None:
    assert _names(demo, ListQuery(text=typed)) == expected


def test_sort_by_counts_and_empty_values_last(demo: InitiativesService) -> None:
    by_participants = demo.initiatives(
        demo.initiative_ids(ListQuery(sort="participants", descending=True))
    )
    counts = [r.participants_count for r in by_participants]
    assert counts == sorted(counts, reverse=True)
    demo.create_initiative(InitiativeDraft("Aaa sin agenda"))
    for descending in (False, True):
        names = _names(demo, ListQuery(sort="agenda", descending=descending))
        assert names[-1] == "Aaa sin agenda"


def test_initiative_choices(demo: InitiativesService) -> None:
    choices = demo.initiative_choices()
    assert len(choices) == 6
    assert choices[2].name == MEF
    assert choices[2].detail == "executive_table"


# --- create, edit, delete --------------------------------------------------------------------


def test_create_and_edit_focus_only_for_executive_tables(
    service: InitiativesService, database: Database
) -> None:
    created = service.create_initiative(
        InitiativeDraft(
            "  Mesa Ejecutiva del Cacao ",
            InitiativeKind.EXECUTIVE_TABLE,
            InitiativeFocus.FACTOR,
            sector="  ",
            status=InitiativeStatus.ACTIVE,
            started_on=date(2025, 3, 4),
        )
    )
    assert created.name == "Mesa Ejecutiva del Cacao"
    assert created.draft.focus is InitiativeFocus.FACTOR
    assert created.draft.sector is None
    assert created.participants_count == 0
    edited = service.update_initiative(
        created.id, InitiativeDraft(created.name, InitiativeKind.CLUSTER, InitiativeFocus.FACTOR)
    )
    assert edited.draft.kind is InitiativeKind.CLUSTER
    assert edited.draft.focus is None  # a cluster has no focus
    assert edited.uuid == created.uuid
    trail = _audit(database, "initiative")
    assert [(a[0], a[1], a[2]) for a in trail] == [
        ("tester", created.id, AuditAction.CREATE),
        ("tester", created.id, AuditAction.UPDATE),
    ]
    assert trail[1][3]["focus"] == ["factor", None]
    assert trail[1][3]["kind"] == ["executive_table", "cluster"]


def test_name_is_required(service: InitiativesService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create_initiative(InitiativeDraft("   "))
    assert caught.value.fields == {"name": "required"}
    assert service.initiative_ids(ListQuery()) == []


def test_unknown_convener_is_refused(service: InitiativesService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create_initiative(InitiativeDraft("Mesa", convener_id=999))
    assert caught.value.fields == {"convener_id": "not_found"}


def test_delete_refused_while_used(demo: InitiativesService) -> None:
    mef_id = _mef(demo)
    with pytest.raises(InUseError) as caught:
        demo.delete_initiative(mef_id)
    assert caught.value.usages == {
        "participations": 19,
        "bottlenecks": 7,
        "action_plans": 1,
        "meetings": 3,
    }
    assert caught.value.params["name"] == MEF
    assert demo.initiative(mef_id).name == MEF


def test_delete_and_restore(service: InitiativesService, database: Database) -> None:
    created = service.create_initiative(InitiativeDraft("Red de proveedores"))
    deleted = service.delete_initiative(created.id)
    with pytest.raises(UserError) as caught:
        service.initiative(created.id)
    assert caught.value.code == "not_found"
    restored = service.restore_initiative(deleted)
    assert (restored.id, restored.uuid, restored.draft) == (
        created.id,
        created.uuid,
        created.draft,
    )
    actions = [a[2] for a in _audit(database, "initiative")]
    assert actions == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.CREATE]


# --- participants ----------------------------------------------------------------------------


def test_counts_by_actor_type_level_and_gender(demo: InitiativesService) -> None:
    counts = demo.participant_counts(_mef(demo))
    assert counts.organizations == 14
    assert counts.people == 17
    assert counts.by_actor_type == {
        ActorType.PUBLIC: 7,
        ActorType.PRIVATE: 4,
        ActorType.ACADEMIA: 1,
        ActorType.CIVIL_SOCIETY: 1,
        ActorType.INTERNATIONAL: 1,
    }
    assert counts.by_government_level == {
        GovernmentLevel.NATIONAL: 4,
        GovernmentLevel.REGIONAL: 2,
        GovernmentLevel.LOCAL: 1,
    }
    assert sum(counts.by_gender.values()) == 17
    assert counts.by_gender[Gender.FEMALE] == 8


def test_participations_keep_former_participants(demo: InitiativesService) -> None:
    mef_id = _mef(demo)
    everyone = demo.participations_of(mef_id)
    current = demo.participations_of(mef_id, include_past=False)
    assert len(everyone) == 19
    assert len(current) == 17
    former = [r for r in everyone if not r.active]
    assert {r.person_name for r in former} == {"Martín Vela Gonzales", "Raúl Huamán Ccori"}
    assert all(r.draft.until is not None for r in former)
    # By organization; within SERFOR the current member comes before the one who left.
    serfor = [r for r in everyone if r.organization_name.startswith("Servicio Nacional Forestal")]
    assert [r.active for r in serfor] == [True, False]


def test_add_two_participants_at_once(demo: InitiativesService, demo_database: Database) -> None:
    actors = ActorsService(demo_database.uow, lambda: "tester")
    mef_id = _mef(demo)
    yarina = _org_id(actors, "Municipalidad Distrital de Yarinacocha")
    iiap = _org_id(actors, "Instituto de Investigaciones de la Amazonía Peruana — Sede Ucayali")
    person = actors.people_of(iiap)[0]
    before = demo.participant_counts(mef_id)
    added = demo.add_participants(
        mef_id,
        [
            ParticipationDraft(mef_id, yarina, since=date(2026, 1, 5)),
            ParticipationDraft(
                mef_id,
                iiap,
                person.id,
                ParticipationRole.OBSERVER,
                Representation.ALTERNATE,
                since=date(2026, 1, 5),
            ),
        ],
    )
    assert added.skipped == 0
    assert [(r.organization_name, r.person_name, r.draft.role) for r in added.records] == [
        ("Municipalidad Distrital de Yarinacocha", None, ParticipationRole.MEMBER),
        (
            "Instituto de Investigaciones de la Amazonía Peruana — Sede Ucayali",
            person.full_name,
            ParticipationRole.OBSERVER,
        ),
    ]
    after = demo.participant_counts(mef_id)
    assert after.organizations == before.organizations + 2
    assert after.by_actor_type[ActorType.PUBLIC] == before.by_actor_type[ActorType.PUBLIC] + 2
    assert demo.initiative(mef_id).participants_count == 16
    created = [a for a in _audit(demo_database, "participation") if a[2] is AuditAction.CREATE]
    assert len(created) == 2

    # The same organization and person in the same role again: skipped, not doubled.
    again = demo.add_participants(
        mef_id,
        [
            ParticipationDraft(mef_id, yarina),
            ParticipationDraft(mef_id, yarina, role=ParticipationRole.FUNDER),
            ParticipationDraft(mef_id, yarina, role=ParticipationRole.FUNDER),
        ],
    )
    assert again.skipped == 2
    assert [r.draft.role for r in again.records] == [ParticipationRole.FUNDER]

    # Undo of the first add: both rows go in one call, and come back with their ids.
    ids = [r.id for r in added.records]
    removed = demo.delete_participations(ids)
    assert demo.participant_counts(mef_id).organizations == before.organizations + 1
    restored = demo.restore_participations(removed)
    assert sorted(r.id for r in restored) == sorted(ids)
    assert {r.uuid for r in restored} == {r.uuid for r in added.records}


def test_add_is_all_or_nothing(demo: InitiativesService) -> None:
    mef_id = _mef(demo)
    before = len(demo.participations_of(mef_id))
    with pytest.raises(ValidationError):
        demo.add_participants(
            mef_id,
            [ParticipationDraft(mef_id, 1), ParticipationDraft(mef_id, 99_999)],
        )
    assert len(demo.participations_of(mef_id)) == before


def test_end_participation_keeps_history(demo: InitiativesService, demo_database: Database) -> None:
    mef_id = _mef(demo)
    unu = next(
        r
        for r in demo.participations_of(mef_id)
        if r.organization_name == "Universidad Nacional de Ucayali"
    )
    assert unu.active
    ended = demo.end_participation(unu.id, date.today())
    assert not ended.active
    assert ended.draft.until == date.today()
    assert ended.id == unu.id
    assert unu.id in [r.id for r in demo.participations_of(mef_id)]
    assert unu.id not in [r.id for r in demo.participations_of(mef_id, include_past=False)]
    counts = demo.participant_counts(mef_id)
    assert counts.organizations == 13
    assert ActorType.ACADEMIA not in counts.by_actor_type
    assert demo.initiative(mef_id).participants_count == 13
    update = _audit(demo_database, "participation")[-1]
    assert update[2] is AuditAction.UPDATE
    assert update[3] == {"until": [None, date.today().isoformat()]}
    # Undo: the previous draft goes back.
    demo.update_participation(unu.id, unu.draft)
    assert demo.participation(unu.id).active


def test_end_before_start_is_refused(demo: InitiativesService) -> None:
    row = demo.participations_of(_mef(demo))[1]
    assert row.draft.since is not None
    with pytest.raises(ValidationError) as caught:
        demo.end_participation(row.id, row.draft.since - timedelta(days=1))
    assert caught.value.fields == {"until": "end_before_start"}


def test_update_participation_keeps_its_initiative(demo: InitiativesService) -> None:
    mef_id = _mef(demo)
    row = demo.participations_of(mef_id)[1]
    other = demo.initiative_ids(ListQuery(text="cafe"))[0]
    draft = ParticipationDraft(
        other, row.draft.organization_id, None, ParticipationRole.FUNDER, since=row.draft.since
    )
    updated = demo.update_participation(row.id, draft)
    assert updated.draft.initiative_id == mef_id
    assert updated.draft.role is ParticipationRole.FUNDER
    assert updated.person_name is None


def test_delete_and_restore_a_mistaken_row(service: InitiativesService, database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    org = actors.create_organization(OrganizationDraft("Cooperativa Agraria Cafetalera"))
    person = actors.create_person(PersonDraft("Rosa Quispe", organization_id=org.id))
    mef = service.create_initiative(InitiativeDraft("Mesa del café"))
    row = service.add_participants(mef.id, [ParticipationDraft(mef.id, org.id, person.id)])
    record = row.records[0]
    assert service.initiative_usages(mef.id) == {"participations": 1}
    deleted = service.delete_participation(record.id)
    assert service.participations_of(mef.id) == []
    with database.uow() as s:
        assert s.get(Participation, record.id) is None
    # The person was deleted meanwhile: the row comes back without them.
    actors.delete_person(person.id)
    restored = service.restore_participation(deleted)
    assert (restored.id, restored.uuid) == (record.id, record.uuid)
    assert restored.draft.person_id is None
    actions = [a[2] for a in _audit(database, "participation")]
    assert actions == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.CREATE]


def test_adding_to_a_deleted_initiative_is_not_found(service: InitiativesService) -> None:
    gone = service.delete_initiative(service.create_initiative(InitiativeDraft("Temporal")).id)
    with pytest.raises(UserError) as caught:
        service.add_participants(gone.id, [])
    assert caught.value.code == "not_found"
