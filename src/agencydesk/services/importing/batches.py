"""Import history and undo of a batch (inside the caller's transaction).

Everything undo needs is in the database (``import_batches.undo_data``: ids created per table,
and for updated records the value before and after each changed column), so a batch can be
undone after the program was closed. Undo refuses when a record the batch created is now used
by something the batch did not create (a person invited to a meeting since): deleting it would
break that. A value changed again after the import is left as the user made it.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos import importing_batches as batches
from agencydesk.data.repos.importing import Session
from agencydesk.data.search import INDEXES, bulk_loading
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.importing.apply import BATCH_ENTITY, BULK_INDEX_FROM
from agencydesk.services.importing.handlers import handler_for
from agencydesk.services.importing.setup import ImportBatchRecord

# Audit entity names of the tables a batch may create rows in (others: the table's name).
ENTITY_OF_TABLE = {
    "organizations": "organization",
    "people": "person",
    "actions": "action",
    "agreements": "agreement",
    "attendances": "attendance",
    "measurements": "measurement",
    "indicators": "indicator",
    "action_plans": "action_plan",
}


def _record(row: dict[str, Any]) -> ImportBatchRecord:
    return ImportBatchRecord(
        id=row["id"],
        file_name=row["file_name"],
        file_sha256=row["file_sha256"],
        sheet=row["sheet"],
        kind=row["entity"],
        user=row["user"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        created=row["created_count"] or 0,
        updated=row["updated_count"] or 0,
        unchanged=row["unchanged_count"] or 0,
        rejected=row["error_count"] or 0,
        skipped=row["skipped_count"] or 0,
        undone_at=row["undone_at"],
        undone_by=row["undone_by"],
        format=row["format"],
        header_row=row["header_row"],
        rows=row["rows_count"] or 0,
        mapping=dict(row["mapping"] or {}),
    )


def history(session: Session) -> list[ImportBatchRecord]:
    return [_record(row) for row in batches.batch_rows(session)]


def batch(session: Session, batch_id: int) -> ImportBatchRecord:
    found = batches.batch_rows(session, batch_id)
    if not found:
        raise UserError("not_found", entity="import batch")
    return _record(found[0])


def _derived(kind: str, table: str, values: dict[str, Any]) -> dict[str, Any]:
    try:
        handler = handler_for(ImportKind(kind))
    except (KeyError, ValueError):
        return {}
    return handler.derived(values) if handler.table == table else {}


def undo_batch(session: Session, batch_id: int, user: str | None) -> ImportBatchRecord:
    record = batch(session, batch_id)
    if record.undone_at is not None:
        raise UserError(
            "import_already_undone", file=record.file_name, when=_when(record.undone_at)
        )
    data = batches.undo_data(session, batch_id) or {}
    created: dict[str, list[int]] = {
        t: [int(i) for i in ids] for t, ids in (data.get("created") or {}).items()
    }
    updated: dict[str, dict[str, dict[str, list[Any]]]] = data.get("updated") or {}
    if uses := repo.external_uses(session, created):
        summary = ", ".join(f"{n} {table}" for table, n in sorted(uses.items()))
        # ``uses`` (table -> count) lets the UI name the tables in the user's language.
        raise UserError(
            "import_undo_blocked", file=record.file_name, usages=summary, uses=dict(uses)
        )

    big = sum(len(ids) for ids in created.values()) >= BULK_INDEX_FROM
    indexed = tuple(t for t in INDEXES if t in created or t in updated)
    loading = bulk_loading(session, indexed) if big and indexed else contextlib.nullcontext()
    audit: list[dict[str, Any]] = []
    with loading:
        deleted: dict[str, list[int | None]] = {}
        for table in batches.tables_children_first(list(created)):
            ids = created[table]
            deleted[table] = [len(ids), None]
            repo.delete_rows(session, table, ids)
        if deleted:
            # One entry for the rows removed, as the import wrote one for the rows it created:
            # the batch row keeps their ids.
            audit.append(
                {
                    "user": user,
                    "entity": BATCH_ENTITY,
                    "entity_id": batch_id,
                    "action": AuditAction.DELETE,
                    "changes": deleted,
                }
            )
        for table, rows in updated.items():
            audit += _restore(session, record.kind, table, rows, user)
    batches.insert_audit(session, audit)
    batches.mark_undone(session, batch_id, user)
    return batch(session, batch_id)


def _restore(
    session: Session,
    kind: str,
    table: str,
    rows: dict[str, dict[str, list[Any]]],
    user: str | None,
) -> list[dict[str, Any]]:
    """Put back the values a batch replaced, where nobody changed them again since."""
    ids = [int(i) for i in rows]
    columns = {c for changes in rows.values() for c in changes}
    current = repo.current_values(session, table, ids, columns)
    changes: dict[int, dict[str, Any]] = {}
    audit: list[dict[str, Any]] = []
    entity = ENTITY_OF_TABLE.get(table, table)
    for key, fields in rows.items():
        record_id = int(key)
        now = current.get(record_id)
        if now is None:  # deleted since
            continue
        # Compared as typed values: the database gives back Decimal("99999.0000") for the
        # 99999 the batch wrote, a date for "2024-03-15", a member for "civil_society".
        written = batches.from_json(table, {c: after for c, (_, after) in fields.items()})
        back = {
            c: before
            for c, (before, after) in fields.items()
            if _same(now.get(c), written[c]) or batches.to_json(now.get(c)) == after
        }
        if not back:
            continue
        values = batches.from_json(table, back)
        changes[record_id] = values | _derived(kind, table, values)
        audit.append(
            {
                "user": user,
                "entity": entity,
                "entity_id": record_id,
                "action": AuditAction.UPDATE,
                "changes": {c: [fields[c][1], before] for c, before in back.items()},
            }
        )
    repo.update_rows(session, table, changes)
    return audit


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def _same(current: Any, written: Any) -> bool:
    """Whether a column still holds what the batch wrote (``bool`` is not taken for 1)."""
    if isinstance(current, bool) or isinstance(written, bool):
        return type(current) is type(written) and current == written
    try:
        return bool(current == written)
    except (TypeError, ValueError, ArithmeticError):
        return False
