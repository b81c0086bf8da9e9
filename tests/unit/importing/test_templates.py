"""Partner templates (services/importing/templates.py) and the round trips back through the
importer: a filled template, and an AgencyDesk export."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from agencydesk import cli
from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import ImportKind, ValueType, fields, required_fields
from agencydesk.domain.importing.vocabulary import choice_for, template_choices
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.importing.templates import DATA_ROWS, template_fields, write_template

HAS_SERVICE = importlib.util.find_spec("agencydesk.services.importing.service") is not None
needs_service = pytest.mark.skipif(not HAS_SERVICE, reason="the ImportService is not there yet")


def _template(tmp_path: Path, kind: ImportKind) -> tuple[Path, openpyxl.Workbook]:
    out = tmp_path / f"plantilla_{kind}.xlsx"
    write_template(kind, out)
    return out, openpyxl.load_workbook(out)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_the_header_row_maps_every_field_back(tmp_path, kind):
    _out, book = _template(tmp_path, kind)
    assert book.sheetnames[0] == "Instrucciones"
    data = book.worksheets[1]
    headers = [c.value for c in data[1]]
    specs = template_fields(kind)
    assert headers == [s.template_header for s in specs]
    mapping = map_headers(headers, kind)
    assert [mapping.get(i) for i in range(len(headers))] == [s.name for s in specs]
    assert set(required_fields(kind)) <= set(mapping.values())
    assert data.freeze_panes == "A2"
    assert data[1][0].font.b


@pytest.mark.parametrize("kind", list(ImportKind))
def test_enumerations_have_drop_downs_that_map_back(tmp_path, kind):
    _out, book = _template(tmp_path, kind)
    data = book.worksheets[1]
    lists = book["Listas"]
    assert lists.sheet_state == "hidden"
    validations = {str(v.sqref): v for v in data.data_validations.dataValidation}
    for index, spec in enumerate(template_fields(kind), start=1):
        letter = openpyxl.utils.get_column_letter(index)
        area = f"{letter}2:{letter}{DATA_ROWS + 1}"
        if spec.type is ValueType.ENUM:
            validation = validations[area]
            assert validation.type == "list"
            sheet_ref, cells = validation.formula1.split("!")
            assert sheet_ref.strip("'") == "Listas"
            first, last = cells.replace("$", "").split(":")
            offered = [c.value for row in lists[first:last] for c in row]
            assert offered == template_choices(spec.enum)
            assert [choice_for(spec.enum, word) for word in offered] == list(spec.enum)
        elif spec.type is ValueType.BOOL:
            assert validations[area].type == "list"
        elif spec.type is ValueType.DATE:
            assert validations[area].type == "date"
            assert data[f"{letter}2"].number_format == "dd/mm/yyyy"
            assert data[f"{letter}{DATA_ROWS + 1}"].number_format == "dd/mm/yyyy"
        elif spec.type in (ValueType.IDENTIFIER, ValueType.PHONE):
            assert data[f"{letter}2"].number_format == "@"  # leading zeros are kept
        elif spec.type is ValueType.MONEY:
            assert data[f"{letter}2"].number_format == "#,##0.00"


def test_the_instructions_explain_each_column_in_spanish(tmp_path):
    _out, book = _template(tmp_path, ImportKind.ORGANIZATIONS)
    sheet = book["Instrucciones"]
    texts = [row[0] for row in sheet.iter_rows(values_only=True) if row[0]]
    body = "\n".join(str(t) for t in texts)
    assert "dd/mm/aaaa" in body
    assert "Cómo devolverla" in body
    assert "Escriba una organización por fila" in body
    table = [row for row in sheet.iter_rows(values_only=True) if row[1] in ("Sí", "No")]
    assert [row[0] for row in table] == [
        s.template_header for s in template_fields("organizations")
    ]
    by_header = {row[0]: row for row in table}
    assert by_header["Nombre de la organización"][1] == "Sí"
    assert by_header["Sigla"][1] == "No"
    assert "Público" in by_header["Tipo de actor"][2]
    assert by_header["Fecha de registro"][3] == "15/03/2015"
    assert all(row[2] for row in table)  # a format for every column


def test_only_xlsx_and_an_unwritable_place_are_user_errors(tmp_path):
    with pytest.raises(UserError) as info:
        write_template(ImportKind.PEOPLE, tmp_path / "plantilla.csv")
    assert info.value.code == "template_bad_format"
    with pytest.raises(UserError) as info:
        write_template(ImportKind.PEOPLE, tmp_path / "no-existe" / "plantilla.xlsx")
    assert info.value.code == "export_cannot_write"


def test_cli_template_writes_the_workbook(tmp_path, capsys, restore_logging):
    out = tmp_path / "acuerdos.xlsx"
    code = cli.main(
        ["--db", str(tmp_path / "x.sqlite3"), "template", "agreements", "--out", str(out)]
    )
    assert code == 0
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Instrucciones", "Acuerdos"]
    assert str(out) in capsys.readouterr().out


def test_cli_template_unknown_kind_is_one_line(tmp_path, capsys, restore_logging):
    with pytest.raises(SystemExit) as info:
        cli.main(["template", "budgets", "--out", str(tmp_path / "x.xlsx")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "organizations" in err


# --- round trips through the importer --------------------------------------------------------


def _fill(path: Path, rows: list[dict[str, object]]) -> None:
    """Type values into the data sheet as a partner would (openpyxl writes, calamine reads)."""
    book = openpyxl.load_workbook(path)
    data = book.worksheets[1]
    headers = [c.value for c in data[1]]
    for number, row in enumerate(rows, start=2):
        for header, value in row.items():
            data.cell(number, headers.index(header) + 1, value)
    book.save(path)


@needs_service
def test_a_filled_organizations_template_imports_with_no_rejected_row(tmp_path, database):
    from agencydesk.services.importing.service import ImportService

    out, _book = _template(tmp_path, ImportKind.ORGANIZATIONS)
    _fill(
        out,
        [
            {
                "Nombre de la organización": "Municipalidad Distrital de Pichanaqui",
                "Sigla": "MDP",
                "Tipo de actor": "Público",
                "Nivel de gobierno": "Local",
                "RUC / RUT / RFC / NIT": "20154432516",
                "Correo electrónico": "mesadepartes@munipichanaqui.gob.pe",
                "Fecha de registro": date(1965, 5, 12),
            },
            {
                "Nombre de la organización": "Cooperativa Agraria Cafetalera La Florida",
                "Tipo de actor": "Privado",
                "Sector": "Café",
                "Teléfono": "064 345678",
                "Número de socios": 412,
                "Observaciones": "Socia desde 2023\nexporta a Alemania",
            },
            {
                "Nombre de la organización": "ONG Desarrollo Andino",
                "Tipo de actor": "Sociedad civil",
                "RUC / RUT / RFC / NIT": "00123456",
            },
        ],
    )
    service = ImportService(database.uow, lambda: "tester")
    _loaded, preview, result = service.import_file(out, ImportKind.ORGANIZATIONS)
    assert result.rejected == ()
    assert result.created == 3
    assert preview.setup.sheet == "Organizaciones"
    actors = ActorsService(database.uow, lambda: "tester")
    records = {r.name: r for r in actors.organizations(actors.organization_ids(ListQuery()))}
    mdp = records["Municipalidad Distrital de Pichanaqui"]
    assert mdp.draft.actor_type is ActorType.PUBLIC
    assert mdp.draft.government_level is GovernmentLevel.LOCAL
    assert mdp.draft.registered_on == date(1965, 5, 12)
    assert records["ONG Desarrollo Andino"].draft.tax_id == "00123456"
    assert records["Cooperativa Agraria Cafetalera La Florida"].draft.members_count == 412


@needs_service
def test_an_organizations_export_imports_back_unchanged(tmp_path, demo_database):
    from agencydesk.services.export import export_entity
    from agencydesk.services.importing.service import ImportService
    from agencydesk.services.importing.setup import OnMatch

    out = tmp_path / "organizaciones.xlsx"
    written = export_entity(demo_database.uow, "organizations", out)
    assert written > 0
    service = ImportService(demo_database.uow, lambda: "tester")
    _loaded, _preview, result = service.import_file(
        out, ImportKind.ORGANIZATIONS, on_match=OnMatch.UPDATE
    )
    assert result.rejected == ()
    assert (result.created, result.updated) == (0, 0)
    assert result.unchanged == written


def test_every_kind_has_fields_with_template_headers():
    for kind in ImportKind:
        names = [s.name for s in fields(kind) if s.template_header]
        assert names and "uuid" not in names
