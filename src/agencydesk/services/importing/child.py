"""The child process that parses a workbook: ``python -m agencydesk.services.importing.child``.

A reader that aborts the process (python-calamine does on some damaged files), panics, hangs or
eats all memory only ever takes this process down. It runs under an address-space limit and
streams the sheets back on its standard output as pickled messages (see ``reading.py``):

    ("sheet", name, hidden)     a new sheet begins
    ("rows", [[cell, ...], ...]) the next rows of the current sheet (row i is row i + 1)
    ("merged", [(r0, c0, r1, c1), ...])
    ("hidden_columns", [c, ...])  the current sheet's hidden columns
    ("note", code)
    ("reset",)                  forget the sheets sent so far (the next reader starts over)
    ("error", code, params)     a UserError for the parent to raise
    ("done", reader)

Start-up must stay cheap: only python_calamine and the workbook dataclasses are imported here;
openpyxl only on the fallback path. Usage:
    child PATH FORMAT READER MAX_ROWS MAX_COLUMNS MEMORY_MB
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import pickle
import sys
from typing import BinaryIO

from agencydesk.domain.importing.workbook import FileFormat
from agencydesk.services.importing.read_calamine import calamine_failure, read_calamine
from agencydesk.services.importing.read_stream import Refusal, Send, reduce_timedelta


def run(
    path: str, fmt: FileFormat, reader: str, send: Send, max_rows: int, max_columns: int
) -> None:
    if reader == "openpyxl":
        from agencydesk.services.importing.read_openpyxl import read_openpyxl

        read_openpyxl(path, send, max_rows, max_columns)
        send(("done", "openpyxl"))
        return
    sent_sheets: list[tuple] = []

    def remember(message: tuple) -> None:
        if message[0] == "sheet":
            sent_sheets.append(message)
        send(message)

    try:
        rows = read_calamine(path, fmt, remember, max_rows, max_columns)
    except (Refusal, MemoryError, KeyboardInterrupt):
        raise
    except BaseException as exc:  # CalamineError, XmlError, pyo3 PanicException (BaseException)
        refusal = calamine_failure(exc)
        if refusal is not None:
            raise refusal from exc
        if fmt not in (FileFormat.XLSX, FileFormat.XLSM):
            # No other reader for these: a panic is the reader's fault, an error the file's.
            panic = not isinstance(exc, Exception)
            raise Refusal("import_reader_crashed" if panic else "import_damaged") from exc
        send(("reset",))
        send(("note", f"calamine_failed:{type(exc).__name__}"))
        from agencydesk.services.importing.read_openpyxl import read_openpyxl

        read_openpyxl(path, send, max_rows, max_columns)
        send(("done", "openpyxl"))
        return
    if rows == 0 and fmt in (FileFormat.XLSX, FileFormat.XLSM):
        # calamine saw no data at all: openpyxl may see what it missed, or find the damage.
        from agencydesk.services.importing.read_openpyxl import read_openpyxl

        send(("reset",))
        try:
            if read_openpyxl(path, send, max_rows, max_columns) > 0:
                send(("note", "calamine_empty"))
                send(("done", "openpyxl"))
                return
        except Refusal:
            raise
        except Exception:
            pass
        send(("reset",))
        for message in sent_sheets:
            send(message)
    send(("done", "calamine"))


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit is the only fence
        return
    limit = megabytes * 2**20
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _channel() -> BinaryIO:
    """Our messages get the real stdout; anything a library prints goes to stderr instead."""
    sys.stdout.flush()
    out = os.fdopen(os.dup(1), "wb", buffering=1 << 16)
    os.dup2(2, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    path, fmt, reader, max_rows, max_columns, memory_mb = args
    out = _channel()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True  # no memo: 4x faster on a million small cells, nothing is shared
    pickler.dispatch_table = {dt.timedelta: reduce_timedelta}

    def send(message: tuple) -> None:
        pickler.dump(message)
        if message[0] != "sheet":
            out.flush()

    gc.disable()  # millions of fresh lists and no cycles: the collector only costs time
    _limit_memory(int(memory_mb))
    try:
        run(path, FileFormat(fmt), reader, send, int(max_rows), int(max_columns))
    except Refusal as refusal:
        send(("error", refusal.code, refusal.params))
    except MemoryError:
        send(("error", "import_too_big", {}))
    out.flush()
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
