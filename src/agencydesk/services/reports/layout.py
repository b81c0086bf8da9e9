"""What every document shares: styles, safe paragraphs, the page frame, and the atomic write.

- User text reaches reportlab only through ``para``/``cell``: escaped (``<b>``, ``<a href>``,
  ``<img src>``, a lone ``&`` print literally and an unclosed tag cannot fail the build),
  filtered through the font's coverage (``fonts.printable``), line breaks kept, and long words
  and URLs split at the margin (``splitLongWords``).
- Nothing is fetched or linked: ``trustedSchemes`` and ``trustedHosts`` are emptied before a
  build, so even markup of our own could not reach a network or a file.
- Every page has the office's name and logo at the top, and "Page X of Y", the generation
  date and the document's short id at the bottom (two passes: Y is known at the end).
- ``write_pdf`` builds in memory, then writes a temporary file renamed over the target: a full
  disk or a read-only folder leaves no partial file and raises a ``UserError``.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.reports.fonts import BOLD, FONT, printable, register_fonts
from agencydesk.services.spreadsheet import atomic_output

log = logging.getLogger(__name__)

MARGIN = 15 * mm
# The width text and tables take on an A4 page, upright and landscape (210 or 297 mm, less
# the margins).
PORTRAIT_WIDTH = 180 * mm
LANDSCAPE_WIDTH = 267 * mm
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 10 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4e7eb")
BAND_FILL = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#2f6f9f")
LATE = colors.HexColor("#b83232")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle


def make_styles(base_size: float = 9) -> Styles:
    """The paragraph styles of the documents (``base_size`` points for the body)."""
    register_fonts()

    def style(name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", FONT)
        kw.setdefault("fontSize", base_size)
        kw.setdefault("leading", kw["fontSize"] * 1.25)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, splitLongWords=1, **kw)

    cell = base_size - 1
    return Styles(
        title=style("title", fontName=BOLD, fontSize=base_size + 7, spaceAfter=2 * mm),
        subtitle=style("subtitle", fontSize=base_size + 1, textColor=MUTED, spaceAfter=1 * mm),
        heading=style(
            "heading", fontName=BOLD, fontSize=base_size + 3, spaceBefore=4 * mm, spaceAfter=2 * mm
        ),
        subheading=style(
            "subheading",
            fontName=BOLD,
            fontSize=base_size + 1,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
        ),
        body=style("body", spaceAfter=1.5 * mm),
        small=style("small", fontSize=base_size - 1.5, textColor=MUTED),
        cell=style("cell", fontSize=cell),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=cell),
        cell_right=style("cell_right", fontSize=cell, alignment=TA_RIGHT),
        cell_center=style("cell_center", fontSize=cell, alignment=TA_CENTER),
        head_cell=style("head_cell", fontName=BOLD, fontSize=cell),
    )


def safe_markup(text: Any) -> str:
    """User text as Paragraph markup that means only itself (see the module docstring)."""
    if text is None:
        return ""
    return escape(printable(str(text))).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: Any, style: ParagraphStyle, bold_prefix: str | None = None) -> Paragraph:
    """A paragraph of user text; ``bold_prefix`` (our own label, e.g. "Place:") is escaped too
    and printed in bold before it."""
    markup = safe_markup(text)
    if bold_prefix:
        markup = f"<b>{safe_markup(bold_prefix)}</b> {markup}"
    return Paragraph(markup, style)


def heading(text: str, style: ParagraphStyle, level: int = 0, key: str | None = None) -> Paragraph:
    """A heading that becomes a PDF bookmark (and a table-of-contents entry when the document
    has a ``TableOfContents``); ``key`` must be unique in the document."""
    paragraph = para(text, style)
    paragraph.outline_entry = (level, printable(text), key or f"h{id(paragraph)}")  # type: ignore[attr-defined]
    return paragraph


def table_style(*commands: tuple, header: bool = True) -> TableStyle:
    """The documents' table style plus ``commands``: a thin grid, a filled header row, cells
    aligned at the top, and the embedded font as the table's own (a reportlab table otherwise
    sets Helvetica for every cell, and the page then names a font that is not embedded)."""
    base: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        base.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return TableStyle([*base, *commands])


def table_of_contents(styles: Styles) -> TableOfContents:
    """A table of contents in the documents' font (filled by ``heading`` entries)."""
    toc = TableOfContents(
        tableStyle=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    toc.dotsMinLevel = 0
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=styles.body, fontName=BOLD, leftIndent=0, firstLineIndent=0),
        ParagraphStyle("toc1", parent=styles.body, leftIndent=6 * mm, firstLineIndent=0),
        ParagraphStyle("toc2", parent=styles.small, leftIndent=12 * mm, firstLineIndent=0),
    ]
    return toc


@dataclass(frozen=True)
class PageFrame:
    """What the page header and footer print."""

    office_name: str
    logo: Path | None
    document_title: str
    short_id: str
    generated_at: datetime
    page_label: str  # "Page %1 of %2", translated
    generated_label: str  # "Generated on %1", translated


