"""Whether a row's ID names someone else, and whether a row's value is the stored one written
worse: an import must neither merge two records nor spoil what the directory knows.

A DNI typed in a number cell lost its leading zeros ("74519" for "00074519"); a partner's
list writes names in capitals and without accents ("MANUEL TUESTA AREVALO"), legal forms
without dots ("SA de CV"), RFCs in small letters with hyphens ("ecf-120315-gk2"). The same
value written so matches, and never replaces the better spelling stored. A name with no word
in common with the stored one ("Rosa Elvira Pérez Sánchez" for Manuel Tuesta Arévalo's DNI) is
another record: the ID was mistyped, or the name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from agencydesk.domain.importing.names import email_key, person_key, tax_key, telling_words

# Words that name nothing alone (articles, prepositions, joiners): "Grupo Ganadero El Palmar
# de ..." and "Beneficio de La Esperanza" share "de", not a name.
_FILLER = frozenset(
    {"a", "al", "da", "das", "de", "del", "di", "do", "dos", "du", "e", "el", "en", "la"}
    | {"las", "le", "lo", "los", "o", "u", "y", "the", "of", "and", "para", "por", "con"}
)


def national_id_key(national_id: str | None) -> str:
    """A person's ID compared: ``tax_key`` without leading zeros, which a DNI typed in a
    number cell loses ("74519" and "00074519" are one)."""
    return tax_key(national_id).lstrip("0")


def _name_words(keys: Iterable[str]) -> frozenset[str]:
    return telling_words(" ".join(keys), _FILLER)


def names_clash(keys: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two records' names (each as name keys: ``person_key``, ``organization_key``,
    a short name's ``person_key``) clearly name different things: both given, and no telling
    word in common. "manuel tuesta" and "manuel tuesta arevalo" agree, so do "beneficio humedo
    la esperanza" and "beneficio humedo la esperanza sa de cv"; "rosa elvira perez sanchez"
    and "manuel tuesta arevalo" clash. Either side missing: nothing to compare, no clash; nor
    a name written by its initials, or with a letter typed otherwise."""
    mine, theirs = _name_words(keys), _name_words(others)
    if not mine or not theirs or mine & theirs:
        return False
    if _initials_of(mine, others) or _initials_of(theirs, keys):
        return False  # "MDY" for Municipalidad Distrital de Yarinacocha
    # A letter typed otherwise in each word is a typo, not another name ("Yessenia Guamán",
    # "Yesenia Huamán"); "Mario Ruiz" and "María Cruz" differ by more.
    fewer, more = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    return not all(any(len(a) > 3 and _one_edit(a, b) for b in more) for a in fewer)


def _initials_of(words: frozenset[str], keys: Iterable[str]) -> bool:
    """Whether ``words`` is one word made of the initials of a name among ``keys``."""
    if len(words) != 1:
        return False
    (word,) = words
    return any(
        len(telling) > 1 and word == "".join(w[0] for w in telling)
        for telling in ([w for w in key.split() if w not in _FILLER] for key in keys)
    )


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _marks(text: str) -> int:
    """How many accents (and tildes, cedillas) ``text`` carries."""
    return sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c))


def _letters(text: str) -> str:
    """Letters and digits only, as written (case and accents kept)."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if c.isalnum())


def _folded_letters(text: str) -> str:
    return "".join(person_key(text).split())


def name_written_worse(stored: Any, incoming: Any) -> bool:
    """Whether ``incoming`` is the stored name, the same letters, written worse: all in
    capitals where the stored is not ("MANUEL TUESTA AREVALO"), without accents the stored
    has ("Beneficio Humedo La Esperanza SA de CV"), or with other punctuation or spaces
    only ("S.A. de C.V." written "SA de CV", "S. A."). Other words are a correction; so are
    accents a name lacked ("Manuel Tuesta Arévalo" for "Manuel Tuesta Arevalo") and
    capitals fixed ("Manuel Tuesta Arévalo" for "MANUEL TUESTA ARÉVALO")."""
    if not isinstance(stored, str) or not isinstance(incoming, str) or stored == incoming:
        return False
    if not stored.strip() or _folded_letters(stored) != _folded_letters(incoming):
        return False
    if _marks(incoming) < _marks(stored):
        return True
    # Capitals spoil a name of several words; one word in capitals is an acronym's spelling
    # ("AGRORURAL" for "Agrorural"): the partner's correction.
    if incoming.isupper() and not stored.isupper() and len(stored.split()) > 1:
        return True
    return _letters(incoming) == _letters(stored)


def id_written_otherwise(stored: Any, incoming: Any) -> bool:
    """Whether ``incoming`` is the stored ID written otherwise: other punctuation or case
    ("ecf-120315-gk2" for "ECF120315GK2", "76.123.456-7" for "761234567"), or without leading
    zeros ("74519" for "00074519"). An ID that brings back the zeros a stored one had lost
    ("00074519" for "74519") is a correction."""
    if not isinstance(stored, str) or not isinstance(incoming, str):
        return False
    mine, theirs = tax_key(stored), tax_key(incoming)
    if not mine:
        return False
    return mine == theirs or (mine.lstrip("0") == theirs.lstrip("0") and len(theirs) < len(mine))


def email_written_otherwise(stored: Any, incoming: Any) -> bool:
    """Whether ``incoming`` is the stored e-mail in other capitals ("Ana@X.pe", "ana@x.pe"):
    addresses are compared without case, the stored spelling stays."""
    if not isinstance(stored, str) or not isinstance(incoming, str):
        return False
    key = email_key(stored)
    return bool(key) and key == email_key(incoming)
