"""Running a reader in a child process and collecting what it streams back.

The parent polls every 50 ms: Cancel kills the child (Cancelled), so does the time limit
(import_too_slow). A child that dies without a word (SIGABRT from python-calamine, out of
memory under RLIMIT_AS) becomes import_too_big or import_reader_crashed; for .xlsx/.xlsm a
second child tries openpyxl first. Messages are unpickled with a whitelist of classes: the
child parsed a hostile file, so its output is not trusted more than needed.
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import agencydesk
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.workbook import (
    CellValue,
    FileFormat,
    MergedRange,
    RawSheet,
    RawWorkbook,
)
from agencydesk.domain.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
# What a sane reader may need per byte of file (zip inflation included) before we call a
# file "too big" rather than the reader broken.
MEMORY_PER_BYTE = 40
CHILD_MODULE = "agencydesk.services.importing.child"
FROZEN_FLAG = "--read-workbook-child"
# The names python-calamine recognises for each format (it chooses its parser by extension).
CALAMINE_SUFFIXES = {
    FileFormat.XLSX: (".xlsx", ".xlsm"),
    FileFormat.XLSM: (".xlsm", ".xlsx"),
    FileFormat.XLSB: (".xlsb",),
    FileFormat.XLS: (".xls",),
    FileFormat.ODS: (".ods",),
}
_ALLOWED = {
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("builtins", "str"),
    ("agencydesk.domain.importing.workbook", "ExcelError"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not expected from the reader")


@dataclass
class _Sheet:
    name: str
    hidden: bool
    rows: list[list[CellValue]] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)
    hidden_columns: frozenset[int] = frozenset()


class _Collector(threading.Thread):
    """Reads the child's messages as they come, so unpickling overlaps the child's work."""

    def __init__(self, stream: io.BufferedReader) -> None:
        super().__init__(daemon=True, name="workbook-reader")
        self.stream = stream
        self.sheets: list[_Sheet] = []
        self.notes: list[str] = []
        self.reader: str | None = None  # set by "done"
        self.error: tuple[str, dict] | None = None
        self.broken: BaseException | None = None
        self.texts: dict[int, str] = {}  # long shared strings, sent once (see read_openpyxl)

    def run(self) -> None:
        unpickler = _Unpickler(self.stream)
        # A million fresh lists and strings, no cycle among them: with the collector on, its
        # full passes over the growing heap double the time taken to unpickle.
        collecting = gc.isenabled()
        gc.disable()
        try:
            while True:
                try:
                    message = unpickler.load()
                except EOFError:
                    return
                self._take(message)
        except BaseException as exc:  # a stream cut by a crash or a kill
            self.broken = exc
        finally:
            if collecting:
                gc.enable()

    def _take(self, message: tuple) -> None:
        kind = message[0]
        if kind == "rows":
            rows = message[1]
            if self.texts:
                self._resolve_texts(rows)
            self.sheets[-1].rows.extend(rows)
        elif kind == "sheet":
            self.sheets.append(_Sheet(str(message[1]), bool(message[2])))
        elif kind == "merged":
            self.sheets[-1].merged.extend(MergedRange(*map(int, r)) for r in message[1])
        elif kind == "hidden_columns":
            self.sheets[-1].hidden_columns = frozenset(int(c) for c in message[1])
        elif kind == "text":
            self.texts[int(message[1])] = str(message[2])
        elif kind == "note":
            self.notes.append(str(message[1]))
        elif kind == "reset":
            self.sheets.clear()
        elif kind == "error":
            self.error = (str(message[1]), dict(message[2]))
        elif kind == "done":
            self.reader = str(message[1])

    def _resolve_texts(self, rows: list[list]) -> None:
        texts = self.texts
        for row in rows:
            for index, value in enumerate(row):
                if value.__class__ is tuple:
                    row[index] = texts[value[1]]


@dataclass(frozen=True)
class _Crash:
    returncode: int
    out_of_memory: bool


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):  # a bundled executable: cli.main knows the flag
        executable = Path(sys.executable)
        # On Windows the program is the windowed AgencyDesk.exe, whose bootloader answers an
        # unexpected error with a modal box nobody sees in a child: use its console twin
        # (started without a console window, see _attempt).
        console = executable.with_name("agencydesk-cli.exe")
        if sys.platform == "win32" and console.is_file():
            executable = console
        return [str(executable), FROZEN_FLAG]
    return [sys.executable, "-m", CHILD_MODULE]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["RUST_BACKTRACE"] = "0"  # a panic's message is enough; no backtrace on stderr
    root = str(Path(agencydesk.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def _source_for(path: Path, fmt: FileFormat, stack: contextlib.ExitStack) -> Path:
    """``path`` itself, or a link to it whose extension tells calamine the real format."""
    if path.suffix.lower() in CALAMINE_SUFFIXES[fmt]:
        return path
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="agencydesk-read-")))
    target = folder / f"workbook{CALAMINE_SUFFIXES[fmt][0]}"
    try:
        os.symlink(path.resolve(), target)
    except (OSError, NotImplementedError):  # Windows without the symlink privilege
        shutil.copyfile(path, target)
    return target


def run_reader(
    path: Path,
    fmt: FileFormat,
    params: dict[str, str],
    max_rows: int,
    max_columns: int,
    memory_mb: int,
    seconds: float,
    cancel: CancelToken | None,
) -> RawWorkbook:
    """Parse a workbook in a child process (calamine, then openpyxl if calamine crashed)."""
    deadline = time.monotonic() + seconds
    limits = (max_rows, max_columns, memory_mb, seconds, deadline)
    with contextlib.ExitStack() as stack:
        source = _source_for(path, fmt, stack)
        outcome = _attempt(source, fmt, "calamine", limits, cancel, params)
        notes: list[str] = []
        if isinstance(outcome, _Crash) and fmt in (FileFormat.XLSX, FileFormat.XLSM):
            log.warning("calamine crashed on %s (rc %s): trying openpyxl", path, outcome.returncode)
            notes.append("calamine_crashed")
            outcome = _attempt(source, fmt, "openpyxl", limits, cancel, params)
    if isinstance(outcome, _Crash):
        # Out of memory on a file far smaller than the limit is the reader's fault (calamine
        # asks 671 MB for a 42 KB .xls): "save it as .xlsx" helps there, "too big" would not.
        big = path.stat().st_size * MEMORY_PER_BYTE > memory_mb * 2**20
        code = "import_too_big" if outcome.out_of_memory and big else "import_reader_crashed"
        raise UserError(code, **params)
    return RawWorkbook(
        format=fmt,
        sheets=[
            RawSheet(s.name, s.hidden, s.rows, s.merged, s.hidden_columns) for s in outcome.sheets
        ],
        reader=outcome.reader or "",
        notes=notes + outcome.notes,
    )


def _attempt(
    source: Path,
    fmt: FileFormat,
    reader: str,
    limits: tuple[int, int, int, float, float],
    cancel: CancelToken | None,
    params: dict[str, str],
) -> _Collector | _Crash:
    max_rows, max_columns, memory_mb, seconds, deadline = limits
    command = [*child_command(), str(source), fmt.value, reader]
    command += [str(max_rows), str(max_columns), str(memory_mb)]
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
                env=_child_env(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            log.error("cannot start the reader process %s: %s", command, exc)
            raise UserError("import_reader_crashed", **params) from exc
        assert process.stdout is not None
        collector = _Collector(process.stdout)
        collector.start()
        try:
            while collector.is_alive():
                collector.join(POLL_SECONDS)
                if cancel is not None and cancel.cancelled:
                    raise Cancelled
                if time.monotonic() > deadline:
                    raise UserError("import_too_slow", seconds=f"{seconds:g}", **params)
            returncode = process.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise UserError("import_too_slow", seconds=f"{seconds:g}", **params) from None
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            collector.join()
            process.stdout.close()
        errors.seek(0)
        stderr = errors.read()[-4000:].decode("utf-8", "replace")
    if collector.error is not None:
        code, extra = collector.error
        log.info("reader %s refused %s: %s %s", reader, source, code, stderr.strip()[-500:])
        raise UserError(code, **{**extra, **params})
    if returncode == 0 and collector.reader is not None and collector.broken is None:
        return collector
    log.warning(
        "reader %s died on %s (rc %s, %r): %s",
        reader,
        source,
        returncode,
        collector.broken,
        stderr.strip()[-1500:],
    )
    return _Crash(returncode, "memory allocation of" in stderr or "MemoryError" in stderr)
