"""The fast reader, in the child process: python-calamine (xlsx, xlsm, xlsb, xls, ods)."""

from __future__ import annotations

import threading

from agencydesk.domain.importing.workbook import FileFormat
from agencydesk.services.importing.read_stream import Refusal, Send, SheetStream, clip_merged


class ErrorScan(threading.Thread):
    """Finds error cells (#N/A...) in every sheet part while calamine parses: calamine releases
    the GIL, so this costs next to no wall time. calamine gives such cells as ""."""

    def __init__(self, path: str) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.by_sheet: dict[str, dict[int, list[tuple[int, str]]]] = {}
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            import zipfile

            from agencydesk.services.importing.read_ooxml import error_cells, sheet_parts

            with zipfile.ZipFile(self.path) as archive:
                for name, part in sheet_parts(archive).items():
                    found = error_cells(archive, part)
                    if found:
                        self.by_sheet[name] = found
        except BaseException as exc:  # a damaged part: calamine will say it too, or not
            self.failure = exc


def read_calamine(path: str, fmt: FileFormat, send: Send, max_rows: int, max_columns: int) -> int:
    """Send every worksheet as python-calamine reads it; returns the non-empty rows sent."""
    import python_calamine as calamine

    scan = None
    if fmt in (FileFormat.XLSX, FileFormat.XLSM):
        scan = ErrorScan(path)
        scan.start()
    try:
        workbook = calamine.CalamineWorkbook.from_path(path)
        total = 0
        for meta in workbook.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue  # chart, dialog and macro sheets hold no table to import
            sheet = workbook.get_sheet_by_name(meta.name)
            send(("sheet", meta.name, meta.visible != calamine.SheetVisibleEnum.Visible))
            scan_errors = None
            if scan is not None:
                scan.join()
                if type(scan.failure).__name__ == "BadZipFile":  # a part with a bad CRC-32
                    raise Refusal("import_damaged")
                scan_errors = scan.by_sheet.get(meta.name)
            stream = SheetStream(send, meta.name, max_rows, max_columns)
            start = sheet.start
            if start is not None and start[1] < max_columns:
                # iter_rows numbers rows from the top of the sheet but columns from the first
                # used one: put the missing columns back so that indexes match the sheet.
                stream.feed(sheet.iter_rows(), col_offset=start[1], errors=scan_errors)
            merged = sheet.merged_cell_ranges or []
            if merged:
                send(
                    (
                        "merged",
                        clip_merged(
                            ((r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged), max_columns
                        ),
                    )
                )
            total += stream.rows
        return total
    finally:
        if scan is not None:
            scan.join()


def calamine_failure(exc: BaseException) -> Refusal | None:
    """A refusal that no other reader would change; None: try the fallback reader."""
    name = type(exc).__name__
    if name == "PasswordError":
        return Refusal("import_encrypted")
    if name == "ZipError":
        return Refusal("import_damaged")
    return None
