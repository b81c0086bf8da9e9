"""The territory an organizations sheet names, found among the territories of the database.

Territories are a hierarchy (country > region > province > municipality or district), each
with a name. Exports write an organization's territory by its name ("Tapachula"); partners
write it their way: with its level ("Provincia de Coronel Portillo" for "Coronel Portillo",
"Los Ríos" for "Región de Los Ríos"), or with the place it is in ("Valdivia (Los Ríos)",
"Tapachula, Chiapas"; the program's lists show "Valdivia (Los Ríos)"). An import never
creates territories (they come with the database or another office's exchange file): a name
that is none of them rejects the row ("unknown_territory"), rather than losing the territory
without a word or filing the organization under one guessed.

The rule (``Territories.find``), on names folded (accents, case, punctuation):
1. the territories named exactly so; else those whose name is the cell's without its level
   word, or the cell without the level word of their name ("Provincia de", "Región",
   "Distrito de"…), of the level the cell's word says, if it says one;
2. else, for "Name (Place)", "Name, Place", "Name - Place": those named Name within Place;
3. of several, the most local (an organization sits in its municipality or district, and
   "Valdivia" is a municipality in a province of that name); several as local are ambiguous
   ("ambiguous_territory"): the cell must say the place they are in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.enums import TerritoryLevel as Level
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import ApplyContext, KeyIndex
from agencydesk.services.importing.setup import ImportSetup

FIELD = "territory"

TERRITORY_REASONS = {
    "unknown_territory": "no territory of the database has this name (an import does not "
    "add territories): correct it, or leave the cell empty to import the row without one",
    "ambiguous_territory": "several territories have this name: add the place it is in, "
    "as the territory lists show it: “Valdivia (Los Ríos)”",
}

_COLUMNS = ("id", "name", "level", "parent_id")
_PUNCTUATION = re.compile(r"[\W_]+")
# The word of a level opening a name ("provincia de coronel portillo"), folded.
_LEVEL_WORDS = {
    "pais": Level.COUNTRY,
    "country": Level.COUNTRY,
    "region": Level.REGION,
    "departamento": Level.REGION,
    "estado": Level.REGION,
    "state": Level.REGION,
    "provincia": Level.PROVINCE,
    "province": Level.PROVINCE,
    "municipio": Level.MUNICIPALITY,
    "comuna": Level.MUNICIPALITY,
    "municipality": Level.MUNICIPALITY,
    "distrito": Level.DISTRICT,
    "district": Level.DISTRICT,
}
_LEVEL_PREFIX = re.compile(
    r"^(" + "|".join(_LEVEL_WORDS) + r")\s+(?:(?:de la|del|de|of)\s+)?(?=\S)"
)
# Municipalities and districts are the same local level under two countries' names.
_SAME_LEVEL = {Level.DISTRICT: Level.MUNICIPALITY}
# "Name (Place)", "Name, Place", "Name - Place", "Name / Place": the place it is in.
_PLACES = re.compile(r"\s*(?:[(),]|\s[-–—/]\s)\s*")


def territory_key(name: Any) -> str:
    """A territory's name as compared: no accents, case or punctuation."""
    if name is None or name == "":
        return ""
    return " ".join(_PUNCTUATION.sub(" ", fold(str(name))).split())


def _bare(key: str) -> tuple[str, Level | None]:
    """A folded name without the level word opening it, and that level (None if none)."""
    found = _LEVEL_PREFIX.match(key)
    if found is None:
        return key, None
    return key[found.end() :], _LEVEL_WORDS[found.group(1)]


def _level(level: Any) -> Any:
    return _SAME_LEVEL.get(level, level)


class Territory(NamedTuple):
    id: int
    level: Any
    depth: int  # 0 for a country
    places: frozenset[str]  # the keys (whole and bare) of every territory it is in


