"""The preview of a generated PDF: its pages, Save as…, Print…, the system viewer, zoom, and
the temporary folder it owns."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pdf_driving import Boxes, Records, preview_of
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from agencydesk.services.workspace import Workspace
from agencydesk.ui.reports import preview as preview_module
from agencydesk.ui.reports.actions import FOLDER_PREFIX, export_pdf
from agencydesk.ui.reports.preview import PdfPreviewDialog, pdf_file_name
from agencydesk.ui.reports.printing import pages_to_print
from agencydesk.ui.worker import DbWorker


def generate(qtbot, owner, workspace, worker, kind: str, record_id: int | None):
    task = export_pdf(owner, workspace, kind, record_id, worker)
    assert task is not None
    dialog = preview_of(qtbot, owner)
    qtbot.waitUntil(worker.is_idle)
    return dialog


@pytest.fixture
def plan_preview(
    qtbot, owner: QWidget, workspace: Workspace, worker: DbWorker, records: Records, temp_root
) -> PdfPreviewDialog:
    return generate(qtbot, owner, workspace, worker, "action-plan", records.plan)


def test_the_generated_plan_shows_every_page(
    qtbot, plan_preview: PdfPreviewDialog, temp_root: Path
) -> None:
    dialog = plan_preview
    pages = len(pypdf.PdfReader(dialog.path).pages)
    assert pages > 1
    assert dialog.page_count == pages
    assert dialog.document.pageCount() == pages
    assert dialog.view.pageMode() is QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert dialog.windowTitle() == dialog.title
    # The file is named after the document (the system viewer shows that name).
    assert dialog.path.name == pdf_file_name(dialog.title)
    assert dialog.path.parent.name.startswith(FOLDER_PREFIX)
    assert dialog.path.parent.parent == temp_root
    dialog.show_page(pages - 1)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {pages} of {pages}")

    folder = dialog.path.parent
    dialog.close_button.click()
    assert not folder.exists()  # the dialog's temporary folder goes with it
    assert list(temp_root.iterdir()) == []


def test_zoom_in_out_and_back_to_the_width(plan_preview: PdfPreviewDialog) -> None:
    dialog = plan_preview
    fitted = dialog.effective_zoom()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert not dialog.fit_button.isChecked()
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    dialog.fit_button.click()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert dialog.fit_button.isChecked()


def test_save_as_copies_the_file_under_a_safe_name(
    plan_preview: PdfPreviewDialog, tmp_path: Path, monkeypatch, boxes: Boxes
) -> None:
    dialog = plan_preview
    target = tmp_path / "archivo"
    target.mkdir()
    asked: list[str] = []

    def save_name(_parent, _caption, suggested, filters, *_args):
        asked.append(suggested)
        assert "(*.pdf)" in filters
        return str(target / "Plan forestal"), filters  # typed without ".pdf"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    saved = dialog.save_as()
    assert saved == target / "Plan forestal.pdf"
    assert saved.read_bytes() == dialog.path.read_bytes()
    assert Path(asked[0]).name == pdf_file_name(dialog.title)
    assert str(saved) in dialog.status.full_text()
    assert boxes.warned == []
    assert [p.name for p in target.iterdir()] == ["Plan forestal.pdf"]  # no temporary left

    # The next dialog opens in the folder chosen last.
    dialog.save_as()
    assert Path(asked[1]).parent == target


def test_save_as_into_a_folder_that_cannot_be_written_says_so(
    plan_preview: PdfPreviewDialog, tmp_path: Path, monkeypatch, boxes: Boxes
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(not_a_folder / "plan.pdf"), "")
    )
    assert plan_preview.save_as() is None
    assert len(boxes.warned) == 1
    assert boxes.warned[0].startswith("Cannot write ")
    assert "plan.pdf" in boxes.warned[0]
    assert "Traceback" not in boxes.warned[0]


def test_closing_the_save_dialog_saves_nothing(
    plan_preview: PdfPreviewDialog, monkeypatch, boxes: Boxes
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert plan_preview.save_as() is None
    assert boxes.warned == [] and plan_preview.status.full_text() == ""


def printer_answers(monkeypatch, out: Path, ranges: str | None = None, accept: bool = True):
    """The print dialog, as if the user chose a PDF printer (and pages) and pressed Print."""
    seen: dict[str, object] = {}

    def fake_exec(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen["orientation"] = printer.pageLayout().orientation()
        seen["range"] = (dialog.minPage(), dialog.maxPage())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if ranges:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setPageRanges(QPageRanges.fromString(ranges))
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    return seen


def test_print_renders_the_chosen_pages_on_landscape_paper(
    plan_preview: PdfPreviewDialog, tmp_path: Path, monkeypatch
) -> None:
    dialog = plan_preview
    assert dialog.page_count >= 3
    out = tmp_path / "printed.pdf"
    seen = printer_answers(monkeypatch, out, "2-3")
    assert dialog.print_document()
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == 2
    box = printed.pages[0].mediabox
    assert box.width > box.height  # the plan is landscape: so is the paper
    assert seen["range"] == (1, dialog.page_count)
    assert seen["orientation"].name == "Landscape"
    # The pages are pictures of the document's pages 2 and 3.
    assert all("/XObject" in page["/Resources"] for page in printed.pages)
    # (English plurals come from the catalogue the lead fills: "2 page(s)" until then.)
    assert dialog.status.full_text().startswith("2 page")
    assert dialog.status.full_text().endswith(" sent to the printer.")


def test_print_every_page_by_default_and_nothing_when_cancelled(
    plan_preview: PdfPreviewDialog, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "all.pdf"
    printer_answers(monkeypatch, out)
    assert plan_preview.print_document()
    assert len(pypdf.PdfReader(out).pages) == plan_preview.page_count

    none = tmp_path / "none.pdf"
    printer_answers(monkeypatch, none, accept=False)
    assert not plan_preview.print_document()
    assert not none.exists()


def test_pages_to_print_follow_the_dialog() -> None:
    printer = QPrinter()
    assert pages_to_print(printer, 4) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-4"))
    assert pages_to_print(printer, 4) == [0, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 4) == [3, 2, 0]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 4, current_page=2) == [2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("9-12"))  # past the end
    assert pages_to_print(printer, 4) == []


def test_the_system_viewer_gets_the_file_and_keeps_it(
    qtbot, plan_preview: PdfPreviewDialog, monkeypatch, boxes: Boxes
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = plan_preview
    path = dialog.path
    dialog.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(path)]
    dialog.close_button.click()
    # The viewer may still be reading it: swept by a later export, a day on.
    assert path.exists()
    preview_module.shutil.rmtree(path.parent)


def test_no_pdf_program_is_said(plan_preview: PdfPreviewDialog, monkeypatch, boxes: Boxes) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert not plan_preview.open_outside()
    assert boxes.warned and "No program to open PDF files" in boxes.warned[0]
    folder = plan_preview.path.parent
    plan_preview.reject()
    assert not folder.exists()


def test_keys(qtbot, plan_preview: PdfPreviewDialog, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda _d: asked.append(True) or QDialog.DialogCode.Rejected
    )
    plan_preview.activateWindow()
    qtbot.waitUntil(plan_preview.isActiveWindow)
    qtbot.keyClick(plan_preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    folder = plan_preview.path.parent
    qtbot.keyClick(plan_preview, Qt.Key.Key_Escape)
    assert not plan_preview.isVisible()
    assert not folder.exists()


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Acta N° 3 · Mesa Forestal", "Acta N° 3 · Mesa Forestal.pdf"),
        ('Plan 2025/2026: "Ucayali" <v2>?', "Plan 2025 2026 Ucayali v2.pdf"),
        ("Seguimiento de acuerdos — Mesa. ", "Seguimiento de acuerdos — Mesa.pdf"),
        ("CON", "CON_document.pdf"),
        ("", "document.pdf"),
        ("a" * 300, "a" * 120 + ".pdf"),
    ],
)
def test_file_names_any_system_accepts(title: str, name: str) -> None:
    assert pdf_file_name(title) == name
