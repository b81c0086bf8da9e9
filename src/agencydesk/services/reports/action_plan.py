"""The action plan (A4 landscape): the plan's data, its actions by axis with their funding and
progress, the totals per axis and per funding source (``plan_sections``), the timeline
(``plan_sections`` and ``plan_gantt``), the indicators and the signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from agencydesk.domain.enums import ActionStatus, FundingSource
from agencydesk.domain.indicators import IndicatorRecord
from agencydesk.domain.plan_progress import plan_progress
from agencydesk.domain.plans import ActionRecord, AxisTotals, PlanRecord, PlanTotals, plan_totals
from agencydesk.domain.plans import is_delayed as action_delayed
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.fonts import BOLD, FONT, printable
from agencydesk.services.reports.layout import MUTED, RULE, heading, make_styles, para, safe_markup
from agencydesk.services.reports.plan_charts import ProgressBar
from agencydesk.services.reports.plan_sections import (
    CELL_SIZE,
    PAD,
    WIDTH,
    PlanTimelineSection,
    PlanTotalsSection,
    columns,
    grid,
    header_row,
    plain_or_para,
)

NBSP = "\u00a0"
# Actions table: code, action, responsible, period, budget, funding, status, progress.
ACTION_COLUMNS = columns(14, 54, 38, 21, 22, 72, 22, 24)
# Code and budget widen, if need be, at the expense of the title and the funding.
CODE, TITLE, BUDGET, FUNDING = 0, 1, 4, 5


def _may_outgrow_page(action: ActionRecord) -> bool:
    """Whether an action's row might be taller than a page (a generous estimate of its lines).

    Only then may the table split rows inside (``splitInRow``): reportlab would otherwise cut
    ordinary rows at a page's foot too, leaving half an action on each page."""
    d = action.draft
    lines = max(
        len(d.title) / 25,
        len(action.responsible_name or "") / 18,
        3 * len(action.funding) + len(d.funding_source or "") / 35,
        (d.code or "").count("\n") + (d.title or "").count("\n"),
    )
    return lines > 25  # 25 lines of 10 points: about two thirds of a landscape page


