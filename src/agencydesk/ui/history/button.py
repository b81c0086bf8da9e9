"""The "History…" button of a record's page, and opening the History dialog.

Like the PDF buttons (``ui/reports/buttons.py``), the button finds the workspace through its
window, so a page only says which record is on show: ``HistoryButton(parent, "person",
lambda: (id, name))``. Its Alt+Y clashes with no page's other buttons, tabs or fields (the
menu bar has F, E and H)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.ui.history.dialog import HistoryDialog
from agencydesk.ui.history.texts import HistoryTexts
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.buttons import find_workspace
from agencydesk.ui.widgets import tell

Shown = Callable[[], "tuple[int, str] | None"]
"""The record on show: its id and name (None: nothing is)."""


def show_history(
    parent: QWidget,
    workspace: Any,
    entity: str,
    record_id: int,
    name: str,
    dialog: HistoryDialog | None = None,
) -> HistoryDialog | None:
    """Read the record's history and show it (in ``dialog`` if given, else a new one, a
    child of ``parent``'s window); None when it could not be read (that is said)."""
    try:
        entries = workspace.history.history(entity, record_id)
    except UserError as exc:
        tell(parent, HistoryTexts().caption(), user_error_text(exc))
        return None
    if dialog is None or not isValid(dialog):
        dialog = HistoryDialog(parent.window())
    dialog.show_history(name, entries)
    dialog.show()
    dialog.activateWindow()
    return dialog


class HistoryButton(QPushButton):
    def __init__(self, parent: QWidget, entity: str, shown: Shown, text: str | None = None) -> None:
        # The meeting page's "Log…" (its status steps) is "Historial…" in Spanish already.
        default = self.tr("Histor&y…", "every change of the record; not a meeting's Log…")
        super().__init__(text or default, parent)
        self.setObjectName("historyButton")
        self.setToolTip(
            self.tr("Every change of this record: when, by whom, and what it was before")
        )
        self.entity = entity
        self.shown = shown
        self.workspace: Any = None  # found through the window unless set (tests)
        self.dialog: HistoryDialog | None = None
        self.clicked.connect(self.open_history)

    def open_history(self) -> HistoryDialog | None:
        found = self.shown()
        workspace = self.workspace or find_workspace(self)
        if found is None or workspace is None:
            return None
        record_id, name = found
        self.dialog = show_history(self, workspace, self.entity, record_id, name, self.dialog)
        return self.dialog
