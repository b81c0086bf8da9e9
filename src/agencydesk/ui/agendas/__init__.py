"""The Agendas area: territorial strategic agendas (list, page, form, goals, undo)."""

from agencydesk.ui.agendas.area import AgendasArea

__all__ = ["AgendasArea"]
