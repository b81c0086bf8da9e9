"""What every record form shares: labelled rows with a message under each field, validation
as you type, a Save button enabled only when the form is valid, and text that survives a
failed save.

This base class is instantiated through subclasses, so its own strings are translated with a
literal context ("RecordForm"): ``self.tr`` would look them up under the subclass's name.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.ui.messages import field_error_text, user_error_text
from agencydesk.ui.widgets.dialogs import ask_yes_no
from agencydesk.ui.widgets.field_message import FieldMessage


class RecordForm(QWidget):
    """Subclasses add fields with ``add_field`` and implement ``field_errors`` and ``write``."""

    saved = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        # Titles quote records ("Edit meeting 3. <b>x</b>"): shown as typed, never as HTML.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.message = FieldMessage(self)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.form_layout = QFormLayout()
        body_layout.addLayout(self.form_layout)
        body_layout.addStretch(1)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.save_button = QPushButton(QCoreApplication.translate("RecordForm", "Save"), self)
        self.save_button.setToolTip(
            QCoreApplication.translate("RecordForm", "Save (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(QCoreApplication.translate("RecordForm", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        # Optional (subclasses show it for saved records): forms that are a record's only page.
        self.delete_button = QPushButton(QCoreApplication.translate("RecordForm", "Delete…"), self)
        self.delete_button.hide()
        buttons = QHBoxLayout()
        self.button_row = buttons  # subclasses add their own buttons (History…) after Delete
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._fields: dict[str, QWidget] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._warnings: dict[str, str] = {}
        self._server_errors: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._dirty = False
        self._loading = False

    # --- building ------------------------------------------------------------------------

    def add_field(self, key: str, label_text: str, field: QWidget) -> QLabel:
        """A labelled row for draft field ``key``; the label's &-mnemonic focuses the field."""
        label = QLabel(label_text)
        label.setBuddy(field)
        message = FieldMessage()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(field)
        cell_layout.addWidget(message)
        self.form_layout.addRow(label, cell)
        if not field.accessibleName():
            field.setAccessibleName(label_text.replace("&", ""))
        self._fields[key] = field
        self._messages[key] = message
        return label

    def finish_tab_order(self) -> None:
        """Fields in the order they were added, then Save, then Cancel."""
        chain = [*self._fields.values(), self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- state -----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def field_message(self, key: str) -> FieldMessage:
        return self._messages[key]

    def begin_load(self) -> None:
        """Call before filling the widgets from a record (changes then don't count as edits)."""
        self._loading = True

    def end_load(self) -> None:
        # Long values (an organization's full name) read from their start, not their tail.
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        self._loading = False
        self._dirty = False
        self._show_all = False
        self._touched.clear()
        self._warnings.clear()
        self._server_errors.clear()
        self.message.clear()
        self.revalidate()

    def field_changed(self, key: str, touch: bool = True) -> None:
        """Connect every field's change signal here: marks it edited and re-validates.

        ``touch=False`` hides the field's error while the user is still typing into it (a
        picker waiting for a choice); call ``touch`` when they leave it.
        """
        if self._loading:
            return
        self._dirty = True
        if touch:
            self._touched.add(key)
        else:
            self._touched.discard(key)
        self._server_errors.pop(key, None)
        self.revalidate()

    def touch(self, key: str) -> None:
        """Show the field's error from now on (e.g. when the user leaves it)."""
        if not self._loading and self._dirty and key not in self._touched:
            self._touched.add(key)
            self.revalidate()

    def set_warning(self, key: str, text: str | None) -> None:
        """A remark that does not block saving (e.g. a possible duplicate)."""
        if text:
            self._warnings[key] = text
        else:
            self._warnings.pop(key, None)
        self.revalidate()

    def revalidate(self) -> dict[str, str]:
        errors = {**self.field_errors(), **self._server_errors}
        for key, message in self._messages.items():
            if key in errors and (self._show_all or key in self._touched):
                message.show_error(self.error_text(errors[key]))
            elif key in self._warnings:
                message.show_warning(self._warnings[key])
            else:
                message.clear()
        self.save_button.setEnabled(not errors and self._dirty)
        if not errors and self.message.kind() == "error":
            self.message.clear()
        return errors

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the form; on any refusal the typed text stays as it is."""
        if not self._dirty and self.record_id is not None:
            return True
        self._show_all = True
        errors = self.revalidate()
        if errors:
            self.message.show_error(
                QCoreApplication.translate("RecordForm", "Correct the marked fields before saving.")
            )
            self._focus_first(errors)
            return False
        try:
            record_id = self.write()
        except ValidationError as exc:
            self._server_errors = dict(exc.fields)
            self.revalidate()
            self.message.show_error(user_error_text(exc))
            self._focus_first(exc.fields)
            return False
        except UserError as exc:
            self.message.show_error(user_error_text(exc))
            return False
        self._dirty = False
        self.revalidate()
        self.saved.emit(record_id)
        return True

    def confirm_discard(self) -> bool:
        """True when there are no unsaved edits or the user agrees to drop them."""
        if not self._dirty or not self.isVisible():
            return True
        return ask_yes_no(
            self,
            QCoreApplication.translate("RecordForm", "Unsaved changes"),
            QCoreApplication.translate("RecordForm", "Discard the changes you made in this form?"),
        )

    def cancel(self) -> None:
        if self.confirm_discard():
            self._dirty = False
            self.cancelled.emit()

    def _focus_first(self, errors: dict[str, str]) -> None:
        for key, field in self._fields.items():
            if key in errors:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- for subclasses ----------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        """The record being edited; None for a new one."""
        return None

    def field_errors(self) -> dict[str, str]:
        """Field name → error code for the current content of the widgets."""
        raise NotImplementedError

    def write(self) -> int:
        """Send the form to the service (and the undo stack); returns the record's id."""
        raise NotImplementedError

    def error_text(self, code: str) -> str:
        return field_error_text(code)
