"""A meeting's page: a compact header ("Session 3 · title", one line of facts, the owner as a
link), its status with the lifecycle steps, the lock banner, and the tabs other helpers write
(attendance, agenda and minutes, agreements), hosted with ``add_tab``."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.deleting import delete_with_undo
from agencydesk.ui.history import ApprovalNote, HistoryButton
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.commands import meeting_ops
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.lifecycle import LockBanner, LogDialog, StepButtons
from agencydesk.ui.meetings.list_page import when_text
from agencydesk.ui.meetings.meeting_dialog import MeetingDialog
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.buttons import meeting_button
from agencydesk.ui.widgets import format_date, tell
from agencydesk.ui.widgets.badge import Badge
from agencydesk.ui.widgets.elided_label import ElidedLabel
from agencydesk.ui.widgets.link_label import LinkLabel
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.widgets.tinted_icon import TintedStandardIcon

OWNER_CHARS = 60  # a longer owner name is cut with "…" (the tooltip has it whole)
TAB_KEYS = ("attendance", "minutes", "agreements")


class MeetingPage(QWidget):
    back_requested = Signal()
    deleted = Signal()
    """The meeting was deleted from here (the area goes back to the list)."""
    meeting_requested = Signal(int)
    """Show this meeting (the next session, just created)."""
    initiative_requested = Signal(int)
    agenda_requested = Signal(int)
    changed = Signal()
    """The page re-read its meeting after a tab's write (the list's counts are stale)."""

    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record: MeetingRecord | None = None
        self.dialog: MeetingDialog | None = None
        self.log_dialog: LogDialog | None = None

        self.back_button = QPushButton(self.tr("All &meetings"), self)
        # The style's arrow is near-black, lost on a dark palette: in the text's colour.
        TintedStandardIcon(self.back_button, QStyle.StandardPixmap.SP_ArrowBack)
        # Alt+Left as well as its Alt+M: a shortcut of its own (the button's setShortcut would
        # replace the mnemonic, leaving an underlined letter that does nothing).
        back = QKeySequence(QKeySequence.StandardKey.Back)
        self.back_shortcut = QShortcut(back, self)
        self.back_shortcut.activated.connect(self.back_button.click)
        self.back_button.setToolTip(
            self.tr("Back to the list of meetings (%1)").replace(
                "%1", back.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.clicked.connect(self.back_requested)
        self.name = ElidedLabel(self)
        self.name.setObjectName("meetingName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.next_button = QPushButton(self.tr("&Next meeting…"), self)
        self.next_button.setObjectName("nextMeetingButton")
        self.next_button.setToolTip(
            self.tr("Plan the next session: same place and invitees, the next number")
        )
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editMeetingButton")
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteMeetingButton")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.name, 1)
        self.pdf_button = meeting_button(self, lambda: self.record.id if self.record else None)
        top.addWidget(self.pdf_button)
        top.addWidget(self.next_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.owner_link = LinkLabel(self)
        self.owner_link.setObjectName("meetingOwnerLink")
        self.owner_link.linkActivated.connect(self._owner_clicked)
        self.facts = ElidedLabel(self)
        self.facts.setObjectName("meetingFacts")
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.owner_link)
        facts_row.addWidget(self.facts, 1)

        self.status_caption = QLabel(self.tr("Status:"), self)
        self.badge = Badge(self)
        self.badge.setObjectName("meetingStatusBadge")
        self.steps = StepButtons(context, self)
        # No Alt+letter: L, O and G are taken by the tabs' buttons (Delete…, Mark done) and
        # the Agreements tab, and the log is only read.
        self.log_button = QPushButton(self.tr("Log…"), self)
        self.log_button.setObjectName("meetingLogButton")
        self.log_button.setToolTip(self.tr("Every step of the meeting: when, who and why"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_caption)
        status_row.addWidget(self.badge)
        status_row.addSpacing(8)
        for button in self.steps.buttons.values():
            status_row.addWidget(button)
        status_row.addWidget(self.log_button)
        self.history_button = HistoryButton(self, "meeting", self._shown)
        status_row.addWidget(self.history_button)
        status_row.addStretch(1)

        self.banner = LockBanner(self)
        self.approval_note = ApprovalNote(self)
        self.approval_note.history_requested.connect(self.history_button.click)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self._tabs: dict[str, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(facts_row)
        layout.addLayout(status_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.approval_note)
        layout.addSpacing(2)
        layout.addWidget(self.tabs, 1)

        self.next_button.clicked.connect(self.next_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.log_button.clicked.connect(self.show_log)

    # --- tabs --------------------------------------------------------------------------------

    def add_tab(self, key: str, widget: QWidget) -> None:
        """Host a tab ("attendance", "minutes", "agreements"): a widget with
        ``show_meeting(record)`` and a ``data_changed`` signal."""
        self._tabs[key] = widget
        self.tabs.addTab(widget, "")
        if hasattr(widget, "data_changed"):
            widget.data_changed.connect(lambda w=widget: self._tab_changed(w))
        if self.record is not None:
            widget.show_meeting(self.record)  # type: ignore[attr-defined]
        self._retitle_tabs()

    def tab_widget(self, key: str) -> QWidget | None:
        return self._tabs.get(key)

    def tab_keys(self) -> list[str]:
        return list(self._tabs)

    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def select_tab(self, key: str) -> None:
        widget = self._tabs.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    # --- showing -----------------------------------------------------------------------------

    def show_meeting(self, record: MeetingRecord) -> None:
        """Show ``record`` here and in every tab."""
        self.show_header(record)
        for widget in self._tabs.values():
            widget.show_meeting(record)  # type: ignore[attr-defined]

    def show_header(self, record: MeetingRecord) -> None:
        """The header, steps, banner and tab titles only (a tab already shows its change)."""
        self.record = record
        draft = record.draft
        number = str(record.number) if record.number is not None else ""
        self.name.set_full_text(
            self.tr("Session %1 · %2").replace("%1", number).replace("%2", record.title)
            if number
            else record.title
        )
        self._show_owner(record)
        facts = [label(draft.kind), label(draft.modality)]
        if draft.starts_at is not None:
            facts.append(when_text(draft.starts_at, draft.ends_at))
        if record.convener_name:
            facts.append(self.tr("Convened by %1").replace("%1", record.convener_name))
        if draft.next_meeting_on is not None:
            next_on = format_date(draft.next_meeting_on)
            facts.append(self.tr("Next meeting: %1").replace("%1", next_on))
        if draft.place:
            facts.append(draft.place)  # last: a long address is what gets cut
        self.facts.set_full_text(" · ".join(facts), "\n".join(facts))
        self.badge.setText(label(record.status))
        self.badge.setAccessibleName(self.tr("Status: %1").replace("%1", label(record.status)))
        self.steps.show_record(record)
        self.banner.show_record(record)
        self.approval_note.show_record(record)
        self._show_locks(record)
        self._retitle_tabs()
        if self.log_dialog is not None and self.log_dialog.isVisible():
            self.log_dialog.show_record(record)

    def reload(self) -> bool:
        """Read the meeting again (header only); False when it is gone."""
        if self.record is None:
            return False
        try:
            record = self._context.meetings.meeting(self.record.id)
        except UserError:
            return False
        self.show_header(record)
        return True

    def _show_owner(self, record: MeetingRecord) -> None:
        name = record.owner_name or ""
        shown = name if len(name) <= OWNER_CHARS else name[: OWNER_CHARS - 1] + "…"
        caption = (
            self.tr("Agenda:") if record.draft.agenda_id is not None else self.tr("Initiative:")
        )
        self.owner_link.set_html(f'{escape(caption)} <a href="owner">{escape(shown)}</a> ·')
        self.owner_link.setToolTip(plain(self.tr("Open %1").replace("%1", name)))

    def _show_locks(self, record: MeetingRecord) -> None:
        locked = record.is_locked
        self.edit_button.setEnabled(not locked)
        self.edit_button.setToolTip(
            self.tr("The minutes are approved: reopen them to edit the meeting")
            if record.status is MeetingStatus.MINUTES_APPROVED
            else self.tr("The meeting is cancelled: reinstate it to edit it")
            if locked
            else self.tr("Edit the meeting's date, place, convener…")
        )
        approved = record.status is MeetingStatus.MINUTES_APPROVED
        self.delete_button.setEnabled(not approved)
        self.delete_button.setToolTip(
            self.tr("Approved minutes cannot be deleted; reopen them first") if approved else ""
        )

    def _retitle_tabs(self) -> None:
        record = self.record
        for key, widget in self._tabs.items():
            index = self.tabs.indexOf(widget)
            if key == "attendance":
                if record is None or record.invited == 0:
                    text = self.tr("&Attendance")
                elif record.status in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED):
                    text = self.tr("&Attendance (%n invited)", "", record.invited)
                else:
                    text = (
                        self.tr("&Attendance (%1/%2)")
                        .replace("%1", str(record.attended))
                        .replace("%2", str(record.invited))
                    )
            elif key == "minutes":
                text = self.tr("Agenda and m&inutes")
            elif key == "agreements":
                total = record.agreements if record else 0
                still_open = record.open_agreements if record else 0
                text = (
                    self.tr("A&greements (%1 · %n open)", "", still_open).replace("%1", str(total))
                    if still_open
                    else self.tr("A&greements (%n)", "", total)
                )
            else:
                continue
            self.tabs.setTabText(index, text)

    # --- what the buttons do -----------------------------------------------------------------

    def _dialog(self) -> MeetingDialog:
        if self.dialog is None:
            self.dialog = MeetingDialog(self._context, self)
            self.dialog.saved.connect(self._dialog_saved)
        return self.dialog

    def _dialog_saved(self, meeting_id: int) -> None:
        if self.record is None or meeting_id != self.record.id:
            self.meeting_requested.emit(meeting_id)  # the next session: show it

    def edit_meeting(self) -> None:
        if self.record is None or not self.reload() or self.record.is_locked:
            return
        self._dialog().edit(self.record)

    def next_meeting(self) -> None:
        """The form with the next session proposed; once saved, its page is shown."""
        record = self.record
        if record is None:
            return
        try:
            draft = self._context.meetings.proposed_next(record.id)
        except UserError as exc:
            tell(self, self.tr("Next meeting"), user_error_text(exc))
            return
        self._dialog().next_meeting(record, draft)

    def delete_meeting(self) -> bool:
        record = self.record
        if record is None:
            return False
        done = delete_with_undo(
            self,
            self._context.write,
            record.id,
            meeting_ops(self._context.meetings),
            self.tr("Delete meeting"),
            self.tr("Delete meeting “%1”"),
        )
        if done:
            self.record = None
            self.deleted.emit()
        return done

    def show_log(self) -> None:
        if self.record is None:
            return
        if self.log_dialog is None:
            self.log_dialog = LogDialog(self)
        self.log_dialog.show_record(self.record)
        self.log_dialog.show()
        self.log_dialog.activateWindow()

    # --- internals ---------------------------------------------------------------------------

    def _tab_changed(self, widget: QWidget) -> None:
        """A tab wrote (or undid): the header's counts and status follow, and the other
        tabs show the meeting as it is now (each tab writes through its own context)."""
        if not self.reload():
            return
        assert self.record is not None
        for other in self._tabs.values():
            if other is not widget:
                other.show_meeting(self.record)  # type: ignore[attr-defined]
        self.changed.emit()

    def _shown(self) -> tuple[int, str] | None:
        return (self.record.id, self.record.name()) if self.record else None

    def _owner_clicked(self, _link: str) -> None:
        record = self.record
        if record is None:
            return
        if record.draft.initiative_id is not None:
            self.initiative_requested.emit(record.draft.initiative_id)
        elif record.draft.agenda_id is not None:
            self.agenda_requested.emit(record.draft.agenda_id)
