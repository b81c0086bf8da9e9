"""A record's history (the audit trail read back), and what changed in a meeting after its
minutes were approved.

Every service write adds an ``audit_entries`` row: the time (UTC), the user named in
Settings, the entity and id, the action, and each changed field as [before, after]. Rows an
import created have one entry per batch instead (``services/importing/apply.py``): their
history shows a line from the batch ("created by importing FILE"). A record's history here
is its own entries plus those of the rows that belong to it (``data/repos/history.RELATED``:
a meeting's agenda items, attendance and agreements; an initiative's participants).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from agencydesk.data.repos import history as repo
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.agreements import FOLLOW_UP_FIELDS
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.history import (
    ERASED,
    ERASED_MARK,
    ApprovalChanges,
    FieldChange,
    HistoryEntry,
    RefValue,
)


class HistoryService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def history(self, entity: str, record_id: int) -> list[HistoryEntry]:
        """The record's history, newest first (entity: "person", "meeting", "action"…, the
        names the audit trail uses)."""
        with self._uow() as s:
            return read_history(s, entity, record_id)

    def changes_after_approval(self, meeting_id: int) -> ApprovalChanges | None:
        """How many changes the meeting, its agenda items, attendance and agreements had
        after its minutes were first approved (reopening and approving again count too);
        None when they never were. An agreement's follow-up (status, dates closed, notes)
        is not a change of the minutes and does not count."""
        with self._uow() as s:
            found = repo.first_approval(s, meeting_id)
            if found is None:
                return None
            entry_id, at = found
            # Only the entries after the approval are read (by id or time: both indexed): the
            # page asks at every showing of approved minutes.
            children = {
                child: repo.current_ids(s, child, column, meeting_id)
                for child, column in repo.RELATED["meeting"]
            }
            later = repo.entries_after(s, entry_id, at, "meeting", meeting_id, children)
        count = sum(1 for e in later if _changes_minutes(e))
        return ApprovalChanges(local_time(at), count)


def _changes_minutes(entry: repo.RawEntry) -> bool:
    if entry.entity != "agreement" or entry.action is not AuditAction.UPDATE:
        return True
    return not set(entry.changes) <= set(FOLLOW_UP_FIELDS)


def local_time(utc: datetime) -> datetime:
    """A stored UTC time as the computer's local time (naive, as the UI shows times)."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def related_keys(s: Any, entity: str, record_id: int) -> dict[str, set[int]]:
    keys: dict[str, set[int]] = {entity: {record_id}}
    for child, column in repo.RELATED.get(entity, ()):
        keys.setdefault(child, set()).update(repo.related_ids(s, child, column, record_id))
    return keys


def read_history(
    s: Any,
    entity: str,
    record_id: int,
    extra: dict[str, Collection[int]] | None = None,
) -> list[HistoryEntry]:
    """The history of one record (and of ``extra`` rows: entity → ids), newest first."""
    keys = related_keys(s, entity, record_id)
    for other, ids in (extra or {}).items():
        keys.setdefault(other, set()).update(ids)
    raw = repo.entries(s, keys)
    batches = repo.batch_lines(s, keys)
    names = _reference_names(s, raw)
    subjects = _subjects(s, entity, record_id, keys, raw)
    out = [
        HistoryEntry(
            id=e.id,
            at=local_time(e.at),
            user=e.user,
            entity=e.entity,
            entity_id=e.entity_id,
            action=e.action,
            changes=tuple(_field_changes(e, names)),
            subject=subjects.get((e.entity, e.entity_id)),
        )
        for e in raw
    ]
    for (row_entity, row_id), line in batches.items():
        subject = subjects.get((row_entity, row_id))
        out.append(
            HistoryEntry(
                0,
                local_time(line.at),
                line.user,
                row_entity,
                row_id,
                AuditAction.CREATE,
                subject=subject,
                import_file=line.file_name,
            )
        )
        if line.undone_at is not None:
            out.append(
                HistoryEntry(
                    0,
                    local_time(line.undone_at),
                    line.undone_by,
                    row_entity,
                    row_id,
                    AuditAction.DELETE,
                    subject=subject,
                    import_file=line.file_name,
                )
            )
    out.sort(key=lambda h: (h.at, h.id), reverse=True)
    return out


