"""Everything the office holds about one person, printed at their request (Peru's Ley 29733,
Chile's Ley 19.628, Mexico's LFPDPPP): their fields and consent, the initiatives they take
part in, the meetings they were invited to, the agreements they are responsible for, and the
record of changes about them. The JSON export (``services/personal_data``) holds the same."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from agencydesk.domain.enums import AuditAction
from agencydesk.domain.history import Erased, FieldChange, HistoryEntry, RefValue
from agencydesk.domain.history_labels import CONTEXT, ENTITY_LABELS, field_source
from agencydesk.domain.personal_data import PersonData
from agencydesk.services.reports.document import DocumentBuilder, Draft
from agencydesk.services.reports.layout import Styles, heading, make_styles, para
from agencydesk.services.reports.meeting_parts import centred, data_table, facts_table

LONG_VALUE = 300  # characters of a changed text printed in the record of changes
SECTION_ROOM = 35 * mm  # a heading and a few rows: less left on the page starts a new one


class PersonDataDocument(DocumentBuilder):
    prefix = "DP"

    def draft(self, record_id: Any) -> Draft:
        service = self.sources.personal_data
        assert service is not None, "ReportSources.personal_data is not set"
        data = service.collect(record_id)
        styles = make_styles()
        person = data.person
        d = person.draft
        story: list[Flowable] = [
            heading(self.tr("Personal data"), centred(styles.title, "dp_title"), 0, "title"),
            para(d.full_name, centred(styles.subtitle, "dp_name")),
            para(
                self.tr(
                    "Everything this office holds about the person, issued at their request "
                    "(Peru: Ley 29733; Chile: Ley 19.628; Mexico: LFPDPPP). Prepared on %1."
                ).replace("%1", self.date(self.today)),
                centred(styles.small, "dp_note"),
            ),
            Spacer(1, 3 * mm),
            self._section(self.tr("Details"), "fields", styles),
            facts_table(
                [
                    (self.tr("Full name"), d.full_name),
                    (self.tr("National ID"), d.national_id or "—"),
                    (self.tr("Organization"), person.organization_name or "—"),
                    (self.tr("Position"), d.position or "—"),
                    (self.tr("Phone"), d.phone or "—"),
                    (self.tr("E-mail"), d.email or "—"),
                    (self.tr("Gender"), self.label(d.gender) if d.gender else "—"),
                    (self.tr("Notes"), d.notes or "—"),
                    (self.tr("Recorded on"), self.date(person.created_at) or "—"),
                    (self.tr("Last changed on"), self.date(person.updated_at) or "—"),
                ],
                styles,
            ),
            self._section(self.tr("Consent"), "consent", styles),
        ]
        if d.consent_on or d.consent_purpose:
            story.append(
                facts_table(
                    [
                        (self.tr("Consent given on"), self.date(d.consent_on) or "—"),
                        (self.tr("Purpose"), d.consent_purpose or "—"),
                    ],
                    styles,
                )
            )
        else:
            story.append(para(self.tr("No consent is recorded."), styles.body))
        story += self._participations(data, styles)
        story += self._attendance(data, styles)
        story += self._agreements(data, styles)
        story += self._changes(data.history, styles)
        title = self.tr("Personal data") + f" · {d.full_name}"
        return Draft(title, self.short_id(person.uuid), story)

    # --- sections --------------------------------------------------------------------------

    def _section(self, text: str, key: str, styles: Styles) -> Flowable:
        """A section's heading, never alone at the foot of a page (room for a few rows)."""
        return KeepTogether([CondPageBreak(SECTION_ROOM), heading(text, styles.heading, 0, key)])

    def _participations(self, data: PersonData, styles: Styles) -> list[Flowable]:
        out = [self._section(self.tr("Initiatives they take part in"), "participations", styles)]
        rows = [
            [
                para(p.initiative_name, styles.cell),
                para(p.organization_name, styles.cell),
                para(self.label(p.role), styles.cell),
                para(self.label(p.representation), styles.cell),
                para(self.date(p.since), styles.cell),
                para(self.date(p.until), styles.cell),
            ]
            for p in data.participations
        ]
        rows += [
            [para(r.name, styles.cell), "", para(self.tr("Coordinator"), styles.cell), "", "", ""]
            for r in data.coordinated
        ]
        if not rows:
            return [*out, para(self.tr("None."), styles.body)]
        header = [
            self.tr("Initiative"),
            self.tr("Organization"),
            self.tr("Role"),
            self.tr("Representation"),
            self.tr("Since"),
            self.tr("Until"),
        ]
        return [*out, data_table(header, rows, (42, 40, 24, 30, 22, 22), styles)]

    def _attendance(self, data: PersonData, styles: Styles) -> list[Flowable]:
        out = [self._section(self.tr("Meetings they were invited to"), "meetings", styles)]
        if not data.attendance:
            return [*out, para(self.tr("None."), styles.body)]
        rows = []
        for a in data.attendance:
            name = f"{a.meeting_number}. {a.meeting_title}" if a.meeting_number else a.meeting_title
            if a.attended:
                presence = self.tr("Attended")
            elif a.excused:
                presence = self.tr("Excused")
            elif a.invited:
                presence = self.tr("Invited")
            else:
                presence = "—"
            rows.append(
                [
                    para(self.date(a.starts_at), styles.cell),
                    para(name, styles.cell),
                    para(a.owner_name, styles.cell),
                    para(a.organization_name or "", styles.cell),
                    para(presence, styles.cell),
                ]
            )
        header = [
            self.tr("Date"),
            self.tr("Meeting"),
            self.tr("Initiative or agenda"),
            self.tr("On behalf of"),
            self.tr("Attendance"),
        ]
        return [*out, data_table(header, rows, (21, 47, 42, 44, 26), styles)]

    def _agreements(self, data: PersonData, styles: Styles) -> list[Flowable]:
        out = [self._section(self.tr("Agreements they are responsible for"), "agreements", styles)]
        if not data.agreements:
            return [*out, para(self.tr("None."), styles.body)]
        rows = [
            [
                para(self._meeting_name(a.meeting_number, a.meeting_title), styles.cell),
                para(self.integer(a.draft.number), styles.cell),
                para(a.draft.text, styles.cell),
                para(self.date(a.draft.due_date), styles.cell),
                para(self.label(a.draft.status), styles.cell),
            ]
            for a in data.agreements
        ]
        header = [
            self.tr("Meeting"),
            self.tr("No."),
            self.tr("Agreement"),
            self.tr("Due date"),
            self.tr("Status"),
        ]
        return [*out, data_table(header, rows, (40, 10, 86, 22, 22), styles)]

    def _changes(self, history: Sequence[HistoryEntry], styles: Styles) -> list[Flowable]:
        out = [self._section(self.tr("Record of changes"), "changes", styles)]
        if not history:
            return [*out, para(self.tr("No change is recorded."), styles.body)]
        rows = []
        for entry in history:
            what = self.action_text(entry)
            if entry.subject:
                what += f"\n{entry.subject}"
            rows.append(
                [
                    para(f"{self.date(entry.at)} {self.time(entry.at)}", styles.cell),
                    para(entry.user or "—", styles.cell),
                    para(what, styles.cell),
                    para(self._change_lines(entry), styles.cell),
                ]
            )
        header = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        return [*out, data_table(header, rows, (24, 24, 36, 96), styles)]

    # --- words -----------------------------------------------------------------------------

    def _meeting_name(self, number: int | None, title: str) -> str:
        return f"{number}. {title}" if number is not None else title

    def action_text(self, entry: HistoryEntry) -> str:
        entity = self.translate(CONTEXT, ENTITY_LABELS.get(entry.entity, entry.entity))
        if entry.import_file:
            if entry.action is AuditAction.CREATE:
                text = self.tr("Created by importing %1")
            else:
                text = self.tr("Removed by undoing the import of %1")
            return f"{entity}: " + text.replace("%1", entry.import_file)
        verb = {
            AuditAction.CREATE: self.tr("Created"),
            AuditAction.UPDATE: self.tr("Changed"),
            AuditAction.DELETE: self.tr("Deleted"),
        }[entry.action]
        return f"{entity}: {verb}"

    def _change_lines(self, entry: HistoryEntry) -> str:
        lines = []
        for change in entry.changes:
            name = self.translate(CONTEXT, field_source(entry.entity, change.field))
            lines.append(f"{name}: {self._pair(entry.action, change)}")
        return "\n".join(lines)

    def _pair(self, action: AuditAction, change: FieldChange) -> str:
        if action is AuditAction.CREATE:
            return self.value(change.new)
        if action is AuditAction.DELETE:
            return self.value(change.old)
        return f"{self.value(change.old)} → {self.value(change.new)}"

    def value(self, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, Erased):
            return self.tr("(erased)")
        if isinstance(value, RefValue):
            return value.name or self.tr("(deleted, #%1)").replace("%1", str(value.id))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, StrEnum):
            return self.label(value)
        if isinstance(value, datetime):
            return f"{self.date(value)} {self.time(value)}"
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, Decimal):
            return self.money(value)
        if isinstance(value, list):
            return ", ".join(self.value(v) for v in value) or "—"
        if isinstance(value, dict):
            return " · ".join(self.value(v) for v in value.values() if v not in (None, ""))
        text = " ".join(str(value).split())
        return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"
