"""A record's history as the services return it: the audit trail's entries, with their values
typed (enumerations, dates, the names of the records they point at) for the UI and documents.

The audit trail (``audit_entries``) stores, per create, update or delete, the time (UTC), the
user named in Settings, and each changed field as ``[before, after]`` in JSON. The history
service reads it back into these records; the UI only translates and formats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agencydesk.domain.enums import AuditAction

ERASED_MARK: dict[str, bool] = {"erased": True}
"""What the audit trail holds in place of a personal value erased at the person's request
(JSON; ``Erased`` once read back)."""


@dataclass(frozen=True, slots=True)
class Erased:
    """A value erased at the person's request (shown as "(erased)")."""


ERASED = Erased()


@dataclass(frozen=True, slots=True)
class RefValue:
    """A value that is the id of another record, with that record's name (None: it no
    longer exists)."""

    id: int
    name: str | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an entry: ``old`` → ``new`` (None when empty, or on a create/delete).

    Values are typed: str, int, bool, Decimal, date, datetime, an enumeration member,
    ``RefValue``, ``ERASED``, or a list of those (the bottlenecks of an agenda item) or of
    dicts (an action's funding lines)."""

    field: str
    old: Any = None
    new: Any = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int  # the audit entry's id; 0 for an import batch's line (it has no entry of its own)
    at: datetime  # local time
    user: str | None
    entity: str  # "person", "meeting", "agenda_item"…
    entity_id: int
    action: AuditAction
    changes: tuple[FieldChange, ...] = ()
    subject: str | None = None
    """For an entry about a related record (a meeting's agenda item, attendance, agreement;
    an initiative's participants): that record's name. None for the record itself."""
    import_file: str | None = None
    """Set when the record was created by an import (``action`` create) or removed by undoing
    it (``action`` delete): the file's name. An import writes one entry per batch, not per
    row (see ``services/importing/apply.py``), so these lines come from the batch."""


@dataclass(frozen=True, slots=True)
class ApprovalChanges:
    """What changed in a meeting after its minutes were first approved."""

    approved_at: datetime  # local time of the first approval
    count: int  # entries about the meeting, its agenda, attendance and agreements since
