"""What the minutes and the sign-in sheet share: the session's identification block, the
tables' look, and the user's plain text (paragraphs and "- " lists) as paragraphs.

The labels live in ``MeetingParts`` (its own translation context, so lupdate and the
catalogue agree on it whichever document uses it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table, TableStyle

from agencydesk.domain.attendance import AttendanceCounts, AttendanceRecord
from agencydesk.domain.enums import MeetingStatus, ParticipationRole, Presence, Representation
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.services.reports.fonts import FONT
from agencydesk.services.reports.layout import (
    INK,
    PORTRAIT_WIDTH,
    RULE,
    Styles,
    heading,
    para,
    table_style,
)
from agencydesk.services.reports.texts import ReportTexts

# A4 portrait between the margins (the frame has no inner padding): tables this wide line up
# with the paragraphs above and below them.
FRAME_WIDTH = PORTRAIT_WIDTH

# A line of a note that starts a list entry: "- ", "* ", "• ", "1. ", "2) ".
_LIST_LINE = re.compile(r"^\s*(?:[-*•]\s+|\d{1,3}[.)]\s+)")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def centred(style: ParagraphStyle, name: str, **kw: Any) -> ParagraphStyle:
    """A centred copy of ``style`` (document titles of public bodies are centred)."""
    return ParagraphStyle(name, parent=style, alignment=TA_CENTER, **kw)


def title_block(
    styles: Styles, meeting: MeetingRecord, name: str, key: str, kind_line: str
) -> list[Flowable]:
    """The centred head of a meeting's document: the body, the document's ``name`` in capitals
    (a bookmark under ``key``), the kind of session, and the session's own title."""
    owner = centred(styles.subtitle, "owner", fontName=styles.cell_bold.fontName, textColor=INK)
    title = centred(styles.title, f"{key}_title", spaceAfter=1 * mm)
    sub = centred(styles.subtitle, f"{key}_sub")
    out: list[Flowable] = []
    if meeting.owner_name:
        out.append(para(meeting.owner_name.upper(), owner))
    out.append(heading(name.upper(), title, 0, key))
    out.append(para(kind_line, sub))
    if meeting.title:
        out.append(para(meeting.title, sub))
    return out


def grid_style(header: bool = True, extra: Sequence[tuple] = ()) -> TableStyle:
    """The documents' table style (``layout.table_style``), the header row centred
    vertically."""
    middle = [("VALIGN", (0, 0), (-1, 0), "MIDDLE")] if header else []
    return table_style(*middle, *extra, header=header)


def plain_style(*commands: tuple) -> TableStyle:
    """A table without grid, in the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


class RecordTable(LongTable):
    """A ``LongTable`` whose rows move whole to the next page, unless a row is tall (a long
    note): that one is cut where the page ends.

    reportlab's ``splitInRow`` alone first splits between rows, then splits the first row of
    the rest again to fill the same page, which prints the header twice on one page with a
    sliver of a row under the second one."""

    TALL_ROW = 60 * mm  # rows taller than this may be cut at the end of a page
    MIN_PIECE = 20 * mm  # ... when at least this much of the page is left for the first piece

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        heights = self._rowHeights
        if n < len(heights) and heights[n] > self.TALL_ROW:
            if availHeight - sum(heights[:n]) >= self.MIN_PIECE:
                return self._splitRows(availHeight, doInRowSplit=1) or []
            if n > self._header_rows():
                return self._splitRows(availHeight, doInRowSplit=0) or []
            return []
        return self._splitRows(availHeight, doInRowSplit=0) or []

    def _header_rows(self) -> int:
        repeat = self.repeatRows
        return repeat if isinstance(repeat, int) else max(repeat) + 1


def widths(parts: Sequence[float]) -> list[float]:
    """Column widths in points from their shares of the frame's width (in mm of 180)."""
    scale = FRAME_WIDTH / sum(parts)
    return [p * scale for p in parts]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths_mm: Sequence[float],
    styles: Styles,
    extra: Sequence[tuple] = (),
    row_heights: Sequence[float | None] | None = None,
) -> LongTable:
    """A table of records: our own ``header`` labels (escaped like any text), one row per
        record whose cells are already flowables (``row_heights``: None, or one height or None
    per row, header included); the header repeats on every page and a cell
        taller than a page splits. ``widths_mm`` are shares of the width, as mm of 180."""
    head = [para(text, styles.head_cell) for text in header]
    return RecordTable(
        [head, *rows],
        colWidths=widths(widths_mm),
        rowHeights=row_heights,
        repeatRows=1,
        splitInRow=1,
        style=grid_style(True, extra),
    )


def facts_table(rows: Sequence[tuple[str, Any]], styles: Styles, label_mm: float = 38) -> Table:
    """The session's identification: a label column and a value column, no grid but a rule
    under each line (how the heading block of an acta reads). Values are user text."""
    data = [
        [
            para(label, styles.cell_bold),
            value if isinstance(value, Flowable) else para(value, styles.cell),
        ]
        for label, value in rows
    ]
    table = Table(
        data,
        colWidths=[label_mm * mm, FRAME_WIDTH - label_mm * mm],
        style=plain_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ),
        splitInRow=1,
    )
    return table


