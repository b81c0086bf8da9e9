"""The small dialogs of the steps that need more than a click: resolving (date and evidence),
dropping and reopening (date and a reason).

They are opened with ``open()`` (window-modal, no nested event loop) and the panel acts on
``accepted``; tests fill the fields and click OK the same way.

Strings use the literal context "StatusChangeDialog": ``ResolveDialog`` shares them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.bottlenecks import status_change_errors
from agencydesk.domain.enums import BottleneckStatus
from agencydesk.ui.messages import field_error_text
from agencydesk.ui.widgets import DateField, FieldMessage, format_date

S = BottleneckStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusChangeDialog", text)


class StatusChangeDialog(QDialog):
    """Date (default ``default_on``), an optional note, and for "resolved" the evidence."""

    def __init__(
        self,
        status: BottleneckStatus,
        bottleneck_name: str,
        previous_on: date | None,
        default_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = BottleneckStatus(status)
        self._previous_on = previous_on
        self.setObjectName("statusChangeDialog")
        self.setMinimumWidth(540)
        resolving = self.status is S.RESOLVED
        titles = {
            S.RESOLVED: (
                _tr("Mark as resolved"),
                _tr("“%1” has been solved. Say when, and what shows it."),
                _tr("Mark resolved"),
            ),
            S.DROPPED: (
                _tr("Drop bottleneck"),
                _tr("“%1” will no longer be pursued. Say when, and why."),
                _tr("Drop"),
            ),
        }
        title, intro, ok_text = titles.get(
            self.status,
            (
                _tr("Reopen bottleneck"),
                _tr("“%1” is open again and back in progress. Say when, and why."),
                _tr("Reopen"),
            ),
        )
        self.setWindowTitle(title)
        intro_label = QLabel(intro.replace("%1", bottleneck_name), self)
        intro_label.setWordWrap(True)

        self.date_field = DateField(self)
        self.date_field.setObjectName("statusChangeDate")
        self.date_field.edit.setObjectName("statusChangeDateEdit")
        self.date_field.set_date(default_on or date.today())
        self.date_message = FieldMessage(self)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("resolutionEvidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            _tr("Required: the resolution, act, report or figure that shows it is solved")
        )
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence_message = FieldMessage(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("statusChangeNote")
        self.note.setPlaceholderText(
            _tr("Optional, e.g. agreed at the third session")
            if resolving
            else _tr("Why (optional, but it helps whoever reads the register later)")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(_tr("&Date:"), self.date_field), self._stack(self.date_field))
        if resolving:
            form.addRow(
                self._buddy(_tr("&Evidence:"), self.evidence),
                self._stack(self.evidence, self.evidence_message),
            )
        else:
            self.evidence.hide()
            self.evidence_message.hide()
        form.addRow(self._buddy(_tr("&Note:"), self.note), self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("statusChangeOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.date_field.changed.connect(self.revalidate)
        self.evidence.textChanged.connect(self.revalidate)
        self.revalidate()
        (self.evidence if resolving else self.note).setFocus()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _stack(self, field: QWidget, message: FieldMessage | None = None) -> QWidget:
        cell = QWidget(self)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(message or self.date_message)
        return cell

    # --- values ----------------------------------------------------------------------------

    def changed_on(self) -> date | None:
        return self.date_field.date()

    def note_text(self) -> str | None:
        return self.note.text().strip() or None

    def evidence_text(self) -> str | None:
        if self.status is not S.RESOLVED:
            return None
        return self.evidence.toPlainText().strip() or None

    def errors(self) -> dict[str, str]:
        if not self.date_field.is_valid():
            errors = {"changed_on": "bad_date"}
        else:
            errors = status_change_errors(
                self.status, self.changed_on(), self._previous_on, self.evidence_text()
            )
        return errors

    def revalidate(self) -> dict[str, str]:
        errors = self.errors()
        if code := errors.get("changed_on"):
            self.date_message.show_error(self._date_error_text(code))
        else:
            self.date_message.clear()
        # Evidence is required, but an empty box is not an error until the user typed in it.
        if "resolution_evidence" in errors and self.evidence.document().isModified():
            self.evidence_message.show_error(field_error_text("required"))
        else:
            self.evidence_message.clear()
        self.ok_button.setEnabled(not errors)
        # A message appearing under a field needs room: grow (never shrink) to fit it.
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout() else 0
        if wanted > self.height():
            self.resize(self.width(), wanted)
        return errors

    def _date_error_text(self, code: str) -> str:
        if code == "end_before_start" and self._previous_on is not None:
            return _tr("The previous step is dated %1: this one cannot be earlier.").replace(
                "%1", format_date(self._previous_on)
            )
        return field_error_text(code)

    def accept(self) -> None:
        if self.revalidate():
            return
        super().accept()


class ResolveDialog(StatusChangeDialog):
    """Moving a bottleneck to resolved: the date (default today), the evidence (required) and
    an optional note."""

    def __init__(
        self,
        bottleneck_name: str,
        previous_on: date | None,
        default_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(S.RESOLVED, bottleneck_name, previous_on, default_on, parent)
        self.setObjectName("resolveDialog")