class Territories:
    """The territories of the database by folded name, whole and without its level word."""

    def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """``rows``: (id, name, level, parent_id) of every territory."""
        parent = {row_id: parent_id for row_id, _, _, parent_id in rows}
        keys: dict[int, tuple[str, str]] = {}
        for row_id, name, _, _ in rows:
            key = territory_key(name)
            keys[row_id] = (key, _bare(key)[0])
        self.named: dict[str, list[Territory]] = {}
        self.bare: dict[str, list[Territory]] = {}
        for row_id, _, level, _ in rows:
            chain: list[int] = []
            up = parent.get(row_id)
            while up is not None and up not in chain and up in keys:  # a cycle ends it
                chain.append(up)
                up = parent.get(up)
            places = frozenset(k for p in chain for k in keys[p])
            territory = Territory(row_id, level, len(chain), places)
            whole, bare = keys[row_id]
            self.named.setdefault(whole, []).append(territory)
            self.bare.setdefault(bare, []).append(territory)
        self._found: dict[Any, tuple[int | None, str | None]] = {}

    def find(self, name: Any) -> tuple[int | None, str | None]:
        """(the territory's id, None), or (None, the reason none is): see the module."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._find(str(name))
        return found

    def _find(self, text: str) -> tuple[int | None, str | None]:
        key = territory_key(text)
        if not key:
            return None, None
        candidates = self._named(key)
        if not candidates:
            name, *places = [territory_key(p) for p in _PLACES.split(text)]
            place_keys = [p for p in places if p]
            if name and place_keys:
                candidates = [
                    t
                    for t in self._named(name)
                    if all(p in t.places or _bare(p)[0] in t.places for p in place_keys)
                ]
        if not candidates:
            return None, "unknown_territory"
        deepest = max(t.depth for t in candidates)
        local = [t for t in candidates if t.depth == deepest]
        return (local[0].id, None) if len(local) == 1 else (None, "ambiguous_territory")

    def _named(self, key: str) -> list[Territory]:
        if exact := self.named.get(key):
            return exact
        bare, level = _bare(key)
        found = [*self.named.get(bare, ()), *self.bare.get(key, ())]
        if bare != key:
            found += self.bare.get(bare, ())
        found = list({t.id: t for t in found}.values())
        if level is not None:  # "Provincia de Valdivia" is no municipality
            found = [t for t in found if _level(t.level) == _level(level)]
        return found


def load_territories(session: Session, setup: ImportSetup) -> Territories | None:
    """The territories (one query), when the sheet has a territory column; else None."""
    if FIELD not in setup.mapping.values() and not setup.defaults.get(FIELD):
        return None
    return Territories(repo.fetch_rows(session, "territories", _COLUMNS))


class OrganizationIndex(KeyIndex):
    """An organizations index with the territories a row's territory cell is found among
    (``load_territories``; None in the file's own index and when no column is mapped)."""

    __slots__ = ("territories",)

    def __init__(self) -> None:
        super().__init__()
        self.territories: Territories | None = None


def territory_problems(
    territories: Territories | None, values: Mapping[str, Any]
) -> list[tuple[str | None, str]]:
    """``[("territory", reason)]`` when the row's territory is no single territory."""
    name = values.get(FIELD)
    if territories is None or name is None:
        return []
    reason = territories.find(name)[1]
    return [(FIELD, reason)] if reason else []


def territory_columns(ctx: ApplyContext, out: dict[str, Any]) -> dict[str, Any]:
    """``out`` (a row's columns) with its territory's name as ``territory_id``: the
    territories are read once per batch (``ctx.memo``)."""
    if FIELD not in out:
        return out
    territories = ctx.memo.get(FIELD)
    if territories is None:
        rows = repo.fetch_rows(ctx.session, "territories", _COLUMNS)
        territories = ctx.memo[FIELD] = Territories(rows)
    name = out.pop(FIELD)
    # A name the preview refused never gets here: nothing found leaves the stored territory.
    if name is not None and (found := territories.find(name)[0]) is not None:
        out["territory_id"] = found
    return out
