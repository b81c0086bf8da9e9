"""Shared mode: the list pages' search on PostgreSQL finds what it finds on SQLite ("José" from
"jose", prefixes, every word), through its GIN index. Needs ``AGENCYDESK_TEST_PG``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from agencydesk.data import search
from agencydesk.data.models import Organization
from agencydesk.domain.enums import ActorType
from agencydesk.domain.records import ListQuery, OrganizationDraft, PersonDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from postgres_support import PostgresServer

pytestmark = pytest.mark.postgres

QUERIES = [
    "jose",
    "JOSÉ",
    "nunez",
    "Núñez",
    "maria",
    "mar",
    "gob reg",
    "cusco",
    "ucayali",
    "coop agr",
    "asociacion",
    "camara",
    "madera",
    "@",
    "gob.pe",
    "20",
    "a",
    "zzz",
    "  pérez   luis ",
]


@pytest.fixture
def both_demos(
    demo_database: Database, demo_template: Path, tmp_path: Path
) -> Iterator[tuple[ActorsService, ActorsService]]:
    """The demo data on the server (the test's ``demo_database``) and in a file."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, copy)
    sqlite = open_database(copy, None)
    try:
        yield (
            ActorsService(sqlite.uow, lambda: "ana"),
            ActorsService(demo_database.uow, lambda: "ana"),
        )
    finally:
        sqlite.close()


@pytest.mark.parametrize("sort", ["name", "full_name", "organization", "territory", "email"])
def test_the_demo_searched_on_both_databases_gives_the_same_lists(
    both_demos: tuple[ActorsService, ActorsService], sort: str
) -> None:
    on_file, on_server = both_demos
    for query in QUERIES:
        for descending in (False, True):
            wanted = ListQuery(text=query, sort=sort, descending=descending)
            if sort != "full_name":
                assert on_server.organization_ids(wanted) == on_file.organization_ids(wanted), query
            if sort != "territory":
                assert on_server.person_ids(wanted) == on_file.person_ids(wanted), query


def test_accents_case_and_prefixes(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "ana")
    jose = actors.create_person(PersonDraft(full_name="José Luis Núñez Pérez"))
    actors.create_person(PersonDraft(full_name="Josefina Ñahui", email="jnahui@gob.pe"))
    coop = actors.create_organization(
        OrganizationDraft("Cooperativa Agraria Cafetalera «La Florida» Ltda.", tax_id="20-1234567")
    )

    def people(typed: str) -> list[str]:
        return [p.full_name for p in actors.people(actors.person_ids(ListQuery(text=typed)))]

    assert people("jose nunez") == ["José Luis Núñez Pérez"]
    assert people("JOSÉ") == ["José Luis Núñez Pérez", "Josefina Ñahui"]
    assert people("nahui") == ["Josefina Ñahui"]
    assert people("jnahui") == ["Josefina Ñahui"]  # an e-mail's words
    assert people("perez jose") == ["José Luis Núñez Pérez"]  # any order, all words
    assert people("jose garcia") == []
    assert actors.organization_ids(ListQuery(text="florida")) == [coop.id]
    assert actors.organization_ids(ListQuery(text="«la florida»")) == [coop.id]
    assert actors.organization_ids(ListQuery(text="1234567")) == [coop.id]
    # An edit is found at once: the index is kept by PostgreSQL, no trigger involved.
    actors.update_person(jose.id, PersonDraft(full_name="José Luis Ñúñez Paredes"))
    assert people("paredes") == ["José Luis Ñúñez Paredes"]
    assert people("perez") == []


def test_a_typed_quote_or_operator_is_only_text(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "ana")
    actors.create_organization(OrganizationDraft("O'Higgins Exportaciones"))
    for typed in ("o'higgins", "higgins & !x", "higgins | (", "'", "&", ":*", "\\"):
        actors.organization_ids(ListQuery(text=typed))  # never a syntax error
    assert len(actors.organization_ids(ListQuery(text="o'higgins"))) == 1


def test_the_search_reads_the_gin_index(database: Database) -> None:
    rows = [
        {"name": f"Empresa {i} del Sur", "actor_type": ActorType.PRIVATE.value} for i in range(3000)
    ]
    with database.uow() as session:
        session.execute(insert(Organization), rows)
        session.execute(text("ANALYZE organizations"))
    actors = ActorsService(database.uow, lambda: "ana")
    assert actors.organization_ids(ListQuery(text="empresa 2999")) != []
    document = search.pg_document(search.INDEXES["organizations"])
    with database.uow() as session:
        plan = "\n".join(
            session.scalars(
                text(
                    f"EXPLAIN SELECT id FROM organizations WHERE {document} "
                    "@@ agencydesk_prefix_query('empresa 2999')"
                )
            )
        )
    assert "ix_organizations_search" in plan


def test_the_server_database_has_its_search_objects(pg_server: PostgresServer) -> None:
    name = pg_server.ready("migrated")
    database = open_database(pg_server.url_of(name), None)
    try:
        with database.uow() as session:
            indexes = set(
                session.scalars(
                    text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search'")
                )
            )
            folded = session.scalar(text("SELECT agencydesk_fold('Ñuñoa, Región Metropolitana')"))
    finally:
        database.close()
    assert indexes == {"ix_organizations_search", "ix_people_search"}
    assert folded == "nunoa region metropolitana"
