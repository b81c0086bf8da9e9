"""The sign-in sheet of the demo's sessions, read back from the PDF: each invitee once, then
blank numbered rows down to the end of the last page, every row tall enough to sign."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from pdf_support import check_pages, flat
from pypdf import PdfReader
from reportlab.lib.units import mm

from agencydesk.domain.attendance import Invitee
from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.meetings import MeetingQuery, MeetingRecord
from agencydesk.services.reports.sign_in import MIN_BLANK_ROWS
from agencydesk.services.workspace import Workspace


def meetings(workspace: Workspace, status: MeetingStatus | None = None) -> list[MeetingRecord]:
    return workspace.meetings.meetings(workspace.meetings.meeting_ids(MeetingQuery(status=status)))


def row_numbers(path: Path) -> list[list[tuple[int, float]]]:
    """Per page, the row numbers printed in the first column and their height on the page."""
    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[int, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if re.fullmatch(r"\d{1,3}", text.strip()) and cm[4] + tm[4] < 40 * mm:
                found.append((int(text), cm[5] + tm[5]))  # noqa: B023 (used at once)

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def test_each_invitee_is_printed_once_then_blank_numbered_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    for meeting in meetings(workspace, MeetingStatus.PLANNED):
        out = tmp_path / f"asistencia-{meeting.id}.pdf"
        written = workspace.reports.write("sign-in", meeting.id, out, language="es")
        text = flat(" ".join(check_pages(out, written.pages)))
        invitees = [r for r in workspace.attendance.attendance_of(meeting.id) if r.draft.invited]
        assert invitees
        for record in invitees:
            assert text.count(flat(record.person_name or "")) == 1, record.person_name
            assert flat(record.organization_name or "") in text
            assert flat(record.position or "") in text
        assert flat(meeting.title) in text
        numbers = [n for page in row_numbers(out) for n, _ in page]
        # 1…N for the invitees, then at least ten blank rows, each number once and in order.
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) >= len(invitees) + MIN_BLANK_ROWS


def test_rows_are_tall_enough_to_sign_and_the_last_page_is_filled(
    workspace: Workspace, tmp_path: Path
) -> None:
    meeting = meetings(workspace, MeetingStatus.PLANNED)[0]
    out = tmp_path / "asistencia.pdf"
    workspace.reports.write("sign-in", meeting.id, out, language="es")
    pages = row_numbers(out)
    for page in pages:
        for (_, upper), (_, lower) in itertools.pairwise(page):
            assert upper - lower >= 11 * mm - 0.5
    # Blank rows go down to the bottom margin of the last page (less than a row is left).
    last_row_y = pages[-1][-1][1]
    assert last_row_y < 40 * mm


def test_a_held_session_prints_it_too_and_an_organization_without_a_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    planned = meetings(workspace, MeetingStatus.PLANNED)[0]
    organization = workspace.attendance.attendance_of(planned.id)[0].draft.organization_id
    workspace.attendance.invite(planned.id, [Invitee(None, organization)])
    out = tmp_path / "con-institucion.pdf"
    written = workspace.reports.write("sign-in", planned.id, out, language="es")
    check_pages(out, written.pages)

    held = meetings(workspace, MeetingStatus.HELD)[0]
    out = tmp_path / "realizada.pdf"
    written = workspace.reports.write("sign-in", held.id, out, language="es")
    text = flat(" ".join(check_pages(out, written.pages)))
    for record in workspace.attendance.attendance_of(held.id):
        assert text.count(flat(record.person_name or "")) == 1
