"""The actors directory through ActorsService: writes, audit, deletion rules, search, lists."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, text

from agencydesk.data import search
from agencydesk.data.models import (
    AuditEntry,
    Initiative,
    Meeting,
    Organization,
    Participation,
    Person,
    Territory,
)
from agencydesk.data.models.meetings import Attendance
from agencydesk.domain.enums import (
    ActorType,
    AuditAction,
    GovernmentLevel,
    InitiativeKind,
    ParticipationRole,
    TerritoryLevel,
)
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.records import (
    ListQuery,
    NamedRef,
    OrganizationDraft,
    OrganizationRecord,
    PersonDraft,
)
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database

TEST_USER = "tester"  # the user of the ``actors`` fixture (tests/conftest.py)


def _org(actors: ActorsService, name: str, **fields: object) -> OrganizationRecord:
    fields.setdefault("actor_type", ActorType.PRIVATE)
    return actors.create_organization(OrganizationDraft(name=name, **fields))  # type: ignore[arg-type]


def _names(actors: ActorsService, query: ListQuery) -> list[str]:
    return [o.name for o in actors.organizations(actors.organization_ids(query))]


def _people_names(actors: ActorsService, query: ListQuery) -> list[str]:
    return [p.full_name for p in actors.people(actors.person_ids(query))]


def _audit(database: Database) -> list[tuple[str | None, str, int, AuditAction, dict]]:
    with database.uow() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.user, a.entity, a.entity_id, a.action, a.changes) for a in rows]


def _initiative(database: Database, name: str = "Mesa del café") -> int:
    with database.uow() as session:
        ini = Initiative(name=name, kind=InitiativeKind.VALUE_CHAIN)
        session.add(ini)
        session.flush()
        return ini.id


# --- organizations: create, update, delete, restore ------------------------------------------


def test_create_organization_returns_the_stored_record(actors: ActorsService) -> None:
    record = _org(
        actors,
        "  Cooperativa Agraria Cafetalera  ",
        short_name="CAC",
        actor_type=ActorType.PRIVATE,
        government_level=GovernmentLevel.LOCAL,
        members_count=120,
        registered_on=date(2010, 3, 4),
        email="info@cac.pe",
    )
    assert record.id > 0
    assert len(record.uuid) == 36
    assert record.name == "Cooperativa Agraria Cafetalera"
    assert record.draft.government_level is None  # not a public actor
    assert record.draft.members_count == 120
    assert record.draft.registered_on == date(2010, 3, 4)
    assert record.people_count == 0
    assert record.created_at is not None
    assert record.updated_at is not None
    assert actors.organization(record.id) == record


def test_create_writes_an_audit_entry_with_the_user(
    actors: ActorsService, database: Database
) -> None:
    record = _org(actors, "Municipalidad de Cusco", actor_type=ActorType.PUBLIC)
    assert _audit(database) == [
        (
            TEST_USER,
            "organization",
            record.id,
            AuditAction.CREATE,
            {"name": [None, "Municipalidad de Cusco"], "actor_type": [None, "public"]},
        )
    ]


def test_audit_records_who_is_working_at_the_time(database: Database) -> None:
    user = ["ana"]
    service = ActorsService(database.uow, lambda: user[0])
    _org(service, "Uno")
    user[0] = "beto"
    _org(service, "Dos")
    assert [entry[0] for entry in _audit(database)] == ["ana", "beto"]


def test_invalid_organization_is_not_written(actors: ActorsService, database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _org(actors, "   ", email="bad")
    assert caught.value.fields == {"name": "required", "email": "bad_email"}
    assert actors.organization_ids(ListQuery()) == []
    assert _audit(database) == []


def test_update_organization(actors: ActorsService, database: Database) -> None:
    created = _org(actors, "Camara de Comercio", sector="Comercio")
    updated = actors.update_organization(
        created.id,
        OrganizationDraft(name="Cámara de Comercio de Lima", actor_type=ActorType.PRIVATE),
    )
    assert updated.id == created.id
    assert updated.uuid == created.uuid
    assert updated.created_at == created.created_at
    assert updated.updated_at is not None and created.updated_at is not None
    assert updated.updated_at >= created.updated_at
    assert updated.name == "Cámara de Comercio de Lima"
    assert updated.draft.sector is None
    last = _audit(database)[-1]
    assert last == (
        TEST_USER,
        "organization",
        created.id,
        AuditAction.UPDATE,
        {
            "name": ["Camara de Comercio", "Cámara de Comercio de Lima"],
            "sector": ["Comercio", None],
        },
    )


def test_update_without_changes_writes_no_audit_entry(
    actors: ActorsService, database: Database
) -> None:
    created = _org(actors, "Sin cambios")
    actors.update_organization(created.id, created.draft)
    assert [e[3] for e in _audit(database)] == [AuditAction.CREATE]


def test_update_missing_organization_is_not_found(actors: ActorsService) -> None:
    with pytest.raises(UserError) as caught:
        actors.update_organization(999, OrganizationDraft(name="X"))
    assert caught.value.code == "not_found"
    assert caught.value.params == {"entity": "organization"}


def test_delete_and_restore_organization(actors: ActorsService, database: Database) -> None:
    created = _org(actors, "Asociación de Artesanos", short_name="ADA")
    deleted = actors.delete_organization(created.id)
    assert deleted == created
    with pytest.raises(UserError) as caught:
        actors.organization(created.id)
    assert caught.value.code == "not_found"
    assert actors.organization_ids(ListQuery(text="artesanos")) == []

    restored = actors.restore_organization(deleted)
    assert (restored.id, restored.uuid, restored.created_at) == (
        created.id,
        created.uuid,
        created.created_at,
    )
    assert restored.draft == created.draft
    assert actors.organization_ids(ListQuery(text="artesanos")) == [created.id]
    assert [(e[2], e[3]) for e in _audit(database)] == [
        (created.id, AuditAction.CREATE),
        (created.id, AuditAction.DELETE),
        (created.id, AuditAction.CREATE),
    ]
    assert _audit(database)[1][4] == {
        "name": ["Asociación de Artesanos", None],
        "short_name": ["ADA", None],
        "actor_type": ["private", None],
    }


def test_delete_missing_organization_is_not_found(actors: ActorsService) -> None:
    with pytest.raises(UserError) as caught:
        actors.delete_organization(12345)
    assert caught.value.code == "not_found"


def test_delete_refused_while_a_person_belongs(actors: ActorsService, database: Database) -> None:
    org = _org(actors, "Municipalidad de Pisac", actor_type=ActorType.PUBLIC)
    person = actors.create_person(PersonDraft(full_name="Rosa Quispe", organization_id=org.id))
    assert actors.organization(org.id).people_count == 1

    with pytest.raises(InUseError) as caught:
        actors.delete_organization(org.id)
    assert caught.value.usages == {"people": 1}
    assert caught.value.params["name"] == "Municipalidad de Pisac"
    assert str(caught.value) == "Municipalidad de Pisac cannot be deleted: it is used by 1 people."
    assert actors.organization(org.id) == actors.organizations([org.id])[0]
    assert AuditAction.DELETE not in [e[3] for e in _audit(database)]

    actors.delete_person(person.id)
    actors.delete_organization(org.id)
    assert actors.organizations([org.id]) == []


def test_delete_refused_while_a_participation_refers(
    actors: ActorsService, database: Database
) -> None:
    org = _org(actors, "Universidad Nacional", actor_type=ActorType.ACADEMIA)
    ini_id = _initiative(database)
    with database.uow() as session:
        session.add(
            Participation(
                initiative_id=ini_id, organization_id=org.id, role=ParticipationRole.MEMBER
            )
        )
    actors.create_person(PersonDraft(full_name="Luis Mamani", organization_id=org.id))
    assert actors.organization_usages(org.id) == {"participations": 1, "people": 1}
    with pytest.raises(InUseError) as caught:
        actors.delete_organization(org.id)
    assert caught.value.usages == {"participations": 1, "people": 1}


# --- people ----------------------------------------------------------------------------------


def test_person_lifecycle(actors: ActorsService, database: Database) -> None:
    org = _org(actors, "ONG Ayni", actor_type=ActorType.CIVIL_SOCIETY)
    person = actors.create_person(
        PersonDraft(
            full_name=" José Núñez ",
            national_id="00123456",
            organization_id=org.id,
            email="jose@ayni.org",
        )
    )
    assert person.full_name == "José Núñez"
    assert person.draft.national_id == "00123456"
    assert person.organization_name == "ONG Ayni"

    moved = actors.update_person(
        person.id, PersonDraft(full_name="José Núñez", national_id="00123456")
    )
    assert moved.organization_name is None
    assert moved.draft.email is None

    deleted = actors.delete_person(person.id)
    with pytest.raises(UserError):
        actors.person(person.id)
    restored = actors.restore_person(deleted)
    assert (restored.id, restored.uuid, restored.draft) == (person.id, person.uuid, moved.draft)
    assert [(e[1], e[3]) for e in _audit(database)] == [
        ("organization", AuditAction.CREATE),
        ("person", AuditAction.CREATE),
        ("person", AuditAction.UPDATE),
        ("person", AuditAction.DELETE),
        ("person", AuditAction.CREATE),
    ]
    assert all(e[0] == TEST_USER for e in _audit(database))


def test_restore_person_whose_organization_is_gone(actors: ActorsService) -> None:
    org = _org(actors, "Efímera SAC")
    person = actors.create_person(PersonDraft(full_name="Ana Torres", organization_id=org.id))
    deleted = actors.delete_person(person.id)
    actors.delete_organization(org.id)
    restored = actors.restore_person(deleted)
    assert restored.draft.organization_id is None
    assert restored.full_name == "Ana Torres"


def test_person_with_unknown_organization_is_refused(actors: ActorsService) -> None:
    with pytest.raises(ValidationError) as caught:
        actors.create_person(PersonDraft(full_name="Ana", organization_id=777))
    assert caught.value.fields == {"organization_id": "not_found"}
    assert actors.person_ids(ListQuery()) == []


def test_person_delete_refused_while_attending_a_meeting(
    actors: ActorsService, database: Database
) -> None:
    person = actors.create_person(PersonDraft(full_name="Carla Rojas"))
    with database.uow() as session:
        meeting = Meeting(title="Sesión 1", starts_at=date(2025, 3, 4))
        session.add(meeting)
        session.flush()
        session.add(Attendance(meeting_id=meeting.id, person_id=person.id))
    with pytest.raises(InUseError) as caught:
        actors.delete_person(person.id)
    assert caught.value.usages == {"attendances": 1}
    assert caught.value.params["entity"] == "person"


def test_consent_without_purpose_is_refused_by_the_service(actors: ActorsService) -> None:
    with pytest.raises(ValidationError) as caught:
        actors.create_person(PersonDraft(full_name="Ana", consent_on=date(2025, 1, 1)))
    assert caught.value.fields == {"consent_purpose": "required"}


# --- search ----------------------------------------------------------------------------------


@pytest.fixture
def directory(actors: ActorsService) -> dict[str, int]:
    """A few organizations and people with accents, acronyms and ids to search for."""
    ids = {}
    for name, extra in [
        ("Cooperativa Agraria Valle Sagrado", {"short_name": "COOPAVS", "tax_id": "20123456789"}),
        ("Municipalidad Distrital de Pisac", {"actor_type": ActorType.PUBLIC}),
        ("Asociación José Olaya", {"representative": "María Núñez"}),
        ("Universidad Nacional San Antonio Abad", {"actor_type": ActorType.ACADEMIA}),
        ("Junta de Vecinos Nº 12", {"actor_type": ActorType.CIVIL_SOCIETY}),
    ]:
        ids[name] = _org(actors, name, **extra).id
    for full_name, org in [
        ("José Núñez Huamán", "Cooperativa Agraria Valle Sagrado"),
        ("Josefina Nuñez", "Municipalidad Distrital de Pisac"),
        ("Pedro Jose Quispe", None),
        ("Ana Torres", None),
    ]:
        ids[full_name] = actors.create_person(
            PersonDraft(full_name=full_name, organization_id=ids[org] if org else None)
        ).id
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jose", ["Asociación José Olaya"]),
        ("JOSÉ", ["Asociación José Olaya"]),
        ("asociacion jose", ["Asociación José Olaya"]),
        ("nunez", ["Asociación José Olaya"]),  # via the representative
        ("coop", ["Cooperativa Agraria Valle Sagrado"]),
        ("coopavs", ["Cooperativa Agraria Valle Sagrado"]),
        ("2012345", ["Cooperativa Agraria Valle Sagrado"]),
        ("agraria sagrado", ["Cooperativa Agraria Valle Sagrado"]),
        ("agraria pisac", []),  # every word must match
        ("Nº 12", ["Junta de Vecinos Nº 12"]),
        ("vecinos 12", ["Junta de Vecinos Nº 12"]),
    ],
)
def test_search_organizations(
    actors: ActorsService, directory: dict[str, int], query: str, expected: list[str]
) -> None:
    assert _names(actors, ListQuery(text=query)) == expected


@pytest.mark.parametrize("query", ["", "   ", "¿?", "-"])
def test_blank_search_text_does_not_filter(
    actors: ActorsService, directory: dict[str, int], query: str
) -> None:
    assert _names(actors, ListQuery(text=query)) == [
        "Asociación José Olaya",
        "Cooperativa Agraria Valle Sagrado",
        "Junta de Vecinos Nº 12",
        "Municipalidad Distrital de Pisac",
        "Universidad Nacional San Antonio Abad",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jose", ["José Núñez Huamán", "Josefina Nuñez", "Pedro Jose Quispe"]),
        ("nunez", ["José Núñez Huamán", "Josefina Nuñez"]),
        ("NÚÑEZ", ["José Núñez Huamán", "Josefina Nuñez"]),
        ("jose nunez", ["José Núñez Huamán", "Josefina Nuñez"]),
        ("jose quispe", ["Pedro Jose Quispe"]),
        ("huaman", ["José Núñez Huamán"]),
        ("torres ana", ["Ana Torres"]),
        ("zzz", []),
    ],
)
def test_search_people(
    actors: ActorsService, directory: dict[str, int], query: str, expected: list[str]
) -> None:
    assert _people_names(actors, ListQuery(text=query)) == expected


def test_search_follows_updates_and_deletes(actors: ActorsService) -> None:
    org = _org(actors, "Gremio de Panaderos")
    assert _names(actors, ListQuery(text="panaderos")) == ["Gremio de Panaderos"]

    actors.update_organization(org.id, OrganizationDraft(name="Gremio de Pasteleros"))
    assert _names(actors, ListQuery(text="panaderos")) == []
    assert _names(actors, ListQuery(text="pasteleros")) == ["Gremio de Pasteleros"]

    actors.delete_organization(org.id)
    assert _names(actors, ListQuery(text="pasteleros")) == []
    assert _names(actors, ListQuery(text="gremio")) == []

    person = actors.create_person(PersonDraft(full_name="Óscar Ñahui"))
    assert _people_names(actors, ListQuery(text="nahui")) == ["Óscar Ñahui"]
    actors.update_person(person.id, PersonDraft(full_name="Óscar Quispe"))
    assert _people_names(actors, ListQuery(text="nahui")) == []
    assert _people_names(actors, ListQuery(text="oscar")) == ["Óscar Quispe"]
    actors.delete_person(person.id)
    assert _people_names(actors, ListQuery(text="oscar")) == []


@pytest.mark.sqlite_only  # PostgreSQL's index is an expression index: nothing to compare
def test_search_index_matches_the_table(actors: ActorsService, database: Database) -> None:
    for i in range(5):
        org = _org(actors, f"Empresa {i}")
        if i % 2:
            actors.update_organization(org.id, OrganizationDraft(name=f"Firma {i}"))
    with database.uow() as session:
        # FTS5's integrity check compares the index with its content table.
        session.execute(
            text("INSERT INTO organizations_fts(organizations_fts) VALUES('integrity-check')")
        )
        session.execute(text("INSERT INTO people_fts(people_fts) VALUES('integrity-check')"))


# --- filters ---------------------------------------------------------------------------------


@pytest.fixture
def territories(database: Database) -> dict[str, int]:
    """Cusco region > Urubamba province > Pisac and Urubamba towns; Lima region > Lima town."""
    ids: dict[str, int] = {}
    with database.uow() as session:

        def add(name: str, level: TerritoryLevel, parent: str | None) -> None:
            row = Territory(name=name, level=level, parent_id=ids[parent] if parent else None)
            session.add(row)
            session.flush()
            ids[name] = row.id

        add("Cusco", TerritoryLevel.REGION, None)
        add("Prov. Urubamba", TerritoryLevel.PROVINCE, "Cusco")
        add("Pisac", TerritoryLevel.MUNICIPALITY, "Prov. Urubamba")
        add("Urubamba", TerritoryLevel.MUNICIPALITY, "Prov. Urubamba")
        add("Lima", TerritoryLevel.REGION, None)
        add("Lima Metropolitana", TerritoryLevel.MUNICIPALITY, "Lima")
    return ids


@pytest.fixture
def spread(actors: ActorsService, territories: dict[str, int]) -> dict[str, int]:
    rows = [
        ("Gobierno Regional Cusco", ActorType.PUBLIC, GovernmentLevel.REGIONAL, "Cusco"),
        ("Municipalidad de Pisac", ActorType.PUBLIC, GovernmentLevel.LOCAL, "Pisac"),
        ("Municipalidad de Urubamba", ActorType.PUBLIC, GovernmentLevel.LOCAL, "Urubamba"),
        ("Hotel Sagrado", ActorType.PRIVATE, None, "Urubamba"),
        ("Ministerio de la Producción", ActorType.PUBLIC, GovernmentLevel.NATIONAL, "Lima"),
        ("Cámara de Lima", ActorType.PRIVATE, None, "Lima Metropolitana"),
        ("Sin territorio", ActorType.INTERNATIONAL, None, None),
    ]
    return {
        name: _org(
            actors,
            name,
            actor_type=kind,
            government_level=level,
            territory_id=territories[place] if place else None,
        ).id
        for name, kind, level, place in rows
    }


def test_territories_are_listed_by_name(actors: ActorsService, territories: dict) -> None:
    listed = actors.territories()
    assert [t.name for t in listed] == sorted(territories)
    pisac = next(t for t in listed if t.name == "Pisac")
    assert pisac.level is TerritoryLevel.MUNICIPALITY
    assert pisac.parent_id == territories["Prov. Urubamba"]


def test_filter_by_actor_type(actors: ActorsService, spread: dict) -> None:
    assert _names(actors, ListQuery(filters={"actor_type": ActorType.PRIVATE})) == [
        "Cámara de Lima",
        "Hotel Sagrado",
    ]
    assert _names(actors, ListQuery(filters={"actor_type": "international"})) == ["Sin territorio"]


def test_filter_by_government_level(actors: ActorsService, spread: dict) -> None:
    assert _names(actors, ListQuery(filters={"government_level": GovernmentLevel.LOCAL})) == [
        "Municipalidad de Pisac",
        "Municipalidad de Urubamba",
    ]


def test_region_filter_includes_its_provinces_and_towns(
    actors: ActorsService, spread: dict, territories: dict
) -> None:
    assert _names(actors, ListQuery(filters={"territory_id": territories["Cusco"]})) == [
        "Gobierno Regional Cusco",
        "Hotel Sagrado",
        "Municipalidad de Pisac",
        "Municipalidad de Urubamba",
    ]
    assert _names(actors, ListQuery(filters={"territory_id": territories["Urubamba"]})) == [
        "Hotel Sagrado",
        "Municipalidad de Urubamba",
    ]
    assert _names(actors, ListQuery(filters={"territory_id": territories["Lima"]})) == [
        "Cámara de Lima",
        "Ministerio de la Producción",
    ]


def test_filters_and_text_combine(actors: ActorsService, spread: dict, territories: dict) -> None:
    query = ListQuery(
        text="municipalidad",
        filters={"territory_id": territories["Cusco"], "actor_type": ActorType.PUBLIC},
    )
    assert _names(actors, query) == ["Municipalidad de Pisac", "Municipalidad de Urubamba"]


def test_empty_filters_are_ignored(actors: ActorsService, spread: dict) -> None:
    query = ListQuery(filters={"actor_type": None, "government_level": "", "territory_id": None})
    assert len(actors.organization_ids(query)) == len(spread)


def test_people_filtered_by_their_organization(
    actors: ActorsService, spread: dict, territories: dict
) -> None:
    actors.create_person(
        PersonDraft(full_name="Alcalde Pisac", organization_id=spread["Municipalidad de Pisac"])
    )
    actors.create_person(
        PersonDraft(full_name="Gerente Hotel", organization_id=spread["Hotel Sagrado"])
    )
    actors.create_person(PersonDraft(full_name="Independiente"))
    assert _people_names(actors, ListQuery(filters={"actor_type": ActorType.PUBLIC})) == [
        "Alcalde Pisac"
    ]
    assert _people_names(actors, ListQuery(filters={"territory_id": territories["Cusco"]})) == [
        "Alcalde Pisac",
        "Gerente Hotel",
    ]
    assert _people_names(
        actors, ListQuery(filters={"organization_id": spread["Hotel Sagrado"]})
    ) == ["Gerente Hotel"]


# --- sorting ---------------------------------------------------------------------------------


def test_sort_by_name_ignores_accents_and_case(actors: ActorsService) -> None:
    for name in ["Alberto SAC", "álamo verde", "Álamo", "Alameda", "ZETA", "Ñuñoa"]:
        _org(actors, name)
    expected = ["Alameda", "Álamo", "álamo verde", "Alberto SAC", "Ñuñoa", "ZETA"]
    assert _names(actors, ListQuery(sort="name")) == expected
    assert _names(actors, ListQuery(sort="name", descending=True)) == expected[::-1]


def test_ties_are_ordered_by_id(actors: ActorsService) -> None:
    ids = [_org(actors, name, sector="Turismo").id for name in ["Álamo", "alamo", "ALAMO"]]
    assert actors.organization_ids(ListQuery(sort="name")) == ids
    assert actors.organization_ids(ListQuery(sort="name", descending=True)) == ids[::-1]
    assert actors.organization_ids(ListQuery(sort="sector")) == ids


def test_sort_by_territory_and_by_actor_type(actors: ActorsService, spread: dict) -> None:
    # No territory first, then Cusco, Lima, Lima Metropolitana, Pisac, Urubamba; ties by id.
    assert _names(actors, ListQuery(sort="territory")) == [
        "Sin territorio",
        "Gobierno Regional Cusco",
        "Ministerio de la Producción",
        "Cámara de Lima",
        "Municipalidad de Pisac",
        "Municipalidad de Urubamba",
        "Hotel Sagrado",
    ]
    # By stored code (international < private < public); ties by id.
    assert _names(actors, ListQuery(sort="actor_type")) == [
        "Sin territorio",
        "Hotel Sagrado",
        "Cámara de Lima",
        "Gobierno Regional Cusco",
        "Municipalidad de Pisac",
        "Municipalidad de Urubamba",
        "Ministerio de la Producción",
    ]
    assert _names(actors, ListQuery(sort="actor_type", descending=True))[0] == (
        "Ministerio de la Producción"
    )


def test_unknown_sort_column_falls_back_to_name(actors: ActorsService) -> None:
    for name in ["B", "a", "C"]:
        _org(actors, name)
    assert _names(actors, ListQuery(sort="no_such_column")) == ["a", "B", "C"]


def test_people_sorted_by_name_and_organization(actors: ActorsService) -> None:
    zeta = _org(actors, "Zeta SA")
    alfa = _org(actors, "Álfa SA")
    for full_name, org in [("Úrsula", alfa), ("Andrés", zeta), ("Beatriz", None)]:
        actors.create_person(PersonDraft(full_name=full_name, organization_id=org and org.id))
    assert _people_names(actors, ListQuery(sort="full_name")) == ["Andrés", "Beatriz", "Úrsula"]
    assert _people_names(actors, ListQuery(sort="organization")) == [
        "Beatriz",
        "Úrsula",
        "Andrés",
    ]


# --- pickers and an organization's page ------------------------------------------------------


def test_organization_choices(actors: ActorsService) -> None:
    coop = _org(actors, "Cooperativa Los Andes", short_name="COOPLA")
    _org(actors, "Cooperativa Álamo")
    _org(actors, "Banco Andino")
    assert actors.organization_choices("coop") == [
        NamedRef(actors.organization_ids(ListQuery(text="alamo"))[0], "Cooperativa Álamo", None),
        NamedRef(coop.id, "Cooperativa Los Andes", "COOPLA"),
    ]
    assert [c.name for c in actors.organization_choices("andes")] == ["Cooperativa Los Andes"]
    assert [c.name for c in actors.organization_choices("")] == [
        "Banco Andino",
        "Cooperativa Álamo",
        "Cooperativa Los Andes",
    ]
    assert len(actors.organization_choices("", limit=2)) == 2


def test_people_and_initiatives_of_an_organization(
    actors: ActorsService, database: Database
) -> None:
    org = _org(actors, "Municipalidad de Calca", actor_type=ActorType.PUBLIC)
    other = _org(actors, "Otra")
    for name in ["Zoila Huamán", "Ángel Mamani"]:
        actors.create_person(PersonDraft(full_name=name, organization_id=org.id))
    actors.create_person(PersonDraft(full_name="Fuera", organization_id=other.id))
    cacao, turismo = _initiative(database, "Mesa del cacao"), _initiative(database, "Mesa turismo")
    with database.uow() as session:
        session.add_all(
            [
                Participation(
                    initiative_id=turismo,
                    organization_id=org.id,
                    role=ParticipationRole.CONVENER,
                    since=date(2024, 1, 1),
                ),
                Participation(
                    initiative_id=cacao,
                    organization_id=org.id,
                    role=ParticipationRole.MEMBER,
                    since=date(2023, 5, 1),
                    until=date(2024, 5, 1),
                ),
                Participation(initiative_id=cacao, organization_id=other.id),
            ]
        )

    assert [p.full_name for p in actors.people_of(org.id)] == ["Ángel Mamani", "Zoila Huamán"]
    assert all(p.organization_name == "Municipalidad de Calca" for p in actors.people_of(org.id))
    summaries = actors.initiatives_of(org.id)
    assert [(s.initiative_id, s.initiative_name, s.role, s.since, s.until) for s in summaries] == [
        (cacao, "Mesa del cacao", "member", date(2023, 5, 1), date(2024, 5, 1)),
        (turismo, "Mesa turismo", "convener", date(2024, 1, 1), None),
    ]
    assert actors.people_of(99) == []
    assert actors.initiatives_of(99) == []


def test_organizations_keep_the_order_of_the_ids_asked(actors: ActorsService) -> None:
    a, b, c = (_org(actors, n).id for n in "ABC")
    assert [o.name for o in actors.organizations([c, 999, a, b])] == ["C", "A", "B"]
    assert actors.organizations([]) == []


def test_duplicate_name_ignores_accents_and_case(actors: ActorsService) -> None:
    org = _org(actors, "Cámara de Comercio")
    assert actors.duplicate_name("camara de  COMERCIO")
    assert not actors.duplicate_name("Cámara de Comercio", exclude_id=org.id)
    assert not actors.duplicate_name("Cámara de Turismo")


def test_counts(actors: ActorsService, database: Database) -> None:
    org = _org(actors, "Uno")
    actors.create_person(PersonDraft(full_name="Ana", organization_id=org.id))
    _initiative(database)
    counts = database.counts()
    assert (counts.organizations, counts.people, counts.initiatives, counts.agendas) == (1, 1, 1, 0)
    assert not database.is_empty()


# --- transactions ----------------------------------------------------------------------------


def test_service_called_inside_a_unit_of_work_is_refused(
    actors: ActorsService, database: Database
) -> None:
    with pytest.raises(RuntimeError, match="nested"), database.uow():
        _org(actors, "Dentro")
    assert actors.organization_ids(ListQuery()) == []


def _triggers(database: Database, backend: str) -> list[str]:
    """The search index's triggers (SQLite; PostgreSQL's expression index needs none)."""
    if backend != "sqlite":
        return []
    with database.uow() as session:
        return list(
            session.scalars(
                text("SELECT name FROM sqlite_master WHERE type='trigger' ORDER BY name")
            )
        )


def test_bulk_loading_rebuilds_the_index_and_restores_the_triggers(
    actors: ActorsService, database: Database, backend: str
) -> None:
    def triggers() -> list[str]:
        return _triggers(database, backend)

    before = triggers()
    assert len(before) == (6 if backend == "sqlite" else 0)
    with database.uow() as session, search.bulk_loading(session):
        if backend == "sqlite":
            inside = session.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
            assert list(inside) == []
        session.execute(
            insert(Organization),
            [{"name": f"Asociación Nº {i}", "actor_type": "civil_society"} for i in range(50)],
        )
        session.execute(insert(Person), [{"full_name": "Íñigo Pérez"}])
    assert triggers() == before
    assert len(actors.organization_ids(ListQuery(text="asociacion"))) == 50
    assert _names(actors, ListQuery(text="Nº 7")) == ["Asociación Nº 7"]
    assert _people_names(actors, ListQuery(text="inigo perez")) == ["Íñigo Pérez"]
    # Sort keys were computed for the bulk rows too.
    assert _names(actors, ListQuery(text="asociacion"))[:2] == [
        "Asociación Nº 0",
        "Asociación Nº 1",
    ]

    # And the triggers work again afterwards.
    org_id = actors.organization_ids(ListQuery(text="Nº 3"))[0]
    actors.update_organization(
        org_id, OrganizationDraft(name="Gremio Tres", actor_type=ActorType.PRIVATE)
    )
    assert _names(actors, ListQuery(text="gremio")) == ["Gremio Tres"]


def test_failed_bulk_load_leaves_triggers_and_no_rows(
    actors: ActorsService, database: Database, backend: str
) -> None:
    failing = pytest.raises(ZeroDivisionError)
    with failing, database.uow() as session, search.bulk_loading(session):
        session.execute(insert(Organization), [{"name": "Perdida", "actor_type": "private"}])
        _ = 1 / 0
    assert len(_triggers(database, backend)) == (6 if backend == "sqlite" else 0)
    assert actors.organization_ids(ListQuery()) == []
    created = _org(actors, "Después")
    assert actors.organization_ids(ListQuery(text="despues")) == [created.id]
