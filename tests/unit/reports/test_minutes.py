"""The minutes (acta) of the demo's sessions, read back from the PDF: attendance, agenda,
development, agreements and pending agreements with their accents; no personal contact data;
draft or approved said plainly; long and hostile text printed as written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pdf_support import MALICIOUS, check_pages, flat

from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.enums import MeetingStatus, Presence
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingQuery, MeetingRecord
from agencydesk.services.workspace import Workspace


def meetings(workspace: Workspace) -> list[MeetingRecord]:
    return workspace.meetings.meetings(workspace.meetings.meeting_ids(MeetingQuery()))


def held_with_pending(workspace: Workspace) -> MeetingRecord:
    """The demo's held (not yet approved) session with agreements and pending ones."""
    for meeting in meetings(workspace):
        if (
            meeting.status is MeetingStatus.HELD
            and workspace.agreements.agreements_of(meeting.id)
            and workspace.agreements.pending_in(meeting.id)
        ):
            return meeting
    raise AssertionError("the demo has no held session with pending agreements")


def write(workspace: Workspace, meeting_id: int, out: Path, language: str = "es") -> str:
    written = workspace.reports.write("minutes", meeting_id, out, language=language)
    return flat(" ".join(check_pages(out, written.pages, language)))


def test_every_session_prints_its_attendance_agenda_and_agreements(
    workspace: Workspace, tmp_path: Path
) -> None:
    for meeting in meetings(workspace):
        text = write(workspace, meeting.id, tmp_path / f"acta-{meeting.id}.pdf")
        assert flat(meeting.owner_name or "").upper() in text
        assert flat(meeting.title) in text
        attendance = workspace.attendance.attendance_of(meeting.id)
        for record in attendance:
            if record.presence is Presence.ATTENDED:
                assert flat(record.person_name or "") in text
                assert flat(record.organization_name or "") in text
                assert flat(record.position or "") in text
            elif meeting.status is not MeetingStatus.PLANNED:
                # Excused and absent invitees are named under the table.
                assert flat(record.name()) in text
        for item in workspace.meetings.agenda_items(meeting.id):
            assert flat(item.title) in text
            for line in (item.draft.notes or "").splitlines():
                assert flat(line) in text
        agreements = workspace.agreements.agreements_of(meeting.id)
        pending = workspace.agreements.pending_in(meeting.id)
        for agreement in [*agreements, *pending]:
            assert f"{agreement.reference} {flat(agreement.text)}" in text
            assert flat(agreement.responsible_org_name or "") in text
            assert flat(agreement.responsible_person_name or "") in text
        for line in (meeting.draft.minutes or "").splitlines():
            assert flat(line) in text


def test_no_phone_or_email_of_anyone_is_printed(workspace: Workspace, tmp_path: Path) -> None:
    meeting = held_with_pending(workspace)
    text = write(workspace, meeting.id, tmp_path / "acta.pdf")
    contacts = 0
    for record in workspace.attendance.attendance_of(meeting.id):
        if record.draft.person_id is None:
            continue
        person = workspace.actors.person(record.draft.person_id).draft
        for value in (person.phone, person.email, person.national_id):
            if value:
                contacts += 1
                assert flat(value) not in text
    assert contacts, "the demo's attendees have contact data to leave out"
    assert "@" not in text


def test_draft_minutes_say_so_and_approved_ones_give_the_date(
    workspace: Workspace, tmp_path: Path
) -> None:
    builder = workspace.reports.builder("minutes", "es")
    draft_banner = flat(builder.tr("DRAFT — these minutes have not been approved"))
    approved_line = builder.tr("Minutes approved on %1")
    held = held_with_pending(workspace)
    held_text = write(workspace, held.id, tmp_path / "borrador.pdf")
    assert draft_banner in held_text
    assert f"({builder.tr('draft')})" in held_text  # in the title on every page
    approved = next(m for m in meetings(workspace) if m.status is MeetingStatus.MINUTES_APPROVED)
    approved_text = write(workspace, approved.id, tmp_path / "aprobada.pdf")
    on = next(
        c.changed_at for c in approved.history if c.to_status is MeetingStatus.MINUTES_APPROVED
    )
    assert flat(approved_line.replace("%1", on.strftime("%d/%m/%Y"))) in approved_text
    assert draft_banner not in approved_text


