"""The preview as a table: one row per data row of the file, as it will be stored.

A model over the preview's tuple of rows (no widget per row): 50,000 rows scroll like 50. The
first columns say what happens to the row (its choice, editable; its match or problems), then
come the mapped fields with each cell coloured valid, corrected or invalid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agencydesk.domain.importing.name_parts import FULL_NAME, PARTS, shown_fields
from agencydesk.domain.importing.values import CellResult, CellStatus
from agencydesk.services.importing.setup import ImportPreview, PreviewRow, RowChoice
from agencydesk.ui.importing.field_labels import field_label
from agencydesk.ui.importing.raw_model import cell_text
from agencydesk.ui.importing.reasons import reason_text
from agencydesk.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "PreviewModel"

ROW, CHOICE, NOTE = 0, 1, 2
FIRST_FIELD = 3
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10
"""``data(index, CHOICES_ROLE)`` on the choice column: the choices this row allows."""

CORRECTED_BG = QColor("#fff1c2")
INVALID_BG = QColor("#f9d6d9")
INVALID_FG = QColor("#8a1020")
SKIPPED_FG = QColor("#6b6b6b")
DARK = QColor("#1a1a1a")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choice_label(choice: RowChoice | None) -> str:
    match choice:
        case RowChoice.CREATE:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Create"))
        case RowChoice.UPDATE:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Update"))
        case RowChoice.FILL:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Fill empty fields"))
        case RowChoice.SKIP:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Skip"))
    return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Rejected"))


def allowed_choices(row: PreviewRow) -> tuple[RowChoice, ...]:
    """What a row may do: a matched row may update, fill, be skipped or (a different record
    with a similar name) be created; a new row is created or skipped; a rejected row nothing."""
    if row.rejected:
        return ()
    if row.match is not None:
        return (RowChoice.UPDATE, RowChoice.FILL, RowChoice.SKIP, RowChoice.CREATE)
    return (RowChoice.CREATE, RowChoice.SKIP)


def shown(result: CellResult) -> str:
    """A cell as it will be stored; choices by their translated label."""
    if result.status is CellStatus.INVALID:
        return ""
    if isinstance(result.value, StrEnum):
        return label(result.value)
    return result.shown()


@dataclass(frozen=True)
class PreviewCounts:
    rows: int
    valid: int
    rejected: int
    matches: int
    duplicates: int
    blank: int
    totals: int
    create: int
    update: int  # update + fill
    skip: int


def count(preview: ImportPreview, choices: dict[int, RowChoice]) -> PreviewCounts:
    rejected = matches = duplicates = create = update = skip = 0
    for row in preview.rows:
        if row.errors:
            rejected += 1
            continue
        if row.match is not None:
            matches += 1
        if row.duplicate_of is not None:
            duplicates += 1
        choice = choices.get(row.row, row.choice)
        if choice is RowChoice.CREATE:
            create += 1
        elif choice is RowChoice.SKIP:
            skip += 1
        else:
            update += 1
    total = len(preview.rows)
    return PreviewCounts(
        rows=total,
        valid=total - rejected,
        rejected=rejected,
        matches=matches,
        duplicates=duplicates,
        blank=preview.skipped_blank,
        totals=preview.skipped_total,
        create=create,
        update=update,
        skip=skip,
    )


class PreviewModel(QAbstractTableModel):
    def __init__(self, preview: ImportPreview, choices: dict[int, RowChoice], parent=None):
        """``choices`` is the wizard's own dict of the user's choices (changed in place)."""
        super().__init__(parent)
        self.preview = preview
        self.choices = choices
        # A name split over columns is shown as the one full name it is stored as.
        mapped = shown_fields([name for _, name in sorted(preview.setup.mapping.items())])
        extra = [n for n in preview.setup.defaults if n not in mapped]
        self.fields = mapped + extra
        self._column_of = {name: column for column, name in preview.setup.mapping.items()}
        self._name_columns = [self._column_of[p] for p in PARTS if p in self._column_of]
        self.only_problems = False
        self._visible: list[int] = list(range(len(preview.rows)))

    # --- what the page asks ---------------------------------------------------------------

    def set_only_problems(self, on: bool) -> None:
        self.beginResetModel()
        self.only_problems = on
        rows = self.preview.rows
        self._visible = [
            i for i, r in enumerate(rows) if not on or r.errors or r.duplicate_of is not None
        ]
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self.preview.rows[self._visible[row]]

    def choice(self, row: PreviewRow) -> RowChoice | None:
        if row.rejected:
            return None
        return self.choices.get(row.row, row.choice)

    def set_choice(self, rows: Iterable[int], choice: RowChoice) -> int:
        """Give ``choice`` to the view rows ``rows`` that allow it; returns how many took it."""
        changed = 0
        for view_row in rows:
            row = self.row_at(view_row)
            if choice not in allowed_choices(row):
                continue
            if choice == row.choice:
                self.choices.pop(row.row, None)
            else:
                self.choices[row.row] = choice
            changed += 1
            index = self.index(view_row, CHOICE)
            self.dataChanged.emit(index, index)
        return changed

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FIELD + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Row"))
        if section == CHOICE:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "What to do"))
        if section == NOTE:
            return _tr(QT_TRANSLATE_NOOP("PreviewModel", "Match or problem"))
        if FIRST_FIELD <= section < self.columnCount():
            return field_label(self.fields[section - FIRST_FIELD])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE and not self.row_at(index.row()).rejected:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CHOICE or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            choice = RowChoice(value)
        except ValueError:
            return False
        return self.set_choice([index.row()], choice) == 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == ROW:
            return self._row_number(row, role)
        if column == CHOICE:
            return self._choice(row, role)
        if column == NOTE:
            return self._note(row, role)
        name = self.fields[column - FIRST_FIELD]
        result = row.cells.get(name)
        return self._cell(row, name, result, role) if result is not None else None

    def _row_number(self, row: PreviewRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.rejected:
            return self._invalid_colours(role)
        return None

    def _choice(self, row: PreviewRow, role: int) -> Any:
        choice = self.choice(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_label(choice)
        if role == Qt.ItemDataRole.EditRole:
            return choice.value if choice is not None else None
        if role == CHOICES_ROLE:
            return [c.value for c in allowed_choices(row)]
        if role == Qt.ItemDataRole.ToolTipRole and not row.rejected:
            return _tr(
                QT_TRANSLATE_NOOP("PreviewModel", "Double-click to change what happens to this row")
            )
        if row.rejected:
            return self._invalid_colours(role)
        if choice is RowChoice.SKIP and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SKIPPED_FG)
        return None

    def _note(self, row: PreviewRow, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._invalid_colours(role) if row.rejected else None
        if row.errors:
            parts = []
            for error in row.errors:
                what = reason_text(error.reason, error.message)
                where = error.column or (field_label(error.field) if error.field else "")
                parts.append(f"{where}: {what}" if where else what)
            return "; ".join(parts) if role == Qt.ItemDataRole.DisplayRole else "\n".join(parts)
        notes = []
        if row.match is not None:
            notes.append(
                _tr(QT_TRANSLATE_NOOP("PreviewModel", "Matches %1 (%2)"))
                .replace("%1", row.match.label)
                .replace("%2", field_label(row.match.by))
            )
        if row.duplicate_of is not None:
            notes.append(
                _tr(QT_TRANSLATE_NOOP("PreviewModel", "Same as row %1")).replace(
                    "%1", str(row.duplicate_of)
                )
            )
        if row.new_organizations:
            notes.append(
                _tr(QT_TRANSLATE_NOOP("PreviewModel", "New organization: %1")).replace(
                    "%1", ", ".join(row.new_organizations)
                )
            )
        return " · ".join(notes) if notes else None

    def _cell(self, row: PreviewRow, name: str, result: CellResult, role: int) -> Any:
        status = result.status
        if role == Qt.ItemDataRole.DisplayRole:
            if status is CellStatus.INVALID:
                return self._raw_text(row, name)
            return shown(result)
        if role == Qt.ItemDataRole.ToolTipRole:
            if status is CellStatus.INVALID:
                english = next((e.message for e in row.errors if e.field == name), "")
                return reason_text(result.reason, english)
            if status is CellStatus.CORRECTED:
                before = self._raw_text(row, name)
                after = shown(result)
                because = reason_text(result.reason)
                text = f"{before} → {after}" if before else after
                return f"{text}\n{because}" if because else text
            return None
        if status is CellStatus.INVALID:
            return self._invalid_colours(role)
        if status is CellStatus.CORRECTED:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(CORRECTED_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DARK)
        return None

    def _raw_text(self, row: PreviewRow, name: str) -> str:
        """The cell as the file has it (for an invalid cell, and before → after)."""
        column = self._column_of.get(name)
        if column is None and name == FULL_NAME and self._name_columns:
            # As the file has them (spaces and all): the joined, trimmed name is the "after".
            texts = [cell_text(row.raw[c]) for c in self._name_columns if c < len(row.raw)]
            return " ".join(t for t in texts if t.strip())
        if column is None or column >= len(row.raw):
            return ""
        return cell_text(row.raw[column])

    @staticmethod
    def _invalid_colours(role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INVALID_FG)
        return None
