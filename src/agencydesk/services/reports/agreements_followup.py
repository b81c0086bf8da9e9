"""The agreements follow-up: the open agreements, overdue ones marked, grouped by the
institution responsible for them, to take to the next session.

One initiative's agreements, or every initiative's and agenda's (``record_id`` None). Each
group (an institution; agreements with no institution last) lists session and number, text,
the person responsible, the due date, the days overdue and the status, and ends with its
count; a summary table of every group comes first, with the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Spacer

from agencydesk.domain.agreements import AgreementQuery, AgreementRecord, is_due_soon
from agencydesk.domain.enums import AgreementStatus, MeetingStatus
from agencydesk.domain.text import fold
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.layout import (
    HEADER_FILL,
    LANDSCAPE_WIDTH,
    LATE,
    Styles,
    heading,
    make_styles,
    para,
    table_style,
)

# A faint red behind overdue rows (light enough to print grey behind black text).
LATE_FILL = colors.HexColor("#fbecec")
FRAME_WIDTH = LANDSCAPE_WIDTH


@dataclass
class _Group:
    """The open agreements of one responsible institution (``org_id`` None: nobody named)."""

    org_id: int | None
    name: str
    rows: list[AgreementRecord] = field(default_factory=list)
    overdue: int = 0
    worst: int = 0  # most days overdue among its agreements


class AgreementsFollowUpDocument(DocumentBuilder):
    prefix = "ACU"

    def draft(self, record_id: Any) -> Draft:
        styles = make_styles(9)
        initiative = None
        if record_id is not None:
            # A missing initiative raises the service's own "not_found".
            initiative = self.sources.initiatives.initiative(int(record_id))
        query = AgreementQuery(
            initiative_id=initiative.id if initiative else None, status=AgreementStatus.OPEN
        )
        records = self.sources.agreements.agreements(
            self.sources.agreements.agreement_ids(query, self.today)
        )
        self.progress(1, 2, "pdf")
        groups = self._groups(records)

        title = self.tr("Agreements follow-up")
        story: list[Flowable] = [para(title, styles.title)]
        if initiative is not None:
            story.append(para(initiative.name, styles.subtitle))
        else:
            story.append(para(self.tr("Every initiative and agenda"), styles.subtitle))
        story.append(
            para(
                self.tr("Open agreements as of %1").replace("%1", self.date(self.today)),
                styles.body,
            )
        )
        if initiative is not None:
            story += self._next_session(initiative.id, styles)
        if not groups:
            story.append(Spacer(1, 4 * mm))
            story.append(para(self.tr("There are no open agreements."), styles.body))
        else:
            story += self._overview(groups, styles)
            with_owner = initiative is None
            for index, group in enumerate(groups):
                if self.cancel is not None:
                    self.cancel.check()
                story += self._group(group, index, with_owner, styles)
        self.progress(2, 2, "pdf")
        full_title = f"{title} — {initiative.name}" if initiative else title
        return Draft(
            title=full_title,
            short_id=self.short_id(initiative.uuid if initiative else None),
            story=story,
            landscape=True,
        )

    # --- gathering ------------------------------------------------------------------------------

    def _groups(self, records: Sequence[AgreementRecord]) -> list[_Group]:
        """Groups by institution name (accents ignored), the one without institution last;
        within a group the service's order (due date, undated last)."""
        by_org: dict[int | None, _Group] = {}
        for record in records:
            # An institution deleted meanwhile has no name: its agreements join "nobody".
            named = record.draft.responsible_org_id if record.responsible_org_name else None
            group = by_org.get(named)
            if group is None:
                name = record.responsible_org_name or self.tr("No responsible institution")
                group = by_org[named] = _Group(named, name)
            group.rows.append(record)
            days = self._days_overdue(record)
            if days:
                group.overdue += 1
                group.worst = max(group.worst, days)
        return sorted(by_org.values(), key=lambda g: (g.org_id is None, fold(g.name), g.name))

    def _days_overdue(self, record: AgreementRecord) -> int:
        """Days past the due date of an overdue agreement (0 when it is not overdue)."""
        if not record.is_overdue(self.today) or record.due_date is None:
            return 0
        return (self.today - record.due_date).days

    def _next_session(self, initiative_id: int, styles: Styles) -> list[Flowable]:
        """The initiative's next planned session, the one this list is prepared for."""
        upcoming = [
            m
            for m in self.sources.meetings.meetings_of(initiative_id)
            if m.status is MeetingStatus.PLANNED
            and m.starts_on is not None
            and m.starts_on >= self.today
        ]
        if not upcoming:
            return []
        meeting = upcoming[0]
        when = self.date(meeting.starts_on)
        if meeting.number is not None:
            when = self.tr("Session %1, %2").replace("%1", str(meeting.number)).replace("%2", when)
        text = f"{when} — {meeting.title}" if meeting.title else when
        return [para(text, styles.body, bold_prefix=self.tr("Next session:"))]

    # --- layout ---------------------------------------------------------------------------------

    def _overview(self, groups: Sequence[_Group], styles: Styles) -> list[Flowable]:
        """One line per institution and the total: what the chair reads first."""
        head = [
            self.tr("Responsible institution"),
            self.tr("Open agreements"),
            self.tr("Overdue agreements"),
            self.tr("Most days overdue"),
        ]
        rows: list[list[Any]] = [[para(h, styles.head_cell) for h in head]]
        late = _late_style(styles, right=True)
        for group in groups:
            rows.append(
                [
                    para(group.name, styles.cell),
                    para(self.integer(len(group.rows)), styles.cell_right),
                    para(self.integer(group.overdue), late if group.overdue else styles.cell_right),
                    para(self.integer(group.worst) if group.worst else "", styles.cell_right),
                ]
            )
        total = sum(len(g.rows) for g in groups)
        overdue = sum(g.overdue for g in groups)
        worst = max(g.worst for g in groups)
        right_bold = _bold_right(styles)
        rows.append(
            [
                para(self.tr("Total"), styles.cell_bold),
                para(self.integer(total), right_bold),
                para(self.integer(overdue), right_bold),
                para(self.integer(worst) if worst else "", right_bold),
            ]
        )
        table = _grid(rows, [120 * mm, 25 * mm, 25 * mm, 32 * mm], total_row=True)
        table.hAlign = "LEFT"
        summary = self.tr("%n open agreement(s)", "", total)
        summary += " · " + self.tr("%n overdue", "", overdue)
        summary += " · " + self.tr("%n institution(s)", "", len(groups))
        return [
            heading(self.tr("Summary"), styles.heading, 0, "summary"),
            table,
            Spacer(1, 1.5 * mm),
            para(summary, styles.small),
        ]

    def _group(self, group: _Group, index: int, with_owner: bool, styles: Styles) -> list[Flowable]:
        head = [self.tr("Agreement")]
        widths = [35 * mm]
        if with_owner:
            head.append(self.tr("Initiative or agenda"))
            widths.append(42 * mm)
        head += [
            self.tr("Agreement text"),
            self.tr("Responsible person"),
            self.tr("Due date"),
            self.tr("Days overdue"),
            self.tr("Status"),
        ]
        fixed = [40 * mm, 22 * mm, 18 * mm, 30 * mm]
        widths += [FRAME_WIDTH - sum(widths) - sum(fixed), *fixed]
        rows: list[list[Any]] = [[para(h, styles.head_cell) for h in head]]
        late_right = _late_style(styles, right=True)
        late = _late_style(styles, right=False)
        overdue_rows: list[int] = []  # tinted, so a glance down the page finds them
        for record in group.rows:
            days = self._days_overdue(record)
            reference = [para(self._reference(record), styles.cell)]
            if record.meeting_starts_at is not None:
                reference.append(para(self.date(record.meeting_starts_at), styles.small))
            text: list[Flowable] = [para(record.text, styles.cell)]
            if record.draft.follow_up:
                text.append(
                    para(record.draft.follow_up, styles.small, bold_prefix=self.tr("Follow-up:"))
                )
            row: list[Any] = [reference]
            if with_owner:
                row.append(para(record.owner_name, styles.cell))
            row += [
                text,
                para(record.responsible_person_name, styles.cell),
                para(self.date(record.due_date), late if days else styles.cell),
                para(self.integer(days) if days else "", late_right),
                self._status(record, days, styles, late),
            ]
            if days:
                overdue_rows.append(len(rows))
            rows.append(row)
        table = _grid(rows, widths, tinted=overdue_rows)
        summary = self.tr("%n open agreement(s)", "", len(group.rows))
        summary += " · " + self.tr("%n overdue", "", group.overdue)
        return [
            CondPageBreak(28 * mm),
            heading(group.name, styles.subheading, 0, f"group-{index}"),
            table,
            Spacer(1, 1 * mm),
            para(summary, styles.small),
        ]

    def _reference(self, record: AgreementRecord) -> str:
        """ "Session 3, agreement 2" ("Agreement 2" for a session without a number)."""
        number = str(record.number or "")
        if record.meeting_number is None:
            return self.tr("Agreement %1").replace("%1", number)
        return (
            self.tr("Session %1, agreement %2")
            .replace("%1", str(record.meeting_number))
            .replace("%2", number)
        )

    def _status(self, record: AgreementRecord, days: int, styles: Styles, late: Any) -> Any:
        if days:
            return para(self.tr("Overdue"), late)
        label = self.label(AgreementStatus(record.status))
        if is_due_soon(record.status, record.due_date, self.today):
            return [para(label, styles.cell), para(self.tr("Due soon"), styles.small)]
        return para(label, styles.cell)


# --- tables ----------------------------------------------------------------------------------


def _late_style(styles: Styles, right: bool) -> Any:
    """Overdue figures: bold and red (still readable on a grey printer: bold)."""
    parent = styles.cell_right if right else styles.cell
    return ParagraphStyle(
        f"late_{parent.name}", parent=parent, fontName=styles.cell_bold.fontName, textColor=LATE
    )


def _bold_right(styles: Styles) -> Any:
    return ParagraphStyle(
        "cell_bold_right", parent=styles.cell_right, fontName=styles.cell_bold.fontName
    )


def _grid(
    rows: list[list[Any]],
    widths: list[float],
    total_row: bool = False,
    tinted: Sequence[int] = (),
) -> LongTable:
    """A table of the documents' look (``layout.table_style``): grey header repeated on each
    page, cells that split across pages when taller than one."""
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, r), (-1, r), LATE_FILL) for r in tinted]
    if total_row:
        extra.append(("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL))
    return LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, style=table_style(*extra))
