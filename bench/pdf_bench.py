"""Benchmark of issue 6: the action plan PDF of a 1,000-action plan. Not run by CI.

    python bench/pdf_bench.py [--actions 1000] [--repeat 5] [--profile]

Builds once, in a temporary folder, a database holding the demo data plus a plan of ACTIONS
actions over 8 axes (Spanish titles with accents, a responsible institution, dates, a budget,
one or two funding lines each), inserted in one transaction. Then, in the same run (this
machine is shared and noisy, so only same-run ratios compare; runs alternate so that noise hits
both alike), medians of REPEAT runs:

 baseline: a bare reportlab document: one ``LongTable`` (header repeated, ``splitInRow``) of
     the same cells as ``Paragraph``s (code, action, responsible, start–end, budget, funding,
     status, progress), escaped, in the same embedded font (DejaVu Sans,
     ``services.reports.fonts.register_fonts``), landscape A4, written to memory. The actions
     are read before the clock starts.
 (a) the document as the program writes it, ``ReportsService.write("action-plan", id, out)``:
     reading the plan, its actions and indicators, the title block, the tables by axis with
     their subtotals and progress bars, the totals, the timeline pages, the indicators, the
     signatures, the footers "Página X de Y", and the atomic write to disk.
     Goal: <= 2x the baseline.
``--profile`` adds a cProfile of one (a) (functions by cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle  # noqa: E402
from sqlalchemy import text  # noqa: E402

from agencydesk.data.repos.importing import insert_many  # noqa: E402
from agencydesk.domain.enums import ActionStatus, FundingSource  # noqa: E402
from agencydesk.domain.plans import ActionRecord, PlanDraft  # noqa: E402
from agencydesk.services.database import Database, open_database  # noqa: E402
from agencydesk.services.demo import load_demo  # noqa: E402
from agencydesk.services.reports.fonts import FONT, register_fonts  # noqa: E402
from agencydesk.services.workspace import Workspace  # noqa: E402

WORDS = ["diagnóstico", "capacitación", "señalética", "acopio", "certificación", "café",
         "cooperativas", "exportación", "asistencia técnica", "ñandutí", "maquinaria"]  # fmt: skip
TODAY = date.today()


def build(folder: Path, actions: int) -> tuple[Database, Workspace, int]:
    """The demo data and one plan of ``actions`` actions (see the module docstring)."""
    started = time.perf_counter()
    database = open_database(folder / "bench.sqlite3", None)
    load_demo(database.uow)
    ws = Workspace.open(database, lambda: "bench")
    initiative = next(
        c.id for c in ws.plans.initiative_choices() if ws.plans.plan_of_initiative(c.id) is None
    )
    plan = ws.plans.create_plan(PlanDraft("Plan de acción de prueba", initiative_id=initiative))
    rng = random.Random(6)
    with database.uow() as s:
        orgs = list(s.scalars(text("SELECT id FROM organizations")))
        start = TODAY - timedelta(days=200)
        rows = []
        for i in range(actions):
            begins = start + timedelta(days=rng.randint(0, 500))
            axis = i * 8 // actions + 1
            rows.append(
                {
                    "plan_id": plan.id,
                    "code": f"A{axis}.{i + 1}",
                    "axis": f"Eje {axis}. Línea de trabajo número {axis}",
                    "title": f"Acción {i + 1}: "
                    + " ".join(rng.choices(WORDS, k=rng.randint(2, 9))),
                    "responsible_id": rng.choice(orgs),
                    "start_date": begins,
                    "end_date": begins + timedelta(days=rng.randint(0, 300)),
                    "budget": Decimal(rng.randint(1, 5_000_000)),
                    "status": rng.choice(list(ActionStatus)),
                    "progress_pct": rng.randint(0, 100),
                }
            )
        ids = insert_many(s, "actions", rows)
        lines = [
            {
                "action_id": action_id,
                "source": rng.choice(list(FundingSource)),
                "program": rng.choice(["Programa de fomento", "Presupuesto institucional"]),
                "amount": Decimal(rng.randint(1, 1_000_000)),
                "in_kind": rng.random() < 0.2,
            }
            for action_id in ids
            for _ in range(rng.randint(1, 2))
        ]
        insert_many(s, "funding_lines", lines, want_ids=False)
    print(f"built a plan of {actions} actions in {time.perf_counter() - started:.1f} s")
    return database, ws, plan.id


def cells(actions: list[ActionRecord]) -> list[list[str]]:
    """The actions table's cells as text, as the document shows them."""
    out = [["Código", "Acción", "Institución responsable", "Inicio – fin", "Presupuesto",
            "Financiamiento", "Estado", "Avance"]]  # fmt: skip
    for a in actions:
        d = a.draft
        funding = "\n".join(
            f"{line.draft.source}: {line.draft.program}: {line.draft.amount}" for line in a.funding
        )
        out.append(
            [
                d.code or "",
                d.title,
                a.responsible_name or "",
                f"{d.start_date:%d/%m/%Y}\n{d.end_date:%d/%m/%Y}",
                f"{d.budget:,.2f}",
                funding,
                str(d.status),
                f"{d.progress_pct} %",
            ]
        )
    return out


def baseline(table_cells: list[list[str]]) -> float:
    """Seconds for the bare LongTable of Paragraphs (see the module docstring)."""
    register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, splitLongWords=1)
    started = time.perf_counter()
    rows = [
        [Paragraph(escape(text).replace("\n", "<br/>"), style) for text in row]
        for row in table_cells
    ]
    widths = [w * mm for w in (14, 54, 38, 21, 22, 72, 22, 24)]
    table = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#9aa5b1"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    buffer = io.BytesIO()
    margins = {"leftMargin": 15 * mm, "rightMargin": 15 * mm, "topMargin": 31 * mm}
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), bottomMargin=19 * mm, **margins)
    doc.build([table])
    return time.perf_counter() - started


def document(ws: Workspace, plan_id: int, out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    written = ws.reports.write("action-plan", plan_id, out, language="es")
    return time.perf_counter() - started, written.pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database, ws, plan_id = build(folder, args.actions)
        try:
            table_cells = cells(ws.plans.actions_of(plan_id))
            out = folder / "plan.pdf"
            baseline(table_cells)  # warm the imports, the font and the caches once for both
            document(ws, plan_id, out)
            base, ours, pages = [], [], 0
            for _ in range(args.repeat):
                base.append(baseline(table_cells))
                seconds, pages = document(ws, plan_id, out)
                ours.append(seconds)
            b, o = statistics.median(base), statistics.median(ours)
            print(
                f"baseline, a bare LongTable of {args.actions} rows x 8 Paragraph cells "
                f"(DejaVu Sans): {b:.2f} s"
            )
            print(
                f"(a) ReportsService.write('action-plan'): {o:.2f} s, {pages} pages "
                f"({out.stat().st_size:,} bytes), ratio {o / b:.2f}x; "
                f"goal <= 2x: {'met' if o / b <= 2 else 'NOT met'}"
            )
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                document(ws, plan_id, out)
                profiler.disable()
                text = io.StringIO()
                pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(35)
                print(text.getvalue())
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
