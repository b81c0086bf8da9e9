"""Download template…: ask what the partners will send, and where to save the workbook.

The template itself is in Spanish whatever the program's language (it goes to partners in the
region); see services/importing/templates.py. Writing it takes a fraction of a second, so it
runs here with a wait cursor rather than on the database worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.importing.template_texts import SHEET_NAMES
from agencydesk.services.importing.templates import write_template
from agencydesk.ui.importing.field_labels import kind_choices
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.widgets.dialogs import tell
from agencydesk.ui.widgets.plain_text import plain

# The folder of the last template saved in this session.
_last_folder: Path | None = None


def template_file_name(kind: ImportKind) -> str:
    """ "Plantilla de organizaciones.xlsx": Spanish, like the workbook."""
    return f"Plantilla de {SHEET_NAMES[ImportKind(kind)].lower()}.xlsx"


def save_template(parent: QWidget, kind: ImportKind | None = None) -> Path | None:
    """Ask for the kind (unless given) and the file, write the template, say where it is.

    Returns the file written, or None when the user cancelled or it could not be written."""
    global _last_folder
    caption = QCoreApplication.translate("TemplatesDialog", "Download template")
    if kind is None:
        choices = kind_choices()
        labels = [text for text, _kind in choices]
        chosen, ok = QInputDialog.getItem(
            parent,
            caption,
            QCoreApplication.translate("TemplatesDialog", "What will the partners fill in?"),
            labels,
            0,
            False,
        )
        if not ok or chosen not in labels:
            return None
        kind = choices[labels.index(chosen)][1]
    folder = _last_folder or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(folder / template_file_name(kind)),
        QCoreApplication.translate("TemplatesDialog", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    _last_folder = out.parent
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_template(kind, out)
    except UserError as exc:
        QGuiApplication.restoreOverrideCursor()
        tell(parent, caption, user_error_text(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    text = QCoreApplication.translate(
        "TemplatesDialog",
        "The template was saved to %1. Send it to your partners: its first sheet explains, "
        "in Spanish, how to fill it in. When it comes back, import it with File › Import….",
    ).replace("%1", str(out))
    QMessageBox.information(parent, caption, plain(text))
    return out
