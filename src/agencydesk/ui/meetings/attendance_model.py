"""The attendance table of a meeting: who was invited, in which capacity, and whether they came.

The presence column shows "—" while the meeting is planned (nothing to tick before it is
held). The keys that tick presence are defined here, once, for the view, the hint line and
the tooltips.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from agencydesk.domain.attendance import AttendanceRecord
from agencydesk.domain.enums import Presence
from agencydesk.ui.labels import label
from agencydesk.ui.widgets.table_model import Column, RecordListModel

Index = QModelIndex | QPersistentModelIndex
_C = "AttendanceColumns"

COLUMNS: list[Column[AttendanceRecord]] = [
    Column(None, QT_TRANSLATE_NOOP("AttendanceColumns", "Person"), lambda r: r.person_name, 30),
    Column(
        None,
        QT_TRANSLATE_NOOP("AttendanceColumns", "Organization"),
        lambda r: r.organization_name,
        36,
    ),
    Column(None, QT_TRANSLATE_NOOP("AttendanceColumns", "Actor type"), lambda r: r.actor_type, 12),
    Column(None, QT_TRANSLATE_NOOP("AttendanceColumns", "Position"), lambda r: r.position, 22),
    Column(
        None, QT_TRANSLATE_NOOP("AttendanceColumns", "Role in the initiative"), lambda r: r.role, 16
    ),
    Column(
        None,
        QT_TRANSLATE_NOOP("AttendanceColumns", "Titular / alternate"),
        lambda r: r.draft.representation,
        12,
    ),
    Column(None, QT_TRANSLATE_NOOP("AttendanceColumns", "Presence"), lambda r: r.presence, 12),
]
PERSON, ORGANIZATION, ACTOR_TYPE, POSITION, ROLE, REPRESENTATION, PRESENCE = range(7)

# Digits work on every keyboard and in every language; the letters are the initials in
# English and Spanish where they agree (Attended/Asistió, Excused/Excusado), plus P
# (present/presente) and J (justificado). X marks an absence: "Absent" and "Ausente" both
# start with the A of "attended".
PRESENCE_KEYS: dict[Presence, tuple[Qt.Key, ...]] = {
    Presence.ATTENDED: (Qt.Key.Key_1, Qt.Key.Key_A, Qt.Key.Key_P),
    Presence.EXCUSED: (Qt.Key.Key_2, Qt.Key.Key_E, Qt.Key.Key_J),
    Presence.ABSENT: (Qt.Key.Key_3, Qt.Key.Key_X),
}
REPRESENTATION_KEY = Qt.Key.Key_T
CYCLE: dict[Presence, Presence] = {
    # A fresh row is absent (neither flag): the first press or click says it attended.
    Presence.ABSENT: Presence.ATTENDED,
    Presence.ATTENDED: Presence.EXCUSED,
    Presence.EXCUSED: Presence.ABSENT,
}
_COLOURS = {
    Presence.ATTENDED: QColor(46, 125, 50),
    Presence.EXCUSED: QColor(230, 150, 0),
    Presence.ABSENT: QColor(198, 40, 40),
}


def _dot(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def presence_for_key(key: int, text: str) -> Presence | None:
    """The presence a key press sets (by key code, or by the character typed: the numeric
    keypad and non-US layouts send other codes for the same digits)."""
    typed = text.strip().upper()
    for state, keys in PRESENCE_KEYS.items():
        if key in keys or any(typed == chr(k) for k in keys):
            return state
    return None


class AttendanceModel(RecordListModel[AttendanceRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, _C, parent=parent)
        self.planned = False
        self._dots = {state: _dot(colour) for state, colour in _COLOURS.items()}

    def set_planned(self, planned: bool) -> None:
        """While planned, presence is not recorded yet: the column shows "—"."""
        if planned != self.planned:
            self.planned = planned
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, PRESENCE), self.index(self.rowCount() - 1, PRESENCE)
                )

    def set_records(self, records: Sequence[AttendanceRecord]) -> None:
        """The same rows in the same order (a tick, an undo) change in place, so the view
        keeps its selection and current row; other changes reset the model."""
        new = list(records)
        if [r.id for r in new] != [r.id for r in self._records]:
            super().set_records(new)
            return
        self._records = new
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(COLUMNS) - 1))

    def records(self) -> list[AttendanceRecord]:
        return list(self._records)

    def row_of(self, attendance_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == attendance_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        if column == PRESENCE:
            return self._presence_data(index, record, role)
        if column == PERSON and record.person_name is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The organization is invited, without a named person")
        if column == REPRESENTATION and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 — press T to switch between titular and alternate").replace(
                "%1", label(record.draft.representation)
            )
        return super().data(index, role)

    def _presence_data(self, index: Index, record: AttendanceRecord, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if self.planned else label(record.presence)
        if role == Qt.ItemDataRole.DecorationRole and not self.planned:
            return self._dots[record.presence]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.planned:
                return self.tr("Mark the meeting as held to record attendance")
            return self.tr(
                "%1 — 1 or A: attended · 2 or E: excused · 3 or X: absent · "
                "Space or a click: the next one"
            ).replace("%1", label(record.presence))
        return super().data(index, role)