# --- values ----------------------------------------------------------------------------------


def _pairs(entry: repo.RawEntry) -> list[tuple[str, Any, Any]]:
    found = []
    for field, pair in entry.changes.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            found.append((field, pair[0], pair[1]))
        else:
            found.append((field, None, pair))
    return found


def _reference_names(s: Any, raw: list[repo.RawEntry]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for e in raw:
        for field, old, new in _pairs(e):
            target = repo.referenced_table(e.entity, field)
            if target is None:
                continue
            for value in (old, new):
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, int) and not isinstance(v, bool):
                        wanted.setdefault(target, set()).add(v)
    return {
        (table, row_id): name
        for table, ids in wanted.items()
        for row_id, name in repo.names(s, table, ids).items()
    }


def _field_changes(entry: repo.RawEntry, names: dict[tuple[str, int], str]) -> list[FieldChange]:
    out = []
    for field, old, new in _pairs(entry):
        if field == "status_change":
            # The status log's row: its reason (a reopening's) is what a reader wants.
            step = new if isinstance(new, dict) else {}
            reason = step.get("reason") or step.get("note")
            if reason:
                out.append(FieldChange("reason", None, reason))
            elif isinstance(old, dict) and old.get("on"):
                removed = repo.typed("bottleneck", "resolved_on", old["on"])
                out.append(FieldChange("status_step_removed", removed, None))
            continue
        out.append(
            FieldChange(field, _value(entry, field, old, names), _value(entry, field, new, names))
        )
    return out


def _value(entry: repo.RawEntry, field: str, value: Any, names: dict[tuple[str, int], str]) -> Any:
    if value == ERASED_MARK:
        return ERASED
    target = repo.referenced_table(entry.entity, field)
    if target is not None:
        if isinstance(value, list):
            return [RefValue(v, names.get((target, v))) for v in value if isinstance(v, int)]
        if isinstance(value, int) and not isinstance(value, bool):
            return RefValue(value, names.get((target, value)))
    if field == "funding" and isinstance(value, list):
        return [
            {k: repo.typed("funding_line", k, v) for k, v in line.items()}
            if isinstance(line, dict)
            else line
            for line in value
        ]
    return repo.typed(entry.entity, field, value)


# --- naming the related rows -----------------------------------------------------------------


def _subjects(
    s: Any,
    entity: str,
    record_id: int,
    keys: dict[str, set[int]],
    raw: list[repo.RawEntry],
) -> dict[tuple[str, int], str]:
    """A name for each related row (not the record itself): from the row as it is now, or
    from the values its entries hold when it was deleted since."""
    known: dict[tuple[str, int], dict[str, Any]] = {}
    for e in raw:
        values = known.setdefault((e.entity, e.entity_id), {"id": e.entity_id})
        for field, old, new in _pairs(e):
            if new is not None or field not in values:
                values[field] = new if new is not None else old
    for other, ids in keys.items():
        if other == entity:
            continue
        t = repo.table(other)
        if t is None or not ids:
            continue
        for row in s.execute(t.select().where(t.c.id.in_(sorted(ids)))).mappings():
            known[(other, row["id"])] = dict(row)
    people = {v.get("person_id") for v in known.values() if isinstance(v.get("person_id"), int)}
    orgs = {
        v.get("organization_id")
        for v in known.values()
        if isinstance(v.get("organization_id"), int)
    }
    person_names = repo.names(s, "people", people)
    org_names = repo.names(s, "organizations", orgs)
    subjects = {}
    for (row_entity, row_id), values in known.items():
        if (row_entity, row_id) == (entity, record_id) or row_entity == entity:
            continue
        if row_entity in ("attendance", "participation"):
            parts = [
                person_names.get(values.get("person_id")),  # type: ignore[arg-type]
                org_names.get(values.get("organization_id")),  # type: ignore[arg-type]
            ]
            subjects[(row_entity, row_id)] = " · ".join(p for p in parts if p) or f"#{row_id}"
        else:
            table = repo.ENTITY_TABLES.get(row_entity, row_entity)
            subjects[(row_entity, row_id)] = repo.row_name(table, values)
    return subjects
