"""From a file path to a ``RawWorkbook``: safely (nothing in the file can crash, hang or
exhaust the application) and fast (python-calamine in a child process).

    sniff (content, not name) -> zip checks (bomb, DTD) -> child process (calamine, openpyxl
    fallback) or, for text, the csv module in-process -> RawWorkbook

Every problem with the file ends as a ``UserError`` with an ``import_*`` code (or
``Cancelled``); nothing a reader raises escapes.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.workbook import FileFormat, RawWorkbook
from agencydesk.domain.progress import CancelToken
from agencydesk.services.importing.read_process import run_reader
from agencydesk.services.importing.sniff import file_params, sniff, suffix_format
from agencydesk.services.importing.textfile import read_text_file
from agencydesk.services.importing.zipguard import ZipLimits, check_zip

log = logging.getLogger(__name__)

ZIP_FORMATS = (FileFormat.XLSX, FileFormat.XLSM, FileFormat.XLSB, FileFormat.ODS)
SAME_KIND = {FileFormat.XLSX, FileFormat.XLSM}  # .xlsm saved as .xlsx is not a "rename"


@dataclass(frozen=True)
class ReadLimits:
    max_rows: int = 200_000  # non-empty rows per sheet; past it: import_too_many_rows
    max_columns: int = 512  # cells past this column are ignored (a lying dimension)
    seconds: float = 60.0  # wall time of the whole read; past it: import_too_slow
    memory_mb: int = 480  # the child's address space (RLIMIT_AS, where the OS has it)
    max_uncompressed: int = 256 * 2**20
    max_ratio: int = 100  # for entries above ratio_min_size
    ratio_min_size: int = 100_000
    max_entries: int = 10_000


def parser_defences_installed() -> bool:
    """Whether defusedxml is installed, without importing openpyxl (cheap: for start-up)."""
    return importlib.util.find_spec("defusedxml") is not None


def check_parser_defences() -> None:
    """Before parsing a workbook: openpyxl must parse XML through defusedxml (entity bombs,
    XXE). Imports openpyxl, so start-up uses ``parser_defences_installed`` instead."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl.xml import DEFUSEDXML
    except ImportError as exc:
        raise UserError("import_unsafe_parser") from exc
    if not DEFUSEDXML:  # e.g. OPENPYXL_DEFUSEDXML=False in the environment
        raise UserError("import_unsafe_parser")


def read_workbook(
    path: Path, limits: ReadLimits = ReadLimits(), cancel: CancelToken | None = None
) -> RawWorkbook:
    """The cells of every sheet of ``path``; raises ``UserError`` (import_*) or ``Cancelled``."""
    path = Path(path)
    started = time.perf_counter()
    params = file_params(path)
    fmt = sniff(path)
    notes = []
    claimed = suffix_format(path)
    if claimed is not None and claimed != fmt and not {claimed, fmt} <= SAME_KIND:
        notes.append(f"renamed:{fmt.value}")
    if fmt is not FileFormat.CSV:
        check_parser_defences()  # before any XML of the file is parsed
    if fmt is FileFormat.CSV:
        workbook = read_text_file(
            path,
            limits.max_rows,
            limits.max_columns,
            limits.max_uncompressed,
            limits.seconds,
            cancel,
        )
    else:
        if fmt in ZIP_FORMATS:
            check_zip(
                path,
                ZipLimits(
                    limits.max_uncompressed,
                    limits.max_ratio,
                    limits.ratio_min_size,
                    limits.max_entries,
                ),
            )
        workbook = run_reader(
            path,
            fmt,
            params,
            limits.max_rows,
            limits.max_columns,
            limits.memory_mb,
            limits.seconds,
            cancel,
        )
    if not workbook.sheets:
        # openpyxl opens Strict Open XML with zero sheets and no error: never "0 rows, done".
        raise UserError("import_no_sheets", **params)
    if notes:
        workbook = dataclasses.replace(workbook, notes=notes + workbook.notes)
    log.info(
        "read %s as %s with %s in %.2f s: %s%s",
        path.name,
        fmt.value,
        workbook.reader,
        time.perf_counter() - started,
        ", ".join(f"{s.name!r} {len(s.rows)} rows" for s in workbook.sheets),
        f" (notes: {', '.join(workbook.notes)})" if workbook.notes else "",
    )
    return workbook
