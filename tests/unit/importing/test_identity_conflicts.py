"""An ID that names someone else, and the same value written worse, as partners' sheets have them:

1. a row whose DNI or RFC is a directory record's with a clearly other name (a typo in the ID)
   is rejected ("id_other_name"), never matched: it neither renames that record nor is
   silently skipped; "MANUEL TUESTA AREVALO", "Manuel Tuesta" still match;
2. a row whose ID an earlier row of the file had under another name is rejected
   ("id_other_name_in_file"), not dropped as that row's duplicate;
3. a sign-in sheet's DNI that lost its leading zeros in a number cell finds its holder (no new
   person, no second row on the list);
4. ``--on-match update`` keeps the stored value when the row writes the same one worse (all
   capitals, accents lost, "SA de CV", "ecf-120315-gk2", "74519", "Ana@X.pe"); a real
   correction (other words, accents or capitals a stored name lacked, zeros restored) updates.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pipeline_support import rows_of, scalar
from test_name_parts import names_in, preview_of, reasons, xlsx

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import organization_key, person_key
from agencydesk.domain.importing.spellings import (
    email_written_otherwise,
    id_written_otherwise,
    name_written_worse,
    names_clash,
)
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import OnMatch, RowChoice

# The demo directory.
MANUEL = 40  # Manuel Tuesta Arévalo, DNI 00074519, OSINFOR (29); attended meetings 1, 2, 3
SUSANA = 43  # Susana Cárdenas Vela, DNI 00061284
NILDA = 31  # Nilda Rengifo Amasifuén, DNI 00193746
SEGUNDO = 48  # Segundo Tapullima Cumapa, DNI 00041827
WALTER = 50  # Walter Isuiza Paredes, DNI 00178254
ESPERANZA = 14  # Beneficio Húmedo La Esperanza S.A. de C.V., RFC BHE010919T6A
CAFISO = 15  # Exportadora de Café Fino del Soconusco S.A. de C.V. (CAFISO), RFC ECF120315GK2
UPCO = 13  # Unión de Productores de Café Orgánico de Cacahoatán S.P.R. de R.L.
HELD = 3  # held meeting of the Mesa Ejecutiva Forestal: Manuel on its list, attended
CAFE_HELD = 5  # held meeting of another initiative: Manuel not on its list

ESPERANZA_NAME = "Beneficio Húmedo La Esperanza S.A. de C.V."
PEOPLE_HEADER = ["N°", "Nombres y apellidos", "DNI", "Cargo", "Correo electrónico"]
ORG_HEADER = ["Nombre de la organización", "RFC", "Tipo de actor", "Teléfono"]


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


def person(database: Database, person_id: int) -> tuple[Any, ...]:
    [row] = rows_of(
        database,
        "SELECT full_name, national_id, email, position, organization_id, sort_name "
        f"FROM people WHERE id = {person_id}",
    )
    return row


def organization(database: Database, org_id: int) -> tuple[Any, ...]:
    [row] = rows_of(
        database, f"SELECT name, tax_id, phone, sort_name FROM organizations WHERE id = {org_id}"
    )
    return row


def count(database: Database, table: str, where: str = "1 = 1") -> int:
    return int(scalar(database, f"SELECT COUNT(*) FROM {table} WHERE {where}"))


def execute(database: Database, sql: str) -> None:
    with database.uow.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def rejected_rows(path: Path) -> list[tuple[Any, ...]]:
    """The rows of a rejects workbook below its header (as the partner gets them back)."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


MANUEL_BEFORE = (
    "Manuel Tuesta Arévalo",
    "00074519",
    "manuel.tuesta@osinfor.gob.pe",
    "Jefe de la Oficina Desconcentrada de Pucallpa",
    29,
    "manuel tuesta arevalo",
)


