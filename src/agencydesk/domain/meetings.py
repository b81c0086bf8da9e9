"""Meetings (sessions) of an initiative or an agenda: records, numbering, the lifecycle.

The lifecycle is planned → held → minutes approved, or planned → cancelled. Approved minutes
are read-only: the meeting's fields, agenda, attendance and its agreements' wording stay as
signed. Reopening them (back to held) is an explicit step with a reason, logged with who and
when like every other step. A cancelled meeting can be reinstated (back to planned).

What stays editable on a locked meeting is the *follow-up* of its agreements (status, date
done or cancelled, notes): that is what the next sessions and the tracker are for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from agencydesk.domain.attendance import AttendanceRecord
from agencydesk.domain.enums import MeetingKind, MeetingModality, MeetingStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.validation import MAX_NAME, check_required

S = MeetingStatus

_NEXT: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    S.PLANNED: (S.HELD, S.CANCELLED),
    S.HELD: (S.MINUTES_APPROVED,),
    S.MINUTES_APPROVED: (S.HELD,),  # reopening: needs a reason
    S.CANCELLED: (S.PLANNED,),  # reinstating
}

LOCKED: frozenset[MeetingStatus] = frozenset({S.MINUTES_APPROVED, S.CANCELLED})
"""Statuses in which the meeting's own content is read-only."""

DEFAULT_DURATION_HOURS = 2
DEFAULT_INTERVAL_DAYS = 30
"""The next meeting is proposed this many days after the current one when it names none."""


def next_statuses(status: MeetingStatus) -> tuple[MeetingStatus, ...]:
    """The statuses a meeting in ``status`` may move to, in the order buttons show them."""
    return _NEXT[MeetingStatus(status)]


def is_locked(status: MeetingStatus) -> bool:
    return MeetingStatus(status) in LOCKED


def is_reopening(old: MeetingStatus, new: MeetingStatus) -> bool:
    return MeetingStatus(old) is S.MINUTES_APPROVED and MeetingStatus(new) is S.HELD


def transition_errors(
    old: MeetingStatus,
    new: MeetingStatus,
    starts_on: date | None,
    reason: str | None,
    today: date | None = None,
) -> dict[str, str]:
    """Field errors of a lifecycle step; raises for a step the lifecycle does not allow.

    A meeting cannot be held before the day it starts, and reopening approved minutes needs
    a reason (it is what the log shows next to who and when).
    """
    old, new = MeetingStatus(old), MeetingStatus(new)
    if new not in next_statuses(old):
        raise UserError("bad_meeting_status_change", old=str(old), new=str(new))
    errors: dict[str, str] = {}
    held_early = starts_on is not None and starts_on > (today or date.today())
    if new is S.HELD and not is_reopening(old, new) and held_early:
        errors["starts_at"] = "not_started_yet"
    if is_reopening(old, new) and check_required(reason):
        errors["reason"] = "required"
    return errors


def is_reversal(change: StatusChange) -> bool:
    """Whether a row of the log was written by an undo (``undo_status_change``) rather than
    by a step of the lifecycle: a move the lifecycle does not offer (held back to planned),
    or approved minutes back to held without the reason a reopening always has. The undo of
    a step that has a lifecycle twin (cancel/reinstate, approve/reopen) reads as that twin.
    """
    if change.from_status is None:
        return False
    old, new = MeetingStatus(change.from_status), MeetingStatus(change.to_status)
    if new not in next_statuses(old):
        return True
    return is_reopening(old, new) and check_required(change.reason) is not None


def check_editable(status: MeetingStatus, title: str) -> None:
    """Refuse a change to the content of approved minutes or of a cancelled meeting."""
    if is_locked(status):
        code = (
            "minutes_locked" if MeetingStatus(status) is S.MINUTES_APPROVED else "meeting_cancelled"
        )
        raise UserError(code, title=title)


# --- numbering -------------------------------------------------------------------------------


