"""Writing an exchange file: everything, or one initiative with what it needs.

An initiative's file holds the initiative, its participations, bottlenecks (with their status
history), meetings (with their log, agenda items, the bottlenecks discussed on them,
attendance and agreements), action plans (with actions, funding lines, indicators and their
measurements); then, so that every reference in the file can be resolved by the receiver,
every record those point to (the participants' organizations and people, the territories with
their parents, the agenda, an action of another plan an agreement names...): the file is
closed under references.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.exchange import Session
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.exchange import fileformat
from agencydesk.services.exchange.records import ExportResult, Scope
from agencydesk.services.exchange.rows import describe, json_row
from agencydesk.services.spreadsheet import atomic_output

# What belongs to an initiative: (table, the column pointing to its parent, parent table),
# parents before children.
INITIATIVE_PARTS = (
    ("participations", "initiative_id", "initiatives"),
    ("bottlenecks", "initiative_id", "initiatives"),
    ("meetings", "initiative_id", "initiatives"),
    ("action_plans", "initiative_id", "initiatives"),
    ("bottleneck_status_changes", "bottleneck_id", "bottlenecks"),
    ("meeting_status_changes", "meeting_id", "meetings"),
    ("meeting_agenda_items", "meeting_id", "meetings"),
    ("attendances", "meeting_id", "meetings"),
    ("agreements", "meeting_id", "meetings"),
    ("agenda_item_bottlenecks", "agenda_item_id", "meeting_agenda_items"),
    ("actions", "plan_id", "action_plans"),
    ("funding_lines", "action_id", "actions"),
    ("indicators", "plan_id", "action_plans"),
    ("measurements", "indicator_id", "indicators"),
)


def initiative_rows(session: Session, initiative_id: int) -> dict[str, set[int]]:
    """The ids, by table, of an initiative's file (closed under references)."""
    if not repo.ids_where(session, "initiatives", "id", [initiative_id]):
        raise UserError("exchange_unknown_initiative", initiative=initiative_id)
    ids: dict[str, set[int]] = {"initiatives": {initiative_id}}
    for table, column, parent in INITIATIVE_PARTS:
        parents = ids.get(parent)
        if parents:
            ids.setdefault(table, set()).update(repo.ids_where(session, table, column, parents))
    return close_over_references(session, ids)


def close_over_references(session: Session, ids: dict[str, set[int]]) -> dict[str, set[int]]:
    pending = {t: set(v) for t, v in ids.items() if v}
    while pending:
        found: dict[str, set[int]] = {}
        for table, new_ids in pending.items():
            for target, refs in repo.referenced_ids(session, table, new_ids).items():
                have = ids.setdefault(target, set())
                missing = refs - have
                if missing:
                    have |= missing
                    found.setdefault(target, set()).update(missing)
        pending = found
    return ids


def write(
    session: Session,
    out: Path,
    initiative_id: int | None,
    source_name: str | None,
    progress: ProgressSink,
    cancel: CancelToken | None,
) -> ExportResult:
    """Write the file (to a temporary name, moved over ``out`` when complete)."""
    scoped = initiative_rows(session, initiative_id) if initiative_id is not None else None
    # Made beforehand (ExchangeService.export): here the export only reads.
    source_id = repo.self_id(session, create=False)
    assert source_id is not None, "the database has no exchange id yet"
    scope = Scope("everything")
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in repo.exchanged_tables():
        if cancel is not None:
            cancel.check()
        wanted = None if scoped is None else scoped.get(table, set())
        if wanted is not None and not wanted:
            continue
        rows = repo.read_rows(session, table, wanted)
        if rows:
            tables[table] = rows
    if initiative_id is not None:
        (initiative,) = [r for r in tables["initiatives"] if r["id"] == initiative_id]
        scope = Scope("initiative", initiative["uuid"], describe("initiatives", initiative, _no))
    counts = {t: len(rows) for t, rows in tables.items()}
    total = sum(counts.values())
    exported_at = datetime.now(UTC).replace(tzinfo=None)
    with atomic_output(out, binary=True) as fh, fileformat.open_archive(fh) as archive:
        manifest = fileformat.manifest(source_id, source_name, exported_at, scope, counts)
        fileformat.write_entry(archive, fileformat.MANIFEST, manifest)
        done = 0
        progress(0, total, "")
        uuids: set[str] = set()
        for table, rows in tables.items():
            if cancel is not None:
                cancel.check()
            spec = repo.spec(table)
            fileformat.write_entry(
                archive, f"{fileformat.TABLES_DIR}{table}.json", [json_row(spec, r) for r in rows]
            )
            uuids.update(r["uuid"] for r in rows)
            done += len(rows)
            progress(done, total, table)
        fileformat.write_entry(archive, fileformat.MARKS, _marks(session, uuids))
    return ExportResult(Path(out), scope, counts)


def _marks(session: Session, uuids: set[str]) -> list[dict[str, str]]:
    """Our marks about the records in the file, for whichever peer imports it."""
    out = []
    for mark in repo.all_marks(session):
        ours = mark["local_uuid"] or mark["row_uuid"]
        if ours in uuids:
            out.append(
                {
                    "peer": mark["peer"],
                    "uuid": ours,
                    "peer_uuid": mark["row_uuid"],
                    "peer_version": mark["their_hash"],
                    "version": mark["our_hash"],
                }
            )
    return out


def _no(_table: str, uuid: str) -> str:
    return uuid[:8]
