"""Handlers of the actors directory: organizations and people (the pattern for other kinds)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.names import (
    acronym_key,
    email_key,
    names_agree,
    organization_key,
    person_key,
    shorter_form,
    tax_key,
)
from agencydesk.domain.importing.org_types import add_types_from_names
from agencydesk.domain.importing.results import CellResult
from agencydesk.domain.importing.spellings import (
    email_written_otherwise,
    id_written_otherwise,
    name_written_worse,
    names_clash,
)
from agencydesk.domain.importing.workbook import CellValue
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.people_index import ID_REASONS
from agencydesk.services.importing.setup import ImportSetup, RowMatch
from agencydesk.services.importing.territories import (
    TERRITORY_REASONS,
    OrganizationIndex,
    load_territories,
    territory_columns,
    territory_problems,
)

FUTURE = "future_date"


def text_of(value: Any) -> str | None:
    return None if value is None else str(value)


def _shortens(stored: Any, incoming: Any) -> bool:
    """Whether an incoming name is the stored one with words left out ("Arturo" for "Arturo
    Peña Gálvez", from a sheet whose surname columns are empty; "Café Sierra" for "Café Sierra
    S.C."): updating would lose what the directory knows. Both are folded as a person's name
    is (accents, case, punctuation), legal forms kept as words. A name with other words ("Ana
    Quispe" for "Ana Quispe Huamán" is shorter, "Ana Quispe Rojas" a correction) replaces it."""
    if not isinstance(stored, str) or not isinstance(incoming, str):
        return False
    mine, theirs = person_key(incoming), person_key(stored)
    # The same words in another order ("Sánchez Ruiz Wilder"), or behind a title ("Ing.
    # Fernando Chung Ramírez", which person_key drops): the stored name is as it is written.
    same = mine == theirs or sorted(mine.split()) == sorted(theirs.split())
    return shorter_form(mine, theirs) or (same and fold(incoming) != fold(stored))


def keeps_directory_value(
    column: str, stored: Any, incoming: Any, name: str, id_column: str
) -> bool:
    """Whether an update keeps the stored value of a directory's record: its name when the
    row gives it shorter (``_shortens``) or written worse (capitals, accents lost, legal-form
    dots), its ID and e-mail when the row writes the same one otherwise ("74519" for
    "00074519", "ecf-120315-gk2", "Ana@X.pe")."""
    if column == name:
        return _shortens(stored, incoming) or name_written_worse(stored, incoming)
    if column == id_column:
        return id_written_otherwise(stored, incoming)
    return column == "email" and email_written_otherwise(stored, incoming)


# (uuid, tax or national id, e-mail, name): the keys a row is matched by, computed once.
Keys = tuple[str, str, str, str]
_K = TypeVar("_K")


def put_keys(
    index: KeyIndex,
    ref: int,
    label: str,
    keys: Keys,
    id_kind: str = "tax_id",
    names: tuple[str, ...] = (),
) -> None:
    """Put a record in an index under its keys; under its ID, with its name keys (``names``,
    else its name's): a row with the ID and a clearly other name is someone else's."""
    uid, id_k, email_k, name_k = keys
    index.add("uuid", uid, ref, label)
    if uid:
        index.uuid_of[ref] = uid
    index.add(id_kind, id_k, ref, label, names or (name_k,))
    add_email(index, email_k, ref, label, name_k)
    index.add("name", name_k, ref, label, id_k)  # the id tells namesakes apart


def exported_apart(index: KeyIndex, ref: int, uid: str) -> bool:
    """Whether an earlier row of the file found by name is another record: both rows carry
    a uuid (an export of the directory) and they differ, so the export held two namesakes
    ("Juan Pérez" of a cooperative, "Juan Pérez" of a ministry), not one record twice."""
    return bool(uid) and index.in_file and index.uuid_of.get(ref, uid) != uid


def by_id(
    index: KeyIndex, id_kind: str, id_k: str, names: tuple[str, ...]
) -> tuple[RowMatch | None, bool]:
    """The record holding the row's ID, and whether its name clashes with the row's
    (``names``: the row's name keys): then the ID is no match, the row is refused
    (``ID_REASONS``): a typo in the ID must not write one record over another."""
    hit = index.get(id_kind, id_k)
    if hit is None:
        return None, False
    if names_clash(names, hit[2]):
        return None, True
    return RowMatch(hit[0], hit[1], id_kind), False


def add_email(index: KeyIndex, email_k: str, ref: int, label: str, name_k: str) -> None:
    """Put a record under its e-mail with its name key: the first record under an address
    keeps, as its ``extra``, the list of every holder of the address (id, label, name key)."""
    if not email_k:
        return
    hit = index.get("email", email_k)
    if hit is None:
        index.add("email", email_k, ref, label, [(ref, label, name_k)])
    else:
        hit[2].append((ref, label, name_k))


def by_email(index: KeyIndex, email_k: str, name_k: str) -> RowMatch | None:
    """The oldest record with the row's e-mail whose name does not clearly differ from the
    row's: an office's shared address (its mesa de partes, an NGO's apoyo@) is written for
    several officials or associations, and is no more an identity than a name with another
    tax id. A name missing on one side, or contained in the other ("José Pérez", "José Pérez
    Rojas"), still lets the e-mail decide."""
    hit = index.get("email", email_k)
    for record_id, label, its_name in hit[2] if hit else ():
        if names_agree(name_k, its_name):
            return RowMatch(record_id, label, "email")
    return None


class LastKeys(Generic[_K]):
    """The keys of the row seen last: the pipeline asks ``match`` twice (existing records, the
    file's earlier rows) and ``add`` once for the same row, and a name's key costs ~10 µs."""

    __slots__ = ("compute", "last")

    def __init__(self, compute: Callable[[Mapping[str, Any]], _K]) -> None:
        self.compute = compute
        self.last: tuple[Mapping[str, Any], _K] | None = None

    def of(self, values: Mapping[str, Any]) -> _K:
        last = self.last  # one read: safe if another thread replaces it meanwhile
        if last is not None and last[0] is values:
            return last[1]
        keys = self.compute(values)
        self.last = (values, keys)
        return keys


class OrganizationsHandler(BaseHandler):
    kind = ImportKind.ORGANIZATIONS
    table = "organizations"
    entity = "organization"

    def __init__(self) -> None:
        self._keys = LastKeys(self._row_keys)
        self._short = LastKeys(lambda values: person_key(text_of(values.get("short_name"))))

    reasons: ClassVar[Mapping[str, str]] = {
        FUTURE: "a date in the future",
        **ID_REASONS,
        **TERRITORY_REASONS,
    }

    def new_index(self) -> OrganizationIndex:
        return OrganizationIndex()

    def load_index(self, session: Session, setup: ImportSetup) -> KeyIndex:
        index = self.new_index()
        index.in_file = False
        index.territories = load_territories(session, setup)
        columns = ("id", "uuid", "name", "tax_id", "email", "short_name")
        acronyms: dict[str, list[tuple[int, str, str]]] = {}
        for row_id, uid, name, tax, email, short in repo.fetch_rows(session, self.table, columns):
            keys = (uid or "", tax_key(tax), email_key(email), organization_key(name))
            put_keys(index, row_id, name, keys, names=(keys[3], person_key(short)))
            if short_k := acronym_key(short):
                acronyms.setdefault(short_k, []).append((row_id, name, keys[1]))
        for short_k, holders in acronyms.items():
            if len(holders) == 1:  # "GERFFS" names an organization only if only one has it
                row_id, name, tax_k = holders[0]
                index.add("short_name", short_k, row_id, name, tax_k)
        return index

    def add(self, index: KeyIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        keys = self._keys.of(values)
        put_keys(index, ref, label, keys, names=self._names(values) if keys[1] else ())

    @staticmethod
    def _row_keys(values: Mapping[str, Any]) -> Keys:
        return (
            valid_uuid(values.get("uuid")) or "",
            tax_key(text_of(values.get("tax_id"))),
            email_key(text_of(values.get("email"))),
            organization_key(text_of(values.get("name"))),
        )

    def _names(self, values: Mapping[str, Any]) -> tuple[str, str]:
        # The short name too: "GERFFS" with the RUC of the Gerencia Regional whose acronym it
        # is names it.
        return self._keys.of(values)[3], self._short.of(values)

    def _by_tax_id(
        self, index: KeyIndex, values: Mapping[str, Any]
    ) -> tuple[RowMatch | None, bool]:
        tax_k = self._keys.of(values)[1]
        if index.get("tax_id", tax_k) is None:  # most rows: nobody holds it, no names compared
            return None, False
        return by_id(index, "tax_id", tax_k, self._names(values))

    def _id_clashes(self, index: KeyIndex, values: Mapping[str, Any]) -> bool:
        uid = self._keys.of(values)[0]
        if uid and index.get("uuid", uid):  # an exported row: its uuid says who it is
            return False
        return self._by_tax_id(index, values)[1]

    def match(self, index: KeyIndex, values: Mapping[str, Any]) -> RowMatch | None:
        uid, tax_k, email_k, name_k = self._keys.of(values)
        if uid and (found := index.find("uuid", uid)):
            return found
        if found := self._by_tax_id(index, values)[0]:
            return found
        if found := by_email(index, email_k, name_k):
            return found
        hit = index.get("name", name_k)
        by = "name"
        if hit and exported_apart(index, hit[0], uid):
            return None
        if hit is None and index.by.get("short_name"):  # named by a unique acronym ("GERFFS")
            hit, by = (
                index.get("short_name", acronym_key(text_of(values.get("name")))),
                "short_name",
            )
            if hit is None and (short := values.get("short_name")):
                hit = self._by_short_name(index, name_k, str(short))
        # Same name but another tax id: two different organizations (a branch, a namesake).
        if hit and not (tax_k and hit[2] and hit[2] != tax_k):
            return RowMatch(hit[0], hit[1], by)
        return None

    @staticmethod
    def _by_short_name(index: KeyIndex, name_k: str, short: str) -> Any:
        """The organization whose short name, held by it alone, the row's "Sigla" gives, if
        the row's name may be its: "Corporación Nacional Forestal | CONAF" is "Corporación
        Nacional Forestal — Oficina Regional Los Ríos" (CONAF); "Municipalidad de Los Lagos |
        CONAF" is nobody's (a sigla mistyped or copied down a column)."""
        hit = index.get("short_name", acronym_key(short))
        if hit is None or not names_agree(name_k, organization_key(hit[1])):
            return None
        return hit

    def revise_columns(
        self,
        index: KeyIndex,
        names: Sequence[str],
        column_results: list[list[CellResult]],
        raw_column: Callable[[str], list[CellValue]],
    ) -> None:
        # No type given (no column, a blank cell): the one the name says, if it does.
        add_types_from_names(names, column_results)

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("name") or "")

    def check_row(
        self, index: KeyIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        problems: list[tuple[str | None, str]] = []
        registered = values.get("registered_on")
        if isinstance(registered, date) and registered > date.today():
            problems.append(("registered_on", FUTURE))
        if self._id_clashes(index, values):
            problems.append(("tax_id", "id_other_name"))
        problems += territory_problems(index.territories, values)
        return problems

    def check_in_file(
        self, index: KeyIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        return (("tax_id", "id_other_name_in_file"),) if self._id_clashes(index, values) else ()

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        out = territory_columns(ctx, super().columns(ctx, values))
        # The government level belongs to public actors only (as validation.clean_organization).
        actor_type = out.get("actor_type")
        if actor_type is not None and actor_type != ActorType.PUBLIC:
            out.pop("government_level", None)
        return out

    def derived(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        # Core writes skip the model's @validates: keep the folded sort key with the name.
        return {"sort_name": fold(changes["name"])} if "name" in changes else {}

    def keeps_stored(self, column: str, stored: Any, incoming: Any) -> bool:
        return keeps_directory_value(
            column, stored, incoming, "name", "tax_id"
        ) or super().keeps_stored(column, stored, incoming)


HANDLERS = (OrganizationsHandler(),)
