"""Fixtures of the exchange tests (tests/unit/test_exchange*.py): two office databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import Office


@pytest.fixture
def offices(demo_template: Path, tmp_path: Path):
    """Office A and office B, each a copy of the demo (the same records and uuids)."""
    a = Office(tmp_path / "a.sqlite3", "Oficina A", demo_template)
    b = Office(tmp_path / "b.sqlite3", "Oficina B", demo_template)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def empty_offices(template_database: Path, tmp_path: Path):
    """Office A and office B, each a copy of the empty migrated database."""
    a = Office(tmp_path / "a.sqlite3", "Oficina A", template_database)
    b = Office(tmp_path / "b.sqlite3", "Oficina B", template_database)
    yield a, b
    a.close()
    b.close()
