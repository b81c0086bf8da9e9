"""What every PDF document relies on: the Qt-free catalogue, the embedded fonts, escaped user
text, the numbered footer, bookmarks, and a write that leaves nothing half-done."""

from __future__ import annotations

import errno
import logging
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable

from agencydesk.domain.enums import ActionStatus, ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import Cancelled, CancelToken
from agencydesk.services.reports import catalog as catalog_module
from agencydesk.services.reports.catalog import Catalog, catalog, parse_qm
from agencydesk.services.reports.fonts import printable
from agencydesk.services.reports.layout import (
    PageFrame,
    heading,
    make_styles,
    para,
    table_of_contents,
    table_style,
    write_pdf,
)
from agencydesk.services.reports.texts import ReportTexts

MALICIOUS = [
    "<b>negrita</b>",
    "<font size=40>enorme</font>",
    '<a href="http://example.invalid/x">enlace</a>',
    '<img src="/etc/passwd"/>',
    "Pérez & Hijos",
    "<b>sin cerrar",
]
LETTERS = "ñ á ü ç ¿¡ € “ ” g̃ ẽ ỹ ā"


def frame(title: str = "Plan de acción") -> PageFrame:
    return PageFrame(
        office_name="Agencia Regional de Desarrollo — Ucayali",
        logo=None,
        document_title=title,
        short_id="PA-1a2b3c4d",
        generated_at=datetime(2026, 11, 22, 10, 30),
        page_label="Página %1 de %2",
        generated_label="Generado el %1",
    )


def text_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


# --- catalogue and texts ---------------------------------------------------------------------


def test_catalogue_reads_the_programs_translations_without_qt() -> None:
    spanish = catalog("es")
    assert spanish.translate("Labels", "Public") == "Público"
    assert spanish.translate("UsagePhrases", "%n person(s)", 1) == "1 persona"
    assert spanish.translate("UsagePhrases", "%n person(s)", 3) == "3 personas"
    # Portuguese says "0 pessoa": zero takes the singular there.
    assert catalog("pt_BR").translate("UsagePhrases", "%n person(s)", 0) == "0 pessoa"
    assert catalog("en").translate("UsagePhrases", "%n person(s)", 2) == "2 people"
    assert catalog("en").translate("Labels", "Public") == "Public"


