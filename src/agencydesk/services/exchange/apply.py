"""The writes of a merge: create a record, take the sender's version, fill a matched record's
empty fields, settle a clashing number, keep a conflict, and what each leaves behind (marks,
audit entries, notes for the summary)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.common import lock_numbering
from agencydesk.data.repos.exchange import TableSpec
from agencydesk.domain import bottlenecks as bottleneck_rules
from agencydesk.domain import meetings as meeting_rules
from agencydesk.domain.enums import AuditAction
from agencydesk.services.exchange.context import MergeContext
from agencydesk.services.exchange.records import Conflict, Decision, FieldDifference, Note
from agencydesk.services.exchange.rows import canonical, describe, differing, fingerprint, shown
from agencydesk.services.exchange.writes import NUMBERED, TableWriter

# Audit trail names of the tables (as the services write them).
AUDIT_ENTITY = {
    "territories": "territory",
    "organizations": "organization",
    "people": "person",
    "agendas": "agenda",
    "goals": "goal",
    "agenda_priorities": "agenda_priority",
    "initiatives": "initiative",
    "participations": "participation",
    "bottlenecks": "bottleneck",
    "bottleneck_status_changes": "bottleneck_status_change",
    "action_plans": "action_plan",
    "actions": "action",
    "funding_lines": "funding_line",
    "indicators": "indicator",
    "measurements": "measurement",
    "meetings": "meeting",
    "meeting_status_changes": "meeting_status_change",
    "meeting_agenda_items": "agenda_item",
    "agenda_item_bottlenecks": "agenda_item_bottleneck",
    "attendances": "attendance",
    "agreements": "agreement",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _values(
    ctx: MergeContext, spec: TableSpec, theirs: dict[str, Any], fields: list[str] | None = None
) -> tuple[dict[str, Any], list[tuple[str, str, str]], list[str]] | None:
    """Column values to write (references as our ids), the references to write later, and
    the references dropped; None when a required reference has nothing to point to here."""
    values: dict[str, Any] = {}
    later: list[tuple[str, str, str]] = []
    dropped: list[str] = []
    for field in spec.fields:
        if fields is not None and field.name not in fields:
            continue
        value = theirs.get(field.name)
        if field.target is None or value is None:
            values[field.name] = value
            continue
        target_id = ctx.id_of(field.target, value)
        if target_id is not None:
            values[field.name] = target_id
        elif field.nullable and ctx.pending(field.target, value):
            values[field.name] = None
            later.append((field.name, field.target, value))
        elif field.nullable:
            values[field.name] = None
            dropped.append(field.name)
        else:
            return None
    return values, later, dropped


def _same_number(a: Any, b: Any) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a).strip().casefold() == str(b).strip().casefold()
    return bool(a == b)


def _renumber(
    ctx: MergeContext, table: str, values: dict[str, Any], row_id: int | None, uuid: str
) -> str:
    """Settle a number or code that another record of ours has: the record whose uuid sorts
    first keeps it, the other takes the next free one (both databases decide alike, so they
    agree after one exchange). Returns the incoming row's old number when it is the one
    changed ("" otherwise)."""
    rule = NUMBERED.get(table)
    if rule is None:
        return ""
    owners, column = rule
    number = values.get(column)
    if number is None or any(o not in values for o in owners):
        return ""
    owner = {o: values[o] for o in owners}
    lock_numbering(ctx.session, table, **owner)
    rows = repo.numbers_in(ctx.session, table, column, owner)
    others = [r for r in rows if r[0] != row_id]
    clash = next((r for r in others if r[2] is not None and _same_number(r[2], number)), None)
    if clash is None:
        return ""
    taken = [v for _, _, v in others] + [number]
    if column == "code":
        free: Any = bottleneck_rules.next_code(taken)
    else:
        free = meeting_rules.next_number(taken)
    if uuid < clash[1]:
        _move_ours(ctx, table, clash, column, free)
        return ""
    values[column] = free
    return str(number)


def _move_ours(
    ctx: MergeContext, table: str, clash: tuple[int, str, Any], column: str, free: Any
) -> None:
    """Give one of our records the next free number (a change of ours: it travels back)."""
    row_id, uuid, old = clash
    repo.update_row(ctx.session, table, row_id, uuid, {column: free, "updated_at": utcnow()})
    row = ctx.local_rows.get((table, uuid))
    if row is not None:
        row[column] = free
    ctx.notes.append(Note("renumbered", table, ctx.label_of(table, uuid), f"{old} → {free}"))
    _audit(ctx, table, row_id, AuditAction.UPDATE, {column: [old, free]})


def create(
    ctx: MergeContext,
    writer: TableWriter,
    spec: TableSpec,
    row: dict[str, Any],
    theirs: dict[str, Any],
    h: str,
) -> None:
    table, uuid = spec.name, row["uuid"]
    written = _values(ctx, spec, theirs)
    if written is None:
        skip(ctx, table, uuid, "missing_reference")
        return
    values, later, dropped = written
    renumbered = _renumber(ctx, table, values, None, uuid)
    meta = {"uuid": uuid, "created_at": row["created_at"], "updated_at": row["updated_at"]}
    fields = {f.name: f for f in spec.fields}
    changes = {k: [None, canonical(fields[k], theirs.get(k))] for k in values}
    changes = {k: v for k, v in changes.items() if v[1] is not None}

    def created(row_id: int) -> None:
        ctx.ids[(table, uuid)] = row_id
        ctx.local_rows[(table, uuid)] = {**theirs, "id": row_id}
        for column, target, our_uuid in later:
            ctx.deferred.append((table, row_id, column, target, our_uuid))
        _audit(ctx, table, row_id, AuditAction.CREATE, changes)

    writer.create({**meta, **values}, created)
    ctx.count(table).created += 1
    same = not (renumbered or dropped)
    mark(ctx, table, uuid, uuid, h, fingerprint(spec, theirs) if same else "")
    _notes(ctx, table, uuid, theirs, values, renumbered, dropped)


def take(
    ctx: MergeContext,
    writer: TableWriter,
    spec: TableSpec,
    row: dict[str, Any],
    local: dict[str, Any],
    theirs: dict[str, Any],
    h: str,
    *,
    count: bool = True,
) -> bool:
    """Write the sender's version over ours; False when it cannot be (ours kept)."""
    table, uuid, ours = spec.name, row["uuid"], local["uuid"]
    changed = [f.name for f in differing(spec, local, theirs)]
    written = _values(ctx, spec, theirs)
    if written is None:
        skip(ctx, table, uuid, "missing_reference")
        return False
    values, later, dropped = written
    renumbered = _renumber(ctx, table, values, local["id"], uuid)
    writer.update(local["id"], uuid, {**values, "updated_at": row["updated_at"]})
    for column, target, our_uuid in later:
        ctx.deferred.append((table, local["id"], column, target, our_uuid))
    now = {**theirs, "id": local["id"], "uuid": ours}
    if renumbered:
        column = NUMBERED[table][1]
        now[column] = values[column]
    ctx.local_rows[(table, ours)] = now
    if count:
        ctx.count(table).updated += 1
    same = not (renumbered or dropped)
    mark(ctx, table, uuid, ours, h, fingerprint(spec, theirs) if same else "")
    _notes(ctx, table, ours, now, values, renumbered, dropped)
    fields = {f.name: f for f in spec.fields}
    _audit(
        ctx,
        table,
        local["id"],
        AuditAction.UPDATE,
        {
            k: [canonical(fields[k], local.get(k)), canonical(fields[k], now.get(k))]
            for k in changed
        },
    )
    return True


