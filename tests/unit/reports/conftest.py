"""The workspace every document test reads the demo data through."""

from __future__ import annotations

import pytest
from pdf_support import open_workspace

from agencydesk.services.database import Database
from agencydesk.services.workspace import Workspace


@pytest.fixture
def workspace(demo_database: Database) -> Workspace:
    return open_workspace(demo_database)
