"""The headless import's choices (``agencydesk import``), and the plans an import goes into.

``HeadlessImports`` is a part of ``ImportService`` (its base class), kept apart so that the
service's module holds the wizard's steps and this one the command line's rules: what
``--plan`` and ``--meeting`` may name, and the wizard's automatic choices run end to end.
It uses the service's ``_uow``, ``_user``, ``load``, ``propose``, ``preview`` and ``run``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import MEETING_KINDS, PLAN_KINDS
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress

if TYPE_CHECKING:
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.services.importing.setup import ImportPreview, ImportResult, LoadedFile


class HeadlessImports:
    _uow: Any
    _user: Any
    load: Any
    propose: Any
    preview: Any
    run: Any

    # --- plans -----------------------------------------------------------------------------

    def find_plan(self, name_or_id: str) -> int | None:
        """The plan with this id or title; None when none; UserError when several match."""
        from agencydesk.data.repos import importing as repo

        with self._uow() as s:
            found = repo.find_plans(s, name_or_id)
        if len(found) > 1:
            raise UserError("import_plan_ambiguous", plan=name_or_id, count=len(found))
        return found[0] if found else None

    def plan_for(self, name_or_id: str) -> int:
        """The plan named (by id or title), created as a draft with that title if none."""
        from agencydesk.data.repos import importing as repo
        from agencydesk.data.repos import importing_batches as batch_repo

        found = self.find_plan(name_or_id)
        if found is not None:
            return found
        with self._uow(write=True) as s:
            plan_id = repo.create_plan(s, name_or_id)
            batch_repo.insert_audit(
                s,
                [
                    {
                        "user": self._user(),
                        "entity": "action_plan",
                        "entity_id": plan_id,
                        "action": AuditAction.CREATE,
                        "changes": {"title": [None, name_or_id.strip()]},
                    }
                ],
            )
        return plan_id

    # --- headless --------------------------------------------------------------------------

    def import_loaded(
        self,
        loaded: LoadedFile,
        kind: ImportKind,
        *,
        sheet: str | None = None,
        plan: str | None = None,
        meeting_id: int | None = None,
        on_match: str = "skip",  # an OnMatch
        dry_run: bool = False,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> tuple[ImportPreview, ImportResult]:
        """The wizard's automatic choices on an already read file, then the import."""
        from agencydesk.services.importing.setup import OnMatch

        if meeting_id is not None and kind not in MEETING_KINDS:
            # Said, not ignored: whoever typed --meeting meant the rows for a meeting.
            raise UserError("import_meeting_not_used", kind=str(kind))
        setup = self.propose(loaded, kind, sheet)
        setup = replace(setup, on_match=OnMatch(on_match), meeting_id=meeting_id)
        if plan is not None:
            plan_id, new_title = self._headless_plan(plan, setup.kind)
            setup = replace(setup, plan_id=plan_id, new_plan_title=new_title)
        preview = self.preview(loaded, setup, progress, cancel)
        result = self.run(loaded, preview, None, progress, cancel, dry_run)
        return preview, result

    def _headless_plan(self, plan: str, kind: ImportKind) -> tuple[int | None, str | None]:
        """``--plan``: (the existing plan's id, None) or (None, the title of a plan to create).

        Only an actions import may create a plan (as the wizard offers): progress updates and
        measurements change what a plan already has, so a typo in the name must be refused,
        not become an empty plan that rejects every row. A plan is never created for a kind
        that has none, nor from a number (``--plan 7`` means plan 7), a blank or a title the
        column cannot hold.
        """
        from agencydesk.domain.importing.kinds import ImportKind
        from agencydesk.domain.plans import PlanDraft, clean_plan, plan_errors

        text = plan.strip()
        if not text:
            raise UserError("import_plan_blank")
        if kind not in PLAN_KINDS:
            raise UserError("import_plan_not_used", kind=kind.value)
        found = self.find_plan(text)
        if found is not None:
            return found, None
        if text.isdecimal():  # "--plan 7" means plan number 7, never a new plan "7"
            raise UserError("import_unknown_plan", plan=text)
        if kind is not ImportKind.ACTIONS:
            raise UserError("import_no_such_plan", plan=text, kind=kind.value)
        if plan_errors(clean_plan(PlanDraft(title=text))).get("title") == "too_long":
            raise UserError("import_plan_title_too_long", length=len(text))
        return None, text

    def import_file(
        self,
        path: Path,
        kind: ImportKind,
        *,
        sheet: str | None = None,
        plan: str | None = None,
        meeting_id: int | None = None,
        on_match: str = "skip",  # an OnMatch
        dry_run: bool = False,
        progress: ProgressSink = no_progress,
        cancel: CancelToken | None = None,
    ) -> tuple[LoadedFile, ImportPreview, ImportResult]:
        loaded = self.load(path, cancel)
        preview, result = self.import_loaded(
            loaded,
            kind,
            sheet=sheet,
            plan=plan,
            meeting_id=meeting_id,
            on_match=on_match,
            dry_run=dry_run,
            progress=progress,
            cancel=cancel,
        )
        return loaded, preview, result

    @staticmethod
    def report(loaded: LoadedFile, preview: ImportPreview, result: ImportResult) -> dict[str, Any]:
        from agencydesk.services.importing.report import build_report

        return build_report(loaded, preview, result)
