"""The exchange use cases: export a file, read one, merge it (or only say what merging would do)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path

from agencydesk.data.repos import exchange as repo
from agencydesk.data.search import INDEXES, bulk_loading
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.exchange import export, fileformat, merge
from agencydesk.services.exchange.context import MergeContext
from agencydesk.services.exchange.fileformat import ExchangeFile
from agencydesk.services.exchange.records import Decision, ExportResult, MergeResult

BULK_INDEX_FROM = 1000  # organizations and people in a file, from which the index is rebuilt


class _DryRun(Exception):
    """Raised at the end of a dry run so the unit of work rolls everything back."""

    def __init__(self, result: MergeResult) -> None:
        super().__init__("dry run")
        self.result = result


class ExchangeService:
    def __init__(
        self,
        uow: UnitOfWork,
        current_user: Callable[[], str | None],
        office_name: Callable[[], str | None] = lambda: None,
        safety_backup: Callable[[], object] = lambda: None,
    ) -> None:
        """``safety_backup`` is called before a merge writes (not before a dry run): a merge
        has no undo, a backup is how it is taken back."""
        self._uow = uow
        self._user = current_user
        self._office = office_name
        self._safety_backup = safety_backup

    def export(
        self,
        out: Path,
        initiative_id: int | None = None,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        """Write one initiative (or everything) to ``out``, an exchange file.

        Only reads, in a reading unit of work: a writing one would hold the write lock for as
        long as the file takes to write, and every save meanwhile would wait, then fail. The
        one thing an export writes, this database's id (at its first exchange), is written
        before, in a short unit of work of its own."""
        self._own_id()
        with self._uow() as session:
            return export.write(session, Path(out), initiative_id, self._office(), progress, cancel)

    def _own_id(self) -> str:
        """This database's exchange id, made (and committed) now if it has none yet."""
        found = self.database_id()
        if found is None:
            with self._uow(write=True) as session:  # looks again under the lock: made once
                found = repo.self_id(session, create=True)
        assert found is not None
        return found

    @staticmethod
    def read(path: Path) -> ExchangeFile:
        """Read and check a received file (no database needed); ``UserError`` if refused."""
        return fileformat.read_file(Path(path))

    def database_id(self) -> str | None:
        """This database's exchange id (None until its first exchange)."""
        with self._uow() as session:
            return repo.self_id(session, create=False)

    def merge(
        self,
        file: ExchangeFile,
        decisions: Mapping[tuple[str, str], Decision] | None = None,
        *,
        default: Decision | None = None,
        dry_run: bool = False,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> MergeResult:
        """Merge ``file`` into this database in one transaction.

        ``decisions`` settle conflicts by (table, uuid); ``default`` settles the others (None:
        they are left as they are, ours kept, and asked again next time). ``dry_run``: the
        same work, then everything is rolled back: the summary and conflicts, nothing written.
        """
        if not dry_run:
            self._safety_backup()
        try:
            with self._uow(write=True) as session:  # a dry run writes too, then rolls back
                result = self._merge(
                    session, file, decisions or {}, default, dry_run, progress, cancel
                )
                if dry_run:
                    raise _DryRun(result)
                return result
        except _DryRun as done:
            return done.result

    def _merge(
        self,
        session: repo.Session,
        file: ExchangeFile,
        decisions: Mapping[tuple[str, str], Decision],
        default: Decision | None,
        dry_run: bool,
        progress: ProgressSink,
        cancel: CancelToken | None,
    ) -> MergeResult:
        info = file.info
        own = repo.self_id(session, create=True)
        if own == info.source_database_id:
            raise UserError("exchange_same_database", name=info.name)
        peer_id = repo.peer(session, info.source_database_id, info.source_name)
        ctx = MergeContext(
            session=session,
            file=file,
            peer_id=peer_id,
            marks=repo.marks_of(session, peer_id),
            their_marks={m.uuid: m for m in file.marks if m.peer == own},
            decisions=decisions,
            default=default,
            user=self._user(),
        )
        indexed = tuple(t for t in INDEXES if file.tables.get(t))
        big = sum(len(file.tables[t]) for t in indexed) >= BULK_INDEX_FROM
        # Search-index triggers make a large insert several times slower: rebuilt once after.
        with bulk_loading(session, indexed) if big else contextlib.nullcontext():
            merge.merge(ctx, progress, cancel)
        repo.save_marks(session, peer_id, ctx.new_marks)
        repo.peer_imported(session, peer_id, info.exported_at)
        repo.insert_audit(session, ctx.audit)
        return MergeResult(
            info=info,
            dry_run=dry_run,
            counts=ctx.counts,
            conflicts=tuple(ctx.conflicts),
            decided=dict(ctx.decided),
            notes=tuple(ctx.notes),
        )
