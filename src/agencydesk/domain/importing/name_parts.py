"""A person's name split over several columns: "Nombres | Apellido paterno | Apellido materno".

Latin American rosters often give the given names and each surname a column of their own. The
import maps them to the part fields of ``kinds`` (``given_names``, ``middle_names``,
``surname``, ``second_surname``) and stores one ``full_name``: the non-empty parts joined by a
space, in that order. A column holding the whole name wins over the parts (they only name a
row whose whole-name cell is empty). A whole-name column whose header puts the surnames first
("Apellidos, nombres") has its "GÓMEZ RUIZ, María Fernanda" stored given names first.

Nothing here reads a sheet: ``headers`` uses the header spellings, the pipeline
(services/importing/full_names.py) the joining, the wizard ``shown_fields``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from agencydesk.domain.importing.names import TITLES
from agencydesk.domain.text import fold

FULL_NAME = "full_name"
GIVEN_NAMES = "given_names"
MIDDLE_NAMES = "middle_names"  # Colombia's "Primer nombre | Segundo nombre | ..."
SURNAME = "surname"
SECOND_SURNAME = "second_surname"
PARTS = (GIVEN_NAMES, MIDDLE_NAMES, SURNAME, SECOND_SURNAME)  # in the order they are joined
SURNAMES = frozenset({SURNAME, SECOND_SURNAME})
# Not a field: the cell the pipeline puts beside a ``full_name`` it joined from parts, holding
# the parts that had a value (("given_names", "surname") for "Manuel | Tuesta | —"). A name
# with a part missing may be a shorter form of a name in the directory; a whole-name cell
# does not say which of its words are surnames, so it gets no such cell.
JOINED_FROM = "name_joined_from"

# Headers of a column that holds the whole name, also as words of a longer header ("Nombre
# completo del participante"). Beside a surname column, a name column with none of these (and
# no surname word) holds the given names: "Nombres", "Nombre(s)", "First name", "Participante".
WHOLE_NAME_HEADERS = ("Nombre completo", "Nombres completos", "Nombres y apellidos",
                      "Nombre y apellido", "Nombre y apellidos", "Apellidos y nombres",
                      "Apellido y nombre", "Apellidos, nombres", "Apellido, nombre",
                      "Nombres y apellido", "Apellido(s) y nombre(s)", "Nombre(s) y apellido(s)",
                      "Nome completo", "Nome e sobrenome", "Full name", "Last name, first name",
                      "First and last name", "full_name")  # fmt: skip
# Headers of a column holding only the given names, beside a whole-name column ("Nombre
# completo | Nombres | Apellido paterno"): the parts then name the rows whose whole name is empty.
GIVEN_NAME_HEADERS = ("Nombres", "Nombre", "Nombre(s)", "Primer nombre", "Nome", "Prenome",
                      "First name", "Given name", "Given names")  # fmt: skip
SURNAME_WORDS = ("Apellido", "Apellidos", "Sobrenome", "Sobrenomes", "Surname", "Surnames",
                 "Last name", "Family name")  # fmt: skip


def has_parts(names: Iterable[str]) -> bool:
    return any(name in PARTS for name in names)


def given_fields(names: Iterable[str]) -> set[str]:
    """The fields a mapping gives values to: its own, and ``full_name`` when parts make it."""
    given = set(names)
    if has_parts(given):
        given.add(FULL_NAME)
    return given


# What rosters type in a part they have no value for ("Omar | Díaz | S/N"): no part of a name.
_NO_VALUE = frozenset({"-", "--", "—", ".", "0", "s/n", "sn", "n/a", "na", "no aplica"})


def part_text(part: object) -> str:
    """A part as it goes into the name: trimmed; "" for nothing or a placeholder ("-", "S/N",
    "N/A"). Each part is already clean text (trimmed, inner spaces collapsed)."""
    if part is None:
        return ""
    text = str(part).strip()
    return "" if text.casefold() in _NO_VALUE else text


def join_name(parts: Sequence[object]) -> str:
    """The non-empty parts joined by one space: ("Ana María", "Quispe", None) -> "Ana María
    Quispe"; a placeholder ("-", "S/N", "N/A") is no part (``part_text``)."""
    return " ".join(t for t in map(part_text, parts) if t)


def shown_fields(names: Sequence[str]) -> list[str]:
    """The fields a row is stored with, in the order of ``names`` (mapped fields in column
    order): the name parts give way to one ``full_name``, where the first of them (or a
    whole-name column) stands."""
    if not has_parts(names):
        return list(names)
    out: list[str] = []
    for name in names:
        if name in PARTS:
            name = FULL_NAME
        if name not in out:
            out.append(name)
    return out


