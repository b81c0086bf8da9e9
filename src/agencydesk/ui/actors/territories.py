"""Territories in combo boxes: "Santa Rosa (Lima)" tells apart towns with the same name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from agencydesk.domain.records import TerritoryRecord


def territory_items(territories: list[TerritoryRecord]) -> list[tuple[str, int]]:
    names = {t.id: t.name for t in territories}
    items = []
    for t in territories:
        parent = names.get(t.parent_id) if t.parent_id is not None else None
        items.append((f"{t.name} ({parent})" if parent else t.name, t.id))
    return items


def fill_territory_combo(
    combo: QComboBox, territories: list[TerritoryRecord], first_item: str
) -> None:
    """Replace the items, keeping the chosen territory when it still exists."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(first_item, None)
    for text, tid in territory_items(territories):
        combo.addItem(text, tid)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)
