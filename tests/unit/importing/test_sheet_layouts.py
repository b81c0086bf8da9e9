"""Sheets laid out as partners lay them out: footnotes under the table ("Fuente: …",
"Elaborado por: …", "Nota: …"), column names over two rows ("APELLIDOS" merged over "Paterno |
Materno", "PLAZOS" over "Inicio | Fin"), and organizations named with an honorific ("H.
Ayuntamiento de Tapachula", "Ilustre Municipalidad de Valdivia") or without it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of, scalar
from test_name_parts import HELD, preview_of, reasons

from agencydesk.cli import main
from agencydesk.domain.importing.footnotes import (
    footnote_column,
    is_footnote_text,
    marked_column,
)
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import organization_key
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch

FOREST_PLAN = 1  # demo: Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")


def workbook(path: Path, rows: list[list[Any]], merged: tuple[str, ...] = ()) -> Path:
    """A partner's .xlsx: ``rows`` from A1 down, ``merged`` ranges such as "C3:D3"."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Hoja1"
    for row in rows:
        sheet.append(row)
    for area in merged:
        sheet.merge_cells(area)
    book.save(path)
    return path


def cli(*args: str) -> tuple[int, dict[str, Any]]:
    report = Path(args[args.index("--report") + 1])
    code = main(list(args))
    return code, json.loads(report.read_text(encoding="utf-8"))


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def org_id(database: Database, name: str) -> int:
    return scalar(database, f"SELECT id FROM organizations WHERE name = '{name}'")


# --- 1. footnotes under the table -------------------------------------------------------------

FOOTNOTES = [
    "Fuente: Registro de socios 2025",
    "Fuentes: INEI, SUNAT",
    "Elaborado por: Lic. Ana Gómez",
    "Elaborado por la Gerencia de Desarrollo Económico",
    "Elaboración: Oficina de Fomento Productivo",
    "Nota: los datos personales se tratan conforme a la ley",
    "NOTAS:",
    "Nota 1: montos en soles",
    "Obs.: dos socios en trámite",
    "Observación: sin DNI",
    "Observaciones: ninguna",
    "Actualizado al 31/03/2025",
    "Fecha de corte: 31/12/2024",
    "Revisado por: Ing. Pedro Ruiz",
    "Aprobado por: Gerente municipal",
    "Fonte: IBGE",
    "Elaborado por: Secretaria de Agricultura",
    "Observação: dados preliminares",
    "Source: Chamber of Commerce",
    "Note: figures in USD",
    "Prepared by: Regional Office",
]
NOT_FOOTNOTES = [
    "Notaría Pública 12",
    "Fuentes de Agua S.A.C.",
    "Nota Bene Consultores",
    "Nota técnica de manejo forestal",
    "Aprobado por unanimidad el plan de trabajo",  # an agreement's text
    "Observatorio Regional de Empleo",
    "Elaboración de quesos madurados",
    "Source Energy S.A.C.",
]


@pytest.mark.parametrize("text", FOOTNOTES)
def test_footnote_labels(text: str) -> None:
    assert is_footnote_text(text)
    assert footnote_column([text]) == 0
    assert footnote_column([None, text, None, ""]) == 1  # merged across from column B


@pytest.mark.parametrize("text", NOT_FOOTNOTES)
def test_names_and_titles_that_open_with_a_label_word_are_data(text: str) -> None:
    assert not is_footnote_text(text)
    assert footnote_column([text]) is None


def test_a_label_with_other_cells_filled_is_data() -> None:
    assert footnote_column(["Fuente: propia", "Privado", "20123456789"]) is None
    assert footnote_column(["Nota técnica de riego", date(2025, 3, 1), 1500]) is None
    # A note runs on in its own column; another column, or a second cell, is data again.
    assert footnote_column(["la Ley N° 29733."], after=0) == 0
    assert footnote_column([None, "la Ley N° 29733."], after=0) is None
    assert footnote_column(["Ana Quispe", "40123456"], after=0) is None