def next_number(existing: list[int | None]) -> int:
    """The number after the highest one (numbers are per initiative or agenda, from 1).

    Gaps are kept, not filled: session 4 after 1, 2 and 5 would read as older than 5.
    """
    numbers = [n for n in existing if n is not None]
    return max(numbers, default=0) + 1


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """What the meeting form edits: everything but identity and status."""

    initiative_id: int | None = None
    agenda_id: int | None = None
    number: int | None = None
    title: str = ""
    kind: MeetingKind = MeetingKind.ORDINARY
    modality: MeetingModality = MeetingModality.IN_PERSON
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    place: str | None = None
    convener_id: int | None = None  # an organization
    minutes: str | None = None  # the general development of the session (plain text)
    next_meeting_on: date | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One logged step of the lifecycle (``from_status`` None: where the log starts)."""

    id: int
    from_status: MeetingStatus | None
    to_status: MeetingStatus
    changed_at: datetime
    changed_by: str | None = None
    reason: str | None = None
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    id: int
    uuid: str
    draft: MeetingDraft
    status: MeetingStatus = S.PLANNED
    owner_name: str | None = None  # the initiative's name or the agenda's title
    convener_name: str | None = None
    invited: int = 0
    attended: int = 0
    agreements: int = 0
    open_agreements: int = 0
    history: tuple[StatusChange, ...] = ()
    """Oldest first."""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def number(self) -> int | None:
        return self.draft.number

    @property
    def starts_on(self) -> date | None:
        return self.draft.starts_at.date() if self.draft.starts_at else None

    @property
    def is_locked(self) -> bool:
        return is_locked(self.status)

    @property
    def last_reopening(self) -> StatusChange | None:
        """The last time approved minutes were reopened (an undone approval is not one: it
        puts the meeting back where it was before it was approved)."""
        for change in reversed(self.history):
            if (
                change.from_status is not None
                and is_reopening(change.from_status, change.to_status)
                and not is_reversal(change)
            ):
                return change
        return None

    def name(self) -> str:
        """How sentences name it: "3. Tercera sesión…"."""
        return f"{self.number}. {self.title}" if self.number is not None else self.title


# --- validation ------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def clean_meeting(draft: MeetingDraft) -> MeetingDraft:
    return replace(
        draft,
        title=(draft.title or "").strip(),
        place=_clean(draft.place),
        # The minutes keep their inner line breaks and indentation (lists); only the ends go.
        minutes=(draft.minutes or "").strip("\n ") or None,
    )


def meeting_errors(draft: MeetingDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := check_required(draft.title):
        errors["title"] = err
    elif len(draft.title) > MAX_NAME:
        errors["title"] = "too_long"
    if len(draft.place or "") > MAX_NAME:
        errors["place"] = "too_long"
    if draft.starts_at is None:
        errors["starts_at"] = "required"
    elif draft.ends_at is not None and draft.ends_at < draft.starts_at:
        errors["ends_at"] = "end_before_start"
    if draft.number is not None and draft.number < 1:
        errors["number"] = "out_of_range"
    if (draft.initiative_id is None) == (draft.agenda_id is None):
        # Exactly one owner: the numbering, the participants and the pending agreements
        # all come from it.
        errors["initiative_id"] = "required"
    if (
        draft.next_meeting_on is not None
        and draft.starts_at is not None
        and draft.next_meeting_on < draft.starts_at.date()
    ):
        errors["next_meeting_on"] = "end_before_start"
    return errors


def validate_meeting(draft: MeetingDraft) -> MeetingDraft:
    cleaned = clean_meeting(draft)
    if errors := meeting_errors(cleaned):
        raise ValidationError(errors)
    return cleaned


# --- agenda items ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaItemDraft:
    """One point of the agenda and the development of the session on it.

    ``notes`` is plain text: paragraphs separated by a blank line, list lines starting with
    "- " or "1. ". Nothing is interpreted as HTML (a "<b>" typed by the user stays "<b>").
    """

    meeting_id: int
    title: str = ""
    notes: str | None = None
    bottleneck_ids: tuple[int, ...] = ()  # the bottlenecks discussed on this point


@dataclass(frozen=True, slots=True)
class AgendaItemRecord:
    id: int
    uuid: str
    draft: AgendaItemDraft
    position: int
    bottleneck_names: tuple[str, ...] = ()  # "CB-03 Guías…", in the order of bottleneck_ids
    # The uuids of the links to those bottlenecks, in the same order: an undone delete puts
    # the links back with them (uuids are what merging across databases goes by).
    link_uuids: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.draft.title


def validate_agenda_item(draft: AgendaItemDraft) -> AgendaItemDraft:
    cleaned = replace(
        draft,
        title=(draft.title or "").strip(),
        notes=(draft.notes or "").strip("\n ") or None,
        bottleneck_ids=tuple(dict.fromkeys(draft.bottleneck_ids)),
    )
    errors: dict[str, str] = {}
    if err := check_required(cleaned.title):
        errors["title"] = err
    elif len(cleaned.title) > MAX_NAME:
        errors["title"] = "too_long"
    if errors:
        raise ValidationError(errors)
    return cleaned


def proposed_next(current: MeetingRecord) -> MeetingDraft:
    """The draft of the session after ``current``: same owner, place, modality and convener;
    the date it named as next (or a month later) at the same hour; no number (the service
    proposes the next free one)."""
    d = current.draft
    start = d.starts_at
    if start is not None:
        if d.next_meeting_on is not None:
            start = datetime.combine(d.next_meeting_on, start.time())
        else:
            start = start + timedelta(days=DEFAULT_INTERVAL_DAYS)
    length = (d.ends_at - d.starts_at) if d.ends_at and d.starts_at else None
    return MeetingDraft(
        initiative_id=d.initiative_id,
        agenda_id=d.agenda_id,
        number=None,
        title="",
        kind=MeetingKind.ORDINARY,
        modality=d.modality,
        starts_at=start,
        ends_at=(start + length) if start is not None and length is not None else None,
        place=d.place,
        convener_id=d.convener_id,
    )


@dataclass(frozen=True, slots=True)
class MeetingQuery:
    """The Meetings list's filters; upcoming meetings soonest first, then past ones newest
    first."""

    text: str = ""
    initiative_id: int | None = None
    agenda_id: int | None = None
    status: MeetingStatus | None = None
    when: str | None = None  # "upcoming" (today or later) | "past" | None: both


@dataclass(frozen=True, slots=True)
class DeletedMeeting:
    """A deleted meeting with everything that went with it, so that undo puts it all back
    (its log is ``record.history``)."""

    record: MeetingRecord
    agenda_items: tuple[AgendaItemRecord, ...] = ()
    attendances: tuple[AttendanceRecord, ...] = ()

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def draft(self) -> MeetingDraft:
        return self.record.draft

    def name(self) -> str:
        return self.record.name()
