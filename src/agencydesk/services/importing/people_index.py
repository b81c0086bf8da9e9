"""People of the directory named in a meeting's sheets (agreements, attendance), found in
memory: the directory is read once (two queries), never once per row."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos import importing_batches as batches
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.importing.name_parts import PARTICLES, SECOND_SURNAME, given_and_surname
from agencydesk.domain.importing.names import (
    email_key,
    names_agree,
    organization_key,
    person_key,
    shorter_form,
)
from agencydesk.domain.importing.spellings import names_clash, national_id_key
from agencydesk.services.importing.handlers import ApplyContext

PERSON_REASONS = {
    "unknown_person": "no person with this name in the directory",
    "ambiguous_person": "several people in the directory have this name: "
    "add their organization, e-mail or ID",
}

# A row whose ID (tax id, national id) is held by a record with a clearly other name: a typo
# in the ID or the name, never a reason to write one record over another (spellings.py).
ID_REASONS = {
    "id_other_name": "this ID belongs to another name in the directory: check the ID or the name",
    "id_other_name_in_file": "this ID belongs to another name earlier in the file: "
    "check the ID or the name",
}


def as_text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


# (id, label, name key, national id key, e-mail key) of someone a shorter name may stand for.
_Holder = tuple[int, str, str, str, str]


class ShorterNames:
    """People by the first word of their name paired with each later word, so that a name
    written shorter ("Manuel | Tuesta | —", "Manuel Tuesta") finds its few candidates
    ("Manuel Tuesta Arévalo") at once, by its first and last words, not by a scan; and by the
    set of their name's words, for a name written in another order ("Sánchez Ruiz Wilder",
    "Ríos Tapullima, Milagros")."""

    __slots__ = ("by_pair", "by_words")

    def __init__(self) -> None:
        self.by_pair: dict[tuple[str, str], list[_Holder]] = {}
        self.by_words: dict[str, list[_Holder]] = {}

    def add(self, record_id: int, label: str, name_k: str, id_k: str, email_k: str) -> None:
        words = name_k.split()
        if len(words) < 2:
            return
        holder = (record_id, label, name_k, id_k, email_k)
        self.by_words.setdefault(_word_set(words), []).append(holder)
        if len(words) < 3:  # a shorter name has two words at least: it can only be in more
            return
        for later in dict.fromkeys(words[1:]):  # "Pérez Pérez": one pair, one entry
            self.by_pair.setdefault((words[0], later), []).append(holder)

    def find(
        self, name_k: str, id_k: str, email_k: str, joined_from: Collection[str] | None
    ) -> tuple[int, str] | None:
        """(id, label) of the ONE person whose name holds ``name_k``'s words in order, from
        the same first word, and more ("manuel tuesta" in "manuel tuesta arevalo"), for a name
        joined from parts (``joined_from``) with a given name and a surname but a part left
        empty, or for a whole name (``joined_from`` None) that is a given name and the first
        surname ("Manuel Tuesta", "Jorge Del Águila": two words beside particles, as people
        write themselves) or the stored name without its second surname ("Luis Fernando
        Ñahui" for Luis Fernando Ñahui Quispe). A longer whole name is read no other way:
        "Juan Carlos Pérez" might be Juan Carlos Roblero Pérez's given names and mother's
        surname. None when nobody or several do (a shorter name says too little to choose),
        or when that person has another national id or e-mail than the row: then the row may
        be someone else.

        The row's surname must also stand where a surname stands: with the second surname
        empty, the row ends with the first surname, which is the stored name's second-to-last
        word ("Manuel | Tuesta | —" is Manuel Tuesta Arévalo, "Manuel | Arévalo | —" is not:
        there Arévalo is his mother's surname, and "Juan | Pérez | —" is not Juan Carlos
        Roblero Pérez); with it given, both end alike ("Ana | Quispe | Huamán" is Ana María
        Quispe Huamán)."""
        words = name_k.split()
        prefix = False
        if joined_from is None:  # a whole name
            if len([w for w in words if w not in PARTICLES]) == 2:  # "Jorge Del Águila"
                last = -2
            elif len(words) >= 3:  # all but the second surname, as stored
                last, prefix = -2, True
            else:
                return None
        elif len(words) < 2 or not given_and_surname(joined_from):
            return None
        else:
            last = -1 if SECOND_SURNAME in joined_from else -2
        # Everyone the shorter name may stand for counts ("Rosa Quispe": Rosa Quispe Mamani,
        # and Rosa Elvira Quispe too); only then must the one left fit where surnames stand.
        holders = [
            h for h in self.by_pair.get((words[0], words[-1]), ()) if shorter_form(name_k, h[2])
        ]
        if len(holders) != 1:
            return None
        stored = holders[0][2].split()
        if stored[last] != words[-1] or (prefix and stored[:-1] != words):
            return None
        # A shorter name is a guess: an ID or e-mail the person lacks cannot confirm it, and
        # would be written onto them ("Julio Sangama | 45556677" for Julio Sangama Tapullima).
        if (id_k and not holders[0][3]) or (email_k and not holders[0][4]):
            return None
        return _the_one(holders, id_k, email_k)

    def reordered(self, name_k: str, id_k: str, email_k: str) -> tuple[int, str] | None:
        """(id, label) of the ONE person whose name has the same words as ``name_k`` in
        another order: "Sánchez Ruiz Wilder" and "Ríos Tapullima, Milagros" (surnames first,
        under a header that does not say so) are Wilder Sánchez Ruiz and Milagros Ríos
        Tapullima. Three words at least: "Rosa María" and "María Rosa" may be two people."""
        words = name_k.split()
        if len(words) < 3:
            return None
        return _the_one(self.by_words.get(_word_set(words), []), id_k, email_k)


def _word_set(words: list[str]) -> str:
    return " ".join(sorted(words))


def _the_one(holders: list[_Holder], id_k: str, email_k: str) -> tuple[int, str] | None:
    """The single holder, unless their national id or e-mail is another than the row's."""
    if len(holders) != 1:
        return None
    record_id, label, _, other_id, other_email = holders[0]
    if (id_k and other_id and other_id != id_k) or (
        email_k and other_email and other_email != email_k
    ):
        return None
    return record_id, label


class PeopleIndex:
    """The directory's people by ID, e-mail and name (with their organization's key), so a
    name is found once, in memory, for every row."""

    __slots__ = ("_people", "_shorter", "by_email", "by_id", "by_name", "names", "organization_of")

    def __init__(self, session: Session) -> None:
        org_keys = {
            row_id: organization_key(name)
            for row_id, name in repo.fetch_rows(session, "organizations", ("id", "name"))
        }
        self.by_id: dict[str, tuple[int, str]] = {}  # national id key -> (id, person_key)
        # e-mail key -> [(id, person_key)] of everyone with the address, oldest first
        self.by_email: dict[str, list[tuple[int, str]]] = {}
        # person_key -> [(id, organization key, national id key)], oldest first
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        self.names: dict[int, str] = {}
        self.organization_of: dict[int, int | None] = {}
        self._people: list[_Holder] = []  # for ``ShorterNames``, built when first needed
        self._shorter: ShorterNames | None = None
        columns = ("id", "full_name", "national_id", "email", "organization_id")
        for row_id, name, national_id, email, org_id in repo.fetch_rows(session, "people", columns):
            id_k = national_id_key(national_id)
            name_k = person_key(name)
            if id_k:
                self.by_id.setdefault(id_k, (row_id, name_k))
            e_key = email_key(email)
            if e_key:
                self.by_email.setdefault(e_key, []).append((row_id, name_k))
            self._people.append((row_id, name, name_k, id_k, e_key))
            org_k = org_keys.get(org_id, "") if org_id is not None else ""
            self.by_name.setdefault(name_k, []).append((row_id, org_k, id_k))
            self.names[row_id] = name
            self.organization_of[row_id] = org_id

    def find(
        self,
        name: Any,
        organization: Any = None,
        national_id: Any = None,
        email: Any = None,
        joined_from: Any = None,
    ) -> tuple[int, str] | str | None:
        """(person id, what matched) for a row; "ambiguous_person" when several people fit
        the name equally; "id_other_name" when the row's ID is someone's whose name clearly
        differs from the row's (``spellings.names_clash``); None when nobody fits.

        By ID (as the people import compares them: ``national_id_key``, so a DNI that lost
        its leading zeros in a number cell still finds its holder), then e-mail, then name. A
        namesake with another ID is another person; so is someone with the same e-mail whose
        name clearly differs (the shared address of an office, its mesa de partes). With an
        organization, its people come first; without one (or none of them fits), the name
        must be unique in the directory. A name joined from parts (``joined_from``: the
        name_parts.JOINED_FROM cell) with a given name and a surname but a part missing finds
        the one person whose name holds it (``ShorterNames``).
        """
        id_k = national_id_key(as_text(national_id))
        name_k = person_key(as_text(name))
        if id_k and (held := self.by_id.get(id_k)):
            if names_clash((name_k,), (held[1],)):
                return "id_other_name"
            return held[0], "national_id"
        e_key = email_key(as_text(email))
        for person_id, its_name in self.by_email.get(e_key, ()):
            if names_agree(name_k, its_name):
                return person_id, "email"
        candidates = [
            (pid, org_k)
            for pid, org_k, other_id in self.by_name.get(name_k, [])
            if not (id_k and other_id and other_id != id_k)
        ]
        if organization not in (None, ""):
            org_k = organization_key(str(organization))
            same_org = [pid for pid, k in candidates if k and k == org_k]
            if len(same_org) == 1:
                return same_org[0], "name"
            if len(same_org) > 1:
                return "ambiguous_person"
        if len(candidates) == 1:
            return candidates[0][0], "name"
        if candidates:
            return "ambiguous_person"
        shorter = self.shorter()
        if held := shorter.find(name_k, id_k, e_key, joined_from) or shorter.reordered(
            name_k, id_k, e_key
        ):
            return held[0], "name"
        return None

    def shorter(self) -> ShorterNames:
        if self._shorter is None:
            self._shorter = ShorterNames()
            for holder in self._people:
                self._shorter.add(*holder)
        return self._shorter


def people_of(ctx: ApplyContext) -> PeopleIndex:
    """The directory's people, read once per batch (``columns`` runs per row)."""
    found = ctx.memo.get("people")
    if found is None:
        found = ctx.memo["people"] = PeopleIndex(ctx.session)
    return found


def create_people(ctx: ApplyContext, rows: list[dict[str, Any]]) -> list[tuple[int, int | None]]:
    """Add people to the directory in one insert (audited, and kept for undo); their
    (id, organization id) in the order given."""
    ids = repo.insert_many(ctx.session, "people", rows)
    ctx.note_created("people", ids)
    batches.insert_audit(
        ctx.session,
        [
            {
                "user": ctx.user,
                "entity": "person",
                "entity_id": person_id,
                "action": AuditAction.CREATE,
                "changes": {
                    k: [None, batches.to_json(v)]
                    for k, v in row.items()
                    if v is not None and k != "sort_name"
                },
            }
            for person_id, row in zip(ids, rows, strict=True)
        ],
    )
    return [(i, row.get("organization_id")) for i, row in zip(ids, rows, strict=True)]
