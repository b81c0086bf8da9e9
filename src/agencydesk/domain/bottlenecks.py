"""Bottlenecks (cuellos de botella) of an initiative: records, the status workflow, validation.

The workflow is identified → solution agreed → in progress → resolved, and any open bottleneck
may be dropped. A resolved or dropped one may be reopened (back to in progress), but only as an
explicit step of its own: it is dated and kept in the history like any other.

Invariant kept by the service: ``resolved_on`` and ``resolution_evidence`` are set exactly when
the status is resolved (a reopening clears them; undoing the reopening puts them back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from agencydesk.domain.enums import BottleneckCategory, BottleneckStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.records import coded_name
from agencydesk.domain.validation import MAX_NAME, check_not_future, check_required

S = BottleneckStatus

MAX_CODE = 20  # the column's width

_NEXT: dict[BottleneckStatus, tuple[BottleneckStatus, ...]] = {
    S.IDENTIFIED: (S.SOLUTION_AGREED, S.DROPPED),
    S.SOLUTION_AGREED: (S.IN_PROGRESS, S.DROPPED),
    S.IN_PROGRESS: (S.RESOLVED, S.DROPPED),
    S.RESOLVED: (S.IN_PROGRESS,),
    S.DROPPED: (S.IN_PROGRESS,),
}

WORKFLOW: tuple[BottleneckStatus, ...] = (
    S.IDENTIFIED,
    S.SOLUTION_AGREED,
    S.IN_PROGRESS,
    S.RESOLVED,
)
"""The main path, in order (dropped is a way out of it, not a step on it)."""

CLOSED: frozenset[BottleneckStatus] = frozenset({S.RESOLVED, S.DROPPED})
OPEN: frozenset[BottleneckStatus] = frozenset(S) - CLOSED
"""Still to solve: the register's "Open" filter, the initiative list and Home count these."""


def next_statuses(status: BottleneckStatus) -> tuple[BottleneckStatus, ...]:
    """The statuses a bottleneck in ``status`` may move to, in the order buttons show them."""
    return _NEXT[BottleneckStatus(status)]


def is_open(status: BottleneckStatus) -> bool:
    return BottleneckStatus(status) not in CLOSED


def is_reopening(old: BottleneckStatus, new: BottleneckStatus) -> bool:
    return BottleneckStatus(old) in CLOSED and BottleneckStatus(new) is S.IN_PROGRESS


