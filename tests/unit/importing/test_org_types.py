"""The type and level of government of organizations an import creates, read from their names.

A people, actions or agreements sheet names its organizations as text; those not in the
directory are created. Before, all got the one type chosen on the Options step (headless:
private): "Municipalidad Distrital de Yarinacocha", "Ministerio de la Producción" and
"Universidad Nacional de Ucayali" became private companies. Now each gets the type its name
says (public and local, public and national, academia), and only a name that says nothing
("Comercial López") gets the chosen type. The report says which type each got.

An organizations sheet with no "Tipo de actor" column, or blank cells in it, is read the same
way once the preview calls ``add_types_from_names`` (the tests marked "needs wiring").
Partner-like files written with openpyxl, in Spanish; imported through the service and the
command line.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.importing import org_types
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.org_types import (
    LEVEL_FROM_NAME,
    TYPE_FROM_NAME,
    TypeFromName,
    add_types_from_names,
    type_from_name,
)
from agencydesk.domain.importing.results import REASONS, CellResult, CellStatus
from agencydesk.services.database import Database
from agencydesk.services.demo.organizations import ORGANIZATIONS
from agencydesk.services.importing.matching import created_type
from agencydesk.services.importing.report import build_report
from agencydesk.services.importing.service import ImportService

PUB, PRIV, ACAD = ActorType.PUBLIC, ActorType.PRIVATE, ActorType.ACADEMIA
CIVIL, INTL = ActorType.CIVIL_SOCIETY, ActorType.INTERNATIONAL
NAT, REG, LOC = GovernmentLevel.NATIONAL, GovernmentLevel.REGIONAL, GovernmentLevel.LOCAL
HELD = 3  # demo: "Tercera sesión" of the Mesa Ejecutiva Forestal, held


# The organizations a partner's sheets name, and what the directory should hold for each:
# (actor_type, government_level).
NAMED = {
    "Municipalidad Distrital de Yarinacocha": ("public", "local"),
    "Gobierno Regional de Ucayali": ("public", "regional"),
    "Ministerio de la Producción": ("public", "national"),
    "Universidad Nacional de Ucayali": ("academia", None),
    "Asociación de Productores Agropecuarios Nueva Esperanza": ("private", None),
    "Maderera Bozovich S.A.C.": ("private", None),
    "Comercial López": ("private", None),  # says nothing: the type chosen (headless: private)
}


@pytest.fixture
def importer(database: Database) -> ImportService:
    return ImportService(database.uow, lambda: "tester")


def xlsx(path: Path, title: str, header: list[str], rows: list[list[Any]]) -> Path:
    """A partner's sheet: a title, a blank row, the header, the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    sheet.append([title])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def people_sheet(path: Path) -> Path:
    """A contact list naming each organization of ``NAMED`` once (in capitals, one of them)."""
    people = [
        ("Rosa Elvira Pérez Sánchez", "MUNICIPALIDAD DISTRITAL DE YARINACOCHA", "Gerente"),
        ("Walter Isuiza Paredes", "Gobierno Regional de Ucayali", "Subgerente"),
        ("Ana Lucía Rengifo Vela", "Ministerio de la Producción", "Coordinadora zonal"),
        ("Jorge Chávez Ruiz", "Universidad Nacional de Ucayali", "Docente"),
        ("Nilda Amasifuén Tapullima", "Asociación de Productores Agropecuarios Nueva Esperanza",
         "Presidenta"),
        ("Carlos Bozovich Soto", "Maderera Bozovich S.A.C.", "Gerente general"),
        ("Lucía López Ríos", "Comercial López", "Propietaria"),
    ]  # fmt: skip
    rows = [
        [n, name, "4098231" + str(n), org, cargo] for n, (name, org, cargo) in enumerate(people)
    ]
    header = ["N°", "Nombres y apellidos", "DNI", "Institución", "Cargo"]
    return xlsx(path, "DIRECTORIO DE ACTORES - MESA FORESTAL", header, rows)