def test_a_note_runs_on_only_with_a_small_letter_and_marks_wait_for_the_end() -> None:
    assert footnote_column(["Julio Sangama Tapullima"], after=0) is None  # a name: data
    assert marked_column(["(*) Incluye a las socias fundadoras"]) == 0
    assert marked_column([None, "* Socios en proceso de inscripción"]) == 1
    assert marked_column(["* Asociación Los Andes", "Privado"]) is None
    assert marked_column(["Asociación Los Andes"]) is None


def test_marked_names_and_names_after_a_note_in_the_table_are_data(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """A partner marks names with "*" and writes a note above names without DNI: they are
    the table's rows. Only a "(*)" below the last data row is a footnote."""
    path = workbook(
        tmp_path / "padron.xlsx",
        [
            ["Nombres y apellidos", "DNI"],
            ["* Asociación de Productores Agropecuarios Los Andes"],
            ["Julia Pacaya Ríos", "41234567"],
            ["Nota: los siguientes socios no presentaron DNI"],
            ["Julio Sangama Tapullima"],
            ["Teófilo Amasifuén Ríos"],
            [],
            ["(*) En proceso de inscripción en SUNARP"],
        ],
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert [r.values()["full_name"] for r in preview.rows] == [
        "* Asociación de Productores Agropecuarios Los Andes",
        "Julia Pacaya Ríos",
        "Julio Sangama Tapullima",
        "Teófilo Amasifuén Ríos",
    ]
    assert (preview.skipped_blank, preview.skipped_notes) == (1, 2)


def test_footnotes_under_a_padron_are_skipped_and_counted(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "padron_socios.xlsx",
        [
            ["PADRÓN DE SOCIOS — ASOCIACIÓN DE PRODUCTORES DE CACAO"],
            [],
            ["N°", "Nombres y apellidos", "DNI", "Cargo"],
            [1, "Julia Pacaya Ríos", "41234567", "Presidenta"],
            [2, "Teodoro Fasabi Lomas", "42345678", "Tesorero"],
            ["Total de socios: 2"],
            [],
            ["Fuente: Registro de socios 2025"],
            ["Elaborado por: Lic. Ana Gómez"],
            ["Nota: los datos personales se tratan conforme a"],
            ["la Ley N° 29733, de Protección de Datos Personales."],  # the note runs on
        ],
        ("A1:D1", "A8:D8", "A9:D9", "A10:D10", "A11:D11"),
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert reasons(preview) == {}
    assert [r.values()["full_name"] for r in preview.rows] == [
        "Julia Pacaya Ríos",
        "Teodoro Fasabi Lomas",
    ]
    assert (preview.skipped_total, preview.skipped_blank, preview.skipped_notes) == (1, 1, 4)
    result = importer.run(loaded, preview)
    assert (result.created, result.rejected) == (2, ())
    stored = rows_of(
        demo_database,
        "SELECT full_name, national_id FROM people WHERE national_id IN ('41234567', '42345678')"
        " ORDER BY national_id",
    )
    assert stored == [("Julia Pacaya Ríos", "41234567"), ("Teodoro Fasabi Lomas", "42345678")]
    for word in ("Fuente%", "Elaborado%", "Nota%", "la Ley%", "Total%"):
        sql = f"SELECT COUNT(*) FROM people WHERE full_name LIKE '{word}'"
        assert scalar(demo_database, sql) == 0


def test_footnotes_under_a_sign_in_sheet_are_no_attendees(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    before = scalar(demo_database, f"SELECT COUNT(*) FROM attendances WHERE meeting_id = {HELD}")
    people_before = scalar(demo_database, "SELECT COUNT(*) FROM people")
    path = workbook(
        tmp_path / "asistencia.xlsx",
        [
            ["LISTA DE ASISTENCIA — SESIÓN ORDINARIA"],
            ["N°", "Nombres y apellidos", "Institución", "Firma"],
            [1, "Lucía Ramírez Soto", "OSINFOR", "firmado"],
            [2, "Óscar Panduro Vela", "OSINFOR", "firmado"],
            [],
            ["Fuente: Libro de asistencia de la Mesa"],
            ["Observaciones: la sesión empezó con 20 minutos de retraso"],
            ["(*) Se retiró antes del cierre"],
        ],
        ("A1:D1", "A6:D6", "A7:D7", "A8:D8"),
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert reasons(preview) == {}
    assert [r.values()["full_name"] for r in preview.rows] == [
        "Lucía Ramírez Soto",
        "Óscar Panduro Vela",
    ]
    assert (preview.skipped_blank, preview.skipped_notes) == (1, 3)
    importer.run(loaded, preview)
    after = scalar(demo_database, f"SELECT COUNT(*) FROM attendances WHERE meeting_id = {HELD}")
    assert after == before + 2
    assert scalar(demo_database, "SELECT COUNT(*) FROM people") == people_before + 2
    sql = "SELECT COUNT(*) FROM people WHERE full_name LIKE '%:%' OR full_name LIKE '(*)%'"
    assert scalar(demo_database, sql) == 0


ACTIONS = [
    ["Código", "Eje", "Acción", "Fecha de inicio", "Fecha de término", "Presupuesto"],
    ["M-1", "Eje 1", "Diagnóstico de viveros", date(2025, 3, 1), date(2025, 6, 30), 12000],
    ["M-2", "Eje 1", "Nota técnica de manejo forestal", date(2025, 4, 1), date(2025, 5, 31), 3500],
    ["M-3", "Eje 2", "Feria de la madera legal", date(2025, 9, 1), date(2025, 9, 3), 20000],
    ["Fuente: POI 2025 de la Gerencia Regional"],
    ["Elaborado por: Gerencia de Desarrollo Económico"],
    ["Nota 1: montos en soles"],
    ["Actualizado al 31/03/2025"],
]


def test_footnotes_under_an_action_plan_are_no_rejects_in_the_cli(tmp_path: Path) -> None:
    db, report = tmp_path / "oficina.sqlite3", tmp_path / "informe.json"
    rejects = tmp_path / "rechazos.xlsx"
    path = workbook(tmp_path / "plan.xlsx", ACTIONS, ("A5:F5", "A6:F6", "A7:F7", "A8:F8"))
    code, data = cli("--db", str(db), "import", str(path), "--as", "actions",
                     "--plan", "Plan de la madera 2025", "--report", str(report),
                     "--rejects", str(rejects))  # fmt: skip
    assert code == 0
    assert (data["created"], data["rejected"], data["rejected_rows"]) == (3, [], 0)
    assert (data["note_rows"], data["totals_rows"], data["blank_rows"]) == (4, 0, 0)
    assert data["skipped"] == 4 and data["rows"] == 3
    assert query(db, "SELECT code, title, start_date, end_date FROM actions ORDER BY code") == [
        ("M-1", "Diagnóstico de viveros", "2025-03-01", "2025-06-30"),
        ("M-2", "Nota técnica de manejo forestal", "2025-04-01", "2025-05-31"),
        ("M-3", "Feria de la madera legal", "2025-09-01", "2025-09-03"),
    ]


def test_organizations_named_like_labels_are_created(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "actores.xlsx",
        [
            ["Nombre de la organización", "Tipo de actor", "RUC"],
            ["Notaría Pública 12", "Privado", "20991111111"],
            ["Fuentes de Agua S.A.C.", "Privado", "20992222222"],
            ["Nota Bene Consultores", "Privado", "20993333333"],
            ["Fuente: SUNAT, consulta RUC"],
        ],
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert reasons(preview) == {}
    assert preview.skipped_notes == 1
    assert importer.run(loaded, preview).created == 3
    sql = "SELECT name FROM organizations WHERE tax_id LIKE '2099%' ORDER BY tax_id"
    assert rows_of(demo_database, sql) == [
        ("Notaría Pública 12",),
        ("Fuentes de Agua S.A.C.",),
        ("Nota Bene Consultores",),
    ]


# --- 2. column names over two rows ------------------------------------------------------------

PADRON = [
    ["PADRÓN DE SOCIOS 2025 — COOPERATIVA AGRARIA CAFETALERA"],
    [],
    ["N°", "NOMBRES", "APELLIDOS", None, "DNI", "CONTACTO"],
    [None, None, "Paterno", "Materno", None, "Celular", "Correo"],
    [1, "Ana María", "Quispe", "Mamani", "40123456", "987654321", "ana.quispe@gmail.com"],
    [2, "Wilder", "Ccahuana", "Huamán", "09876543", "912345678", "wccahuana@hotmail.com"],
]
PADRON_MERGED = ("A1:G1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:G3")
PADRON_MAPPING = {
    1: "given_names",
    2: "surname",
    3: "second_surname",
    4: "national_id",
    5: "phone",
    6: "email",
}


def test_a_two_row_header_with_merged_groups_maps_every_column(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "padron.xlsx", PADRON, PADRON_MERGED)
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    setup = preview.setup
    assert (setup.header_row, preview.header_rows) == (3, (2, 3))  # rows 3 and 4
    assert setup.mapping == PADRON_MAPPING
    assert preview.headers == (
        "N°",
        "NOMBRES",
        "APELLIDOS Paterno",
        "APELLIDOS Materno",
        "DNI",
        "CONTACTO Celular",
        "CONTACTO Correo",
    )
    assert reasons(preview) == {}
    assert [r.row for r in preview.rows] == [5, 6]
    assert importer.run(loaded, preview).created == 2
    stored = rows_of(
        demo_database,
        "SELECT full_name, national_id, phone, email FROM people"
        " WHERE national_id IN ('40123456', '09876543') ORDER BY full_name",
    )
    assert stored == [
        ("Ana María Quispe Mamani", "40123456", "987654321", "ana.quispe@gmail.com"),
        ("Wilder Ccahuana Huamán", "09876543", "912345678", "wccahuana@hotmail.com"),
    ]


def test_the_upper_row_pointed_at_takes_the_lower_and_the_mapping_is_remembered(
    importer: ImportService, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "padron.xlsx", PADRON, PADRON_MERGED)
    loaded = importer.load(path)
    pointed = importer.propose(loaded, ImportKind.PEOPLE, header_row=2)  # "N° | NOMBRES…"
    assert (pointed.header_row, pointed.mapping) == (3, PADRON_MAPPING)
    assert importer.propose(loaded, ImportKind.PEOPLE, header_row=3).mapping == PADRON_MAPPING
    # The user leaves the phone out; the next file laid out the same way gets that back.
    chosen = {c: n for c, n in PADRON_MAPPING.items() if n != "phone"}
    preview = importer.preview(loaded, replace(pointed, mapping=chosen))
    assert importer.run(loaded, preview).created == 2
    again = importer.load(workbook(tmp_path / "padron_abril.xlsx", PADRON, PADRON_MERGED))
    assert importer.propose(again, ImportKind.PEOPLE).mapping == chosen


def test_a_two_row_header_in_the_cli_report(tmp_path: Path) -> None:
    db, report = tmp_path / "oficina.sqlite3", tmp_path / "informe.json"
    path = workbook(tmp_path / "padron.xlsx", PADRON, PADRON_MERGED)
    code, data = cli("--db", str(db), "import", str(path), "--as", "people",
                     "--report", str(report))  # fmt: skip
    assert code == 0
    assert (data["header_row"], data["header_rows"], data["created"]) == (4, [3, 4], 2)
    assert data["mapping"] == {
        "NOMBRES": "given_names",
        "APELLIDOS Paterno": "surname",
        "APELLIDOS Materno": "second_surname",
        "DNI": "national_id",
        "CONTACTO Celular": "phone",
        "CONTACTO Correo": "email",
    }
    assert query(db, "SELECT full_name, national_id FROM people ORDER BY id") == [
        ("Ana María Quispe Mamani", "40123456"),
        ("Wilder Ccahuana Huamán", "09876543"),
    ]


PLAN = [
    ["HOJA DE RUTA 2025 — MESA EJECUTIVA FORESTAL"],
    ["Código", "Acción", "Responsable", "PLAZOS", None, "Presupuesto (S/)"],
    [None, None, None, "Inicio", "Fin", None],
    ["F-1", "Capacitación en cubicación", "OSINFOR", date(2025, 2, 3), date(2025, 4, 30), 8000],
    ["F-2", "Mesa técnica de guías", "OSINFOR", date(2025, 5, 5), date(2025, 7, 31), 2500.5],
]
PLAN_MERGED = ("A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3")


def test_a_group_of_dates_over_two_rows_gives_start_and_end(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "hoja_de_ruta.xlsx", PLAN, PLAN_MERGED)
    loaded, preview = preview_of(importer, path, ImportKind.ACTIONS, plan_id=FOREST_PLAN)
    assert (preview.setup.header_row, preview.header_rows) == (2, (1, 2))
    assert preview.setup.mapping == {
        0: "code",
        1: "title",
        2: "responsible",
        3: "start_date",
        4: "end_date",
        5: "budget",
    }
    assert reasons(preview) == {}
    assert importer.run(loaded, preview).created == 2
    stored = rows_of(
        demo_database,
        f"SELECT code, start_date, end_date, budget FROM actions WHERE plan_id = {FOREST_PLAN}"
        " AND code LIKE 'F-%' ORDER BY code",
    )
    assert [(c, str(s), str(e), Decimal(str(b))) for c, s, e, b in stored] == [
        ("F-1", "2025-02-03", "2025-04-30", Decimal("8000")),
        ("F-2", "2025-05-05", "2025-07-31", Decimal("2500.5")),
    ]


def test_a_group_of_dates_over_two_rows_in_the_cli(tmp_path: Path) -> None:
    db, report = tmp_path / "oficina.sqlite3", tmp_path / "informe.json"
    path = workbook(tmp_path / "hoja_de_ruta.xlsx", PLAN, PLAN_MERGED)
    code, data = cli("--db", str(db), "import", str(path), "--as", "actions",
                     "--plan", "Hoja de ruta forestal", "--report", str(report))  # fmt: skip
    assert code == 0
    assert (data["header_row"], data["header_rows"], data["created"]) == (3, [2, 3], 2)
    assert data["mapping"]["PLAZOS Inicio"] == "start_date"
    assert data["mapping"]["PLAZOS Fin"] == "end_date"
    assert query(db, "SELECT code, start_date, end_date FROM actions ORDER BY code") == [
        ("F-1", "2025-02-03", "2025-04-30"),
        ("F-2", "2025-05-05", "2025-07-31"),
    ]


def test_a_title_merged_over_the_table_is_not_part_of_the_header(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """The title right above the column names, merged over the whole width, with a column the
    header leaves unnamed: the title names nothing, the header is its own row."""
    path = workbook(
        tmp_path / "actores.xlsx",
        [
            ["PADRÓN DE ACTORES 2025"],
            ["Nombre de la organización", "Tipo de actor", "RUC", None, "Correo electrónico"],
            ["Café Sierra Alta S.A.C.", "Privado", "20994444444", "x", "ventas@sierraalta.pe"],
        ],
        ("A1:E1",),
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert (preview.setup.header_row, preview.header_rows) == (1, (1,))
    assert preview.headers == ("Nombre de la organización", "Tipo de actor", "RUC", "",
                               "Correo electrónico")  # fmt: skip
    assert preview.setup.mapping == {0: "name", 1: "actor_type", 2: "tax_id", 4: "email"}
    assert importer.run(loaded, preview).created == 1
    sql = "SELECT name, email FROM organizations WHERE tax_id = '20994444444'"
    assert rows_of(demo_database, sql) == [("Café Sierra Alta S.A.C.", "ventas@sierraalta.pe")]


def test_a_subtitle_row_above_the_header_is_not_part_of_it(
    importer: ImportService, tmp_path: Path
) -> None:
    """Two short texts above the column names (a group-like merge among them) that name no
    field: the header stays one row."""
    path = workbook(
        tmp_path / "actores.xlsx",
        [
            ["Mesa Ejecutiva Forestal", None, None, "Ucayali"],
            ["Nombre de la organización", "Tipo de actor", "RUC", "Teléfono"],
            ["Maderas del Oriente S.A.C.", "Privado", "20995555555", "061-571234"],
        ],
        ("A1:C1",),
    )
    _, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert (preview.setup.header_row, preview.header_rows) == (1, (1,))
    assert preview.headers == ("Nombre de la organización", "Tipo de actor", "RUC", "Teléfono")
    assert [r.values()["name"] for r in preview.rows] == ["Maderas del Oriente S.A.C."]


# --- 3. honorifics before a public body's name ------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Municipalidad de Valdivia", "Ilustre Municipalidad de Valdivia", True),
        ("I. Municipalidad de Valdivia", "Municipalidad de Valdivia", True),
        ("Ayuntamiento de Tapachula", "H. Ayuntamiento de Tapachula", True),
        ("H.Ayuntamiento de Cacahoatán", "Ayuntamiento de Cacahoatán", True),
        ("Honorable Congreso del Estado", "H. Congreso del Estado", True),
        ("Honorable Concejo Municipal", "Concejo Municipal", True),
        # Before anything else, "H." is an initial and "Honorable" a word of the name.
        ("H. Pérez e Hijos S.A.", "Pérez e Hijos S.A.", False),
        ("Honorable Consultores S.A.C.", "Consultores S.A.C.", False),
        ("Ayuntamiento de Tapachula", "H. Ayuntamiento de Huixtla", False),
        ("I Congreso Nacional del Cacao", "Congreso Nacional del Cacao", False),  # Roman I
    ],
)
def test_honorifics(one: str, other: str, same: bool) -> None:
    assert (organization_key(one) == organization_key(other)) is same


def test_organizations_named_without_the_honorific_are_the_directorys(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    orgs_before = scalar(demo_database, "SELECT COUNT(*) FROM organizations")
    path = workbook(
        tmp_path / "enlaces.xlsx",
        [
            ["Nombre completo", "Institución", "Cargo"],
            ["Paola Ulloa Riquelme", "Municipalidad de Valdivia", "Encargada de fomento"],
            ["Rubén Coutiño Gálvez", "Ayuntamiento de Tapachula", "Director de economía"],
            ["Itzel Morales Cruz", "Ayuntamiento de Cacahoatán", "Enlace municipal"],
        ],
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE)
    assert reasons(preview) == {}
    assert preview.new_organizations == ()
    assert importer.run(loaded, preview).organizations_created == ()
    assert scalar(demo_database, "SELECT COUNT(*) FROM organizations") == orgs_before
    stored = rows_of(
        demo_database,
        "SELECT p.full_name, o.name FROM people p JOIN organizations o"
        " ON o.id = p.organization_id WHERE p.full_name IN"
        " ('Paola Ulloa Riquelme', 'Rubén Coutiño Gálvez', 'Itzel Morales Cruz')"
        " ORDER BY p.full_name",
    )
    assert stored == [
        ("Itzel Morales Cruz", "H. Ayuntamiento de Cacahoatán"),
        ("Paola Ulloa Riquelme", "Ilustre Municipalidad de Valdivia"),
        ("Rubén Coutiño Gálvez", "H. Ayuntamiento de Tapachula"),
    ]


def test_a_directory_sheet_without_honorifics_matches_instead_of_duplicating(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "actores.xlsx",
        [
            ["Nombre de la organización", "Tipo de actor", "Teléfono"],
            ["Ayuntamiento de Tapachula", "Público", "962 625 0000"],
            ["Municipalidad de Valdivia", "Público", None],
        ],
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS, on_match=OnMatch.SKIP)
    assert reasons(preview) == {}
    found = [(r.match.record_id, r.match.by) if r.match else None for r in preview.rows]
    tapachula = org_id(demo_database, "H. Ayuntamiento de Tapachula")
    valdivia = org_id(demo_database, "Ilustre Municipalidad de Valdivia")
    assert found == [(tapachula, "name"), (valdivia, "name")]
    assert importer.run(loaded, preview).created == 0
    sql = "SELECT COUNT(*) FROM organizations WHERE name IN ('Ayuntamiento de Tapachula', "
    assert scalar(demo_database, sql + "'Municipalidad de Valdivia')") == 0
