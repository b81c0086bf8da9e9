"""The start-up check: a damaged database is moved aside and a backup offered.

``check_start_database`` runs before the database is opened (app.py ``run``). SQLite's
``quick_check`` takes a fraction of a second; only when it finds damage is a window shown:
the file was moved aside (never deleted), and the newest backup that passes the full check
is offered with its date and what it holds; another backup file can be chosen, or (without
any backup) an empty database started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agencydesk import paths
from agencydesk.domain.backups import BackupInfo, StartCheck
from agencydesk.domain.errors import UserError
from agencydesk.services.backups import BackupService, check_at_start
from agencydesk.ui.backups.restore_dialog import FILE_FILTER
from agencydesk.ui.backups.words import BackupWords
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.plain_text import plain

log = logging.getLogger(__name__)


class Choice(Enum):
    QUIT = "quit"
    RESTORE = "restore"  # ``chosen``: the offered backup or a file the user picked
    EMPTY = "empty"


class DamagedDatabaseDialog(QDialog):
    """Says what happened and offers the way back; ``choice`` and ``chosen`` once closed."""

    def __init__(self, found: StartCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.choice = Choice.QUIT
        self.chosen: Path | None = None
        words = BackupWords(self)
        self.setWindowTitle(self.tr("AgencyDesk — damaged database"))
        self.setMinimumWidth(560)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("The database is damaged"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        lines = [
            self.tr(
                "SQLite's check found damage in %1, so AgencyDesk did not open it (a damaged "
                "file can lose more data as it is used)."
            ).replace("%1", str(found.path)),
            self.tr("It was moved aside, not deleted: %1").replace("%1", str(found.moved_to)),
        ]
        backup = found.backup
        if backup is not None:
            lines.append(
                self.tr(
                    "The newest backup that passes the check is from %1, with %2. Restoring it "
                    "brings back everything up to that moment."
                )
                .replace("%1", words.when(backup.taken_at))
                .replace("%2", words.counts(backup))
            )
        else:
            lines.append(
                self.tr(
                    "No backup of this database was found in the backups folder. If you have "
                    "one elsewhere (a USB stick), choose its file."
                )
            )
        self.message = QLabel("\n\n".join(lines))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(
            self.tr("What the check found: %1").replace("%1", found.problem or "")
        )
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)

        buttons = QDialogButtonBox()
        if backup is not None:
            self.restore_button = QPushButton(self.tr("&Restore this backup"))
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self._restore(backup.path))
            self.restore_button.setDefault(True)
            other = self.tr("Choose &another backup…")
        else:
            self.empty_button = QPushButton(self.tr("Start an &empty database"))
            buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.empty_button.clicked.connect(self._empty)
            other = self.tr("Choose a backup &file…")
        self.file_button = QPushButton(other)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self._choose_file)
        self.quit_button = QPushButton(self.tr("&Quit"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        if backup is None:
            self.file_button.setDefault(True)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.message)
        text.addWidget(self.details)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _restore(self, path: Path) -> None:
        self.choice, self.chosen = Choice.RESTORE, path
        self.accept()

    def _empty(self) -> None:
        self.choice = Choice.EMPTY
        self.accept()

    def _choose_file(self) -> None:
        start = self.found.backup.path.parent if self.found.backup else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(start), FILE_FILTER
        )
        if path:
            self._restore(Path(path))


def check_start_database(
    app_paths: paths.AppPaths,
    path: Path,
    make_app: Callable[[], QApplication],
    *,
    ask: Callable[[StartCheck], tuple[Choice, Path | None]] | None = None,
) -> bool:
    """Check ``path`` before it is opened; False when the user chose to quit.

    ``make_app`` makes the QApplication (only needed when something must be said);
    ``ask`` replaces the dialog (tests)."""
    if not isinstance(path, Path):  # a server's database: its administrator looks after it
        return True
    try:
        found = check_at_start(path, app_paths.backups_dir)
    except UserError as exc:  # the damaged file could not even be moved (a read-only folder)
        make_app()
        QMessageBox.critical(None, "AgencyDesk", plain(user_error_text(exc)))
        return False
    if not found.damaged:
        return True
    make_app()
    service = BackupService(path, app_paths.backups_dir)
    while True:
        choice, chosen = (ask or _ask)(found)
        if choice is Choice.QUIT:
            return False
        if choice is Choice.EMPTY or chosen is None:
            return True
        try:
            result = service.restore(chosen)
        except UserError as exc:
            QMessageBox.warning(None, "AgencyDesk", plain(user_error_text(exc)))
            continue
        _say_restored(result.restored)
        return True


def _ask(found: StartCheck) -> tuple[Choice, Path | None]:
    dialog = DamagedDatabaseDialog(found)
    dialog.exec()
    return dialog.choice, dialog.chosen


def _say_restored(backup: BackupInfo) -> None:
    QMessageBox.information(None, "AgencyDesk", plain(BackupWords().restored(backup)))