def stored_types(database: Database) -> dict[str, tuple[str, str | None]]:
    return {
        name: (actor_type, level)
        for name, actor_type, level in rows_of(
            database, "SELECT name, actor_type, government_level FROM organizations"
        )
    }


def expected_in_directory() -> dict[str, tuple[str, str | None]]:
    """``NAMED`` as the people sheet creates it: one name in capitals, as the sheet writes it."""
    named = dict(NAMED)
    named["MUNICIPALIDAD DISTRITAL DE YARINACOCHA"] = named.pop(
        "Municipalidad Distrital de Yarinacocha"
    )
    return named


# --- the rule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Municipalidad Provincial de Coronel Portillo", (PUB, LOC)),
        ("Municipalidad Distrital de Yarinacocha", (PUB, LOC)),
        ("H. Ayuntamiento de Tapachula", (PUB, LOC)),
        ("H.Ayuntamiento de Tapachula", (PUB, LOC)),
        ("Ilustre Municipalidad de Valdivia", (PUB, LOC)),
        ("Alcaldía de Medellín", (PUB, LOC)),
        ("Prefeitura Municipal de Belém", (PUB, LOC)),
        ("Gobierno Municipal de La Paz", (PUB, LOC)),
        ("Presidencia Municipal de Tapachula", (PUB, LOC)),
        ("Cámara Municipal de Belém", (PUB, LOC)),  # Brazil's town council, no gremio
        ("Gobierno Regional de Ucayali", (PUB, REG)),
        ("Gobierno del Estado de Chiapas", (PUB, REG)),
        ("Gobernación de Antioquia", (PUB, REG)),
        ("Dirección Regional de Agricultura Ucayali", (PUB, REG)),
        ("Dirección Regional de Comercio Exterior y Turismo - DIRCETUR", (PUB, REG)),
        ("Gerencia Regional Forestal y de Fauna Silvestre de Ucayali", (PUB, REG)),
        ("Secretaria Estadual de Meio Ambiente", (PUB, REG)),
        ("Secretaria de Estado da Agricultura do Paraná", (PUB, REG)),
        ("Intendencia Regional de Los Ríos", (PUB, REG)),
        ("Secretaría de Desarrollo Económico del Estado de Chiapas", (PUB, REG)),
        ("Ministerio de la Producción", (PUB, NAT)),
        ("Ministério da Agricultura e Pecuária", (PUB, NAT)),
        ("Secretaría de Estado de Comercio", (PUB, NAT)),
        ("Presidencia del Consejo de Ministros", (PUB, NAT)),
        ("Servicio Nacional de Sanidad Agraria (SENASA)", (PUB, NAT)),
        ("Instituto Nacional de Innovación Agraria - INIA", (PUB, NAT)),
        ("Superintendencia Nacional de Aduanas y de Administración Tributaria", (PUB, NAT)),
        ("H. Cámara de Diputados", (PUB, NAT)),
        ("Secretaría de Economía", (PUB, None)),  # federal or a state's: not said
        ("Gobierno de Chiapas", (PUB, None)),
        ("Universidad Nacional de Ucayali", (ACAD, None)),
        ("UNIVERSIDAD NACIONAL AGRARIA DE LA SELVA", (ACAD, None)),
        ("Universidade Federal do Pará", (ACAD, None)),
        ("Instituto Tecnológico de Tapachula", (ACAD, None)),
        ("Instituto de Educación Superior Tecnológico Público Suiza", (ACAD, None)),
        ("Colegio de Postgraduados", (ACAD, None)),
        ("El Colegio de la Frontera Sur", (ACAD, None)),
        ("Centro de Investigación en Alimentación y Desarrollo", (ACAD, None)),
        ("Fundación Amazonía Viva", (CIVIL, None)),
        ("ONG Pro Naturaleza", (CIVIL, None)),
        ("Comité de Gestión del Bosque Local", (CIVIL, None)),
        ("Colectivo de Mujeres Shipibas", (CIVIL, None)),
        ("Red de Mujeres Cafetaleras del Soconusco A.C.", (CIVIL, None)),
        ("Comunidad Nativa Callería", (CIVIL, None)),
        ("Asociación Bosques Vivos del Ucayali", (CIVIL, None)),
        ("Asociación de Productores Agropecuarios Nueva Esperanza", (PRIV, None)),
        ("Asociación de Productores Cacaoteros", (PRIV, None)),
        ("Unión de Productores de Café Orgánico de Cacahoatán", (PRIV, None)),
        ("Cámara de Comercio e Industria de Ucayali", (PRIV, None)),
        ("Cooperativa Agraria Cafetalera La Florida", (PRIV, None)),
        ("Empresa de Transportes Turismo Pucallpa", (PRIV, None)),
        ("Maderera Bozovich S.A.C.", (PRIV, None)),
        ("Café Sierra S.C.", (PRIV, None)),
        ("Aserradero Los Coihues SpA", (PRIV, None)),
        ("Maderas Nativas del Ranco Ltda.", (PRIV, None)),
        ("Transportes Hernández S.A. de C.V.", (PRIV, None)),
        ("Exportadora de Café Fino del Soconusco S.A. de C.V. (CAFISO)", (PRIV, None)),
        ("Pro Bosque Chiapas A.C.", (CIVIL, None)),
        ("Fundación Amigos del Soconusco I.A.P.", (CIVIL, None)),
        ("Unión Europea", (INTL, None)),
        ("Programa de las Naciones Unidas para el Desarrollo", (INTL, None)),
        ("Embajada de Suiza", (INTL, None)),
    ],
)
def test_a_name_that_says_what_the_body_is(
    name: str, said: tuple[ActorType, GovernmentLevel | None]
) -> None:
    assert type_from_name(name) == TypeFromName(*said)


