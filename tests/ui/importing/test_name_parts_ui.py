"""The wizard on a roster that splits names over columns ("Nombres | Apellido paterno |
Apellido materno"): the columns step proposes the name parts and lets the user choose them by
hand, the preview shows the one full name each row is stored with."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from agencydesk.ui.importing import wizard as steps
from agencydesk.ui.importing.field_labels import field_label
from agencydesk.ui.importing.preview_model import FIRST_FIELD, PreviewModel
from agencydesk.ui.importing.wizard import ImportWizard

HEADER = ["N°", "Nombres", "Apellido paterno", "Apellido materno", "DNI", "Teléfono", "Cargo"]


def write_roster(path: Path, header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Productores"
    sheet.append(["PADRÓN DE PRODUCTORES — CADENA DEL CACAO"])
    sheet.append(header)
    sheet.append([1, "Ana María", "Quispe", "Huamán", "71234501", "987654321", "Socia"])
    sheet.append([2, "José", "Ñahui", None, "71234502", None, "Tesorero"])
    sheet.append([3, "A" * 150, "B" * 100, "C" * 60, "71234503", None, None])
    book.save(path)
    return path


def next_page(qtbot, wizard: ImportWizard, expected: int) -> None:
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=10_000)


def to_columns(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.start_with(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=20_000)
    next_page(qtbot, wizard, steps.HEADER)  # one sheet: nothing to choose on the sheet step
    next_page(qtbot, wizard, steps.COLUMNS)


def to_preview(qtbot, wizard: ImportWizard) -> PreviewModel:
    next_page(qtbot, wizard, steps.OPTIONS)
    next_page(qtbot, wizard, steps.PREVIEW)
    qtbot.waitUntil(lambda: wizard.preview_page.model is not None, timeout=20_000)
    return wizard.preview_page.model


def test_split_names_are_proposed_and_previewed_whole(qtbot, wizard, tmp_path):
    to_columns(qtbot, wizard, write_roster(tmp_path / "padrón.xlsx"))
    page = wizard.columns_page
    assert [page.combos[c].currentData() for c in (1, 2, 3)] == [
        "given_names", "surname", "second_surname",
    ]  # fmt: skip
    # The parts have their own labels among the fields, after the full name.
    combo = page.combos[1]
    items = [combo.itemData(i) for i in range(combo.count())]
    assert items[1:6] == [
        "full_name", "given_names", "middle_names", "surname", "second_surname",
    ]  # fmt: skip
    assert combo.currentText() == field_label("given_names") != "given_names"
    assert page.isComplete()
    # The page says how the name is made, with a name as it will be stored.
    hint = page.message.text()
    assert "“Nombres” + “Apellido paterno” + “Apellido materno”" in hint
    assert "“Ana María Quispe Huamán”" in hint

    model = to_preview(qtbot, wizard)
    assert "full_name" in model.fields and not {"given_names", "surname"} & set(model.fields)
    column = FIRST_FIELD + model.fields.index("full_name")
    assert model.headerData(column, Qt.Orientation.Horizontal) == field_label("full_name")
    shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert shown[:2] == ["Ana María Quispe Huamán", "José Ñahui"]
    # Too long once joined: refused, the cell shows the name as the file has it.
    assert shown[2] == f"{'A' * 150} {'B' * 100} {'C' * 60}"
    assert model.row_at(2).rejected


def test_name_parts_can_be_chosen_by_hand(qtbot, wizard, tmp_path):
    header = ["N°", "Col. B", "Col. C", "Col. D", "DNI", "Teléfono", "Cargo"]
    to_columns(qtbot, wizard, write_roster(tmp_path / "sin encabezados.xlsx", header))
    page = wizard.columns_page
    assert wizard.state.setup.kind.value == "people"
    assert not page.isComplete()
    assert field_label("full_name") in page.message.text()
    for column, name in ((1, "given_names"), (2, "surname")):
        combo = page.combos[column]
        combo.setCurrentIndex(combo.findData(name))
    assert wizard.state.setup.mapping[1] == "given_names"
    assert page.isComplete() and "“Ana María Quispe”" in page.message.text()
    # A whole-name column mapped too: it is the name, the parts fill its empty cells.
    combo = page.combos[3]
    combo.setCurrentIndex(combo.findData("full_name"))
    assert "“Col. D”" in page.message.text() and "“Col. B” + “Col. C”" in page.message.text()
    combo.setCurrentIndex(0)  # "Do not import"
    assert 3 not in wizard.state.setup.mapping

    model = to_preview(qtbot, wizard)
    column = FIRST_FIELD + model.fields.index("full_name")
    assert model.data(model.index(0, column)) == "Ana María Quispe"