def fill(
    ctx: MergeContext,
    writer: TableWriter,
    spec: TableSpec,
    row: dict[str, Any],
    local: dict[str, Any],
    theirs: dict[str, Any],
    h: str,
) -> None:
    """A record matched by a natural key: ours stays; its empty fields take theirs."""
    table, uuid, ours = spec.name, row["uuid"], local["uuid"]
    empty = [
        f.name
        for f in spec.fields
        if local.get(f.name) in (None, "") and theirs.get(f.name) not in (None, "")
    ]
    written = _values(ctx, spec, theirs, empty) if empty else None
    values = {k: v for k, v in written[0].items() if v is not None} if written else {}
    if values:
        writer.update(local["id"], ours, values)
        merged = {**local, **{k: theirs[k] for k in values}}
        ctx.local_rows[(table, ours)] = merged
        ctx.count(table).updated += 1
        fields = {f.name: f for f in spec.fields}
        _audit(
            ctx,
            table,
            local["id"],
            AuditAction.UPDATE,
            {k: [None, canonical(fields[k], theirs.get(k))] for k in values},
        )
        local = merged
    else:
        ctx.count(table).unchanged += 1
    same = not differing(spec, local, theirs)
    mark(ctx, table, uuid, ours, h, fingerprint(spec, local) if same else "")


