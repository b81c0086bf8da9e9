"""Agendas and goals, initiatives (mesas) with participants and bottlenecks, action plans,
actions with funding lines, indicators with measurements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agencydesk.data.models.base import Entity, enum_column
from agencydesk.domain.enums import (
    ActionStatus,
    AgendaStatus,
    BottleneckCategory,
    BottleneckStatus,
    FundingSource,
    GoalKind,
    IndicatorDirection,
    InitiativeFocus,
    InitiativeKind,
    InitiativeStatus,
    ParticipationRole,
    PlanStatus,
    Representation,
)

# Money: 18 digits, 2 decimals. Budgets in Chilean pesos reach the billions.
MONEY = Numeric(18, 2, asdecimal=True)


def _restrict(target: str) -> ForeignKey:
    """Foreign keys never cascade: deleting something others use is refused by the service."""
    return ForeignKey(target, ondelete="RESTRICT")


class Agenda(Entity):
    __tablename__ = "agendas"
    __table_args__ = (
        CheckConstraint(
            "period_end IS NULL OR period_start IS NULL OR period_end >= period_start",
            name="period_order",
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    territory_id: Mapped[int | None] = mapped_column(_restrict("territories.id"), index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    vision: Mapped[str | None] = mapped_column(Text)
    status: Mapped[AgendaStatus] = mapped_column(
        enum_column(AgendaStatus, "agenda_status"), default=AgendaStatus.DRAFT
    )
    convener_id: Mapped[int | None] = mapped_column(_restrict("organizations.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Goal(Entity):
    __tablename__ = "goals"

    agenda_id: Mapped[int] = mapped_column(_restrict("agendas.id"), index=True)
    kind: Mapped[GoalKind] = mapped_column(enum_column(GoalKind, "goal_kind"))
    statement: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Initiative(Entity):
    __tablename__ = "initiatives"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[InitiativeKind] = mapped_column(enum_column(InitiativeKind, "initiative_kind"))
    focus: Mapped[InitiativeFocus | None] = mapped_column(
        enum_column(InitiativeFocus, "initiative_focus")
    )
    sector: Mapped[str | None] = mapped_column(String(200))
    territory_id: Mapped[int | None] = mapped_column(_restrict("territories.id"), index=True)
    agenda_id: Mapped[int | None] = mapped_column(_restrict("agendas.id"), index=True)
    objective: Mapped[str | None] = mapped_column(Text)
    status: Mapped[InitiativeStatus] = mapped_column(
        enum_column(InitiativeStatus, "initiative_status"), default=InitiativeStatus.PROPOSED
    )
    started_on: Mapped[date | None] = mapped_column(Date)
    convener_id: Mapped[int | None] = mapped_column(_restrict("organizations.id"), index=True)
    coordinator_id: Mapped[int | None] = mapped_column(_restrict("people.id"), index=True)


class Participation(Entity):
    __tablename__ = "participations"
    __table_args__ = (
        CheckConstraint("until IS NULL OR since IS NULL OR until >= since", name="dates_order"),
    )

    initiative_id: Mapped[int] = mapped_column(_restrict("initiatives.id"), index=True)
    organization_id: Mapped[int] = mapped_column(_restrict("organizations.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(_restrict("people.id"), index=True)
    role: Mapped[ParticipationRole] = mapped_column(
        enum_column(ParticipationRole, "participation_role"), default=ParticipationRole.MEMBER
    )
    representation: Mapped[Representation] = mapped_column(
        enum_column(Representation, "participation_representation"),
        default=Representation.TITULAR,
    )
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class Bottleneck(Entity):
    __tablename__ = "bottlenecks"
    __table_args__ = (UniqueConstraint("initiative_id", "code", name="uq_bottlenecks_code"),)

    initiative_id: Mapped[int] = mapped_column(_restrict("initiatives.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[BottleneckCategory] = mapped_column(
        enum_column(BottleneckCategory, "bottleneck_category"), default=BottleneckCategory.OTHER
    )
    competent_entity_id: Mapped[int | None] = mapped_column(
        _restrict("organizations.id"), index=True
    )
    proposed_solution: Mapped[str | None] = mapped_column(Text)
    status: Mapped[BottleneckStatus] = mapped_column(
        enum_column(BottleneckStatus, "bottleneck_status"), default=BottleneckStatus.IDENTIFIED
    )
    identified_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution_evidence: Mapped[str | None] = mapped_column(Text)
    # use_alter: meetings point back to initiatives, so the cycle is broken at creation time.
    raised_in_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT", use_alter=True), index=True
    )


class ActionPlan(Entity):
    __tablename__ = "action_plans"
    __table_args__ = (
        CheckConstraint(
            "period_end IS NULL OR period_start IS NULL OR period_end >= period_start",
            name="period_order",
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    agenda_id: Mapped[int | None] = mapped_column(_restrict("agendas.id"), index=True)
    initiative_id: Mapped[int | None] = mapped_column(_restrict("initiatives.id"), index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(
        enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT
    )
    approved_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    currency: Mapped[str] = mapped_column(String(3), default="MXN")


class Action(Entity):
    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_order"
        ),
        CheckConstraint("progress_pct >= 0 AND progress_pct <= 100", name="progress_range"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_positive"),
    )

    plan_id: Mapped[int] = mapped_column(_restrict("action_plans.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(20))
    axis: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(_restrict("organizations.id"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(MONEY)
    funding_source: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.NOT_STARTED
    )
    progress_pct: Mapped[int] = mapped_column(Integer, default=0)
    indicator: Mapped[str | None] = mapped_column(String(300))
    target: Mapped[str | None] = mapped_column(String(100))
    unit: Mapped[str | None] = mapped_column(String(60))
    bottleneck_id: Mapped[int | None] = mapped_column(_restrict("bottlenecks.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class FundingLine(Entity):
    __tablename__ = "funding_lines"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_positive"),)

    action_id: Mapped[int] = mapped_column(_restrict("actions.id"), index=True)
    source: Mapped[FundingSource] = mapped_column(enum_column(FundingSource, "funding_source"))
    program: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)


class Indicator(Entity):
    __tablename__ = "indicators"

    plan_id: Mapped[int | None] = mapped_column(_restrict("action_plans.id"), index=True)
    agenda_id: Mapped[int | None] = mapped_column(_restrict("agendas.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(60))
    baseline: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    baseline_date: Mapped[date | None] = mapped_column(Date)
    target: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    target_date: Mapped[date | None] = mapped_column(Date)
    direction: Mapped[IndicatorDirection] = mapped_column(
        enum_column(IndicatorDirection, "indicator_direction"),
        default=IndicatorDirection.INCREASE,
    )


class Measurement(Entity):
    __tablename__ = "measurements"

    indicator_id: Mapped[int] = mapped_column(_restrict("indicators.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class AgendaPriority(Entity):
    """A priority sector or value chain of an agenda, in the agenda's order."""

    __tablename__ = "agenda_priorities"

    agenda_id: Mapped[int] = mapped_column(_restrict("agendas.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class BottleneckStatusChange(Entity):
    """One step of a bottleneck's workflow, with the date the user says it happened.

    Kept as rows (not only the audit trail) because the date is the office's fact to record
    ("agreed at the session of 3 March"), which may differ from when it was typed in.
    """

    __tablename__ = "bottleneck_status_changes"

    bottleneck_id: Mapped[int] = mapped_column(_restrict("bottlenecks.id"), index=True)
    status: Mapped[BottleneckStatus] = mapped_column(
        enum_column(BottleneckStatus, "bottleneck_change_status")
    )
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
