"""The areas of the main window over one workspace, and the links between them.

Each area is built once per open database. A page that shows a plan or an initiative embeds
the same kinds of panels everywhere (a plan with its timeline and indicators; an initiative
with its bottlenecks and plan), so they are assembled here rather than inside each area.
Links (the dashboard's figures, an agenda's initiatives, an organization's mesas) are routed
here too, so no area needs to know another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from agencydesk.domain.enums import ActionStatus
from agencydesk.services.workspace import Workspace
from agencydesk.ui.actors import ActorsArea
from agencydesk.ui.agendas import AgendasArea
from agencydesk.ui.agreements import AgreementsArea
from agencydesk.ui.bottlenecks import BottlenecksPanel
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.indicators import IndicatorsPanel
from agencydesk.ui.initiatives import InitiativesArea
from agencydesk.ui.meetings.agreements_tab import AgreementsTab
from agencydesk.ui.meetings.area import MeetingsArea
from agencydesk.ui.meetings.attendance_tab import AttendanceTab
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.meetings_panel import MeetingsPanel
from agencydesk.ui.meetings.minutes_tab import MinutesTab
from agencydesk.ui.plans import PlanPanel, PlansArea
from agencydesk.ui.plans.timeline import TimelineView


class Areas(QObject):
    show_requested = Signal(QWidget)
    """An area should come to the front (the main window selects it in the navigation)."""
    data_changed = Signal()
    """Some area wrote to the database: the others read again when next shown."""

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        w = workspace
        # Each area or panel below takes its own copy (``with_notify``): its writes tell it.
        meetings_context = MeetingsContext.build(w, undo_stack)
        self.dashboard = DashboardPage(w.dashboard)
        agenda_meetings = MeetingsPanel(meetings_context)
        self.agendas = AgendasArea(
            w.actors,
            w.agendas,
            undo_stack,
            indicators_panel=IndicatorsPanel(w.indicators, undo_stack),
            meetings_panel=agenda_meetings,
            load_now=False,
        )
        initiative_meetings = MeetingsPanel(meetings_context)
        self.initiatives = InitiativesArea(
            w.actors,
            w.initiatives,
            undo_stack,
            agenda_choices=w.agendas.agenda_choices,
            bottlenecks_panel=BottlenecksPanel(w.actors, w.bottlenecks, undo_stack),
            plan_panel=self._plan_panel(w, undo_stack),
            meetings_panel=initiative_meetings,
            load_now=False,
        )
        self.plans = PlansArea(
            w.actors,
            w.plans,
            undo_stack,
            plan_panel=self._plan_panel(w, undo_stack),
            load_now=False,
        )
        self.meetings = MeetingsArea(meetings_context, load_now=False)
        tabs = self.meetings.context
        self.meetings.add_tab("attendance", AttendanceTab(tabs))
        self.meetings.add_tab("minutes", MinutesTab(tabs))
        self.meetings.add_tab("agreements", AgreementsTab(tabs))
        self.agreements = AgreementsArea(meetings_context, load_now=False)
        self.actors = ActorsArea(w.actors, undo_stack, load_now=False)
        self._stale: set[QWidget] = set()

        for area in self.data_areas():
            area.data_changed.connect(self._changed)
        # The agenda's sessions are written from its page, which tells nobody else.
        agenda_meetings.data_changed.connect(self._changed)
        self.dashboard.navigate.connect(self.follow)
        self.agendas.initiative_requested.connect(self.open_initiative)
        self.agendas.plan_requested.connect(self.open_plan)
        self.actors.initiative_requested.connect(self.open_initiative)
        for panel in (agenda_meetings, initiative_meetings):
            panel.meeting_requested.connect(self.open_meeting)
        self.meetings.initiative_requested.connect(self.open_initiative)
        self.meetings.agenda_requested.connect(self.open_agenda)
        self.agreements.meeting_requested.connect(self.open_meeting)

    @staticmethod
    def _plan_panel(w: Workspace, undo_stack: QUndoStack) -> PlanPanel:
        return PlanPanel(
            w.actors,
            w.plans,
            undo_stack,
            indicators_panel=IndicatorsPanel(w.indicators, undo_stack),
            timeline_factory=TimelineView,
        )

    def data_areas(self) -> list:
        """The areas that edit data, in navigation order."""
        return [
            self.agendas,
            self.initiatives,
            self.plans,
            self.meetings,
            self.agreements,
            self.actors,
        ]

    def confirm_close(self) -> bool:
        """Whether every area may go away (each asks about its own half-typed form)."""
        return all(area.confirm_close() for area in self.data_areas())

    # --- reading again -----------------------------------------------------------------------

    def _changed(self) -> None:
        sender = self.sender()
        self._stale.update(a for a in [self.dashboard, *self.data_areas()] if a is not sender)
        self.data_changed.emit()

    def shown(self, area: QWidget) -> None:
        """The main window brought ``area`` to the front: read it again if others wrote."""
        if area in self._stale:
            self._stale.discard(area)
            refresh = getattr(area, "refresh", None)
            if refresh is not None:
                refresh()

    def load_first(self, area: QWidget) -> None:
        """After the window's first paint: read the visible area now, the others when shown."""
        self._stale.update(a for a in [self.dashboard, *self.data_areas()] if a is not area)
        refresh = getattr(area, "refresh", None)
        if refresh is not None:
            refresh()

    # --- links ------------------------------------------------------------------------------

    def open_initiative(self, initiative_id: int, tab: str | None = None) -> None:
        self._bring(self.initiatives)
        self.initiatives.show_initiative(initiative_id, tab)

    def open_plan(self, plan_id: int) -> None:
        self._bring(self.plans)
        self.plans.show_plan(plan_id)

    def open_agenda(self, agenda_id: int) -> None:
        self._bring(self.agendas)
        self.agendas.show_agenda(agenda_id)

    def open_meeting(self, meeting_id: int, tab: str | None = None) -> None:
        """A meeting's page, on ``tab`` ("attendance", "minutes", "agreements")."""
        self._bring(self.meetings)
        self.meetings.show_meeting(meeting_id, tab or None)

    def _bring(self, area: QWidget) -> None:
        self.show_requested.emit(area)
        self.shown(area)

    def follow(self, target: str, params: dict) -> None:
        """A figure of the dashboard was clicked: show the list (or record) behind it; the
        targets are listed in ``DashboardPage``'s docstring, plus ("meetings", {filters of
        ``MeetingsArea.show_list``})."""
        match target:
            case "actions":
                self._bring(self.plans)
                status = params.get("status")
                self.plans.show_actions(
                    status=ActionStatus(status) if status else None,
                    delayed=params.get("delayed"),
                )
            case "plan":
                self.open_plan(int(params["plan_id"]))
            case "plans":
                self._bring(self.plans)
                self.plans.show_list()
            case "initiative":
                self.open_initiative(int(params["initiative_id"]), params.get("tab"))
            case "initiatives":
                self._bring(self.initiatives)
                self.initiatives.show_list(**params)
            case "organizations":
                self._bring(self.actors)
                self.actors.show_organizations(**params)
            case "people":
                self._bring(self.actors)
                self.actors.show_people(**params)
            case "meeting":
                self.open_meeting(int(params["meeting_id"]), params.get("tab"))
            case "meetings":
                self._bring(self.meetings)
                self.meetings.show_list(**params)
            case "agreements":
                self._bring(self.agreements)
                self.agreements.show_list(**params)
