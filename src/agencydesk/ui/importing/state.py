"""What the import wizard's pages share: the service, the worker, and what has been decided.

Lives on the GUI thread only; jobs on the worker get copies of what they need (frozen records)
and hand back new frozen records, never this object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from agencydesk.domain.importing.kinds import MEETING_KINDS, PLAN_KINDS
from agencydesk.domain.importing.workbook import RawSheet
from agencydesk.domain.records import NamedRef
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import (
    ImportPreview,
    ImportResult,
    ImportSetup,
    LoadedFile,
    RowChoice,
)
from agencydesk.ui.worker import DbWorker

__all__ = ["MEETING_KINDS", "PLAN_KINDS", "ImportState"]


@dataclass
class ImportState:
    service: ImportService
    worker: DbWorker
    plan_choices: Callable[[], list[NamedRef]] = list
    meeting_choices: Callable[[], list[NamedRef]] = list
    day_first: bool = True
    path: Path | None = None
    loaded: LoadedFile | None = None
    setup: ImportSetup | None = None
    preview: ImportPreview | None = None
    # Choices the user made in the preview, by spreadsheet row (the rest keep the proposal).
    choices: dict[int, RowChoice] = field(default_factory=dict)
    result: ImportResult | None = None
    # The plan an import into a new plan created (found after the run, for "Open the list").
    created_plan_id: int | None = None

    def sheet(self) -> RawSheet:
        assert self.loaded is not None and self.setup is not None
        return self.loaded.workbook.sheet(self.setup.sheet)

    def forget_preview(self) -> None:
        """A change before the preview step makes the previous preview (and choices) stale."""
        self.preview = None
        self.choices = {}
        self.result = None
