"""The sections of the handover file that list records: participants, bottlenecks, sessions,
agreements and the plan's progress (``handover`` assembles them after the initiative's data).

A class of its own (not a mixin of ``HandoverDocument``): ``tr`` looks a text up under the
class's name, and lupdate files the strings written here under ``HandoverSections``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Spacer, Table, TableStyle

from agencydesk.domain.agreements import AgreementQuery, AgreementRecord
from agencydesk.domain.enums import (
    ActorType,
    AgreementStatus,
    BottleneckCategory,
    BottleneckStatus,
    MeetingKind,
    MeetingModality,
    MeetingStatus,
    ParticipationRole,
    Representation,
)
from agencydesk.domain.initiatives import InitiativeRecord
from agencydesk.services.reports.document import ReportSources
from agencydesk.services.reports.fonts import FONT
from agencydesk.services.reports.layout import (
    ACCENT,
    BAND_FILL,
    HEADER_FILL,
    LATE,
    MUTED,
    PORTRAIT_WIDTH,
    RULE,
    Styles,
    heading,
    para,
    table_style,
)
from agencydesk.services.reports.texts import ReportTexts

FRAME_WIDTH = PORTRAIT_WIDTH
# A section starts on a new page when less than this is left (its heading and a few rows).
SECTION_ROOM = 45 * mm


class HandoverSections(ReportTexts):
    """Builds the record sections of one initiative's handover file."""

    def __init__(self, language: str, sources: ReportSources, today: date, styles: Styles) -> None:
        super().__init__(language)
        self.sources = sources
        self.today = today
        self.styles = styles
        s = styles
        self.muted_cell = ParagraphStyle("muted_cell", parent=s.cell, textColor=MUTED)
        self.late_cell = ParagraphStyle("late_cell", parent=s.cell_bold, textColor=LATE)
        self.bold_right = ParagraphStyle(
            "bold_right", parent=s.cell_right, fontName=s.cell_bold.fontName
        )

    # --- participants ---------------------------------------------------------------------------

    def participants(self, initiative: InitiativeRecord) -> list[Flowable]:
        s = self.styles
        rows = self.sources.initiatives.participations_of(initiative.id)
        counts = self.sources.initiatives.participant_counts(initiative.id)
        story: list[Flowable] = [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Participants"), s.heading, 0, "participants"),
        ]
        today = self.tr("%n institution(s)", "", counts.organizations)
        today += " · " + self.tr("%n person(s)", "", counts.people)
        story.append(para(today, s.body, bold_prefix=self.tr("Taking part today:")))
        if not rows:
            story.append(para(self.tr("No participants recorded."), s.body))
            return story
        # Actor types in their usual order; organizations without one last.
        order = {t: i for i, t in enumerate(ActorType)}
        types = sorted(
            {r.actor_type for r in rows},
            key=lambda t: order.get(t, len(order)) if t else len(order),
        )
        head = [
            self.tr("Institution"),
            self.tr("Person"),
            self.tr("Role"),
            self.tr("Titular or alternate"),
            self.tr("Since"),
            self.tr("Until"),
        ]
        widths = [50 * mm, 42 * mm, 28 * mm, 20 * mm, 20 * mm, 20 * mm]
        for actor_type in types:
            group = [r for r in rows if r.actor_type == actor_type]
            name = self.label(ActorType(actor_type)) if actor_type else self.tr("No actor type")
            active = len({r.draft.organization_id for r in group if r.active})
            today_count = self.tr("%n institution(s) today", "", active)
            title = f"{name} ({today_count})"
            table_rows: list[list[Any]] = [[para(h, s.head_cell) for h in head]]
            for r in group:
                cell = s.cell if r.active else self.muted_cell  # former participants greyed
                institution: list[Flowable] = [para(r.organization_name, cell)]
                if r.government_level is not None:
                    institution.append(para(self.label(r.government_level), s.small))
                table_rows.append(
                    [
                        institution,
                        para(r.person_name, cell),
                        para(self.label(ParticipationRole(r.draft.role)), cell),
                        para(self.label(Representation(r.draft.representation)), cell),
                        para(self.date(r.draft.since), cell),
                        para(self.date(r.draft.until), cell),
                    ]
                )
            story += [
                CondPageBreak(25 * mm),
                heading(title, s.subheading, 1, f"actors-{actor_type or 'none'}"),
                grid(table_rows, widths),
            ]
        story.append(Spacer(1, 1.5 * mm))
        story.append(para(self.tr("Rows in grey: participation ended."), s.small))
        return story

    # --- bottlenecks ----------------------------------------------------------------------------

    def bottlenecks(self, initiative: InitiativeRecord) -> list[Flowable]:
        s = self.styles
        records = self.sources.bottlenecks.bottlenecks_of(initiative.id)
        story: list[Flowable] = [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Bottlenecks register"), s.heading, 0, "bottlenecks"),
        ]
        if not records:
            story.append(para(self.tr("No bottlenecks recorded."), s.body))
            return story
        still_open = sum(1 for b in records if b.is_open)
        summary = self.tr("%n bottleneck(s)", "", len(records))
        summary += " · " + self.tr("%n still open", "", still_open)
        story.append(para(summary, s.body))
        head = [
            self.tr("Code"),
            self.tr("Bottleneck"),
            self.tr("Category"),
            self.tr("Competent entity"),
            self.tr("Status"),
            self.tr("Identified"),
        ]
        rows: list[list[Any]] = [[para(h, s.head_cell) for h in head]]
        for b in records:
            title: list[Flowable] = [para(b.title, s.cell_bold)]
            if b.draft.proposed_solution:
                title.append(
                    para(b.draft.proposed_solution, s.small, bold_prefix=self.tr("Solution:"))
                )
            if b.resolution_evidence:
                title.append(para(b.resolution_evidence, s.small, bold_prefix=self.tr("Evidence:")))
            status: list[Flowable] = [para(self.label(BottleneckStatus(b.status)), s.cell)]
            if b.closed_on is not None:
                status.append(para(self.date(b.closed_on), s.small))
            rows.append(
                [
                    para(b.code, s.cell),
                    title,
                    para(self.label(BottleneckCategory(b.draft.category)), s.cell),
                    para(b.competent_entity_name, s.cell),
                    status,
                    para(self.date(b.draft.identified_on), s.cell),
                ]
            )
        story.append(grid(rows, [15 * mm, 58 * mm, 25 * mm, 38 * mm, 22 * mm, 22 * mm]))
        return story

    # --- sessions -------------------------------------------------------------------------------

    def sessions(self, initiative: InitiativeRecord) -> list[Flowable]:
        s = self.styles
        meetings = self.sources.meetings.meetings_of(initiative.id)
        story: list[Flowable] = [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Sessions"), s.heading, 0, "sessions"),
        ]
        if not meetings:
            story.append(para(self.tr("No sessions recorded."), s.body))
            return story
        held = sum(
            1 for m in meetings if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        )
        summary = self.tr("%n session(s)", "", len(meetings))
        summary += " · " + self.tr("%n held", "", held)
        story.append(para(summary, s.body))
        for m in meetings:
            number = self.tr("Session %1").replace("%1", str(m.number or ""))
            # Our words only: a heading's text also goes into the table of contents, which
            # reportlab lays out as markup (a title with "<b>" would break it).
            title = f"{number} · {self.date(m.starts_on)}" if m.starts_on else number
            met = m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
            if met:
                attendance = (
                    self.tr("%1 of %2 invited attended")
                    .replace("%1", self.integer(m.attended))
                    .replace("%2", self.integer(m.invited))
                )
            else:
                attendance = self.tr("%n invited", "", m.invited)
            when = self.date(m.starts_on)
            if m.draft.starts_at is not None:
                when += " " + self.time(m.draft.starts_at)
                if m.draft.ends_at is not None:
                    when += "–" + self.time(m.draft.ends_at)
            agreements = self.tr("%n agreement(s)", "", m.agreements)
            if m.open_agreements:
                agreements += " · " + self.tr("%n still open", "", m.open_agreements)
            facts = [
                [(self.tr("Title"), m.title)],
                [
                    (self.tr("Status"), self.label(MeetingStatus(m.status))),
                    (self.tr("Date"), when),
                ],
                [
                    (self.tr("Kind"), self.label(MeetingKind(m.draft.kind))),
                    (self.tr("Modality"), self.label(MeetingModality(m.draft.modality))),
                ],
                [(self.tr("Place"), m.draft.place or "")],
                [(self.tr("Attendance"), attendance), (self.tr("Agreements"), agreements)],
            ]
            story += [
                CondPageBreak(35 * mm),
                heading(title, s.subheading, 1, f"session-{m.id}"),
                facts_pairs(facts, s, FRAME_WIDTH),
            ]
            items = self.sources.meetings.agenda_items(m.id)
            if items:
                story.append(Spacer(1, 1.5 * mm))
                story.append(para(self.tr("Agenda"), s.cell_bold))
                for item in items:
                    story.append(para(item.title, s.cell, bold_prefix=f"{item.position}."))
            story.append(Spacer(1, 2 * mm))
        return story

    # --- agreements -----------------------------------------------------------------------------

    def agreements(self, initiative: InitiativeRecord) -> list[Flowable]:
        s = self.styles
        service = self.sources.agreements
        records = service.agreements(
            service.agreement_ids(AgreementQuery(initiative_id=initiative.id), self.today)
        )
        records.sort(key=_minutes_order)
        story: list[Flowable] = [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Agreements matrix"), s.heading, 0, "agreements"),
        ]
        if not records:
            story.append(para(self.tr("No agreements recorded."), s.body))
            return story
        by_status = Counter(AgreementStatus(r.status) for r in records)
        overdue = sum(1 for r in records if r.is_overdue(self.today))
        summary = self.tr("%n agreement(s)", "", len(records))
        summary += " · " + self.tr("%n open", "", by_status[AgreementStatus.OPEN])
        summary += " · " + self.tr("%n overdue", "", overdue)
        summary += " · " + self.tr("%n done", "", by_status[AgreementStatus.DONE])
        summary += " · " + self.tr("%n cancelled", "", by_status[AgreementStatus.CANCELLED])
        story.append(para(summary, s.body))
        head = [
            self.tr("Session"),
            self.tr("No."),
            self.tr("Agreement"),
            self.tr("Responsible"),
            self.tr("Due date"),
            self.tr("Status"),
        ]
        rows: list[list[Any]] = [[para(h, s.head_cell) for h in head]]
        for r in records:
            responsible: list[Flowable] = [para(r.responsible_org_name, s.cell)]
            if r.responsible_person_name:
                responsible.append(para(r.responsible_person_name, s.small))
            late = r.is_overdue(self.today)
            rows.append(
                [
                    para(r.meeting_number, s.cell_center),
                    para(r.number, s.cell_center),
                    para(r.text, s.cell),
                    responsible,
                    para(self.date(r.due_date), self.late_cell if late else s.cell),
                    self._agreement_status(r, late),
                ]
            )
        story.append(grid(rows, [16 * mm, 9 * mm, 68 * mm, 45 * mm, 21 * mm, 21 * mm]))
        return story

    def _agreement_status(self, record: AgreementRecord, late: bool) -> Any:
        if late:
            return para(self.tr("Overdue"), self.late_cell)
        cell = [para(self.label(AgreementStatus(record.status)), self.styles.cell)]
        if record.closed_on is not None:
            cell.append(para(self.date(record.closed_on), self.styles.small))
        return cell


