"""Writing a previewed import inside the caller's transaction: creates, updates, audit, batch.

Set-based throughout: rows are inserted by chunks with Core executemany (through the kind's
handler), the current values of every matched record are read in one query per chunk of ids,
updates are grouped by the columns they change, audit entries go in one executemany per chunk,
and the search index is rebuilt once at the end of a large batch (``search.bulk_loading``).
The cancel token is checked between chunks; the caller's transaction rolls everything back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos import importing_batches as batches
from agencydesk.data.repos.importing import Session
from agencydesk.data.search import INDEXES, BulkLoad, bulk_loading
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.importing.handlers import (
    ApplyContext,
    KindHandler,
    organization_fields,
)
from agencydesk.services.importing.matching import create_organizations, directory
from agencydesk.services.importing.setup import (
    ImportPreview,
    LoadedFile,
    PreviewRow,
    RowChoice,
)

CHUNK = 2000  # rows per executemany; progress and cancel between chunks
# Below this many rows the search-index triggers are cheaper than a full rebuild.
BULK_INDEX_FROM = 1000

_EMPTY = (None, "")
# The audit entity of the entries about a whole batch (its id is the import batch's).
BATCH_ENTITY = "import_batch"


@dataclass
class Applied:
    batch_id: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    organizations_created: list[str] = field(default_factory=list)


def _chosen(
    preview: ImportPreview, choices: Mapping[int, RowChoice]
) -> Iterator[tuple[PreviewRow, RowChoice]]:
    for row in preview.rows:
        if not row.errors:
            yield row, RowChoice(choices.get(row.row, row.choice))


def apply_import(
    session: Session,
    handler: KindHandler,
    loaded: LoadedFile,
    preview: ImportPreview,
    choices: Mapping[int, RowChoice],
    user: str | None,
    progress: ProgressSink,
    cancel: CancelToken | None,
) -> Applied:
    setup = preview.setup
    plan_ids: list[int] = []
    if setup.plan_id is None and setup.new_plan_title:
        if setup.kind is not ImportKind.ACTIONS:
            # Progress updates and measurements change what a plan has: a plan they name
            # that does not exist is a mistake, never a new (empty) plan. The headless import
            # and the wizard refuse it before; this keeps any other caller from doing it.
            raise UserError("import_no_such_plan", plan=setup.new_plan_title, kind=setup.kind.value)
        plan_ids = [repo.create_plan(session, setup.new_plan_title)]
        setup = replace(setup, plan_id=plan_ids[0])
    handler.check_setup(session, setup)
    creates: list[PreviewRow] = []
    updates: list[tuple[PreviewRow, RowChoice]] = []
    skipped = 0
    for row, choice in _chosen(preview, choices):
        if choice is RowChoice.CREATE:
            creates.append(row)
        elif choice in (RowChoice.UPDATE, RowChoice.FILL) and row.match is not None:
            updates.append((row, choice))
        else:
            skipped += 1
    total = len(creates) + len(updates)
    mapping = {
        (preview.headers[col] if col < len(preview.headers) else "") or str(col): name
        for col, name in sorted(setup.mapping.items())
    }
    batch_id = batches.start_batch(
        session,
        file_name=loaded.name,
        file_sha256=loaded.sha256,
        sheet=setup.sheet,
        entity=setup.kind.value,
        mapping=mapping,
        user=user,
        format=loaded.workbook.format.value,
        header_row=setup.header_row,
        rows_count=len(preview.rows),
        undo_data={},
    )
    result = Applied(batch_id, skipped=skipped)
    ctx = ApplyContext(session, setup, user)
    if plan_ids:
        ctx.note_created("action_plans", plan_ids)
        batches.insert_audit(
            session,
            [
                {
                    "user": user,
                    "entity": "action_plan",
                    "entity_id": plan_ids[0],
                    "action": AuditAction.CREATE,
                    "changes": {"title": [None, setup.new_plan_title]},
                }
            ],
        )
    indexed = tuple(t for t in INDEXES if t in (handler.table, "organizations", "people"))
    loading = (
        bulk_loading(session, indexed, incremental=True)
        if total >= BULK_INDEX_FROM
        else contextlib.nullcontext(BulkLoad())
    )
    with loading as load:
        progress(0, total, "import")
        names = [n for row in creates for n in row.new_organizations]
        names += [n for row, _ in updates for n in row.new_organizations]
        ctx.organizations = directory(session) if _needs_directory(preview) else {}
        created_names, org_ids, org_audit = create_organizations(
            session, names, ctx.organizations, setup.new_organization_type, user
        )
        result.organizations_created = created_names
        if org_ids:
            ctx.note_created("organizations", org_ids)
        batches.insert_audit(session, org_audit)
        main_ids = _insert(ctx, handler, batch_id, creates, progress, cancel, total)
        result.created = len(main_ids)
        result.updated, previous = _update(
            ctx, handler, updates, progress, cancel, total, len(creates)
        )
        if previous:
            load.existing_rows_changed(handler.table)
        result.unchanged = len(updates) - result.updated
        progress(total, total, "import")
    created = {handler.table: main_ids}
    for table, ids in ctx.created.items():
        created.setdefault(table, []).extend(ids)
    batches.finish_batch(
        session,
        batch_id,
        created_count=result.created,
        updated_count=result.updated,
        unchanged_count=result.unchanged,
        skipped_count=result.skipped,
        error_count=sum(1 for r in preview.rows if r.errors),
        undo_data={
            "created": {t: ids for t, ids in created.items() if ids},
            "updated": {handler.table: previous} if previous else {},
        },
    )
    return result


def _needs_directory(preview: ImportPreview) -> bool:
    setup = preview.setup
    used = set(setup.mapping.values()) | set(setup.defaults)
    return bool(organization_fields(setup.kind) & used)


def _insert(
    ctx: ApplyContext,
    handler: KindHandler,
    batch_id: int,
    rows: list[PreviewRow],
    progress: ProgressSink,
    cancel: CancelToken | None,
    total: int,
) -> list[int]:
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        if cancel is not None:
            cancel.check()
        chunk = [r.values() for r in rows[start : start + CHUNK]]
        ids.extend(handler.insert_rows(ctx, chunk))
        progress(len(ids), total, "import")
    if ids:
        # ONE audit entry for every row the batch created: the batch row (import_batches) is
        # their trail (file, sheet, mapping, user, time, and in its undo data the ids created),
        # and a copy of it per record would cost more than the insert itself. Updates keep an
        # entry per record, with the values before and after.
        batches.insert_audit(
            ctx.session,
            [
                {
                    "user": ctx.user,
                    "entity": BATCH_ENTITY,
                    "entity_id": batch_id,
                    "action": AuditAction.CREATE,
                    "changes": {handler.table: [None, len(ids)]},
                }
            ],
        )
    return ids


def _update(
    ctx: ApplyContext,
    handler: KindHandler,
    rows: list[tuple[PreviewRow, RowChoice]],
    progress: ProgressSink,
    cancel: CancelToken | None,
    total: int,
    done: int,
) -> tuple[int, dict[str, dict[str, list[Any]]]]:
    """UPDATE / FILL the matched records; returns how many rows changed one, and undo data."""
    changed = 0
    previous: dict[str, dict[str, list[Any]]] = {}  # str(id) -> column -> [before, after]
    for start in range(0, len(rows), CHUNK):
        if cancel is not None:
            cancel.check()
        chunk = rows[start : start + CHUNK]
        wanted = [(row, choice, handler.columns(ctx, row.values())) for row, choice in chunk]
        columns = {c for _, _, cols in wanted for c in cols}
        ids = [row.match.record_id for row, _, _ in wanted if row.match is not None]
        current = repo.current_values(ctx.session, handler.table, ids, columns)
        changes: dict[int, dict[str, Any]] = {}
        audit: list[dict[str, Any]] = []
        for row, choice, cols in wanted:
            assert row.match is not None
            record_id = row.match.record_id
            now = current.get(record_id)
            if now is None:  # deleted since the preview
                continue
            diff = {
                c: v
                for c, v in cols.items()
                if now.get(c) != v
                and (choice is RowChoice.UPDATE or now.get(c) in _EMPTY)
                and not handler.keeps_stored(c, now.get(c), v)
            }
            if not diff:
                continue
            # Undo keeps the first value seen before this batch; derived columns (a folded
            # sort key) are recomputed on undo, never stored.
            undo = previous.setdefault(str(record_id), {})
            for c, v in diff.items():
                before = undo[c][0] if c in undo else batches.to_json(now.get(c))
                undo[c] = [before, batches.to_json(v)]
            audit.append(
                {
                    "user": ctx.user,
                    "entity": handler.entity,
                    "entity_id": record_id,
                    "action": AuditAction.UPDATE,
                    "changes": {
                        c: [batches.to_json(now.get(c)), batches.to_json(v)]
                        for c, v in diff.items()
                    },
                }
            )
            now.update(diff)
            changes.setdefault(record_id, {}).update(diff | handler.derived(diff))
            changed += 1
        repo.update_rows(ctx.session, handler.table, changes)
        batches.insert_audit(ctx.session, audit)
        progress(done + start + len(chunk), total, "import")
    return changed, previous
