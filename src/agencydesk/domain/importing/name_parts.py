"""A person's name split over several columns: "Nombres | Apellido paterno | Apellido materno".

Latin American rosters often give the given names and each surname a column of their own. The
import maps them to the part fields of ``kinds`` (``given_names``, ``middle_names``,
``surname``, ``second_surname``) and stores one ``full_name``: the non-empty parts joined by a
space, in that order. A column holding the whole name wins over the parts (they only name a
row whose whole-name cell is empty).

Nothing here reads a sheet: ``headers`` uses the header spellings, the pipeline
(services/importing/full_names.py) the joining, the wizard ``shown_fields``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

FULL_NAME = "full_name"
GIVEN_NAMES = "given_names"
MIDDLE_NAMES = "middle_names"  # Colombia's "Primer nombre | Segundo nombre | ..."
SURNAME = "surname"
SECOND_SURNAME = "second_surname"
PARTS = (GIVEN_NAMES, MIDDLE_NAMES, SURNAME, SECOND_SURNAME)  # in the order they are joined
SURNAMES = frozenset({SURNAME, SECOND_SURNAME})

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


def join_name(parts: Sequence[object]) -> str:
    """The non-empty parts joined by one space: ("Ana María", "Quispe", None) -> "Ana María
    Quispe"; a placeholder ("-", "S/N", "N/A") is no part. Each part is already clean text
    (trimmed, inner spaces collapsed)."""
    texts = (str(p).strip() for p in parts if p is not None)
    return " ".join(t for t in texts if t and t.casefold() not in _NO_VALUE)


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
