"""The PDF buttons of the pages: one document is a button named after it ("Action plan
(PDF)…"), several a button with a menu of them.

A button finds the workspace and the database worker through its window (the main window
holds both), as ``find_worker`` does, so a page needs nothing new to host one: it only says
which record is on show. Each page's button is made here, with an Alt+letter that clashes
with none of that page's other buttons, tabs and fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from agencydesk.services.reports.service import DocumentKind
from agencydesk.ui.reports.actions import export_pdf
from agencydesk.ui.worker import DbWorker, Task

RecordId = Callable[[], int | None]
"""The record a document is about, read when the button is pressed (None: nothing is on
show; for the agreements follow-up, every initiative)."""


class PdfDocuments(QObject):
    """The documents' names on buttons and menus, and their tooltips."""

    def button_text(self, kind: DocumentKind) -> str:
        return {
            DocumentKind.ACTION_PLAN: self.tr("Action plan (PD&F)…"),
            DocumentKind.MINUTES: self.tr("&Minutes (PDF)…"),
            DocumentKind.SIGN_IN: self.tr("&Sign-in sheet (PDF)…"),
            DocumentKind.AGREEMENTS: self.tr("Agreements follow-up (PD&F)…"),
            DocumentKind.HANDOVER: self.tr("&Handover file (PDF)…"),
        }[DocumentKind(kind)]

    def tooltip(self, kind: DocumentKind) -> str:
        return {
            DocumentKind.ACTION_PLAN: self.tr(
                "The plan to print and sign: actions by axis, totals, timeline and indicators"
            ),
            DocumentKind.MINUTES: self.tr(
                "The minutes to print and sign: attendance, agenda, development and agreements"
            ),
            DocumentKind.SIGN_IN: self.tr(
                "The sheet attendees sign: the invitees, and blank rows for the others"
            ),
            DocumentKind.AGREEMENTS: self.tr(
                "Open and overdue agreements by responsible institution, for the next session"
            ),
            DocumentKind.HANDOVER: self.tr(
                "Everything about the initiative in one file, for a change of authority or team"
            ),
        }[DocumentKind(kind)]

    def meeting_menu(self) -> str:
        # C: the meeting page's M, N, E, D, H, P, R, S, A, I, G and its tabs' letters are taken.
        return self.tr("Do&cuments (PDF)")

    def initiative_menu(self) -> str:
        # U: C is the plan tab's "Create the action plan".
        return self.tr("Doc&uments (PDF)")

    def tracker_text(self) -> str:
        # Short: the tracker's row of buttons already fills a 1280-pixel window.
        return self.tr("PD&F…")

    def tracker_tooltip(self) -> str:
        return self.tr(
            "Agreements follow-up (PDF): open and overdue agreements by responsible "
            "institution, for the next session; of the initiative chosen above, or of every "
            "initiative"
        )


class PdfButton(QPushButton):
    def __init__(
        self,
        parent: QWidget,
        kinds: Sequence[DocumentKind],
        record_id: RecordId,
        text: str | None = None,
    ) -> None:
        """``text`` names the button when the document's own name does not fit, or when it
        offers several documents."""
        texts = PdfDocuments()
        super().__init__(text or texts.button_text(kinds[0]), parent)
        self.setObjectName("pdfButton")
        self.kinds = [DocumentKind(k) for k in kinds]
        self.record_id = record_id
        self.workspace: Any = None  # found through the window unless set (tests)
        self.worker: DbWorker | None = None
        self.task: Task | None = None
        self.actions_by_kind: dict[DocumentKind, QAction] = {}
        if len(self.kinds) == 1:
            self.setToolTip(texts.tooltip(self.kinds[0]))
            self.clicked.connect(lambda: self.export(self.kinds[0]))
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for kind in self.kinds:
            action = menu.addAction(texts.button_text(kind))
            action.setToolTip(texts.tooltip(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.actions_by_kind[kind] = action
        self.setMenu(menu)

    def export(self, kind: DocumentKind) -> Task | None:
        """Generate the document and show it (None when there is nothing to print)."""
        record_id = self.record_id()
        if record_id is None and kind is not DocumentKind.AGREEMENTS:
            return None
        workspace = self.workspace or find_workspace(self)
        if workspace is None:
            return None
        self.task = export_pdf(self, workspace, kind, record_id, self.worker)
        if self.task is not None:
            # One document at a time from a button (a second click would make a second).
            self.setEnabled(False)
            self.task.finished.connect(self._finished)
        return self.task

    def _finished(self) -> None:
        self.setEnabled(True)
        self.task = None


def find_workspace(widget: QWidget) -> Any:
    """The workspace of ``widget``'s window: the nearest ancestor holding one (with its
    ``reports`` service) as ``workspace``; None if there is none."""
    current: QObject | None = widget
    while current is not None:
        workspace = getattr(current, "workspace", None)
        if workspace is not None and hasattr(workspace, "reports"):
            return workspace
        current = current.parent()
    return None


# --- the pages' buttons ----------------------------------------------------------------------


def plan_button(parent: QWidget, plan_id: RecordId) -> PdfButton:
    return PdfButton(parent, [DocumentKind.ACTION_PLAN], plan_id)


def meeting_button(parent: QWidget, meeting_id: RecordId) -> PdfButton:
    kinds = [DocumentKind.MINUTES, DocumentKind.SIGN_IN]
    return PdfButton(parent, kinds, meeting_id, PdfDocuments().meeting_menu())


def initiative_button(parent: QWidget, initiative_id: RecordId) -> PdfButton:
    kinds = [DocumentKind.HANDOVER, DocumentKind.AGREEMENTS]
    return PdfButton(parent, kinds, initiative_id, PdfDocuments().initiative_menu())


def tracker_button(parent: QWidget, initiative_id: RecordId) -> PdfButton:
    """The agreements tracker's: the initiative of its filter, or every initiative."""
    texts = PdfDocuments()
    button = PdfButton(parent, [DocumentKind.AGREEMENTS], initiative_id, texts.tracker_text())
    button.setToolTip(texts.tracker_tooltip())
    return button
