"""Combo boxes over enumerations.

Qt stores a ``StrEnum`` item's data as a plain string, so ``currentData()`` comes back as
"public", not ``ActorType.PUBLIC``: these helpers convert both ways.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

from agencydesk.ui.labels import choices

E = TypeVar("E", bound=StrEnum)


def fill_enum_combo(combo: QComboBox, enum_cls: type[StrEnum], none_text: str | None) -> None:
    """Translated labels of ``enum_cls``, after a first "none" item when ``none_text``."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, value in choices(enum_cls):
        combo.addItem(text, value.value)


def current_enum(combo: QComboBox, enum_cls: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else enum_cls(value)


def set_current_enum(combo: QComboBox, value: StrEnum | None) -> None:
    """Choose ``value`` (the "none" item, or the first item, when absent)."""
    index = combo.findData(value.value) if value is not None else -1
    if index < 0:
        index = combo.findData(None) if value is None else -1
    combo.setCurrentIndex(max(index, 0))