# --- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "stored", "clash"),
    [
        ("Rosa Elvira Pérez Sánchez", "Manuel Tuesta Arévalo", True),
        ("MANUEL TUESTA AREVALO", "Manuel Tuesta Arévalo", False),
        ("Manuel Tuesta", "Manuel Tuesta Arévalo", False),
        ("Tuesta Arévalo, Manuel", "Manuel Tuesta Arévalo", False),
        ("María José Gómez Ruiz", "Luz Dary Ortiz Perdomo", True),
        ("", "Manuel Tuesta Arévalo", False),  # no name: nothing says it is someone else
        ("J. de la Cruz", "Sandra de la Cruz Muñoz", False),
        ("Ana de la Torre", "Luis del Castillo", True),  # "de", "la": no name in common
        ("Yessenia Guamán", "Yesenia Huamán", False),  # a letter typed otherwise in each word
        ("Mario Ruiz", "María Cruz", True),  # more than a letter
        ("Rosa", "Manuel Tuesta Arévalo", True),
    ],
)
def test_people_names_that_clash(row: str, stored: str, clash: bool) -> None:
    assert names_clash((person_key(row),), (person_key(stored),)) is clash


@pytest.mark.parametrize(
    ("row", "stored", "clash"),
    [
        (
            "Grupo Ganadero El Palmar S.P.R. de R.L.",
            "Beneficio Húmedo La Esperanza S.A. de C.V.",
            True,
        ),
        ("Beneficio Húmedo La Esperanza", "Beneficio Húmedo La Esperanza S.A. de C.V.", False),
        (
            "BENEFICIO HUMEDO LA ESPERANZA SA DE CV",
            "Beneficio Húmedo La Esperanza S.A. de C.V.",
            False,
        ),
        ("MDY", "Municipalidad Distrital de Yarinacocha", False),  # its initials
        ("MDP", "Municipalidad Distrital de Yarinacocha", True),
    ],
)
def test_organization_names_that_clash(row: str, stored: str, clash: bool) -> None:
    assert names_clash((organization_key(row),), (organization_key(stored),)) is clash


@pytest.mark.parametrize(
    ("stored", "incoming", "worse"),
    [
        ("Manuel Tuesta Arévalo", "MANUEL TUESTA AREVALO", True),  # capitals, accent lost
        ("Manuel Tuesta Arévalo", "Manuel Tuesta Arevalo", True),  # accent lost
        ("Manuel Tuesta Arévalo", "MANUEL TUESTA ARÉVALO", True),  # all capitals
        (ESPERANZA_NAME, "Beneficio Humedo La Esperanza SA de CV", True),
        (ESPERANZA_NAME, "Beneficio Húmedo La Esperanza SA de CV", True),  # legal-form dots
        (ESPERANZA_NAME, "Beneficio Húmedo La Esperanza S. A. de C. V.", True),
        (ESPERANZA_NAME, "Beneficio Húmedo La Esperanza S.A.P.I. de C.V.", False),  # other form
        ("Manuel Tuesta Arevalo", "Manuel Tuesta Arévalo", False),  # accents added
        ("MANUEL TUESTA ARÉVALO", "Manuel Tuesta Arévalo", False),  # capitals fixed
        ("Efraín Chávez Méndez", "Efraín Chaves Méndez", False),  # another word
        ("Maderera Aguaytía S.A.C.", "Maderas Aguaytía S.A.C.", False),
        ("Manuel Tuesta Arévalo", "Manuel Tuesta Arévalo", False),  # the same
        ("Agrorural", "AGRORURAL", False),  # one word in capitals: an acronym's spelling
        (None, "Manuel Tuesta Arévalo", False),  # nothing stored
    ],
)  # fmt: skip
def test_names_written_worse(stored: Any, incoming: str, worse: bool) -> None:
    assert name_written_worse(stored, incoming) is worse


@pytest.mark.parametrize(
    ("stored", "incoming", "kept"),
    [
        ("00074519", "74519", True),  # leading zeros lost in a number cell
        ("ECF120315GK2", "ecf-120315-gk2", True),
        ("761234567", "76.123.456-7", True),
        ("74519", "00074519", False),  # the zeros brought back: a correction
        ("00074519", "00074518", False),  # another ID
        (None, "00074519", False),
    ],
)
def test_ids_written_otherwise(stored: Any, incoming: str, kept: bool) -> None:
    assert id_written_otherwise(stored, incoming) is kept


def test_emails_written_otherwise() -> None:
    assert email_written_otherwise("ana@x.pe", "Ana@X.pe")
    assert email_written_otherwise("Ana@X.pe", "ana@x.pe")
    assert not email_written_otherwise("ana@x.pe", "ana.quispe@x.pe")
    assert not email_written_otherwise(None, "ana@x.pe")


# --- 1. an ID with a clearly other name is rejected, never matched ----------------------------