def given_and_surname(joined_from: Collection[str] | None) -> bool:
    """Whether a name joined from parts (its ``JOINED_FROM`` cell) has a given name and a
    surname: "Manuel | Tuesta | —" has; "María Fernanda | — | —" and "— | Mamani | Condori"
    have not."""
    parts = frozenset(joined_from or ())
    return GIVEN_NAMES in parts and not SURNAMES.isdisjoint(parts)


# --- a whole name written surnames first -----------------------------------------------------

_SURNAME_WORDS = frozenset(
    {"apellido", "apellidos", "sobrenome", "sobrenomes", "surname", "surnames"}
)
_NAME_WORDS = frozenset({"nombre", "nombres", "nome", "nomes", "prenome", "name", "names"})
_SURNAME_BEFORE_NAME = frozenset({"last", "family"})  # "Last name", "Family name"
_WORDS = re.compile(r"[^\W_]+")


def surname_first(header: str) -> bool:
    """Whether a whole-name column's header says it holds the surnames first: "Apellidos y
    nombres", "APELLIDOS, NOMBRES", "Apellido(s) y nombre(s)", "Last name, first name",
    "Sobrenome, nome"; not "Nombres y apellidos" nor "Nombre completo"."""
    surname_at = name_at = None
    words = _WORDS.findall(fold(header))
    for i, word in enumerate(words):
        after_last = i > 0 and words[i - 1] in _SURNAME_BEFORE_NAME
        if word in _SURNAME_WORDS or (word in _NAME_WORDS and after_last):
            surname_at = i if surname_at is None else surname_at
        elif word in _NAME_WORDS and name_at is None:
            name_at = i
    return surname_at is not None and name_at is not None and surname_at < name_at


# Words of a surname written in small letters in a name: "María de la Cruz", "João da Silva".
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos"})
_SEGMENT_START = re.compile(r"(?:^|(?<=[-'’]))[^-'’]")  # "Gómez-Ruiz", "O'Higgins"


def _capitalised(surnames: str) -> str:
    words = surnames.lower().split()
    return " ".join(
        w if w in PARTICLES else _SEGMENT_START.sub(lambda m: m[0].upper(), w) for w in words
    )


def given_names_first(name: str) -> str:
    """A whole name written "surnames, given names" in the order names are stored, given names
    first: "GÓMEZ RUIZ, María Fernanda" -> "María Fernanda Gómez Ruiz".

    Surnames in capitals beside given names written with capitals and small letters are a
    roster's way of marking the surnames, not how they are spelled: they are written "Gómez
    Ruiz" ("de la Cruz", "Gómez-Ruiz", "O'Higgins"). Otherwise the letters stay as typed
    ("GÓMEZ RUIZ, MARÍA FERNANDA" -> "MARÍA FERNANDA GÓMEZ RUIZ"): capitals throughout mark
    nothing, and a name typed in mixed case is spelled as its owner spells it.

    Without a comma, only the capitals tell where the surnames end: "GÓMEZ RUIZ María
    Fernanda" -> "María Fernanda Gómez Ruiz". Anything else (no comma and no such capitals,
    several commas, a side empty: "Pérez, Juan, Lic.") is returned unchanged."""
    surnames, comma, given = name.partition(",")
    surnames, given = " ".join(surnames.split()), " ".join(given.split())
    if not comma:
        surnames, given = _capitals_first(surnames)
    elif "," in given:
        return name
    if not surnames or not given:
        return name
    if surnames.isupper() and not given.isupper() and not given.islower():
        surnames = _capitalised(surnames)
    return f"{given} {surnames}"


def _capitals_first(name: str) -> tuple[str, str]:
    """(surnames, given names) of a name whose leading words are in capitals and the rest
    not ("QUISPE MAMANI Juan Carlos", "DE LA CRUZ Sandra"); ("", "") for any other name: the
    given names must have a word in capitals and small letters, and no word of capitals
    ("María F." keeps its initial)."""
    words = name.split()
    # "ING. Fernando Chung", "DR. RÍOS VELA Carlos": a title or an initial in capitals is no
    # surname; put after the given names it would read "Fernando Chung Ing.". As typed.
    if words and (fold(words[0]).rstrip(".") in TITLES or words[0].endswith(".")):
        return "", ""
    count = 0
    while count < len(words) and words[count].isupper():
        count += 1
    given = words[count:]
    if not count or not given or any(len(w.rstrip(".")) > 1 and w.isupper() for w in given):
        return "", ""
    if not any(w[:1].isupper() and not w.isupper() for w in given):
        return "", ""
    return " ".join(words[:count]), " ".join(given)
