"""The actor type, and a public body's level of government, that an organization's name says.

"Municipalidad Distrital de Yarinacocha" is a local government, "Gobierno Regional de Ucayali"
a regional one, "Ministerio de la Producción" a national one; "Universidad Nacional de Ucayali"
is academia, "Fundación Amazonía Viva" civil society, "Maderera Bozovich S.A.C." and
"Asociación de Productores Cacaoteros" private (DOMAIN.md: a gremio is private; the type
vocabulary reads "Asociación de productores" so). "Comercial López" says nothing: None, and
the caller keeps the type the user chose. Only what a name says clearly: a guess a user would
have to undo costs more than a type left to the user's choice.

Words are compared folded and whole, as ``names.organization_key`` gives them (accents, case,
punctuation, an honorific before a public body's name, "H. Ayuntamiento", and the legal-form
suffix dropped): "Universidad" is no part of "Pluriversidad".

How a name is read:

1. Its words, from the left: the first that says what the body is decides (Spanish names the
   kind of body first: a "Sindicato de Trabajadores de la Municipalidad" is a union, an
   "Asociación de Egresados de la Universidad" an association). The longest phrase at a place
   wins ("Fundación Universitaria" is a university in Colombia, "Cámara Municipal" Brazil's
   town council, "Red de Salud" a public health network, which says nothing clear here).
   A department's word ("Secretaría de…", "Gobierno de…", "Presidencia") is weak: a body
   named after it decides ("Secretaría de Investigación de la Universidad…" is academia),
   and it takes its level from the words after it ("…del Estado de Chiapas": regional). A
   unit's word ("Dirección Regional") gives its level only when it opens the name.
   An association's word ("Asociación", "Comité", "Unión", "Red de"…) with a producers' word
   in the name ("productores", "cacaoteros"…) is a gremio: private.
2. Its legal form ("S.A.C.", "Ltda.", "S. de R.L."...: ``names`` knows them): private, or civil
   society for an "A.C." or "I.A.P.".
3. When both say something, the words decide, except an association's word against a
   company's legal form: what the law made it ("Red de Agroexportadores S.A.C." is a company).
   So a public body or a university keeps its type whatever its legal vehicle (a municipal
   company is an "S.A."; Peru's for-profit universities are "S.A.C.": DOMAIN.md types a
   "Universidad" academia), and a chamber of commerce registered as an "A.C." is a gremio.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.importing.names import acronym_key, organization_key
from agencydesk.domain.importing.results import CellResult, CellStatus
from agencydesk.domain.text import fold

# Reason codes of the cells an organizations sheet leaves empty and the name fills.
TYPE_FROM_NAME = "type_from_name"
LEVEL_FROM_NAME = "level_from_name"


class TypeFromName(NamedTuple):
    actor_type: ActorType
    government_level: GovernmentLevel | None = None  # public actors only; None: not said


class _Marker(NamedTuple):
    said: TypeFromName | None  # None: these words say nothing clear (a longer phrase's veto)
    weak: bool = False  # a department's word: a body named after it decides
    collective: bool = False  # an association's word: with producers' words, a gremio
    unit: bool = False  # a unit's word: its level only when it opens the name


_PUB, _PRIV, _ACAD = ActorType.PUBLIC, ActorType.PRIVATE, ActorType.ACADEMIA
_CIVIL, _INTL = ActorType.CIVIL_SOCIETY, ActorType.INTERNATIONAL
_NAT, _REG, _LOC = GovernmentLevel.NATIONAL, GovernmentLevel.REGIONAL, GovernmentLevel.LOCAL
NATIONAL = TypeFromName(_PUB, _NAT)
REGIONAL = TypeFromName(_PUB, _REG)
LOCAL = TypeFromName(_PUB, _LOC)
PUBLIC = TypeFromName(_PUB)
PRIVATE = TypeFromName(_PRIV)
ACADEMIA = TypeFromName(_ACAD)
CIVIL = TypeFromName(_CIVIL)
INTERNATIONAL = TypeFromName(_INTL)

# Phrases, folded, as organization_key writes them (Spanish, Portuguese, a little English).
_PHRASES: dict[str, _Marker] = {
    **dict.fromkeys(
        (
            "ministerio", "ministry", "secretaria de estado", "superintendencia",
            "servicio nacional", "servico nacional", "instituto nacional", "programa nacional",
            "comision nacional", "consejo nacional", "agencia nacional", "autoridad nacional",
            "oficina nacional", "fondo nacional", "direccion nacional", "empresa nacional",
            "gobierno nacional", "gobierno federal", "governo federal", "gobierno central",
            "presidencia de la republica", "presidencia del consejo de ministros",
            "congreso de la republica", "camara de diputados", "camara dos deputados",
            "camara de senadores", "senado de la republica", "senado federal",
            # Peru's CITE network: PRODUCE's agency, not a school.
            "instituto tecnologico de la produccion",
            "corporacion de fomento de la produccion",  # CORFO
        ),
        _Marker(NATIONAL),
    ),
    **dict.fromkeys(
        (
            "gobierno regional", "gobierno del estado", "governo do estado", "gobierno estatal",
            "gobierno departamental", "gobierno provincial", "gobierno autonomo departamental",
            "gobierno autonomo descentralizado provincial", "gobernacion", "autoridad regional",
            "secretaria estadual", "congreso del estado",
            # Brazil's state secretariats; Spanish "Secretaría de Estado de…" is national.
            "secretaria de estado da", "secretaria de estado do",
            "intendencia",  # Chile's regions (Argentina's "Intendencia Municipal" is local)
        ),
        _Marker(REGIONAL),
    ),
    **dict.fromkeys(
        (
            "municipalidad", "municipio", "municipality", "ayuntamiento", "alcaldia",
            "prefeitura", "gobierno municipal", "governo municipal", "gobierno local",
            "gobierno autonomo municipal", "gobierno autonomo descentralizado municipal",
            "gobierno autonomo descentralizado parroquial", "concejo municipal",
            "camara municipal", "camara de vereadores", "presidencia municipal",
            "intendencia municipal", "secretaria municipal", "empresa municipal",
            "mancomunidad municipal",
        ),
        _Marker(LOCAL),
    ),
    # A public body's unit: a regional government's when it opens the name ("Dirección Regional
    # de Agricultura Ucayali", "Gerencia Regional Forestal…"), a national service's office
    # after its name ("INDAP — Dirección Regional Los Ríos"): public, its level not said.
    **dict.fromkeys(("direccion regional", "gerencia regional"), _Marker(REGIONAL, unit=True)),
    "empresa publica": _Marker(PUBLIC),
    **dict.fromkeys(
        ("gobierno", "governo", "secretaria de", "secretaria da", "secretaria do"),
        _Marker(PUBLIC, weak=True),
    ),
    "presidencia": _Marker(NATIONAL, weak=True),
    **dict.fromkeys(
        (
            "universidad", "universidade", "university", "fundacion universidad",
            "fundacion universitaria", "corporacion universitaria", "institucion universitaria",
            "centro universitario", "instituto tecnologico", "tecnologico nacional",
            "instituto de educacion superior", "instituto superior", "instituto politecnico",
            "instituto federal de educacao", "escuela superior", "escuela politecnica",
            "escola superior", "colegio de postgraduados", "el colegio de", "facultad",
            "faculdade", "centro de investigacion", "centro de investigaciones",
            "centro de pesquisa", "centro de pesquisas",
        ),
        _Marker(ACADEMIA),
    ),
    **dict.fromkeys(
        (
            "fundacion", "fundacao", "foundation", "ong", "ngo", "osc", "sociedad civil",
            "organizacion no gubernamental", "organizacion de la sociedad civil", "sindicato",
            "junta de usuarios", "junta vecinal", "comunidad nativa", "comunidad campesina",
            "comunidades nativas", "comunidades campesinas",
        ),
        _Marker(CIVIL),
    ),
    **dict.fromkeys(
        (
            "asociacion", "associacao", "association", "asociacion civil", "comite", "red de",
            "colectivo",
        ),
        _Marker(CIVIL, collective=True),
    ),
    # An association's word that says nothing alone ("Unión Europea", "Central de
    # Cooperativas"): a gremio with producers' words, else the words after it decide.
    **dict.fromkeys(
        ("union", "uniao", "federacion", "confederacion", "agrupacion", "central", "coordinadora"),
        _Marker(None, collective=True),
    ),
    **dict.fromkeys(
        (
            "empresa", "cooperativa", "cooperativas", "gremio", "camara", "consorcio",
            "asociacion gremial",  # Chile's "A.G."
        ),
        _Marker(PRIVATE),
    ),
    **dict.fromkeys(
        (
            "naciones unidas", "nacoes unidas", "united nations", "embajada", "embaixada",
            "embassy", "cooperacion internacional", "cooperacao internacional",
            "union europea", "uniao europeia", "european union", "banco mundial", "world bank",
            "banco interamericano", "instituto interamericano",
        ),
        _Marker(INTERNATIONAL),
    ),
    # Say nothing clear: a health network is public, Brazil's "Sistema S" (SENAI, SENAR) is
    # private.
    "red de salud": _Marker(None),
    "servico nacional de aprendizagem": _Marker(None),
}  # fmt: skip

# Phrases by their first word, longest first: most words start none (one dict look-up).
_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], _Marker], ...]] = {}
for _text, _marker in sorted(_PHRASES.items(), key=lambda item: -len(item[0].split())):
    _words = tuple(_text.split())
    _BY_FIRST[_words[0]] = (*_BY_FIRST.get(_words[0], ()), (_words, _marker))
del _text, _marker, _words

# What makes an association a gremio (private): the producers or businesses it gathers.
_PRODUCERS = frozenset(
    {"productores", "productoras", "produtores", "agricultores", "agricultoras", "ganaderos"}
    | {"exportadores", "agroexportadores", "empresarios", "empresarias", "empresas"}
    | {"comerciantes", "industriales", "caficultores", "cafetaleros", "cacaoteros"}
    | {"cacaocultores", "apicultores", "artesanos", "artesanas", "pescadores", "acuicultores"}
    | {"fruticultores", "palmicultores", "madereros", "transportistas", "mypes", "pymes"}
    | {"cooperativas", "extractores"}
)

# The level a public body's name gives after a weak word ("Secretaría de Desarrollo
# Económico del Estado de Chiapas", "Secretaria Municipal de Agricultura").
_LEVEL_WORDS = {
    "nacional": _NAT, "federal": _NAT, "regional": _REG, "estadual": _REG, "estatal": _REG,
    "departamental": _REG, "municipal": _LOC,
}  # fmt: skip
_OF_THE_STATE = frozenset({("del", "estado"), ("do", "estado")})

# Legal forms (``names`` strips them from a name's key) of a civil association ("A.C.") or a
# private charity ("I.A.P."); every other one is a company's or a cooperative's.
_CIVIL_FORMS = frozenset({"ac", "iap"})
_PUNCTUATION = ".,;:()\"'"


def _level_after(words: Sequence[str], start: int) -> GovernmentLevel | None:
    for k in range(start, len(words)):
        level = _LEVEL_WORDS.get(words[k])
        if level is not None:
            return level
        if tuple(words[k : k + 2]) in _OF_THE_STATE:
            return _REG
    return None


def _said_by_words(words: Sequence[str]) -> TypeFromName | None:
    weak: TypeFromName | None = None
    n = len(words)
    for i, word in enumerate(words):
        phrases = _BY_FIRST.get(word)
        if phrases is None:
            continue
        for phrase, marker in phrases:
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            end = i + len(phrase)
            if marker.collective and not _PRODUCERS.isdisjoint(words[end:n]):
                return PRIVATE
            said = marker.said
            if said is None:
                break  # a veto: the shorter phrases here say nothing either
            if marker.unit and i > 0:  # an office of the body named before it
                weak = weak or PUBLIC
                break
            if marker.weak:
                if weak is None:
                    level = said.government_level or _level_after(words, end)
                    weak = TypeFromName(said.actor_type, level)
                break
            return said
    return weak


def _said_by_form(name: str, key_words: Sequence[str]) -> TypeFromName | None:
    """The type the legal form ``organization_key`` dropped from the end of ``name`` says."""
    if not key_words:
        return None
    # Most names end with a word of their key ("Comercial López"): no legal form, and no
    # second folding of the whole name.
    if fold(name.rsplit(None, 1)[-1]).strip(_PUNCTUATION) == key_words[-1]:
        return None
    whole = acronym_key(name)[1:].split()  # folded, the legal form kept
    last = key_words[-1]
    for k in range(len(whole) - 1, -1, -1):
        if whole[k] == last:
            form = whole[k + 1 :]
            break
    else:
        return None
    if not form:
        return None
    return CIVIL if not _CIVIL_FORMS.isdisjoint(form) else PRIVATE


def type_from_name(name: str | None) -> TypeFromName | None:
    """The actor type (and, for a public body, the level of government) ``name`` says
    clearly, else None."""
    if not name:
        return None
    # "Exportadora de Café Fino del Soconusco S.A. de C.V. (CAFISO)": the acronym after the
    # legal form would hide it.
    if name.endswith(")") and (opening := name.rfind("(")) > 0:
        name = name[:opening]
    words = organization_key(name).split()
    said = _said_by_words(words)
    if said is not None and said.actor_type is not _CIVIL:
        return said
    # An association's word or nothing: the legal form, when there is one, says more.
    return _said_by_form(name, words) or said


def add_types_from_names(fields: list[str], columns: list[list[CellResult]]) -> None:
    """An organizations sheet read column by column (``fields[j]`` is the field of
    ``columns[j]``): each row whose type the sheet leaves empty (no "Tipo de actor" column, or
    its cell blank) takes the one its name says, marked corrected (``TYPE_FROM_NAME``); then a
    public body's level, where the sheet gives none (``LEVEL_FROM_NAME``). The columns are
    added when the sheet has none. A cell the partner filled is kept, even one that is no
    type ("Mixto" stays refused); a row whose name says nothing is left as it was (the
    Options step's type, else refused as "required"). Once per distinct name."""
    if "name" not in fields:
        return
    names = columns[fields.index("name")]
    types = columns[fields.index("actor_type")] if "actor_type" in fields else None
    levels = columns[fields.index("government_level")] if "government_level" in fields else None
    empty = CellStatus.EMPTY
    new_types: list[CellResult] | None = None
    new_levels: list[CellResult] | None = None
    said_of: dict[str, TypeFromName | None] = {}
    for k, cell in enumerate(names):
        if types is not None and types[k].status is not empty:
            continue
        name = cell.value
        if not isinstance(name, str):
            continue
        if name in said_of:
            said = said_of[name]
        else:
            said = said_of[name] = type_from_name(name)
        if said is None:
            continue
        if new_types is None:
            new_types = list(types) if types is not None else [CellResult(empty)] * len(names)
        new_types[k] = CellResult(CellStatus.CORRECTED, said.actor_type, TYPE_FROM_NAME)
        level = said.government_level
        if level is not None and (levels is None or levels[k].status is empty):
            if new_levels is None:
                new_levels = (
                    list(levels) if levels is not None else [CellResult(empty)] * len(names)
                )
            new_levels[k] = CellResult(CellStatus.CORRECTED, level, LEVEL_FROM_NAME)
    for field, column in (("actor_type", new_types), ("government_level", new_levels)):
        if column is None:
            continue
        if field in fields:
            columns[fields.index(field)] = column
        else:
            fields.append(field)
            columns.append(column)
