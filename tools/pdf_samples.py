"""Write every PDF document of the demo data, and PNG pictures of their pages (for the README
and for looking at them).

    python tools/pdf_samples.py OUT [--language es] [--all-pages]

Needs ``pdftoppm`` (poppler-utils). Writes OUT/<kind>.pdf and OUT/<kind>-<page>.png (page 1 of
each, the action plan's timeline page too; every page with --all-pages).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OFFICE = "Gerencia de Desarrollo Económico — Gobierno Regional de Ucayali"


def make_logo(path: Path) -> Path:
    """A plain emblem standing in for an office's logo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(47, 111, 159))
    draw.ellipse((52, 52, 188, 188), fill=(240, 196, 25))
    image.save(path)
    return path


def first(db: Path, sql: str) -> int | None:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchone()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="es", choices=("es", "pt_BR", "en"))
    parser.add_argument("--all-pages", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AGENCYDESK_HOME"] = str(Path(tmp) / "home")
        from agencydesk.services.database import open_database
        from agencydesk.services.demo import load_demo
        from agencydesk.services.reports.service import Office
        from agencydesk.services.workspace import Workspace

        db = Path(tmp) / "demo.sqlite3"
        database = open_database(db, None)
        load_demo(database.uow)
        logo = make_logo(Path(tmp) / "logo.png")
        workspace = Workspace.open(
            database,
            lambda: "muestra",
            office=lambda: Office(OFFICE, logo),
            language=lambda: args.language,
        )
        mesa = "(SELECT id FROM initiatives WHERE name LIKE 'Mesa Ejecutiva Forestal%')"
        documents = {
            "action-plan": first(db, f"SELECT id FROM action_plans WHERE initiative_id = {mesa}"),
            "minutes": first(
                db,
                f"SELECT id FROM meetings WHERE initiative_id = {mesa} "
                "AND status = 'minutes_approved' ORDER BY number DESC",
            ),
            "sign-in": first(db, "SELECT min(id) FROM meetings WHERE status = 'planned'"),
            "agreements": first(db, f"SELECT {mesa}"),
            "handover": first(db, f"SELECT {mesa}"),
        }
        try:
            for kind, record_id in documents.items():
                pdf = args.out / f"{kind}.pdf"
                written = workspace.reports.write(kind, record_id, pdf)
                pages = range(1, written.pages + 1) if args.all_pages else [1]
                if kind == "action-plan" and not args.all_pages:
                    pages = [1, timeline_page(pdf)]
                for page in pages:
                    subprocess.run(
                        ["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page),
                         "-l", str(page), str(pdf), str(args.out / f"{kind}-{page}")],
                        check=True,
                    )  # fmt: skip
                print(f"{kind}: {written.pages} page(s), {pdf}")
        finally:
            database.close()
    return 0


def timeline_page(pdf: Path) -> int:
    """The first page of the action plan's timeline (found by its text)."""
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        text = page.extract_text()
        if "Cronograma" in text or "Timeline" in text or "Linha do tempo" in text:
            return number
    return 1


if __name__ == "__main__":
    sys.exit(main())
