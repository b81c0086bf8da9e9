"""Keys that decide whether two rows name the same thing, and rows that are not data.

"Cooperativa Café Sierra S.C. de R.L." and "COOPERATIVA CAFE SIERRA" are one organization;
"76.123.456-7" and "761234567" one tax id. A key is empty when there is nothing to compare.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from agencydesk.domain.importing.workbook import CellValue, ExcelError
from agencydesk.domain.text import fold, strip_marks

_DOTS = re.compile(r"[.'’´`]")
_NON_ALNUM = re.compile(r"[\W_]+")

# Legal-form suffixes, as the words they leave once dots are dropped and other punctuation is a
# space ("S. de R.L. de C.V." -> "s de rl de cv"). Stripped from the end, longest first, again
# and again ("Café Sierra S.C. de R.L. y Cía." -> "cafe sierra"), never down to nothing.
_LEGAL_FORMS = tuple(
    sorted(
        (
            tuple(form.split())
            for form in (
                "sa",
                "s a",
                "sa de cv",
                "s a de c v",
                "sab de cv",
                "sapi de cv",
                "sapi",
                "s de rl",
                "s de rl de cv",
                "s de rl mi",
                "sc",
                "sc de rl",
                "sc de rl de cv",
                "sc de cv",
                "scl",
                "ac",
                "iap",
                "spr de rl",
                "spr de ri",
                "spr",
                "sac",
                "saa",
                "srl",
                "eirl",
                "sas",
                "spa",
                "ltda",
                "limitada",
                "sociedad anonima",
                "sociedad anonima cerrada",
                "cia",
                "cia ltda",
                "y cia",
                "e hijos",
                "inc",
                "llc",
                "ltd",
                "corp",
                "co",
                "me",
                "epp",
                "eireli",
                "de cv",
                "de rl",
            )
        ),
        key=len,
        reverse=True,
    )
)


_JOINERS = frozenset({"y", "e", "and"})

# The legal forms by their last word, longest first: a name whose last word ends no form (most
# names) costs one set look-up, not a comparison with every form.
_FORMS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _form in _LEGAL_FORMS:
    _FORMS_BY_LAST[_form[-1]] = (*_FORMS_BY_LAST.get(_form[-1], ()), _form)
del _form


def _fold_words(text: str) -> list[str]:
    if text.isascii():  # most names: NFKD and combining marks change nothing
        return _NON_ALNUM.sub(" ", _DOTS.sub("", text.lower())).split()
    stripped = strip_marks(unicodedata.normalize("NFKD", text.casefold()))
    return _NON_ALNUM.sub(" ", _DOTS.sub("", stripped)).split()


# Honorifics that public bodies put before their name: "H. Ayuntamiento de Tapachula"
# (Honorable), "Ilustre Municipalidad de Valdivia", "I. Municipalidad", "Muy Ilustre…". A
# partner's sheet writes the same body without them. They are dropped only before a word that
# names such a body: elsewhere "H." or "I." may be an initial ("H. Pérez e Hijos") and
# "Honorable" a word of the name.
_HONORIFICS = frozenset({"h", "hon", "honorable", "honorables", "i", "ilustre", "ilustrisima"})
_BODIES = frozenset(
    {"municipalidad", "municipio", "ayuntamiento", "concejo", "congreso", "cabildo", "junta"}
    | {"consejo", "camara", "asamblea", "legislatura", "prefeitura", "gobierno"}
)
# "H.Ayuntamiento": dots are dropped, not spaced, so the honorific sticks to the body's name.
_STUCK = {f"{h}{b}": b for h in ("h", "i") for b in _BODIES}


def _without_honorifics(name: str, words: list[str]) -> list[str]:
    first = words[0]
    if first[0] == "i" and not first.startswith("ilustr") and name.lstrip()[1:2] != ".":
        return words  # "I Congreso Nacional del Cacao": a Roman numeral, not "Ilustre"
    if first in _STUCK:
        return [_STUCK[first], *words[1:]]
    start = 1 if first == "muy" else 0  # "Muy Ilustre Municipalidad de…"
    n = start
    while n < len(words) - 1 and words[n] in _HONORIFICS:
        n += 1
    if n > start and words[n] in _BODIES:
        return words[n:]
    return words


def organization_key(name: str | None) -> str:
    """An organization's name without accents, case, punctuation, legal-form suffixes, or an
    honorific before a public body's name ("H. Ayuntamiento de Tapachula" and "Ayuntamiento
    de Tapachula" are one)."""
    if not name:
        return ""
    words = _fold_words(name)
    if words and (words[0] in _HONORIFICS or words[0] == "muy" or words[0] in _STUCK):
        words = _without_honorifics(name, words)
    forms = _FORMS_BY_LAST.get(words[-1]) if words else None
    while forms:
        for form in forms:
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                del words[-n:]
                # "... y Cía. Ltda.", "... & Co. Inc.": the joining word goes with the forms.
                if len(words) > 1 and words[-1] in _JOINERS:
                    del words[-1]
                forms = _FORMS_BY_LAST.get(words[-1])
                break
        else:
            forms = None
    return " ".join(words)


