"""Which of our records each row of a received file is (read-only; before anything is written).

In this order: the same uuid; the uuid either database recorded for it at an earlier exchange
(a record matched by name then); and, for the tables below only, a natural key, so that the
same institution typed in both offices does not become two:

- organizations: the same tax id (RUC, RUT, RFC…; spaces, dots and dashes ignored); else the
  same name (accents, case and spacing ignored); else, for the rows still unmatched, the same
  name as the spreadsheet import compares it (``organization_key``: punctuation and legal
  forms such as S.A., S.A.C., A.C., SpA or Ltda. ignored too), so that "Cafetalera Los Altos
  S.A." and "Cafetalera Los Altos" are one, but only when that looser name is one record's
  alone on each side: "Cafetalera Los Altos S.A." and "Cafetalera Los Altos E.I.R.L." are two
  companies, and a file's "Cafetalera Los Altos" is neither of them rather than a guess (a
  match writes the file's details onto ours and is remembered for good). Two different tax
  ids are never the same organization, whatever their names.
- people: the same national id; else the same e-mail, unless the names clearly differ; else
  the same name in the same organization. Two different national ids are never the same
  person.
- territories: the same official code at the same level; else the same name, level and parent.
- rows that only link records (a participation in an initiative, an attendance at a meeting, a
  bottleneck discussed on an agenda item): the same link, so that both offices registering the
  same participant or the same attendance do not make it twice.

A record matched so is kept under our uuid; the match is remembered (``exchange_marks``
``local_uuid``) so the next file from that office finds it directly. Each of our records is
matched to at most one row of a file. Anything else is new and is created with the sender's
uuid, so it is the same record in both databases from then on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.domain.importing.names import names_agree, organization_key, person_key
from agencydesk.domain.text import fold
from agencydesk.services.exchange.context import MergeContext
from agencydesk.services.exchange.records import Note

# Rows that only link records: the same link typed in both offices is one row. Table →
# the references that make the link (attendance: the person, or the organization when the
# row names no person).
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "participations": (
        ("initiative_id", "initiatives"),
        ("organization_id", "organizations"),
        ("person_id", "people"),
    ),
    "attendances": (
        ("meeting_id", "meetings"),
        ("person_id", "people"),
        ("organization_id", "organizations"),
    ),
    "agenda_item_bottlenecks": (
        ("agenda_item_id", "meeting_agenda_items"),
        ("bottleneck_id", "bottlenecks"),
    ),
}
NATURAL_TABLES = ("territories", "organizations", "people", *LINKS)
_ID_NOISE = re.compile(r"[\s.\-/_]")
_NEW = -1  # a reference to a record new here: matches no existing row


def id_key(text: str | None) -> str:
    return _ID_NOISE.sub("", text or "").upper()


def resolve(ctx: MergeContext, table: str, rows: list[dict[str, Any]]) -> None:
    """Fill ``ctx.identity`` for the rows of ``table`` and load our matching rows."""
    wanted = {r["uuid"] for r in rows}
    wanted |= {a for a in (ctx.alias(u) for u in list(wanted)) if a}
    local = repo.rows_by_uuid(ctx.session, table, wanted)
    for uuid, row in local.items():
        ctx.local_rows[(table, uuid)] = row
        ctx.ids[(table, uuid)] = row["id"]
    unresolved = []
    for row in rows:
        uuid = row["uuid"]
        alias = ctx.alias(uuid)
        if uuid in local:
            ctx.identity[(table, uuid)] = uuid
        elif alias is not None and alias in local:
            ctx.identity[(table, uuid)] = alias
        else:
            ctx.identity[(table, uuid)] = None
            unresolved.append(row)
    if unresolved and table in NATURAL_TABLES:
        _match_natural(ctx, table, _parents_first(table, unresolved), taken=set(local))


def _parents_first(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Territories whose parent is in the list come after it (the parent's match decides)."""
    if table != "territories":
        return rows
    by_uuid = {r["uuid"]: r for r in rows}
    done: set[str] = set()
    ordered: list[dict[str, Any]] = []

    def visit(row: dict[str, Any], depth: int = 0) -> None:
        if row["uuid"] in done:
            return
        done.add(row["uuid"])
        parent = by_uuid.get(row.get("parent_id") or "")
        if parent is not None and depth < 50:
            visit(parent, depth + 1)
        ordered.append(row)

    for row in rows:
        visit(row)
    return ordered


def _match_natural(
    ctx: MergeContext, table: str, rows: list[dict[str, Any]], taken: set[str]
) -> None:
    index = _Index(ctx, table, taken)
    if not index.by_key:
        return
    found: list[str] = []
    unmatched: list[dict[str, Any]] = []
    for row in rows:
        match = index.match(row)
        if match is None:
            unmatched.append(row)
        else:
            ctx.identity[(table, row["uuid"])] = match["uuid"]
            ctx.matched.add((table, row["uuid"]))
            found.append(match["uuid"])
    # Only once every exact name has taken its record, whatever the order of the file's rows.
    for row, match in index.match_loosely(unmatched):
        ctx.identity[(table, row["uuid"])] = match["uuid"]
        ctx.matched.add((table, row["uuid"]))
        found.append(match["uuid"])
    for uuid, loaded in repo.rows_by_uuid(ctx.session, table, found).items():
        ctx.local_rows[(table, uuid)] = loaded
        ctx.ids[(table, uuid)] = loaded["id"]
    for uuid in found:
        ctx.notes.append(Note("matched", table, ctx.label_of(table, uuid)))


