"""The person-data PDF on the demo data: every page numbered, fonts embedded, no link or
image, and what the user typed (a name, notes, a changed value) printed as typed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pdf_support import MALICIOUS, check_pages, flat
from pypdf import PdfReader

from agencydesk.cli import main
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.reports.service import DocumentKind
from agencydesk.services.workspace import Workspace


def test_hostile_texts_print_literally(workspace: Workspace, tmp_path: Path) -> None:
    person = workspace.actors.person_ids(ListQuery())[0]
    record = workspace.actors.person(person)
    notes = "\n".join(MALICIOUS)
    workspace.actors.update_person(
        person, replace(record.draft, notes=notes, position="Jefa <b>de</b> área & más")
    )
    written = workspace.reports.write(DocumentKind.PERSON_DATA, person, tmp_path / "dp.pdf")
    assert written.title.endswith(record.full_name)
    text = flat(" ".join(check_pages(written.path, written.pages)))
    for hostile in MALICIOUS:
        assert flat(hostile) in text, hostile
    assert "Jefa <b>de</b> área & más" in text
    assert f"{record.draft.position} → Jefa <b>de</b> área & más" in text


def test_the_short_id_and_prefix(workspace: Workspace, tmp_path: Path) -> None:
    person = workspace.actors.person(workspace.actors.person_ids(ListQuery())[0])
    written = workspace.reports.write(DocumentKind.PERSON_DATA, person.id, tmp_path / "dp.pdf")
    text = flat(" ".join(check_pages(written.path, written.pages)))
    assert f"DP-{person.uuid.replace('-', '')[:8]}" in text


@pytest.mark.usefixtures("restore_logging")
def test_the_cli_writes_it(demo_database: Database, tmp_path: Path, capsys) -> None:
    workspace = Workspace.open(demo_database, lambda: None)
    person = workspace.actors.person(workspace.actors.person_ids(ListQuery())[0])
    db = str(demo_database.path or demo_database.url)
    out = tmp_path / "dp.pdf"
    assert main(["--db", db, "pdf", "person-data", str(person.id), "--out", str(out)]) == 0
    assert person.full_name in flat(PdfReader(out).pages[0].extract_text())
    missing = ["--db", db, "pdf", "person-data", "999999", "--out", str(tmp_path / "x.pdf")]
    assert main(missing) == 1
    assert "there is no person 999999" in capsys.readouterr().err
