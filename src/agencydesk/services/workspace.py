"""Every service of one open database, built together (the UI's single entry to the data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from agencydesk.services.actors import ActorsService
from agencydesk.services.agendas import AgendasService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.backups import BackupService
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.services.dashboard import DashboardService
from agencydesk.services.database import Database
from agencydesk.services.history import HistoryService
from agencydesk.services.importing.service import ImportService
from agencydesk.services.indicators import IndicatorsService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.services.personal_data import PersonalDataService
from agencydesk.services.plans import PlansService
from agencydesk.services.reports.document import ReportSources
from agencydesk.services.reports.service import Office, ReportsService


@dataclass(frozen=True)
class Workspace:
    database: Database
    actors: ActorsService
    agendas: AgendasService
    initiatives: InitiativesService
    bottlenecks: BottlenecksService
    plans: PlansService
    indicators: IndicatorsService
    dashboard: DashboardService
    meetings: MeetingsService
    attendance: AttendanceService
    agreements: AgreementsService
    importing: ImportService
    reports: ReportsService
    backups: BackupService
    history: HistoryService
    personal_data: PersonalDataService

    @classmethod
    def open(
        cls,
        database: Database,
        current_user: Callable[[], str | None],
        day_first: Callable[[], bool] = lambda: True,
        office: Callable[[], Office] = Office,
        language: Callable[[], str] = lambda: "es",
    ) -> Workspace:
        """``current_user`` is read at each write (the user name can change in Settings);
        ``day_first`` when an import starts (dates of the country set in Settings);
        ``office`` (name and logo) and ``language`` when a PDF document is written."""
        uow = database.uow
        backups = BackupService.for_database(database)
        plans = PlansService(uow, current_user)
        indicators = IndicatorsService(uow, current_user)
        meetings = MeetingsService(uow, current_user)
        attendance = AttendanceService(uow, current_user)
        agreements = AgreementsService(uow, current_user)
        initiatives = InitiativesService(uow, current_user)
        bottlenecks = BottlenecksService(uow, current_user)
        personal_data = PersonalDataService(uow, current_user)
        sources = ReportSources(
            plans, indicators, meetings, attendance, agreements, initiatives, bottlenecks
        )
        sources = replace(sources, personal_data=personal_data)
        return cls(
            database=database,
            actors=ActorsService(uow, current_user),
            agendas=AgendasService(uow, current_user),
            initiatives=initiatives,
            bottlenecks=bottlenecks,
            plans=plans,
            indicators=indicators,
            dashboard=DashboardService(uow),
            meetings=meetings,
            attendance=attendance,
            agreements=agreements,
            importing=ImportService(uow, current_user, day_first, backups.before_import_undo),
            backups=backups,
            reports=ReportsService(sources, office, language),
            history=HistoryService(uow),
            personal_data=personal_data,
        )
