"""Export PDF…: every document generated off the GUI thread from the demo data and previewed,
a refusal said in a sentence, and a cancel that leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdf
import pytest
from pdf_driving import Boxes, Records, preview_of
from PySide6.QtWidgets import QWidget

from agencydesk.services.reports.service import ReportsService
from agencydesk.services.workspace import Workspace
from agencydesk.ui.reports import actions
from agencydesk.ui.reports.actions import FOLDER_PREFIX, STALE_AFTER_S, export_pdf
from agencydesk.ui.reports.preview import PdfPreviewDialog
from agencydesk.ui.worker import DbWorker

KINDS = ["action-plan", "minutes", "sign-in", "agreements", "agreements-all", "handover"]


def record_for(kind: str, records: Records) -> int | None:
    return {
        "action-plan": records.plan,
        "minutes": records.held_meeting,
        "sign-in": records.planned_meeting,
        "agreements": records.initiative,
        "agreements-all": None,
        "handover": records.initiative,
    }[kind]


# QtPdf warns about links to a whole page (/Fit, the handover's table of contents): it reads
# only /XYZ destinations. The links work in PDF readers; the preview does not follow links.
@pytest.mark.parametrize("kind", KINDS)
def test_each_document_is_generated_and_previewed(
    qtbot,
    kind: str,
    owner: QWidget,
    workspace: Workspace,
    worker: DbWorker,
    records: Records,
    boxes: Boxes,
    temp_root: Path,
) -> None:
    service_kind = kind.removesuffix("-all")
    task = export_pdf(owner, workspace, service_kind, record_for(kind, records), worker)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000) as outcome:
        pass
    written = outcome.args[0]
    dialog = preview_of(qtbot, owner)
    qtbot.waitUntil(worker.is_idle)
    assert boxes.warned == []
    pages = len(pypdf.PdfReader(dialog.path).pages)
    assert dialog.page_count == pages == written.pages >= 1
    assert dialog.windowTitle() == written.title
    assert dialog.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: owner.findChild(PdfPreviewDialog) is None)  # deleted on close
    assert list(temp_root.iterdir()) == []


def test_a_write_refused_by_the_folder_is_said_and_leaves_nothing(
    qtbot,
    owner: QWidget,
    workspace: Workspace,
    worker: DbWorker,
    records: Records,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch,
) -> None:
    # A folder that cannot be written (its "parent" is a file: refused for root as well).
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    folder = tmp_path / "pdf-folder"
    folder.mkdir()
    monkeypatch.setattr(actions, "new_folder", lambda: folder)
    monkeypatch.setattr(
        ReportsService,
        "write",
        _write_to(blocker / "plan.pdf", ReportsService.write),
    )
    task = export_pdf(owner, workspace, "action-plan", records.plan, worker)
    assert task is not None
    with qtbot.waitSignal(task.refused, timeout=30_000):
        pass
    qtbot.waitUntil(worker.is_idle)
    assert len(boxes.warned) == 1
    assert boxes.warned[0].startswith("Cannot write ")
    assert "plan.pdf" in boxes.warned[0]
    assert owner.findChild(PdfPreviewDialog) is None
    assert not folder.exists()
    assert blocker.read_text() == ""


def _write_to(target: Path, real):
    """The service's write, aimed at ``target`` whatever it was asked."""

    def write(self, kind, record_id, _out, **kwargs):
        return real(self, kind, record_id, target, **kwargs)

    return write


def test_a_deleted_record_is_said_in_a_sentence(
    qtbot, owner: QWidget, workspace: Workspace, worker: DbWorker, boxes: Boxes, temp_root: Path
) -> None:
    task = export_pdf(owner, workspace, "handover", 999_999, worker)
    assert task is not None
    with qtbot.waitSignal(task.refused, timeout=30_000):
        pass
    qtbot.waitUntil(worker.is_idle)
    assert boxes.warned == ["What you were working on was deleted in the meantime."]
    assert list(temp_root.iterdir()) == []


def test_cancel_leaves_no_file(
    qtbot,
    owner: QWidget,
    workspace: Workspace,
    worker: DbWorker,
    records: Records,
    boxes: Boxes,
    temp_root: Path,
) -> None:
    # The worker is busy with another job: the export waits, is cancelled, never starts.
    release = threading.Event()
    busy = worker.submit(lambda _progress, _cancel: release.wait(30))
    task = export_pdf(owner, workspace, "action-plan", records.plan, worker)
    assert task is not None
    assert len(list(temp_root.iterdir())) == 1  # its folder, empty
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        release.set()
    qtbot.waitUntil(worker.is_idle)
    assert busy is not None
    assert list(temp_root.iterdir()) == []
    assert owner.findChild(PdfPreviewDialog) is None
    assert boxes.warned == []


def test_cancel_while_the_pages_are_laid_out(
    qtbot,
    owner: QWidget,
    workspace: Workspace,
    worker: DbWorker,
    records: Records,
    temp_root: Path,
    monkeypatch,
) -> None:
    """The cancel token reaches the service: pressed in the middle of the layout, the write
    stops and nothing is left."""
    real = ReportsService.write
    started = threading.Event()

    def cancelled_midway(self, kind, record_id, out, progress, cancel, **kwargs):
        def progress_then_cancel(done: int, total: int, label: str) -> None:
            progress(done, total, label)
            if done > 0:
                started.set()
                cancel.cancel()  # as Cancel in the progress dialog does

        return real(self, kind, record_id, out, progress=progress_then_cancel, cancel=cancel)

    monkeypatch.setattr(ReportsService, "write", cancelled_midway)
    task = export_pdf(owner, workspace, "handover", records.initiative, worker)
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        pass
    qtbot.waitUntil(worker.is_idle)
    assert started.is_set()
    assert list(temp_root.iterdir()) == []


def test_no_temporary_folder_is_said(
    qtbot, owner: QWidget, workspace: Workspace, worker: DbWorker, boxes: Boxes, monkeypatch
) -> None:
    def refuse() -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(actions, "new_folder", refuse)
    assert export_pdf(owner, workspace, "action-plan", 1, worker) is None
    assert len(boxes.warned) == 1 and boxes.warned[0].startswith("Cannot write ")
    assert worker.is_idle()


def test_folders_left_a_day_ago_are_swept(temp_root: Path) -> None:
    import os
    import time

    old = temp_root / f"{FOLDER_PREFIX}old"
    old.mkdir()
    (old / "Plan.pdf").write_bytes(b"%PDF")
    recent = temp_root / f"{FOLDER_PREFIX}recent"
    recent.mkdir()
    someone_elses = temp_root / "other-program"
    someone_elses.mkdir()
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(someone_elses, (long_ago, long_ago))
    fresh = actions.new_folder()
    assert sorted(p.name for p in temp_root.iterdir()) == sorted(
        [recent.name, someone_elses.name, fresh.name]
    )