# Courtesy and professional titles written before a name on sign-in sheets and contact lists
# ("Sr. Pedro Mego", "Ing. Fernando Chung", "Lic. Ana Gómez", "Dra. Rosa Ríos"), folded.
TITLES = frozenset(
    {"sr", "sra", "srta", "sres", "don", "dona", "ing", "inga", "lic", "licda", "dr", "dra"}
    | {"abg", "abog", "arq", "mg", "mgtr", "mtro", "mtra", "prof", "profa", "cpc", "econ"}
)


def person_key(name: str | None) -> str:
    """A person's name without accents, case or punctuation ("Núñez, José" keeps its order),
    nor the titles written before it ("Ing. Fernando Chung Ramírez" is Fernando Chung
    Ramírez); a title with fewer than two words after it stays ("Don Pepe")."""
    if not name:
        return ""
    words = _fold_words(name)
    start = 0
    while start < len(words) - 2 and words[start] in TITLES:
        start += 1
    return " ".join(words[start:] if start else words)


# Words too small to tell two names apart: "Feria del cacao" and "Feria de cacao", "J. Pérez"
# and "José Pérez" are not clearly different.
_SMALL_WORDS = frozenset(
    {"a", "al", "da", "das", "de", "del", "do", "dos", "e", "el", "em", "en", "la", "las"}
    | {"lo", "los", "o", "y", "the", "of", "and", "para", "por", "con", "com", "na", "no"}
)


def telling_words(key: str, small: frozenset[str] = _SMALL_WORDS) -> frozenset[str]:
    """A name key's words that tell names apart: not ``small`` ones ("de", "la"...), not an
    initial; all its words when none tells."""
    words = key.split()
    # An initial ("J.") tells nothing; a number ("Eje 2") does.
    telling = frozenset(w for w in words if w not in small and (len(w) > 1 or w.isdigit()))
    return telling or frozenset(words)


def names_agree(key: str, other: str) -> bool:
    """Whether two name keys (``person_key``, ``organization_key``, or any text folded into
    words) may name the same thing: one is empty, or every telling word of one is in the other
    ("José Pérez" and "Pérez Rojas, José"; "Municipalidad de Padre Abad" and "Municipalidad
    Provincial de Padre Abad"). "Carlos Ruiz" and "Lucía Vargas" clearly differ: a key they
    share (a mesa de partes e-mail, a code restarted per axis) does not make them one."""
    if not key or not other or key == other:
        return True
    mine, theirs = telling_words(key), telling_words(other)
    return mine <= theirs or theirs <= mine


def shorter_form(key: str, other: str) -> bool:
    """Whether name key ``key`` is ``other`` with words left out, the rest in the same order:
    "arturo" and "manuel tuesta" are shorter forms of "arturo pena galvez" and "manuel tuesta
    arevalo"; "arturo pena galvez" is no shorter form of itself, "galvez pena" none of it."""
    words, others = key.split(), other.split()
    if not words or len(words) >= len(others):
        return False
    remaining = iter(others)
    return all(word in remaining for word in words)  # ``in`` consumes: the order is kept


def acronym_key(name: str | None) -> str:
    """The key of an organization's short name ("GERFFS", "G.E.R.F.F.S."), and of a name
    compared with short names: the whole name folded, legal forms kept ("PRODUCE S.A.C." is a
    company, not the ministry PRODUCE). Marked so that it never equals an ``organization_key``.
    """
    key = person_key(name)
    return f"={key}" if key else ""


# "RUC 20123456789", "RUT: 76.123.456-7", "NIT N° 900123456-1": the label is not the id.
_TAX_LABEL = re.compile(
    r"^\s*(?:ruc|rut|run|rfc|nit|cuit|cuil|cnpj|cpf|nif|rif|dni)(?![^\W_])[\s:.#-]*"
    r"(?:(?:n|no|nro)\s*[.°º]?\s*)?",
    re.IGNORECASE,
)
_NOT_ALNUM_ASCII = re.compile(r"[^0-9A-Z]")


def tax_key(tax_id: str | None) -> str:
    """Digits and letters of a tax id, upper case: "76.123.456-7" -> "761234567"."""
    if not tax_id:
        return ""
    text = str(tax_id)
    label = _TAX_LABEL.match(text)
    if label and label.end() < len(text.rstrip()):
        text = text[label.end() :]
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return _NOT_ALNUM_ASCII.sub("", decomposed)


def email_key(email: str | None) -> str:
    if not email:
        return ""
    text = str(email).strip().lower()
    return text.removeprefix("mailto:").strip()


