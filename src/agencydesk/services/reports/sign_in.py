"""The sign-in sheet (*lista de asistencia*) of a session, printed before it and signed at
the door: the invitees pre-printed with an empty signature box, then blank numbered rows for
those who come without an invitation, down to the end of the last page (at least ten).

Rows are tall enough to sign in (12 mm); the signature column is the widest blank one. No
phone, e-mail or identity number is pre-printed: the sheet passes from hand to hand.
A held or cancelled session prints it too (a lost sheet is reprinted to be filed).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from agencydesk.domain.attendance import AttendanceRecord
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.layout import make_styles, para
from agencydesk.services.reports.meeting_parts import (
    MeetingParts,
    data_table,
    facts_table,
    grid_style,
    title_block,
    widths,
)

ROW_HEIGHT = 12 * mm  # a signature and a handwritten name fit; over the 11 mm forms use
MIN_BLANK_ROWS = 10
# No., name, institution, position, titular/alternate, signature (shares of 180 mm)
COLUMNS = (9, 38, 44, 31, 19, 39)
_MIDDLE = [("VALIGN", (0, 1), (-1, -1), "MIDDLE")]


class SignInDocument(DocumentBuilder):
    prefix = "ASIS"

    def draft(self, record_id: Any) -> Draft:
        meeting = self.sources.meetings.meeting(record_id)
        invitees = [r for r in self.sources.attendance.attendance_of(record_id) if r.draft.invited]
        styles = make_styles()
        parts = MeetingParts(self.language)
        self._number = ParagraphStyle("number", parent=styles.cell, alignment=2)

        name = self.tr("Attendance sheet")
        story = title_block(styles, meeting, name, "sheet", parts.kind_and_number(meeting))
        story.append(Spacer(1, 2 * mm))
        story.append(facts_table(parts.facts(meeting), styles))
        story.append(Spacer(1, 2.5 * mm))
        story.append(
            para(
                self.tr(
                    "Please sign in the row with your name. If your name is not printed, "
                    "write your name, institution and position in a blank row and sign."
                ),
                styles.small,
            )
        )
        story.append(Spacer(1, 1.5 * mm))

        header = [
            self.tr("No."),
            self.tr("Name"),
            self.tr("Institution"),
            self.tr("Position"),
            self.tr("Titular / alternate"),
            self.tr("Signature"),
        ]
        rows = [self._invitee(n, r, styles) for n, r in enumerate(invitees, start=1)]
        first_blank = len(invitees) + 1
        rows += [self._blank(first_blank + i) for i in range(MIN_BLANK_ROWS)]
        # Blank rows have a fixed height; pre-printed ones grow with a long institution name.
        heights = [None] * (1 + len(invitees)) + [ROW_HEIGHT] * MIN_BLANK_ROWS
        story.append(data_table(header, rows, COLUMNS, styles, _MIDDLE, heights))
        story.append(BlankRows(first_blank + MIN_BLANK_ROWS, self._blank))

        title_text = self.tr("Attendance sheet") + f" · {parts.number(meeting)}"
        if meeting.owner_name:
            title_text += f" · {meeting.owner_name}"
        return Draft(title_text, self.short_id(meeting.uuid), story)

    def _invitee(self, n: int, r: AttendanceRecord, styles: Any) -> list[Any]:
        return [
            para(self.integer(n), self._number),
            para(r.person_name or "", styles.cell_bold),
            para(r.organization_name, styles.cell),
            para(r.position, styles.cell),
            para(self.label(r.draft.representation), styles.cell),
            # The empty signature box holds the row at the height of a signature.
            Spacer(1, ROW_HEIGHT - 6),
        ]

    def _blank(self, n: int) -> list[Any]:
        return [para(self.integer(n), self._number), "", "", "", "", ""]


class BlankRows(Flowable):
    """Blank numbered rows for walk-ins, as many as fit in what is left of the page (none
    when the page is full): the sheet ends at the bottom of its last page, never on a page
    of its own."""

    def __init__(self, first: int, row: Any) -> None:
        super().__init__()
        self._first = first
        self._row = row
        self._table: Table | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        count = max(0, int((availHeight - 1) // ROW_HEIGHT))
        if count == 0:
            self._table = None
            return availWidth, 0
        rows = [self._row(self._first + i) for i in range(count)]
        self._table = Table(
            rows,
            colWidths=widths(COLUMNS),
            rowHeights=[ROW_HEIGHT] * count,
            style=grid_style(header=False, extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        )
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # ``wrap`` never asks for more than is left

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)
