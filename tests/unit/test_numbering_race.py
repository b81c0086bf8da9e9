"""Two users numbering in the same series at the same instant never write one number twice.

Each test makes the race certain rather than likely: the repository read that a number comes
from is slowed down (the number is read, then 0.3 s pass before the insert), and two threads
start together. On PostgreSQL the second waits for the first's commit (``lock_numbering``) and
then reads the next number; on SQLite the second may instead be refused "busy" (its read came
before the other's commit), which writes nothing. Neither may save a duplicate.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from agencydesk.data.models import Initiative, Meeting
from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.bottlenecks import BottleneckDraft
from agencydesk.domain.enums import InitiativeKind, MeetingStatus
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.meetings import MeetingDraft
from agencydesk.services import agreements as agreements_module
from agencydesk.services import bottlenecks as bottlenecks_module
from agencydesk.services import meetings as meetings_module
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.bottlenecks import BottlenecksService
from agencydesk.services.database import Database
from agencydesk.services.meetings import MeetingsService

PAUSE_S = 0.3


def _slowed(monkeypatch: pytest.MonkeyPatch, repo: Any, name: str) -> None:
    """``repo.name`` answers, then waits: whoever reads a number holds it a while."""
    real = getattr(repo, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        time.sleep(PAUSE_S)
        return found

    monkeypatch.setattr(repo, name, slow)


def _at_once(work: Callable[[], Any], times: int = 2) -> tuple[list[Any], list[Exception]]:
    """Run ``work`` in ``times`` threads started together; what each returned or raised."""
    start = threading.Barrier(times)
    results: list[Any] = []
    errors: list[Exception] = []

    def one() -> None:
        start.wait()
        try:
            results.append(work())
        except (UserError, ValidationError) as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(t.is_alive() for t in threads)
    return results, errors


def _only_busy(errors: list[Exception], backend: str) -> None:
    """SQLite may refuse the later writer as busy; PostgreSQL makes it wait instead."""
    if backend == "postgres":
        assert errors == []
    else:
        assert all(isinstance(e, UserError) and e.code == "db_locked" for e in errors), errors


def _initiative(db: Database) -> int:
    with db.uow() as s:
        row = Initiative(name="Mesa del cacao", kind=InitiativeKind.EXECUTIVE_TABLE)
        s.add(row)
        s.flush()
        return row.id


def test_agreements_of_one_meeting(demo_database: Database, backend: str, monkeypatch) -> None:
    db = demo_database
    initiative_id = _initiative(db)
    with db.uow() as s:
        meeting = Meeting(
            initiative_id=initiative_id,
            number=1,
            title="Sesión 1",
            starts_at=datetime(2026, 3, 2, 9),
            status=MeetingStatus.HELD,
        )
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    service = AgreementsService(db.uow, lambda: "tester")
    _slowed(monkeypatch, agreements_module.repo, "next_number")

    saved, errors = _at_once(
        lambda: service.create(AgreementDraft(meeting_id=meeting_id, text="Enviar el padrón"))
    )

    _only_busy(errors, backend)
    assert saved
    numbers = [r.draft.number for r in service.agreements([r.id for r in saved])]
    assert sorted(numbers) == list(range(1, len(saved) + 1))


def test_meetings_of_one_initiative(demo_database: Database, backend: str, monkeypatch) -> None:
    db = demo_database
    initiative_id = _initiative(db)
    service = MeetingsService(db.uow, lambda: "tester")
    _slowed(monkeypatch, meetings_module.repo, "numbers_of")
    draft = MeetingDraft(
        initiative_id=initiative_id, title="Sesión", starts_at=datetime(2026, 4, 6, 10)
    )

    saved, errors = _at_once(lambda: service.create(draft))

    _only_busy(errors, backend)
    assert saved
    with db.uow() as s:
        numbers = s.scalars(select(Meeting.number).where(Meeting.initiative_id == initiative_id))
        assert sorted(numbers) == list(range(1, len(saved) + 1))


def test_a_bottleneck_code_typed_by_two_users(
    demo_database: Database, backend: str, monkeypatch
) -> None:
    db = demo_database
    initiative_id = _initiative(db)
    service = BottlenecksService(db.uow, lambda: "tester", lambda: date(2026, 5, 4))
    _slowed(monkeypatch, bottlenecks_module.repo, "code_taken")
    draft = BottleneckDraft(initiative_id=initiative_id, code="CB-01", title="Permisos lentos")

    saved, errors = _at_once(lambda: service.create(draft))

    assert len(saved) == 1
    assert len(errors) == 1
    refused = errors[0]
    if backend == "postgres":  # it waited, then saw the code taken
        assert isinstance(refused, ValidationError) and refused.fields == {"code": "duplicate_code"}
    else:
        assert isinstance(refused, (UserError, ValidationError))