@pytest.mark.parametrize(
    "name",
    [
        "Comercial López",
        "Inversiones Forestales del Oriente",
        "Mesa Técnica del Cacao",
        "Pluriversidad Amawtay Wasi",  # "Universidad" only as a whole word
        "Red de Salud Coronel Portillo",  # a public health network, not an NGO
        "Corporación Regional de Desarrollo Productivo",
        "I Congreso Nacional del Cacao",
        "Colegio de Ingenieros del Perú",
        "",
        None,
    ],
)
def test_a_name_that_says_nothing_clear_gives_no_type(name: str | None) -> None:
    assert type_from_name(name) is None


def test_accents_case_and_punctuation_do_not_matter() -> None:
    for name in (
        "MUNICIPALIDAD DISTRITAL DE YARINACOCHA",
        "municipalidad distrital de yarinacocha",
        "Municipalidad  Distrital de Yarinacocha.",
    ):
        assert type_from_name(name) == TypeFromName(PUB, LOC)
    assert type_from_name("Ministerio de la Produccion") == TypeFromName(PUB, NAT)
    assert type_from_name("ASOCIACIÓN CIVIL PRO BOSQUE") == TypeFromName(CIVIL)
    assert type_from_name("Maderera Bozovich SAC") == TypeFromName(PRIV)


def test_conflicts_are_decided_by_one_rule() -> None:
    """The words say what the body is, from the left; they decide over the legal form, except
    an association's word against a company's form."""
    # A university is academia whatever its legal vehicle (DOMAIN.md: "Universidad" ->
    # academia): Peru's for-profit universities are S.A.C.s, Colombia's "Fundación
    # Universidad…" and "Fundación Universitaria…" are universities.
    assert type_from_name("Universidad Privada del Norte S.A.C.") == TypeFromName(ACAD)
    assert type_from_name("Fundación Universidad de Bogotá Jorge Tadeo Lozano") == (
        TypeFromName(ACAD)
    )
    assert type_from_name("Fundación Universitaria Agraria de Colombia") == TypeFromName(ACAD)
    # A public body is public whatever its legal vehicle.
    assert type_from_name("Empresa Municipal de Agua Potable y Alcantarillado S.A.") == (
        TypeFromName(PUB, LOC)
    )
    # A gremio is private (DOMAIN.md) even registered as a civil association.
    assert type_from_name("Cámara de Comercio de Tapachula A.C.") == TypeFromName(PRIV)
    # A company's legal form says more than an association's word in its trade name.
    assert type_from_name("Red de Agroexportadores S.A.C.") == TypeFromName(PRIV)
    # The first body named is the one: the others own it or are its members.
    assert type_from_name("Asociación de Egresados de la Universidad Nacional de Ucayali") == (
        TypeFromName(CIVIL)
    )
    assert type_from_name("Sindicato de Trabajadores de la Municipalidad de Callería") == (
        TypeFromName(CIVIL)
    )
    assert type_from_name(
        "Gerencia de Desarrollo Económico de la Municipalidad Provincial de Coronel Portillo"
    ) == TypeFromName(PUB, LOC)
    # A department's word gives way to the body named after it.
    assert type_from_name("Secretaría de Investigación de la Universidad Nacional de Ucayali") == (
        TypeFromName(ACAD)
    )
    # A regional office of a national service: public, its level not said.
    assert type_from_name("INDAP — Dirección Regional Los Ríos") == TypeFromName(PUB)


