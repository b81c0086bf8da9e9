"""Choosing a person by typing part of their name (an initiative's coordinator, the person
responsible for an agreement)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.ui.actors.org_picker import OrgPicker


class _PeopleLookup:
    """Answers the picker's question ("who matches this text?") from the people directory,
    with each person's organization as the detail shown beside the name."""

    def __init__(self, actors: ActorsService) -> None:
        self._actors = actors

    def organization_choices(self, text: str, limit: int = 30) -> list[NamedRef]:
        ids = self._actors.person_ids(ListQuery(text=text, sort="full_name"))[:limit]
        return [NamedRef(p.id, p.full_name, p.organization_name) for p in self._actors.people(ids)]


class PersonPicker(OrgPicker):
    """The organization picker's behaviour (database search with accents folded, the id
    resolved only when chosen from the list) over people."""

    def __init__(self, actors: ActorsService, parent: QWidget | None = None) -> None:
        super().__init__(_PeopleLookup(actors), parent)  # type: ignore[arg-type]
        self.setPlaceholderText(self.tr("Type part of the name, then choose from the list"))

    def person_id(self) -> int | None:
        return self.organization_id()

    def set_person(self, person_id: int | None, name: str | None) -> None:
        self.set_organization(person_id, name)
