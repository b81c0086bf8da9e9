"""Partner templates: a workbook to send out, fill in, and import back with no surprises.

The first sheet explains, in Spanish, what the workbook is for and how to fill each column;
the data sheet has the header row the importer recognises (``FieldSpec.template_header``),
drop-down lists for enumerations and yes/no columns (the Spanish labels ``vocabulary`` maps
back), date, number and text formats on ``DATA_ROWS`` rows (text for identifiers, so a DNI
keeps its leading zero), a frozen, styled header (required columns in orange) and widths. The
drop-down values live on a hidden sheet, referenced by range: a label with a comma cannot
break an inline list, and the importer skips hidden sheets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import FieldSpec, ImportKind, ValueType, fields
from agencydesk.domain.importing.vocabulary import BOOL_CHOICES, template_choices
from agencydesk.services.importing.template_texts import (
    COLUMNS_TITLE,
    HOW_TO,
    PURPOSE,
    SHEET_NAMES,
    example_text,
    format_text,
)
from agencydesk.services.spreadsheet import (
    DATE_FORMAT,
    HEADER_FILL,
    MONEY_FORMAT,
    atomic_output,
    save_workbook,
)

DATA_ROWS = 500
LISTS_SHEET = "Listas"
REQUIRED_FILL = "F8CBAD"  # orange: "this column must be filled"
TEXT_FORMAT = "@"
T = ValueType

_TEXT_TYPES = {T.TEXT, T.LONG_TEXT, T.IDENTIFIER, T.EMAIL, T.PHONE, T.URL, T.ORGANIZATION,
               T.PERSON}  # fmt: skip
_WIDTHS = {T.LONG_TEXT: 50, T.DATE: 14, T.MONEY: 16, T.PERCENT: 14, T.INTEGER: 14, T.BOOL: 12}


def template_fields(kind: ImportKind) -> list[FieldSpec]:
    """The columns of ``kind``'s template: every field with a template header, in order
    (``uuid`` has none: it is for files AgencyDesk exported)."""
    return [spec for spec in fields(kind) if spec.template_header]


def write_template(kind: ImportKind, out: Path) -> None:
    """Write the template for ``kind`` to ``out`` (.xlsx).

    Raises ``UserError("template_bad_format")`` for another suffix and
    ``UserError("export_cannot_write")`` when the file cannot be written.
    """
    from openpyxl import Workbook

    kind = ImportKind(kind)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("template_bad_format", path=str(out))
    specs = template_fields(kind)
    book = Workbook()
    instructions = book.active
    instructions.title = "Instrucciones"
    data = book.create_sheet(SHEET_NAMES[kind])
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _write_instructions(instructions, kind, specs, data.title)
    _write_data_sheet(data, lists, specs)
    for sheet in (instructions, data):
        # Printed (or made a PDF) as one page wide, so no column lands on a page of its own.
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    data.print_title_rows = "1:1"
    with atomic_output(out, binary=True) as fh:
        save_workbook(book, fh)  # a full disk says so, without a traceback after it


def _write_instructions(sheet: Any, kind: ImportKind, specs: list[FieldSpec], data: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 40
    title = f"Plantilla de {SHEET_NAMES[kind].lower()} para AgencyDesk"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    lines = [PURPOSE[kind], "", *(line.replace("{sheet}", data) for line in HOW_TO), ""]
    for line in lines:
        sheet.append([line])
        row = sheet.max_row
        if line:
            # Each paragraph spans the four columns of the table below it.
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
            cell = sheet.cell(row, 1)
            cell.alignment = wrap
            if line.endswith(":"):
                cell.font = Font(bold=True)
            sheet.row_dimensions[row].height = 15 * max(1, len(line) // 130 + 1)
    sheet.append(list(COLUMNS_TITLE))
    header_row = sheet.max_row
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for spec in specs:
        sheet.append(
            [
                spec.template_header,
                "Sí" if spec.required else "No",
                format_text(kind, spec),
                example_text(kind, spec),
            ]
        )
        row = sheet.max_row
        for cell in sheet[row]:
            cell.alignment = wrap
            cell.number_format = TEXT_FORMAT  # "01234567" stays as written
        if spec.required:
            sheet.cell(row, 1).fill = PatternFill("solid", fgColor=REQUIRED_FILL)
        sheet.row_dimensions[row].height = 15 * max(1, len(format_text(kind, spec)) // 58 + 1)


def _write_data_sheet(sheet: Any, lists: Any, specs: list[FieldSpec]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    required_fill = PatternFill("solid", fgColor=REQUIRED_FILL)
    bold = Font(bold=True)
    center = Alignment(vertical="center", wrap_text=True)
    last = DATA_ROWS + 1
    list_column = 0
    for index, spec in enumerate(specs, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(1, index, spec.template_header)
        cell.font = bold
        cell.fill = required_fill if spec.required else header_fill
        cell.alignment = center
        width = _WIDTHS.get(spec.type, 22)
        sheet.column_dimensions[letter].width = max(width, len(spec.template_header) + 4)
        number_format = _number_format(spec)
        if number_format is not None:
            for row in range(2, last + 1):
                sheet.cell(row, index).number_format = number_format
        area = f"{letter}2:{letter}{last}"
        choices = _choices(spec)
        if choices:
            list_column += 1
            source = get_column_letter(list_column)
            lists.cell(1, list_column, spec.template_header)
            for row, choice in enumerate(choices, start=2):
                lists.cell(row, list_column, choice)
            ref = f"{quote_sheetname(lists.title)}!${source}$2:${source}${len(choices) + 1}"
            validation = DataValidation(type="list", formula1=ref, allow_blank=True)
            validation.error = "Elija un valor de la lista."
            validation.errorTitle = spec.template_header
        elif spec.type is T.DATE:
            validation = DataValidation(
                type="date", operator="greaterThan", formula1="1", allow_blank=True
            )
            validation.error = "Escriba una fecha como dd/mm/aaaa, por ejemplo 15/03/2025."
            validation.errorStyle = "warning"  # a partner may still keep what they typed
        elif spec.type in (T.INTEGER, T.PERCENT):
            top = "100" if spec.type is T.PERCENT else "1000000000"
            validation = DataValidation(
                type="whole", operator="between", formula1="0", formula2=top, allow_blank=True
            )
            validation.error = f"Escriba un número entero entre 0 y {top}."
            validation.errorStyle = "warning"
        else:
            continue
        validation.errorTitle = validation.errorTitle or spec.template_header
        validation.showErrorMessage = True
        sheet.add_data_validation(validation)
        validation.add(area)
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 30
    lists.column_dimensions["A"].width = 28


def _choices(spec: FieldSpec) -> list[str]:
    if spec.type is T.ENUM and spec.enum is not None:
        return template_choices(spec.enum)
    if spec.type is T.BOOL:
        return list(BOOL_CHOICES)
    return []


def _number_format(spec: FieldSpec) -> str | None:
    if spec.type is T.DATE:
        return DATE_FORMAT
    if spec.type is T.MONEY:
        return MONEY_FORMAT
    if spec.type in (T.INTEGER, T.PERCENT):
        return "0"
    if spec.type in _TEXT_TYPES:
        return TEXT_FORMAT
    return None  # numbers and drop-downs: as typed