def test_every_demo_organization_whose_name_says_a_type_has_that_type() -> None:
    """The demo directory was typed by hand: the rule agrees with it wherever it says
    something (a level it does not say is no disagreement)."""
    said_something = 0
    for org in ORGANIZATIONS:
        said = type_from_name(org["name"])
        if said is None:
            continue
        said_something += 1
        assert said.actor_type.value == org["actor_type"], org["name"]
        if said.government_level is not None:
            assert said.government_level.value == org["government_level"], org["name"]
    assert said_something >= 50


def test_the_reason_codes_have_their_english_sentences() -> None:
    assert REASONS[TYPE_FROM_NAME] == "the type was read from the organization's name"
    assert "level of government" in REASONS[LEVEL_FROM_NAME]


# --- the organizations a people, actions or agreements sheet creates ------------------------


def test_created_type_is_the_names_else_the_one_chosen() -> None:
    assert created_type("Ministerio de la Producción", PRIV) == (TypeFromName(PUB, NAT), True)
    assert created_type("Comercial López", CIVIL) == (TypeFromName(CIVIL), False)


def test_a_people_sheet_creates_its_organizations_with_the_type_their_names_say(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    path = people_sheet(tmp_path / "directorio.xlsx")
    loaded = importer.load(path)
    setup = importer.propose(loaded, ImportKind.PEOPLE)
    assert setup.new_organization_type is PRIV  # headless: the type for names that say none
    preview = importer.preview(loaded, setup)
    result = importer.run(loaded, preview)
    assert result.created == 7 and not result.rejected
    assert stored_types(database) == expected_in_directory()
    # Each person points at hers.
    [(org_type,)] = rows_of(
        database,
        "SELECT o.actor_type FROM people p JOIN organizations o ON o.id = p.organization_id "
        "WHERE p.full_name = 'Jorge Chávez Ruiz'",
    )
    assert org_type == "academia"
    # The audit says what was written, the level too.
    audit = {}
    for (changes,) in rows_of(
        database, "SELECT changes FROM audit_entries WHERE entity = 'organization'"
    ):
        changes = json.loads(changes) if isinstance(changes, str) else changes
        audit[changes["name"][1]] = changes
    assert audit["Gobierno Regional de Ucayali"] == {
        "name": [None, "Gobierno Regional de Ucayali"],
        "actor_type": [None, "public"],
        "government_level": [None, "regional"],
    }
    assert audit["Comercial López"] == {
        "name": [None, "Comercial López"],
        "actor_type": [None, "private"],
    }
    # The report lists them as before, and says the type each got.
    report = build_report(loaded, preview, result)
    assert sorted(report["organizations_created"]) == sorted(expected_in_directory())
    types = report["organizations_created_types"]
    assert types["Ministerio de la Producción"] == {
        "actor_type": "public",
        "government_level": "national",
        "from_name": True,
    }
    assert types["Comercial López"] == {
        "actor_type": "private",
        "government_level": None,
        "from_name": False,
    }
    assert {name: (t["actor_type"], t["government_level"]) for name, t in types.items()} == (
        expected_in_directory()
    )


def test_the_type_chosen_goes_only_to_names_that_say_nothing(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    path = people_sheet(tmp_path / "directorio.xlsx")
    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.PEOPLE), new_organization_type=ActorType.CIVIL_SOCIETY
    )
    preview = importer.preview(loaded, setup)
    result = importer.run(loaded, preview)
    expected = expected_in_directory() | {"Comercial López": ("civil_society", None)}
    assert stored_types(database) == expected
    assert build_report(loaded, preview, result)["organizations_created_types"][
        "Maderera Bozovich S.A.C."
    ] == {"actor_type": "private", "government_level": None, "from_name": True}


