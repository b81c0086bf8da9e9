"""The office's logo in Settings: chosen, checked, copied into the config folder on OK, shown
as a thumbnail, removed; and printed on the documents."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pdf_driving import Boxes
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from agencydesk.services.database import Database
from agencydesk.services.reports.service import Office
from agencydesk.services.settings import Settings
from agencydesk.services.workspace import Workspace
from agencydesk.ui.reports.logo import MAX_HEIGHT
from agencydesk.ui.settings_dialog import SettingsDialog


def picture(path: Path, width: int = 120, height: int = 60, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f6f43"))
    assert image.save(str(path), fmt)
    return path


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


def chooses(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path) if path else "", ""))


def dialog_for(qtbot, settings: Settings, config_dir: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, None, config_dir)
    qtbot.addWidget(dialog)
    return dialog


def test_a_chosen_logo_is_copied_on_ok_and_stored(
    qtbot, tmp_path: Path, config_dir: Path, monkeypatch, boxes: Boxes
) -> None:
    source = picture(tmp_path / "escudo municipal.png")
    dialog = dialog_for(qtbot, Settings(), config_dir)
    field = dialog.logo
    assert field.thumbnail.text() == "No logo"
    assert not field.remove_button.isEnabled()
    chooses(monkeypatch, source)
    field.choose_button.click()
    assert not field.thumbnail.pixmap().isNull()
    assert field.thumbnail.pixmap().height() == 40
    assert field.remove_button.isEnabled()
    assert not config_dir.exists()  # nothing is copied before OK

    dialog.accept()
    stored = config_dir / "office-logo.png"
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings().office_logo == str(stored)
    assert QImage(str(stored)).size() == QImage(str(source)).size()
    source.unlink()  # the original may go: the copy stays
    assert stored.exists()
    assert boxes.warned == []


def test_a_jpeg_replaces_the_png_and_a_large_photo_is_scaled(
    qtbot, tmp_path: Path, config_dir: Path, monkeypatch
) -> None:
    config_dir.mkdir()
    old = picture(config_dir / "office-logo.png")
    photo = picture(tmp_path / "foto.JPG", 4000, 3000, "JPEG")
    dialog = dialog_for(qtbot, Settings(office_logo=str(old)), config_dir)
    assert not dialog.logo.thumbnail.pixmap().isNull()  # the current logo shows
    chooses(monkeypatch, photo)
    assert dialog.logo.choose()
    dialog.accept()
    stored = config_dir / "office-logo.jpg"
    assert dialog.result_settings().office_logo == str(stored)
    assert sorted(p.name for p in config_dir.iterdir()) == ["office-logo.jpg"]
    image = QImage(str(stored))
    assert image.height() == MAX_HEIGHT and image.width() == 800


def test_a_file_that_is_not_a_picture_is_refused_in_a_sentence(
    qtbot, tmp_path: Path, config_dir: Path, monkeypatch, boxes: Boxes
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("this is not a picture")
    dialog = dialog_for(qtbot, Settings(), config_dir)
    chooses(monkeypatch, fake)
    assert not dialog.logo.choose()
    assert len(boxes.warned) == 1
    assert boxes.warned[0].startswith("“logo.png” is not a picture AgencyDesk can read.")
    assert dialog.logo.chosen is None
    dialog.accept()
    assert dialog.result_settings().office_logo is None
    assert not config_dir.exists()


def test_remove_forgets_the_logo_and_deletes_the_copy(
    qtbot, config_dir: Path, tmp_path: Path
) -> None:
    config_dir.mkdir()
    ours = picture(config_dir / "office-logo.png")
    dialog = dialog_for(qtbot, Settings(office_logo=str(ours)), config_dir)
    qtbot.mouseClick(dialog.logo.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.logo.thumbnail.text() == "No logo"
    dialog.accept()
    assert dialog.result_settings().office_logo is None
    assert not ours.exists()

    # A logo kept elsewhere (set by hand in settings.json) is only forgotten, never deleted.
    elsewhere = picture(tmp_path / "logo.png")
    dialog = dialog_for(qtbot, Settings(office_logo=str(elsewhere)), config_dir)
    dialog.logo.remove()
    dialog.accept()
    assert elsewhere.exists()


def test_cancel_copies_nothing(qtbot, tmp_path: Path, config_dir: Path, monkeypatch) -> None:
    dialog = dialog_for(qtbot, Settings(), config_dir)
    chooses(monkeypatch, picture(tmp_path / "logo.png"))
    dialog.logo.choose()
    dialog.reject()
    assert not config_dir.exists()


def test_a_logo_that_cannot_be_copied_keeps_the_dialog_open(
    qtbot, tmp_path: Path, monkeypatch, boxes: Boxes
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    dialog = dialog_for(qtbot, Settings(), blocker / "config")
    chooses(monkeypatch, picture(tmp_path / "logo.png"))
    dialog.logo.choose()
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()  # still open: OK again after fixing, or Cancel
    assert len(boxes.warned) == 1 and boxes.warned[0].startswith("Cannot write ")


def test_a_missing_logo_file_is_shown_as_missing(qtbot, tmp_path: Path, config_dir) -> None:
    dialog = dialog_for(qtbot, Settings(office_logo=str(tmp_path / "gone.png")), config_dir)
    assert dialog.logo.thumbnail.text() == "The logo file is missing"
    assert dialog.logo.remove_button.isEnabled()


def test_the_stored_logo_prints_on_the_documents(
    qtbot, tmp_path: Path, config_dir: Path, demo_database: Database, monkeypatch
) -> None:
    dialog = dialog_for(qtbot, Settings(office_name="Municipalidad de Sullana"), config_dir)
    chooses(monkeypatch, picture(tmp_path / "escudo.png"))
    dialog.logo.choose()
    dialog.accept()
    settings = dialog.result_settings()
    assert settings.office_logo is not None
    workspace = Workspace.open(
        demo_database,
        lambda: "tester",
        office=lambda: Office(settings.office_name, Path(settings.office_logo)),
    )
    out = tmp_path / "acuerdos.pdf"
    workspace.reports.write("agreements", None, out)
    page = pypdf.PdfReader(out).pages[0]
    images = [
        x for x in page["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"
    ]
    assert images
    assert "Municipalidad de Sullana" in page.extract_text()
