"""Finding the header row of a partner's sheet and mapping its columns to fields.

Matching works on ``header_key``: accents, case, punctuation and underscores do not count, so
"Correo electrónico", "CORREO ELECTRONICO" and "correo_electronico" are one header. A column maps
to a field by, in order of strength: the field's own name ("tax_id": what AgencyDesk exports
write), a synonym typed exactly, or a synonym found inside the header as whole words ("Correo
electrónico del contacto" holds "correo electrónico"); the longer the synonym found, the better,
and better still when it opens the header. A field's weak synonyms (an organization's bare
"Nombre") lose to its other synonyms typed whole.
Besides a field's synonyms (``kinds``), ``vocabulary.HEADER_WORDS`` lists more headers partners
write. A header found only inside another is no match when it opens with another kind of value
("Correo del responsable" holds no institution) or names what no field holds ("Línea base").
Each field takes one column; the strongest match is served first and the leftmost column wins a
tie. A bare "Nombres" beside a surname column is the given-names part of the name (name_parts).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time
from functools import lru_cache

from agencydesk.domain.importing.header_rows import stack_rows
from agencydesk.domain.importing.kinds import ImportKind, fields
from agencydesk.domain.importing.name_parts import (
    FULL_NAME,
    GIVEN_NAME_HEADERS,
    GIVEN_NAMES,
    SURNAME_WORDS,
    SURNAMES,
    WHOLE_NAME_HEADERS,
)
from agencydesk.domain.importing.vocabulary import HEADER_WORDS
from agencydesk.domain.importing.workbook import CellValue, MergedRange

_NUMBER_SIGN = re.compile(r"(?<![^\W\d_])n\s*\.?\s*[°º](?:\s*\.)?|(?<![^\W\d_])no\.")
_NON_ALNUM = re.compile(r"[\W_]+")

# Columns AgencyDesk exports that are not import fields: they must never map to one (a
# "responsible_id" column holds database ids, not the responsible's name).
_EXPORT_ONLY = frozenset(
    {
        "id",
        "created at",
        "updated at",
        "sort name",
        "territory id",
        "invited",
    }
)

_EXACT_NAME = 1000  # the field's own name
_EXACT_SYNONYM = 900  # a synonym or the template header, typed whole
# A weak synonym typed whole (FieldSpec.weak_synonyms: the organization's bare "Nombre"): still
# above any synonym found inside a header, below every other exact one, so "Institución" takes
# the organization's name from a "Nombre" further left that holds a person's.
_EXACT_WEAK = 850
_CONTAINED = 100  # plus the synonym's length: a synonym found inside the header
# Spanish and Portuguese headers name the thing first ("Correo del contacto" is an e-mail,
# "Teléfono del representante" a phone): a synonym that opens the header counts more, unless it
# is a word that only says what kind of value follows ("Nombre de la organización").
_OPENS = 50
_GENERIC = frozenset({"nombre", "nombres", "nome", "name", "fecha", "data", "date", "numero",
                      "nro", "tipo", "type", "valor", "value"})  # fmt: skip

# A header opening with a kind of value (an e-mail, a phone, an id, a signature: "Correo del
# responsable", "DNI del representante") holds that value, not the field named after it: it
# maps to a field whose synonym opens it, or only exactly.
_OTHER_VALUES = tuple(
    f" {w} "
    for w in ("correo", "email", "e mail", "mail", "telefono", "telefonos", "tel", "celular",
              "cel", "movil", "fono", "whatsapp", "firma", "dni", "ruc", "rut", "rfc", "nit",
              "cuit", "curp", "cpf", "cnpj")
)  # fmt: skip
# Headers of values no field of the kind holds, whose words would otherwise map them: "Línea
# base" is no axis ("Línea"), an indicator's "Meta" is no measured value ("Valor meta").
_NOT_FIELDS: dict[str, tuple[str, ...]] = {
    "actions": ("Línea base", "Línea de base", "Baseline"),
    "progress": ("Línea base", "Línea de base", "Baseline"),
    "measurements": ("Valor meta", "Valor de la meta", "Meta (valor)", "Valor programado",
                     "Valor esperado", "Valor objetivo", "Línea base", "Línea de base",
                     "Baseline", "Target value"),
}  # fmt: skip

# A header is short: longer text (a title, a note, a data cell) is never matched as one.
_MAX_HEADER = 100


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    text = _NUMBER_SIGN.sub(" nro ", text.casefold())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", stripped).split())


def header_key(text: object) -> str:
    """The comparable form of a header: no accents, case, punctuation or underscores.

    "N°", "Nº", "N.º" and "No." (the number sign) become the word "nro" instead of vanishing, so
    "N° de socios" and "Nro. de socios" stay one header and "N°" alone is not an empty one.
    """
    if text is None:
        return ""
    if isinstance(text, str):
        return _key(text)
    if isinstance(text, datetime | date | time):
        return text.isoformat()
    return _key(str(text))


class _Matcher:
    """One kind's header table: exact keys and contained synonyms, built once."""

    def __init__(self, kind: ImportKind) -> None:
        self.exact: dict[str, list[tuple[int, str]]] = {}
        contained: dict[tuple[str, str], int] = {}
        self.weights: dict[str, int] = {}
        for spec in fields(kind):
            self.weights[spec.name] = 3 if spec.required else 1
            own = header_key(spec.name)
            self._add_exact(own, _EXACT_NAME, spec.name)
            contained[(f" {own} ", spec.name)] = _CONTAINED + len(own)
            weak = {header_key(w) for w in spec.weak_synonyms}
            more = HEADER_WORDS.get(kind.value, {}).get(spec.name, ())
            for synonym in (*spec.synonyms, *more, spec.template_header):
                key = header_key(synonym)
                if not key:
                    continue
                self._add_exact(key, _EXACT_WEAK if key in weak else _EXACT_SYNONYM, spec.name)
                contained[(f" {key} ", spec.name)] = _CONTAINED + len(key)
        # A field mapped only by a header typed whole (FieldSpec.exact_headers): "plan".
        whole = {spec.name for spec in fields(kind) if spec.exact_headers}
        self.contained = [
            (padded, name, score)
            for (padded, name), score in contained.items()
            if name not in whole
        ]
        self.not_fields = tuple(f" {header_key(p)} " for p in _NOT_FIELDS.get(kind.value, ()))

    def _add_exact(self, key: str, score: int, name: str) -> None:
        entries = self.exact.setdefault(key, [])
        if all(n != name for _, n in entries):
            entries.append((score, name))

    def candidates(self, key: str) -> list[tuple[int, str]]:
        """(score, field) pairs ``key`` could map to, best first."""
        return _candidates(self, key)


