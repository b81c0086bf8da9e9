"""Undo of an import batch (also after a restart), its refusals, and the rejects workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pipeline_support import USER, loaded, on_sqlite, org_rows, rows_of, scalar, service, setup_for

from agencydesk import paths
from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database


def test_undo_after_reopening_the_database_removes_created_and_restores_updated(
    database: Database, app_paths: paths.AppPaths
) -> None:
    actors = ActorsService(database.uow, lambda: USER)
    kept = actors.create_organization(
        OrganizationDraft(
            "Cooperativa Sierra", actor_type=ActorType.PRIVATE, tax_id="1-9", phone="111"
        )
    )
    svc = service(database)
    file = loaded(
        org_rows(
            ["Cooperativa Sierra Alta", "Público", "1-9", "sierra@coop.cl", "999", None, None],
            ["Cooperativa Nueva", "Privado", "3-5", None, None, 7, "01/01/2021"],
        )
    )
    preview = svc.preview(file, setup_for(svc, file, ImportKind.ORGANIZATIONS, on_match="update"))
    result = svc.run(file, preview)
    assert (result.created, result.updated) == (1, 1)
    database.close()

    reopened = open_database(database.path or str(database.url), app_paths.backups_dir)
    try:
        record = service(reopened).undo(result.batch_id)
        assert record.undone_at is not None and record.undone_by == USER
        actors = ActorsService(reopened.uow, lambda: USER)
        back = actors.organization(kept.id).draft
        assert (back.name, back.actor_type, back.phone, back.email) == (
            "Cooperativa Sierra", ActorType.PRIVATE, "111", None,
        )  # fmt: skip
        assert actors.organization_ids(ListQuery(text="sierra")) == [kept.id]  # sort key too
        assert actors.organization_ids(ListQuery(text="nueva")) == []
        assert scalar(reopened, "SELECT count(*) FROM organizations") == 1
        actions = rows_of(
            reopened, "SELECT action, count(*) FROM audit_entries GROUP BY action ORDER BY action"
        )
        assert actions == [("create", 2), ("delete", 1), ("update", 2)]

        with pytest.raises(UserError) as caught:
            service(reopened).undo(result.batch_id)
        assert caught.value.code == "import_already_undone"
    finally:
        reopened.close()


def test_undo_keeps_a_value_changed_again_after_the_import(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: USER)
    org = actors.create_organization(
        OrganizationDraft("Cooperativa Sierra", actor_type=ActorType.PRIVATE, tax_id="1-9")
    )
    svc = service(database)
    file = loaded(
        org_rows(["Cooperativa Sierra", "Privado", "1-9", "a@coop.cl", "999", None, None])
    )
    result = svc.run(
        file, svc.preview(file, setup_for(svc, file, "organizations", on_match="fill"))
    )
    from dataclasses import replace

    current = actors.organization(org.id).draft
    actors.update_organization(org.id, replace(current, phone="555"))  # the user's own edit

    svc.undo(result.batch_id)
    after = actors.organization(org.id).draft
    assert (after.email, after.phone) == (None, "555")


def test_undo_is_refused_when_something_created_is_used_since(database: Database) -> None:
    svc = service(database)
    file = loaded([["Nombre completo", "Institución"], ["Rosa Quispe", "Cafetalera Amazónica"]])
    result = svc.run(file, svc.preview(file, svc.propose(file, ImportKind.PEOPLE)))
    person = scalar(database, "SELECT id FROM people")
    org = scalar(database, "SELECT id FROM organizations")
    actors = ActorsService(database.uow, lambda: USER)
    # A person added by hand to the organization the import created: a use from outside.
    from agencydesk.domain.records import PersonDraft

    actors.create_person(PersonDraft("Luis Soto", organization_id=org))

    with pytest.raises(UserError) as caught:
        svc.undo(result.batch_id)
    assert caught.value.code == "import_undo_blocked"
    assert "1 people" in str(caught.value)
    assert scalar(database, f"SELECT count(*) FROM people WHERE id = {person}") == 1
    assert svc.history()[0].undone_at is None


def test_a_row_using_two_created_records_counts_once(database: Database) -> None:
    from agencydesk.data.repos import importing as repo

    svc = service(database)
    file = loaded([["Nombre completo", "Institución"], ["Rosa Quispe", "Cafetalera Amazónica"]])
    result = svc.run(file, svc.preview(file, svc.propose(file, ImportKind.PEOPLE)))
    person = scalar(database, "SELECT id FROM people")
    org = scalar(database, "SELECT id FROM organizations")
    created = {"people": [person], "organizations": [org]}
    # A mesa convened by the organization the import created and coordinated by its person:
    # one row pointing at both is one use, not two.
    with database.uow(write=True) as session:
        assert repo.external_uses(session, created) == {}
        repo.insert_many(
            session,
            "initiatives",
            [{"name": "Mesa del café", "kind": "value_chain", "convener_id": org,
              "coordinator_id": person}],
        )  # fmt: skip
        assert repo.external_uses(session, created) == {"initiatives": 1}
    with pytest.raises(UserError) as caught:
        svc.undo(result.batch_id)
    assert caught.value.params["uses"] == {"initiatives": 1}


def test_undo_of_a_large_batch_rebuilds_the_search_index(database: Database) -> None:
    svc = service(database)
    rows = org_rows(*([f"Cooperativa {i}", "Privado"] for i in range(1500)))
    file = loaded(rows)
    result = svc.run(file, svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS)))
    assert result.created == 1500
    svc.undo(result.batch_id)
    assert scalar(database, "SELECT count(*) FROM organizations") == 0
    actors = ActorsService(database.uow, lambda: USER)
    assert actors.organization_ids(ListQuery(text="cooperativa")) == []
    if on_sqlite(database):
        triggers = {
            r[0] for r in rows_of(database, "SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        assert {"organizations_fts_ai", "organizations_fts_ad", "organizations_fts_au"} <= triggers


def test_rejected_rows_are_written_as_read_with_an_error_column(
    database: Database, tmp_path: Path
) -> None:
    svc = service(database)
    file = loaded(
        org_rows(
            ["Cooperativa Buena", "Privado", None, None, None, None, None],
            ['=HYPERLINK("http://x")', "marciano", "76.123.456-7", None, None, "-4", None],
            [None, "Privado", None, "no-es-correo", None, None, None],
        )
    )
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    out = tmp_path / "out" / "rechazadas.xlsx"
    out.parent.mkdir()

    written = svc.write_rejects(file, preview, out)

    assert written == 2
    assert [p.name for p in out.parent.iterdir()] == ["rechazadas.xlsx"]  # no temporary left
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == [
        "Nombre de la organización", "Tipo de actor", "RUT", "Correo electrónico", "Teléfono",
        "N° de socios", "Fecha de registro", "Error",
    ]  # fmt: skip
    assert values[1][:6] == ['=HYPERLINK("http://x")', "marciano", "76.123.456-7", None, None, "-4"]
    assert sheet.cell(2, 1).data_type == "s"  # text, never a formula
    assert "Tipo de actor" in values[1][7] and "N° de socios" in values[1][7]
    assert values[2][3] == "no-es-correo" and "required" in values[2][7]
    assert len(values) == 3

    translated = svc.write_rejects(file, preview, out, describe=lambda e: f"[{e.reason}]")
    assert translated == 2
    assert load_workbook(out).active.cell(3, 8).value == "[bad_email]; [required]"
