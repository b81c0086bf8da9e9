"""A record's history (its audit trail) on its page: the History button and dialog, and the
note on a meeting whose approved minutes changed later."""

from agencydesk.ui.history.approval_note import ApprovalNote
from agencydesk.ui.history.button import HistoryButton, show_history
from agencydesk.ui.history.dialog import HistoryDialog

__all__ = ["ApprovalNote", "HistoryButton", "HistoryDialog", "show_history"]
