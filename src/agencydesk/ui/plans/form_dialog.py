"""A record form in its own window, opened without blocking (``open()``, never ``exec()``):
the caller, and a test, keep running while the user fills it in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from agencydesk.ui.widgets import RecordForm


class FormDialog(QDialog):
    def __init__(self, form: RecordForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        form.setParent(self)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        form.saved.connect(lambda _id: self.accept())
        form.cancelled.connect(self.reject)

    def show_form(self, title: str) -> None:
        self.setWindowTitle(title)
        # open(): window-modal and non-blocking. A dialog already open is simply reused.
        self.open()
        self.activateWindow()

    def confirm_close(self) -> bool:
        """Whether the window may go (asks about unsaved edits); closes it if so."""
        if not self.isVisible():
            return True
        if not self.form.confirm_discard():
            return False
        self.form.begin_load()  # drop the dirty state without asking twice
        self.form.end_load()
        self.reject()
        return True

    def reject(self) -> None:
        # Escape and the window's close button (QDialog.closeEvent calls this) ask, like
        # Cancel, before dropping typed text.
        if self.isVisible() and self.form.is_dirty() and not self.form.confirm_discard():
            return
        super().reject()
