"""Fixtures of the import wizard's tests: the database worker, and the wizard on the demo."""

from __future__ import annotations

import pytest

from agencydesk.services.importing.service import ImportService
from agencydesk.ui.importing.state import ImportState
from agencydesk.ui.importing.wizard import ImportWizard
from agencydesk.ui.worker import DbWorker


@pytest.fixture
def worker(qtbot):
    made = DbWorker()
    yield made
    made.shutdown()
    assert not made.is_running()


@pytest.fixture
def wizard(qtbot, demo_database, worker):
    state = ImportState(service=ImportService(demo_database.uow, lambda: "tester"), worker=worker)
    made = ImportWizard(state)
    qtbot.addWidget(made)
    made.show()
    return made
