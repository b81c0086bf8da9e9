"""The Actors area: organizations and people (lists, forms, detail, undo)."""

from agencydesk.ui.actors.area import ActorsArea

__all__ = ["ActorsArea"]
