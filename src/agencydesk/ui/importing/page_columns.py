"""Step 4: what each column holds. Proposed from the header (Spanish, Portuguese or English,
synonyms, a mapping remembered from a file with the same headers); each column can be changed
or left out. A field goes to one column at most."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from agencydesk.domain.importing.kinds import ImportKind, ValueType, fields
from agencydesk.domain.importing.name_parts import FULL_NAME, PARTS, given_fields, join_name
from agencydesk.domain.importing.workbook import RawSheet
from agencydesk.ui.importing.field_labels import field_label
from agencydesk.ui.importing.page_base import ImportPage, message_label, show_message
from agencydesk.ui.importing.raw_model import cell_text, column_letter
from agencydesk.ui.importing.state import ImportState

SAMPLE_ROWS = 50


def missing_required(kind: ImportKind, mapping: dict[int, str]) -> list[str]:
    """Required fields with no column, except choices (the options step gives those a value
    for every row)."""
    mapped = given_fields(mapping.values())  # "Nombres" + "Apellido paterno" make a full name
    return [
        f.name
        for f in fields(kind)
        if f.required and f.name not in mapped and f.type is not ValueType.ENUM
    ]


def sample(sheet: RawSheet, header_row: int, column: int) -> str:
    """The first value below the header in ``column``, as the spreadsheet shows it."""
    for row in sheet.rows[header_row + 1 : header_row + 1 + SAMPLE_ROWS]:
        if column < len(row) and row[column] not in (None, ""):
            return cell_text(row[column])
    return ""


def name_example(sheet: RawSheet, header_row: int, columns: list[int]) -> str:
    """The first name below the header joined from ``columns`` (the name parts, in order), as
    the import will store it: one person's parts, never parts of different rows."""
    for row in sheet.rows[header_row + 1 : header_row + 1 + SAMPLE_ROWS]:
        joined = join_name([cell_text(row[c]) for c in columns if c < len(row)])
        if joined:
            return joined
    return ""


class ColumnsPage(ImportPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "For each column of the file, choose what it holds in AgencyDesk, or "
                "“Do not import”. Fields marked * are required."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Example"), self.tr("Import as")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = message_label()
        self.combos: dict[int, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        state = self.state
        assert state.setup is not None
        sheet = state.sheet()
        setup = state.setup
        # Of two rows when a group label sits above ("APELLIDOS" over "Paterno | Materno").
        assert state.loaded is not None
        header = state.service.headers(state.loaded, setup.sheet, setup.header_row, setup.kind)
        columns = [
            c
            for c in range(sheet.width)
            if c in setup.mapping
            or (c < len(header) and header[c] not in (None, ""))
            or sample(sheet, setup.header_row, c)
        ]
        specs = fields(setup.kind)
        self.table.setRowCount(len(columns))
        self.combos = {}
        for row, column in enumerate(columns):
            name = cell_text(header[column]) if column < len(header) else ""
            title = f"{column_letter(column)} · {name}" if name else column_letter(column)
            if column in sheet.hidden_columns:  # why a column with a known name is left out
                title = self.tr("%1 (hidden in the file)").replace("%1", title)
            self.table.setItem(row, 0, QTableWidgetItem(title))
            example = QTableWidgetItem(sample(sheet, setup.header_row, column))
            self.table.setItem(row, 1, example)
            combo = QComboBox()
            combo.setAccessibleName(title)
            combo.addItem(self.tr("Do not import"), None)
            for spec in specs:
                combo.addItem(field_label(spec.name) + (" *" if spec.required else ""), spec.name)
            index = combo.findData(setup.mapping.get(column))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.table.setCellWidget(row, 2, combo)
            self.combos[column] = combo
        self.table.resizeRowsToContents()
        self._check()

    def _changed(self, column: int) -> None:
        state = self.state
        assert state.setup is not None
        chosen = self.combos[column].currentData()
        mapping = {c: f for c, f in state.setup.mapping.items() if c != column}
        if chosen is not None:
            for other, name in list(mapping.items()):
                if name == chosen:  # one column per field: the other one lets it go
                    del mapping[other]
                    combo = self.combos.get(other)
                    if combo is not None:
                        combo.blockSignals(True)
                        combo.setCurrentIndex(0)
                        combo.blockSignals(False)
            mapping[column] = chosen
        state.setup = replace(state.setup, mapping=mapping)
        state.forget_preview()
        self._check()

    def _check(self) -> None:
        assert self.state.setup is not None
        missing = missing_required(self.state.setup.kind, self.state.setup.mapping)
        if missing:
            show_message(
                self.message,
                self.tr("Choose a column for: %1").replace(
                    "%1", ", ".join(field_label(n) for n in missing)
                ),
                error=True,
            )
        else:
            show_message(self.message, self._name_hint())
        self.completeChanged.emit()

    def _name_hint(self) -> str:
        """How the full name is made when the sheet splits it over columns: the user sees the
        columns joined, and a name as it will be stored."""
        state = self.state
        assert state.setup is not None
        mapping = state.setup.mapping
        parts = [c for part in PARTS for c, name in mapping.items() if name == part]
        if not parts:
            return ""
        sheet = state.sheet()
        setup = state.setup
        header_row = setup.header_row
        assert state.loaded is not None
        header = state.service.headers(state.loaded, setup.sheet, header_row, setup.kind)

        def title(column: int) -> str:
            name = cell_text(header[column]) if column < len(header) else ""
            return f"“{name or column_letter(column)}”"

        joined = " + ".join(title(c) for c in parts)
        whole = next((c for c, name in mapping.items() if name == FULL_NAME), None)
        if whole is not None:
            return (
                self.tr("The full name is taken from %1; where it is empty, it is joined from %2.")
                .replace("%1", title(whole))
                .replace("%2", joined)
            )
        example = name_example(sheet, header_row, parts)
        if not example:
            return self.tr("The full name is joined from %1.").replace("%1", joined)
        return (
            self.tr("The full name is joined from %1, for example “%2”.")
            .replace("%1", joined)
            .replace("%2", example)
        )

    def isComplete(self) -> bool:
        setup = self.state.setup
        return (
            super().isComplete()
            and setup is not None
            and bool(setup.mapping)
            and not missing_required(setup.kind, setup.mapping)
        )