def boxed(content: Flowable, width: float, colour: Any) -> Table:
    """``content`` in a coloured frame (the "draft" banner of the minutes)."""
    return Table(
        [[content]],
        colWidths=[width],
        style=plain_style(
            ("BOX", (0, 0), (-1, -1), 1.2, colour),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ),
    )


def signature_table(cells: Sequence[Sequence[Flowable]], gap: float = 20 * mm) -> Table:
    """Signature lines side by side, each over its cell (name, position, institution, role);
    the space to sign is left above the table by the caller."""
    count = len(cells)
    column = (FRAME_WIDTH - gap * (count - 1)) / count
    row: list[Any] = []
    col_widths: list[float] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, cell in enumerate(cells):
        if n:
            row.append("")
            col_widths.append(gap)
        commands.append(("LINEABOVE", (len(row), 0), (len(row), 0), 0.8, INK))
        row.append(list(cell))
        col_widths.append(column)
    return Table([row], colWidths=col_widths, style=plain_style(*commands))


def list_style(style: ParagraphStyle, name: str) -> ParagraphStyle:
    """``style`` with a hanging indent: the marker ("- ", "1. ") stands out at the left."""
    return ParagraphStyle(
        name, parent=style, leftIndent=5 * mm, firstLineIndent=-4 * mm, spaceAfter=0.6 * mm
    )


def text_blocks(text: str | None, style: ParagraphStyle, item: ParagraphStyle) -> list[Flowable]:
    """A user's plain text as paragraphs: blank lines separate paragraphs, lines starting
    with "- " or "1. " are list entries (``item`` style, hanging indent), other line breaks
    are kept. One paragraph per block, so a long text splits between pages at paragraphs."""
    out: list[Flowable] = []
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    for block in _BLANK_LINES.split(text):
        lines: list[str] = []
        ends_with_list = False
        for line in block.split("\n"):
            if _LIST_LINE.match(line):
                if lines:
                    out.append(para("\n".join(lines), style))
                    lines = []
                out.append(para(line.strip(), item))
                ends_with_list = True
            else:
                lines.append(line)
                ends_with_list = False
        if any(line.strip() for line in lines):
            out.append(para("\n".join(lines).strip("\n"), style))
        elif ends_with_list:
            out.append(Spacer(1, style.spaceAfter))  # a list closes its paragraph too
    return out


# --- who and when, read from the records ----------------------------------------------------


def approved_on(meeting: MeetingRecord) -> date | None:
    """The day the minutes were (last) approved, from the meeting's log."""
    for change in reversed(meeting.history):
        if change.to_status is MeetingStatus.MINUTES_APPROVED:
            return change.changed_at.date()
    return None


def attendance_recorded(meeting: MeetingRecord, counts: AttendanceCounts) -> bool:
    """Whether the attendance says who came: the session was held, or someone is marked
    present (before the session, or for a cancelled one, nobody is absent yet)."""
    held = meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
    return held or counts.attended > 0


def who(r: AttendanceRecord) -> str:
    """ "Name (Institution)"."""
    if r.person_name and r.organization_name:
        return f"{r.person_name} ({r.organization_name})"
    return r.name()


def signer(
    attendance: list[AttendanceRecord], role: ParticipationRole, recorded: bool
) -> AttendanceRecord | None:
    """Who signs for ``role``: a person present in that role (a titular before an
    alternate); while the attendance is not recorded, the person invited in that role."""
    found = [
        r
        for r in attendance
        if r.role == role
        and r.person_name
        and (r.presence is Presence.ATTENDED if recorded else r.draft.invited)
    ]
    found.sort(key=lambda r: r.draft.representation is not Representation.TITULAR)
    return found[0] if found else None


class MeetingParts(ReportTexts):
    """The labels both meeting documents print."""

    def number(self, meeting: MeetingRecord) -> str:
        """ "Session No. 3" (or the title's own words when the session has no number)."""
        if meeting.number is None:
            return self.tr("Session")
        return self.tr("Session No. %1").replace("%1", str(meeting.number))

    def kind_and_number(self, meeting: MeetingRecord) -> str:
        """ "Ordinary session No. 3" (the kind alone when the session has no number)."""
        kind = self.label(meeting.draft.kind)
        if meeting.number is None:
            return kind
        return self.tr("%1 No. %2").replace("%1", kind).replace("%2", str(meeting.number))

    def when(self, meeting: MeetingRecord) -> str:
        """ "09:00 – 12:00" (the end's date too when the session runs into another day)."""
        start, end = meeting.draft.starts_at, meeting.draft.ends_at
        if start is None:
            return ""
        if end is None:
            return self.time(start)
        if end.date() != start.date():
            return f"{self.time(start)} – {self.date(end)} {self.time(end)}"
        return f"{self.time(start)} – {self.time(end)}"

    def facts(self, meeting: MeetingRecord) -> list[tuple[str, str]]:
        """Date, time, place, modality, convener: the lines of the identification block."""
        d = meeting.draft
        rows = [
            (self.tr("Date:"), self.date(d.starts_at)),
            (self.tr("Time:"), self.when(meeting)),
            (self.tr("Place:"), d.place or self.tr("Not set")),
            (self.tr("Modality:"), self.label(d.modality)),
        ]
        if meeting.convener_name:
            rows.append((self.tr("Convened by:"), meeting.convener_name))
        return rows
