"""A person's personal data: the JSON export holds everything about them, the PDF prints it,
and erasing anonymises them while attendance, agreements and participations keep their
counts, leaving none of their personal values anywhere in the database file."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from agencydesk.data.models import Agreement, Attendance, AuditEntry, ImportBatch, Participation
from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.attendance import Invitee
from agencydesk.domain.enums import AuditAction, Gender
from agencydesk.domain.errors import UserError
from agencydesk.domain.history import ERASED, ERASED_MARK
from agencydesk.domain.initiatives import InitiativeDraft, ParticipationDraft
from agencydesk.domain.meetings import MeetingDraft
from agencydesk.domain.records import ListQuery, OrganizationDraft, PersonDraft
from agencydesk.services.database import Database, open_database
from agencydesk.services.reports.service import DocumentKind
from agencydesk.services.workspace import Workspace

NAME = "Zoila Quenaya Huarcaya"
EMAIL = "zoila.quenaya@ejemplo.pe"
PHONE = "+51 984 765 432"
NATIONAL_ID = "40918273"
OLD_PHONE = "+51 911 000 111"
SECRETS = [NAME, EMAIL, PHONE, NATIONAL_ID, OLD_PHONE, "Quenaya", "quenaya", "huarcaya"]
YESTERDAY = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=9)


@pytest.fixture
def ws(database: Database) -> Workspace:
    return Workspace.open(database, lambda: "Ana Quispe")


@pytest.fixture
def person(ws: Workspace) -> int:
    """A person with an edit history, a participation, two meetings and an agreement."""
    org = ws.actors.create_organization(OrganizationDraft(name="Cooperativa Alfa")).id
    draft = PersonDraft(
        full_name=NAME,
        organization_id=org,
        position="Tesorera",
        phone=OLD_PHONE,
        email=EMAIL,
        national_id=NATIONAL_ID,
        gender=Gender.FEMALE,
        consent_on=date.today() - timedelta(days=30),
        consent_purpose="Convocatorias de la mesa",
        notes="Prefiere WhatsApp",
    )
    person_id = ws.actors.create_person(draft).id
    ws.actors.update_person(person_id, replace(draft, phone=PHONE))  # the old phone in the trail
    initiative = ws.initiatives.create_initiative(InitiativeDraft(name="Mesa del cacao")).id
    ws.initiatives.add_participants(
        initiative, [ParticipationDraft(initiative, org, person_id=person_id)]
    )
    for n in (1, 2):
        meeting = ws.meetings.create(
            MeetingDraft(initiative_id=initiative, title=f"Sesión {n}", starts_at=YESTERDAY)
        ).id
        ws.attendance.invite(meeting, [Invitee(person_id, org)])
    ws.agreements.create(
        AgreementDraft(meeting, text="Enviar el padrón", responsible_person_id=person_id)
    )
    return person_id


def counts(db: Database, person_id: int) -> tuple[int, int, int]:
    with db.uow() as s:
        return (
            s.scalar(select(func.count()).where(Attendance.person_id == person_id)),
            s.scalar(select(func.count()).where(Agreement.responsible_person_id == person_id)),
            s.scalar(select(func.count()).where(Participation.person_id == person_id)),
        )


# --- export ----------------------------------------------------------------------------------


def test_json_export_holds_everything_about_them(
    ws: Workspace, person: int, tmp_path: Path
) -> None:
    out = ws.personal_data.write_json(person, tmp_path / "zoila.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "agencydesk-person-data"
    p = data["person"]
    assert (p["full_name"], p["email"], p["phone"], p["national_id"]) == (
        NAME,
        EMAIL,
        PHONE,
        NATIONAL_ID,
    )
    assert p["gender"] == "female"
    assert p["consent_purpose"] == "Convocatorias de la mesa"
    assert p["organization"] == "Cooperativa Alfa"
    assert set(p) >= {"id", "uuid", "created_at", "updated_at", "position", "notes", "consent_on"}
    assert [x["initiative_name"] for x in data["participations"]] == ["Mesa del cacao"]
    assert [x["meeting_title"] for x in data["attendance"]] == ["Sesión 1", "Sesión 2"]
    assert [x["text"] for x in data["agreements_responsible"]] == ["Enviar el padrón"]
    audit = data["audit_entries"]
    own = [e for e in audit if e["entity"] == "person"]
    assert [e["action"] for e in own] == ["create", "update"]
    assert own[1]["changes"]["phone"] == [OLD_PHONE, PHONE]
    assert own[1]["user"] == "Ana Quispe"
    assert own[1]["at"].endswith("+00:00")
    assert {e["entity"] for e in audit} >= {"person", "attendance", "participation", "agreement"}
    assert not list(tmp_path.glob(".*.part")), "no temporary file left"


def test_json_export_of_nobody_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        ws.personal_data.write_json(999, tmp_path / "x.json")
    assert caught.value.code == "not_found"
    assert not (tmp_path / "x.json").exists()


def test_pdf_has_the_name_and_every_section(ws: Workspace, person: int, tmp_path: Path) -> None:
    written = ws.reports.write(DocumentKind.PERSON_DATA, person, tmp_path / "dp.pdf", language="en")
    reader = PdfReader(written.path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert NAME in flat
    for heading in (
        "Personal data",
        "Details",
        "Consent",
        "Initiatives they take part in",
        "Meetings they were invited to",
        "Agreements they are responsible for",
        "Record of changes",
    ):
        assert heading in flat, heading
    for value in (EMAIL, PHONE, NATIONAL_ID, "Mesa del cacao", "Sesión 2", "Enviar el padrón"):
        assert value in flat, value
    assert f"{OLD_PHONE} → {PHONE}" in flat  # the change of phone, old → new
    assert "Ana Quispe" in flat
    assert written.title == f"Personal data · {NAME}"
    assert reader.metadata.title == written.title
    assert f"Page 1 of {len(reader.pages)}" in flat


# --- erasure ---------------------------------------------------------------------------------


def test_erase_preview_says_what_is_kept(ws: Workspace, person: int) -> None:
    ws.actors.create_organization(OrganizationDraft(name="Asociación Beta", representative=NAME))
    preview = ws.personal_data.erase_preview(person)
    assert (preview.attendance, preview.agreements, preview.participations) == (2, 1, 1)
    assert preview.new_name == f"Persona anonimizada #{person}"
    assert [(m.table, m.column) for m in preview.mentions] == [("organizations", "representative")]


def test_erase_keeps_counts_and_scrubs_the_trail(
    ws: Workspace, person: int, database: Database
) -> None:
    before = counts(database, person)
    result = ws.personal_data.erase(person)
    assert result.compacted

    erased = ws.actors.person(person)
    d = erased.draft
    assert d.full_name == f"Persona anonimizada #{person}"
    assert (d.national_id, d.phone, d.email, d.gender, d.position, d.notes) == (None,) * 6
    assert (d.consent_on, d.consent_purpose) == (None, None)
    assert erased.organization_name == "Cooperativa Alfa"  # the organization's, kept
    assert counts(database, person) == before == (2, 1, 1)
    assert result.audit_entries_scrubbed == 2

    with database.uow() as s:
        own = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "person", AuditEntry.entity_id == person)
                .order_by(AuditEntry.id)
            )
        )
    erasure = own[-1]
    assert erasure.action is AuditAction.UPDATE
    assert erasure.user == "Ana Quispe"
    assert erasure.changes["erased"] == [False, True]
    assert erasure.changes["full_name"] == [ERASED_MARK, f"Persona anonimizada #{person}"]
    assert erasure.changes["phone"] == [ERASED_MARK, None]
    assert own[0].changes["full_name"] == [None, ERASED_MARK]
    assert own[1].changes["phone"] == [ERASED_MARK, ERASED_MARK]

    history = ws.history.history("person", person)
    newest = {c.field: c for c in history[0].changes}
    assert newest["email"].old is ERASED


@pytest.mark.sqlite_only  # reads the database file itself
def test_erase_leaves_no_personal_value_in_the_file(
    ws: Workspace, person: int, database: Database
) -> None:
    assert ws.personal_data.erase(person).compacted
    # The whole file, as it is on disk after the erasure (which compacts it itself).
    path = database.path
    database.close()
    blob = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        blob += wal.read_bytes()
    for secret in SECRETS:
        assert secret.encode("utf-8") not in blob, secret
    # And once more after a VACUUM of our own (as the issue asks).
    with sqlite3.connect(path) as conn:
        conn.execute("VACUUM")
    conn.close()
    blob = path.read_bytes()
    for secret in SECRETS:
        assert secret.encode("utf-8") not in blob, secret
    reopened = open_database(path, None)
    try:
        again = Workspace.open(reopened, lambda: "x")
        assert again.actors.person_ids(ListQuery(text="quenaya")) == []
        assert again.actors.person_ids(ListQuery(text="anonimizada")) == [person]
    finally:
        reopened.close()


def test_erase_scrubs_the_undo_data_of_imports(
    ws: Workspace, person: int, database: Database
) -> None:
    with database.uow() as s:
        s.add(
            ImportBatch(
                file_name="contactos.xlsx",
                file_sha256="0" * 64,
                entity="people",
                undo_data={"updated": {"people": {str(person): {"email": ["old@x.pe", EMAIL]}}}},
            )
        )
    result = ws.personal_data.erase(person)
    assert result.import_batches_scrubbed == 1
    with database.uow() as s:
        data = s.scalar(select(ImportBatch.undo_data))
    assert data == {"updated": {"people": {}}}


def test_erasing_nobody_is_refused(ws: Workspace) -> None:
    with pytest.raises(UserError):
        ws.personal_data.erase(12345)
