"""Agreements (*acuerdos / compromisos*) of a meeting, and how they are followed up.

An agreement belongs to the meeting where it was taken and is numbered there (1, 2, 3…). It
commits an *outside* institution (and a person of it), by a due date. Its status is open, done
or cancelled; *overdue* and *due soon* are computed from the due date, never stored.

Carried forward: the pending agreements of a meeting are those taken at earlier sessions of
the same initiative (or agenda) that were still open when it met: open now, or closed on or
after its date. So an agreement marked done at session N+1 is listed there, with its new
status, and no longer at session N+2. They are the same records, never copies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from agencydesk.domain.enums import AgreementStatus, MeetingStatus
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.meetings import is_locked
from agencydesk.domain.validation import check_not_future, check_required

A = AgreementStatus

DUE_SOON_DAYS = 7

MINUTES_FIELDS = (
    "meeting_id",
    "number",
    "text",
    "responsible_org_id",
    "responsible_person_id",
    "due_date",
    "action_id",
    "bottleneck_id",
)
"""What the minutes say: read-only once they are approved."""
FOLLOW_UP_FIELDS = ("status", "done_on", "cancelled_on", "follow_up")
"""How it is going: editable at any time, from its meeting, a later one or the tracker."""


class Urgency:
    """How the lists colour an agreement (plain strings, so the UI can key on them)."""

    OVERDUE = "overdue"  # open and past its due date: red
    DUE_SOON = "due_soon"  # open and due within DUE_SOON_DAYS: amber


def is_overdue(status: AgreementStatus, due: date | None, today: date) -> bool:
    return AgreementStatus(status) is A.OPEN and due is not None and due < today


def is_due_soon(status: AgreementStatus, due: date | None, today: date) -> bool:
    return (
        AgreementStatus(status) is A.OPEN
        and due is not None
        and today <= due <= today + timedelta(days=DUE_SOON_DAYS)
    )


def urgency(status: AgreementStatus, due: date | None, today: date) -> str | None:
    if is_overdue(status, due, today):
        return Urgency.OVERDUE
    if is_due_soon(status, due, today):
        return Urgency.DUE_SOON
    return None


def closed_on(
    status: AgreementStatus, done_on: date | None, cancelled_on: date | None
) -> date | None:
    status = AgreementStatus(status)
    if status is A.DONE:
        return done_on
    if status is A.CANCELLED:
        return cancelled_on
    return None


def is_pending_at(
    status: AgreementStatus, done_on: date | None, cancelled_on: date | None, meeting_on: date
) -> bool:
    """Whether an agreement of an earlier session is listed as pending in a meeting held on
    ``meeting_on``: still open, or closed that day or later (it was open when they met). A
    closed agreement without a date (data from before dates were kept) is not pending."""
    if AgreementStatus(status) is A.OPEN:
        return True
    closed = closed_on(status, done_on, cancelled_on)
    return closed is not None and closed >= meeting_on


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    meeting_id: int
    number: int | None = None  # None: the service gives the next one of the meeting
    text: str = ""
    responsible_org_id: int | None = None
    responsible_person_id: int | None = None
    due_date: date | None = None
    status: AgreementStatus = A.OPEN
    done_on: date | None = None
    cancelled_on: date | None = None
    follow_up: str | None = None
    action_id: int | None = None
    bottleneck_id: int | None = None


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    id: int
    uuid: str
    draft: AgreementDraft
    meeting_number: int | None = None
    meeting_title: str = ""
    meeting_starts_at: datetime | None = None
    meeting_status: MeetingStatus = MeetingStatus.PLANNED
    initiative_id: int | None = None
    agenda_id: int | None = None
    owner_name: str | None = None  # the initiative's name or the agenda's title
    responsible_org_name: str | None = None
    responsible_person_name: str | None = None
    action_name: str | None = None  # "A1.2 Aprobar planes…"
    bottleneck_name: str | None = None  # "CB-01 Demora…"
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def number(self) -> int | None:
        return self.draft.number

    @property
    def text(self) -> str:
        return self.draft.text

    @property
    def status(self) -> AgreementStatus:
        return self.draft.status

    @property
    def due_date(self) -> date | None:
        return self.draft.due_date

    @property
    def closed_on(self) -> date | None:
        return closed_on(self.draft.status, self.draft.done_on, self.draft.cancelled_on)

    @property
    def reference(self) -> str:
        """ "3.2": agreement 2 of session 3 (how minutes cite an earlier agreement)."""
        if self.meeting_number is None:
            return str(self.number or "")
        return f"{self.meeting_number}.{self.number}"

    @property
    def minutes_locked(self) -> bool:
        """Its wording is part of approved (or cancelled) minutes: only follow-up is editable."""
        return is_locked(self.meeting_status)

    def urgency(self, today: date) -> str | None:
        return urgency(self.draft.status, self.draft.due_date, today)

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self.draft.status, self.draft.due_date, today)

    def name(self) -> str:
        """How sentences name it: "3.2 Presentar el reporte…" (cut at 60 characters)."""
        text = self.text if len(self.text) <= 60 else self.text[:59] + "…"
        return f"{self.reference} {text}".strip()


@dataclass(frozen=True, slots=True)
class AgreementQuery:
    """The tracker's filters (all optional); results are sorted by due date, undated last."""

    initiative_id: int | None = None
    agenda_id: int | None = None
    meeting_id: int | None = None
    responsible_org_id: int | None = None
    status: AgreementStatus | None = None
    overdue_only: bool = False
    due_before: date | None = None  # due on or before this date
    text: str = ""