class _Index:
    """Our rows of one table by their natural keys, minus those already spoken for."""

    _COLUMNS = {
        "organizations": ("name", "tax_id"),
        "people": ("full_name", "national_id", "email", "organization_id"),
        "territories": ("name", "code", "level", "parent_id"),
        **{table: tuple(c for c, _ in refs) for table, refs in LINKS.items()},
    }
    _OFFICIAL_ID = {"organizations": "tax_id", "people": "national_id", "territories": "code"}

    def __init__(self, ctx: MergeContext, table: str, taken: set[str]) -> None:
        self.ctx = ctx
        self.table = table
        # Ours that another row of the file is, or that the sender knows under another uuid.
        spoken = {u for u in (m["local_uuid"] for m in ctx.marks.values()) if u}
        spoken |= {r["uuid"] for r in ctx.file.tables.get(table, ())}
        self.claimed = taken | spoken
        self.by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        # Looser keys, tried only for the rows no key above matched (organizations).
        self.by_loose_key: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for row in repo.key_rows(ctx.session, table, self._COLUMNS[table]):
            if row["uuid"] in self.claimed:
                continue
            for key in self._keys(row, local=True):
                self.by_key.setdefault(key, []).append(row)
            loose = self._loose_key(row)
            if loose is not None:
                self.by_loose_key.setdefault(loose, []).append(row)

    def _ref(self, target: str, uuid: str | None, local: bool) -> int | None:
        """A reference as our id (a row of ours gives its own id already)."""
        if local or uuid is None:
            return uuid  # type: ignore[return-value]
        if (target, uuid) in self.ctx.identity and self.ctx.identity[(target, uuid)] is None:
            return _NEW  # a row of the file new here: no row of ours points to it yet
        found = self.ctx.id_of(target, self.ctx.local_uuid(target, uuid))
        return _NEW if found is None else found

    def _keys(self, row: dict[str, Any], local: bool) -> Iterable[tuple[Any, ...]]:
        refs = LINKS.get(self.table)
        if refs is not None:
            ids = [self._ref(target, row.get(column), local) for column, target in refs]
            if self.table == "attendances" and ids[1] is not None:
                ids[2] = None  # a person's attendance, whichever organization it names
            yield ("link", *ids)
        elif self.table == "organizations":
            tax = id_key(row.get("tax_id"))
            if tax:
                yield ("tax", tax)
            yield ("name", fold(row.get("name")))
        elif self.table == "people":
            nid = id_key(row.get("national_id"))
            if nid:
                yield ("nid", nid)
            email = (row.get("email") or "").strip().casefold()
            if email:
                yield ("email", email)
            org = self._ref("organizations", row.get("organization_id"), local)
            yield ("name", fold(row.get("full_name")), org)
        else:
            level = row.get("level")
            level = getattr(level, "value", level)
            code = id_key(row.get("code"))
            if code:
                yield ("code", code, level)
            parent = self._ref("territories", row.get("parent_id"), local)
            yield ("name", fold(row.get("name")), level, parent)

    def _loose_key(self, row: dict[str, Any]) -> tuple[str, str] | None:
        """An organization's name without punctuation or legal form ("Cafetalera Los Altos
        S.A.", "CAFETALERA LOS ALTOS E.I.R.L." → "cafetalera los altos"); None elsewhere."""
        if self.table != "organizations":
            return None
        key = organization_key(row.get("name"))
        return ("organization", key) if key else None

    def _compatible(self, ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
        """Two different official ids are never the same record."""
        column = self._OFFICIAL_ID.get(self.table)
        if column is None:
            return True
        a = id_key(ours.get(column))
        b = id_key(theirs.get(column))
        return not (a and b and a != b)

    def match(self, row: dict[str, Any]) -> dict[str, Any] | None:
        for key in self._keys(row, local=False):
            if _NEW in key or (key[0] == "name" and not key[1]):
                continue
            for candidate in self.by_key.get(key, ()):
                if (
                    candidate["uuid"] not in self.claimed
                    and self._compatible(candidate, row)
                    and (key[0] != "email" or _names_agree(candidate, row))
                ):
                    self.claimed.add(candidate["uuid"])
                    return candidate
        return None

    def match_loosely(
        self, rows: list[dict[str, Any]]
    ) -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
        """(row, ours) for the ``rows`` (matched by no other key) whose looser key is one
        unclaimed record's of ours and no other of these rows': two records it fits are two
        organizations it could be, and it is neither (a new record can still be merged by
        hand; a wrong match cannot be taken back)."""
        keyed = [(row, self._loose_key(row)) for row in rows]
        in_file: dict[tuple[str, str], int] = {}
        for _row, key in keyed:
            if key is not None:
                in_file[key] = in_file.get(key, 0) + 1
        for row, key in keyed:
            if key is None or in_file[key] > 1:
                continue
            candidates = [
                c for c in self.by_loose_key.get(key, ()) if c["uuid"] not in self.claimed
            ]
            if len(candidates) == 1 and self._compatible(candidates[0], row):
                self.claimed.add(candidates[0]["uuid"])
                yield row, candidates[0]


def _names_agree(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether two people with one e-mail may be one person. Offices share addresses (a
    municipality's mesa de partes, an NGO's apoyo@): two officials writing from one are two
    people, and merging them would move one's attendance and agreements to the other. So the
    e-mail decides only when every meaningful word of one name is in the other ("José Pérez",
    "José Pérez Rojas") or one side has no name, as in the spreadsheet import."""
    return names_agree(person_key(ours.get("full_name")), person_key(theirs.get("full_name")))
