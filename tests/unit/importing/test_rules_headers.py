"""Header keys, column mapping, header-row detection and kind guessing."""

from __future__ import annotations

from datetime import date

from agencydesk.domain.importing.headers import (
    detect_header_row,
    guess_kind,
    header_key,
    header_signature,
    map_headers,
    mapping_score,
)
from agencydesk.domain.importing.kinds import ImportKind

ORGS = ImportKind.ORGANIZATIONS


def test_header_key_folds_accents_case_punctuation_and_underscores() -> None:
    assert header_key("Correo Electrónico") == "correo electronico"
    assert header_key("  CORREO_ELECTRONICO: ") == "correo electronico"
    assert header_key("Razón  social\n(según SUNAT)") == "razon social segun sunat"
    assert header_key("% Avance") == header_key("Avance %") == "avance"
    assert header_key(None) == ""
    assert header_key(2024) == "2024"
    assert header_key(date(2024, 3, 15)) == "2024-03-15"


def test_header_key_keeps_the_number_sign_meaningful() -> None:
    assert header_key("N°") == header_key("Nº") == header_key("N.º") == "nro"
    assert header_key("N° de socios") == header_key("Nro. de socios") == "nro de socios"
    assert header_key("No. de acuerdo") == "nro de acuerdo"
    assert header_key("Teléfono.") == "telefono"  # "fono." is not a number sign


def test_spanish_partner_headers_map() -> None:
    headers = [
        "N°",
        "Razón Social",
        "Tipo de Institución",
        "RUC",
        "Correo electrónico",
        "Celular",
        "Rubro",
        "Representante Legal",
        "Observaciones",
    ]
    assert map_headers(headers, ORGS) == {
        1: "name",
        2: "actor_type",
        3: "tax_id",
        4: "email",
        5: "phone",
        6: "sector",
        7: "representative",
        8: "notes",
    }


def test_portuguese_and_english_headers_map() -> None:
    pt = ["Nome da organização", "Tipo de ator", "CNPJ", "E-mail", "Telefone"]
    assert map_headers(pt, ORGS) == {
        0: "name",
        1: "actor_type",
        2: "tax_id",
        3: "email",
        4: "phone",
    }
    en = ["Organization name", "Actor type", "Tax ID", "Email", "Website"]
    assert list(map_headers(en, ORGS).values()) == [
        "name",
        "actor_type",
        "tax_id",
        "email",
        "website",
    ]


def test_a_synonym_inside_a_longer_header_maps() -> None:
    mapping = map_headers(["Nombre de la institución u organización", "Correo del contacto"], ORGS)
    assert mapping == {0: "name", 1: "email"}


def test_sector_is_the_sector_field_and_actor_type_still_finds_its_column() -> None:
    assert map_headers(["Sector"], ORGS) == {0: "sector"}
    assert map_headers(["Sector", "Tipo"], ORGS) == {0: "sector", 1: "actor_type"}
    assert map_headers(["Sector público/privado", "Sector"], ORGS) == {
        0: "actor_type",
        1: "sector",
    }


def test_each_field_once_and_the_leftmost_column_wins_a_tie() -> None:
    mapping = map_headers(["Correo", "Teléfono", "Correo"], ORGS)
    assert mapping == {0: "email", 1: "phone"}


def test_an_exact_header_beats_one_that_only_contains_a_synonym() -> None:
    people = map_headers(["Nombre de la organización", "Nombre completo"], ImportKind.PEOPLE)
    assert people == {0: "organization", 1: "full_name"}


def test_export_columns_that_are_not_fields_never_map() -> None:
    headers = ["id", "uuid", "name", "territory", "territory_id", "created_at", "updated_at"]
    assert map_headers(headers, ORGS) == {1: "uuid", 2: "name", 3: "territory"}
    people = ["id", "full_name", "organization_id", "organization"]
    assert map_headers(people, ImportKind.PEOPLE) == {1: "full_name", 3: "organization"}
    actions = ["code", "title", "responsible_id", "responsible", "plan_id"]
    assert map_headers(actions, ImportKind.ACTIONS) == {0: "code", 1: "title", 3: "responsible"}


def test_the_number_sign_maps_per_kind() -> None:
    assert map_headers(["N°", "Acción"], ImportKind.ACTIONS) == {0: "code", 1: "title"}
    assert map_headers(["Nº", "Acuerdo"], ImportKind.AGREEMENTS) == {0: "number", 1: "text"}


def test_required_fields_weigh_more_in_the_score() -> None:
    assert mapping_score(["Nombre", "Tipo de actor"], ORGS) == 6
    assert mapping_score(["Correo", "Teléfono"], ORGS) == 2
    assert mapping_score([], ORGS) == 0


def test_header_row_below_a_merged_title_blank_rows_and_a_subtitle() -> None:
    rows = [
        ["PADRÓN DE ACTORES 2025", None, None],  # a merged title: only its first cell
        [],
        ["Mesa Ejecutiva Forestal de Ucayali — actualizado a marzo"],
        ["N°", "Nombre de la organización", "Tipo de actor", "RUC", "Correo electrónico"],
        [1, "Cooperativa Café Sierra", "Privado", "20123456789", "coop@cafe.pe"],
        [2, "Municipalidad de Coronel Portillo", "Público", None, None],
    ]
    assert detect_header_row(rows, ORGS) == 3
    assert detect_header_row(rows) == 3
    assert guess_kind(rows) is ORGS


def test_header_row_on_the_first_row() -> None:
    rows = [["Nombre", "Tipo"], ["Coop", "Privado"]]
    assert detect_header_row(rows, ORGS) == 0


def test_header_row_when_nothing_maps_is_the_first_text_row_followed_by_data() -> None:
    rows = [["Informe"], [], ["Columna A", "Columna B"], ["x", "y"]]
    assert detect_header_row(rows, ORGS) == 2
    assert detect_header_row([]) == 0


def test_header_row_only_within_the_scan() -> None:
    rows = [["x"]] * 40 + [["Nombre", "Tipo de actor"]]
    assert detect_header_row(rows, ORGS, max_scan=30) == 0
    assert detect_header_row(rows, ORGS, max_scan=50) == 40


def test_guess_kind() -> None:
    attendance = [["Nombre completo", "Institución", "Cargo", "Asistió"], ["Ana", "X", "Y", "Sí"]]
    assert guess_kind(attendance) is ImportKind.ATTENDANCE
    people = [["Nombre completo", "DNI", "Institución", "Sexo"], ["Ana", "012", "X", "F"]]
    assert guess_kind(people) is ImportKind.PEOPLE
    actions = [["Código", "Eje", "Acción", "Responsable", "Presupuesto", "Inicio", "Fin"]]
    assert guess_kind(actions) is ImportKind.ACTIONS
    progress = [["Código", "Estado", "% Avance"], ["A1", "En curso", "45%"]]
    assert guess_kind(progress) is ImportKind.PROGRESS
    measurements = [["Indicador", "Fecha", "Valor", "Fuente"]]
    assert guess_kind(measurements) is ImportKind.MEASUREMENTS
    agreements = [["N°", "Acuerdo", "Responsable", "Plazo"]]
    assert guess_kind(agreements) is ImportKind.AGREEMENTS


def test_header_signature_ignores_spelling_and_trailing_empty_cells() -> None:
    a = header_signature(["Nombre", "Correo Electrónico", None])
    b = header_signature(["NOMBRE", "correo_electronico"])
    assert a == b == "nombre|correo electronico"
    assert header_signature(["Correo", "Nombre"]) != a
