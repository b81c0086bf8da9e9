"""Meetings (sessions) with their agenda items, attendance and agreements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agencydesk.data.models.base import Entity, enum_column
from agencydesk.domain.enums import (
    AgreementStatus,
    MeetingKind,
    MeetingModality,
    MeetingStatus,
    Representation,
)


def _restrict(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="RESTRICT")


class Meeting(Entity):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="times_order"),
    )

    initiative_id: Mapped[int | None] = mapped_column(_restrict("initiatives.id"), index=True)
    agenda_id: Mapped[int | None] = mapped_column(_restrict("agendas.id"), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[MeetingKind] = mapped_column(
        enum_column(MeetingKind, "meeting_kind"), default=MeetingKind.ORDINARY
    )
    modality: Mapped[MeetingModality] = mapped_column(
        enum_column(MeetingModality, "meeting_modality"), default=MeetingModality.IN_PERSON
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    # The organization that convenes the session (schema 0003). The default NO ACTION, not
    # RESTRICT: the column is added by ALTER TABLE, whose ON DELETE clause schema reflection
    # cannot read back; both refuse to delete an organization still named here.
    convener_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED
    )
    minutes: Mapped[str | None] = mapped_column(Text)
    next_meeting_on: Mapped[date | None] = mapped_column(Date)


class AgendaItem(Entity):
    """One point of a meeting's agenda (``Meeting.agenda_items`` in DOMAIN.md, ordered)."""

    __tablename__ = "meeting_agenda_items"

    meeting_id: Mapped[int] = mapped_column(_restrict("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    # The development of the session on this point: plain text with paragraphs and "- " lists.
    notes: Mapped[str | None] = mapped_column(Text)


class AgendaItemBottleneck(Entity):
    """A bottleneck discussed on an agenda item (schema 0003)."""

    __tablename__ = "agenda_item_bottlenecks"
    __table_args__ = (UniqueConstraint("agenda_item_id", "bottleneck_id"),)

    agenda_item_id: Mapped[int] = mapped_column(_restrict("meeting_agenda_items.id"), index=True)
    bottleneck_id: Mapped[int] = mapped_column(_restrict("bottlenecks.id"), index=True)


class MeetingStatusChange(Entity):
    """One step of a meeting's lifecycle, with who took it and when (schema 0003).

    Reopening approved minutes is such a step, with its reason: the log is how an office
    shows that a signed record was changed, by whom and why.
    """

    __tablename__ = "meeting_status_changes"

    meeting_id: Mapped[int] = mapped_column(_restrict("meetings.id"), index=True)
    from_status: Mapped[MeetingStatus | None] = mapped_column(
        enum_column(MeetingStatus, "meeting_change_from")
    )
    to_status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_change_to")
    )
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)


class Attendance(Entity):
    __tablename__ = "attendances"

    meeting_id: Mapped[int] = mapped_column(_restrict("meetings.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(_restrict("people.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(_restrict("organizations.id"), index=True)
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    excused: Mapped[bool] = mapped_column(Boolean, default=False)
    representation: Mapped[Representation] = mapped_column(
        enum_column(Representation, "attendance_representation"), default=Representation.TITULAR
    )


class Agreement(Entity):
    __tablename__ = "agreements"

    meeting_id: Mapped[int] = mapped_column(_restrict("meetings.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    responsible_org_id: Mapped[int | None] = mapped_column(
        _restrict("organizations.id"), index=True
    )
    responsible_person_id: Mapped[int | None] = mapped_column(_restrict("people.id"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus, "agreement_status"), default=AgreementStatus.OPEN
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    # When it was cancelled (schema 0003): like done_on, it decides until which session a
    # closed agreement is still listed as pending.
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    follow_up: Mapped[str | None] = mapped_column(Text)
    action_id: Mapped[int | None] = mapped_column(_restrict("actions.id"), index=True)
    bottleneck_id: Mapped[int | None] = mapped_column(_restrict("bottlenecks.id"), index=True)