_TOTAL = re.compile(
    r"^\s*(?:totales|total(?:\s+general)?|gran\s+total|sub\s*-?\s*total(?:es)?|"
    r"suma(?:\s+total)?|total\s+geral|grand\s+total)\s*[:.]?\s*$",
    re.IGNORECASE,
)
# "Total asistentes: 25", "TOTAL DE PARTICIPANTES", "Total geral de presentes", "Total: 18":
# the totals word opening a label of what was counted, with its count in the cell or not.
_TOTAL_OF = re.compile(
    r"^\s*(?:gran\s+|grand\s+|suma\s+|sub\s*-?\s*)?(?:totales|totais|total)\b(?P<rest>.*)$"
)
_COUNT = re.compile(r"\(?\d[\d.,\s]*\)?\s*$")  # "25", "1.250", "(25)" ending the label
# What a totals label counts, folded ("Total de asistentes", "Total attendees"): a name that
# opens with "Total" ("Total Energies S.A.") names none of these.
_COUNTED = frozenset(
    {"asistentes", "asistente", "asistencia", "asistencias", "participantes", "participante"}
    | {"inscritos", "inscritas", "inscripciones", "personas", "registros", "filas", "general"}
    | {"organizaciones", "instituciones", "entidades", "actores", "socios", "socias"}
    | {"miembros", "integrantes", "productores", "productoras", "beneficiarios"}
    | {"beneficiarias", "invitados", "invitadas", "convocados", "presentes", "ausentes"}
    | {"mujeres", "hombres", "acuerdos", "acciones"}
    # Portuguese
    | {"pessoas", "linhas", "organizacoes", "instituicoes", "atores", "membros", "produtores"}
    | {"convidados", "mulheres", "homens", "acoes", "geral"}
    # English
    | {"attendees", "attendance", "participants", "people", "persons", "registered"}
    | {"registrations", "records", "rows", "organizations", "organisations", "institutions"}
    | {"entities", "actors", "members", "producers", "beneficiaries", "guests", "invited"}
    | {"present", "absent", "women", "men", "actions", "agreements", "overall"}
)
_OF = frozenset({"de", "del", "da", "do", "das", "dos", "los", "las", "of", "the"})


_ANY = 1 << 30  # no limit on the numbers after the label


def _numbers_after(text: str) -> int | None:
    """How many numbers may follow a totals label in its row, or None when ``text`` is no
    totals label. "TOTAL" and "Total general" head a row of sums: any number of them. A label
    of what was counted ("Total de participantes", "Total asistentes: 25") is also the way
    a data row may open (the indicator "Total de productores capacitados", dated and
    measured; the firm "Total 360" with its tax id and phone), so it takes at most one number
    (its count), and none when it carries its count itself; and every word of it must name
    something counted ("Total de productores capacitados" is an indicator's name)."""
    folded = fold(text)
    if _TOTAL.match(folded):
        return _ANY
    found = _TOTAL_OF.match(folded)
    if found is None:  # "Totalplay S.A.": the word is not "total"
        return None
    rest = found["rest"]
    label = _COUNT.sub("", rest)
    words = [w for w in _NON_ALNUM.sub(" ", label).split() if w not in _OF]
    if not words:  # "Total: 25", "TOTAL 18": the count is in the label
        return 0 if label != rest else 1
    if all(w in _COUNTED for w in words):
        return 0 if label != rest else 1
    # "Total horas: 12": a label, a colon, its number; "Total Energies" is a name.
    return 0 if label != rest and label.rstrip().endswith(":") else None


_NUMERIC_TEXT = re.compile(r"^\s*[-+(]?\s*(?:[A-Za-z]{0,3}\$|S/\.?|€)?\s*[-+]?[\d.,\s']+%?\)?\s*$")


def _is_number(cell: CellValue) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float | Decimal):
        return True
    return (
        isinstance(cell, str) and bool(_NUMERIC_TEXT.match(cell)) and any(c.isdigit() for c in cell)
    )


def is_total_row(cells: Sequence[CellValue]) -> bool:
    """A totals row: "TOTAL", "Total general", "Totales", "Suma"... (case and accents folded)
    alone in its first non-empty cell, or opening a label of what was counted ("Total
    asistentes: 25", "Total de participantes", "Total attendees") with no more than its
    count, and after it nothing, or nothing but numbers. An organization named "Total" with an
    address after it, "Total Energies S.A.", "Totalplay S.A." or "Total 360" with its tax id
    and phone, and the indicator "Total de productores capacitados" with its date and value,
    are data."""
    filled = [c for c in cells if not _blank(c)]
    if not filled or not isinstance(filled[0], str):
        return False
    allowed = _numbers_after(filled[0])
    if allowed is None or len(filled) - 1 > allowed:
        return False
    return all(_is_number(c) or isinstance(c, ExcelError) for c in filled[1:])


def _blank(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_blank_row(cells: Sequence[CellValue]) -> bool:
    """No cell holds anything but spaces."""
    return all(_blank(c) for c in cells)
