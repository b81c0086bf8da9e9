"""An action's funding lines in its form: one row per line (source, program, amount, cash or in
kind), added with a button and removed with the ✕ at the end of the row.

Each cell is a real widget, so Tab walks through the row and a click types or ticks at once
(no double-click to start editing a cell).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.enums import FundingSource
from agencydesk.domain.plans import FundingLineDraft
from agencydesk.ui.plans.money import format_amount, format_money, parse_amount
from agencydesk.ui.widgets import current_enum, fill_enum_combo, set_current_enum

SOURCE, PROGRAM, AMOUNT, IN_KIND, REMOVE = range(5)


class FundingTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("funding_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Program or fund"),
                self.tr("Amount"),
                self.tr("In kind"),
                "",
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Funding lines"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROGRAM, QHeaderView.ResizeMode.Stretch)
        for column in (SOURCE, AMOUNT, IN_KIND, REMOVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        probe = QComboBox()
        self._row_height = probe.sizeHint().height() + 4
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self.add_button = QPushButton(self.tr("&Add funding line"), self)
        self.add_button.setObjectName("add_funding_button")
        self.add_button.clicked.connect(self._add_clicked)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("funding_total")
        self._currency = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()

    def set_currency(self, currency: str) -> None:
        """The plan's currency, written with the total."""
        self._currency = currency
        self._update_total()

    # --- rows ------------------------------------------------------------------------------

    def row_count(self) -> int:
        return self.table.rowCount()

    def row_widgets(self, row: int) -> tuple[QComboBox, QLineEdit, QLineEdit, QCheckBox]:
        """The source combo, program, amount and in-kind box of ``row`` (tests fill these)."""
        source = self.table.cellWidget(row, SOURCE)
        program = self.table.cellWidget(row, PROGRAM)
        amount = self.table.cellWidget(row, AMOUNT)
        in_kind = self.table.cellWidget(row, IN_KIND)
        assert isinstance(source, QComboBox) and isinstance(program, QLineEdit)
        assert isinstance(amount, QLineEdit) and isinstance(in_kind, QCheckBox)
        return source, program, amount, in_kind

    def add_line(self, line: FundingLineDraft | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        source = QComboBox()
        fill_enum_combo(source, FundingSource, None)
        source.setAccessibleName(self.tr("Source"))
        program = QLineEdit()
        program.setPlaceholderText(self.tr("e.g. PROCOMPITE, a CORFO fund"))
        program.setAccessibleName(self.tr("Program or fund"))
        amount = QLineEdit()
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        amount.setPlaceholderText("0")
        amount.setAccessibleName(self.tr("Amount"))
        # "1.200.000,00": the program's column keeps the rest of the width.
        amount.setMinimumWidth(amount.fontMetrics().horizontalAdvance("0" * 12) + 8)
        in_kind = QCheckBox()
        in_kind.setAccessibleName(self.tr("In kind"))
        in_kind.setToolTip(self.tr("A valued contribution (staff, premises, labour), not cash"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this funding line"))
        remove.setAccessibleName(self.tr("Remove this funding line"))
        if line is not None:
            set_current_enum(source, line.source)
            program.setText(line.program or "")
            amount.setText(format_amount(line.amount) if line.amount is not None else "")
            in_kind.setChecked(line.in_kind)
        source.currentIndexChanged.connect(lambda _i: self._edited())
        program.textChanged.connect(lambda _t: self._edited())
        amount.textChanged.connect(lambda _t: self._edited())
        in_kind.toggled.connect(lambda _c: self._edited())
        remove.clicked.connect(lambda: self._remove(remove))
        for column, widget in enumerate((source, program, amount, in_kind, remove)):
            self.table.setCellWidget(row, column, widget)
        self._fit_height()
        return row

    def set_lines(self, lines: list[FundingLineDraft]) -> None:
        self.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)
        self.blockSignals(False)
        self._fit_height()
        self._update_total()

    def _add_clicked(self) -> None:
        row = self.add_line()
        self._edited()
        self.table.cellWidget(row, PROGRAM).setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, button: QToolButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, REMOVE) is button:
                self.table.removeRow(row)
                break
        self._fit_height()
        self._edited()

    def _edited(self) -> None:
        self._update_total()
        self.changed.emit()

    def _fit_height(self) -> None:
        # Room for the header and every row (up to six; past that the table scrolls).
        rows = max(2, min(self.table.rowCount(), 6))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self._row_height + 4)

    # --- values ----------------------------------------------------------------------------

    def amounts(self) -> list[Decimal | None]:
        """Each row's amount; None for an empty one. Raises ValueError for a bad one."""
        return [parse_amount(self.row_widgets(row)[2].text()) for row in range(self.row_count())]

    def error(self) -> str | None:
        """The first problem of the lines as a field error code, or None."""
        try:
            amounts = self.amounts()
        except ValueError:
            return "not_a_number"
        if any(a is None for a in amounts):
            return "required"
        if any(a is not None and a < 0 for a in amounts):
            return "negative"
        return None

    def lines(self) -> list[FundingLineDraft]:
        """The lines as drafts (rows whose amount is not a number count as none)."""
        result = []
        for row in range(self.row_count()):
            source, program, amount, in_kind = self.row_widgets(row)
            try:
                value = parse_amount(amount.text())
            except ValueError:
                value = None
            result.append(
                FundingLineDraft(
                    source=current_enum(source, FundingSource) or FundingSource.OTHER,
                    program=program.text(),
                    amount=value,  # type: ignore[arg-type]
                    in_kind=in_kind.isChecked(),
                )
            )
        return result

    def total(self) -> Decimal:
        try:
            return sum((a for a in self.amounts() if a is not None), start=Decimal(0))
        except ValueError:
            return Decimal(0)

    def _update_total(self) -> None:
        if self.row_count() == 0:
            self.total_label.setText(self.tr("No funding lines yet."))
            return
        self.total_label.setText(
            self.tr("Total funding: %1").replace("%1", format_money(self.total(), self._currency))
        )