def conflict(
    ctx: MergeContext,
    writer: TableWriter,
    spec: TableSpec,
    row: dict[str, Any],
    local: dict[str, Any],
    theirs: dict[str, Any],
    h: str,
    changed: list[Any],
) -> None:
    table, uuid, ours = spec.name, row["uuid"], local["uuid"]
    ctx.count(table).conflicts += 1
    ctx.conflicts.append(
        Conflict(
            table=table,
            uuid=uuid,
            label=ctx.label_of(table, ours),
            fields=tuple(
                FieldDifference(
                    f.name,
                    shown(f, local.get(f.name), ctx.label_of),
                    shown(f, theirs.get(f.name), ctx.label_of),
                )
                for f in changed
            ),
            mine_updated_at=local.get("updated_at"),
            theirs_updated_at=row.get("updated_at"),
        )
    )
    decision = ctx.decisions.get((table, uuid), ctx.default)
    if decision is Decision.THEIRS:
        if take(ctx, writer, spec, row, local, theirs, h, count=False):
            ctx.decided[(table, uuid)] = decision
    elif decision is Decision.MINE:
        ctx.decided[(table, uuid)] = decision
        mark(ctx, table, uuid, ours, h, "")
    # Undecided: ours stays, no mark: the same conflict is asked at the next import.


def skip(ctx: MergeContext, table: str, uuid: str, why: str) -> None:
    """A row of the file not written (deleted here since, or what it needs is not here)."""
    ctx.skipped.add((table, uuid))
    ctx.count(table).skipped += 1
    ctx.notes.append(Note(why, table, ctx.label_of(table, uuid)))


def mark(ctx: MergeContext, table: str, uuid: str, ours: str, theirs: str, mine: str) -> None:
    """Remember both versions of this exchange (unless the same is remembered already)."""
    local_uuid = ours if ours != uuid else None
    known = ctx.marks.get(uuid)
    if (
        known is not None
        and known["their_hash"] == theirs
        and (known["our_hash"] or "") == mine
        and known["local_uuid"] == local_uuid
    ):
        return
    ctx.new_marks.append(
        {
            "row_uuid": uuid,
            "local_uuid": local_uuid,
            "table_name": table,
            "their_hash": theirs,
            "our_hash": mine,
        }
    )


def _notes(
    ctx: MergeContext,
    table: str,
    our_uuid: str,
    row: dict[str, Any],
    values: dict[str, Any],
    renumbered: str,
    dropped: list[str],
) -> None:
    label = describe_row(ctx, table, row)
    if renumbered:
        column = NUMBERED[table][1]
        detail = f"{renumbered} → {values[column]}"
        ctx.notes.append(Note("renumbered", table, label, detail))
    for name in dropped:
        ctx.notes.append(Note("reference_dropped", table, label, name))


def describe_row(ctx: MergeContext, table: str, row: dict[str, Any]) -> str:
    return describe(table, row, ctx.label_of)


def _audit(
    ctx: MergeContext, table: str, row_id: int, action: AuditAction, changes: dict[str, Any]
) -> None:
    ctx.audit.append(
        {
            "user": ctx.user,
            "entity": AUDIT_ENTITY.get(table, table),
            "entity_id": row_id,
            "action": action,
            "changes": changes,
        }
    )
