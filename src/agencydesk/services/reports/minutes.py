"""The minutes (*acta*) of a session, in the form public bodies of the region file them.

Identification (initiative, "Acta N°", kind, date, time, place, modality, convener, attendance
against invited with the quorum), then numbered sections as Peruvian and Mexican actas number
them: attendance, agenda, development per item, the agreements taken, the pending agreements
of earlier sessions, the next session; a closing line and the signatures of the convener and
the technical secretariat, with the signed sign-in sheet named as part of the minutes.

Minutes not yet approved say "Draft" in the title (printed on every page) and in a banner:
a draft must not be filed as the approved text. No phone or e-mail of anyone is printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from agencydesk.domain.agreements import AgreementRecord
from agencydesk.domain.attendance import AttendanceCounts, AttendanceRecord
from agencydesk.domain.enums import MeetingStatus, ParticipationRole, Presence
from agencydesk.domain.meetings import AgendaItemRecord, MeetingRecord
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.layout import (
    LATE,
    MUTED,
    heading,
    make_styles,
    para,
)
from agencydesk.services.reports.meeting_parts import (
    MeetingParts,
    approved_on,
    attendance_recorded,
    boxed,
    centred,
    data_table,
    facts_table,
    list_style,
    signature_table,
    signer,
    text_blocks,
    title_block,
    who,
)
from agencydesk.services.reports.sign_in import SignInDocument

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
SIGNING_SPACE = 20 * mm  # room above each signature line for a signature and a seal


class MinutesDocument(DocumentBuilder):
    prefix = "ACTA"

    def draft(self, record_id: Any) -> Draft:
        meeting = self.sources.meetings.meeting(record_id)
        items = self.sources.meetings.agenda_items(record_id)
        attendance = self.sources.attendance.attendance_of(record_id)
        counts = self.sources.attendance.counts(record_id)
        agreements = self.sources.agreements.agreements_of(record_id)
        pending = self.sources.agreements.pending_in(record_id)
        self._styles = make_styles()
        self._parts = MeetingParts(self.language)
        self._sections = 0
        self._recorded = attendance_recorded(meeting, counts)
        self._item_style = list_style(self._styles.body, "minutes_item")
        self._late = ParagraphStyle("late", parent=self._styles.cell_bold, textColor=LATE)

        story: list[Flowable] = []
        story += self._identification(meeting, attendance, counts)
        story += self._attendance(attendance)
        story += self._agenda(items)
        story += self._development(meeting, items)
        story += self._agreements(agreements)
        story += self._pending(pending)
        story += self._next_session(meeting)
        story += self._closing(meeting, attendance)
        return Draft(self._title(meeting), self.short_id(meeting.uuid), story)

    # --- identification ------------------------------------------------------------------------

    def _minutes_number(self, meeting: MeetingRecord) -> str:
        if meeting.number is None:
            return self.tr("Minutes")
        return self.tr("Minutes No. %1").replace("%1", str(meeting.number))

    def _title(self, meeting: MeetingRecord) -> str:
        title = self._minutes_number(meeting)
        if meeting.owner_name:
            title = f"{title} · {meeting.owner_name}"
        if meeting.status is MeetingStatus.CANCELLED:
            marker = self.tr("session cancelled")
            title = f"{title} ({marker})"
        elif meeting.status is not MeetingStatus.MINUTES_APPROVED:
            marker = self.tr("draft")
            title = f"{title} ({marker})"
        return title

    def _identification(
        self, meeting: MeetingRecord, attendance: list[AttendanceRecord], counts: AttendanceCounts
    ) -> list[Flowable]:
        s = self._styles
        number = self._minutes_number(meeting)
        out = title_block(s, meeting, number, "minutes", self.label(meeting.draft.kind))
        out.append(self._state_banner(meeting))
        out.append(Spacer(1, 2 * mm))
        rows: list[tuple[str, Any]] = list(self._parts.facts(meeting))
        rows.append((self.tr("Attendance:"), self._attendance_line(attendance, counts)))
        out.append(facts_table(rows, s))
        return out

    def _state_banner(self, meeting: MeetingRecord) -> Flowable:
        """Draft, cancelled, or approved on a date: what the reader must know first."""
        s = self._styles
        if meeting.status is MeetingStatus.MINUTES_APPROVED:
            approved = approved_on(meeting)
            text = (
                self.tr("Minutes approved on %1").replace("%1", self.date(approved))
                if approved
                else self.tr("Minutes approved")
            )
            return para(text, centred(s.small, "approved"))
        if meeting.status is MeetingStatus.CANCELLED:
            text = self.tr("SESSION CANCELLED — these minutes have no effect")
        else:
            text = self.tr("DRAFT — these minutes have not been approved")
        style = centred(s.cell_bold, "banner", textColor=LATE, fontSize=10)
        return boxed(para(text, style), 110 * mm, LATE)

    def _attendance_line(self, attendance: list[AttendanceRecord], counts: AttendanceCounts) -> str:
        """ "13 of 16 invited attended (2 excused, 1 absent) — quorum: more than half…";
        the quorum counts invitees only (someone who came uninvited is added apart)."""
        if not self._recorded:
            return self.tr("%n invited; attendance not recorded yet", "", counts.invited)
        came = [r for r in attendance if r.presence is Presence.ATTENDED]
        invited_came = sum(1 for r in came if r.draft.invited)
        line = (
            self.tr("%1 of %2 invited attended")
            .replace("%1", self.integer(invited_came))
            .replace("%2", self.integer(counts.invited))
        )
        details = [
            self.tr("%n excused", "", counts.excused),
            self.tr("%n absent", "", counts.absent),
        ]
        if len(came) > invited_came:
            details.append(self.tr("%n not invited", "", len(came) - invited_came))
        line += f" ({', '.join(details)})"
        if counts.invited:
            if invited_came * 2 > counts.invited:
                line += " — " + self.tr("quorum: more than half of those invited are present")
            else:
                line += " — " + self.tr("no quorum: half or fewer of those invited are present")
        return line

    # --- sections ------------------------------------------------------------------------------

    def _section(self, text: str) -> Flowable:
        self._sections += 1
        numeral = _ROMAN[self._sections - 1] if self._sections <= len(_ROMAN) else ""
        return heading(f"{numeral}. {text}", self._styles.heading, 0, f"s{self._sections}")

    def _attendance(self, attendance: list[AttendanceRecord]) -> list[Flowable]:
        s = self._styles
        out: list[Flowable] = [CondPageBreak(40 * mm), self._section(self.tr("Attendance"))]
        present = [r for r in attendance if r.presence is Presence.ATTENDED]
        if not present and not self._recorded:
            out.append(para(self.tr("Attendance has not been recorded yet."), s.body))
        elif not present:
            out.append(para(self.tr("No attendance was recorded."), s.body))
        else:
            rows = [
                [
                    para(self.integer(n), s.cell_right),
                    para(r.person_name or "—", s.cell),
                    para(r.organization_name, s.cell),
                    para(r.position, s.cell),
                    para(self.label(r.draft.representation), s.cell),
                ]
                for n, r in enumerate(present, start=1)
            ]
            header = [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Institution"),
                self.tr("Position"),
                self.tr("Titular / alternate"),
            ]
            out.append(data_table(header, rows, (9, 47, 60, 44, 20), s))
        for state, label in (
            (Presence.EXCUSED, self.tr("Excused:")),
            (Presence.ABSENT, self.tr("Absent:")),
        ):
            names = [who(r) for r in attendance if r.presence is state and r.draft.invited]
            if names and self._recorded:
                out.append(Spacer(1, 1.5 * mm))
                out.append(para("; ".join(names) + ".", s.small, bold_prefix=label))
        return out

    def _agenda(self, items: list[AgendaItemRecord]) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(30 * mm), self._section(self.tr("Agenda"))]
        if not items:
            return [*out, para(self.tr("No agenda was recorded."), self._styles.body)]
        for n, item in enumerate(items, start=1):
            out.append(para(f"{n}. {item.title}", self._item_style))
        return out

    def _development(self, meeting: MeetingRecord, items: list[AgendaItemRecord]) -> list[Flowable]:
        s = self._styles
        out: list[Flowable] = [
            CondPageBreak(30 * mm),
            self._section(self.tr("Development of the session")),
        ]
        out += text_blocks(meeting.draft.minutes, s.body, self._item_style)
        for n, item in enumerate(items, start=1):
            out.append(heading(f"{n}. {item.title}", s.subheading, 1, f"item{item.id}"))
            if item.bottleneck_names:
                out.append(
                    para(
                        "; ".join(item.bottleneck_names),
                        s.small,
                        bold_prefix=self.tr("Bottlenecks discussed:"),
                    )
                )
                out.append(Spacer(1, 1 * mm))
            blocks = text_blocks(item.draft.notes, s.body, self._item_style)
            out += blocks or [para(self.tr("No development recorded for this item."), s.small)]
        if not items and not meeting.draft.minutes:
            out.append(para(self.tr("No development of the session was recorded."), s.body))
        return out

    def _responsible(self, record: AgreementRecord) -> list[Flowable]:
        s = self._styles
        cell: list[Flowable] = [para(record.responsible_org_name or "—", s.cell)]
        if record.responsible_person_name:
            cell.append(para(record.responsible_person_name, s.small))
        return cell

    def _agreement_text(self, record: AgreementRecord, follow_up: bool) -> list[Flowable]:
        s = self._styles
        cell: list[Flowable] = [para(record.text, s.cell)]
        if record.action_name:
            cell.append(para(record.action_name, s.small, bold_prefix=self.tr("Action:")))
        if record.bottleneck_name:
            cell.append(para(record.bottleneck_name, s.small, bold_prefix=self.tr("Bottleneck:")))
        if follow_up and record.draft.follow_up:
            cell.append(para(record.draft.follow_up, s.small, bold_prefix=self.tr("Follow-up:")))
        return cell

    def _agreements(self, agreements: list[AgreementRecord]) -> list[Flowable]:
        s = self._styles
        out: list[Flowable] = [CondPageBreak(30 * mm), self._section(self.tr("Agreements"))]
        if not agreements:
            return [*out, para(self.tr("No agreements were taken."), s.body)]
        rows = [
            [
                para(r.reference, s.cell_bold),
                self._agreement_text(r, follow_up=False),
                self._responsible(r),
                para(self.date(r.due_date) or "—", s.cell_center),
            ]
            for r in agreements
        ]
        header = [
            self.tr("No."),
            self.tr("Agreement"),
            self.tr("Responsible"),
            self.tr("Due date"),
        ]
        out.append(data_table(header, rows, (11, 99, 50, 20), s))
        return out

    def _pending(self, pending: list[AgreementRecord]) -> list[Flowable]:
        s = self._styles
        out: list[Flowable] = [
            CondPageBreak(30 * mm),
            self._section(self.tr("Pending agreements from earlier sessions")),
        ]
        if not pending:
            return [*out, para(self.tr("There were no pending agreements."), s.body)]
        # Their status is today's (the same records the tracker follows), so the date is said.
        out.append(
            para(
                self.tr(
                    "Numbered session.agreement (2.3: agreement 3 of session 2). Status on %1."
                ).replace("%1", self.date(self.today)),
                s.small,
            )
        )
        out.append(Spacer(1, 1.5 * mm))
        rows = [
            [
                para(r.reference, s.cell_bold),
                self._agreement_text(r, follow_up=True),
                self._responsible(r),
                para(self.date(r.due_date) or "—", s.cell_center),
                self._status(r),
            ]
            for r in pending
        ]
        header = [
            self.tr("No."),
            self.tr("Agreement"),
            self.tr("Responsible"),
            self.tr("Due date"),
            self.tr("Status"),
        ]
        out.append(data_table(header, rows, (11, 78, 46, 20, 25), s))
        return out

    def _status(self, record: AgreementRecord) -> list[Flowable]:
        s = self._styles
        if record.is_overdue(self.today):
            return [para(self.tr("Overdue"), self._late)]
        cell: list[Flowable] = [para(self.label(record.status), s.cell)]
        if record.closed_on is not None:
            cell.append(para(self.date(record.closed_on), s.small))
        return cell

    def _next_session(self, meeting: MeetingRecord) -> list[Flowable]:
        s = self._styles
        on = meeting.draft.next_meeting_on
        text = self.date(on) if on else self.tr("To be set")
        return [
            CondPageBreak(20 * mm),
            self._section(self.tr("Next session")),
            para(text, s.body),
        ]

    # --- closing and signatures ----------------------------------------------------------------

    def _closing(
        self, meeting: MeetingRecord, attendance: list[AttendanceRecord]
    ) -> list[Flowable]:
        s = self._styles
        block: list[Flowable] = [Spacer(1, 4 * mm)]
        end = meeting.draft.ends_at
        if meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED) and end:
            block.append(
                para(
                    self.tr("There being no further business, the session closed at %1.").replace(
                        "%1", self.time(end)
                    ),
                    s.body,
                )
            )
        # The sheet signed at the door, by the short id printed on it.
        sheet = self.short_id(meeting.uuid).replace(self.prefix, SignInDocument.prefix, 1)
        block.append(
            para(
                self.tr(
                    "The attendance sheet %1, signed by those present, is part of these minutes."
                ).replace("%1", sheet),
                s.body,
            )
        )
        block.append(Spacer(1, SIGNING_SPACE))
        block.append(self._signatures(attendance))
        return [KeepTogether(block)]

    def _signatures(self, attendance: list[AttendanceRecord]) -> Table:
        """The convener's and the technical secretariat's signature lines, named."""
        s = self._styles
        name = centred(s.cell_bold, "sign_name")
        small = centred(s.small, "sign_small")
        cells: list[list[Flowable]] = []
        for role in (ParticipationRole.CONVENER, ParticipationRole.TECHNICAL_SECRETARIAT):
            person = signer(attendance, role, self._recorded)
            cell: list[Flowable] = []
            if person is not None:
                cell.append(para(person.person_name, name))
                cell += [para(t, small) for t in (person.position, person.organization_name) if t]
            else:
                cell.append(para(self.tr("Name:"), small))
            cell.append(para(self.label(role), centred(s.cell, "sign_role", textColor=MUTED)))
            cells.append(cell)
        return signature_table(cells)