def test_a_dry_run_creates_nothing_and_reports_the_types(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    path = people_sheet(tmp_path / "directorio.xlsx")
    loaded = importer.load(path)
    preview = importer.preview(loaded, importer.propose(loaded, ImportKind.PEOPLE))
    result = importer.run(loaded, preview, dry_run=True)
    assert stored_types(database) == {}
    types = build_report(loaded, preview, result)["organizations_created_types"]
    assert types["MUNICIPALIDAD DISTRITAL DE YARINACOCHA"]["government_level"] == "local"


def test_an_actions_sheet_creates_its_responsible_organizations_typed(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    header = ["Código", "Acción", "Responsable", "Estado"]
    rows = [
        [f"A{n}", f"Acción {n}", org, "Pendiente"]
        for n, org in enumerate(NAMED, start=1)  # the names as written in NAMED
    ]
    path = xlsx(tmp_path / "plan.xlsx", "PLAN DE ACCIÓN - MESA FORESTAL", header, rows)
    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.ACTIONS), new_plan_title="Plan forestal 2025"
    )
    result = importer.run(loaded, importer.preview(loaded, setup))
    assert result.created == 7 and not result.rejected
    assert stored_types(database) == NAMED


def test_an_agreements_sheet_creates_its_responsible_organizations_typed(
    demo_database: Database, tmp_path: Path
) -> None:
    importer = ImportService(demo_database.uow, lambda: "tester")
    before = stored_types(demo_database)
    header = ["N°", "Acuerdo", "Institución responsable"]
    named = {
        "Municipalidad Distrital de Campo Verde": ("public", "local"),
        "Ministerio de Desarrollo Agrario y Riego": ("public", "national"),
        "Asociación de Productores Agropecuarios Nueva Esperanza": ("private", None),
        "Maderera Bozovich S.A.C.": ("private", None),
        "Comercial López": ("private", None),
        "Gobierno Regional de Ucayali": before["Gobierno Regional de Ucayali"],  # the demo's
    }
    rows = [[n, f"Acuerdo {n}", org] for n, org in enumerate(named, start=4)]
    path = xlsx(tmp_path / "acuerdos.xlsx", "ACUERDOS DE LA TERCERA SESIÓN", header, rows)
    loaded = importer.load(path)
    setup = replace(importer.propose(loaded, ImportKind.AGREEMENTS), meeting_id=HELD)
    result = importer.run(loaded, importer.preview(loaded, setup))
    assert result.created == 6 and not result.rejected
    assert len(result.organizations_created) == 5  # the regional government was there
    after = stored_types(demo_database)
    assert {name: after[name] for name in named} == named
    assert {name: after[name] for name in before} == before  # nothing retyped