@pytest.mark.parametrize("on_match", [OnMatch.SKIP, OnMatch.UPDATE])
def test_a_dni_typo_never_renames_its_holder(
    importer: ImportService, demo_database: Database, tmp_path: Path, on_match: OnMatch
) -> None:
    path = xlsx(
        tmp_path / "participantes_taller.xlsx",
        PEOPLE_HEADER,
        [
            # Manuel's DNI with one digit mistyped... in the DNI of someone else entirely.
            [1, "Rosa Elvira Pérez Sánchez", "00074519", "Asistente administrativa",
             "rosa.perez@municportillo.gob.pe"],
            [2, "Manuel Tuesta", "00074519", None, None],  # his own DNI, a shorter name
            [3, "Teodoro Panaifo Ríos", "00231457", "Productor forestal", None],
        ],
        "TALLER DE MANEJO FORESTAL — PARTICIPANTES",
    )  # fmt: skip
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=on_match)

    assert reasons(preview) == {4: ["id_other_name"]}
    [error] = preview.rows[0].errors
    assert (error.field, error.column, error.value) == ("national_id", "DNI", "00074519")
    assert error.message == (
        "this ID belongs to another name in the directory: check the ID or the name"
    )
    assert preview.rows[0].match is None and preview.rows[0].duplicate_of is None
    assert preview.rows[1].match is not None
    assert (preview.rows[1].match.record_id, preview.rows[1].match.by) == (MANUEL, "national_id")

    result = importer.run(loaded, preview)
    assert result.created == 1
    assert [e.row for e in result.rejected] == [4]
    assert person(demo_database, MANUEL) == MANUEL_BEFORE
    assert names_in(demo_database, "Rosa Elvira%") == []
    assert names_in(demo_database, "Teodoro%") == ["Teodoro Panaifo Ríos"]
    assert count(demo_database, "attendances", f"person_id = {MANUEL}") == 3

    rejects = tmp_path / "rechazos.xlsx"
    importer.write_rejects(loaded, preview, rejects)
    header, *rows = rejected_rows(rejects)
    assert header[:5] == tuple(PEOPLE_HEADER)
    [rosa] = rows
    assert rosa[:3] == (1, "Rosa Elvira Pérez Sánchez", "00074519")
    assert "another name in the directory" in str(rosa[-1])


@pytest.mark.parametrize(
    "name", ["MANUEL TUESTA AREVALO", "Manuel Tuesta", "Tuesta Arévalo Manuel", "M. Tuesta"]
)
def test_the_same_person_written_otherwise_still_matches_by_dni(
    importer: ImportService, tmp_path: Path, name: str
) -> None:
    path = xlsx(tmp_path / "p.xlsx", PEOPLE_HEADER, [[1, name, "74519", None, None]], "LISTA")
    _, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    [row] = preview.rows
    assert row.match is not None and (row.match.record_id, row.match.by) == (MANUEL, "national_id")


