"""Every item model of the Actors area through qtmodeltester; sorting and filtering by the DB."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.records import (
    ListQuery,
    OrganizationDraft,
    ParticipationSummary,
    PersonDraft,
)
from agencydesk.services.actors import ActorsService
from agencydesk.ui.actors.organization_detail import INITIATIVE_COLUMNS, PEOPLE_COLUMNS
from agencydesk.ui.actors.organizations_page import COLUMNS as ORG_COLUMNS
from agencydesk.ui.actors.people_page import COLUMNS as PERSON_COLUMNS
from agencydesk.ui.widgets.table_model import ID_ROLE, LazyTableModel, RecordListModel

ORGANIZATIONS = [
    OrganizationDraft(
        "Municipalidad Provincial de Sullana",
        "MPS",
        ActorType.PUBLIC,
        GovernmentLevel.LOCAL,
        email="mesa@munisullana.gob.pe",
    ),
    OrganizationDraft("Cooperativa Agraria José Olaya", "CAC", ActorType.PRIVATE, sector="Café"),
    OrganizationDraft("Asociación Núñez y Hermanos", None, ActorType.CIVIL_SOCIETY),
    OrganizationDraft("Universidad Nacional de Piura", "UNP", ActorType.ACADEMIA),
    OrganizationDraft(
        "Ministerio de la Producción", "PRODUCE", ActorType.PUBLIC, GovernmentLevel.NATIONAL
    ),
    OrganizationDraft("Álamo Exportadora S.A.C.", None, ActorType.PRIVATE),
]


@pytest.fixture
def org_ids(actors: ActorsService) -> dict[str, int]:
    return {d.name: actors.create_organization(d).id for d in ORGANIZATIONS}


@pytest.fixture
def person_ids(actors: ActorsService, org_ids: dict[str, int]) -> dict[str, int]:
    sullana = org_ids["Municipalidad Provincial de Sullana"]
    drafts = [
        PersonDraft("José Núñez Castillo", "02634512", sullana, "Gerente", email="jn@muni.pe"),
        PersonDraft("Rosa Chunga Zapata", None, sullana, "Subgerente"),
        PersonDraft("Ana Sernaqué", None, None, "Consultora"),
    ]
    return {d.full_name: actors.create_person(d).id for d in drafts}


def organizations_model(actors: ActorsService, page_size: int = 200) -> LazyTableModel:
    model = LazyTableModel(
        ORG_COLUMNS,
        actors.organization_ids,
        actors.organizations,
        "OrganizationColumns",
        "name",
        page_size=page_size,
    )
    model.reload()
    return model


def people_model(actors: ActorsService) -> LazyTableModel:
    model = LazyTableModel(
        PERSON_COLUMNS, actors.person_ids, actors.people, "PersonColumns", "full_name"
    )
    model.reload()
    return model


def names(model: LazyTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# --- qtmodeltester ---------------------------------------------------------------------------


def test_empty_lazy_models_pass_modeltester(qtmodeltester, actors: ActorsService) -> None:
    for model in (organizations_model(actors), people_model(actors)):
        assert model.rowCount() == 0
        qtmodeltester.check(model)


def test_filled_lazy_models_pass_modeltester(
    qtmodeltester, actors: ActorsService, person_ids: dict[str, int]
) -> None:
    orgs = organizations_model(actors, page_size=2)
    qtmodeltester.check(orgs)
    assert orgs.rowCount() == len(ORGANIZATIONS)
    people = people_model(actors)
    qtmodeltester.check(people)
    assert people.rowCount() == len(person_ids)


def test_lazy_model_survives_reload_under_the_tester(
    qtmodeltester, actors: ActorsService, org_ids: dict[str, int]
) -> None:
    model = organizations_model(actors)
    qtmodeltester.check(model)
    model.set_search("jose", {})
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("", {"actor_type": ActorType.PUBLIC})
    assert model.rowCount() == 2


def test_record_list_models_pass_modeltester(
    qtmodeltester, actors: ActorsService, person_ids: dict[str, int]
) -> None:
    people = RecordListModel(PEOPLE_COLUMNS, "OrganizationDetail")
    qtmodeltester.check(people)
    people.set_records(actors.people(list(person_ids.values())))
    qtmodeltester.check(people)
    initiatives = RecordListModel(
        INITIATIVE_COLUMNS, "OrganizationDetail", lambda s: s.initiative_id
    )
    qtmodeltester.check(initiatives)
    initiatives.set_records(
        [
            ParticipationSummary(
                1, "Mesa Ejecutiva del Mango", "convener", date(2023, 3, 15), None
            ),
            ParticipationSummary(2, "Clúster del Café", "member", None, date(2024, 6, 30)),
        ]
    )
    qtmodeltester.check(initiatives)
    assert initiatives.index(0, 1).data() == "Convener"
    assert initiatives.index(0, 2).data() == "15/03/2023"
    assert initiatives.index(1, 3).data() == "30/06/2024"
    assert initiatives.index(0, 0).data(ID_ROLE) == 1


# --- content, sorting and filtering by the database ------------------------------------------


def test_cells_show_labels_not_codes(actors: ActorsService, org_ids: dict[str, int]) -> None:
    model = organizations_model(actors)
    row = model.row_of(org_ids["Municipalidad Provincial de Sullana"])
    assert row is not None
    assert model.index(row, 2).data() == "Public"
    assert model.index(row, 3).data() == "Local"
    assert model.index(row, 0).data(ID_ROLE) == org_ids["Municipalidad Provincial de Sullana"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_sorting_is_done_by_the_database(actors: ActorsService, org_ids: dict[str, int]) -> None:
    model = organizations_model(actors)
    # The folded sort key puts "Álamo" first, among the A's, not after "Z".
    assert names(model)[0] == "Álamo Exportadora S.A.C."
    assert names(model) == sorted(names(model), key=lambda n: n.replace("Á", "A").lower())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query == ListQuery(sort="name", descending=True)
    assert names(model)[-1] == "Álamo Exportadora S.A.C."
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "short_name"
    assert model.sort_column() == 1


def test_search_folds_accents_and_case(actors: ActorsService, org_ids: dict[str, int]) -> None:
    model = organizations_model(actors)
    model.set_search("jose", {})
    assert names(model) == ["Cooperativa Agraria José Olaya"]
    model.set_search("NUNEZ", {})
    assert names(model) == ["Asociación Núñez y Hermanos"]
    model.set_search(
        "", {"actor_type": ActorType.PUBLIC, "government_level": GovernmentLevel.LOCAL}
    )
    assert names(model) == ["Municipalidad Provincial de Sullana"]
    model.set_search("", {})
    assert model.rowCount() == len(ORGANIZATIONS)


def test_people_model_sorts_by_organization(
    actors: ActorsService, person_ids: dict[str, int]
) -> None:
    model = people_model(actors)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "organization"
    model.set_search("nunez", {})
    assert names(model) == ["José Núñez Castillo"]
    assert model.index(0, 1).data() == "Municipalidad Provincial de Sullana"


def test_pages_are_fetched_on_demand_and_bounded(actors: ActorsService) -> None:
    for i in range(23):
        actors.create_organization(OrganizationDraft(f"Asociación de productores {i:02d}"))
    model = LazyTableModel(
        ORG_COLUMNS,
        actors.organization_ids,
        actors.organizations,
        "OrganizationColumns",
        page_size=5,
        max_pages=2,
    )
    model.reload()
    assert model.rowCount() == 23
    assert model.pages_fetched == 0  # ids only: no record was read
    assert model.index(22, 0).data() == "Asociación de productores 22"
    assert model.pages_fetched == 1
    model.index(21, 0).data()
    assert model.pages_fetched == 1  # same page, from the cache
    model.index(0, 0).data()
    model.index(7, 0).data()
    model.index(22, 0).data()  # evicted by the two pages read since
    assert model.pages_fetched == 4


def test_deleted_rows_show_empty_until_reload(
    actors: ActorsService, org_ids: dict[str, int]
) -> None:
    model = organizations_model(actors)
    victim = org_ids["Álamo Exportadora S.A.C."]
    row = model.row_of(victim)
    assert row is not None
    actors.delete_organization(victim)
    assert model.index(row, 0).data() == ""  # the page was read after the delete
    model.reload()
    assert model.row_of(victim) is None
    assert model.rowCount() == len(ORGANIZATIONS) - 1
