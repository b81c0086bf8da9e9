"""People and sign-in sheets as partners send them: a name the sheet gives shorter than the
directory does not shorten it; "GÓMEZ RUIZ, María Fernanda" under "Apellidos y nombres" is
stored given names first; "Manuel | Tuesta | —" is the directory's Manuel Tuesta Arévalo when
nobody else fits; "Total asistentes: 25" under the list is a totals row, not a person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pipeline_support import rows_of, scalar
from test_name_parts import HELD, names_in, preview_of, reasons, semicolon_csv, xlsx

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.name_parts import given_names_first, surname_first
from agencydesk.domain.importing.names import is_total_row, shorter_form
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch, RowChoice

# People of the demo directory.
ARTURO = 11  # Arturo Peña Gálvez, arturo.pena@inifap.gob.mx
MARIA_FERNANDA = 1  # María Fernanda Gómez Ruiz
EFRAIN = 13  # Efraín Chávez Méndez, CURP CAME790707HCSHNF01
MANUEL = 40  # Manuel Tuesta Arévalo, DNI 00074519: on the list of meeting HELD, attended
SUSANA = 43  # Susana Cárdenas Vela: on the list of meeting HELD, absent
CACAO = 38  # Cooperativa Agroindustrial Cacao Aguaytía Ltda., RUC 20605129839
MADERERA = 35  # Maderera Aguaytía S.A.C., RUC 20605234713

SPLIT = ["Nombres", "Apellido paterno", "Apellido materno"]


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def column_of(database: Database, table: str, column: str, record_id: int) -> Any:
    return scalar(database, f"SELECT {column} FROM {table} WHERE id = {record_id}")


def matches(preview: Any) -> list[tuple[int, str] | None]:
    return [(r.match.record_id, r.match.by) if r.match else None for r in preview.rows]


# --- 1. an update never shortens a stored name ----------------------------------------------


def test_shorter_forms() -> None:
    assert shorter_form("arturo", "arturo pena galvez")
    assert shorter_form("arturo galvez", "arturo pena galvez")  # words left out, in order
    assert not shorter_form("arturo pena galvez", "arturo pena galvez")  # the same name
    assert not shorter_form("galvez arturo", "arturo pena galvez")  # another order
    assert not shorter_form("arturo pena rojas", "arturo pena galvez")  # a correction
    assert not shorter_form("", "arturo pena galvez")


def test_an_update_keeps_the_longer_stored_name(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """The surname columns of a roster left empty ("Arturo | — | —"), the row is matched by its
    e-mail: the directory keeps "Arturo Peña Gálvez", the rest of the row updates him."""
    path = xlsx(
        tmp_path / "investigadores.xlsx",
        [*SPLIT, "Correo electrónico", "Cargo"],
        [
            ["Arturo", "—", "—", "arturo.pena@inifap.gob.mx", "Investigador titular"],
            # Only the name differs, and it is shorter: nothing to update.
            ["María Fernanda", "Gómez", None, "maria.gomez@tapachula.gob.mx", None],
        ],
        "INVESTIGADORES Y ENLACES — INIFAP",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert matches(preview) == [(ARTURO, "email"), (MARIA_FERNANDA, "email")]
    result = importer.run(loaded, preview)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert column_of(demo_database, "people", "full_name", ARTURO) == "Arturo Peña Gálvez"
    assert column_of(demo_database, "people", "position", ARTURO) == "Investigador titular"
    assert column_of(demo_database, "people", "sort_name", ARTURO) == "arturo pena galvez"
    name = column_of(demo_database, "people", "full_name", MARIA_FERNANDA)
    assert name == "María Fernanda Gómez Ruiz"


def test_a_corrected_name_still_updates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "correcciones.csv",
        [
            ["Nombre completo", "CURP"],
            ["Efraín Chaves Méndez", "CAME790707HCSHNF01"],  # the surname corrected
        ],
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert matches(preview) == [(EFRAIN, "national_id")]
    assert importer.run(loaded, preview).updated == 1
    assert column_of(demo_database, "people", "full_name", EFRAIN) == "Efraín Chaves Méndez"


def test_an_organization_keeps_its_legal_name(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "padron_actores.xlsx",
        ["Nombre de la organización", "Tipo de actor", "RUC", "Teléfono"],
        [
            # The name without its legal form: the stored one stays, the phone updates.
            ["Cooperativa Agroindustrial Cacao Aguaytía", "Privado", "20605129839", "061-575123"],
            # Another name for the same RUC: a correction.
            ["Maderas Aguaytía S.A.C.", "Privado", "20605234713", None],
        ],
        "PADRÓN DE ACTORES 2025 — UCAYALI",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS, on_match=OnMatch.UPDATE)
    assert matches(preview) == [(CACAO, "tax_id"), (MADERERA, "tax_id")]
    assert importer.run(loaded, preview).updated == 2
    cacao = column_of(demo_database, "organizations", "name", CACAO)
    assert cacao == "Cooperativa Agroindustrial Cacao Aguaytía Ltda."
    assert column_of(demo_database, "organizations", "phone", CACAO) == "061-575123"
    assert column_of(demo_database, "organizations", "name", MADERERA) == "Maderas Aguaytía S.A.C."


# --- 2. "Apellidos y nombres": surnames first, stored given names first -------------------


@pytest.mark.parametrize(
    ("header", "first"),
    [
        ("Apellidos y nombres", True),
        ("APELLIDOS, NOMBRES", True),
        ("Apellido(s) y nombre(s)", True),
        ("Apellidos y nombres del participante", True),
        ("Last name, first name", True),
        ("Sobrenome, nome", True),
        ("Nombres y apellidos", False),
        ("Nombre completo", False),
        ("Nome e sobrenome", False),
        ("Apellido paterno", False),
    ],
)
def test_headers_that_put_the_surnames_first(header: str, first: bool) -> None:
    assert surname_first(header) is first


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # Capitals mark the surnames beside given names in small letters: a convention.
        ("GÓMEZ RUIZ, María Fernanda", "María Fernanda Gómez Ruiz"),
        ("  DE LA CRUZ   MUÑOZ ,  Sandra ", "Sandra de la Cruz Muñoz"),
        ("O'HIGGINS-RIQUELME, Bernardo", "Bernardo O'Higgins-Riquelme"),
        # Typed in one case, or as spelled: the letters stay.
        ("QUISPE HUAMÁN, ANA MARÍA", "ANA MARÍA QUISPE HUAMÁN"),
        ("Del Águila Vargas, Jorge Luis", "Jorge Luis Del Águila Vargas"),
        ("mamani condori, rosa", "rosa mamani condori"),
        # No comma: the capitals alone tell where the surnames end.
        ("GÓMEZ RUIZ María Fernanda", "María Fernanda Gómez Ruiz"),
        ("QUISPE MAMANI  Juan Carlos", "Juan Carlos Quispe Mamani"),
        ("DE LA CRUZ MUÑOZ Sandra", "Sandra de la Cruz Muñoz"),
        ("RÍOS VANEGAS María F.", "María F. Ríos Vanegas"),
        # Not "surnames, given names": as typed.
        ("Rosa Mamani Condori", "Rosa Mamani Condori"),
        ("QUISPE HUAMÁN ANA MARÍA", "QUISPE HUAMÁN ANA MARÍA"),
        ("ING. Fernando Chung", "ING. Fernando Chung"),  # a title is no surname
        ("DR. RÍOS VELA Carlos", "DR. RÍOS VELA Carlos"),
        ("J. RÍOS Carlos", "J. RÍOS Carlos"),
        ("María GÓMEZ RUIZ", "María GÓMEZ RUIZ"),
        ("GÓMEZ María RUIZ", "GÓMEZ María RUIZ"),
        ("mamani condori rosa", "mamani condori rosa"),
        ("Pérez, Juan, Lic.", "Pérez, Juan, Lic."),
        ("Pérez,", "Pérez,"),
    ],
)
def test_given_names_first(typed: str, stored: str) -> None:
    assert given_names_first(typed) == stored


def test_surname_first_names_are_stored_given_names_first_and_matched(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "directorio.xlsx",
        ["N°", "Apellidos y nombres", "Cargo", "Celular"],
        [
            [1, "GÓMEZ RUIZ, María Fernanda", "Regidora de fomento económico", "962 145 880"],
            [2, "QUISPE HUAMÁN, Ana María", "Presidenta de la cooperativa", "987 654 321"],
            [3, "RÍOS VANEGAS, LUZ", "Socia", None],
        ],
        "DIRECTORIO DE CONTACTOS — MESA DEL CAFÉ",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert reasons(preview) == {}
    assert [r.values()["full_name"] for r in preview.rows] == [
        "María Fernanda Gómez Ruiz",
        "Ana María Quispe Huamán",
        "LUZ RÍOS VANEGAS",
    ]
    assert {r.cells["full_name"].reason for r in preview.rows} == {"given_names_first"}
    assert matches(preview) == [(MARIA_FERNANDA, "name"), None, None]
    assert importer.run(loaded, preview).created == 2
    assert names_in(demo_database, "Ana María Q%") == ["Ana María Quispe Huamán"]
    assert names_in(demo_database, "%,%") == []


def test_surname_first_names_without_a_comma_are_told_by_their_capitals(
    importer: ImportService, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["N°", "APELLIDOS Y NOMBRES", "Asistió"],
        [
            [1, "TUESTA ARÉVALO Manuel", "Sí"],
            [2, "CÁRDENAS VELA Susana", "Sí"],
            [3, "PANDURO VELA ZOILA ROSA", "Sí"],  # all in capitals: where do surnames end?
        ],
        "LISTA DE ASISTENCIA — TERCERA SESIÓN",
    )
    _, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert [r.values()["full_name"] for r in preview.rows] == [
        "Manuel Tuesta Arévalo",
        "Susana Cárdenas Vela",
        "PANDURO VELA ZOILA ROSA",
    ]
    assert [r.cells["full_name"].reason for r in preview.rows[:2]] == ["given_names_first"] * 2
    # Matched to their places on the meeting's list (by name: no DNI in the sheet).
    assert [r.match.by if r.match else None for r in preview.rows] == ["name", "name", None]
    assert "Manuel Tuesta Arévalo" in preview.rows[0].match.label
    assert "Susana Cárdenas Vela" in preview.rows[1].match.label


def test_a_sign_in_sheet_headed_last_name_first_matches_the_list(
    importer: ImportService, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "asistencia.csv",
        [
            ["Last name, first name", "Organization", "Attended"],
            ["TUESTA ARÉVALO, Manuel", "OSINFOR", "Yes"],
        ],
    )
    _, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert reasons(preview) == {}
    (row,) = preview.rows
    assert row.values()["full_name"] == "Manuel Tuesta Arévalo"
    assert row.match is not None and row.match.by == "name"


def test_a_comma_under_a_whole_name_header_stays(importer: ImportService, tmp_path: Path) -> None:
    """Only a header that says the surnames come first turns a name around."""
    path = semicolon_csv(
        tmp_path / "contactos.csv",
        [["Nombres y apellidos", "Cargo"], ["Pérez Gutiérrez, María José", "Técnica"]],
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert preview.rows[0].values()["full_name"] == "Pérez Gutiérrez, María José"


# --- 3. a split name with a part missing ----------------------------------------------------


def test_a_name_with_a_surname_missing_matches_the_one_person_it_can_be(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "enlaces.xlsx",
        [*SPLIT, "DNI", "Cargo"],
        [
            ["Manuel", "Tuesta", None, None, "Jefe de la oficina desconcentrada"],
            # A given name alone, surnames alone: too little to tell.
            ["María Fernanda", "—", "—", None, "Regidora"],
            ["", "Flores", "Mozombite", None, "Especialista"],
        ],
        "ENLACES INSTITUCIONALES",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert matches(preview) == [(MANUEL, "name"), None, None]
    assert preview.rows[0].choice is RowChoice.UPDATE
    result = importer.run(loaded, preview)
    assert (result.updated, result.created) == (1, 2)
    # Updated, but not shortened (the name the row gives is a shorter form of his).
    assert column_of(demo_database, "people", "full_name", MANUEL) == "Manuel Tuesta Arévalo"
    position = column_of(demo_database, "people", "position", MANUEL)
    assert position == "Jefe de la oficina desconcentrada"
    assert names_in(demo_database, "Manuel Tuesta%") == ["Manuel Tuesta Arévalo"]

    # Another DNI (or e-mail) than his: another Manuel Tuesta.
    other = xlsx(
        tmp_path / "promotores.xlsx",
        [*SPLIT, "DNI", "Correo"],
        [
            ["Manuel", "Tuesta", "", "70011223", None],
            ["Manuel", "Tuesta", "", None, "mtuesta@gmail.com"],
        ],
        "PROMOTORES",
    )
    _, preview = preview_of(importer, other, ImportKind.PEOPLE)
    assert matches(preview) == [None, None]


def test_a_shorter_name_that_fits_several_people_matches_none(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    first = xlsx(
        tmp_path / "socias.xlsx",
        SPLIT,
        [["Rosa", "Tuesta", "Ríos"], ["Rosa", "Tuesta", "Vela"]],
        "SOCIAS",
    )
    loaded, preview = preview_of(importer, first, ImportKind.PEOPLE)
    assert importer.run(loaded, preview).created == 2
    again = xlsx(tmp_path / "taller.xlsx", SPLIT, [["Rosa", "Tuesta", None]], "TALLER")
    _, preview = preview_of(importer, again, ImportKind.PEOPLE)
    assert matches(preview) == [None]


JUAN_CARLOS = 15  # Juan Carlos Roblero Pérez: Roblero his father's surname, Pérez his mother's


def test_a_surname_missing_is_not_filled_by_a_mothers_surname(
    importer: ImportService, tmp_path: Path
) -> None:
    """With the second surname empty, the row ends with the first surname: it must stand where
    a first surname stands, second-to-last. "Juan | Pérez | —" is not Juan Carlos Roblero
    Pérez, "Manuel | Arévalo | —" not Manuel Tuesta Arévalo: both are new people."""
    path = xlsx(
        tmp_path / "productores.xlsx",
        [*SPLIT, "Cargo"],
        [["Juan", "Pérez", None, "Productor"], ["Manuel", "Arévalo", "", "Promotor"]],
        "PRODUCTORES",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert matches(preview) == [None, None]
    assert importer.run(loaded, preview).created == 2


def test_a_middle_name_missing_matches_by_both_surnames(
    importer: ImportService, tmp_path: Path
) -> None:
    first = xlsx(tmp_path / "socias.xlsx", SPLIT, [["Zoila Rosa", "Panduro", "Vela"]], "SOCIAS")
    loaded, preview = preview_of(importer, first, ImportKind.PEOPLE)
    assert importer.run(loaded, preview).created == 1
    # Both surnames given, a given name left out: the names end alike.
    again = xlsx(
        tmp_path / "taller.xlsx",
        SPLIT,
        [["Zoila", "Panduro", "Vela"], ["Zoila", "Vela", "Panduro"]],
        "TALLER",
    )
    _, preview = preview_of(importer, again, ImportKind.PEOPLE)
    assert [m[1] if m else None for m in matches(preview)] == ["name", None]


def test_the_same_person_twice_in_the_file_with_a_part_missing(
    importer: ImportService, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "padron.xlsx",
        SPLIT,
        [["Zoila Rosa", "Panduro", "Arévalo"], ["Zoila Rosa", "Panduro", "-"]],
        "PADRÓN",
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.duplicate_of for r in preview.rows] == [None, 4]
    assert [r.choice for r in preview.rows] == [RowChoice.CREATE, RowChoice.SKIP]


def test_a_sign_in_sheet_finds_people_with_a_surname_missing(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        [*SPLIT, "Asistió"],
        [["Manuel", "Tuesta", None, "Sí"], ["Susana", "Cárdenas", "", "Sí"]],
        "LISTA DE ASISTENCIA — TERCERA SESIÓN",
    )
    loaded, preview = preview_of(
        importer, path, ImportKind.ATTENDANCE, meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    assert reasons(preview) == {}
    assert all(r.match is not None and r.match.by == "name" for r in preview.rows)
    before = scalar(demo_database, "SELECT COUNT(*) FROM people")
    result = importer.run(loaded, preview)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert scalar(demo_database, "SELECT COUNT(*) FROM people") == before
    attended = scalar(
        demo_database,
        f"SELECT attended FROM attendances WHERE meeting_id = {HELD} AND person_id = {SUSANA}",
    )
    assert attended


def test_a_whole_name_of_two_words_matches_the_one_person_it_can_be(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """A whole "Manuel Tuesta" is a given name and the first surname, as people write
    themselves: Manuel Tuesta Arévalo. Not "Manuel Arévalo" (his mother's surname), not "Juan
    Pérez" (Juan Carlos Roblero Pérez), not a longer name that is not his, not another DNI."""
    path = xlsx(
        tmp_path / "enlaces.xlsx",
        ["Nombre completo", "DNI", "Cargo"],
        [
            ["Manuel Tuesta", None, "Jefe de la oficina desconcentrada"],
            ["Manuel Arévalo", None, "Promotor"],
            ["Juan Pérez", None, "Productor"],
            ["Manuel Tuesta Ríos", None, "Productor"],
        ],
        "ENLACES INSTITUCIONALES",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert matches(preview) == [(MANUEL, "name"), None, None, None]
    result = importer.run(loaded, preview)
    assert (result.updated, result.created) == (1, 3)
    assert column_of(demo_database, "people", "full_name", MANUEL) == "Manuel Tuesta Arévalo"
    position = column_of(demo_database, "people", "position", MANUEL)
    assert position == "Jefe de la oficina desconcentrada"

    # Another DNI than his: another Manuel Tuesta.
    other = xlsx(
        tmp_path / "promotores.xlsx",
        ["Nombre completo", "DNI"],
        [["Manuel Tuesta", "70011223"]],
        "PROMOTORES",
    )
    _, preview = preview_of(importer, other, ImportKind.PEOPLE)
    assert matches(preview) == [None]


def test_a_whole_name_that_fits_several_people_matches_none(
    importer: ImportService, tmp_path: Path
) -> None:
    first = xlsx(
        tmp_path / "socias.xlsx",
        ["Nombre completo"],
        [["Rosa Tuesta Ríos"], ["Rosa Tuesta Vela"], ["Zoila Panduro Vela"]],
        "SOCIAS",
    )
    loaded, preview = preview_of(importer, first, ImportKind.PEOPLE)
    assert importer.run(loaded, preview).created == 3
    again = xlsx(
        tmp_path / "taller.xlsx", ["Nombre completo"], [["Rosa Tuesta"], ["Zoila Panduro"]], "T"
    )
    _, preview = preview_of(importer, again, ImportKind.PEOPLE)
    assert [m[1] if m else None for m in matches(preview)] == [None, "name"]


def test_a_shorter_name_with_another_plausible_holder_or_a_new_id_matches_none(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    first = xlsx(
        tmp_path / "socios.xlsx",
        ["Nombre completo", "DNI"],
        [["Rosa Quispe Mamani", "41234501"], ["Rosa Elvira Quispe", None],
         ["Julio Sangama Tapullima", None]],
        "SOCIOS",
    )  # fmt: skip
    loaded, preview = preview_of(importer, first, ImportKind.PEOPLE)
    assert importer.run(loaded, preview).created == 3
    again = xlsx(
        tmp_path / "taller.xlsx",
        ["Nombre completo", "DNI", "Cargo"],
        [
            ["Rosa Quispe", None, "Socia"],  # Quispe Mamani, or Rosa Elvira Quispe?
            ["Julio Sangama", "45556677", "Socio"],  # a DNI he has not: not confirmed
        ],
        "TALLER",
    )
    loaded, preview = preview_of(importer, again, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert matches(preview) == [None, None]
    importer.run(loaded, preview)
    sql = "SELECT national_id FROM people WHERE full_name = 'Julio Sangama Tapullima'"
    assert scalar(demo_database, sql) is None


def test_a_whole_name_repeated_shorter_in_the_file_is_a_duplicate(
    importer: ImportService, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "padron.xlsx",
        ["Nombre completo", "Celular"],
        [["Zoila Rosa Panduro Arévalo", "987654321"], ["Zoila Panduro", "987654321"]],
        "PADRÓN DE SOCIAS",
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.duplicate_of for r in preview.rows] == [None, 4]
    assert [r.choice for r in preview.rows] == [RowChoice.CREATE, RowChoice.SKIP]


def test_a_sign_in_sheet_finds_people_by_a_whole_name_of_two_words(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["Nombres y apellidos", "Asistió"],
        [["Manuel Tuesta", "Sí"], ["Susana Cárdenas", "Sí"]],
        "LISTA DE ASISTENCIA — TERCERA SESIÓN",
    )
    loaded, preview = preview_of(
        importer, path, ImportKind.ATTENDANCE, meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    assert reasons(preview) == {}
    before = scalar(demo_database, "SELECT COUNT(*) FROM people")
    result = importer.run(loaded, preview)
    assert result.created == 0
    assert scalar(demo_database, "SELECT COUNT(*) FROM people") == before
    attended = rows_of(
        demo_database,
        f"SELECT person_id, attended FROM attendances WHERE meeting_id = {HELD} "
        f"AND person_id IN ({MANUEL}, {SUSANA}) ORDER BY person_id",
    )
    assert [tuple(r) for r in attended] == [(MANUEL, 1), (SUSANA, 1)]


MILAGROS, WILDER, LUIS_FERNANDO, PEDRO_PABLO, JORGE_LUIS, FERNANDO = 29, 30, 32, 42, 46, 47


def test_names_written_otherwise_match_the_directory(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """Surnames first with no header saying so, a title before the name, a surname with its
    particle, the second surname left out: the person already in the directory, not a new
    one; and an update keeps the directory's spelling."""
    path = xlsx(
        tmp_path / "contactos.xlsx",
        ["Nombre completo", "Cargo"],
        [
            ["Ríos Tapullima, Milagros", "Gerenta"],
            ["Sánchez Ruiz Wilder", "Presidente"],
            ["Luis Fernando Ñahui", "Técnico"],
            ["Sr. Pedro Pablo Mego Chávez", "Socio"],
            ["Jorge Del Aguila", "Asesor"],
            ["Ing. Fernando Chung Ramírez", "Jefe de planta"],
        ],
        "CONTACTOS DE LA MESA",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert [m[0] if m else None for m in matches(preview)] == [
        MILAGROS, WILDER, LUIS_FERNANDO, PEDRO_PABLO, JORGE_LUIS, FERNANDO,
    ]  # fmt: skip
    before = scalar(demo_database, "SELECT COUNT(*) FROM people")
    result = importer.run(loaded, preview)
    assert (result.created, result.updated) == (0, 6)
    assert scalar(demo_database, "SELECT COUNT(*) FROM people") == before
    assert column_of(demo_database, "people", "full_name", WILDER) == "Wilder Sánchez Ruiz"
    assert column_of(demo_database, "people", "full_name", FERNANDO) == "Fernando Chung Ramírez"
    assert column_of(demo_database, "people", "position", FERNANDO) == "Jefe de planta"


def test_names_written_otherwise_that_say_too_little_match_nobody(
    importer: ImportService, tmp_path: Path
) -> None:
    first = xlsx(
        tmp_path / "socias.xlsx",
        ["Nombre completo"],
        [["María Rosa"], ["Don Pepe"]],
        "SOCIAS",
    )
    loaded, preview = preview_of(importer, first, ImportKind.PEOPLE)
    assert importer.run(loaded, preview).created == 2
    again = xlsx(
        tmp_path / "taller.xlsx",
        ["Nombre completo"],
        [
            ["Rosa María"],  # two words in another order: maybe another person
            ["Juan Carlos Pérez"],  # not Juan Carlos Roblero Pérez without his first surname
            ["Don Pepe"],  # a title with one word after it is a name
        ],
        "TALLER",
    )
    _, preview = preview_of(importer, again, ImportKind.PEOPLE)
    assert [m[1] if m else None for m in matches(preview)] == [None, None, "name"]


def test_a_sign_in_sheet_finds_people_written_otherwise(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["Participante", "Asistió"],
        [["Jorge Del Aguila", "Sí"], ["Lic. Milagros Ríos Tapullima", "Sí"]],
        "LISTA DE ASISTENCIA",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert reasons(preview) == {}
    before = scalar(demo_database, "SELECT COUNT(*) FROM people")
    importer.run(loaded, preview)
    assert scalar(demo_database, "SELECT COUNT(*) FROM people") == before
    people = rows_of(
        demo_database,
        f"SELECT person_id FROM attendances WHERE meeting_id = {HELD} AND attended "
        f"AND person_id IN ({JORGE_LUIS}, {MILAGROS}) ORDER BY person_id",
    )
    assert [r[0] for r in people] == [MILAGROS, JORGE_LUIS]


# --- 4. totals rows under a list --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "total"),
    [
        (["Total asistentes: 25"], True),
        (["Total participantes"], True),
        (["TOTAL DE PARTICIPANTES", None, 25], True),
        ([None, "Total de asistentes :", "18"], True),
        (["Total: 18"], True),
        (["Gran total de inscritos", 40], True),
        (["Total general de participantes: 125"], True),
        (["Total geral de presentes", 12], True),  # Portuguese
        (["Total attendees", 30], True),  # English
        (["Total horas: 12"], True),  # a label, a colon, its number
        (["Totalplay S.A."], False),
        (["Totalplay S.A. de C.V.", "Privado", 20], False),
        (["Total Energies"], False),
        (["Total Seguros 2"], False),
        (["Total participantes", "pendiente"], False),  # text after it: data
        # Data rows that open like a totals label: an indicator dated and measured (the date
        # as a day number or as text), a firm with its tax id and phone.
        (["Total de productores capacitados", 45382, 120], False),
        (["Total de productores capacitados", "31.03.2024", 120], False),
        (["Total de productores", 45382, 120], False),
        (["Total 360", 20123456789, 987654321], False),
        (["Total: 18", 20123456789], False),
        (["TOTAL", 12, 40, 3], True),  # a row of sums: as many as it likes
    ],
)
def test_totals_labels(cells: list[Any], total: bool) -> None:
    assert is_total_row(cells) is total


def test_totals_rows_under_a_sign_in_sheet_are_skipped(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["Nombres y apellidos", "Institución", "Asistió"],
        [
            ["Manuel Tuesta Arévalo", "OSINFOR", "Sí"],
            ["Rosa Tuesta Ríos", "Totalplay S.A.", "Sí"],
            [],
            ["Total asistentes: 2"],
            ["TOTAL PARTICIPANTES", None, 2],
        ],
        "LISTA DE ASISTENCIA",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert reasons(preview) == {}
    assert [r.values()["full_name"] for r in preview.rows] == [
        "Manuel Tuesta Arévalo",
        "Rosa Tuesta Ríos",
    ]
    assert (preview.skipped_total, preview.skipped_blank) == (2, 1)
    importer.run(loaded, preview)
    assert rows_of(demo_database, "SELECT name FROM organizations WHERE name LIKE 'Total%'") == [
        ("Totalplay S.A.",)
    ]


def test_totals_rows_under_a_people_list_are_skipped(
    importer: ImportService, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "participantes.csv",
        [
            ["Participantes del taller de poda"],
            [],
            ["Nombre completo", "Cargo"],
            ["Teodoro Totalá Ríos", "Productor"],  # "total" in a name: data
            ["Total participantes", ""],
            ["TOTAL", "1"],
        ],
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.values()["full_name"] for r in preview.rows] == ["Teodoro Totalá Ríos"]
    assert preview.skipped_total == 2