def test_the_cli_rejects_an_rfc_that_names_another_organization(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "oficina.sqlite3"
    shutil.copyfile(demo_template, db)
    source = xlsx(
        tmp_path / "padron_productores.xlsx",
        ORG_HEADER,
        [
            # The RFC of org 14: a typo; the name is another firm's.
            ["Grupo Ganadero El Palmar S.P.R. de R.L.", "BHE010919T6A", "Privado",
             "+52 962 111 2233"],
            # The same firm without its legal form: its phone updates, its name stays.
            ["Exportadora de Café Fino del Soconusco", "ECF120315GK2", "Privado",
             "+52 962 600 1020"],
        ],
        "PADRÓN DE PRODUCTORES — SOCONUSCO",
    )  # fmt: skip
    report, rejects = tmp_path / "informe.json", tmp_path / "rechazos.xlsx"
    code = main(
        [
            *("--db", str(db), "import", str(source), "--as", "organizations"),
            *("--on-match", "update", "--report", str(report), "--rejects", str(rejects)),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    [rejected] = data["rejected"]
    assert (rejected["row"], rejected["code"], rejected["field"], rejected["value"]) == (
        4,
        "id_other_name",
        "tax_id",
        "BHE010919T6A",
    )
    assert "another name in the directory" in rejected["message"]
    assert [(m["row"], m["id"], m["by"]) for m in data["matches"]] == [(5, CAFISO, "tax_id")]
    assert (data["created"], data["updated"]) == (0, 1)
    _, *rows = rejected_rows(rejects)
    assert [r[0] for r in rows] == ["Grupo Ganadero El Palmar S.P.R. de R.L."]

    conn = sqlite3.connect(db)
    try:
        esperanza = conn.execute(
            f"SELECT name, tax_id, phone FROM organizations WHERE id = {ESPERANZA}"
        ).fetchone()
        cafiso = conn.execute(
            f"SELECT name, tax_id, phone FROM organizations WHERE id = {CAFISO}"
        ).fetchone()
        palmar = conn.execute(
            "SELECT COUNT(*) FROM organizations WHERE name LIKE 'Grupo Ganadero%'"
        ).fetchone()
    finally:
        conn.close()
    assert esperanza == (
        "Beneficio Húmedo La Esperanza S.A. de C.V.",
        "BHE010919T6A",
        "+52 962 628 4410",
    )
    assert cafiso == (
        "Exportadora de Café Fino del Soconusco S.A. de C.V.",
        "ECF120315GK2",
        "+52 962 600 1020",
    )
    assert palmar == (0,)


def test_an_organization_named_by_its_short_name_still_matches_by_rfc(
    importer: ImportService, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "o.xlsx", ORG_HEADER, [["CAFISO", "ECF120315GK2", "Privado", None]], "P")
    _, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert reasons(preview) == {}
    [row] = preview.rows
    assert row.match is not None and (row.match.record_id, row.match.by) == (CAFISO, "tax_id")


def test_an_exported_row_is_matched_by_its_uuid_whatever_its_id(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    """A row exported by AgencyDesk carries the record's uuid: that decides who it is."""
    uid = scalar(demo_database, f"SELECT uuid FROM people WHERE id = {MANUEL}")
    path = xlsx(
        tmp_path / "exportado.xlsx",
        ["uuid", "full_name", "national_id", "position"],
        [[uid, "Manuel Tuesta Arévalo", "00074519", "Jefe de oficina"]],
        "people",
    )
    _, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    [row] = preview.rows
    assert row.match is not None and (row.match.record_id, row.match.by) == (MANUEL, "uuid")


# --- 2. another name with an ID met earlier in the file ---------------------------------------


def test_the_cli_rejects_a_cedula_given_to_two_people_in_a_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db, report, rejects = tmp_path / "oficina.sqlite3", tmp_path / "i.json", tmp_path / "r.xlsx"
    source = tmp_path / "inscritos_mesa_cacao.csv"
    source.write_text(
        "Nombres y apellidos;Cédula;Correo electrónico;Celular\n"
        "Luz Dary Ortiz Perdomo;1098765432;luzdary.ortiz@gmail.com;3104567890\n"
        "Jhon Fredy Cárdenas Rojas;1098111222;jfcardenas@hotmail.com;\n"
        "María José Gómez Ruiz;1098765432;mariajo.gomez@gmail.com;3157778899\n"
        "LUZ DARY ORTIZ PERDOMO;1098765432;;\n",
        encoding="utf-8",
    )
    code = main(
        [
            *("--db", str(db), "import", str(source), "--as", "people"),
            *("--report", str(report), "--rejects", str(rejects)),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["mapping"]["Cédula"] == "national_id"
    [rejected] = data["rejected"]
    assert (rejected["row"], rejected["code"], rejected["value"]) == (
        4,
        "id_other_name_in_file",
        "1098765432",
    )
    assert "another name earlier in the file" in rejected["message"]
    # The same person again is still a duplicate of row 2.
    assert data["duplicates"] == [{"row": 5, "duplicate_of": 2}]
    assert data["created"] == 2
    _, *rows = rejected_rows(rejects)
    assert [r[:3] for r in rows] == [
        ("María José Gómez Ruiz", "1098765432", "mariajo.gomez@gmail.com")
    ]
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT full_name, national_id FROM people ORDER BY id").fetchall()
    finally:
        conn.close()
    assert stored == [
        ("Luz Dary Ortiz Perdomo", "1098765432"),
        ("Jhon Fredy Cárdenas Rojas", "1098111222"),
    ]


def test_an_rfc_given_to_two_organizations_in_a_sheet(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "nuevos_actores.xlsx",
        ORG_HEADER,
        [
            ["Cooperativa Cafetalera Nuevo Amanecer S.C. de R.L.", "CNA150311AB1", "Privado", None],
            ["Tostadores del Soconusco S.A. de C.V.", "CNA150311AB1", "Privado", None],
            ["COOPERATIVA CAFETALERA NUEVO AMANECER", "cna-150311-ab1", "Privado", None],
        ],
        "NUEVOS ACTORES",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS)
    assert reasons(preview) == {5: ["id_other_name_in_file"]}
    assert [r.duplicate_of for r in preview.rows] == [None, None, 4]
    assert importer.run(loaded, preview).created == 1
    assert count(demo_database, "organizations", "tax_id = 'CNA150311AB1'") == 1
    assert count(demo_database, "organizations", "name LIKE 'Tostadores%'") == 0


# --- 3. a sign-in sheet's DNI without its leading zeros ---------------------------------------


def test_a_dni_that_lost_its_zeros_finds_its_holder_on_a_sign_in_sheet(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    people = count(demo_database, "people")
    header = ["N°", "Nombres y apellidos", "DNI", "Asistió"]
    sheet = [[1, "Manuel Tuesta Arévalo", 74519, "Sí"]]  # a number cell: the zeros are gone

    # Not yet on the meeting's list: a row is added to it, for person 40.
    path = xlsx(tmp_path / "asistencia_cafe.xlsx", header, sheet, "LISTA DE ASISTENCIA")
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=CAFE_HELD)
    assert reasons(preview) == {}
    assert importer.run(loaded, preview).created == 1
    assert rows_of(
        demo_database,
        f"SELECT person_id, attended FROM attendances WHERE meeting_id = {CAFE_HELD} "
        f"AND person_id = {MANUEL}",
    ) == [(MANUEL, 1)]

    # On the list already: his row there is updated, no second one.
    path = xlsx(
        tmp_path / "asistencia.xlsx", header, [[1, "Manuel Tuesta Arévalo", 74519, "No"]], "L"
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=HELD)
    assert reasons(preview) == {}
    [row] = preview.rows
    assert row.match is not None and row.choice is RowChoice.UPDATE
    assert importer.run(loaded, preview).updated == 1
    assert rows_of(
        demo_database,
        f"SELECT attended FROM attendances WHERE meeting_id = {HELD} AND person_id = {MANUEL}",
    ) == [(0,)]

    assert count(demo_database, "people") == people
    assert count(demo_database, "people", "national_id = '74519'") == 0
    assert person(demo_database, MANUEL) == MANUEL_BEFORE


def test_a_sign_in_sheet_row_with_another_names_dni_is_rejected(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    people = count(demo_database, "people")
    path = xlsx(
        tmp_path / "asistencia.xlsx",
        ["N°", "Nombres y apellidos", "DNI", "Asistió"],
        [
            [1, "Rosa Elvira Pérez Sánchez", "00074519", "Sí"],  # Manuel's DNI
            [2, "Teodoro Panaifo Ríos", "00231457", "Sí"],
            [3, "Gladys Ruiz Pezo", 231457, "Sí"],  # Teodoro's, a row above
        ],
        "LISTA DE ASISTENCIA",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ATTENDANCE, meeting_id=CAFE_HELD)
    assert reasons(preview) == {4: ["id_other_name"], 6: ["id_other_name_in_file"]}
    assert importer.run(loaded, preview).created == 1
    assert count(demo_database, "attendances", f"meeting_id = {CAFE_HELD} AND person_id = 40") == 0
    assert count(demo_database, "people") == people + 1
    assert names_in(demo_database, "Teodoro%") == ["Teodoro Panaifo Ríos"]
    assert names_in(demo_database, "Rosa Elvira%") == names_in(demo_database, "Gladys Ruiz%") == []


# --- 4. an update keeps the better spelling stored --------------------------------------------


def test_an_update_keeps_the_stored_spelling_of_a_person(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "directorio_forestal.xlsx",
        PEOPLE_HEADER,
        [
            # Capitals without accents, the DNI in a number cell, the e-mail capitalised: only
            # the position is news.
            [1, "MANUEL TUESTA AREVALO", 74519, "Jefe de la OD Pucallpa - OSINFOR",
             "Manuel.Tuesta@OSINFOR.gob.pe"],
            # Nothing but worse spellings: unchanged.
            [2, "Susana Cardenas Vela", "61284", None, "SUSANA.CARDENAS@UNU.EDU.PE"],
        ],
        "DIRECTORIO MESA FORESTAL",
    )  # fmt: skip
    susana = person(demo_database, SUSANA)
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert [r.match.record_id if r.match else None for r in preview.rows] == [MANUEL, SUSANA]
    result = importer.run(loaded, preview)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert person(demo_database, MANUEL) == (
        "Manuel Tuesta Arévalo",
        "00074519",
        "manuel.tuesta@osinfor.gob.pe",
        "Jefe de la OD Pucallpa - OSINFOR",
        29,
        "manuel tuesta arevalo",
    )
    assert person(demo_database, SUSANA) == susana


def test_an_update_keeps_the_stored_spelling_of_an_organization(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "padron_cafe.xlsx",
        ORG_HEADER,
        [
            ["Beneficio Humedo La Esperanza SA de CV", "bhe-010919-t6a", "Privado",
             "+52 962 628 4410"],
            ["EXPORTADORA DE CAFÉ FINO DEL SOCONUSCO S.A. DE C.V.", "ecf-120315-gk2", "Privado",
             "+52 962 600 1020"],
        ],
        "PADRÓN DE ACTORES DEL CAFÉ",
    )  # fmt: skip
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert [r.match.record_id if r.match else None for r in preview.rows] == [ESPERANZA, CAFISO]
    result = importer.run(loaded, preview)
    assert (result.updated, result.unchanged) == (1, 1)
    assert organization(demo_database, ESPERANZA) == (
        "Beneficio Húmedo La Esperanza S.A. de C.V.",
        "BHE010919T6A",
        "+52 962 628 4410",
        "beneficio humedo la esperanza s.a. de c.v.",
    )
    assert organization(demo_database, CAFISO)[:3] == (
        "Exportadora de Café Fino del Soconusco S.A. de C.V.",
        "ECF120315GK2",
        "+52 962 600 1020",
    )


def test_a_real_correction_still_updates(
    importer: ImportService, demo_database: Database, tmp_path: Path
) -> None:
    # What an earlier careless import left in the directory.
    execute(
        demo_database, f"UPDATE people SET full_name = 'WALTER ISUIZA PAREDES' WHERE id = {WALTER}"
    )
    execute(
        demo_database, f"UPDATE people SET full_name = 'Nilda Rengifo Amasifuen' WHERE id = {NILDA}"
    )
    execute(demo_database, f"UPDATE people SET national_id = '41827' WHERE id = {SEGUNDO}")
    execute(
        demo_database,
        "UPDATE organizations SET name = 'UNION DE PRODUCTORES DE CAFE ORGANICO DE CACAHOATAN' "
        f"WHERE id = {UPCO}",
    )
    path = xlsx(
        tmp_path / "correcciones.xlsx",
        PEOPLE_HEADER,
        [
            [1, "Walter Isuiza Paredes", "00178254", None, None],  # capitals fixed
            [2, "Nilda Rengifo Amasifuén", "00193746", None, None],  # the accent restored
            [3, "Segundo Tapullima Cumapa", "00041827", None, None],  # the zeros restored
            [4, "Susana Cárdenas Vela de Ríos", "00061284", None, None],  # another word
        ],
        "CORRECCIONES AL DIRECTORIO",
    )
    loaded, preview = preview_of(importer, path, ImportKind.PEOPLE, on_match=OnMatch.UPDATE)
    assert reasons(preview) == {}
    assert importer.run(loaded, preview).updated == 4
    assert person(demo_database, WALTER)[0::5] == ("Walter Isuiza Paredes", "walter isuiza paredes")
    assert person(demo_database, NILDA)[0] == "Nilda Rengifo Amasifuén"
    assert person(demo_database, SEGUNDO)[1] == "00041827"
    assert person(demo_database, SUSANA)[0] == "Susana Cárdenas Vela de Ríos"

    path = xlsx(
        tmp_path / "upco.xlsx",
        ORG_HEADER,
        [["Unión de Productores de Café Orgánico de Cacahoatán", "UPC980705A86", "Privado", None]],
        "CORRECCIONES",
    )
    loaded, preview = preview_of(importer, path, ImportKind.ORGANIZATIONS, on_match=OnMatch.UPDATE)
    assert importer.run(loaded, preview).updated == 1
    name = organization(demo_database, UPCO)[0]
    assert name == "Unión de Productores de Café Orgánico de Cacahoatán"
