"""A person's personal data on their page: "Export everything about this person" (JSON or
PDF) and "Erase this person", with a confirmation that says what happens and that it cannot
be undone. The work is ``services/personal_data``; the PDF is the ``person-data`` document."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agencydesk.domain.errors import UserError
from agencydesk.domain.personal_data import ErasePreview, EraseResult
from agencydesk.services.reports.service import DocumentKind
from agencydesk.ui.history.texts import entity_name, field_name
from agencydesk.ui.labels import UsagePhrases
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.actions import export_pdf
from agencydesk.ui.reports.buttons import find_workspace
from agencydesk.ui.widgets import tell
from agencydesk.ui.widgets.plain_text import plain
from agencydesk.ui.worker import DbWorker, Task, run_with_progress

Shown = Callable[[], "tuple[int, str] | None"]

_TABLE_ENTITIES = {
    "organizations": "organization",
    "meetings": "meeting",
    "meeting_agenda_items": "agenda_item",
    "agreements": "agreement",
    "initiatives": "initiative",
    "bottlenecks": "bottleneck",
    "actions": "action",
    "action_plans": "action_plan",
    "agendas": "agenda",
    "indicators": "indicator",
    "measurements": "measurement",
}


def choose_json_path(parent: QWidget, caption: str, suggested: str) -> Path | None:
    """Ask where to save the JSON file (None: cancelled). Tests replace this function."""
    name, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, "JSON (*.json)")
    return Path(name) if name else None


def file_stem(name: str) -> str:
    """A file name from a person's name: letters, digits and dashes."""
    stem = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-")
    return stem[:60] or "persona"


class EraseDialog(QDialog):
    """The confirmation of "Erase this person": what changes, what stays, where the name
    still appears as text, and that there is no undo. Cancel is the default."""

    def __init__(self, preview: ErasePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        phrases = UsagePhrases()
        kept = [
            phrases.phrase("attendances", preview.attendance),
            phrases.phrase("agreements", preview.agreements),
            phrases.phrase("participations", preview.participations),
        ]
        question = QLabel(self)
        question.setObjectName("eraseQuestion")
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        question.setText(
            self.tr("Erase the personal data of “%1”?").replace("%1", preview.full_name)
        )
        body = [
            self.tr(
                "Their name becomes “%1”. Their national ID, phone, e-mail, gender, position, "
                "notes and consent are removed, here and in the history of changes."
            ).replace("%1", preview.new_name),
            self.tr(
                "Kept, so that the counts stay right: %1. Their organization is kept too."
            ).replace("%1", ", ".join(kept)),
        ]
        if preview.coordinated:
            body.append(
                self.tr(
                    "They stay as the coordinator of %n initiative(s), under the new name.",
                    "",
                    preview.coordinated,
                )
            )
        body.append(
            self.tr(
                "Backups made before now still hold their data. Export their data first if "
                "they asked for a copy."
            )
        )
        text = QLabel("\n\n".join(body), self)
        text.setObjectName("eraseText")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(text)
        self.mentions: QListWidget | None = None
        if preview.mentions:
            note = QLabel(
                self.tr(
                    "Their name or contact details also appear in the text of %n other "
                    "record(s). Those texts are not changed: edit them if they must go too.",
                    "",
                    len(preview.mentions),
                ),
                self,
            )
            note.setWordWrap(True)
            self.mentions = QListWidget(self)
            self.mentions.setObjectName("eraseMentions")
            self.mentions.setAccessibleName(self.tr("Other records that mention them"))
            self.mentions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.mentions.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            for m in preview.mentions:
                entity = _TABLE_ENTITIES.get(m.table, m.table)
                line = f"{entity_name(entity)} “{m.name}” · {field_name(entity, m.column)}"
                self.mentions.addItem(line)
                self.mentions.item(self.mentions.count() - 1).setToolTip(plain(line))
            rows = min(len(preview.mentions), 5)
            self.mentions.setFixedHeight(self.mentions.sizeHintForRow(0) * rows + 6)
            layout.addWidget(note)
            layout.addWidget(self.mentions)
        final = QLabel(
            self.tr("This cannot be undone, and the list of changes you can undo is cleared."),
            self,
        )
        final.setObjectName("eraseFinal")
        final.setWordWrap(True)
        final.setFont(font)
        layout.addWidget(final)
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class PersonalDataButton(QPushButton):
    """ "Personal data" with a menu: export everything (JSON, PDF), erase."""

    erased = Signal(int)
    """The person was anonymised (their id): the page re-reads it."""

    def __init__(self, parent: QWidget, shown: Shown) -> None:
        super().__init__(self.tr("Pe&rsonal data"), parent)
        self.setObjectName("personalDataButton")
        self.setToolTip(self.tr("What the office holds about this person: export it, or erase it"))
        self.shown = shown
        self.workspace: Any = None  # found through the window unless set (tests)
        menu = QMenu(self)
        self.json_action = menu.addAction(
            self.tr("Export everything about this person (&JSON)…"), self.export_json
        )
        self.pdf_action = menu.addAction(
            self.tr("Export everything about this person (&PDF)…"), self.export_pdf
        )
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("&Erase this person…"), self.erase)
        self.setMenu(menu)
        self.task: Any = None
        self.worker: DbWorker | None = None  # the window's unless set (tests)

    def _target(self) -> tuple[Any, int, str] | None:
        found = self.shown()
        workspace = self.workspace or find_workspace(self)
        if found is None or workspace is None:
            return None
        return workspace, found[0], found[1]

    def export_json(self) -> Path | None:
        target = self._target()
        if target is None:
            return None
        workspace, person_id, name = target
        caption = self.tr("Export everything about this person")
        path = choose_json_path(self, caption, f"{file_stem(name)}.json")
        if path is None:
            return None
        try:
            return workspace.personal_data.write_json(person_id, path)
        except UserError as exc:
            tell(self, caption, user_error_text(exc))
            return None

    def export_pdf(self) -> Any:
        target = self._target()
        if target is None:
            return None
        workspace, person_id, _name = target
        self.task = export_pdf(self, workspace, DocumentKind.PERSON_DATA, person_id, self.worker)
        return self.task

    def erase(self) -> Task | None:
        """Ask (``EraseDialog``), then erase on the database worker (the file is compacted
        afterwards, which takes a moment on a large database); ``erased`` when done."""
        target = self._target()
        if target is None:
            return None
        workspace, person_id, _name = target
        caption = self.tr("Erase this person")
        try:
            preview = workspace.personal_data.erase_preview(person_id)
        except UserError as exc:
            tell(self, caption, user_error_text(exc))
            return None
        if EraseDialog(preview, self).exec() != QDialog.DialogCode.Accepted:
            return None
        service = workspace.personal_data
        self.task = run_with_progress(
            self,
            self.tr("Erasing the personal data…"),
            lambda _progress, _cancel: service.erase(person_id),
            cancellable=False,
            worker=self.worker,
        )
        self.task.done.connect(self._erased)
        self.task.refused.connect(lambda error: tell(self, caption, user_error_text(error)))
        return self.task

    def _erased(self, result: EraseResult) -> None:
        if not result.compacted:
            tell(
                self,
                self.tr("Erase this person"),
                self.tr(
                    "The person was erased, but the database file could not be compacted now "
                    "(another program is reading it): their old values may stay in its unused "
                    "space until it is. Erase them again later to compact it."
                ),
            )
        self.erased.emit(result.person.id)
