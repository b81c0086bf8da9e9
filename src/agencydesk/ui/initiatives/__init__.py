"""The Initiatives area: initiatives and mesas (list, page with tabs, form) and participants."""

from agencydesk.ui.initiatives.area import InitiativesArea

__all__ = ["InitiativesArea"]