@lru_cache(maxsize=65536)
def _candidates(matcher: _Matcher, key: str) -> list[tuple[int, str]]:
    if not key or key in _EXPORT_ONLY or len(key) > _MAX_HEADER:
        return []
    found: dict[str, int] = {name: score for score, name in matcher.exact.get(key, ())}
    padded = f" {key} "
    # An "..._id" column of an export holds database ids: only an exact synonym ("Tax ID") maps
    # it; a header naming what no field of the kind holds ("Línea base") maps only exactly too.
    if not key.endswith(" id") and not any(p in padded for p in matcher.not_fields):
        inside: dict[str, int] = {}
        opened = False
        for synonym, name, score in matcher.contained:
            if synonym in padded:
                if padded.startswith(synonym):
                    opened = True
                    if synonym.strip() not in _GENERIC:
                        score += _OPENS
                if score > inside.get(name, 0):
                    inside[name] = score
        # "Correo del responsable" where no field is an e-mail holds no responsible's name.
        if opened or not padded.startswith(_OTHER_VALUES):
            for name, score in inside.items():
                if score > found.get(name, 0):
                    found[name] = score
    return sorted(((s, n) for n, s in found.items()), reverse=True)


_MATCHERS = {kind: _Matcher(kind) for kind in ImportKind}


def _header_keys(headers: Sequence[CellValue]) -> list[str]:
    return [_key(h) if isinstance(h, str) and len(h) <= 4 * _MAX_HEADER else "" for h in headers]