def check_transition(old: BottleneckStatus, new: BottleneckStatus) -> None:
    """Refuse a step the workflow does not allow (the UI only offers allowed ones; this guards
    the CLI, imports and a panel showing a status changed elsewhere)."""
    if BottleneckStatus(new) not in next_statuses(old):
        raise UserError("bad_status_change", old=str(old), new=str(new))


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BottleneckDraft:
    """What the form edits: everything but identity, status and the resolution."""

    initiative_id: int
    code: str | None = None
    title: str = ""
    description: str | None = None
    category: BottleneckCategory = BottleneckCategory.OTHER
    competent_entity_id: int | None = None
    proposed_solution: str | None = None
    identified_on: date | None = None
    raised_in_meeting_id: int | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One dated step of the workflow (``uuid`` lets a restored bottleneck keep its history)."""

    id: int
    status: BottleneckStatus
    changed_on: date
    note: str | None = None
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class BottleneckRecord:
    id: int
    uuid: str
    draft: BottleneckDraft
    status: BottleneckStatus = S.IDENTIFIED
    resolved_on: date | None = None
    resolution_evidence: str | None = None
    competent_entity_name: str | None = None
    raised_in_meeting_title: str | None = None
    history: tuple[StatusChange, ...] = ()
    """Oldest first (by date, then by the order they were recorded)."""
    linked_actions: int = 0
    linked_agreements: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def code(self) -> str | None:
        return self.draft.code

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def is_open(self) -> bool:
        return is_open(self.status)

    @property
    def last_change(self) -> StatusChange | None:
        return self.history[-1] if self.history else None

    @property
    def closed_on(self) -> date | None:
        """When it was resolved or dropped (None while open): the date of the step that
        closed it last (after a reopening, the later closing counts)."""
        status = BottleneckStatus(self.status)
        if status not in CLOSED:
            return None
        if status is S.RESOLVED and self.resolved_on is not None:
            return self.resolved_on
        for change in reversed(self.history):
            if BottleneckStatus(change.status) is status:
                return change.changed_on
        return None

    def days_open(self, today: date | None = None) -> int | None:
        """Days from identification to today while it is open; once resolved or dropped,
        to the day it was closed, so the count stops there. None when a date is unknown (a
        closed one whose closing step is not recorded has no count, rather than one that
        keeps growing)."""
        start = self.draft.identified_on
        if start is None:
            return None
        end = (today or date.today()) if self.is_open else self.closed_on
        if end is None:
            return None
        return max(0, (end - start).days)

    def name(self) -> str:
        """How sentences name it: "CB-03 Guías de transporte…"."""
        return coded_name(self.code, self.title)


# --- validation ------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def clean_bottleneck(draft: BottleneckDraft) -> BottleneckDraft:
    return replace(
        draft,
        code=_clean(draft.code),
        title=(draft.title or "").strip(),
        description=_clean(draft.description),
        proposed_solution=_clean(draft.proposed_solution),
    )


def bottleneck_errors(draft: BottleneckDraft, today: date | None = None) -> dict[str, str]:
    checks = {
        "title": check_required(draft.title)
        or ("too_long" if len(draft.title or "") > MAX_NAME else None),
        "code": "too_long" if len(draft.code or "") > MAX_CODE else None,
        "identified_on": check_not_future(draft.identified_on, today),
    }
    return {f: err for f, err in checks.items() if err}


def validate_bottleneck(draft: BottleneckDraft, today: date | None = None) -> BottleneckDraft:
    cleaned = clean_bottleneck(draft)
    if errors := bottleneck_errors(cleaned, today):
        raise ValidationError(errors)
    return cleaned


def same_code(a: str | None, b: str | None) -> bool:
    """Codes compare without case or surrounding spaces ("cb-01" is "CB-01")."""
    if not a or not b:
        return False
    return a.strip().casefold() == b.strip().casefold()


def status_change_errors(
    new: BottleneckStatus,
    changed_on: date | None,
    previous_on: date | None,
    evidence: str | None,
    today: date | None = None,
) -> dict[str, str]:
    """Field errors of a status change (``previous_on``: the date of the last change)."""
    errors: dict[str, str] = {}
    if changed_on is None:
        errors["changed_on"] = "required"
    elif err := check_not_future(changed_on, today):
        errors["changed_on"] = err
    elif previous_on is not None and changed_on < previous_on:
        errors["changed_on"] = "end_before_start"
    if BottleneckStatus(new) is S.RESOLVED and check_required(evidence):
        errors["resolution_evidence"] = "required"
    return errors


def identified_on_errors(
    identified_on: date | None, history: tuple[StatusChange, ...]
) -> dict[str, str]:
    """The identification date opens the history: it cannot come after the next step."""
    later = [c.changed_on for c in history[1:]]
    if identified_on is not None and later and identified_on > min(later):
        return {"identified_on": "end_before_start"}
    return {}


# --- codes -----------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(.*?)(\d+)$")
DEFAULT_PREFIX = "CB-"


def code_sort_key(code: str | None) -> tuple[int, str, int, str]:
    """CB-2 before CB-10; codes without a number after those with one; empty codes last."""
    if not code:
        return (2, "", 0, "")
    if m := _NUMBERED.match(code):
        return (0, m[1].casefold(), int(m[2]), code)
    return (1, code.casefold(), 0, code)


def next_code(existing: list[str | None]) -> str:
    """The code after the highest numbered one, in its style: CB-07 → CB-08, MEF-9 → MEF-10."""
    best: tuple[int, str, int] | None = None
    for code in existing:
        if code and (m := _NUMBERED.match(code.strip())):
            number = int(m[2])
            if best is None or number > best[0]:
                best = (number, m[1], len(m[2]))
    if best is None:
        return f"{DEFAULT_PREFIX}01"
    number, prefix, width = best
    taken = {c.strip().casefold() for c in existing if c}
    while True:
        number += 1
        candidate = f"{prefix}{number:0{width}d}"
        if candidate.casefold() not in taken:
            return candidate
