"""A partner's sheet keeps an old column hidden beside the one it fills ("RUC" hidden, "RUC"
visible with the corrected numbers): the visible one is imported. Before, the leftmost of the
two won, hidden or not, and the old RUCs were stored. Files written with openpyxl (the
column's hidden flag is in the sheet's <cols>), read with python-calamine plus the side scan."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from pipeline_support import rows_of

from agencydesk.cli import main
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import Database
from agencydesk.services.importing.mappings import visible_first
from agencydesk.services.importing.reading import read_workbook
from agencydesk.services.importing.service import ImportService

HEADER = ["Nombre de la organización", "RUC", "RUC", "Tipo de actor", "Correo electrónico"]
ROWS = [
    ["Asociación Nueva Esperanza", "20100000001", "20601234567", "Sociedad civil", "ane@x.pe"],
    ["Maderera Río Abajo S.A.C.", "20100000002", "20609876543", "Privado", "mra@x.pe"],
]


def padron(path: Path, hidden: str = "B") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actores"
    sheet.append(["PADRÓN DE ACTORES 2025"])
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    for letters in hidden.split(","):
        sheet.column_dimensions[letters].hidden = True
    book.save(path)
    return path


def test_the_reader_says_which_columns_are_hidden(tmp_path: Path) -> None:
    sheet = read_workbook(padron(tmp_path / "actores.xlsx", "B,E")).sheets[0]
    assert sheet.hidden_columns == frozenset({1, 4})


def test_the_visible_column_is_mapped_before_a_hidden_one() -> None:
    mapping = visible_first(HEADER, ImportKind.ORGANIZATIONS, frozenset({1}))
    assert mapping[2] == "tax_id" and 1 not in mapping
    # Hidden, but no visible column gives the e-mail: it is still the partner's data.
    mapping = visible_first(HEADER, ImportKind.ORGANIZATIONS, frozenset({4}))
    assert mapping[4] == "email"


def test_the_visible_rucs_are_stored(database: Database, tmp_path: Path) -> None:
    importer = ImportService(database.uow, lambda: "tester")
    path = padron(tmp_path / "actores.xlsx")
    _, _, result = importer.import_file(path, ImportKind.ORGANIZATIONS)
    assert result.created == 2 and not result.rejected
    stored = set(rows_of(database, "SELECT name, tax_id FROM organizations"))
    assert stored == {
        ("Asociación Nueva Esperanza", "20601234567"),
        ("Maderera Río Abajo S.A.C.", "20609876543"),
    }


def test_without_hidden_columns_the_mapping_is_unchanged(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(ROWS[0])
    book.save(tmp_path / "plano.xlsx")
    sheet = read_workbook(tmp_path / "plano.xlsx").sheets[0]
    assert sheet.hidden_columns == frozenset()
    assert visible_first(HEADER, ImportKind.ORGANIZATIONS, frozenset())[1] == "tax_id"


def test_the_command_line_imports_the_visible_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    db = tmp_path / "agencydesk.sqlite3"
    path = padron(tmp_path / "actores.xlsx")
    code = main(["--db", str(db), "import", str(path), "--as", "organizations"])
    assert code == 0, capsys.readouterr().err
    with sqlite3.connect(db) as connection:
        taxes = {t for (t,) in connection.execute("SELECT tax_id FROM organizations")}
    assert taxes == {"20601234567", "20609876543"}
