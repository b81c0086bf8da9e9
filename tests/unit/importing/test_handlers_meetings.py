"""Imports of a meeting's sheets on the demo data: agreements and attendance, with their
matches, rejects, the lock of approved minutes, and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agencydesk.domain.enums import AgreementStatus, MeetingStatus, Representation
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.workbook import FileFormat, RawSheet, RawWorkbook
from agencydesk.domain.records import ListQuery
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import LoadedFile, OnMatch

# Demo meetings of the Mesa Ejecutiva Forestal de Ucayali.
APPROVED = 1  # minutes approved
HELD = 3  # held, 3 agreements, 16 on the list
PLANNED = 6  # the coffee table's third session, planned
TO_CANCEL = 8  # "Sesión del directorio del clúster", planned


@pytest.fixture
def importer(demo_database: Database) -> ImportService:
    return ImportService(demo_database.uow, lambda: "tester")


@pytest.fixture
def agreements(demo_database: Database) -> AgreementsService:
    return AgreementsService(demo_database.uow, lambda: "tester")


@pytest.fixture
def attendance(demo_database: Database) -> AttendanceService:
    return AttendanceService(demo_database.uow, lambda: "tester")


def workbook(rows: list[list[Any]]) -> LoadedFile:
    book = RawWorkbook(FileFormat.XLSX, [RawSheet("Hoja1", rows=rows)], reader="test")
    return LoadedFile(Path("acta.xlsx"), "acta.xlsx", "0" * 64, book)


def preview_of(
    importer: ImportService,
    loaded: LoadedFile,
    kind: ImportKind,
    meeting_id: int | None,
    on_match: OnMatch = OnMatch.SKIP,
):
    setup = replace(importer.propose(loaded, kind), meeting_id=meeting_id, on_match=on_match)
    return importer.preview(loaded, setup)


def reasons(preview) -> dict[int, list[str]]:
    return {r.row: [e.reason for e in r.errors] for r in preview.rows if r.errors}


# --- agreements ------------------------------------------------------------------------------

AGREEMENT_HEADER = [
    "N°",
    "Acuerdo",
    "Institución responsable",
    "Persona responsable",
    "Fecha límite",
    "Estado",
    "Fecha de cumplimiento",
]


def test_agreements_are_numbered_matched_and_undone(
    importer: ImportService, agreements: AgreementsService
) -> None:
    before = {a.number: a for a in agreements.agreements_of(HELD)}
    assert sorted(before) == [1, 2, 3]
    yesterday = date.today() - timedelta(days=1)
    rows = [
        ["ACUERDOS DE LA TERCERA SESIÓN"],
        AGREEMENT_HEADER,
        # No number: the next free ones, in file order, after those the file gives.
        [
            None,
            "Elaborar el catálogo de productos de madera.",
            "Cámara de Comercio, Industria y Turismo de Ucayali",
            "diego alonso carrasco perez",
            "30/11/2030",
        ],
        [
            7,
            "Instalar la mesa técnica de secado.",
            "PRODUCE S.A.C.",
            None,
            None,
            "Cumplido",
            yesterday,
        ],
        [None, "Difundir el acta en la radio local.", None, None, None, "Cancelado"],
        # Number 2 exists: a match (skipped), whatever its wording.
        [2, "Presentar el reporte de supervisiones (versión corregida)."],
        # Same text as agreement 1, no number: a match by text.
        [None, before[1].text.upper()],
        [None, "Acuerdo con responsable desconocido", None, "Persona Inexistente Ramírez"],
        [None, "Acuerdo con fecha en el futuro", None, None, None, "Cumplido", "01/01/2099"],
        [None, "Acuerdo abierto con fecha", None, None, None, "Pendiente", "01/01/2024"],
    ]
    preview = preview_of(importer, workbook(rows), ImportKind.AGREEMENTS, HELD)
    assert reasons(preview) == {
        8: ["unknown_person"],
        9: ["future_date"],
        10: ["done_on_but_open"],
    }
    matches = {r.row: (r.match.record_id, r.match.by) for r in preview.rows if r.match}
    assert matches == {6: (before[2].id, "number"), 7: (before[1].id, "text")}
    result = importer.run(workbook(rows), preview)
    assert (result.created, result.updated, result.skipped) == (3, 0, 2)
    assert result.organizations_created == ("PRODUCE S.A.C.",)

    after = {a.number: a for a in agreements.agreements_of(HELD)}
    assert sorted(after) == [1, 2, 3, 7, 8, 9]
    catalogue, desk, radio = after[8], after[7], after[9]
    assert catalogue.text == "Elaborar el catálogo de productos de madera."
    assert catalogue.responsible_org_name == "Cámara de Comercio, Industria y Turismo de Ucayali"
    assert catalogue.responsible_person_name == "Diego Alonso Carrasco Pérez"
    assert catalogue.due_date == date(2030, 11, 30)
    assert catalogue.status is AgreementStatus.OPEN
    assert (desk.status, desk.draft.done_on) == (AgreementStatus.DONE, yesterday)
    assert desk.responsible_org_name == "PRODUCE S.A.C."  # not the ministry: another name
    # Cancelled without a date: no date (the import's day would be an invented one).
    assert (radio.status, radio.draft.cancelled_on) == (AgreementStatus.CANCELLED, None)
    assert after[2].text == before[2].text

    importer.undo(result.batch_id)
    assert {a.number: a.draft for a in agreements.agreements_of(HELD)} == {
        n: a.draft for n, a in before.items()
    }


def test_agreements_follow_up_update_and_undo(
    importer: ImportService, agreements: AgreementsService
) -> None:
    before = {a.number: a for a in agreements.agreements_of(HELD)}
    rows = [
        ["N°", "Acuerdo", "Estado", "Seguimiento"],
        [1, before[1].text, "Cumplido", "Rueda de negocios realizada el 12/10."],
    ]
    loaded = workbook(rows)
    preview = preview_of(importer, loaded, ImportKind.AGREEMENTS, HELD, OnMatch.UPDATE)
    result = importer.run(loaded, preview)
    assert (result.created, result.updated) == (0, 1)
    done = agreements.agreement(before[1].id)
    assert (done.status, done.draft.done_on) == (AgreementStatus.DONE, None)  # date unknown
    assert done.draft.follow_up == "Rueda de negocios realizada el 12/10."

    importer.undo(result.batch_id)
    assert agreements.agreement(before[1].id).draft == before[1].draft


def test_a_locked_meeting_refuses_the_import(
    importer: ImportService, demo_database: Database
) -> None:
    loaded = workbook([AGREEMENT_HEADER, [None, "Un acuerdo nuevo"]])
    with pytest.raises(UserError) as locked:
        preview_of(importer, loaded, ImportKind.AGREEMENTS, APPROVED)
    assert locked.value.code == "minutes_locked"
    attendance_sheet = workbook([["Nombre completo"], ["Karina Flores Mozombite"]])
    with pytest.raises(UserError) as also_locked:
        preview_of(importer, attendance_sheet, ImportKind.ATTENDANCE, APPROVED)
    assert also_locked.value.code == "minutes_locked"

    from agencydesk.services.meetings import MeetingsService

    meetings = MeetingsService(demo_database.uow, lambda: "tester")
    meetings.change_status(TO_CANCEL, MeetingStatus.CANCELLED)
    with pytest.raises(UserError) as gone:
        preview_of(importer, loaded, ImportKind.AGREEMENTS, TO_CANCEL)
    assert gone.value.code == "meeting_cancelled"

    with pytest.raises(UserError) as missing:
        preview_of(importer, loaded, ImportKind.AGREEMENTS, None)
    assert missing.value.code == "import_meeting_required"
    with pytest.raises(UserError) as unknown:
        preview_of(importer, loaded, ImportKind.AGREEMENTS, 999)
    assert unknown.value.code == "import_unknown_meeting"


# --- attendance ------------------------------------------------------------------------------


def list_of(attendance: AttendanceService, meeting_id: int) -> dict[str, Any]:
    return {r.person_name: r for r in attendance.attendance_of(meeting_id) if r.person_name}


def test_attendance_updates_the_list_and_adds_people(
    importer: ImportService,
    attendance: AttendanceService,
    demo_database: Database,
    tmp_path: Path,
) -> None:
    actors = ActorsService(demo_database.uow, lambda: "tester")
    people_before = len(actors.person_ids(ListQuery()))
    before = list_of(attendance, HELD)
    assert before["Karina Flores Mozombite"].draft.attended is True

    # A sign-in sheet written by openpyxl, read back by the real reader.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Asistencia"
    sheet.append(["LISTA DE ASISTENCIA — TERCERA SESIÓN"])
    sheet.append([])
    sheet.append(
        [
            "Nombres y apellidos",
            "Institución",
            "Cargo",
            "Correo",
            "DNI",
            "Asistió",
            "Justificó",
            "Representación",
        ]
    )
    rows = [
        # By DNI (leading zeros kept), the name written differently: was present, now excused.
        ["C. Vásquez", None, None, None, "00098765", "No", "Sí", None],
        # By e-mail.
        ["Karina Flores", None, None, "KARINA.FLORES@regionucayali.gob.pe", None, "No", None, None],
        # By name without accents: someone on the list as absent now attended, as alternate.
        ["jhon pinedo ushinahua", "Gerencia Regional Forestal y de Fauna Silvestre de Ucayali",
         None, None, None, "Sí", None, "Suplente"],
        # Nobody of that name: a new person in a new organization, put on the list.
        ["Rosa Amelia Tuesta Ríos", "Asociación de Carpinteros de Yarinacocha", "Presidenta",
         "rosa.tuesta@gmail.com", "01234567", "Sí", None, "Titular"],
        # The same person again: a duplicate in the file.
        ["Rosa Amelia Tuesta Ríos", "Asociación de Carpinteros de Yarinacocha", None, None,
         None, "Sí", None, None],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    path = tmp_path / "asistencia.xlsx"
    book.save(path)
    loaded = importer.load(path)
    setup = replace(
        importer.propose(loaded, ImportKind.ATTENDANCE), meeting_id=HELD, on_match=OnMatch.UPDATE
    )
    preview = importer.preview(loaded, setup)
    assert reasons(preview) == {}
    assert {r.row: r.match.by for r in preview.rows if r.match} == {
        4: "national_id",
        5: "email",
        6: "name",
    }
    assert [r.row for r in preview.rows if r.duplicate_of] == [8]
    result = importer.run(loaded, preview)
    assert (result.created, result.updated, result.skipped) == (1, 3, 1)
    assert result.organizations_created == ("Asociación de Carpinteros de Yarinacocha",)

    after = list_of(attendance, HELD)
    carlos = after["Carlos Alberto Vásquez Panduro"].draft
    assert (carlos.attended, carlos.excused) == (False, True)
    karina = after["Karina Flores Mozombite"].draft
    assert (karina.attended, karina.excused) == (False, False)
    jhon = after["Jhon Pinedo Ushiñahua"].draft
    assert (jhon.attended, jhon.representation) == (True, Representation.ALTERNATE)
    rosa = after["Rosa Amelia Tuesta Ríos"]
    assert (rosa.draft.invited, rosa.draft.attended) == (True, True)
    assert rosa.organization_name == "Asociación de Carpinteros de Yarinacocha"
    [person] = [
        p
        for p in actors.people(actors.person_ids(ListQuery(text="Tuesta")))
        if p.draft.full_name == "Rosa Amelia Tuesta Ríos"
    ]
    assert (person.draft.national_id, person.draft.email, person.draft.position) == (
        "01234567",
        "rosa.tuesta@gmail.com",
        "Presidenta",
    )
    assert len(actors.person_ids(ListQuery())) == people_before + 1

    importer.undo(result.batch_id)
    assert {n: r.draft for n, r in list_of(attendance, HELD).items()} == {
        n: r.draft for n, r in before.items()
    }
    assert len(actors.person_ids(ListQuery())) == people_before


def test_a_planned_meeting_takes_invitations_but_no_presence(
    importer: ImportService, attendance: AttendanceService
) -> None:
    before = list_of(attendance, PLANNED)
    rows = [
        ["Nombre completo", "Organización", "Asistió"],
        ["Lucía Mamani Quispe", "Cooperativa Agraria Cafetalera Nuevo Amanecer", None],
        ["Pedro Gómez Salas", None, "Sí"],  # presence before the meeting: refused
    ]
    loaded = workbook(rows)
    preview = preview_of(importer, loaded, ImportKind.ATTENDANCE, PLANNED)
    assert reasons(preview) == {3: ["meeting_not_held"]}
    result = importer.run(loaded, preview)
    assert result.created == 1
    lucia = list_of(attendance, PLANNED)["Lucía Mamani Quispe"].draft
    assert (lucia.invited, lucia.attended, lucia.excused) == (True, False, False)
    importer.undo(result.batch_id)
    assert list_of(attendance, PLANNED).keys() == before.keys()


def test_namesakes_need_more_than_a_name(
    importer: ImportService, attendance: AttendanceService, demo_database: Database
) -> None:
    from agencydesk.domain.records import PersonDraft

    actors = ActorsService(demo_database.uow, lambda: "tester")
    orgs = {o.name: o.id for o in actors.organizations(actors.organization_ids(ListQuery()))}
    for org in ("Ministerio de la Producción", "Gobierno Regional de Ucayali"):
        actors.create_person(PersonDraft(full_name="Juan Pérez Ríos", organization_id=orgs[org]))
    rows = [
        ["Nombre completo", "Organización", "Asistió"],
        ["Juan Perez Rios", None, "Sí"],  # which one?
        ["Juan Pérez Ríos", "Gobierno Regional de Ucayali", "Sí"],  # this one
    ]
    loaded = workbook(rows)
    preview = preview_of(importer, loaded, ImportKind.ATTENDANCE, HELD)
    assert reasons(preview) == {2: ["ambiguous_person"]}
    result = importer.run(loaded, preview)
    assert result.created == 1
    [row] = [r for r in attendance.attendance_of(HELD) if r.person_name == "Juan Pérez Ríos"]
    assert row.organization_name == "Gobierno Regional de Ucayali"
