"""What a document module hands to the service: its story, its title and its page size.

Each document (``action_plan``, ``minutes``, ``sign_in``, ``agreements_followup``,
``handover``) is a class deriving from ``DocumentBuilder``: it reads records through
``ReportSources`` (the services, never the database), and writes its labels as ``self.tr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.reports.texts import ReportTexts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agencydesk.services.agreements import AgreementsService
    from agencydesk.services.attendance import AttendanceService
    from agencydesk.services.bottlenecks import BottlenecksService
    from agencydesk.services.indicators import IndicatorsService
    from agencydesk.services.initiatives import InitiativesService
    from agencydesk.services.meetings import MeetingsService
    from agencydesk.services.personal_data import PersonalDataService
    from agencydesk.services.plans import PlansService


@dataclass(frozen=True)
class ReportSources:
    """The services documents read from (each opens its own short read transaction)."""

    plans: PlansService
    indicators: IndicatorsService
    meetings: MeetingsService
    attendance: AttendanceService
    agreements: AgreementsService
    initiatives: InitiativesService
    bottlenecks: BottlenecksService
    personal_data: PersonalDataService | None = None  # the person-data document's


@dataclass
class Draft:
    """A document ready to be laid out."""

    title: str  # printed at the top right of every page and stored as the PDF's title
    short_id: str  # printed in every footer: "PA-1a2b3c4d" (a prefix and the record's uuid)
    story: list[Flowable] = field(default_factory=list)
    landscape: bool = False


class DocumentBuilder(ReportTexts):
    """Base of the document classes: ``draft(record_id)`` returns the ``Draft``."""

    prefix = "DOC"  # the short id's prefix

    def __init__(
        self,
        language: str,
        sources: ReportSources,
        today: date,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        super().__init__(language)
        self.sources = sources
        self.today = today
        self.progress = progress
        self.cancel = cancel

    def short_id(self, uuid: str | None) -> str:
        return f"{self.prefix}-{(uuid or '').replace('-', '')[:8] or 'all'}"

    def draft(self, record_id: Any) -> Draft:
        raise NotImplementedError
