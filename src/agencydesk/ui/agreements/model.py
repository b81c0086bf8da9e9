"""The tracker's table: every agreement the filters let through, in the service's order (by due
date, undated last), read a page at a time; overdue rows red, due-soon rows amber."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from agencydesk.domain.agreements import DUE_SOON_DAYS, AgreementQuery, AgreementRecord
from agencydesk.domain.enums import AgreementStatus
from agencydesk.services.agreements import AgreementsService
from agencydesk.ui.labels import label
from agencydesk.ui.widgets import format_date
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.widgets.table_model import Column, LazyTableModel
from agencydesk.ui.widgets.urgency import urgency_role_data, urgency_text

CONTEXT = "AgreementColumns"

# Sorted by the service only (due date first): the header does not sort, so keys are None.
AGREEMENT_COLUMNS: list[Column[AgreementRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "No."), lambda a: a.reference, 5),
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Agreement"), lambda a: a.text, 40),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Initiative or agenda"),
        lambda a: a.owner_name,
        26,
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Responsible"),
        lambda a: a.responsible_org_name,
        22,
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Person"),
        lambda a: a.responsible_person_name,
        18,
    ),
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Due"), lambda a: a.due_date, 12),
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Status"), lambda a: a.status, 10),
    # Filled by the model (it depends on today): "3 days overdue", "due in 2 days", or when
    # it was closed ("done on 12/03/2025").
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "When"), lambda a: "", 19),
]
(
    REFERENCE_COLUMN,
    TEXT_COLUMN,
    OWNER_COLUMN,
    RESPONSIBLE_COLUMN,
    PERSON_COLUMN,
    DUE_COLUMN,
    STATUS_COLUMN,
    WHEN_COLUMN,
) = range(len(AGREEMENT_COLUMNS))
LONG_COLUMNS = (TEXT_COLUMN, OWNER_COLUMN, RESPONSIBLE_COLUMN, PERSON_COLUMN)


def when_text(record: AgreementRecord, today: date) -> str:
    """How far its due date is, for an open agreement ("3 days overdue", "due today", "due in
    2 days"); when it was closed, for a closed one ("done on 12/03/2025")."""
    status = AgreementStatus(record.status)
    closed = record.closed_on
    if status is AgreementStatus.DONE:
        if closed is None:
            return ""
        return QCoreApplication.translate("AgreementColumns", "done on %1").replace(
            "%1", format_date(closed)
        )
    if status is AgreementStatus.CANCELLED:
        if closed is None:
            return ""
        return QCoreApplication.translate("AgreementColumns", "cancelled on %1").replace(
            "%1", format_date(closed)
        )
    due = record.due_date
    if due is None:
        return ""
    return DueWords().text((due - today).days)


class DueWords(QObject):
    """The plural phrases of ``when_text``: lupdate marks a string as plural only when it is
    written as ``self.tr(source, "", n)``, not through ``QCoreApplication.translate``."""

    def text(self, days: int) -> str:
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("due today")
        return self.tr("due in %n day(s)", "", days)


def meeting_text(record: AgreementRecord) -> str:
    """ "Session 3 · Title · 12/03/2025": where the agreement was taken."""
    parts = [
        QCoreApplication.translate("AgreementColumns", "Session %1").replace(
            "%1", str(record.meeting_number or "")
        )
    ]
    if record.meeting_title:
        parts.append(record.meeting_title)
    if record.meeting_starts_at is not None:
        parts.append(format_date(record.meeting_starts_at.date()))
    return " · ".join(parts)


def urgency_counts(
    service: AgreementsService, query: AgreementQuery, today: date, total: int
) -> tuple[int, int, int]:
    """(rows, overdue, due soon) under ``query``, ``total`` being its rows: two id queries
    more, no records read. Overdue ones are open and due before today, so every one of them is
    among the open ones due by the end of the due-soon window."""
    overdue = len(service.agreement_ids(replace(query, overdue_only=True), today))
    if query.overdue_only or query.status not in (None, AgreementStatus.OPEN):
        return total, overdue, 0
    window = today + timedelta(days=DUE_SOON_DAYS)
    if query.due_before is not None:
        window = min(window, query.due_before)
    if window < today:
        return total, overdue, 0
    soon = replace(query, status=AgreementStatus.OPEN, due_before=window)
    return total, overdue, len(service.agreement_ids(soon, today)) - overdue


class AgreementsModel(LazyTableModel):
    """Rows are ``agreement_ids(query, today)``; ``set_agreement_query`` reads them again."""

    def __init__(
        self,
        service: AgreementsService,
        today: Callable[[], date],
        parent: Any = None,
    ) -> None:
        self._service = service
        self._today = today
        self.agreement_query = AgreementQuery(status=AgreementStatus.OPEN)
        super().__init__(
            AGREEMENT_COLUMNS,
            lambda _list_query: service.agreement_ids(self.agreement_query, today()),
            service.agreements,
            CONTEXT,
            default_sort="due_date",
            parent=parent,
        )
        self.today = today()

    def set_agreement_query(self, query: AgreementQuery) -> None:
        self.agreement_query = query
        self.reload()

    def reload(self) -> None:
        self.today = self._today()  # a window left open overnight colours by the new day
        super().reload()

    def export_value(self, record: Any, column: int) -> Any:
        if column == WHEN_COLUMN:  # the cell's words, filled here rather than by the column
            return when_text(record, self.today)
        return super().export_value(record, column)

    def records(self, rows: list[int]) -> list[AgreementRecord]:
        found = (self.record_at(row) for row in rows)
        return [record for record in found if record is not None]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            record = self.record_at(index.row())
            return urgency_role_data(record.urgency(self.today) if record else None, role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == WHEN_COLUMN:
            record = self.record_at(index.row())
            return when_text(record, self.today) if record is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            record = self.record_at(index.row())
            if record is None:
                return None
            return plain(self._tooltip(record, column))  # user text: never rendered as HTML
        return super().data(index, role)

    def _tooltip(self, record: AgreementRecord, column: int) -> str:
        if column == REFERENCE_COLUMN:
            return meeting_text(record)
        if column in (WHEN_COLUMN, STATUS_COLUMN, DUE_COLUMN):
            urgency = record.urgency(self.today)
            parts = [label(AgreementStatus(record.status)), when_text(record, self.today)]
            if urgency is not None:
                parts.insert(0, urgency_text(urgency))
            return " · ".join(p for p in parts if p)
        if column == TEXT_COLUMN:
            lines = [record.text]
            follow_up = record.draft.follow_up
            if follow_up:
                lines.append(
                    QCoreApplication.translate("AgreementColumns", "Follow-up: %1").replace(
                        "%1", follow_up
                    )
                )
            return "\n".join(lines)
        value = AGREEMENT_COLUMNS[column].value(record)
        return "" if value is None else str(value)
