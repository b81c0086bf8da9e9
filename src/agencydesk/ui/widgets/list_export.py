"""Export… on every list: the rows of the current search and filters, to .xlsx or .csv.

The headers are the texts the view shows (translated); the values are typed, read from each
column's ``export`` or ``value`` accessor: dates stay dates, amounts numbers, enumerations
become their translated label. A lazy list is read again from the service a chunk at a time,
on the window's database worker (ui/worker.py), so 100,000 rows never freeze the window; a
progress dialog with Cancel appears after half a second.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.export_table import TableColumn, export_table
from agencydesk.services.spreadsheet import XLSX_MAX_TEXT, CutTexts
from agencydesk.ui.labels import label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.dialogs import tell
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.widgets.table_model import Column, LazyTableModel, RecordListModel
from agencydesk.ui.worker import Task, run_with_progress

CHUNK = 1000  # records read from the service at a time
_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

# The folder of the last export in this session (the next dialog opens there).
_last_folder: Path | None = None

Getter = Callable[[Any], Any]


class _Words(QObject):
    """The sentence with a plural (lupdate marks plurals only in ``self.tr(s, "", n)``)."""

    def written(self, count: int, path: Path) -> str:
        return self.tr("%n row(s) written to %1.", "", count).replace("%1", str(path))

    def texts_cut(self, count: int) -> str:
        # Digits only, as the command line says it: "32.767" reads as a decimal in Mexico.
        return self.tr(
            "%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps "
            "them whole.",
            "",
            count,
        ).replace("%1", str(XLSX_MAX_TEXT))


def export_model(
    parent: QWidget, title: str, model: LazyTableModel | RecordListModel
) -> Task | None:
    """Export the rows ``model`` shows now (its current query) with the view's headers.

    Returns the running Task (None when the user closed the file dialog)."""
    count = len(model.columns)
    headers = [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(count)]
    getters = [_model_getter(model, i) for i in range(count)]
    kinds = [column.kind for column in model.columns]
    if isinstance(model, LazyTableModel):
        ids = model.ids()
        chunks: Callable[[], Iterator[list[Any]]] = lambda: _lazy_chunks(model, ids)  # noqa: E731
        total = len(ids)
    else:
        records = [model.record_at(row) for row in range(model.rowCount())]
        chunks = lambda: iter([records])  # noqa: E731
        total = len(records)
    return _export(parent, title, headers, kinds, getters, chunks, total)


def export_list(
    parent: QWidget,
    title: str,
    columns: Sequence[Column[Any]],
    records: Sequence[Any],
    context: str,
    headers: Sequence[str] | None = None,
) -> Task | None:
    """Export ``records`` (already in memory, in the order shown) under ``columns``, whose
    headers are source strings of ``context`` (or the given, already translated ``headers``)."""
    shown = (
        list(headers)
        if headers is not None
        else [QCoreApplication.translate(context, c.header) for c in columns]
    )
    getters = [c.export or c.value for c in columns]
    kinds = [c.kind for c in columns]
    rows = list(records)
    return _export(parent, title, shown, kinds, getters, lambda: iter([rows]), len(rows))


def suggested_name(title: str, today: date | None = None, suffix: str = ".xlsx") -> str:
    """ "Organizaciones 2025-03-15.xlsx": the list's title made a safe file name."""
    stem = " ".join(_UNSAFE_FILE_CHARS.sub(" ", title).split()).strip(". ") or "export"
    return f"{stem[:80]} {(today or date.today()).isoformat()}{suffix}"


def csv_delimiter() -> str:
    """The separator Excel expects here: ";" where the decimal mark is a comma."""
    return ";" if QLocale.system().decimalPoint() == "," else ","


def ask_file(parent: QWidget, title: str) -> Path | None:
    """The save dialog: .xlsx by default, .csv offered; None when closed."""
    folder = _last_folder or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    xlsx = QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ListExport", "CSV text, for any spreadsheet (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ListExport", "Export list"),
        str(folder / suggested_name(title)),
        f"{xlsx};;{csv}",
        xlsx,
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        out = out.with_name(out.name + (".csv" if chosen == csv else ".xlsx"))
    return out


# --- running ---------------------------------------------------------------------------------


def _export(
    parent: QWidget,
    title: str,
    headers: list[str],
    kinds: list[str | None],
    getters: list[Getter],
    chunks: Callable[[], Iterator[list[Any]]],
    total: int,
) -> Task | None:
    global _last_folder
    out = ask_file(parent, title)
    if out is None:
        return None
    _last_folder = out.parent
    delimiter = csv_delimiter()
    yes = QCoreApplication.translate("ListExport", "Yes")
    no = QCoreApplication.translate("ListExport", "No")
    caption = QCoreApplication.translate("ListExport", "Export list")

    def job(progress: ProgressSink, cancel: CancelToken) -> tuple[int, int]:
        rows = (
            [_typed(get(record), yes, no) for get in getters]
            for chunk in chunks()
            for record in chunk
            if record is not None
        )
        first = list(itertools.islice(rows, CHUNK))
        columns = [
            TableColumn(header, kind or _guess_kind(first, i))
            for i, (header, kind) in enumerate(zip(headers, kinds, strict=True))
        ]
        # The texts the .xlsx cuts to Excel's limit, counted on their way to it: the user is told.
        cut = CutTexts()
        chained = itertools.chain(first, rows)
        written = export_table(
            columns,
            cut.watch(chained) if out.suffix.lower() == ".xlsx" else chained,
            out,
            title=title,
            progress=progress,
            cancel=cancel,
            total=total,
            csv_delimiter=delimiter,
        )
        return written, cut.count

    progress_title = QCoreApplication.translate("ListExport", "Exporting “%1”…")
    task = run_with_progress(parent, progress_title.replace("%1", title), job)

    # The page may be gone (window closed) when the export ends: then nobody is told.
    def done(result: tuple[int, int]) -> None:
        if isValid(parent):
            count, cut = result
            words = _Words()
            text = words.written(count, out)
            if cut:
                text += "\n\n" + words.texts_cut(cut)
            QMessageBox.information(parent, caption, plain(text))

    def refused(error: UserError) -> None:
        if isValid(parent):
            tell(parent, caption, user_error_text(error))

    task.done.connect(done)
    task.refused.connect(refused)
    return task


def _lazy_chunks(model: LazyTableModel, ids: list[int]) -> Iterator[list[Any]]:
    """The records of ``ids`` in that order, read ``CHUNK`` at a time (ones deleted since the
    list was shown are left out)."""
    for start in range(0, len(ids), CHUNK):
        wanted = ids[start : start + CHUNK]
        found = {record.id: record for record in model.fetch_records(wanted)}
        yield [found[i] for i in wanted if i in found]


def _model_getter(model: LazyTableModel | RecordListModel, column: int) -> Getter:
    return lambda record: model.export_value(record, column)


def _typed(value: Any, yes: str, no: str) -> Any:
    """A value as the spreadsheet should hold it: labels for enumerations and booleans."""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return yes if value else no
    return value


def _guess_kind(rows: list[list[Any]], column: int) -> str:
    """The kind of a column from its first values (amounts are the usual Decimals)."""
    for row in rows:
        value = row[column]
        if value is None or value == "":
            continue
        if isinstance(value, date):
            return "date"
        if isinstance(value, Decimal):
            return "money"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        return "text"
    return "text"
