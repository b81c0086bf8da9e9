"""Fixtures of the PDF tests: the demo workspace, a database worker, a parent widget, the
message boxes and the records each document is about."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_driving import Boxes, Records
from PySide6.QtWidgets import QMessageBox, QWidget

from agencydesk.domain.enums import MeetingStatus
from agencydesk.domain.meetings import MeetingQuery
from agencydesk.domain.records import ListQuery
from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace
from agencydesk.ui.worker import DbWorker


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: seen.warned.append(text) or 0
    )
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a: seen.told.append(text) or 0
    )
    return seen


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test alone (to see what is left in it)."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(root))
    return root


@pytest.fixture
def workspace(demo_database: Database) -> Workspace:
    return Workspace.open(demo_database, lambda: "tester", language=lambda: "es")


@pytest.fixture
def worker(qtbot) -> Iterator[DbWorker]:
    made = DbWorker()
    yield made
    made.shutdown()
    assert not made.is_running()


@pytest.fixture
def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def records(workspace: Workspace) -> Records:
    plan = workspace.plans.plan_ids(ListQuery())[0]
    meetings = workspace.meetings.meetings(workspace.meetings.meeting_ids(MeetingQuery()))
    held = next(m for m in meetings if m.status is MeetingStatus.HELD)
    planned = next(m for m in meetings if m.status is MeetingStatus.PLANNED)
    assert held.draft.initiative_id is not None
    return Records(plan, held.id, planned.id, held.draft.initiative_id)
