"""Whose meeting it is: an initiative (or mesa) or an agenda. Chosen in a list when the
meeting is created from the Meetings area; fixed, and only shown, when it is created from the
initiative's or agenda's own page, edited, or the next session of another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from agencydesk.domain.errors import UserError
from agencydesk.domain.records import NamedRef
from agencydesk.ui.widgets.plain_text import plain


def owner_key(initiative_id: int | None, agenda_id: int | None) -> str | None:
    """How the list keeps a choice: "initiative:3", "agenda:1" (None: nobody)."""
    if initiative_id is not None:
        return f"initiative:{initiative_id}"
    if agenda_id is not None:
        return f"agenda:{agenda_id}"
    return None


def owner_ids(key: str | None) -> tuple[int | None, int | None]:
    """(initiative_id, agenda_id) of an owner key."""
    if not key:
        return None, None
    kind, _, number = key.partition(":")
    return (int(number), None) if kind == "initiative" else (None, int(number))


class OwnerField(QWidget):
    changed = Signal()
    """The user chose another owner in the list."""

    def __init__(
        self,
        initiative_choices: Callable[[], list[NamedRef]],
        agenda_choices: Callable[[], list[NamedRef]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._initiative_choices = initiative_choices
        self._agenda_choices = agenda_choices
        self._fixed_ids: tuple[int | None, int | None] = (None, None)
        self.fixed = False
        self.combo = QComboBox(self)
        self.combo.setObjectName("meetingOwner")
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setAccessibleName(self.tr("Initiative or agenda"))
        self.shown = QLabel(self)
        self.shown.setObjectName("meetingOwnerFixed")
        self.shown.setWordWrap(True)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)  # the owner's name, as typed
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.shown, 1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_owner(
        self,
        initiative_id: int | None,
        agenda_id: int | None,
        *,
        fixed: bool,
        name: str | None = None,
    ) -> None:
        """Show the owner (``name``, or looked up in the choices) or offer the choices."""
        self.fixed = fixed
        self._fixed_ids = (initiative_id, agenda_id)
        self.combo.setVisible(not fixed)
        self.shown.setVisible(fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if fixed else Qt.FocusPolicy.StrongFocus)
        self.combo.blockSignals(True)
        try:
            if fixed:
                self.shown.setText(name or self._name_of(initiative_id, agenda_id))
            else:
                self._fill(owner_key(initiative_id, agenda_id))
        finally:
            self.combo.blockSignals(False)

    def ids(self) -> tuple[int | None, int | None]:
        """(initiative_id, agenda_id) chosen or fixed."""
        return self._fixed_ids if self.fixed else owner_ids(self.combo.currentData())

    def caption(self) -> str:
        """The form row's label for what is shown."""
        if not self.fixed:
            return self.tr("Initiative or a&genda:")
        return self.tr("Agenda:") if self._fixed_ids[1] is not None else self.tr("Initiative:")

    def _fill(self, key: str | None) -> None:
        combo = self.combo
        combo.clear()
        combo.addItem(self.tr("Choose an initiative or an agenda"), None)
        try:
            initiatives = self._initiative_choices()
            agendas = self._agenda_choices()
        except UserError:
            initiatives, agendas = [], []
        for ref in initiatives:
            combo.addItem(ref.name, owner_key(ref.id, None))
            combo.setItemData(combo.count() - 1, plain(ref.name), Qt.ItemDataRole.ToolTipRole)
        if agendas and initiatives:
            combo.insertSeparator(combo.count())
        for ref in agendas:
            text = self.tr("Agenda: %1").replace("%1", ref.name)
            combo.addItem(text, owner_key(None, ref.id))
            combo.setItemData(combo.count() - 1, plain(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(key), 0) if key else 0)

    def _name_of(self, initiative_id: int | None, agenda_id: int | None) -> str:
        try:
            refs = (
                self._initiative_choices() if initiative_id is not None else self._agenda_choices()
            )
        except UserError:
            return ""
        wanted = initiative_id if initiative_id is not None else agenda_id
        return next((r.name for r in refs if r.id == wanted), "")