def test_a_missing_or_damaged_catalogue_gives_english(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(catalog_module.CatalogError):
        parse_qm(b"not a qm file at all")
    catalog_module.catalog.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            found = catalog("xx")
        assert found.translate("Labels", "Public") == "Public"
        assert "no usable translations for xx" in caplog.text
    finally:
        catalog_module.catalog.cache_clear()


def test_labels_numbers_and_dates_follow_the_language() -> None:
    es, en = ReportTexts("es"), ReportTexts("en")
    assert es.label(ActorType.CIVIL_SOCIETY) == "Sociedad civil"
    assert es.label(ActionStatus.IN_PROGRESS) != "In progress"
    assert en.label(ActorType.CIVIL_SOCIETY) == "Civil society"
    assert es.money(Decimal("12500000")) == "12.500.000,00"
    assert en.money(Decimal("12500000.5")) == "12,500,000.50"
    assert es.integer(5000) == "5.000"
    assert es.percent(0.452, fraction=True) == "45 %"
    assert es.date(datetime(2024, 3, 15, 9, 5)) == "15/03/2024"
    assert es.time(datetime(2024, 3, 15, 9, 5)) == "09:05"
    assert es.money(None) == es.date(None) == ""


def test_catalogue_without_messages_returns_the_source() -> None:
    assert Catalog("es").translate("X", "%n row(s)", 4) == "4 row(s)"


# --- fonts -----------------------------------------------------------------------------------


def test_letters_of_the_region_print_and_missing_glyphs_are_replaced_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert printable(LETTERS) == LETTERS
    with caplog.at_level(logging.WARNING):
        assert printable("Mesa 中 técnica\x00") == "Mesa ? técnica"
    assert "U+4E2D" in caplog.text


# --- documents -------------------------------------------------------------------------------


def test_user_text_prints_literally_and_creates_no_link_or_image(tmp_path: Path) -> None:
    styles = make_styles()
    story = [para("Nota: " + text, styles.body) for text in MALICIOUS]
    story.append(para(LETTERS, styles.body, bold_prefix="<i>Etiqueta</i>"))
    out = tmp_path / "malicioso.pdf"
    write_pdf(out, story, frame(), A4)
    text = "\n".join(text_of(out))
    for raw in MALICIOUS:
        assert raw in text
    assert LETTERS.replace(" ", "") in text.replace(" ", "")
    assert "<i>Etiqueta</i>" in text
    reader = PdfReader(out)
    for page in reader.pages:
        assert "/Annots" not in page
        xobjects = page["/Resources"].get("/XObject", {})
        assert not xobjects, "an image was embedded from user text"


def test_fonts_are_embedded_and_pages_are_numbered(tmp_path: Path) -> None:
    styles = make_styles()
    note = ("Acuerdo de la mesa técnica sobre el corredor logístico. " * 900)[:48_000]
    out = tmp_path / "nota.pdf"
    pages = write_pdf(out, [para(note, styles.body)], frame(), A4)
    assert pages > 5
    texts = text_of(out)
    assert len(texts) == pages
    for number, page_text in enumerate(texts, start=1):
        assert f"Página {number} de {pages}" in page_text
        assert "PA-1a2b3c4d" in page_text
        assert "Generado el 22/11/2026 10:30" in page_text
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_long_words_wrap_and_a_cell_taller_than_a_page_splits(tmp_path: Path) -> None:
    styles = make_styles()
    url = "https://www.gob.pe/institucion/produce/" + "x" * 400
    tall = "Fila de texto del acuerdo. " * 400
    rows = [
        [para("Código", styles.head_cell), para("Texto", styles.head_cell)],
        [para("A1", styles.cell), para(url, styles.cell)],
        [para("A2", styles.cell), para(tall, styles.cell)],
    ]
    table = LongTable(
        rows,
        colWidths=[30, 480],
        repeatRows=1,
        splitInRow=1,
        style=table_style(),
    )
    out = tmp_path / "tabla.pdf"
    assert write_pdf(out, [table], frame(), A4) >= 2
    assert "x" * 40 in "".join(text_of(out))
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            assert "DejaVuSans" in font.get_object()["/BaseFont"]


def test_headings_become_bookmarks_and_a_table_of_contents(tmp_path: Path) -> None:
    styles = make_styles()
    story = [table_of_contents(styles)]
    for n in range(1, 4):
        story.append(heading(f"Sección {n} — Participación", styles.heading, 0, f"s{n}"))
        story.append(para("Texto. " * 2500, styles.body))
    out = tmp_path / "toc.pdf"
    write_pdf(out, story, frame(), A4)
    reader = PdfReader(out)
    titles = [entry.title for entry in reader.outline]
    assert titles == [f"Sección {n} — Participación" for n in range(1, 4)]
    first_page = reader.pages[0].extract_text()
    starts = [reader.get_destination_page_number(entry) for entry in reader.outline]
    assert starts == sorted(starts) and len(set(starts)) == 3, starts  # each at its own page
    for n in range(1, 4):
        target = reader.get_destination_page_number(reader.outline[n - 1]) + 1
        assert f"Sección {n} — Participación" in first_page
        assert f"Sección {n}" in reader.pages[target - 1].extract_text()
    fonts = {
        f.get_object()["/BaseFont"]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_a_read_only_folder_leaves_no_file_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "solo-lectura"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if (folder / "probe").parent.stat().st_mode & 0o200 or _can_write(folder):
            pytest.skip("permissions do not bind here (running as root)")
        with pytest.raises(UserError) as caught:
            write_pdf(folder / "plan.pdf", [para("x", make_styles().body)], frame(), A4)
        assert caught.value.code == "export_cannot_write"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_a_full_disk_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    out = folder / "acta.pdf"
    out.write_bytes(b"%PDF- the earlier document")
    real_open = Path.open

    class FullDisk:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def open_full(self: Path, mode: str = "r", *args, **kwargs):
        fh = real_open(self, mode, *args, **kwargs)
        return FullDisk(fh) if "x" in mode else fh

    monkeypatch.setattr(Path, "open", open_full)
    with pytest.raises(UserError) as caught:
        write_pdf(out, [para("x", make_styles().body)], frame(), A4)
    assert caught.value.code == "disk_full"
    assert out.read_bytes() == b"%PDF- the earlier document"
    assert [p.name for p in folder.iterdir()] == ["acta.pdf"]


def test_cancel_writes_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    styles = make_styles()
    folder = tmp_path / "docs"
    folder.mkdir()
    with pytest.raises(Cancelled):
        write_pdf(folder / "x.pdf", [para("y", styles.body)] * 50, frame(), A4, cancel=token)
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_not_there_says_so(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "informe.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(UserError) as caught:
        write_pdf(not_a_folder / "plan.pdf", [para("x", make_styles().body)], frame(), A4)
    assert caught.value.code == "export_cannot_write"
    assert caught.value.params["path"].endswith("plan.pdf")


def test_the_office_logo_is_printed_and_a_broken_one_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (47, 111, 159)).save(logo)
    out = tmp_path / "con-logo.pdf"
    write_pdf(out, [para("x", make_styles().body)], replace(frame(), logo=logo), A4)
    xobjects = PdfReader(out).pages[0]["/Resources"]["/XObject"]
    assert len(xobjects) == 1
    broken = tmp_path / "roto.png"
    broken.write_bytes(b"\x89PNG not really")
    with caplog.at_level(logging.WARNING):
        write_pdf(out, [para("x", make_styles().body)], replace(frame(), logo=broken), A4)
    assert "office logo" in caplog.text
    assert "/XObject" not in PdfReader(out).pages[0]["/Resources"]
