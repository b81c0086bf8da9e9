"""The attendance list's view (the keys that tick it), the counts above it and the hint line
that says what can be done with it now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.attendance import AttendanceCounts
from agencydesk.domain.enums import Gender, MeetingStatus
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.attendance_model import (
    ORGANIZATION,
    PERSON,
    POSITION,
    REPRESENTATION_KEY,
    AttendanceModel,
    presence_for_key,
)
from agencydesk.ui.widgets.long_columns import LongColumns
from agencydesk.ui.widgets.table_model import set_column_widths

_TYPING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class AttendanceView(QTableView):
    """The attendance list: arrows move, the presence keys tick the selected rows, Space
    moves them to the next presence, T switches titular and alternate."""

    presence_pressed = Signal(object)  # Presence
    cycle_pressed = Signal()
    representation_pressed = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Invitees and their attendance"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        set_column_widths(self, model)
        # The person's name is read row after row while ticking: it keeps its width (names
        # are short); the organization and the position share what is left.
        self._long_columns = LongColumns(self, [ORGANIZATION, POSITION])
        model.modelReset.connect(self._fit_person)

    def _fit_person(self) -> None:
        """The person column as wide as the names in sight, within reason (before the long
        columns share the rest, on a later turn of the event loop)."""
        char = self.fontMetrics().averageCharWidth()
        wanted = max(
            self.sizeHintForColumn(PERSON), self.horizontalHeader().sectionSizeHint(PERSON)
        )
        self.setColumnWidth(PERSON, max(min(wanted + 4, 44 * char), 16 * char))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & ~_TYPING:  # Ctrl+Z and friends go on to the window
            state = presence_for_key(event.key(), event.text())
            if state is not None:
                self.presence_pressed.emit(state)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Space:
                self.cycle_pressed.emit()
                event.accept()
                return
            if event.key() == REPRESENTATION_KEY or event.text().upper() == "T":
                self.representation_pressed.emit()
                event.accept()
                return
        super().keyPressEvent(event)


class AttendanceSummary(QWidget):
    """ "Attended 12 of 18 invited · 3 excused · 3 absent", and of those who attended, by
    actor type and by gender; only the invitations while the meeting is planned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.by_type = QLabel(self)
        self.by_gender = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.by_type)
        row.addSpacing(24)
        row.addWidget(self.by_gender)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)

    def show_counts(self, counts: AttendanceCounts, planned: bool) -> None:
        if planned:
            self.summary.setText(
                "<b>%s</b>" % self.tr("%n invited", "", counts.invited)  # noqa: UP031
            )
            self.by_type.hide()
            self.by_gender.hide()
            return
        self.by_type.show()
        self.by_gender.show()
        parts = [
            "<b>%s</b>"  # noqa: UP031
            % self.tr("Attended %1 of %n invited", "", counts.invited).replace(
                "%1", str(counts.attended)
            ),
            self.tr("%n excused", "", counts.excused),
            self.tr("%n absent", "", counts.absent),
        ]
        self.summary.setText(" · ".join(parts))
        types = [f"{label(t)} {n}" for t, n in counts.by_actor_type.items() if n]
        genders = [f"{label(g)} {n}" for g in Gender if (n := counts.by_gender.get(g, 0))]
        if counts.by_gender.get(None):
            not_recorded = self.tr("Not recorded")
            genders.append(f"{not_recorded} {counts.by_gender[None]}")
        none = self.tr("nobody yet")
        self.by_type.setText(
            self.tr("Attended, by actor type: %1").replace("%1", " · ".join(types) or none)
        )
        self.by_gender.setText(self.tr("By gender: %1").replace("%1", " · ".join(genders) or none))


class AttendanceHint(QLabel):
    """One sentence under the buttons: why the list is read-only, or which keys tick it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the tab shows errors here, naming records

    def show_for(self, meeting: MeetingRecord | None) -> None:
        if meeting is None:
            self.clear()
        elif meeting.is_locked:
            self.setText(
                self.tr("The minutes are approved: the attendance is read-only.")
                if meeting.status is MeetingStatus.MINUTES_APPROVED
                else self.tr("The meeting was cancelled: the invitations are read-only.")
            )
        elif meeting.status is MeetingStatus.PLANNED:
            self.setText(
                self.tr(
                    "Mark the meeting as held to record attendance. Meanwhile, prepare the "
                    "invitations; T switches the selected rows between titular and alternate."
                )
            )
        else:
            self.setText(
                self.tr(
                    "Keys on the list: 1 or A attended · 2 or E excused · 3 or X absent · "
                    "Space: the next one · T: titular / alternate. Shift or Ctrl + click "
                    "selects several rows."
                )
            )