# --- building blocks -------------------------------------------------------------------------


def _minutes_order(record: AgreementRecord) -> tuple[Any, ...]:
    """As the minutes took them: by session date, session number, then agreement number."""
    return (
        record.meeting_starts_at or datetime.max,
        record.meeting_number or 0,
        record.number or 0,
        record.id,
    )


def grid(rows: list[list[Any]], widths: Sequence[float], total_row: bool = False) -> LongTable:
    """A table of the documents' look (``layout.table_style``): grey header repeated on each
    page, cells that split across pages when taller than one."""
    extra = [("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)] if total_row else []
    return LongTable(
        rows, colWidths=list(widths), repeatRows=1, splitInRow=1, style=table_style(*extra)
    )


def facts_table(facts: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
    """Label and value rows ("Status | Held"): our labels bold, the values user text."""
    label_width = 48 * mm
    rows = [[para(label, styles.cell_bold), para(value, styles.cell)] for label, value in facts]
    table = Table(rows, colWidths=[label_width, width - label_width], splitInRow=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), BAND_FILL), *_FACTS_LOOK]))
    return table


def facts_pairs(facts: Sequence[Sequence[tuple[str, str]]], styles: Styles, width: float) -> Table:
    """Two label-value pairs a row ("Status | Held | Date | 15/06/2026"), half the height of
    ``facts_table``; a row with one pair spans the width (a long place)."""
    label_width = 28 * mm
    value_width = width / 2 - label_width
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = list(_FACTS_LOOK)
    for index, pairs in enumerate(facts):
        row: list[Any] = []
        for label, value in pairs:
            row += [para(label, styles.cell_bold), para(value, styles.cell)]
        commands.append(("BACKGROUND", (0, index), (0, index), BAND_FILL))
        if len(pairs) == 1:
            row += ["", ""]
            commands.append(("SPAN", (1, index), (3, index)))
        else:
            commands.append(("BACKGROUND", (2, index), (2, index), BAND_FILL))
        rows.append(row)
    widths = [label_width, value_width, label_width, value_width]
    table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


# The look of the label-value tables: a rule between rows, the labels on a light band.
_FACTS_LOOK: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),  # the embedded font, not reportlab's Helvetica
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


class ProgressBar(Flowable):
    """A horizontal bar filled to ``value`` % with the figure after it ("—" when unknown)."""

    def __init__(self, value: int | None, label: str, width: float, height: float = 3 * mm):
        super().__init__()
        self.value = value
        self.label = label or "—"
        self.bar_width = width - 11 * mm  # room for "100 %" after the bar
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 1

    def draw(self) -> None:
        from reportlab.lib.colors import white

        c = self.canv
        c.setLineWidth(0.4)
        c.setStrokeColor(RULE)
        c.setFillColor(white)
        c.rect(0, 0.5, self.bar_width, self.height, stroke=1, fill=1)
        if self.value:
            c.setFillColor(ACCENT)
            share = max(0, min(100, self.value)) / 100
            c.rect(0, 0.5, self.bar_width * share, self.height, stroke=0, fill=1)
        c.setFillColor(MUTED)
        c.setFont(FONT, 7.5)
        c.drawRightString(self.width, 1, self.label)
