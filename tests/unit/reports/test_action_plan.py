"""The action plan PDF, read back: every action with its accents, page numbers, embedded fonts,
the labels in each language, the timeline, and a 5,000-action plan."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from agencydesk.data.repos.importing import insert_many
from agencydesk.domain.enums import ActionStatus, FundingSource
from agencydesk.domain.plans import ActionDraft, FundingLineDraft, PlanDraft
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.reports.plan_gantt import GanttChart, GanttRow, GanttTexts
from agencydesk.services.reports.service import PageTexts
from agencydesk.services.workspace import Workspace

TODAY = date.today()


def workspace(database: Database) -> Workspace:
    return Workspace.open(database, lambda: "tester")


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space made one space (a wrapped cell's lines join)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pages_text_fast(path: Path) -> list[str]:
    """The same with poppler's pdftotext (seconds where pypdf takes a minute on 700 pages)."""
    if shutil.which("pdftotext") is None:
        return pages_text(path)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    pages = done.stdout.decode("utf-8").split("\f")
    return [" ".join(page.split()) for page in pages[: len(PdfReader(path).pages)]]


def one_line(text: str) -> str:
    return " ".join(text.split())


def demo_plans(ws: Workspace) -> list[int]:
    ids = ws.plans.plan_ids(ListQuery())
    assert len(ids) >= 2
    return ids


def write(ws: Workspace, plan_id: int, out: Path, language: str = "es") -> Path:
    written = ws.reports.write("action-plan", plan_id, out, language=language, today=TODAY)
    assert written.path == out and out.exists()
    assert written.pages == len(PdfReader(out).pages)
    return out


def assert_numbered(texts: list[str], language: str) -> None:
    """ "Página 1 de N" … "Página N de N": the footer's words as the catalogue gives them."""
    label = PageTexts(language).page_label()
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        expected = label.replace("%1", str(number)).replace("%2", str(total))
        assert expected in text, f"page {number}: {expected!r} missing"


