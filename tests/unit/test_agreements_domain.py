"""The rules of domain/agreements.py: overdue, due soon, pending at a later session, cleaning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from agencydesk.domain.agreements import (
    DUE_SOON_DAYS,
    AgreementDraft,
    AgreementRecord,
    Urgency,
    is_due_soon,
    is_overdue,
    is_pending_at,
    marked_done,
    same_minutes,
    urgency,
    validate_agreement,
)
from agencydesk.domain.enums import AgreementStatus, MeetingStatus
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.meetings import is_locked

A = AgreementStatus
TODAY = date(2025, 6, 10)


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.mark.parametrize(
    ("due", "overdue", "soon"),
    [
        (-30, True, False),
        (-1, True, False),  # yesterday: overdue
        (0, False, True),  # today: not late yet, due soon
        (1, False, True),
        (DUE_SOON_DAYS, False, True),  # the seventh day still is
        (DUE_SOON_DAYS + 1, False, False),
        (None, False, False),  # undated: never late, never soon
    ],
)
def test_overdue_and_due_soon_boundaries(due: int | None, overdue: bool, soon: bool) -> None:
    day = _days(due) if due is not None else None
    assert is_overdue(A.OPEN, day, TODAY) is overdue
    assert is_due_soon(A.OPEN, day, TODAY) is soon
    expected = Urgency.OVERDUE if overdue else Urgency.DUE_SOON if soon else None
    assert urgency(A.OPEN, day, TODAY) == expected
    for closed in (A.DONE, A.CANCELLED):  # closed agreements are never late nor pressing
        assert not is_overdue(closed, day, TODAY)
        assert not is_due_soon(closed, day, TODAY)
        assert urgency(closed, day, TODAY) is None


def test_the_rules_accept_the_stored_codes() -> None:
    assert is_overdue("open", _days(-1), TODAY)  # type: ignore[arg-type]
    assert is_due_soon("open", TODAY, TODAY)  # type: ignore[arg-type]
    assert not is_overdue("done", _days(-1), TODAY)  # type: ignore[arg-type]


def test_pending_at_a_meeting_open_or_closed_that_day_or_later() -> None:
    meeting_on = TODAY
    assert is_pending_at(A.OPEN, None, None, meeting_on)
    # Done or cancelled on the day of the session: it was open when they met.
    assert is_pending_at(A.DONE, meeting_on, None, meeting_on)
    assert is_pending_at(A.CANCELLED, None, meeting_on, meeting_on)
    assert is_pending_at(A.DONE, _days(3), None, meeting_on)
    # Closed before the session: no longer pending there.
    assert not is_pending_at(A.DONE, _days(-1), None, meeting_on)
    assert not is_pending_at(A.CANCELLED, None, _days(-1), meeting_on)
    # Closed without a date (data from before dates were kept): not pending.
    assert not is_pending_at(A.DONE, None, None, meeting_on)
    assert not is_pending_at(A.CANCELLED, None, None, meeting_on)
    # The closing date of the *other* status does not count.
    assert not is_pending_at(A.DONE, None, _days(5), meeting_on)
    assert not is_pending_at(A.CANCELLED, _days(5), None, meeting_on)


def test_an_agreement_done_at_session_n_plus_1_is_not_pending_at_n_plus_2() -> None:
    session_2, session_3 = TODAY, _days(30)
    done = marked_done(AgreementDraft(meeting_id=1, number=3, text="Enviar el padrón"), session_2)
    assert is_pending_at(done.status, done.done_on, done.cancelled_on, session_2)
    assert not is_pending_at(done.status, done.done_on, done.cancelled_on, session_3)


def test_validate_trims_and_keeps_only_the_closing_date_of_the_status() -> None:
    draft = AgreementDraft(
        meeting_id=1,
        text="  Presentar el informe  ",
        follow_up="   ",
        status=A.OPEN,
        done_on=_days(-3),
        cancelled_on=_days(-2),
    )
    cleaned = validate_agreement(draft, TODAY)
    assert cleaned.text == "Presentar el informe"
    assert cleaned.follow_up is None
    assert (cleaned.done_on, cleaned.cancelled_on) == (None, None)

    done = validate_agreement(
        AgreementDraft(meeting_id=1, text="x", status=A.DONE, cancelled_on=_days(-2)), TODAY
    )
    assert (done.done_on, done.cancelled_on) == (TODAY, None)  # done without a date: today
    kept = validate_agreement(
        AgreementDraft(meeting_id=1, text="x", status=A.DONE, done_on=_days(-4)), TODAY
    )
    assert kept.done_on == _days(-4)

    cancelled = validate_agreement(
        AgreementDraft(meeting_id=1, text="x", status=A.CANCELLED, done_on=_days(-2)), TODAY
    )
    assert (cancelled.done_on, cancelled.cancelled_on) == (None, TODAY)


def test_validate_refuses_blank_text_bad_number_and_future_closing_dates() -> None:
    with pytest.raises(ValidationError) as error:
        validate_agreement(AgreementDraft(meeting_id=1, text="   ", number=0), TODAY)
    assert error.value.fields == {"text": "required", "number": "out_of_range"}
    with pytest.raises(ValidationError) as error:
        validate_agreement(
            AgreementDraft(meeting_id=1, text="x", status=A.DONE, done_on=_days(1)), TODAY
        )
    assert error.value.fields == {"done_on": "future_date"}
    with pytest.raises(ValidationError) as error:
        validate_agreement(
            AgreementDraft(meeting_id=1, text="x", status=A.CANCELLED, cancelled_on=_days(1)),
            TODAY,
        )
    assert error.value.fields == {"cancelled_on": "future_date"}


def test_same_minutes_ignores_follow_up_only() -> None:
    draft = AgreementDraft(meeting_id=1, number=2, text="Circular el acta", due_date=TODAY)
    followed = marked_done(draft, TODAY)
    assert same_minutes(draft, followed)
    assert same_minutes(draft, replace(draft, follow_up="Enviado", status=A.CANCELLED))
    assert not same_minutes(draft, replace(draft, text="Otro texto"))
    assert not same_minutes(draft, replace(draft, due_date=_days(1)))
    assert not same_minutes(draft, replace(draft, responsible_org_id=7))


def test_record_reference_name_lock_and_closing_date() -> None:
    draft = AgreementDraft(
        meeting_id=4, number=2, text="Presentar " + "el reporte " * 10, status=A.CANCELLED
    )
    record = AgreementRecord(
        id=1,
        uuid="u",
        draft=draft,
        meeting_number=3,
        meeting_starts_at=datetime(2025, 6, 1, 9),
        meeting_status=MeetingStatus.MINUTES_APPROVED,
    )
    assert record.reference == "3.2"
    assert record.name().startswith("3.2 Presentar") and record.name().endswith("…")
    assert record.minutes_locked
    assert not AgreementRecord(1, "u", draft, meeting_status=MeetingStatus.HELD).minutes_locked
    assert AgreementRecord(1, "u", draft, meeting_status=MeetingStatus.CANCELLED).minutes_locked
    for status in MeetingStatus:  # the meetings' own lock rule, also on stored codes
        locked = AgreementRecord(1, "u", draft, meeting_status=status.value).minutes_locked
        assert locked == is_locked(status)
    assert record.closed_on is None  # cancelled without a date
    assert AgreementRecord(1, "u", marked_done(draft, TODAY)).closed_on == TODAY
