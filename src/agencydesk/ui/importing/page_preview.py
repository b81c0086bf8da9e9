"""Step 6: the preview. Every data row as it will be stored, with its problems, its match and
what will happen to it (changeable per row, or for the selected rows at once)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.progress import CancelToken, ProgressSink
from agencydesk.services.importing.setup import ImportPreview, RowChoice
from agencydesk.services.importing.textfile import mended_rows
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.preview_model import (
    CHOICE,
    CHOICES_ROLE,
    PreviewModel,
    choice_label,
    count,
)
from agencydesk.ui.importing.raw_model import fit_columns
from agencydesk.ui.importing.state import ImportState

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo with the choices the row allows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value in index.data(CHOICES_ROLE) or []:
            combo.addItem(choice_label(RowChoice(value)), value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Yellow cells were corrected (point at them to see how); red ones cannot be "
                "stored, and their row is not imported. Change what happens to a row in "
                "“What to do”."
            )
        )
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.toggled.connect(self._filter)
        self.apply_choice = QComboBox()
        for choice in RowChoice:
            self.apply_choice.addItem(choice_label(choice), choice.value)
        self.apply_button = QPushButton(self.tr("Apply to selected rows"))
        self.apply_button.clicked.connect(self._apply_to_selected)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.message = message_label()
        self.model: PreviewModel | None = None

        tools = QHBoxLayout()
        tools.addWidget(self.only_problems)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("What to do with the selected rows:")))
        tools.addWidget(self.apply_choice)
        tools.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        show_message(self.message, "")
        if self.state.preview is not None and self.model is not None:
            return  # back from the next step with nothing changed: keep the user's choices
        self.table.setModel(None)
        self.model = None
        self.counts.setText(self.tr("Preparing the preview…"))
        state = self.state
        loaded, setup, service = state.loaded, state.setup, state.service
        assert loaded is not None and setup is not None

        def job(progress: ProgressSink, cancel: CancelToken) -> ImportPreview:
            return service.preview(loaded, setup, progress, cancel)

        self.run(
            self.tr("Checking the rows"),
            job,
            self._ready,
            on_cancelled=lambda: self.counts.setText(
                self.tr("The preview was cancelled. Go Back, or Next to try again.")
            ),
        )

    def _ready(self, preview: ImportPreview) -> None:
        self.state.preview = preview
        self.state.choices = {}
        self.model = PreviewModel(preview, self.state.choices, self)
        self.model.set_only_problems(self.only_problems.isChecked())
        self.model.dataChanged.connect(self._show_counts)
        self.table.setModel(self.model)
        fit_columns(self.table, 300)
        self.table.setColumnWidth(CHOICE, max(self.table.columnWidth(CHOICE), 130))
        self._show_counts()
        mended = mended_rows(self.state.loaded.workbook) if self.state.loaded else []
        if mended and preview.rows:
            # A quote that opened and never closed would have swallowed the next rows: they
            # were read line by line instead (csv_records), which the user should glance at.
            show_message(
                self.message,
                self.tr(
                    "Row(s) %1 of the file have quotation marks a CSV file does not allow "
                    "(one never closed, or quotes inside quotes): each line was read as one "
                    "row, as written. Check those rows.",
                    "",
                    len(mended),
                ).replace("%1", ", ".join(map(str, mended))),
            )
        if not preview.rows:  # an unfilled template, a header row chosen too low
            show_message(
                self.message,
                self.tr(
                    "There are no rows to import under the header row (row %1). Go Back to "
                    "choose another sheet or header row."
                ).replace("%1", str(preview.setup.header_row + 1)),
            )

    def _show_counts(self) -> None:
        preview = self.state.preview
        if preview is None:
            return
        c = count(preview, self.state.choices)
        parts = [
            self.tr("%n data row(s)", "", c.rows),
            self.tr("%n valid", "", c.valid),
            self.tr("%n rejected", "", c.rejected),
            self.tr("%n match existing records", "", c.matches),
            self.tr("%n repeated in the file", "", c.duplicates),
        ]
        # The sentence with footnotes only when there are some: the usual one keeps its
        # translation.
        if preview.skipped_notes:
            skipped = self.tr("Not counted: %1 blank, %2 total and %3 footnote rows.")
        else:
            skipped = self.tr("Not counted: %1 blank and %2 total rows.")
        plan = self.tr("Will create %1, update %2 and skip %3.")
        self.counts.setText(
            " · ".join(parts)
            + "\n"
            + plan.replace("%1", f"{c.create:,}")
            .replace("%2", f"{c.update:,}")
            .replace("%3", f"{c.skip:,}")
            + " "
            + skipped.replace("%1", str(c.blank))
            .replace("%2", str(c.totals))
            .replace("%3", str(preview.skipped_notes))
        )
        self.completeChanged.emit()

    def _filter(self, on: bool) -> None:
        if self.model is not None:
            self.model.set_only_problems(on)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _apply_to_selected(self) -> None:
        self.apply(RowChoice(self.apply_choice.currentData()))

    def apply(self, choice: RowChoice) -> int:
        """Give ``choice`` to the selected rows that allow it (the others keep theirs)."""
        if self.model is None:
            return 0
        rows = self._selected_rows()
        changed = self.model.set_choice(rows, choice)
        if rows and changed < len(rows):
            kept = len(rows) - changed
            show_message(
                self.message,
                self.tr("%n row(s) could not take this choice and kept theirs.", "", kept),
            )
        else:
            show_message(self.message, "")
        return changed

    def _context_menu(self, position) -> None:
        if self.model is None or not self._selected_rows():
            return
        menu = QMenu(self)
        for choice in RowChoice:
            action = menu.addAction(choice_label(choice))
            action.triggered.connect(lambda _c=False, ch=choice: self.apply(ch))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def isComplete(self) -> bool:
        # No Import with nothing to import: the batch would be refused (import_no_rows).
        preview = self.state.preview
        return super().isComplete() and preview is not None and bool(preview.rows)
