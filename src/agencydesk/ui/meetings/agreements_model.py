"""Tables of agreements: a meeting's own (by number) and those pending from earlier sessions
(by reference "2.1"), with overdue rows red and due-soon rows amber."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from agencydesk.domain.agreements import AgreementRecord
from agencydesk.domain.enums import AgreementStatus
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.date_field import format_date
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.widgets.table_model import Column, RecordListModel
from agencydesk.ui.widgets.urgency import urgency_role_data, urgency_text

Index = QModelIndex | QPersistentModelIndex
_C = "AgreementColumns"


def status_text(record: AgreementRecord, today: date) -> str:
    """ "Open", "Open · Overdue", "Done 03/04/2025", "Cancelled 01/02/2025"."""
    text = label(record.status)
    if record.status is not AgreementStatus.OPEN and record.closed_on is not None:
        return f"{text} {format_date(record.closed_on)}"
    if urgent := urgency_text(record.urgency(today)):
        return f"{text} · {urgent}"
    return text


def responsible_text(record: AgreementRecord) -> str:
    return record.responsible_org_name or ""


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


SESSION_COLUMNS: list[Column[AgreementRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "No."), lambda r: r.number, 4, True),
    Column(
        None, QT_TRANSLATE_NOOP("AgreementColumns", "Agreement"), lambda r: one_line(r.text), 40
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Responsible institution"),
        responsible_text,
        30,
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Person"),
        lambda r: r.responsible_person_name,
        22,
    ),
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Due"), lambda r: r.due_date, 12),
]
PENDING_COLUMNS: list[Column[AgreementRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Ref."), lambda r: r.reference, 5, True),
    Column(
        None, QT_TRANSLATE_NOOP("AgreementColumns", "Agreement"), lambda r: one_line(r.text), 40
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AgreementColumns", "Responsible institution"),
        responsible_text,
        30,
    ),
    Column(None, QT_TRANSLATE_NOOP("AgreementColumns", "Due"), lambda r: r.due_date, 12),
]
STATUS_HEADER = QT_TRANSLATE_NOOP("AgreementColumns", "Status")
AGREEMENT_HEADER = "Agreement"  # as marked in the columns above
FOLLOW_UP_HEADER = QT_TRANSLATE_NOOP("AgreementColumns", "Follow-up")
LONG_SESSION_COLUMNS = (1, 2, 3)
LONG_PENDING_COLUMNS = (1, 2, 5)


class AgreementTableModel(RecordListModel[AgreementRecord]):
    """``columns`` then Status (coloured by urgency, as is the whole row); ``follow_up`` adds
    the follow-up notes last. ``today`` is asked on every reset (a list left open overnight
    colours by the new day once it is read again)."""

    def __init__(
        self,
        columns: Sequence[Column[AgreementRecord]],
        today: Callable[[], date],
        follow_up: bool = False,
        parent: Any = None,
    ) -> None:
        status = Column(None, STATUS_HEADER, lambda r: status_text(r, self._today), 22)
        extra = [status]
        if follow_up:
            extra.append(Column(None, FOLLOW_UP_HEADER, lambda r: one_line(r.draft.follow_up), 30))
        super().__init__([*columns, *extra], _C, parent=parent)
        self._today_of = today
        self._today = today()
        self.status_column = len(columns)

    def set_records(self, records: Sequence[AgreementRecord]) -> None:
        self._today = self._today_of()
        super().set_records(records)

    def records(self) -> list[AgreementRecord]:
        return list(self._records)

    def row_of(self, agreement_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == agreement_id:
                return row
        return None

    def urgency_at(self, row: int) -> str | None:
        record = self.record_at(row)
        return record.urgency(self._today) if record is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return urgency_role_data(self.urgency_at(index.row()), role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self._tooltip(index))  # user text: never rendered as HTML
        return super().data(index, role)

    def _tooltip(self, index: Index) -> str:
        """The whole text of the cell (cells are cut to one line), and who is responsible."""
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if column.header == AGREEMENT_HEADER:
            return record.text
        if column.header == FOLLOW_UP_HEADER:
            return record.draft.follow_up or ""
        cell = str(super().data(index, Qt.ItemDataRole.DisplayRole) or "")
        if column.value is responsible_text and record.responsible_person_name:
            who = QCoreApplication.translate(_C, "%1 (%2)")
            return who.replace("%1", cell).replace("%2", record.responsible_person_name)
        return cell
