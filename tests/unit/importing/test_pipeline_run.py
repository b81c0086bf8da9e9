"""Running an import: one transaction, creates/updates/unchanged, audit, batch, cancel, dry run."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from pipeline_support import (
    USER,
    loaded,
    on_sqlite,
    org_rows,
    rows_of,
    scalar,
    service,
    setup_for,
)

from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.progress import Cancelled, CancelToken
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.importing.setup import RowChoice


def _many(n: int) -> list[list[object]]:
    return org_rows(
        *(
            [
                f"Cooperativa Agraria {i} S.C. de R.L.",
                "Privado",
                f"76.{i:03d}.{i % 997:03d}-{i % 10}",
                f"coop{i}@agro.cl",
                None,
                i % 50,
                "01/02/2020",
            ]
            for i in range(n)
        )
    )


def test_created_rows_are_stored_audited_searchable_and_recorded_in_a_batch(
    database: Database,
) -> None:
    svc = service(database)
    file = loaded(_many(1200))  # above the bulk threshold: the search index is rebuilt once
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    seen: list[tuple[int, int]] = []

    result = svc.run(file, preview, progress=lambda done, total, _label: seen.append((done, total)))

    assert (result.created, result.updated, result.unchanged, result.skipped) == (1200, 0, 0, 0)
    assert result.batch_id is not None and result.rejected == ()
    assert seen[-1] == (1200, 1200) and len(seen) >= 3
    actors = ActorsService(database.uow, lambda: USER)
    found = actors.organization_ids(ListQuery(text="agraria 1177"))
    assert len(found) == 1
    org = actors.organization(found[0])
    assert org.draft.name == "Cooperativa Agraria 1177 S.C. de R.L."
    assert org.draft.actor_type is ActorType.PRIVATE
    assert org.draft.registered_on == date(2020, 2, 1)
    assert org.draft.members_count == 1177 % 50
    assert org.created_at is not None
    if on_sqlite(database):
        assert scalar(database, "SELECT count(*) FROM organizations_fts") == 1200
    # One audit entry for the batch's creations (the batch row is their trail), not 1,200.
    # ("user" quoted: PostgreSQL reads a bare USER as its own current_user.)
    [entry] = rows_of(
        database, 'SELECT action, "user", entity, entity_id, changes FROM audit_entries'
    )
    changes = json.loads(entry[4]) if isinstance(entry[4], str) else entry[4]
    assert (*entry[:4], changes) == (
        "create", USER, "import_batch", result.batch_id, {"organizations": [None, 1200]},
    )  # fmt: skip
    [batch] = svc.history()
    assert (batch.id, batch.kind, batch.user, batch.created, batch.rows) == (
        result.batch_id, "organizations", USER, 1200, 1200,
    )  # fmt: skip
    assert (batch.file_name, batch.sheet, batch.header_row, batch.format) == (
        "actores.xlsx", "Hoja1", 2, "xlsx",
    )  # fmt: skip
    assert batch.mapping["RUT"] == "tax_id"


def test_on_match_update_fill_skip_and_unchanged(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: USER)
    full = actors.create_organization(
        OrganizationDraft(
            "Cooperativa Sierra", actor_type=ActorType.PRIVATE, tax_id="1-9", phone="111"
        )
    )
    same = actors.create_organization(
        OrganizationDraft("Agrícola Norte", actor_type=ActorType.PRIVATE, tax_id="2-7", phone="222")
    )
    svc = service(database)
    file = loaded(
        org_rows(
            ["COOPERATIVA SIERRA S.A.", "Privado", "1-9", "sierra@coop.cl", "999", None, None],
            ["Agrícola Norte", "Privado", "2-7", None, "222", None, None],
        )
    )

    def run(on_match: str):
        preview = svc.preview(
            file, setup_for(svc, file, ImportKind.ORGANIZATIONS, on_match=on_match)
        )
        return svc.run(file, preview)

    skipped = run("skip")
    assert (skipped.created, skipped.updated, skipped.skipped) == (0, 0, 2)

    filled = run("fill")  # only what is empty: the e-mail; the phone stays
    assert (filled.updated, filled.unchanged) == (1, 1)
    sierra = actors.organization(full.id)
    assert (sierra.draft.email, sierra.draft.phone, sierra.draft.name) == (
        "sierra@coop.cl", "111", "Cooperativa Sierra",
    )  # fmt: skip

    updated = run("update")  # the file's values replace the record's
    assert (updated.updated, updated.unchanged) == (1, 1)
    sierra = actors.organization(full.id)
    assert (sierra.draft.phone, sierra.draft.name) == ("999", "COOPERATIVA SIERRA S.A.")
    assert actors.organization_ids(ListQuery(text="cooperativa sierra")) == [full.id]
    assert actors.organization(same.id).draft.phone == "222"

    again = run("update")
    assert (again.updated, again.unchanged) == (0, 2)


def test_per_row_choices_override_the_proposal(database: Database) -> None:
    svc = service(database)
    file = loaded(
        org_rows(
            ["Cooperativa Uno", "Privado", None, None, None, None, None],
            ["Cooperativa Uno", "Privado", None, None, None, None, None],
            ["Cooperativa Dos", "Privado", None, None, None, None, None],
        )
    )
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    assert preview.rows[1].choice is RowChoice.SKIP  # a duplicate of row 4
    result = svc.run(file, preview, {5: RowChoice.CREATE, 6: RowChoice.SKIP})
    assert (result.created, result.skipped) == (2, 1)
    assert rows_of(database, "SELECT name FROM organizations ORDER BY id") == [
        ("Cooperativa Uno",), ("Cooperativa Uno",),
    ]  # fmt: skip


def test_cancel_leaves_nothing(database: Database) -> None:
    svc = service(database)
    file = loaded(_many(5000))
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    token = CancelToken()

    def progress(done: int, total: int, _label: str) -> None:
        if done >= 2000:
            token.cancel()  # after the first chunk was written

    with pytest.raises(Cancelled):
        svc.run(file, preview, progress=progress, cancel=token)
    for table in ("organizations", "audit_entries", "import_batches", "import_mappings"):
        assert scalar(database, f"SELECT count(*) FROM {table}") == 0, table
    # The search triggers dropped for the bulk load came back with the rollback.
    if on_sqlite(database):
        triggers = rows_of(database, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert ("organizations_fts_ai",) in triggers


def test_dry_run_computes_the_same_result_and_writes_nothing(database: Database) -> None:
    svc = service(database)
    file = loaded(
        [
            ["Nombre completo", "Organización", "Correo"],
            ["Rosa Quispe", "Cafetalera Amazónica S.A.C.", "rosa@cafe.pe"],
            ["Juan Pérez", "Cafetalera Amazonica SAC", "no-es-correo"],
        ]
    )
    preview = svc.preview(file, svc.propose(file, ImportKind.PEOPLE))
    dry = svc.run(file, preview, dry_run=True)
    assert (dry.batch_id, dry.created, len(dry.rejected)) == (None, 1, 1)
    assert dry.organizations_created == ("Cafetalera Amazónica S.A.C.",)
    for table in ("organizations", "people", "audit_entries", "import_batches", "import_mappings"):
        assert scalar(database, f"SELECT count(*) FROM {table}") == 0, table

    real = svc.run(file, preview)
    assert (real.created, real.organizations_created) == (1, dry.organizations_created)
    assert rows_of(
        database,
        "SELECT p.full_name, o.name, o.actor_type FROM people p "
        "JOIN organizations o ON o.id = p.organization_id",
    ) == [("Rosa Quispe", "Cafetalera Amazónica S.A.C.", "private")]


def test_organizations_created_from_names_get_the_type_the_user_chose(
    database: Database,
) -> None:
    svc = service(database)
    file = loaded([["Nombre", "Institución"], ["Ana Díaz", "Universidad Nacional de Ucayali"]])
    setup = replace(svc.propose(file, ImportKind.PEOPLE), new_organization_type=ActorType.ACADEMIA)
    svc.run(file, svc.preview(file, setup))
    assert rows_of(database, "SELECT name, actor_type FROM organizations") == [
        ("Universidad Nacional de Ucayali", "academia")
    ]
