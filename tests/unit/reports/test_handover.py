"""The handover file, read back from the PDF: every section bookmarked and in the table of
contents at the page where it starts, every agreement, participant, bottleneck and session of
the demo initiative, the plan's axes; user text printed literally; embedded fonts and
numbered pages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pdf_support import MALICIOUS, flat, initiative_id
from pypdf import PdfReader

from agencydesk.domain.agreements import AgreementDraft, AgreementQuery
from agencydesk.domain.errors import UserError
from agencydesk.services.reports.service import PageTexts
from agencydesk.services.workspace import Workspace

MESA = "Mesa Ejecutiva Forestal de Ucayali"


def write(workspace: Workspace, initiative: int, out: Path) -> Path:
    workspace.reports.write("handover", initiative, out, language="es", today=date.today())
    return out


def outline(reader: PdfReader, entries: list[Any] | None = None, level: int = 0) -> list[tuple]:
    """(level, title, page number from 1) of every bookmark, in document order."""
    found: list[tuple] = []
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            found += outline(reader, entry, level + 1)
        else:
            found.append((level, entry.title, reader.get_destination_page_number(entry) + 1))
    return found


@pytest.fixture
def mesa_file(workspace: Workspace, tmp_path: Path) -> Path:
    return write(workspace, initiative_id(workspace, MESA), tmp_path / "expediente.pdf")


def test_every_section_is_bookmarked_and_in_the_contents_at_its_page(
    workspace: Workspace, mesa_file: Path
) -> None:
    reader = PdfReader(mesa_file)
    texts = [flat(page.extract_text()) for page in reader.pages]
    entries = outline(reader)
    sections = [title for level, title, _ in entries if level == 0]
    builder = workspace.reports.builder("handover", "es", date.today())
    expected = [
        builder.tr("Initiative data"),
        *(
            builder.translate("HandoverSections", text)
            for text in ("Participants", "Bottlenecks register", "Sessions", "Agreements matrix")
        ),
        builder.tr("Action plan and progress"),
    ]
    assert sections == expected
    sessions = workspace.meetings.meetings_of(initiative_id(workspace, MESA))
    session_label = builder.translate("HandoverSections", "Session %1")
    for meeting in sessions:
        title = f"{session_label.replace('%1', str(meeting.number))} · "
        assert any(level == 1 and t.startswith(title) for level, t, _ in entries), title
    # The contents come first, alone; each line gives the page its heading is on.
    first = min(page for _, _, page in entries)
    assert first >= 2
    listed: dict[str, int] = {}
    for page in reader.pages[: first - 1]:
        # Layout mode keeps each entry on its line: "Sesiones . . . . . 4".
        for line in page.extract_text(extraction_mode="layout").splitlines():
            if found := re.fullmatch(r"\s*(.+?)[\s.]*\s(\d+)\s*", line):
                listed[flat(found.group(1))] = int(found.group(2))
    assert builder.tr("Contents") in texts[0]
    for _, title, page in entries:
        assert listed.get(flat(title)) == page, f"{title!r}: contents {listed.get(flat(title))}"
        assert flat(title) in texts[page - 1], f"{title!r} is not on page {page}"


def test_numbered_pages_and_embedded_fonts(workspace: Workspace, mesa_file: Path) -> None:
    reader = PdfReader(mesa_file)
    total = len(reader.pages)
    assert total >= 4
    label = PageTexts("es").page_label()
    uuid = workspace.initiatives.initiative(initiative_id(workspace, MESA)).uuid
    short_id = "EXP-" + uuid.replace("-", "")[:8]
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert label.replace("%1", str(number)).replace("%2", str(total)) in text
        assert short_id in text
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_the_records_of_the_initiative_are_all_there(workspace: Workspace, mesa_file: Path) -> None:
    text = flat(" ".join(page.extract_text() for page in PdfReader(mesa_file).pages))
    mesa = initiative_id(workspace, MESA)
    record = workspace.initiatives.initiative(mesa)
    for value in (record.name, record.draft.objective, record.agenda_title, record.convener_name):
        assert value and flat(value) in text
    service = workspace.agreements
    agreements = service.agreements(service.agreement_ids(AgreementQuery(initiative_id=mesa)))
    assert len(agreements) >= 10
    for agreement in agreements:  # open, overdue, done and cancelled alike
        assert flat(agreement.text) in text
    for participation in workspace.initiatives.participations_of(mesa):
        assert flat(participation.organization_name) in text
        assert flat(participation.person_name or "") in text
    for bottleneck in workspace.bottlenecks.bottlenecks_of(mesa):
        assert f"{bottleneck.code} {flat(bottleneck.title)}" in text
    for meeting in workspace.meetings.meetings_of(mesa):
        assert flat(meeting.title) in text
        for item in workspace.meetings.agenda_items(meeting.id):
            assert flat(item.title) in text
    plan = workspace.plans.plan_of_initiative(mesa)
    assert plan is not None
    assert flat(plan.title) in text
    for axis in workspace.plans.totals(plan.id).axes:
        assert flat(axis.axis or "") in text


def test_user_text_prints_literally_and_links_nothing(workspace: Workspace, tmp_path: Path) -> None:
    mesa = initiative_id(workspace, MESA)
    session = workspace.meetings.meetings_of(mesa)[-1]
    workspace.meetings.update(
        session.id, replace(session.draft, title="Sesión <b>unclosed & <i>cursiva</i>")
    )
    for n, raw in enumerate(MALICIOUS):
        workspace.agreements.create(
            AgreementDraft(
                meeting_id=session.id,
                text=f"Acuerdo {n}: {raw}",
                due_date=date.today() - timedelta(days=3),
            )
        )
    out = write(workspace, mesa, tmp_path / "malicioso.pdf")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for n, raw in enumerate(MALICIOUS):
        assert f"Acuerdo {n}: {raw}" in text
    assert "Sesión <b>unclosed & <i>cursiva</i>" in text
    for page in reader.pages:
        # The contents link to their pages; nothing may link out of the document.
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            assert action is None or "/URI" not in action.get_object()
        assert not page["/Resources"].get("/XObject", {}), "an image was embedded"


def test_an_initiative_without_plan_or_agenda_items_still_makes_a_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    cacao = initiative_id(workspace, "Sistema productivo local del cacao de Padre Abad")
    out = write(workspace, cacao, tmp_path / "cacao.pdf")
    text = flat(" ".join(page.extract_text() for page in PdfReader(out).pages))
    builder = workspace.reports.builder("handover", "es", date.today())
    assert builder.tr("The initiative has no action plan.") in text
    assert builder.translate("HandoverSections", "No agreements recorded.") in text


@pytest.mark.parametrize("missing", [999_999, None])
def test_an_initiative_that_does_not_exist_writes_nothing(
    workspace: Workspace, tmp_path: Path, missing: int | None
) -> None:
    with pytest.raises(UserError) as caught:
        workspace.reports.write("handover", missing, tmp_path / "nada.pdf", language="es")
    assert caught.value.code == "not_found"
    assert list(tmp_path.glob("*.pdf")) == []
