"""The PDF documents as one service call, shared by the UI and the CLI.

reportlab and the document modules are imported on the first call, not with this module:
the program and the CLI start without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.reports.document import DocumentBuilder, ReportSources
from agencydesk.services.reports.texts import ReportTexts


class DocumentKind(StrEnum):
    ACTION_PLAN = "action-plan"  # id: the plan
    MINUTES = "minutes"  # id: the meeting
    SIGN_IN = "sign-in"  # id: the meeting
    AGREEMENTS = "agreements"  # id: the initiative, or None for every initiative
    HANDOVER = "handover"  # id: the initiative
    PERSON_DATA = "person-data"  # id: the person


# kind -> (module of this package, class): imported when first asked for.
_BUILDERS: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.ACTION_PLAN: ("action_plan", "ActionPlanDocument"),
    DocumentKind.MINUTES: ("minutes", "MinutesDocument"),
    DocumentKind.SIGN_IN: ("sign_in", "SignInDocument"),
    DocumentKind.AGREEMENTS: ("agreements_followup", "AgreementsFollowUpDocument"),
    DocumentKind.HANDOVER: ("handover", "HandoverDocument"),
    DocumentKind.PERSON_DATA: ("person_data", "PersonDataDocument"),
}


@dataclass(frozen=True)
class Office:
    name: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class WrittenDocument:
    path: Path
    pages: int
    title: str


class PageTexts(ReportTexts):
    """The words of every page's footer."""

    def page_label(self) -> str:
        return self.tr("Page %1 of %2")

    def generated_label(self) -> str:
        return self.tr("Generated on %1")


class ReportsService:
    def __init__(
        self,
        sources: ReportSources,
        office: Callable[[], Office] = Office,
        language: Callable[[], str] = lambda: "es",
    ) -> None:
        """``office`` and ``language`` are read at each document (Settings can change)."""
        self._sources = sources
        self._office = office
        self._language = language

    def builder(
        self,
        kind: DocumentKind,
        language: str | None = None,
        today: date | None = None,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> DocumentBuilder:
        module, name = _BUILDERS[DocumentKind(kind)]
        cls = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        return cls(
            language or self._language(), self._sources, today or date.today(), progress, cancel
        )

    def write(
        self,
        kind: DocumentKind,
        record_id: int | None,
        out: Path,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
        language: str | None = None,
        today: date | None = None,
    ) -> WrittenDocument:
        """Build the document of ``kind`` for ``record_id`` and write it to ``out``.

        Raises ``UserError`` (a record that does not exist, a full disk, a read-only folder)
        or ``Cancelled``; ``out`` is then untouched."""
        from reportlab.lib.pagesizes import A4, landscape

        from agencydesk.services.reports.layout import PageFrame, write_pdf

        language = language or self._language()
        builder = self.builder(kind, language, today, progress, cancel)
        draft = builder.draft(record_id)
        office = self._office()
        page_texts = PageTexts(language)
        frame = PageFrame(
            office_name=office.name,
            logo=office.logo,
            document_title=draft.title,
            short_id=draft.short_id,
            generated_at=datetime.now(),
            page_label=page_texts.page_label(),
            generated_label=page_texts.generated_label(),
        )
        pagesize = landscape(A4) if draft.landscape else A4
        pages = write_pdf(Path(out), draft.story, frame, pagesize, progress, cancel)
        return WrittenDocument(Path(out), pages, draft.title)
