"""What the exchange returns: the file's description, the summary, conflicts, decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any


class Decision(StrEnum):
    """How one conflict is settled."""

    MINE = "mine"  # keep this database's version (it then travels back as a change)
    THEIRS = "theirs"  # take the other office's version


@dataclass(frozen=True, slots=True)
class Scope:
    """What a file holds: one initiative (``kind == "initiative"``) or everything."""

    kind: str
    uuid: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class FileInfo:
    """The manifest of an exchange file, as read and checked."""

    name: str
    format_version: int
    program_version: str
    source_database_id: str
    source_name: str | None
    exported_at: datetime
    scope: Scope
    counts: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    scope: Scope
    counts: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field that differs: this database's value and the other office's.

    Values are typed (StrEnum members for enumerations, dates, Decimals); a reference is shown
    by the name of the record it points to."""

    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record both databases changed since their last exchange."""

    table: str
    uuid: str  # the record's uuid in the file (the key of a decision)
    label: str
    fields: tuple[FieldDifference, ...]
    mine_updated_at: datetime | None
    theirs_updated_at: datetime | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.uuid)


@dataclass(slots=True)
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0  # deleted here after an exchange: not brought back

    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.conflicts + self.skipped


@dataclass(frozen=True, slots=True)
class Note:
    """Something the summary should say about one record (matched by name, renumbered...)."""

    kind: str  # "matched" | "renumbered" | "kept_deleted" | "reference_dropped"
    table: str
    label: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class MergeResult:
    info: FileInfo
    dry_run: bool
    counts: dict[str, TableCounts]
    conflicts: tuple[Conflict, ...]
    # Conflicts settled by a decision (as asked), and those left undecided (this database's
    # version kept, asked again at the next import from that office).
    decided: dict[tuple[str, str], Decision] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()

    def totals(self) -> TableCounts:
        out = TableCounts()
        for c in self.counts.values():
            out.created += c.created
            out.updated += c.updated
            out.unchanged += c.unchanged
            out.conflicts += c.conflicts
            out.skipped += c.skipped
        return out

    @property
    def undecided(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.key not in self.decided)
