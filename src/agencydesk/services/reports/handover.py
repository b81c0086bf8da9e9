"""The handover file (*expediente*) of an initiative: everything a new authority or a new team
needs to take it over, in one PDF with a table of contents and bookmarks.

Sections: the initiative's data, its participants by actor type, the bottlenecks register,
a summary of every session, the matrix of every agreement, and the plan with its progress by
axis (a compact table: the action plan document has the detail). Every section and
sub-section heading is a PDF bookmark and a table-of-contents entry (``layout.heading``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from agencydesk.domain.agreements import AgreementQuery
from agencydesk.domain.enums import (
    ActionStatus,
    AgreementStatus,
    InitiativeFocus,
    InitiativeKind,
    InitiativeStatus,
    MeetingStatus,
)
from agencydesk.domain.errors import UserError
from agencydesk.domain.initiatives import InitiativeRecord
from agencydesk.domain.plans import PlanRecord
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.handover_sections import (
    FRAME_WIDTH,
    SECTION_ROOM,
    HandoverSections,
    ProgressBar,
    facts_table,
    grid,
)
from agencydesk.services.reports.layout import (
    Styles,
    heading,
    make_styles,
    para,
    table_of_contents,
)


class HandoverDocument(DocumentBuilder):
    prefix = "EXP"

    def draft(self, record_id: Any) -> Draft:
        styles = make_styles(9)
        if record_id is None:  # a file is of one initiative ("all" means nothing here)
            raise UserError("not_found", entity="initiative")
        # A missing initiative raises the service's own "not_found".
        initiative = self.sources.initiatives.initiative(int(record_id))
        plan = self.sources.plans.plan_of_initiative(initiative.id)
        sections = HandoverSections(self.language, self.sources, self.today, styles)
        title = self.tr("Handover file")
        story: list[Flowable] = self._cover(title, initiative, styles)
        steps = [
            lambda: self._data(initiative, plan, styles),
            lambda: sections.participants(initiative),
            lambda: sections.bottlenecks(initiative),
            lambda: sections.sessions(initiative),
            lambda: sections.agreements(initiative),
            lambda: self._plan(plan, styles),
        ]
        for done, step in enumerate(steps):
            if self.cancel is not None:
                self.cancel.check()
            self.progress(done, len(steps), "pdf")
            story += step()
        self.progress(len(steps), len(steps), "pdf")
        return Draft(
            title=f"{title} — {initiative.name}",
            short_id=self.short_id(initiative.uuid),
            story=story,
            landscape=False,
        )

    def _cover(self, title: str, initiative: InitiativeRecord, styles: Styles) -> list[Flowable]:
        """Title, purpose and the table of contents, alone on the first page(s)."""
        as_of = self.tr("Situation as of %1").replace("%1", self.date(self.today))
        purpose = self.tr(
            "This file gathers what whoever takes over the initiative needs to know: its data, "
            "who takes part, the bottlenecks, every session, the agreements and the action "
            "plan's progress. It is drawn from the office's records on the date above."
        )
        return [
            para(title, styles.title),
            para(initiative.name, styles.subtitle),
            para(as_of, styles.body),
            Spacer(1, 2 * mm),
            para(purpose, styles.body),
            Spacer(1, 4 * mm),
            # Not a bookmark itself: the contents do not list themselves.
            para(self.tr("Contents"), styles.heading),
            table_of_contents(styles),
            PageBreak(),
        ]

    def _data(
        self, initiative: InitiativeRecord, plan: PlanRecord | None, styles: Styles
    ) -> list[Flowable]:
        d = initiative.draft
        facts = [
            (self.tr("Name"), initiative.name),
            (self.tr("Kind"), self.label(InitiativeKind(d.kind))),
        ]
        if d.focus is not None:
            facts.append((self.tr("Focus"), self.label(InitiativeFocus(d.focus))))
        facts += [
            (self.tr("Sector"), d.sector or ""),
            (self.tr("Territory"), initiative.territory_name or ""),
            (self.tr("Agenda"), initiative.agenda_title or ""),
            (self.tr("Objective"), d.objective or ""),
            (self.tr("Status"), self.label(InitiativeStatus(d.status))),
            (self.tr("Started on"), self.date(d.started_on)),
            (self.tr("Convener"), initiative.convener_name or ""),
            (self.tr("Coordinator"), initiative.coordinator_name or ""),
        ]
        figures = self._figures(initiative, plan)
        return [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Initiative data"), styles.heading, 0, "data"),
            facts_table(facts, styles, FRAME_WIDTH),
            heading(self.tr("Key figures"), styles.subheading, 1, "figures"),
            facts_table(figures, styles, FRAME_WIDTH),
        ]

    def _figures(
        self, initiative: InitiativeRecord, plan: PlanRecord | None
    ) -> list[tuple[str, str]]:
        """The state of things in one glance: what the sections below detail."""
        meetings = self.sources.meetings.meetings_of(initiative.id)
        held = sum(
            1 for m in meetings if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        )
        planned = [
            m
            for m in meetings
            if m.status is MeetingStatus.PLANNED
            and m.starts_on is not None
            and m.starts_on >= self.today
        ]
        service = self.sources.agreements
        ids = service.agreement_ids(
            AgreementQuery(initiative_id=initiative.id, status=AgreementStatus.OPEN), self.today
        )
        open_agreements = service.agreements(ids)
        overdue = sum(1 for a in open_agreements if a.is_overdue(self.today))
        sessions = self.tr("%n session(s) held", "", held)
        if planned:
            sessions += " · " + self.tr("next on %1").replace("%1", self.date(planned[0].starts_on))
        agreements = self.tr("%n open", "", len(open_agreements))
        agreements += " · " + self.tr("%n overdue", "", overdue)
        figures = [
            (self.tr("Institutions taking part"), self.integer(initiative.participants_count)),
            (self.tr("Open bottlenecks"), self.integer(initiative.open_bottlenecks)),
            (self.tr("Sessions"), sessions),
            (self.tr("Agreements"), agreements),
        ]
        if plan is not None:
            progress = self.tr("progress %1").replace("%1", self.percent(plan.progress) or "—")
            figures.append((self.tr("Action plan"), f"{plan.title} · {progress}"))
        return figures

    def _plan(self, plan: PlanRecord | None, s: Styles) -> list[Flowable]:
        """The plan and its progress by axis, and the delayed actions: what needs attention
        first (the action plan document has every action)."""
        bold_right = ParagraphStyle(
            "bold_right", parent=s.cell_right, fontName=s.cell_bold.fontName
        )
        story: list[Flowable] = [
            CondPageBreak(SECTION_ROOM),
            heading(self.tr("Action plan and progress"), s.heading, 0, "plan"),
        ]
        if plan is None:
            story.append(para(self.tr("The initiative has no action plan."), s.body))
            return story
        plans = self.sources.plans
        totals = plans.totals(plan.id)
        actions = plans.actions_of(plan.id)
        d = plan.draft
        period = " – ".join(x for x in (self.date(d.period_start), self.date(d.period_end)) if x)
        facts = [
            (self.tr("Plan"), d.title),
            (self.tr("Period"), period),
            (self.tr("Status"), self.label(d.status)),
        ]
        if d.approved_on is not None:
            facts.append((self.tr("Approved on"), self.date(d.approved_on)))
        facts += [
            (self.tr("Version"), self.integer(d.version)),
            (self.tr("Overall progress"), self.percent(totals.progress) or "—"),
        ]
        story.append(facts_table(facts, s, FRAME_WIDTH))
        story.append(Spacer(1, 3 * mm))
        currency = d.currency or ""
        head = [
            self.tr("Axis"),
            self.tr("Actions"),
            self.tr("Budget (%1)").replace("%1", currency),
            self.tr("Funded (%1)").replace("%1", currency),
            self.tr("Progress"),
        ]
        rows: list[list[Any]] = [[para(h, s.head_cell) for h in head]]
        for axis in totals.axes:
            rows.append(
                [
                    para(axis.axis or self.tr("No axis"), s.cell),
                    para(self.integer(axis.actions), s.cell_right),
                    para(self.money(axis.budget), s.cell_right),
                    para(self.money(axis.funded_cash + axis.funded_in_kind), s.cell_right),
                    ProgressBar(axis.progress, self.percent(axis.progress), 38 * mm),
                ]
            )
        rows.append(
            [
                para(self.tr("Total"), s.cell_bold),
                para(self.integer(totals.actions), bold_right),
                para(self.money(totals.budget), bold_right),
                para(self.money(totals.funded), bold_right),
                ProgressBar(totals.progress, self.percent(totals.progress), 38 * mm),
            ]
        )
        story.append(grid(rows, [70 * mm, 18 * mm, 26 * mm, 26 * mm, 40 * mm], total_row=True))
        count = Counter(ActionStatus(a.draft.status) for a in actions)
        by_status = " · ".join(
            f"{self.label(st)}: {self.integer(count[st])}" for st in ActionStatus if count[st]
        )
        if by_status:
            story.append(Spacer(1, 1.5 * mm))
            story.append(para(by_status, s.body, bold_prefix=self.tr("Actions by status:")))
        delayed = [a for a in actions if a.delayed]
        if delayed:
            story += [
                CondPageBreak(30 * mm),
                heading(self.tr("Delayed actions"), s.subheading, 1, "plan-delayed"),
            ]
            head = [
                self.tr("Code"),
                self.tr("Action"),
                self.tr("Responsible"),
                self.tr("End"),
                self.tr("Progress"),
            ]
            rows = [[para(h, s.head_cell) for h in head]]
            for a in delayed:
                rows.append(
                    [
                        para(a.draft.code, s.cell),
                        para(a.title, s.cell),
                        para(a.responsible_name, s.cell),
                        para(self.date(a.draft.end_date), s.cell),
                        para(self.percent(a.draft.progress_pct), s.cell_right),
                    ]
                )
            story.append(grid(rows, [16 * mm, 80 * mm, 42 * mm, 21 * mm, 21 * mm]))
        return story