def map_headers(headers: Sequence[CellValue], kind: ImportKind) -> dict[int, str]:
    """Column index -> field name; each field at most once, unmapped columns absent."""
    matcher = _MATCHERS[ImportKind(kind)]
    options = [
        (score, col, name)
        for col, key in enumerate(_header_keys(headers))
        for score, name in matcher.candidates(key)
    ]
    options.sort(key=lambda o: (-o[0], o[1]))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for _, col, name in options:
        if col not in mapping and name not in taken:
            mapping[col] = name
            taken.add(name)
    if not SURNAMES.isdisjoint(taken):
        keys = _header_keys(headers)
        _whole_names_first(mapping, keys)
        if FULL_NAME in mapping.values() and not SURNAMES.isdisjoint(mapping.values()):
            split_name(mapping, keys)
    return dict(sorted(mapping.items()))


_WHOLE_NAME = tuple(f" {_key(h)} " for h in WHOLE_NAME_HEADERS)
_GIVEN = frozenset(_key(h) for h in GIVEN_NAME_HEADERS)
_WHOLE_OR_SURNAME = (*_WHOLE_NAME, *(f" {_key(h)} " for h in SURNAME_WORDS))


def _holds(key: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {key} "
    return any(p in padded for p in phrases)


_NAME_WORDS = (" nombre ", " nombres ", " name ", " nome ", " nomes ")


_SURNAME_PHRASES = tuple(f" {_key(h)} " for h in SURNAME_WORDS)


def _names_a_name(key: str) -> bool:
    """Whether a header names a name besides a surname ("apellidos nombres"; not "last name")."""
    padded = f" {key} "
    for phrase in _SURNAME_PHRASES:
        padded = padded.replace(phrase, " ")
    return _holds(padded.strip(), _NAME_WORDS)


def _whole_names_first(mapping: dict[int, str], keys: Sequence[str]) -> None:
    """A header naming a surname AND a name ("Apellidos, nombres", "Last name, first name")
    holds the whole name, however it is spelled: never a surname part, which would have the
    pipeline join another name-like column ("Contacto") to it. Changes ``mapping`` in place."""
    for col, name in list(mapping.items()):
        if name in SURNAMES and col < len(keys) and _names_a_name(keys[col]):
            # It says it holds the name: it beats a column that only may ("Contacto").
            for other in [c for c, n in mapping.items() if n == FULL_NAME]:
                del mapping[other]
            mapping[col] = FULL_NAME
            return


def split_name(mapping: dict[int, str], keys: Sequence[str]) -> None:
    """Beside a surname column, the column that took ``full_name`` without saying it holds the
    whole name ("Nombres", "Nombre(s)", "First name") is the given-names part: "Nombres |
    Apellido paterno | Apellido materno" is one name in three columns, and mapping "Nombres"
    alone stored people without their surnames. A whole-name column left unmapped ("Nombre
    completo", right of "Nombres") then takes ``full_name``. When the whole-name column came
    first ("Nombre completo | Nombres | Apellido paterno"), an unmapped given-names column
    ("Nombres") is the given-names part: the parts name the rows whose whole name is empty,
    and without it they would be named by their surnames only. Changes ``mapping`` in place."""
    if GIVEN_NAMES in mapping.values():
        return
    given = next((c for c, n in mapping.items() if n == FULL_NAME), None)
    if given is None or given >= len(keys):
        return
    if _holds(keys[given], _WHOLE_OR_SURNAME):
        first = next((c for c, k in enumerate(keys) if c not in mapping and k in _GIVEN), None)
        if first is not None:
            mapping[first] = GIVEN_NAMES
        return
    mapping[given] = GIVEN_NAMES
    whole = next(
        (c for c, k in enumerate(keys) if c not in mapping and k and _holds(k, _WHOLE_NAME)), None
    )
    if whole is not None:
        mapping[whole] = FULL_NAME


def mapping_score(headers: Sequence[CellValue], kind: ImportKind) -> int:
    """How well ``headers`` fit ``kind``: 3 per required field mapped, 1 per other field."""
    weights = _MATCHERS[ImportKind(kind)].weights
    return sum(weights[name] for name in map_headers(headers, kind).values())


def _text_cells(row: Sequence[CellValue]) -> int:
    return sum(1 for c in row if isinstance(c, str) and c.strip())


def _is_blank(row: Sequence[CellValue]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def header_at(
    rows: Sequence[Sequence[CellValue]],
    row: int,
    kind: ImportKind | None = None,
    merged: Sequence[MergedRange] = (),
) -> tuple[int, list[CellValue]]:
    """The first row of the header whose last row is ``row``, and the column names it gives.

    Usually ``row`` alone. With the row above it, when the two are shaped like one header
    (``header_rows.stack_rows``: "NOMBRES" merged down, "APELLIDOS" merged over "Paterno |
    Materno") and together name more fields (of ``kind``, or of any kind) than either row
    alone: a subtitle row above the header, or a header above a first data row, adds none.
    """
    if not 0 <= row < len(rows):
        return row, []
    lower = rows[row]
    stacked = stack_rows(rows, row, merged)
    if stacked is not None:
        upper = rows[row - 1]
        kinds = [ImportKind(kind)] if kind is not None else list(ImportKind)
        for k in kinds:
            alone = max(mapping_score(upper, k), mapping_score(lower, k))
            if mapping_score(stacked, k) > alone:
                return row - 1, stacked
    return row, list(lower)


def header_cells(
    rows: Sequence[Sequence[CellValue]],
    row: int,
    kind: ImportKind | None = None,
    merged: Sequence[MergedRange] = (),
) -> list[CellValue]:
    """The column names of the header whose last row is ``row`` (``header_at``)."""
    return header_at(rows, row, kind, merged)[1]


def header_row_at(
    rows: Sequence[Sequence[CellValue]],
    row: int,
    kind: ImportKind | None = None,
    merged: Sequence[MergedRange] = (),
) -> int:
    """The header row when the user points at ``row``: the row below it when ``row`` is the
    upper row of a two-row header (the data starts under the lower one)."""
    if row + 1 < len(rows) and header_at(rows, row + 1, kind, merged)[0] == row:
        return row + 1
    return row


def detect_header_row(
    rows: Sequence[Sequence[CellValue]],
    kind: ImportKind | None = None,
    max_scan: int = 30,
    merged: Sequence[MergedRange] = (),
) -> int:
    """The 0-based index of the header row among the first ``max_scan`` rows (of a two-row
    header, the lower row: ``header_at``).

    The row that maps the most fields wins (of ``kind``, or of the kind it fits best). Among
    rows that tie, and when no row maps anything, the first with at least two text cells and
    data below it is taken: a title ("PADRÓN DE ACTORES 2025", one merged cell), a blank row or
    a subtitle above the headers is passed over.
    """
    scan = min(len(rows), max_scan)
    kinds = [ImportKind(kind)] if kind is not None else list(ImportKind)
    scores = [0] * scan
    texts = [0] * scan  # text cells of the header ending there (of both rows when stacked)
    for i in range(scan):
        texts[i] = _text_cells(rows[i])
        if not texts[i]:
            continue
        for k in kinds:
            cells = header_cells(rows, i, k, merged)
            score = mapping_score(cells, k)
            if score > scores[i]:
                scores[i], texts[i] = score, _text_cells(cells)
    best = max(scores, default=0)
    tied = [i for i in range(scan) if scores[i] == best] if best else list(range(scan))
    last_data = max((i for i, row in enumerate(rows) if not _is_blank(row)), default=-1)
    for i in tied:
        if texts[i] >= 2 and i < last_data:
            return i
    if best:
        return tied[0]
    return next((i for i in range(scan) if not _is_blank(rows[i])), 0)


def guess_kind(
    rows: Sequence[Sequence[CellValue]], merged: Sequence[MergedRange] = ()
) -> ImportKind:
    """The kind whose fields the sheet's header row maps best (the first kind on a tie)."""
    best_kind, best_score = ImportKind.ORGANIZATIONS, -1
    for kind in ImportKind:
        row = detect_header_row(rows, kind, merged=merged)
        score = mapping_score(header_cells(rows, row, kind, merged), kind) if rows else 0
        if score > best_score:
            best_kind, best_score = kind, score
    return best_kind


def header_signature(headers: Sequence[CellValue]) -> str:
    """A stable key of a header row, to remember a mapping for the next file like it."""
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)
