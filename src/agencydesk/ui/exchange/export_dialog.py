"""File › Exchange › Export…: what to send to another office (one initiative or everything)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.records import NamedRef


class ExportScopeDialog(QDialog):
    """``chosen`` carries (initiative id or None for everything, the initiative's name)."""

    chosen = Signal(object, str)

    def __init__(
        self,
        initiatives: Sequence[NamedRef],
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for another office"))
        intro = QLabel(
            self.tr(
                "Write an exchange file to send to another office by e-mail or on a USB stick. "
                "When they import it, records new to them are added, records changed here "
                "replace theirs, and records changed on both sides are shown to them to decide. "
                "Nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "The file holds the contact details of the people in it (personal data): send "
                "it only to offices that may hold them, and delete your copy once sent."
            )
        )
        privacy.setWordWrap(True)
        self.one = QRadioButton(self.tr("One initiative, with its meetings, plan and actors:"))
        self.initiative = QComboBox()
        self.initiative.setAccessibleName(self.tr("Initiative"))
        for ref in initiatives:
            self.initiative.addItem(ref.name, ref.id)
        self.everything = QRadioButton(self.tr("Everything in this database"))
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.everything)
        self.one.toggled.connect(self.initiative.setEnabled)
        if initiatives:
            self.one.setChecked(True)
            if current is not None and (index := self.initiative.findData(current)) >= 0:
                self.initiative.setCurrentIndex(index)
        else:
            self.one.setEnabled(False)
            self.initiative.setEnabled(False)
            self.everything.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(privacy)
        layout.addSpacing(6)
        layout.addWidget(self.one)
        indented = QHBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.initiative)
        layout.addLayout(indented)
        layout.addWidget(self.everything)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def initiative_id(self) -> int | None:
        """The chosen initiative, or None for everything."""
        if self.everything.isChecked():
            return None
        return self.initiative.currentData()

    def initiative_name(self) -> str:
        return self.initiative.currentText() if self.one.isChecked() else ""

    def accept(self) -> None:
        chosen = (self.initiative_id(), self.initiative_name())
        super().accept()  # closed first: the file dialog that follows stands alone
        self.chosen.emit(*chosen)