class ActionPlanDocument(DocumentBuilder):
    prefix = "PA"

    def draft(self, plan_id: Any) -> Draft:
        plan = self.sources.plans.plan(plan_id)
        actions = self.sources.plans.actions_of(plan_id)
        indicators = self.sources.indicators.indicators_of(plan_id=plan_id)
        # The service's ``totals`` reads every action again: the same rule on what we hold.
        totals = plan_totals(actions)
        self.styles = make_styles(9)
        self.currency = plan.draft.currency
        story: list[Flowable] = []
        story += self._title_block(plan, totals)
        story += self._actions(actions, totals)
        story += PlanTotalsSection(self.language, self.styles, self.currency).story(totals)
        story += PlanTimelineSection(self.language, self.styles, self.today).story(actions)
        story += self._indicators(indicators)
        story += self._signatures()
        return Draft(plan.title, self.short_id(plan.uuid), story, landscape=True)

    def _number(self, value: Decimal | None) -> str:
        """An indicator's value with the decimals it has (up to 4): "9,5", "250.000"."""
        if value is None:
            return "–"
        value = Decimal(value).normalize()
        decimals = max(0, -int(value.as_tuple().exponent))  # type: ignore[arg-type]
        if decimals == 0:
            return self.integer(int(value))
        return self.money(value, decimals=min(decimals, 4))

    def _period(self, start: Any, end: Any) -> str:
        if start is None and end is None:
            return "–"
        return f"{self.date(start) or '…'} – {self.date(end) or '…'}"

    # --- title block ---------------------------------------------------------------------------

    def _title_block(self, plan: PlanRecord, totals: PlanTotals) -> list[Flowable]:
        s = self.styles
        d = plan.draft
        owner_label = self.tr("Initiative:") if d.initiative_id else self.tr("Agenda:")
        territory = None
        if d.initiative_id is not None:
            territory = self.sources.initiatives.initiative(d.initiative_id).territory_name
        pairs = [
            (owner_label, plan.owner_name or "–"),
            (self.tr("Territory:"), territory or "–"),
            (self.tr("Period:"), self._period(d.period_start, d.period_end)),
            (self.tr("Status:"), self.label(d.status)),
            (self.tr("Approved on:"), self.date(d.approved_on) or "–"),
            (self.tr("Version:"), self.integer(d.version)),
            (self.tr("Actions:"), self.integer(totals.actions)),
            (self.tr("Budget (%1):").replace("%1", d.currency), self.money(totals.budget)),
        ]
        # The labels' column as wide as the longest label (at least 32 mm): none wraps.
        longest = max(stringWidth(label, BOLD, CELL_SIZE) for label, _ in pairs)
        label_w = max(32 * mm, longest + 2 * PAD + 1)
        value_w = WIDTH / 2 - label_w
        rows = []
        for i in range(0, len(pairs), 2):
            row: list[Any] = []
            for label, value in pairs[i : i + 2]:
                row += [para(label, s.cell_bold), para(value, s.cell)]
            rows.append(row)
        rows.append(
            [
                para(self.tr("Progress:"), s.cell_bold),
                ProgressBar(totals.progress, self.percent(totals.progress), 50 * mm, 10, 8),
                "",
                "",
            ]
        )
        table = Table(rows, colWidths=[label_w, value_w, label_w, value_w], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),  # else empty cells use Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("SPAN", (1, -1), (-1, -1)),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [
            para(self.tr("ACTION PLAN"), s.subtitle),
            para(plan.title, s.title),
            table,
            Spacer(1, 2 * mm),
        ]

    # --- actions by axis -----------------------------------------------------------------------

    def _funding(self, action: ActionRecord) -> str | Paragraph:
        s = self.styles
        if not action.funding:
            return plain_or_para(action.draft.funding_source or "–", s.cell, self.cols[5])
        lines = []
        for line in action.funding:
            f = line.draft
            source = self.label(FundingSource(f.source))
            text = f"<b>{safe_markup(source)}</b>"
            if f.program:
                text += f" · {safe_markup(f.program)}"
            # No break inside "45.000,00 (in kind)".
            text += f": {self.money(f.amount)}"
            if f.in_kind:
                in_kind = safe_markup(self.tr("in kind")).replace(" ", NBSP)
                text += f"{NBSP}<font color='#52606d'>({in_kind})</font>"
            lines.append(text)
        return Paragraph("<br/>".join(lines), s.cell)

    def _action_row(self, action: ActionRecord) -> list[Any]:
        s = self.styles
        d = action.draft
        cols = self.cols
        responsible = action.responsible_name or "–"
        if action.responsible_short and action.responsible_short != action.responsible_name:
            responsible = f"{responsible} ({action.responsible_short})"
        status = self.label(ActionStatus(d.status))
        if action_delayed(ActionStatus(d.status), d.end_date, self.today) and (
            d.status != ActionStatus.DELAYED
        ):
            late = self.tr("(late)")
            status = f"{status}\n{late}"
        # The plan's rule: a done action is 100 %, a cancelled one has none.
        progress = plan_progress([(d.status, d.progress_pct)])
        return [
            plain_or_para(d.code or "", s.cell, cols[0]),
            para(d.title, s.cell),
            plain_or_para(responsible, s.cell, cols[2]),
            f"{self.date(d.start_date) or '…'}\n{self.date(d.end_date) or '…'}"
            if d.start_date or d.end_date
            else "–",
            self.money(d.budget) if d.budget is not None else "–",
            self._funding(action),
            plain_or_para(status, s.cell, cols[6]),
            ProgressBar(progress, self.percent(progress), cols[7] - 2 * PAD),
        ]

    def _subtotal_row(self, axis: AxisTotals) -> list[Any]:
        # Labels outside f-strings: lupdate does not read inside them.
        cash, in_kind = self.tr("Cash:"), self.tr("In kind:")
        funded = [
            f"{cash} {self.money(axis.funded_cash)}",
            f"{in_kind} {self.money(axis.funded_in_kind)}",
        ]
        return [
            self.tr("Subtotal (%n action(s))", "", axis.actions),
            "",
            "",
            "",
            self.money(axis.budget),
            "\n".join(funded),
            "",
            ProgressBar(axis.progress, self.percent(axis.progress), self.cols[7] - 2 * PAD),
        ]

    def _action_columns(
        self, actions: Sequence[ActionRecord], totals: PlanTotals, code_title: str
    ) -> list[float]:
        """The actions table's columns: the code and budget ones as wide as their longest
        value needs, taken from the title's and the funding's. An amount never wraps
        ("12.500.000.000,00" in Chilean pesos stays on one line); a code wraps only past 30 mm
        ("A1.621" does not), nor does the column's title ("Código")."""
        cols = list(ACTION_COLUMNS)
        largest = max([a.draft.budget or 0 for a in actions] + [a.budget for a in totals.axes])
        codes = [stringWidth(printable(a.draft.code or ""), FONT, CELL_SIZE) for a in actions]
        codes.append(stringWidth(code_title, BOLD, CELL_SIZE))
        needs = {
            BUDGET: stringWidth(self.money(largest), BOLD, CELL_SIZE) + 2 * PAD + 1,
            CODE: min(30 * mm, max(codes) + 2 * PAD + 1),
        }
        for column, need in needs.items():
            if need > cols[column]:
                extra = need - cols[column]
                cols[TITLE] -= extra / 2
                cols[FUNDING] -= extra / 2
                cols[column] = need
        return cols

    def _actions(self, actions: Sequence[ActionRecord], totals: PlanTotals) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [heading(self.tr("Actions"), s.heading, 0, "actions")]
        if not actions:
            return [*story, para(self.tr("This plan has no actions yet."), s.body)]
        header = (
            self.tr("Code"),
            self.tr("Action"),
            self.tr("Responsible institution"),
            self.tr("Start – end"),
            self.tr("Budget (%1)").replace("%1", self.currency),
            self.tr("Funding"),
            self.tr("Status"),
            self.tr("Progress"),
        )
        self.cols = self._action_columns(actions, totals, header[CODE])
        groups: dict[str | None, list[ActionRecord]] = {}
        for action in sorted(actions, key=lambda a: a.draft.axis is None):
            groups.setdefault(action.draft.axis, []).append(action)
        by_axis = {axis.axis: axis for axis in totals.axes}
        done = 0
        for index, axis in enumerate(totals.axes):  # plan_totals keeps the plan's order
            members = groups.get(axis.axis, [])
            if self.cancel is not None:
                self.cancel.check()
            rows: list[list[Any]] = [header_row(header, s, right=(BUDGET,))]
            rows += [self._action_row(a) for a in members]
            rows.append(self._subtotal_row(by_axis[axis.axis]))
            tall = any(_may_outgrow_page(a) for a in members)
            table = LongTable(rows, colWidths=self.cols, repeatRows=1, splitInRow=int(tall))
            table.setStyle(
                TableStyle(
                    [
                        *grid(total_row=True, label_columns=BUDGET),
                        ("ALIGN", (BUDGET, 1), (BUDGET, -1), "RIGHT"),
                        # No subtotal alone on a page; in a long table, reportlab would work
                        # this out over every row at each page break: left out there.
                        *([("NOSPLIT", (0, -2), (-1, -1))] if len(rows) <= 150 else []),
                    ]
                )
            )
            title = axis.axis or self.tr("Without axis")
            story += [
                CondPageBreak(30 * mm),
                heading(title, s.subheading, 1, f"axis{index}"),
                table,
            ]
            done += len(members)
            self.progress(done, len(actions), "pdf")
        return story

    def _indicators(self, indicators: Sequence[IndicatorRecord]) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            PageBreak(),
            heading(self.tr("Indicators"), s.heading, 0, "indicators"),
        ]
        if not indicators:
            return [*story, para(self.tr("This plan has no indicators yet."), s.body)]
        head = [
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Latest value"),
            self.tr("% met"),
        ]
        widths = columns(100, 30, 30, 30, 40, 37)
        rows: list[list[Any]] = [header_row(head, s, right=(2, 3, 4))]
        for indicator in indicators:
            d = indicator.draft
            latest = indicator.latest
            pct = None if indicator.percent_met is None else round(indicator.percent_met * 100)

            def dated(value: Decimal | None, day: Any) -> str:
                return f"{self._number(value)}\n{self.date(day)}" if day else self._number(value)

            rows.append(
                [
                    para(indicator.name, s.cell),
                    plain_or_para(d.unit or "–", s.cell, widths[1]),
                    dated(d.baseline, d.baseline_date),
                    dated(d.target, d.target_date),
                    dated(latest.draft.value, latest.draft.date) if latest else "–",
                    ProgressBar(pct, self.percent(pct), widths[-1] - 2 * PAD),
                ]
            )
        table = LongTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([*grid(), ("ALIGN", (2, 1), (4, -1), "RIGHT")]))
        return [*story, table]

    def _signatures(self) -> list[Flowable]:
        """Three signature boxes: a blank space to sign over a line, then name, position and date
        written by hand on ruled lines."""
        s = self.styles
        roles = [self.tr("Prepared by"), self.tr("Reviewed by"), self.tr("Approved by")]
        gap = 14 * mm
        box = (WIDTH - 2 * gap) / 3

        def line(make: Any) -> list[Any]:
            return [make(0), "", make(1), "", make(2)]

        rows = [
            line(lambda i: para(roles[i], s.cell_bold)),
            line(lambda i: ""),
            line(lambda i: para(self.tr("Signature"), s.small)),
            line(lambda i: para(self.tr("Name:"), s.cell_bold)),
            line(lambda i: para(self.tr("Position:"), s.cell_bold)),
            line(lambda i: para(self.tr("Date:"), s.cell_bold)),
        ]
        table = Table(
            rows,
            colWidths=[box, gap, box, gap, box],
            rowHeights=[None, 20 * mm, None, 9 * mm, 9 * mm, 9 * mm],
            hAlign="LEFT",
        )
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),  # else empty cells use Helvetica
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
        for column in (0, 2, 4):
            style += [
                ("LINEABOVE", (column, 2), (column, 2), 0.8, MUTED),
                ("LINEBELOW", (column, 3), (column, 5), 0.4, RULE),
            ]
        table.setStyle(TableStyle(style))
        return [
            CondPageBreak(80 * mm),
            KeepTogether([heading(self.tr("Signatures"), s.heading, 0, "signatures"), table]),
        ]