# --- validation ------------------------------------------------------------------------------


def clean_agreement(draft: AgreementDraft, today: date) -> AgreementDraft:
    """Trim text; keep only the closing date of the current status (a done agreement without a
    date is done today)."""
    status = AgreementStatus(draft.status)
    done_on = draft.done_on if status is A.DONE else None
    cancelled_on = draft.cancelled_on if status is A.CANCELLED else None
    if status is A.DONE and done_on is None:
        done_on = today
    if status is A.CANCELLED and cancelled_on is None:
        cancelled_on = today
    return replace(
        draft,
        text=(draft.text or "").strip(),
        follow_up=(draft.follow_up or "").strip() or None,
        done_on=done_on,
        cancelled_on=cancelled_on,
    )


def agreement_errors(draft: AgreementDraft, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if err := check_required(draft.text):
        errors["text"] = err
    if draft.number is not None and draft.number < 1:
        errors["number"] = "out_of_range"
    if err := check_not_future(draft.done_on, today):
        errors["done_on"] = err
    if err := check_not_future(draft.cancelled_on, today):
        errors["cancelled_on"] = err
    return errors


def meeting_date_errors(draft: AgreementDraft, meeting_on: date) -> dict[str, str]:
    """An agreement is taken at its meeting, held on ``meeting_on``: it cannot fall due, be
    done or be cancelled before that day (on the day itself it can). Such a date is a typo,
    most often of the year ("15/03/2024" for a session of 2025): refused, never guessed."""
    errors: dict[str, str] = {}
    if draft.due_date is not None and draft.due_date < meeting_on:
        errors["due_date"] = "due_before_meeting"
    for name in ("done_on", "cancelled_on"):
        day = getattr(draft, name)
        if day is not None and day < meeting_on:
            errors[name] = "closed_before_meeting"
    return errors


def validate_agreement(draft: AgreementDraft, today: date) -> AgreementDraft:
    cleaned = clean_agreement(draft, today)
    if errors := agreement_errors(cleaned, today):
        raise ValidationError(errors)
    return cleaned


def same_minutes(a: AgreementDraft, b: AgreementDraft) -> bool:
    """Whether two drafts say the same in the minutes (they may differ in follow-up)."""
    return all(getattr(a, f) == getattr(b, f) for f in MINUTES_FIELDS)


def marked_done(draft: AgreementDraft, on: date) -> AgreementDraft:
    return replace(draft, status=A.DONE, done_on=on, cancelled_on=None)
