"""On a meeting's page: "Changed after the minutes were approved: N changes", with a link to
the meeting's history. Shown while the minutes are approved and the meeting, its agenda,
attendance or agreements (their wording, not their follow-up) changed after the first
approval, a reopening and the second approval included: what was signed is then not what
the program shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.history.texts import when_text
from agencydesk.ui.reports.buttons import find_workspace
from agencydesk.ui.widgets.link_label import LinkLabel


class ApprovalNote(QFrame):
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalChangesNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.workspace: Any = None  # found through the window unless set (tests)
        self.count = 0
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, None, self)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.text = LinkLabel(self)  # our own words and a link, no user text
        self.text.setObjectName("approvalChangesText")
        self.text.setWordWrap(True)
        self.text.linkActivated.connect(lambda _link: self.history_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_record(self, record: MeetingRecord) -> None:
        """Read how many changes came after the approval; hidden when none (or not approved)."""
        self.count = 0
        workspace = self.workspace or find_workspace(self)
        found = None
        if record.status is MeetingStatus.MINUTES_APPROVED and workspace is not None:
            try:
                found = workspace.history.changes_after_approval(record.id)
            except UserError:
                found = None
        if found is None or found.count == 0:
            self.hide()
            return
        self.count = found.count
        sentence = self.tr(
            "Changed after the minutes were approved on %1: %n change(s).", "", found.count
        ).replace("%1", when_text(found.approved_at))
        link = self.tr("See the history")
        self.text.set_html(f'{sentence} <a href="history">{link}</a>')
        self.text.setAccessibleName(sentence)
        self.show()
