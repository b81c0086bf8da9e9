"""File › Restore…: the database's backups with their date and what each holds, and a file
chosen elsewhere (a USB stick). The dialog only chooses; ``BackupActions`` restores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QBrush, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.backups import COUNTED_TABLES, BackupInfo
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.backups import BackupService
from agencydesk.ui.backups.words import BackupWords
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets import ask_yes_no, tell
from agencydesk.ui.widgets.colours import error_text
from agencydesk.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex
FILE_FILTER = "AgencyDesk (*.sqlite3 *.db);;*"


class BackupsModel(QAbstractTableModel):
    """One row per backup: when, why, then the record counts read from the file."""

    FIRST_COUNT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []
        self._words = BackupWords(self)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo | None:
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_COUNT + len(COUNTED_TABLES) + 1

    def _count_title(self, table: str) -> str:
        match table:
            case "organizations":
                return self.tr("Organizations")
            case "people":
                return self.tr("People")
            case "initiatives":
                return self.tr("Initiatives")
            case "meetings":
                return self.tr("Meetings")
            case "agreements":
                return self.tr("Agreements")
            case "actions":
                return self.tr("Actions")
        return table

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Taken")
        if section == 1:
            return self.tr("Why")
        if section == self.columnCount() - 1:
            return self.tr("Size")
        if 0 <= section - self.FIRST_COUNT < len(COUNTED_TABLES):
            return self._count_title(COUNTED_TABLES[section - self.FIRST_COUNT])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        column = index.column()
        last = self.columnCount() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._words.when(backup.taken_at)
            if column == 1:
                if backup.problem is not None:
                    return self.tr("Cannot be read")
                return self._words.reason(backup)
            if column == last:
                return self._words.size(backup.size)
            table = COUNTED_TABLES[column - self.FIRST_COUNT]
            counts = backup.counts or {}
            return f"{counts[table]:,}" if table in counts else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if backup.problem is not None:
                return backup.problem
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and backup.problem is not None:
            return QBrush(error_text(QGuiApplication.palette(), QPalette.ColorRole.Base))
        return None


class RestoreDialog(QDialog):
    """Choose a backup. ``chosen`` is the file to restore once the dialog is accepted."""

    def __init__(self, service: BackupService, worker: DbWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.chosen: BackupInfo | None = None
        self._words = BackupWords(self)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(920, 440)

        intro = QLabel(
            self.tr(
                "Choose the moment to go back to. The database as it is now is backed up "
                "first, so you can come back to it with Restore… again."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._restore_selected)
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Show the backups &folder"))
        self.folder_button.setEnabled(service.folder is not None)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button.clicked.connect(self._show_folder)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter restores the chosen backup, nothing else
            if isinstance(button, QPushButton) and button is not self.restore_button:
                button.setAutoDefault(False)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        task = worker.submit(self._read)
        task.done.connect(self._show_backups)
        task.refused.connect(self._refused)

    # --- reading (on the worker thread: counting rows of many files takes a moment) ---------

    def _read(self, _progress: ProgressSink, _cancel: CancelToken) -> list[BackupInfo]:
        return self.service.backups()

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.model.set_backups(backups)
        if backups:
            self.status.setText(
                self.tr("%n backup(s). Hover over a date to see its file.", "", len(backups))
            )
            self.view.selectRow(0)
            self.view.setFocus()
        else:
            self.status.setText(
                self.tr(
                    "There are no backups of this database yet: AgencyDesk takes one at the "
                    "first start of each day. To restore a copy from elsewhere, choose its file."
                )
            )
        self._update_buttons()

    def _refused(self, error: UserError) -> None:
        self.status.setText(user_error_text(error))

    # --- choosing ---------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        backup = self.selected()
        usable = backup is not None and backup.problem is None
        self.restore_button.setEnabled(usable)
        self.restore_button.setDefault(usable)

    def _restore_selected(self, *_args: object) -> None:
        backup = self.selected()
        if backup is not None and backup.problem is None:
            self._confirm(backup)

    def _choose_file(self) -> None:
        start = self.service.folder or Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(start), FILE_FILTER
        )
        if not path:
            return
        backup = self.service.describe(Path(path))
        if backup.problem is not None:
            tell(
                self,
                self.tr("Restore a backup"),
                self.tr("%1 cannot be restored: %2")
                .replace("%1", path)
                .replace("%2", backup.problem),
            )
            return
        self._confirm(backup)

    def _confirm(self, backup: BackupInfo) -> None:
        question = (
            self.tr(
                "Go back to the backup of %1 (%2)?\n\nWhat was entered after it will no longer "
                "be in the database; the database as it is now is backed up first, so nothing "
                "is lost."
            )
            .replace("%1", self._words.when(backup.taken_at))
            .replace("%2", self._words.counts(backup))
        )
        if ask_yes_no(self, self.tr("Restore a backup"), question):
            self.chosen = backup
            self.accept()

    def _show_folder(self) -> None:
        folder = self.service.folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