def assert_fonts_embedded(path: Path) -> None:
    for number, page in enumerate(PdfReader(path).pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        assert fonts, f"page {number} has no font"
        for name, ref in fonts.items():
            font = ref.get_object()
            if "/DescendantFonts" in font:  # a composite (Type0) font
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"page {number}: {name} not embedded"


# --- the demo plans ---------------------------------------------------------------------------


def test_every_action_of_the_demo_plans_prints_with_its_accents(
    demo_database: Database, tmp_path: Path
) -> None:
    ws = workspace(demo_database)
    for plan_id in demo_plans(ws):
        out = write(ws, plan_id, tmp_path / f"plan{plan_id}.pdf")
        texts = pages_text(out)
        whole = " ".join(texts)
        plan = ws.plans.plan(plan_id)
        assert one_line(plan.title) in whole
        assert plan.owner_name and one_line(plan.owner_name) in whole
        actions = ws.plans.actions_of(plan_id)
        assert actions
        for action in actions:
            assert one_line(action.title) in whole, action.title
            if action.responsible_name:
                assert one_line(action.responsible_name) in whole
        for indicator in ws.indicators.indicators_of(plan_id=plan_id):
            assert one_line(indicator.name) in whole
        assert_numbered(texts, "es")
        assert_fonts_embedded(out)


def test_the_document_holds_its_sections_in_spanish(demo_database: Database, tmp_path: Path):
    ws = workspace(demo_database)
    plan_id = demo_plans(ws)[0]
    plan = ws.plans.plan(plan_id)
    texts = pages_text(write(ws, plan_id, tmp_path / "p.pdf"))
    whole = " ".join(texts)
    # Labels the catalogue already holds: statuses and funding sources, as the UI shows them.
    assert "Aprobado" in whole  # the plan's status
    statuses = {a.draft.status for a in ws.plans.actions_of(plan_id)}
    assert ActionStatus.IN_PROGRESS in statuses and "En curso" in whole
    totals = ws.plans.totals(plan_id)
    assert any(s.source == FundingSource.COOPERATION for s in totals.sources)
    assert "Cooperación internacional" in whole
    # The totals, in the Spanish way of writing amounts, and the short id in every footer.
    budget = f"{totals.budget:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert budget in whole
    short_id = "PA-" + plan.uuid.replace("-", "")[:8]
    assert all(short_id in text for text in texts)
    # The timeline page: today's date under its line, a page of its own after the totals.
    today = TODAY.strftime("%d/%m/%Y")
    assert any(today in text for text in texts[1:])


def test_english_and_portuguese_labels(demo_database: Database, tmp_path: Path) -> None:
    ws = workspace(demo_database)
    plan_id = demo_plans(ws)[0]
    english = " ".join(pages_text(write(ws, plan_id, tmp_path / "en.pdf", "en")))
    for label in ("Actions", "Budget and funding", "Timeline", "Indicators", "Signatures"):
        assert label in english
    assert "In progress" in english and "Approved" in english
    assert "International cooperation" in english
    portuguese = " ".join(pages_text(write(ws, plan_id, tmp_path / "pt.pdf", "pt_BR")))
    assert "Em andamento" in portuguese and "Aprovado" in portuguese
    assert "Cooperação internacional" in portuguese
    assert_numbered(pages_text(tmp_path / "pt.pdf"), "pt_BR")


def test_a_plan_without_actions_or_indicators_still_prints(
    demo_database: Database, tmp_path: Path
) -> None:
    ws = workspace(demo_database)
    plan = ws.plans.create_plan(
        PlanDraft("Hoja de ruta vacía <b>ñandú</b> & co", initiative_id=free_initiative(ws))
    )
    texts = pages_text(write(ws, plan.id, tmp_path / "empty.pdf", "en"))
    whole = " ".join(texts)
    assert "Hoja de ruta vacía <b>ñandú</b> & co" in whole  # escaped, printed literally
    assert "This plan has no actions yet." in whole
    assert_numbered(texts, "en")


def test_a_missing_plan_is_the_services_error(demo_database: Database, tmp_path: Path) -> None:
    ws = workspace(demo_database)
    with pytest.raises(Exception) as raised:
        ws.reports.write("action-plan", 999_999, tmp_path / "none.pdf")
    assert type(raised.value).__name__ in ("NotFoundError", "UserError")
    assert not (tmp_path / "none.pdf").exists()


# --- a large plan ------------------------------------------------------------------------------


def free_initiative(ws: Workspace) -> int:
    """An initiative of the demo that has no plan yet."""
    for choice in ws.plans.initiative_choices():
        if ws.plans.plan_of_initiative(choice.id) is None:
            return choice.id
    raise AssertionError("every demo initiative has a plan")


def add_large_plan(database: Database, ws: Workspace, n: int, seed: int = 6) -> int:
    """A plan of ``n`` actions over 8 axes, each with one or two funding lines, inserted in
    one transaction (the plans service would take minutes for 5,000 actions)."""
    rng = random.Random(seed)
    plan = ws.plans.create_plan(
        PlanDraft("Plan de prueba con muchas acciones", initiative_id=free_initiative(ws))
    )
    orgs = [a.draft.responsible_id for p in demo_plans(ws) for a in ws.plans.actions_of(p)]
    words = ["diagnóstico", "capacitación", "señalética", "acopio", "certificación", "café"]
    start = TODAY - timedelta(days=200)
    rows = []
    for i in range(n):
        begins = start + timedelta(days=rng.randint(0, 500))
        axis = i * 8 // n + 1
        rows.append(
            {
                "plan_id": plan.id,
                "code": f"A{axis}.{i + 1}",
                "axis": f"Eje {axis}. Línea de trabajo número {axis}",
                "title": f"Acción {i + 1}: " + " ".join(rng.choices(words, k=rng.randint(2, 9))),
                "responsible_id": rng.choice(orgs),
                "start_date": begins,
                "end_date": begins + timedelta(days=rng.randint(0, 300)),
                "budget": Decimal(rng.randint(1, 5_000_000)),
                "status": rng.choice(list(ActionStatus)),
                "progress_pct": rng.randint(0, 100),
            }
        )
    with database.uow() as s:
        ids = insert_many(s, "actions", rows)
        lines = [
            {
                "action_id": action_id,
                "source": rng.choice(list(FundingSource)),
                "program": "Programa de fomento",
                "amount": Decimal(rng.randint(1, 1_000_000)),
                "in_kind": rng.random() < 0.2,
            }
            for action_id in ids
            for _ in range(rng.randint(1, 2))
        ]
        insert_many(s, "funding_lines", lines, want_ids=False)
    return plan.id


@pytest.mark.slow
def test_a_plan_of_5000_actions_renders(demo_database: Database, tmp_path: Path) -> None:
    ws = workspace(demo_database)
    plan_id = add_large_plan(demo_database, ws, 5000)
    assert ws.plans.plan(plan_id).actions_count == 5000
    out = write(ws, plan_id, tmp_path / "large.pdf", "es")
    texts = pages_text_fast(out)
    assert len(texts) > 100
    whole = " ".join(texts)
    codes = set(re.findall(r"\bA\d\.(\d+)\b", whole))
    assert codes >= {str(i) for i in range(1, 5001)}  # every action, in the tables
    assert_numbered(texts, "es")
    assert sum("Subtotal" in text for text in texts) == 8  # one per axis


# --- text that must not break the document -----------------------------------------------------

MALICIOUS = [
    "<b>negrita</b> & <i>cursiva",
    "<font size=40>ENORME</font>",
    '<a href="https://example.com/x">enlace</a>',
    '<img src="/etc/passwd"/> imagen',
    "Tom & Jerry S.A.C. <unclosed",
]


def test_user_markup_prints_literally_and_links_nothing(
    demo_database: Database, tmp_path: Path
) -> None:
    ws = workspace(demo_database)
    plan = ws.plans.create_plan(PlanDraft(MALICIOUS[0], initiative_id=free_initiative(ws)))
    for i, text in enumerate(MALICIOUS):
        ws.plans.create_action(
            ActionDraft(
                plan.id,
                code=f"<{i}>",
                axis=MALICIOUS[(i + 1) % len(MALICIOUS)],
                title=text,
                start_date=TODAY,
                end_date=TODAY + timedelta(days=30 * (i + 1)),
            ),
            [FundingLineDraft(FundingSource.PRIVATE, program=MALICIOUS[i], amount=Decimal(10))],
        )
    out = write(ws, plan.id, tmp_path / "m.pdf")
    whole = " ".join(pages_text(out))
    for text in MALICIOUS:
        assert one_line(text) in whole, text
    reader = PdfReader(out)
    for page in reader.pages:
        assert "/Annots" not in page
        xobjects = page["/Resources"].get_object().get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    assert_fonts_embedded(out)


# --- the timeline splits between rows ------------------------------------------------------------


def test_the_timeline_splits_between_rows_and_never_strands_an_axis() -> None:
    texts = GanttTexts(["Ene"] * 12, "Código", "Acción", "Avance", "sin fechas", "Hoy")
    rows = []
    for axis in range(10):
        rows.append(GanttRow("", f"Eje {axis}", TODAY, TODAY, None, 50))
        rows += [GanttRow(f"{axis}.{i}", "Acción", TODAY, TODAY, ActionStatus.DONE, 100)
                 for i in range(9)]  # fmt: skip
    chart = GanttChart(rows, TODAY.replace(day=1), TODAY + timedelta(days=60), TODAY, texts)
    _, height = chart.wrap(700, 10_000)
    assert height == chart.HEADER + chart.ROW * 100 + chart.FOOTER
    parts, remaining = [], chart
    while True:
        split = remaining.split(700, 400)
        if len(split) == 1:
            parts.append(split[0])
            break
        first, remaining = split
        assert not first.rows[-1].is_axis  # an axis row goes with its first action
        assert first.wrap(700, 400)[1] <= 400
        parts.append(first)
    assert [r for part in parts for r in part.rows] == rows
    assert chart.split(700, chart.HEADER + chart.FOOTER + chart.ROW) == []  # too little room
