"""How backups are named on screen: why one was taken, when, what it holds, how big."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QObject

from agencydesk.domain.backups import COUNTED_TABLES, BackupInfo, BackupReason
from agencydesk.ui.labels import usage_label


class BackupWords(QObject):
    """Translated in the "BackupWords" context."""

    def reason(self, backup: BackupInfo) -> str:
        match backup.kind:
            case BackupReason.DAILY:
                return self.tr("First start of the day")
            case BackupReason.MANUAL:
                return self.tr("Backed up by hand")
            case BackupReason.BEFORE_UPGRADE:
                return self.tr("Before updating AgencyDesk")
            case BackupReason.BEFORE_RESTORE:
                return self.tr("Before a restore")
            case BackupReason.BEFORE_UNDO:
                return self.tr("Before undoing an import")
            case BackupReason.BEFORE_DELETE:
                return self.tr("Before removing several records")
        return self.tr("Backup file")

    def when(self, moment: datetime, now: datetime | None = None) -> str:
        """ "today at 09:15", "yesterday at 17:40", else "28/04/2025 17:40"."""
        today = (now or datetime.now()).date()
        time = moment.strftime("%H:%M")
        if moment.date() == today:
            return self.tr("today at %1").replace("%1", time)
        if (today - moment.date()).days == 1:
            return self.tr("yesterday at %1").replace("%1", time)
        return moment.strftime("%d/%m/%Y %H:%M")

    def counts(self, backup: BackupInfo) -> str:
        """ "12 organizations, 40 people, 3 initiatives, 9 meetings…" (what it holds)."""
        counts = backup.counts or {}
        return ", ".join(usage_label(t, counts[t]) for t in COUNTED_TABLES if t in counts)

    def restored(self, backup: BackupInfo) -> str:
        return (
            self.tr("The backup of %1 was restored: %2.")
            .replace("%1", self.when(backup.taken_at))
            .replace("%2", self.counts(backup))
        )

    @staticmethod
    def size(n_bytes: int) -> str:
        """ "680 KB", "48.2 MB" (the units file managers show)."""
        traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
        return QLocale().formattedDataSize(n_bytes, 0 if n_bytes < 1 << 20 else 1, traditional)
