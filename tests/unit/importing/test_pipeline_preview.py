"""The preview of partner sheets: rows as they will be stored, errors, matches, duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pipeline_support import ORG_HEADERS, loaded, org_rows, service, setup_for

from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.values import CellStatus
from agencydesk.domain.importing.workbook import ExcelError, MergedRange
from agencydesk.domain.records import OrganizationDraft, PersonDraft
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database
from agencydesk.services.importing.setup import RowChoice


def test_title_blank_and_totals_rows_are_skipped_and_rows_keep_their_numbers(
    database: Database,
) -> None:
    svc = service(database)
    file = loaded(
        org_rows(
            [
                "Cooperativa Café Sierra S.C.",
                "privado ",
                "76.123.456-7",
                None,
                None,
                "12",
                "15/03/2024",
            ],
            [],
            [None, None, None, None, None, None, None],
            ["Municipalidad de Valdivia", "Público", None, None, None, 3.0, date(2020, 5, 1)],
            ["TOTAL", None, None, None, None, 15],
        )
    )
    setup = svc.propose(file, ImportKind.ORGANIZATIONS)
    assert (setup.sheet, setup.header_row) == ("Hoja1", 2)
    assert setup.mapping[0] == "name" and setup.mapping[2] == "tax_id"

    preview = svc.preview(file, setup)

    assert [r.row for r in preview.rows] == [4, 7]  # as the spreadsheet numbers them
    assert (preview.skipped_blank, preview.skipped_total) == (2, 1)
    first = preview.rows[0]
    assert first.cells["actor_type"].value is ActorType.PRIVATE
    assert first.cells["actor_type"].status is CellStatus.CORRECTED
    assert first.cells["registered_on"].value == date(2024, 3, 15)
    assert first.cells["members_count"].value == 12
    assert first.choice is RowChoice.CREATE and not first.rejected
    assert preview.headers[:3] == ("Nombre de la organización", "Tipo de actor", "RUT")


def test_a_row_with_an_invalid_value_is_rejected_whole_with_where_and_why(
    database: Database,
) -> None:
    svc = service(database)
    file = loaded(
        org_rows(
            ["Asociación Gremial Sur", "marciano", None, "no-es-correo", None, "-4", "31/02/2024"],
            ["Cooperativa Norte", "Privado", None, None, None, ExcelError("#N/A"), None],
            [None, "Privado", "76.000.000-0"],
        )
    )
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))

    bad, error_cell, no_name = preview.rows
    assert bad.rejected and bad.choice is RowChoice.SKIP
    found = {(e.column, e.value, e.reason) for e in bad.errors}
    assert found == {
        ("Tipo de actor", "marciano", "unknown_choice"),
        ("Correo electrónico", "no-es-correo", "bad_email"),
        ("N° de socios", "-4", "negative"),
        ("Fecha de registro", "31/02/2024", "bad_date"),
    }
    assert all(e.row == 4 and e.message for e in bad.errors)
    assert [(e.row, e.reason, e.value) for e in error_cell.errors] == [(5, "excel_error", "#N/A")]
    assert [(e.field, e.reason) for e in no_name.errors] == [("name", "required")]
    assert len(preview.rejected) == 6


def test_a_file_without_a_column_for_a_required_field_is_refused(database: Database) -> None:
    svc = service(database)
    file = loaded([["RUT", "Sector"], ["1-9", "Café"]])
    setup = svc.propose(file, ImportKind.ORGANIZATIONS)
    with pytest.raises(UserError) as caught:
        svc.preview(file, setup)
    assert caught.value.code == "import_missing_column"
    assert "name" in str(caught.value)


def test_without_a_type_column_the_name_says_the_type_or_the_default_does(
    database: Database,
) -> None:
    svc = service(database)
    file = loaded([["Nombre", "RUT"], ["Cooperativa Norte", "1-9"], ["Comercial López", "2-7"]])
    setup = svc.propose(file, ImportKind.ORGANIZATIONS)
    preview = svc.preview(file, setup)
    assert preview.rows[0].cells["actor_type"].value is ActorType.PRIVATE  # "Cooperativa"
    assert [e.reason for e in preview.rows[1].errors] == ["required"]  # says nothing
    # With a default for the type the user picked in the wizard, that row goes through.
    preview = svc.preview(file, replace(setup, defaults={"actor_type": ActorType.ACADEMIA}))
    assert preview.rows[1].cells["actor_type"].value is ActorType.ACADEMIA
    assert preview.rows[0].cells["actor_type"].value is ActorType.PRIVATE


def test_merged_cells_in_a_data_column_fill_down(database: Database) -> None:
    svc = service(database)
    rows = [
        ["Nombre", "Tipo", "Sector"],
        ["Cooperativa Uno", "Privado", "Café"],
        ["Cooperativa Dos", "Privado", None],
        ["Cooperativa Tres", "Privado", None],
        ["Cooperativa Cuatro", "Privado", "Cacao"],
    ]
    file = loaded(rows, merged=[MergedRange(1, 2, 3, 2)])
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    assert [r.cells["sector"].value for r in preview.rows] == ["Café", "Café", "Café", "Cacao"]
    # The rejects workbook repeats the row as it applies, filled down: fixed, it imports again
    # with its sector (the workbook has no merged cells to fill it).
    assert preview.rows[1].raw[2] == "Café"


def test_matches_by_tax_id_email_and_name_without_legal_forms(database: Database) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    sierra = actors.create_organization(
        OrganizationDraft(
            "Cooperativa Café Sierra S.C.", actor_type=ActorType.PRIVATE, tax_id="76.123.456-7"
        )
    )
    norte = actors.create_organization(
        OrganizationDraft("Agrícola Norte", actor_type=ActorType.PRIVATE, email="contacto@norte.cl")
    )
    sur = actors.create_organization(
        OrganizationDraft("Maderas del Sur SpA", actor_type=ActorType.PRIVATE)
    )
    other = actors.create_organization(
        OrganizationDraft(
            "Transportes Lagos Ltda.", actor_type=ActorType.PRIVATE, tax_id="77.777.777-7"
        )
    )
    svc = service(database)
    file = loaded(
        org_rows(
            ["Café Sierra (otra razón social)", "Privado", "761234567", None, None, None, None],
            ["AGRICOLA NORTE LIMITADA", "Privado", None, "Contacto@Norte.cl", None, None, None],
            ["MADERAS DEL SUR S.P.A.", "Privado", None, None, None, None, None],
            ["Transportes Lagos", "Privado", "11.111.111-1", None, None, None, None],
            ["Empresa Nueva", "Privado", None, None, None, None, None],
        )
    )
    preview = svc.preview(file, setup_for(svc, file, ImportKind.ORGANIZATIONS, on_match="fill"))

    matches = [(r.match.record_id, r.match.by) if r.match else None for r in preview.rows]
    assert matches == [(sierra.id, "tax_id"), (norte.id, "email"), (sur.id, "name"), None, None]
    assert other.id not in [m[0] for m in matches if m]  # same name, another tax id
    assert [r.choice for r in preview.rows] == [RowChoice.FILL] * 3 + [RowChoice.CREATE] * 2


def test_duplicates_inside_the_file_are_proposed_skip(database: Database) -> None:
    svc = service(database)
    file = loaded(
        org_rows(
            ["Cooperativa Café Sierra S.C.", "Privado", "76.123.456-7", None, None, None, None],
            ["Cooperativa Cafe Sierra", "Privado", None, None, None, None, None],
            ["Otra Cooperativa", "Privado", "76123456-7", None, None, None, None],
            ["Cooperativa Distinta", "Privado", None, None, None, None, None],
        )
    )
    preview = svc.preview(file, svc.propose(file, ImportKind.ORGANIZATIONS))
    assert [(r.row, r.duplicate_of, r.choice) for r in preview.rows] == [
        (4, None, RowChoice.CREATE),
        (5, 4, RowChoice.SKIP),
        (6, 4, RowChoice.SKIP),
        (7, None, RowChoice.CREATE),
    ]


def test_organization_names_in_a_people_sheet_are_matched_or_listed_as_new(
    database: Database,
) -> None:
    actors = ActorsService(database.uow, lambda: "tester")
    known = actors.create_organization(
        OrganizationDraft(
            "Municipalidad Provincial de Coronel Portillo", actor_type=ActorType.PUBLIC
        )
    )
    actors.create_person(PersonDraft("Rosa Quispe", national_id="01234567"))
    actors.create_person(PersonDraft("Juan Pérez", national_id="11223344"))  # a namesake
    svc = service(database)
    file = loaded(
        [
            ["Nombres y apellidos", "DNI", "Institución", "Cargo"],
            ["ROSA QUISPE", "1234567", None, "Gerente"],
            ["Juan Pérez", "40506070", "MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO", "Alcalde"],
            ["Ana Díaz", None, "Cafetalera Amazónica S.A.C.", "Socia"],
            ["Luis Soto", None, "Cafetalera Amazonica SAC", "Socio"],
        ]
    )
    setup = svc.propose(file, ImportKind.PEOPLE)
    preview = svc.preview(file, setup)

    rosa, juan, ana, luis = preview.rows
    # The DNI lost its leading zero in a number cell: still the same person.
    assert rosa.match is not None and rosa.match.by == "national_id"
    assert juan.match is None
    assert juan.new_organizations == ()  # the directory has it
    assert ana.new_organizations == ("Cafetalera Amazónica S.A.C.",)
    assert luis.new_organizations == ("Cafetalera Amazónica S.A.C.",)  # the same, once
    assert preview.new_organizations == ("Cafetalera Amazónica S.A.C.",)
    assert known.id  # used by name above

    strict = svc.preview(file, replace(setup, create_organizations=False))
    reasons = [[e.reason for e in r.errors] for r in strict.rows]
    assert reasons == [[], [], ["unknown_organization"], ["unknown_organization"]]


def test_a_confirmed_mapping_is_remembered_for_the_next_file_with_the_same_headers(
    database: Database,
) -> None:
    svc = service(database)
    rows = [["Razón", "Clase", "Código"], ["Cooperativa Uno", "Privado", "1-9"]]
    file = loaded(rows)
    automatic = svc.propose(file, ImportKind.ORGANIZATIONS)
    assert 2 not in automatic.mapping  # "Código" means nothing to the automatic mapping
    chosen = replace(automatic, mapping={0: "name", 1: "actor_type", 2: "tax_id"})
    svc.run(file, svc.preview(file, chosen))

    again = svc.propose(loaded([rows[0], ["Cooperativa Dos", "Privado", "2-7"]]), "organizations")
    assert again.mapping == {0: "name", 1: "actor_type", 2: "tax_id"}
    other_kind = svc.propose(file, ImportKind.PEOPLE)
    assert other_kind.mapping != again.mapping


def test_the_best_visible_sheet_is_proposed(database: Database) -> None:
    from agencydesk.domain.importing.workbook import FileFormat, RawSheet, RawWorkbook
    from agencydesk.services.importing.setup import LoadedFile

    sheets = [
        RawSheet("Instrucciones", rows=[["Complete la hoja Actores"]]),
        RawSheet("Oculta", hidden=True, rows=[ORG_HEADERS, ["X", "Privado"]]),
        RawSheet("Actores", rows=[["Listado"], ORG_HEADERS, ["Cooperativa", "Privado"]]),
    ]
    file = LoadedFile(loaded([]).path, "x.xlsx", "0" * 64, RawWorkbook(FileFormat.XLSX, sheets))
    svc = service(database)
    setup = svc.propose(file, ImportKind.ORGANIZATIONS)
    assert (setup.sheet, setup.header_row) == ("Actores", 1)
    scores = svc.sheet_scores(file, ImportKind.ORGANIZATIONS)
    assert scores["Actores"] > scores["Instrucciones"]
    with pytest.raises(UserError) as caught:
        svc.propose(file, ImportKind.ORGANIZATIONS, sheet="Hoja9")
    assert caught.value.code == "import_no_such_sheet"