def _numbered_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas that holds its pages until the end, then draws the footers with the page count
    ("Page 3 of 12"): the count is known only once the whole story is laid out."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # type: ignore[override]
            # A bookmark names the PDF page object being written, and pages are written only
            # in save(): made now, every bookmark would point at the first page.
            self._bookmarks.append((key, kwargs))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                for key, kwargs in state["_bookmarks"]:
                    Canvas.bookmarkPage(self, key, **kwargs)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            y = MARGIN - 6 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            page = frame.page_label.replace("%1", str(self._pageNumber)).replace("%2", str(total))
            stamp = frame.generated_label.replace(
                "%1", frame.generated_at.strftime("%d/%m/%Y %H:%M")
            )
            self.drawString(MARGIN, y, printable(stamp))
            self.drawCentredString(width / 2, y, printable(frame.short_id))
            self.drawRightString(width - MARGIN, y, page)

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to ``width`` points (a header line never runs into another)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_logo(canvas: Canvas, logo: Path, x: float, top: float, height: float) -> float:
    """Draw the office's logo; returns its width (0 when it cannot be read)."""
    try:
        from reportlab.lib.utils import ImageReader

        image = ImageReader(str(logo))
        w, h = image.getSize()
        width = min(height * w / h if h else height, 45 * mm)
        canvas.drawImage(
            image, x, top - height, width, height, mask="auto", preserveAspectRatio=True
        )
        return width
    except Exception as exc:  # a moved or damaged logo must not stop the document
        log.warning("office logo %s not drawn: %s", logo, exc)
        return 0.0


def _draw_header(canvas: Canvas, frame: PageFrame) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN + 4 * mm
    x = MARGIN
    logo_height = 11 * mm
    if frame.logo is not None:
        logo_width = _draw_logo(canvas, frame.logo, x, top, logo_height)
        x += logo_width + 3 * mm if logo_width else 0
    right = width - MARGIN
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 10)
    office = _fit(printable(frame.office_name), BOLD, 10, right - x)
    canvas.drawString(x, top - 5 * mm, office)
    # The document's title beside the office's name, or under it when both do not fit.
    title = printable(frame.document_title)
    room = right - x - stringWidth(office, BOLD, 10) - 6 * mm
    title_y = top - 5 * mm
    if stringWidth(title, FONT, 8) > room:
        room, title_y = right - x, top - 9.5 * mm
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, title_y, _fit(title, FONT, 8, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - logo_height - 1.5 * mm, right, top - logo_height - 1.5 * mm)


class _Document(BaseDocTemplate):
    """Pages with the office header and the numbered footer; headings become bookmarks."""

    def __init__(self, target: io.BytesIO, frame: PageFrame, pagesize: tuple[float, float]):
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT - 6 * mm,
            title=printable(frame.document_title),
            author=printable(frame.office_name),
            creator="AgencyDesk",
            # Not Helvetica: a page must use only the embedded fonts (archives and print shops
            # check it), even for the font each page starts with.
            initialFontName=FONT,
        )
        # No inner padding: a table as wide as the frame lines up with the paragraphs.
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate("page", [body], onPage=lambda c, _d: _draw_header(c, frame))]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        level, text, key = entry
        # Land on the heading itself (an /XYZ destination: Qt's PDF view reads no /Fit ones).
        top = self.frame._y + getattr(flowable, "height", 0)
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        # The contents lay their entries out as Paragraph markup: escaped like user text.
        self.notify("TOCEntry", (level, escape(text), self.page, key))


def write_pdf(
    out: Path,
    story: Sequence[Flowable],
    frame: PageFrame,
    pagesize: tuple[float, float],
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Lay out ``story`` and write it to ``out`` atomically; returns the number of pages.

    A story holding a ``TableOfContents`` is laid out until its page numbers settle.
    Raises ``UserError`` ("disk_full", "export_cannot_write") or ``Cancelled``."""
    register_fonts()
    # Nothing in a document may fetch a URL or read a file named in its text.
    rl_config.trustedSchemes = []
    rl_config.trustedHosts = []
    buffer = io.BytesIO()
    document = _Document(buffer, frame, pagesize)
    total = len(story)
    document.setProgressCallBack(_progress_callback(total, progress, cancel))
    canvas = _numbered_canvas(frame)
    if any(isinstance(f, TableOfContents) for f in story):
        document.multiBuild(list(story), canvasmaker=canvas)
    else:
        document.build(list(story), canvasmaker=canvas)
    with atomic_output(out, binary=True) as fh:
        fh.write(buffer.getbuffer())
    return document.page


def _progress_callback(
    total: int, progress: ProgressSink, cancel: CancelToken | None
) -> Callable[[str, int], None]:
    def callback(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            if cancel is not None:
                cancel.check()
            progress(min(value, total), total, "pdf")

    return callback
