"""The meeting rules with no database: lifecycle steps, numbering, the next session, and the
form's validation."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agencydesk.domain.enums import MeetingKind, MeetingModality, MeetingStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.meetings import (
    AgendaItemDraft,
    MeetingDraft,
    MeetingRecord,
    StatusChange,
    check_editable,
    is_locked,
    is_reversal,
    next_number,
    next_statuses,
    proposed_next,
    transition_errors,
    validate_agenda_item,
    validate_meeting,
)

S = MeetingStatus
TODAY = date(2025, 3, 14)


def draft(**changes: object) -> MeetingDraft:
    values: dict[str, object] = {
        "initiative_id": 1,
        "title": "Tercera sesión",
        "starts_at": datetime(2025, 3, 10, 9, 0),
        "ends_at": datetime(2025, 3, 10, 12, 0),
        "place": "Pucallpa",
    }
    values.update(changes)
    return MeetingDraft(**values)  # type: ignore[arg-type]


# --- lifecycle -------------------------------------------------------------------------------


def test_the_lifecycle_allows_only_its_steps() -> None:
    assert next_statuses(S.PLANNED) == (S.HELD, S.CANCELLED)
    assert next_statuses(S.HELD) == (S.MINUTES_APPROVED,)
    assert next_statuses(S.MINUTES_APPROVED) == (S.HELD,)
    assert next_statuses(S.CANCELLED) == (S.PLANNED,)
    for old, new in [
        (S.PLANNED, S.MINUTES_APPROVED),
        (S.HELD, S.PLANNED),
        (S.HELD, S.CANCELLED),
        (S.MINUTES_APPROVED, S.CANCELLED),
        (S.CANCELLED, S.HELD),
        (S.PLANNED, S.PLANNED),
    ]:
        with pytest.raises(UserError) as caught:
            transition_errors(old, new, TODAY, "why", TODAY)
        assert caught.value.code == "bad_meeting_status_change"
        assert caught.value.params == {"old": old.value, "new": new.value}


def test_a_meeting_cannot_be_held_before_its_day() -> None:
    tomorrow = date(2025, 3, 15)
    assert transition_errors(S.PLANNED, S.HELD, tomorrow, None, TODAY) == {
        "starts_at": "not_started_yet"
    }
    assert transition_errors(S.PLANNED, S.HELD, TODAY, None, TODAY) == {}
    # Cancelling a future meeting is fine; so is reopening (it was held already).
    assert transition_errors(S.PLANNED, S.CANCELLED, tomorrow, None, TODAY) == {}
    assert transition_errors(S.MINUTES_APPROVED, S.HELD, tomorrow, "typo", TODAY) == {}


def test_reopening_approved_minutes_needs_a_reason() -> None:
    assert transition_errors(S.MINUTES_APPROVED, S.HELD, TODAY, None, TODAY) == {
        "reason": "required"
    }
    assert transition_errors(S.MINUTES_APPROVED, S.HELD, TODAY, "   ", TODAY) == {
        "reason": "required"
    }
    assert transition_errors(S.MINUTES_APPROVED, S.HELD, TODAY, "A name was wrong", TODAY) == {}
    # No other step asks for one.
    assert transition_errors(S.HELD, S.MINUTES_APPROVED, TODAY, None, TODAY) == {}


def test_approved_and_cancelled_meetings_are_locked() -> None:
    assert [s for s in S if is_locked(s)] == [S.MINUTES_APPROVED, S.CANCELLED]
    check_editable(S.PLANNED, "x")
    check_editable(S.HELD, "x")
    with pytest.raises(UserError) as caught:
        check_editable(S.MINUTES_APPROVED, "Sesión 3")
    assert (caught.value.code, caught.value.params) == ("minutes_locked", {"title": "Sesión 3"})
    with pytest.raises(UserError) as caught:
        check_editable(S.CANCELLED, "Sesión 4")
    assert caught.value.code == "meeting_cancelled"


def test_the_last_reopening_is_found_in_the_history() -> None:
    at = datetime(2025, 3, 1, 10, 0)
    history = (
        StatusChange(1, None, S.PLANNED, at),
        StatusChange(2, S.PLANNED, S.HELD, at),
        StatusChange(3, S.HELD, S.MINUTES_APPROVED, at),
        StatusChange(4, S.MINUTES_APPROVED, S.HELD, at, "ana", "Wrong date"),
    )
    record = MeetingRecord(1, "u", draft(), S.HELD, history=history)
    assert record.last_reopening == history[3]
    assert MeetingRecord(1, "u", draft(), history=history[:3]).last_reopening is None


def test_rows_written_by_an_undo_are_told_apart_and_are_no_reopening() -> None:
    at = datetime(2025, 3, 1, 10, 0)
    reopened = StatusChange(4, S.MINUTES_APPROVED, S.HELD, at, "ana", "Wrong date")
    approved = StatusChange(5, S.HELD, S.MINUTES_APPROVED, at, "ana")
    approval_undone = StatusChange(6, S.MINUTES_APPROVED, S.HELD, at, "ana")
    hold_undone = StatusChange(7, S.HELD, S.PLANNED, at, "ana")
    assert [is_reversal(c) for c in (reopened, approved, approval_undone, hold_undone)] == [
        False,
        False,
        True,
        True,
    ]
    assert not is_reversal(StatusChange(1, None, S.PLANNED, at))
    # Back where it was before the approval: the earlier reopening is the one to show.
    history = (StatusChange(1, None, S.PLANNED, at), reopened, approved, approval_undone)
    assert MeetingRecord(1, "u", draft(), S.HELD, history=history).last_reopening == reopened
    assert MeetingRecord(1, "u", draft(), S.HELD, history=history[2:]).last_reopening is None


# --- numbering -------------------------------------------------------------------------------


def test_next_number_follows_the_highest_and_keeps_gaps() -> None:
    assert next_number([]) == 1
    assert next_number([None]) == 1
    assert next_number([1, 2, 3]) == 4
    assert next_number([1, 2, 5]) == 6  # 3 and 4 are not reused
    assert next_number([5, None, 2]) == 6


# --- the next session ------------------------------------------------------------------------


def test_proposed_next_uses_the_date_the_meeting_named() -> None:
    current = MeetingRecord(
        7,
        "u",
        draft(
            number=3,
            kind=MeetingKind.EXTRAORDINARY,
            modality=MeetingModality.HYBRID,
            convener_id=4,
            next_meeting_on=date(2025, 4, 8),
            minutes="Se acordó…",
        ),
        S.HELD,
    )
    proposed = proposed_next(current)
    assert proposed.initiative_id == 1 and proposed.agenda_id is None
    assert proposed.number is None and proposed.title == "" and proposed.minutes is None
    assert proposed.kind is MeetingKind.ORDINARY  # an extraordinary session is not a habit
    assert (proposed.modality, proposed.place, proposed.convener_id) == (
        MeetingModality.HYBRID,
        "Pucallpa",
        4,
    )
    assert proposed.starts_at == datetime(2025, 4, 8, 9, 0)
    assert proposed.ends_at == datetime(2025, 4, 8, 12, 0)  # same length


def test_proposed_next_is_a_month_later_when_no_date_was_named() -> None:
    proposed = proposed_next(MeetingRecord(7, "u", draft(ends_at=None)))
    assert proposed.starts_at == datetime(2025, 4, 9, 9, 0)
    assert proposed.ends_at is None


# --- validation ------------------------------------------------------------------------------


def test_validate_meeting_cleans_and_checks() -> None:
    cleaned = validate_meeting(draft(title="  Sesión  ", place="  ", minutes="\n  - uno\n"))
    assert cleaned.title == "Sesión" and cleaned.place is None
    assert cleaned.minutes == "- uno"  # inner indentation and list marks are kept
    cases = {
        "title": draft(title="  "),
        "starts_at": draft(starts_at=None, ends_at=None),
        "ends_at": draft(ends_at=datetime(2025, 3, 10, 8, 0)),
        "number": draft(number=0),
        "next_meeting_on": draft(next_meeting_on=date(2025, 3, 1)),
    }
    for field, bad in cases.items():
        with pytest.raises(ValidationError) as caught:
            validate_meeting(bad)
        assert field in caught.value.fields, field
    with pytest.raises(ValidationError) as caught:
        validate_meeting(draft(title="x" * 301))
    assert caught.value.fields == {"title": "too_long"}


def test_a_meeting_has_exactly_one_owner() -> None:
    for initiative_id, agenda_id in ((None, None), (1, 2)):
        with pytest.raises(ValidationError) as caught:
            validate_meeting(draft(initiative_id=initiative_id, agenda_id=agenda_id))
        assert caught.value.fields == {"initiative_id": "required"}
    assert validate_meeting(draft(initiative_id=None, agenda_id=2)).agenda_id == 2


def test_validate_agenda_item_keeps_plain_text_and_drops_repeated_bottlenecks() -> None:
    item = validate_agenda_item(
        AgendaItemDraft(1, "  Seguimiento ", "\n<b>uno</b>\n\n- dos\n", (3, 1, 3))
    )
    assert item.title == "Seguimiento"
    assert item.notes == "<b>uno</b>\n\n- dos"  # nothing interpreted as HTML
    assert item.bottleneck_ids == (3, 1)
    with pytest.raises(ValidationError) as caught:
        validate_agenda_item(AgendaItemDraft(1, " "))
    assert caught.value.fields == {"title": "required"}
