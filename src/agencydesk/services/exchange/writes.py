"""The writes of one table during a merge, batched: new rows in one executemany, updates
grouped by the columns they set. Tables whose numbers must be unique (``NUMBERED``) write row
by row instead: each row's number is checked against what is already written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.exchange import Session

NUMBERED: dict[str, tuple[tuple[str, ...], str]] = {
    "meetings": (("initiative_id", "agenda_id"), "number"),
    "agreements": (("meeting_id",), "number"),
    "bottlenecks": (("initiative_id",), "code"),
}

Created = Callable[[int], None]


class TableWriter:
    def __init__(self, session: Session, table: str) -> None:
        self.session = session
        self.table = table
        self.immediate = table in NUMBERED
        self._creates: list[tuple[dict[str, Any], Created]] = []
        self._updates: list[tuple[int, dict[str, Any]]] = []

    def create(self, values: dict[str, Any], created: Created) -> None:
        """Insert a row; ``created(id)`` is called once it has its id."""
        if self.immediate:
            created(repo.insert_row(self.session, self.table, values))
        else:
            self._creates.append((values, created))

    def update(self, row_id: int, uuid: str, values: dict[str, Any]) -> None:
        if self.immediate:
            repo.update_row(self.session, self.table, row_id, uuid, values)
        else:
            self._updates.append((row_id, values))

    def flush(self) -> None:
        if self._creates:
            ids = repo.insert_many(self.session, self.table, [v for v, _ in self._creates])
            for (_values, created), row_id in zip(self._creates, ids, strict=True):
                created(row_id)
        if self._updates:
            repo.update_many(self.session, self.table, self._updates)
        self._creates, self._updates = [], []
