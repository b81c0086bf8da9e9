"""File › Import history: every import with its file, date, user and counts, and Undo (which
removes what the import created and restores what it updated, also after a restart)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import ImportBatchRecord
from agencydesk.ui.importing.field_labels import kind_label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import ask_yes_no, tell
from agencydesk.ui.widgets.colours import quiet_text
from agencydesk.ui.worker import DbWorker, run_with_progress

Index = QModelIndex | QPersistentModelIndex


def stamp(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def kind_text(kind: str) -> str:
    try:
        return kind_label(ImportKind(kind))
    except ValueError:
        return kind


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.batches: list[ImportBatchRecord] = []

    def set_batches(self, batches: list[ImportBatchRecord]) -> None:
        self.beginResetModel()
        self.batches = list(batches)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        match section:
            case 0:
                return self.tr("File")
            case 1:
                return self.tr("Date")
            case 2:
                return self.tr("User")
            case 3:
                return self.tr("What")
            case 4:
                return self.tr("Created")
            case 5:
                return self.tr("Updated")
            case 6:
                return self.tr("Rejected")
            case 7:
                return self.tr("Undone")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self.batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return batch.file_name + (f" · {batch.sheet}" if batch.sheet else "")
                case 1:
                    return stamp(batch.started_at)
                case 2:
                    return batch.user or ""
                case 3:
                    return kind_text(batch.kind)
                case 4:
                    return f"{batch.created:,}"
                case 5:
                    return f"{batch.updated:,}"
                case 6:
                    return f"{batch.rejected:,}"
                case 7:
                    return stamp(batch.undone_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("Checksum (SHA-256): %1").replace("%1", batch.file_sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone_at is not None:
            return QBrush(quiet_text(QGuiApplication.palette()))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ImportHistoryDialog(QDialog):
    changed = Signal()
    """An import was undone: the areas should read again."""

    def __init__(
        self, service: ImportService, worker: DbWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.worker = worker
        self.busy = False
        self.setWindowTitle(self.tr("Import history"))
        intro = QLabel(
            self.tr(
                "Every import made in this database. Undo removes what an import created and "
                "puts back what it changed."
            )
        )
        intro.setWordWrap(True)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No file has been imported into this database yet."))
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_batches(self.service.history())
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ImportBatchRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(not self.busy and batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None or self.busy:
            return
        question = self.tr(
            "Undo the import of %1 (%2)? The %n record(s) it created will be deleted and the "
            "ones it updated will get their previous values back.",
            "",
            batch.created,
        )
        if not ask_yes_no(
            self,
            self.tr("Undo import"),
            question.replace("%1", batch.file_name).replace("%2", stamp(batch.started_at)),
        ):
            return
        service, batch_id = self.service, batch.id

        def job(progress: ProgressSink, cancel: CancelToken) -> ImportBatchRecord:
            return service.undo(batch_id)

        self.busy = True
        self._update_buttons()
        task = run_with_progress(
            self, self.tr("Undoing the import"), job, cancellable=False, worker=self.worker
        )
        task.done.connect(self._undone)
        task.refused.connect(self._refused)
        task.finished.connect(self._finished)

    def _undone(self, _batch: ImportBatchRecord) -> None:
        self.refresh()
        self.changed.emit()

    def _refused(self, error: UserError) -> None:
        tell(self, self.tr("Undo import"), user_error_text(error))

    def _finished(self) -> None:
        self.busy = False
        self._update_buttons()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