def test_a_cancelled_session_says_so_and_counts_nobody_absent(
    workspace: Workspace, tmp_path: Path
) -> None:
    planned = next(m for m in meetings(workspace) if m.status is MeetingStatus.PLANNED)
    workspace.meetings.change_status(planned.id, MeetingStatus.CANCELLED)
    text = write(workspace, planned.id, tmp_path / "cancelada.pdf")
    builder = workspace.reports.builder("minutes", "es")
    assert flat(builder.tr("SESSION CANCELLED — these minutes have no effect")) in text
    assert builder.tr("Absent:") not in text


def test_the_convener_and_the_technical_secretariat_sign(
    workspace: Workspace, tmp_path: Path
) -> None:
    meeting = held_with_pending(workspace)
    out = tmp_path / "acta.pdf"
    written = workspace.reports.write("minutes", meeting.id, out, language="es")
    last_page = flat(check_pages(out, written.pages)[-1])
    present = [
        r for r in workspace.attendance.attendance_of(meeting.id) if r.presence is Presence.ATTENDED
    ]
    for role in ("convener", "technical_secretariat"):
        signer = next(r for r in present if r.role == role)
        assert flat(signer.person_name or "") in last_page
    # The signed sign-in sheet is named by its own short id.
    assert f"ASIS-{meeting.uuid.replace('-', '')[:8]}" in last_page


def test_a_48000_character_note_runs_across_pages(workspace: Workspace, tmp_path: Path) -> None:
    meeting = held_with_pending(workspace)
    item = workspace.meetings.agenda_items(meeting.id)[0]
    note = ("Se acordó revisar el expediente técnico con la GERFFS y el SERFOR. " * 800)[:47_990]
    note += " FIN-NOTA"
    workspace.meetings.update_item(item.id, replace(item.draft, notes=note))
    out = tmp_path / "larga.pdf"
    written = workspace.reports.write("minutes", meeting.id, out, language="es")
    assert written.pages >= 10
    text = flat(" ".join(check_pages(out, written.pages)))
    assert "FIN-NOTA" in text
    assert text.count("Se acordó revisar el expediente técnico") >= 700


def test_hostile_text_prints_literally_without_links_or_images(
    workspace: Workspace, tmp_path: Path
) -> None:
    meeting = held_with_pending(workspace)
    for raw in MALICIOUS:
        workspace.agreements.create(AgreementDraft(meeting_id=meeting.id, text=f"Acuerdo {raw}"))
    item = workspace.meetings.agenda_items(meeting.id)[1]
    notes = "\n".join(f"Nota {raw}" for raw in MALICIOUS) + "\n- Lista " + MALICIOUS[0]
    workspace.meetings.update_item(item.id, replace(item.draft, notes=notes))
    text = write(workspace, meeting.id, tmp_path / "hostil.pdf")  # no link, no image: checked
    for raw in MALICIOUS:
        assert f"Acuerdo {raw}" in text
        assert f"Nota {raw}" in text
    assert f"- Lista {MALICIOUS[0]}" in text


def test_a_meeting_that_does_not_exist_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "nada.pdf"
    with pytest.raises(UserError):
        workspace.reports.write("minutes", 999_999, out, language="es")
    assert not out.exists()


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_other_languages(workspace: Workspace, tmp_path: Path, language: str) -> None:
    meeting = held_with_pending(workspace)
    text = write(workspace, meeting.id, tmp_path / f"acta-{language}.pdf", language)
    builder = workspace.reports.builder("minutes", language)
    assert flat(builder.tr("Pending agreements from earlier sessions")) in text
