"""The handler of the people directory: people matched by uuid, national ID, e-mail, name
(namesakes told apart by their organization) and shorter names (``ShorterNames``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.name_parts import JOINED_FROM
from agencydesk.domain.importing.names import email_key, person_key
from agencydesk.domain.importing.spellings import national_id_key
from agencydesk.domain.text import fold
from agencydesk.services.importing import matching
from agencydesk.services.importing.handlers import BaseHandler, KeyIndex, valid_uuid
from agencydesk.services.importing.handlers_actors import (
    FUTURE,
    Keys,
    LastKeys,
    by_email,
    by_id,
    exported_apart,
    keeps_directory_value,
    put_keys,
    text_of,
)
from agencydesk.services.importing.people_index import ID_REASONS, ShorterNames
from agencydesk.services.importing.setup import ImportSetup, RowMatch


class PeopleKeys(KeyIndex):
    """People by their keys, and by the words of their names (``shorter``) when the sheet
    splits names over columns: a row with a part missing may stand for a longer name.

    ``namesakes``: for a name held by several people of the directory, each holder's id,
    name and organization id; ``organizations``: the directory of organizations
    (``matching.directory``) to read a row's organization with."""

    __slots__ = ("namesakes", "organizations", "shorter")

    def __init__(self) -> None:
        super().__init__()
        self.shorter = ShorterNames()
        self.namesakes: dict[str, list[tuple[int, str, int | None]]] = {}
        self.organizations: dict[str, int] = {}


class PeopleHandler(BaseHandler):
    kind = ImportKind.PEOPLE
    table = "people"
    entity = "person"

    def __init__(self) -> None:
        self._keys = LastKeys(self._row_keys)

    column_names: ClassVar[Mapping[str, str]] = {"organization": "organization_id"}
    not_columns: ClassVar[frozenset[str]] = frozenset({JOINED_FROM})
    reasons: ClassVar[Mapping[str, str]] = {
        FUTURE: "a date in the future",
        "consent_purpose_required": "a consent date needs the purpose of the consent",
        "namesakes": "several people in the directory have this name: add their DNI, e-mail "
        "or organization to say which",
        **ID_REASONS,
    }

    def new_index(self) -> PeopleKeys:
        return PeopleKeys()

    def load_index(self, session: Session, setup: ImportSetup) -> PeopleKeys:
        index = self.new_index()
        # Rows may name someone by a shorter name: a part left empty where the sheet splits
        # names, or a whole name of two words ("Manuel Tuesta"), so every name's words are
        # indexed (ShorterNames).
        index.in_file = False
        columns = ("id", "uuid", "full_name", "national_id", "email", "organization_id")
        holders: dict[str, list[tuple[int, str, int | None]]] = {}
        for row_id, uid, name, national_id, email, organization_id in repo.fetch_rows(
            session, self.table, columns
        ):
            keys = (uid or "", national_id_key(national_id), email_key(email), person_key(name))
            put_keys(index, row_id, name, keys, "national_id")
            index.shorter.add(row_id, name, keys[3], keys[1], keys[2])
            holders.setdefault(keys[3], []).append((row_id, name, organization_id))
        index.namesakes = {k: held for k, held in holders.items() if k and len(held) > 1}
        if index.namesakes:
            index.organizations = matching.directory(session)
        return index

    def add(self, index: PeopleKeys, values: Mapping[str, Any], ref: int, label: str) -> None:
        keys = self._keys.of(values)
        put_keys(index, ref, label, keys, "national_id")
        index.shorter.add(ref, label, keys[3], keys[1], keys[2])  # the file's earlier rows

    @staticmethod
    def _row_keys(values: Mapping[str, Any]) -> Keys:
        return (
            valid_uuid(values.get("uuid")) or "",
            national_id_key(text_of(values.get("national_id"))),
            email_key(text_of(values.get("email"))),
            person_key(text_of(values.get("full_name"))),
        )

    def match(self, index: PeopleKeys, values: Mapping[str, Any]) -> RowMatch | None:
        return self._identify(index, values)[0]

    def _identify(
        self, index: PeopleKeys, values: Mapping[str, Any]
    ) -> tuple[RowMatch | None, bool]:
        """The person a row names, and whether it names namesakes without saying which."""
        uid, id_k, email_k, name_k = self._keys.of(values)
        if uid and (found := index.find("uuid", uid)):
            return found, False
        if found := by_id(index, "national_id", id_k, (name_k,))[0]:
            return found, False
        if found := by_email(index, email_k, name_k):
            return found, False
        if held := index.namesakes.get(name_k):
            return _namesake(index, held, values)
        hit = index.get("name", name_k)
        if hit and exported_apart(index, hit[0], uid):
            return None, False
        if hit and not (id_k and hit[2] and hit[2] != id_k):  # namesakes with other ids
            return RowMatch(hit[0], hit[1], "name"), False
        # "Manuel | Tuesta | —" or a whole "Manuel Tuesta" names "Manuel Tuesta Arévalo" when
        # nobody else fits; a row without a given name or a surname says too little
        # ("María Fernanda | — | —").
        shorter = index.shorter
        if held := shorter.find(name_k, id_k, email_k, values.get(JOINED_FROM)) or (
            shorter.reordered(name_k, id_k, email_k)
        ):
            return RowMatch(held[0], held[1], "name"), False
        return None, False

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("full_name") or "")

    def _id_clashes(self, index: PeopleKeys, values: Mapping[str, Any]) -> bool:
        uid, id_k, _, name_k = self._keys.of(values)
        if uid and index.get("uuid", uid):  # an exported row: its uuid says who it is
            return False
        return by_id(index, "national_id", id_k, (name_k,))[1]

    def check_row(
        self, index: PeopleKeys, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        problems: list[tuple[str | None, str]] = []
        consent = values.get("consent_on")
        if isinstance(consent, date):
            if consent > date.today():
                problems.append(("consent_on", FUTURE))
            if not values.get("consent_purpose"):
                problems.append(("consent_purpose", "consent_purpose_required"))
        if self._id_clashes(index, values):
            problems.append(("national_id", "id_other_name"))
        elif self._identify(index, values)[1]:
            problems.append(("full_name", "namesakes"))
        return problems

    def check_in_file(
        self, index: PeopleKeys, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        clash = self._id_clashes(index, values)
        return (("national_id", "id_other_name_in_file"),) if clash else ()

    def derived(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        return {"sort_name": fold(changes["full_name"])} if "full_name" in changes else {}

    def keeps_stored(self, column: str, stored: Any, incoming: Any) -> bool:
        return keeps_directory_value(
            column, stored, incoming, "full_name", "national_id"
        ) or super().keeps_stored(column, stored, incoming)


def _namesake(
    index: PeopleKeys, held: list[tuple[int, str, int | None]], values: Mapping[str, Any]
) -> tuple[RowMatch | None, bool]:
    """A row naming a name several people of the directory hold, with no ID or e-mail to
    say who: its organization says which ("Juan Pérez | Ministerio de la Producción" is the
    ministry's Juan Pérez, not the cooperative's, the oldest). An organization none of them
    is at is someone new; no organization, or one several are at, is refused (``namesakes``):
    writing over one of them would be a guess."""
    organization = values.get("organization")
    if organization is None:
        return None, True
    at = matching.organization_in(index.organizations, str(organization))
    same = [holder for holder in held if at is not None and holder[2] == at]
    if len(same) == 1:
        return RowMatch(same[0][0], same[0][1], "name"), False
    return None, len(same) > 1


HANDLERS = (PeopleHandler(),)
