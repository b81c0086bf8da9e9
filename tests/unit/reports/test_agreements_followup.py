"""The agreements follow-up, read back from the PDF: open and overdue agreements only, grouped
by responsible institution (none last), overdue ones with their days, for one initiative or
for all; user text printed literally; embedded fonts and numbered pages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_support import MALICIOUS, flat, initiative_id
from pypdf import PdfReader

from agencydesk.domain.agreements import AgreementDraft, AgreementQuery, AgreementRecord
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.text import fold
from agencydesk.services.reports.service import PageTexts
from agencydesk.services.workspace import Workspace

MESA = "Mesa Ejecutiva Forestal de Ucayali"


def agreements_of(workspace: Workspace, query: AgreementQuery) -> list[AgreementRecord]:
    service = workspace.agreements
    return service.agreements(service.agreement_ids(query, date.today()))


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def outline_titles(path: Path) -> list[str]:
    return [entry.title for entry in PdfReader(path).outline if not isinstance(entry, list)]


def assert_numbered_with_embedded_fonts(path: Path, short_id: str) -> None:
    reader = PdfReader(path)
    total = len(reader.pages)
    label = PageTexts("es").page_label()
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert label.replace("%1", str(number)).replace("%2", str(total)) in text
        assert short_id in text
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def write(workspace: Workspace, record: int | None, out: Path) -> Path:
    workspace.reports.write("agreements", record, out, language="es", today=date.today())
    return out


def test_open_and_overdue_agreements_of_the_initiative_by_institution(
    workspace: Workspace, tmp_path: Path
) -> None:
    mesa = initiative_id(workspace, MESA)
    out = write(workspace, mesa, tmp_path / "acuerdos.pdf")
    text = flat(" ".join(page_texts(out)))
    every = agreements_of(workspace, AgreementQuery(initiative_id=mesa))
    still_open = [a for a in every if a.status is AgreementStatus.OPEN]
    closed = [a for a in every if a.status is not AgreementStatus.OPEN]
    assert still_open and closed and any(a.is_overdue(date.today()) for a in still_open)
    for agreement in still_open:
        assert flat(agreement.text) in text  # accents and all
        assert flat(agreement.responsible_person_name or "") in text
    # Done and cancelled ones are not for the next session.
    assert "Circular el acta de la sesión en un plazo de cinco días hábiles." not in text
    for agreement in closed:
        assert flat(agreement.text) not in text
    builder = workspace.reports.builder("agreements", "es", date.today())
    for agreement in still_open:
        reference = (
            builder.tr("Session %1, agreement %2")
            .replace("%1", str(agreement.meeting_number))
            .replace("%2", str(agreement.number))
        )
        assert reference in text
        if agreement.is_overdue(date.today()):
            assert agreement.due_date is not None
            days = (date.today() - agreement.due_date).days
            assert f"{builder.date(agreement.due_date)} {days}" in text
    # A bookmark per institution, by name with accents ignored, after the summary.
    names = sorted({a.responsible_org_name or "" for a in still_open}, key=fold)
    assert outline_titles(out) == [builder.tr("Summary"), *names]
    assert_numbered_with_embedded_fonts(out, "ACU-")


def test_every_initiative_and_agenda_when_no_initiative_is_given(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = write(workspace, None, tmp_path / "todos.pdf")
    text = flat(" ".join(page_texts(out)))
    still_open = agreements_of(workspace, AgreementQuery(status=AgreementStatus.OPEN))
    owners = {a.owner_name for a in still_open}
    assert len(owners) > 1
    for agreement in still_open:
        assert flat(agreement.text) in text
    for owner in owners:
        assert owner is not None and flat(owner) in text
    done = agreements_of(workspace, AgreementQuery(status=AgreementStatus.DONE))
    for agreement in done:
        assert flat(agreement.text) not in text
    assert_numbered_with_embedded_fonts(out, "ACU-all")


def test_user_text_prints_literally_and_no_institution_comes_last(
    workspace: Workspace, tmp_path: Path
) -> None:
    mesa = initiative_id(workspace, MESA)
    session = workspace.meetings.meetings_of(mesa)[-1]
    for n, raw in enumerate(MALICIOUS):
        workspace.agreements.create(
            AgreementDraft(
                meeting_id=session.id,
                text=f"Acuerdo {n}: {raw}",
                due_date=date.today() - timedelta(days=3),
                follow_up=f"Nota {n}: {raw}",
            )
        )
    out = write(workspace, mesa, tmp_path / "malicioso.pdf")
    text = "\n".join(page_texts(out))
    for n, raw in enumerate(MALICIOUS):
        assert f"Acuerdo {n}: {raw}" in text
        assert f"Nota {n}: {raw}" in text
    builder = workspace.reports.builder("agreements", "es", date.today())
    assert outline_titles(out)[-1] == builder.tr("No responsible institution")
    for page in PdfReader(out).pages:
        assert "/Annots" not in page, "a link was made from user text"
        assert not page["/Resources"].get("/XObject", {}), "an image was embedded"


def test_an_initiative_without_open_agreements_says_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    cacao = initiative_id(workspace, "Sistema productivo local del cacao de Padre Abad")
    out = write(workspace, cacao, tmp_path / "vacio.pdf")
    builder = workspace.reports.builder("agreements", "es", date.today())
    assert builder.tr("There are no open agreements.") in page_texts(out)[0]


def test_an_initiative_that_does_not_exist_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(UserError) as caught:
        write(workspace, 999_999, tmp_path / "nada.pdf")
    assert caught.value.code == "not_found"
    assert list(tmp_path.glob("*.pdf")) == []
