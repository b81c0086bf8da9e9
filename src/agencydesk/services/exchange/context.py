"""What one import knows while it merges: the file, this database's marks for the sender,
the sender's marks about this database, and which local record each row of the file is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.bulk import ids_by_uuid
from agencydesk.data.repos.exchange import Session
from agencydesk.services.exchange.fileformat import ExchangeFile, FileMark
from agencydesk.services.exchange.records import Conflict, Decision, Note, TableCounts
from agencydesk.services.exchange.rows import describe

Key = tuple[str, str]  # (table, uuid)


@dataclass
class MergeContext:
    session: Session
    file: ExchangeFile
    peer_id: int
    # This database's marks for the sender, by the record's uuid in the sender's database.
    marks: dict[str, dict[str, Any]]
    # The sender's marks about this database, by the row's uuid in the file.
    their_marks: dict[str, FileMark]
    decisions: Mapping[Key, Decision]
    default: Decision | None
    user: str | None
    # (table, uuid in the file) → our uuid for that record, or None when it is new here.
    identity: dict[Key, str | None] = field(default_factory=dict)
    # Our rows met so far, by (table, our uuid): fields with references as our uuids.
    local_rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    ids: dict[Key, int] = field(default_factory=dict)  # (table, our uuid) → id
    matched: set[Key] = field(default_factory=set)  # file rows matched by a natural key
    skipped: set[Key] = field(default_factory=set)  # file rows not written
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    decided: dict[Key, Decision] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    new_marks: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    # For records never exchanged between the two: when the databases parted, on the
    # sender's clock and on ours (see ``merge.baselines``).
    parted_theirs: datetime | None = None
    parted_ours: datetime | None = None
    # References written after their target: (table, row id, column, target table, our uuid).
    deferred: list[tuple[str, int, str, str, str]] = field(default_factory=list)
    _file_rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    _labels: dict[Key, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for table, rows in self.file.tables.items():
            for row in rows:
                self._file_rows[(table, row["uuid"])] = row

    def count(self, table: str) -> TableCounts:
        return self.counts.setdefault(table, TableCounts())

    # --- identities --------------------------------------------------------------------

    def in_file(self, table: str, uuid: str) -> bool:
        return (table, uuid) in self._file_rows

    def alias(self, uuid: str) -> str | None:
        """Our uuid for a record the sender calls ``uuid``, as either side recorded it."""
        mark = self.marks.get(uuid)
        if mark is not None and mark["local_uuid"]:
            return str(mark["local_uuid"])
        theirs = self.their_marks.get(uuid)
        if theirs is not None and theirs.peer_uuid != uuid:
            return theirs.peer_uuid
        return None

    def local_uuid(self, table: str, uuid: str) -> str:
        """Our uuid for what the sender calls ``uuid`` in ``table`` (itself when new here)."""
        key = (table, uuid)
        if key in self.identity:
            return self.identity[key] or uuid
        return self.alias(uuid) or uuid

    def id_of(self, table: str, our_uuid: str) -> int | None:
        """The id of one of our rows (None if there is none, yet or at all)."""
        key = (table, our_uuid)
        if key not in self.ids:
            found = ids_by_uuid(self.session, table, [our_uuid])
            if our_uuid not in found:
                return None
            self.ids[key] = found[our_uuid]
        return self.ids[key]

    def pending(self, table: str, our_uuid: str) -> bool:
        """Whether a row of the file will be created later in this import under ``our_uuid``."""
        key = (table, our_uuid)
        return (
            key in self._file_rows
            and self.identity.get(key, "") is None
            and key not in self.skipped
            and key not in self.ids
        )

    def previously_known(self, uuid: str) -> bool:
        """Whether this database had the record at an earlier exchange with the sender."""
        return uuid in self.marks or uuid in self.their_marks

    # --- names -------------------------------------------------------------------------

    def label_of(self, table: str, uuid: str) -> str:
        """The name of a record, ours or the file's (``uuid`` in either's terms)."""
        key = (table, uuid)
        if key not in self._labels:
            row = self.local_rows.get(key)
            if row is None:
                row = self._file_rows.get(key)
            if row is None:
                found = repo.rows_by_uuid(self.session, table, [uuid])
                row = found.get(uuid)
            self._labels[key] = describe(table, row, self.label_of) if row else uuid[:8]
        return self._labels[key]
