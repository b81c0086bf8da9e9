"""Merging a received file into this database, inside the caller's transaction.

For each row of the file, table by table (a table after those it points to), with our
matching record (``identity``) and the marks of earlier exchanges with the sender:

- no record of ours: created with the sender's uuid, unless we had it at an earlier exchange
  with this sender (we deleted it since: deletions do not travel, but a deleted record is not
  brought back either);
- same fields: unchanged;
- different fields: who changed since the last exchange? The sync points are our marks for
  the sender and the sender's marks about us (in the file). A side has changed if its version
  is none of its versions at those points. Only theirs changed → theirs is taken; only ours →
  ours is kept (it reaches them with our next file); both → a conflict, settled by the user's
  decision, or left as it is (ours) and asked again next time. With no sync point at all (the
  first exchange of that record between the two databases): a side changed it if its
  ``updated_at`` is after the moment the databases parted (``baselines``); if neither did by
  that measure, the newer ``updated_at`` wins. A record matched by a natural key keeps ours,
  with its empty fields filled from theirs.

A version taken from the sender keeps the sender's ``updated_at``. Numbers that must be unique
(a meeting's number in its initiative, an agreement's in its meeting, a bottleneck's code) are
renumbered when the sender's clash with another record here; the summary says so.
"""

from __future__ import annotations

from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.exchange import TableSpec
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.exchange import apply, identity
from agencydesk.services.exchange.context import MergeContext
from agencydesk.services.exchange.rows import canon, digest
from agencydesk.services.exchange.writes import TableWriter

# Audit trail names of the tables (as the services write them).
PROGRESS_EVERY = 200


def merge(ctx: MergeContext, progress: ProgressSink, cancel: CancelToken | None) -> None:
    tables = [t for t in repo.exchanged_tables() if ctx.file.tables.get(t)]
    for table in tables:
        identity.resolve(ctx, table, ctx.file.tables[table])
    baselines(ctx, tables)
    total = sum(len(ctx.file.tables[t]) for t in tables)
    done = 0
    progress(0, total, "")
    for table in tables:
        spec = repo.spec(table)
        writer = TableWriter(ctx.session, table)
        for row in ctx.file.tables[table]:
            _merge_row(ctx, writer, spec, row)
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancel is not None:
                    cancel.check()
                progress(done, total, table)
        writer.flush()
    for table, row_id, column, target, our_uuid in ctx.deferred:
        target_id = ctx.id_of(target, our_uuid)
        if target_id is not None:
            repo.set_reference(ctx.session, table, row_id, column, target_id)
    progress(total, total, "")


def _merge_row(
    ctx: MergeContext, writer: TableWriter, spec: TableSpec, row: dict[str, Any]
) -> None:
    table, uuid = spec.name, row["uuid"]
    counts = ctx.count(table)
    ours = ctx.identity.get((table, uuid))
    theirs = _in_our_terms(ctx, spec, row)
    raw = canon(spec, row)
    their_hash = digest(spec, raw)
    if ours is None:
        if ctx.previously_known(uuid):
            apply.skip(ctx, table, uuid, "kept_deleted")
            return
        apply.create(ctx, writer, spec, row, theirs, their_hash)
        return
    local = ctx.local_rows[(table, ours)]
    mine = canon(spec, local)
    our_hash = digest(spec, mine)
    ours_terms = canon(spec, theirs) if spec.references else raw
    changed = [f for f, a, b in zip(spec.fields, mine, ours_terms, strict=True) if a != b]
    if not changed:
        counts.unchanged += 1
        apply.mark(ctx, table, uuid, ours, their_hash, our_hash)
        return
    syncs = _sync_points(ctx, uuid)
    if syncs:
        they_changed = their_hash not in {peer for peer, _ in syncs}
        we_changed = our_hash not in {mine for _, mine in syncs if mine}
    elif (table, uuid) in ctx.matched:
        apply.fill(ctx, writer, spec, row, local, theirs, their_hash)
        return
    else:
        they_changed, we_changed = _changed_since_parting(ctx, row, local)
        if not (they_changed or we_changed):  # the guess fails: the newer one wins
            they_changed = row["updated_at"] > local["updated_at"]
            we_changed = row["updated_at"] < local["updated_at"]
    if they_changed and we_changed:
        apply.conflict(ctx, writer, spec, row, local, theirs, their_hash, changed)
    elif they_changed:
        apply.take(ctx, writer, spec, row, local, theirs, their_hash)
    else:
        # Ours changed (or was kept at the last exchange): ours stays and travels back.
        counts.unchanged += 1
        apply.mark(ctx, table, uuid, ours, their_hash, "")


def baselines(ctx: MergeContext, tables: list[str]) -> None:
    """Where the two databases parted, on each one's clock, for records never exchanged
    between them: the latest ``updated_at`` among those still the same on both sides."""
    for table in tables:
        spec = repo.spec(table)
        for row in ctx.file.tables[table]:
            ours = ctx.identity.get((table, row["uuid"]))
            if ours is None or _sync_points(ctx, row["uuid"]):
                continue
            local = ctx.local_rows[(table, ours)]
            if canon(spec, local) != canon(spec, _in_our_terms(ctx, spec, row)):
                continue
            if ctx.parted_theirs is None or row["updated_at"] > ctx.parted_theirs:
                ctx.parted_theirs = row["updated_at"]
            if ctx.parted_ours is None or local["updated_at"] > ctx.parted_ours:
                ctx.parted_ours = local["updated_at"]


def _changed_since_parting(
    ctx: MergeContext, row: dict[str, Any], local: dict[str, Any]
) -> tuple[bool, bool]:
    """For a record never exchanged between the two databases, which side changed it after
    they parted (see ``baselines``); with nothing the same on both sides, both count."""
    theirs = ctx.parted_theirs is None or row["updated_at"] > ctx.parted_theirs
    ours = ctx.parted_ours is None or local["updated_at"] > ctx.parted_ours
    return theirs, ours


def _sync_points(ctx: MergeContext, uuid: str) -> list[tuple[str, str]]:
    """(the sender's version, ours) at each earlier exchange of this record ("" for ours
    when the two were left different)."""
    points = []
    mark = ctx.marks.get(uuid)
    if mark is not None:
        points.append((mark["their_hash"], mark["our_hash"] or ""))
    theirs = ctx.their_marks.get(uuid)
    if theirs is not None:
        points.append((theirs.version, theirs.peer_version))
    return points


def _in_our_terms(ctx: MergeContext, spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    """The file's row with each reference as our uuid for that record."""
    out = dict(row)
    for field in spec.references:
        value = row.get(field.name)
        if value is not None and field.target is not None:
            out[field.name] = ctx.local_uuid(field.target, value)
    return out
