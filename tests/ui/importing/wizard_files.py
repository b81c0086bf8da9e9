"""Partner files for the wizard's tests and screenshots, written with openpyxl (AgencyDesk
reads .xlsx with python-calamine): a Spanish "padrón" with the usual quirks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HEADERS = (
    "Nº",
    "Razón social",
    "Tipo de actor",
    "RUC",
    "Correo electrónico",
    "Teléfono",
    "Fecha de registro",
    "N° de socios",
    "Presupuesto anual",
)

# Spreadsheet rows 5..12; row 10 is left blank, row 12 is a totals row.
ROWS: list[tuple | None] = [
    (
        1,
        "Maderas del Ucayali S.A.C.",
        "privado ",
        "20600123457",
        "ventas@maderasucayali.pe",
        "987 654 321",
        "15/03/2024",
        45,
        "$ 12.500.000",
    ),
    (
        2,
        "Cooperativa Agroforestal Shipibo Conibo Ltda.",
        "Privado",
        "20600999881",
        "coopashi@gmail.com",
        "+51 961 234 567",
        "20/05/2024",
        132,
        "$ 800.000",
    ),
    # SERFOR is in the demo directory (same RUC): a match, skipped by default.
    (
        3,
        "Servicio Nacional Forestal y de Fauna Silvestre",
        "Público",
        "20562836927",
        "atencion@serfor.gob.pe",
        "(01) 225-9005",
        date(2024, 2, 1),
        None,
        None,
    ),
    # Not an e-mail address: the row is rejected whole.
    (
        4,
        "Asociación de Extractores del Alto Ucayali",
        "sociedad civil",
        "20487654321",
        "asefu arroba hotmail",
        "961 555 010",
        "03/06/2024",
        58,
        None,
    ),
    # The same RUC as row 5: a duplicate inside the file, skipped.
    (
        5,
        "Maderas del Ucayali SAC",
        "Privado",
        "20600123457",
        "ventas@maderasucayali.pe",
        None,
        "15/03/2024",
        45,
        None,
    ),
    None,
    (
        6,
        "Instituto Tecnológico Forestal Suiza",
        "Academia",
        "20601112223",
        "informes@itsuiza.edu.pe",
        "(061) 571 000",
        date(2024, 7, 15),
        0,
        "$ 2.300.000",
    ),
    ("TOTAL", None, None, None, None, None, None, 280, "$ 15.600.000"),
]
CREATED = 3  # rows 5, 6 and 11
REJECTED_ROW = 8
MATCHED_ROW = 7
DUPLICATE_ROW = 9


def write_padron(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Padrón 2025"
    sheet["A1"] = "PADRÓN DE ACTORES 2025"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:I1")
    sheet["A2"] = "Mesa Ejecutiva Forestal de Ucayali – actualizado al 30/06/2025"
    sheet.append([])  # row 3 blank
    sheet.append(list(HEADERS))  # row 4
    for row in ROWS:
        sheet.append(list(row) if row is not None else [])
    hidden = book.create_sheet("Listas")
    hidden.sheet_state = "hidden"
    for value in ("Público", "Privado", "Academia", "Sociedad civil"):
        hidden.append([value])
    book.save(path)
    return path


def write_rows(path: Path, rows: int) -> Path:
    """A plain organizations sheet of ``rows`` rows (for the responsiveness check)."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Organizaciones")
    sheet.append(["Razón social", "Tipo de actor", "RUC", "Correo electrónico", "Sector"])
    for i in range(rows):
        sheet.append(
            [
                f"Empresa Forestal {i:05d} S.A.C.",
                "Privado",
                f"20{i:09d}",
                f"contacto{i}@empresa{i}.pe",
                "Forestal",
            ]
        )
    book.save(path)
    return path
