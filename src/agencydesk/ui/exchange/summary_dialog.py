"""What importing an exchange file does (before: a preview from a dry run, with Import; after:
what was done): per kind of record, new / updated / unchanged / conflicts / not brought back,
the conflicts to decide, and notes (records matched by name, renumbered...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencydesk.services.exchange import Decision, MergeResult, Note, TableCounts
from agencydesk.ui.exchange.conflicts_dialog import ConflictsDialog
from agencydesk.ui.exchange.names import local_time, table_name

Key = tuple[str, str]


def source_name(result: MergeResult, dialog: QWidget) -> str:
    """The other office as the dialogs name it."""
    info = result.info
    if info.source_name:
        return info.source_name
    return dialog.tr("the other office")


class ExchangeSummaryDialog(QDialog):
    """``preview`` True: the dry run's summary with Import and Cancel (``import_requested``
    carries the decisions); False: what the import did, with Close."""

    import_requested = Signal(object)  # dict[(table, uuid), Decision]

    def __init__(self, result: MergeResult, *, preview: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.preview = preview
        self.decisions: dict[Key, Decision] = dict(result.decided)
        self.source = source_name(result, self)
        self.setWindowTitle(
            self.tr("Import from another office") if preview else self.tr("Exchange imported")
        )

        info = result.info
        scope = (
            self.tr("The initiative “%1”").replace("%1", info.scope.name or "")
            if info.scope.uuid
            else self.tr("Everything in their database")
        )
        header = QLabel(
            self.tr("From: %1 · exported on %2\nWhat: %3")
            .replace("%1", self.source)
            .replace("%2", local_time(info.exported_at))
            .replace("%3", scope)
        )
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = self._counts_table()

        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.resolve = QPushButton(self.tr("Resolve conflicts…"))
        self.resolve.clicked.connect(self.open_conflicts)
        conflicts_row = QHBoxLayout()
        conflicts_row.addWidget(self.conflicts_label, 1)
        conflicts_row.addWidget(self.resolve, 0, Qt.AlignmentFlag.AlignTop)
        has_conflicts = bool(result.conflicts)
        self.conflicts_label.setVisible(has_conflicts or not preview)
        self.resolve.setVisible(has_conflicts and preview)

        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for note in result.notes:
            self.notes.addItem(self._note_text(note))
        self.notes.setVisible(bool(result.notes))
        self.notes.setMaximumHeight(110)

        if preview:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.import_button = buttons.addButton(
                self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setDefault(True)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        headline = QLabel(self._headline())
        headline.setWordWrap(True)
        bold = QFont(headline.font())
        bold.setBold(True)
        headline.setFont(bold)
        layout.addWidget(headline)
        layout.addWidget(self.table)
        layout.addLayout(conflicts_row)
        if result.notes:
            notes_title = QLabel(self.tr("Notes"))
            layout.addWidget(notes_title)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._refresh_conflicts()
        self.setMinimumWidth(640)

    # --- the table ---------------------------------------------------------------------------

    def _counts_table(self) -> QTableWidget:
        headers = [
            self.tr("Records"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Not brought back"),
        ]
        # Only the kinds of records something happens to; the rest is in the total.
        rows = [
            (t, c)
            for t, c in self.result.counts.items()
            if c.created or c.updated or c.conflicts or c.skipped
        ]
        show_skipped = any(c.skipped for _, c in rows)
        table = QTableWidget(len(rows) + 1, len(headers))
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setAccessibleName(self.tr("What the import changes"))
        table.setHorizontalHeaderLabels(headers)
        table.setColumnHidden(5, not show_skipped)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for r, (name, counts) in enumerate(rows):
            self._put(table, r, table_name(name), counts, bold=False)
        self._put(table, len(rows), self.tr("Total"), self.result.totals(), bold=True)
        # As tall as its rows (a few lines usually), scrolling past about fifteen.
        rows_height = table.verticalHeader().defaultSectionSize() * min(len(rows) + 1, 15)
        frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(rows_height + frame + 2)
        return table

    @staticmethod
    def _put(table: QTableWidget, row: int, name: str, counts: TableCounts, bold: bool) -> None:
        values = [counts.created, counts.updated, counts.unchanged, counts.conflicts]
        cells = [name, *(f"{v:,}" if v else "–" for v in values)]
        cells.append(f"{counts.skipped:,}" if counts.skipped else "–")
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, c, item)

    def _headline(self) -> str:
        totals = self.result.totals()
        changes = totals.created + totals.updated
        if self.preview:
            if not (changes or totals.conflicts or totals.skipped):
                return self.tr("Nothing to change: this database already has all of it.")
            return self.tr("What importing this file will do (nothing is written yet):")
        return self.tr("The file was imported. What changed:")

    # --- conflicts and notes -----------------------------------------------------------------

    def _refresh_conflicts(self) -> None:
        conflicts = self.result.conflicts
        if not conflicts:
            self.conflicts_label.setText(self.tr("No conflicts."))
            return
        decided = sum(1 for c in conflicts if c.key in self.decisions)
        undecided = len(conflicts) - decided
        if self.preview:
            text = self.tr(
                "Changed both here and by %1 since your last exchange: %n record(s).",
                "",
                len(conflicts),
            ).replace("%1", self.source)
            if undecided:
                text += " " + self.tr(
                    "Undecided: %n. They keep this database's version and are asked about "
                    "again at the next exchange.",
                    "",
                    undecided,
                )
            else:
                text += " " + self.tr("All decided.")
        else:
            text = self.tr("Conflicts settled as you chose: %n.", "", decided)
            if undecided:
                text += " " + self.tr(
                    "Left as they are here, to be asked about at the next exchange: %n.",
                    "",
                    undecided,
                )
        self.conflicts_label.setText(text)

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.result.conflicts, self.decisions, self.source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a closure holding the dialog: a dialog deleted on close must
        # not be the last owner of its own Python wrapper (PySide crashes then).
        dialog.decided.connect(self._conflicts_decided)
        dialog.open()
        return dialog

    def _conflicts_decided(self, decisions: dict) -> None:
        self.decisions = dict(decisions)
        self._refresh_conflicts()

    def _note_text(self, note: Note) -> str:
        what = f"{table_name(note.table)} · {note.label}"
        match note.kind:
            case "matched":
                return self.tr("%1: the same as a record here (same name or id); merged").replace(
                    "%1", what
                )
            case "renumbered":
                return (
                    self.tr("%1: renumbered %2, its number was taken")
                    .replace("%1", what)
                    .replace("%2", note.detail)
                )
            case "kept_deleted":
                return self.tr(
                    "%1: deleted here after an earlier exchange; not brought back"
                ).replace("%1", what)
            case "missing_reference":
                return self.tr("%1: not imported, what it belongs to is not here").replace(
                    "%1", what
                )
        return self.tr("%1: imported without a link to a record that is not here").replace(
            "%1", what
        )

    def _accept(self) -> None:
        if self.preview:
            self.import_requested.emit(dict(self.decisions))
        self.accept()