def test_the_command_line_reports_the_types_of_the_organizations_it_created(
    template_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(template_database, db)
    path = people_sheet(tmp_path / "directorio.xlsx")
    report = tmp_path / "informe.json"
    code = main(["--db", str(db), "import", str(path), "--as", "people", "--report", str(report)])
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert sorted(data["organizations_created"]) == sorted(expected_in_directory())
    assert data["organizations_created_types"]["Universidad Nacional de Ucayali"] == {
        "actor_type": "academia",
        "government_level": None,
        "from_name": True,
    }
    conn = sqlite3.connect(db)
    try:
        stored = {
            name: (actor_type, level)
            for name, actor_type, level in conn.execute(
                "SELECT name, actor_type, government_level FROM organizations"
            )
        }
    finally:
        conn.close()
    assert stored == expected_in_directory()


# --- an organizations sheet with no type --------------------------------------------------


def column(*values: Any, status: CellStatus = CellStatus.VALID) -> list[CellResult]:
    return [CellResult(CellStatus.EMPTY) if v is None else CellResult(status, v) for v in values]


def test_a_sheet_with_no_type_column_gets_the_types_its_names_say() -> None:
    fields = ["name", "tax_id"]
    columns = [
        column("Municipalidad Distrital de Yarinacocha", "Comercial López", "Fundación Viva"),
        column("20393667444", None, None),
    ]
    add_types_from_names(fields, columns)
    assert fields == ["name", "tax_id", "actor_type", "government_level"]
    corrected = CellStatus.CORRECTED
    assert columns[2] == [
        CellResult(corrected, PUB, TYPE_FROM_NAME),
        CellResult(CellStatus.EMPTY),  # says nothing: the Options step's type, or "required"
        CellResult(corrected, CIVIL, TYPE_FROM_NAME),
    ]
    assert columns[3] == [
        CellResult(corrected, LOC, LEVEL_FROM_NAME),
        CellResult(CellStatus.EMPTY),
        CellResult(CellStatus.EMPTY),
    ]


def test_a_type_or_level_the_partner_wrote_is_kept() -> None:
    fields = ["name", "actor_type", "government_level"]
    names = column(
        "Municipalidad Distrital de Yarinacocha",  # typed private by the partner: kept
        "Gobierno Regional de Ucayali",  # no type; level written: kept
        "Ministerio de la Producción",  # "Mixto": no type, refused as before
        "Universidad Nacional de Ucayali",  # blank: read from the name
    )
    types = [
        CellResult(CellStatus.VALID, PRIV),
        CellResult(CellStatus.EMPTY),
        CellResult(CellStatus.INVALID, None, "unknown_choice"),
        CellResult(CellStatus.EMPTY),
    ]
    levels = column(None, NAT, None, None)
    columns = [names, types, levels]
    add_types_from_names(fields, columns)
    assert fields == ["name", "actor_type", "government_level"]
    assert columns[1] == [
        CellResult(CellStatus.VALID, PRIV),
        CellResult(CellStatus.CORRECTED, PUB, TYPE_FROM_NAME),
        CellResult(CellStatus.INVALID, None, "unknown_choice"),
        CellResult(CellStatus.CORRECTED, ACAD, TYPE_FROM_NAME),
    ]
    assert columns[2] == levels  # the partner's "Nacional" stays; nothing else is public
    assert types[1].status is CellStatus.EMPTY  # the columns given are not changed in place


def test_nothing_is_added_when_no_name_says_a_type_or_every_type_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fields = ["name"]
    columns = [column("Comercial López", "Inversiones del Oriente")]
    add_types_from_names(fields, columns)
    assert fields == ["name"] and len(columns) == 1
    # Every type given (a partner's padrón): no name is read.
    read: list[str] = []
    monkeypatch.setattr(org_types, "type_from_name", lambda name: read.append(name))
    fields = ["name", "actor_type"]
    columns = [column("Ministerio de la Producción"), column(PRIV)]
    add_types_from_names(fields, columns)
    assert read == [] and columns[1] == column(PRIV)


def test_each_distinct_name_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counting(name: str | None) -> TypeFromName | None:
        read.append(str(name))
        return type_from_name(name)

    monkeypatch.setattr(org_types, "type_from_name", counting)
    fields = ["name"]
    columns = [column(*["Ministerio de la Producción", "Comercial López"] * 500)]
    add_types_from_names(fields, columns)
    assert sorted(read) == ["Comercial López", "Ministerio de la Producción"]
    assert [r.value for r in columns[1][:2]] == [PUB, None]


PADRON_HEADER = ["N°", "Nombre de la organización", "Teléfono", "Correo electrónico"]


def padron(path: Path, header: list[str] = PADRON_HEADER, extra: list[list[Any]] | None = None):
    rows = extra or [
        [n, name, "961 234 567", f"mesa.partes{n}@ejemplo.pe"] for n, name in enumerate(NAMED, 1)
    ]
    return xlsx(path, "PADRÓN DE ACTORES 2025", header, rows)


def test_an_organizations_sheet_with_no_type_column_imports_the_rows_whose_name_says(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    path = padron(tmp_path / "padron.xlsx")
    loaded = importer.load(path)
    setup = importer.propose(loaded, ImportKind.ORGANIZATIONS)
    assert "actor_type" not in setup.mapping.values()
    preview = importer.preview(loaded, setup)  # before, refused: no column for the type
    by_name = {r.cells["name"].value: r for r in preview.rows}
    ministry = by_name["Ministerio de la Producción"].cells
    assert ministry["actor_type"] == CellResult(CellStatus.CORRECTED, PUB, TYPE_FROM_NAME)
    assert ministry["government_level"] == CellResult(CellStatus.CORRECTED, NAT, LEVEL_FROM_NAME)
    # A name that says nothing: the row is refused as a blank type cell is.
    assert [e.reason for e in by_name["Comercial López"].errors] == ["required"]
    result = importer.run(loaded, preview)
    assert result.created == 6
    assert stored_types(database) == {k: v for k, v in NAMED.items() if k != "Comercial López"}
    report = build_report(loaded, preview, result)
    assert report["corrections"][TYPE_FROM_NAME] == 6
    assert report["corrections"][LEVEL_FROM_NAME] == 3


def test_the_type_when_empty_goes_to_the_rows_whose_name_says_nothing(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    path = padron(tmp_path / "padron.xlsx")
    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.ORGANIZATIONS),
        defaults={"actor_type": ActorType.CIVIL_SOCIETY},  # the Options step's "when empty"
    )
    result = importer.run(loaded, importer.preview(loaded, setup))
    assert result.created == 7 and not result.rejected
    assert stored_types(database) == NAMED | {"Comercial López": ("civil_society", None)}


def test_a_type_cell_the_partner_filled_wins_over_the_name(
    importer: ImportService, database: Database, tmp_path: Path
) -> None:
    header = ["N°", "Nombre de la organización", "Tipo de actor", "Nivel de gobierno"]
    rows = [
        [1, "Municipalidad Distrital de Yarinacocha", None, None],
        [2, "Gobierno Regional de Ucayali", "Público", "Nacional"],  # as the partner says
        [3, "Universidad Nacional de Ucayali", "Privado", None],  # as the partner says
        [4, "Ministerio de la Producción", "Mixto", None],  # not a type: refused, as before
        [5, "Comercial López", None, None],  # nothing anywhere: refused, as before
    ]
    path = padron(tmp_path / "padron.xlsx", header, rows)
    loaded = importer.load(path)
    preview = importer.preview(loaded, importer.propose(loaded, ImportKind.ORGANIZATIONS))
    assert {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors} == {
        7: ["unknown_choice"],
        8: ["required"],
    }
    importer.run(loaded, preview)
    assert stored_types(database) == {
        "Municipalidad Distrital de Yarinacocha": ("public", "local"),
        "Gobierno Regional de Ucayali": ("public", "national"),
        "Universidad Nacional de Ucayali": ("private", None),
    }


def test_the_command_line_imports_a_padron_with_no_type_column(
    template_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_logging: None,
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(template_database, db)
    path = padron(tmp_path / "padron.xlsx")
    report = tmp_path / "informe.json"
    code = main(
        ["--db", str(db), "import", str(path), "--as", "organizations", "--report", str(report)]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)  # some rows rejected, the rest imported
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["created"], data["rejected_rows"]) == (6, 1)
    [rejected] = data["rejected"]
    assert (rejected["field"], rejected["code"]) == ("actor_type", "required")
    assert data["corrections"][TYPE_FROM_NAME] == 6
    conn = sqlite3.connect(db)
    try:
        [(actor_type, level)] = conn.execute(
            "SELECT actor_type, government_level FROM organizations "
            "WHERE name = 'Gobierno Regional de Ucayali'"
        )
    finally:
        conn.close()
    assert (actor_type, level) == ("public", "regional")
