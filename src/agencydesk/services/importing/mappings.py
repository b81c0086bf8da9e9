"""The automatic choices of the wizard: which sheet, which header row, which column is what.

A mapping the user confirmed is remembered by (kind, header signature), so the next file with
the same headers gets it back instead of the automatic one.
"""

from __future__ import annotations

from collections.abc import Mapping

from agencydesk.data.repos import importing as repo_rows
from agencydesk.data.repos import importing_batches as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.headers import (
    detect_header_row,
    guess_kind,
    header_key,
    header_signature,
    map_headers,
    mapping_score,
    split_name,
)
from agencydesk.domain.importing.headers import header_cells as header_row_cells
from agencydesk.domain.importing.kinds import ImportKind, fields
from agencydesk.domain.importing.name_parts import FULL_NAME, GIVEN_NAMES, SURNAMES, has_parts
from agencydesk.domain.importing.workbook import CellValue, RawSheet, RawWorkbook
from agencydesk.domain.text import fold


def header_cells(
    sheet: RawSheet, header_row: int, kind: ImportKind | None = None
) -> list[CellValue]:
    """The column names of the header ending at ``header_row``: that row, or that row under the
    one above when the two make one header ("NOMBRES" merged down beside "APELLIDOS" over
    "Paterno | Materno"; ``headers.header_at``). The wizard's preview, the report's mapping,
    and the remembered mappings (by their signature) all read these."""
    return header_row_cells(sheet.rows, header_row, kind, sheet.merged)


# A column for signatures: the sheet was signed by those who came.
_SIGNATURE_WORDS = frozenset({"firma", "firmas", "assinatura", "assinaturas", "signature"})
_PRESENCE_FIELDS = frozenset({"attended", "excused"})


def signed_sheet(
    sheet: RawSheet, header_row: int, kind: ImportKind, mapping: Mapping[int, str]
) -> bool:
    """Whether an attendance sheet is a sign-in sheet with no column saying who came: a
    "Firma" column and no "Asistió". Then everyone on it came (``listed_attended``)."""
    if kind is not ImportKind.ATTENDANCE or not _PRESENCE_FIELDS.isdisjoint(mapping.values()):
        return False
    return any(
        not _SIGNATURE_WORDS.isdisjoint(fold(str(cell)).split())
        for cell in header_cells(sheet, header_row, kind)
        if isinstance(cell, str)
    )


def detected_header_row(sheet: RawSheet, kind: ImportKind) -> int:
    return detect_header_row(sheet.rows, kind, merged=sheet.merged)


def _score(sheet: RawSheet, kind: ImportKind) -> int:
    return mapping_score(header_cells(sheet, detected_header_row(sheet, kind), kind), kind)


def sheet_scores(workbook: RawWorkbook, kind: ImportKind) -> dict[str, int]:
    """How many fields of ``kind`` each sheet's detected header row maps (weighted)."""
    return {sheet.name: _score(sheet, kind) if sheet.rows else 0 for sheet in workbook.sheets}


def choose_sheet(
    workbook: RawWorkbook, kind: ImportKind | None, name: str = ""
) -> tuple[RawSheet, ImportKind]:
    """The visible sheet that maps the most fields (hidden sheets only if none is visible)."""
    if not workbook.sheets:
        raise UserError("import_no_sheets", name=name)
    visible = [s for s in workbook.sheets if not s.hidden and s.rows]
    candidates = visible or [s for s in workbook.sheets if s.rows] or workbook.sheets
    best: tuple[int, RawSheet, ImportKind] | None = None
    for sheet in candidates:
        sheet_kind = kind or (
            guess_kind(sheet.rows, sheet.merged) if sheet.rows else ImportKind.ORGANIZATIONS
        )
        score = _score(sheet, sheet_kind) if sheet.rows else 0
        if best is None or score > best[0]:
            best = (score, sheet, sheet_kind)
    assert best is not None
    return best[1], best[2]


def find_sheet(workbook: RawWorkbook, name: str) -> RawSheet:
    for sheet in workbook.sheets:
        if sheet.name == name:
            return sheet
    folded = name.strip().casefold()
    for sheet in workbook.sheets:
        if sheet.name.strip().casefold() == folded:
            return sheet
    raise UserError(
        "import_no_such_sheet", sheet=name, sheets=", ".join(s.name for s in workbook.sheets)
    )


# How a remembered mapping marks a column the user chose not to import.
LEFT_OUT = ""


def propose_mapping(
    session: Session | None, sheet: RawSheet, header_row: int, kind: ImportKind
) -> dict[int, str]:
    """The remembered mapping for these headers, else the automatic one."""
    headers = header_cells(sheet, header_row, kind)
    if session is not None:
        remembered = repo.recall_mapping(session, kind.value, header_signature(headers))
        if remembered is not None:
            names = {f.name for f in fields(kind)}
            width = len(headers)
            kept = {c: n for c, n in remembered.items() if n in names and 0 <= c < width}
            left_out = {c for c, n in remembered.items() if n == LEFT_OUT}
            if kept:
                return with_name_parts(kept, left_out, headers, kind)
    mapping = visible_first(headers, kind, sheet.hidden_columns)
    if session is not None and "territory" in mapping.values() and not _has_territories(session):
        # A database without territories (a new one: the program does not add them, an
        # exchange file brings them) could only refuse every row naming one: the column is
        # proposed "do not import", which the Columns step and the report's mapping show.
        mapping = {c: n for c, n in mapping.items() if n != "territory"}
    return mapping


def _has_territories(session: Session) -> bool:
    return bool(repo_rows.fetch_rows(session, "territories", ("id",)))


def visible_first(
    headers: list[CellValue], kind: ImportKind, hidden: frozenset[int]
) -> dict[int, str]:
    """The automatic mapping, the visible columns mapped first: a hidden "DNI" beside a
    visible one is the old column kept out of sight, not the one the partner filled. A hidden
    column still gives a field no visible column gives (its data is the partner's too)."""
    if not hidden.intersection(range(len(headers))):
        return map_headers(headers, kind)
    mapping = map_headers([None if c in hidden else h for c, h in enumerate(headers)], kind)
    given = set(mapping.values())
    for column, name in map_headers(headers, kind).items():
        if column in hidden and name not in given:
            mapping[column] = name
    return dict(sorted(mapping.items()))


def with_name_parts(
    mapping: dict[int, str], left_out: set[int], headers: list[CellValue], kind: ImportKind
) -> dict[int, str]:
    """A mapping remembered before name parts were importable took "Nombres" for the whole
    name and had to leave "Apellido paterno" out (people were stored without surnames): the
    surname columns the automatic mapping finds are added and "Nombres" becomes the given
    names. A remembered whole-name column ("Nombre completo") or any name part is kept as is,
    and so is a column remembered as left out (``left_out``): mappings remembered since name
    parts exist say which columns the user chose not to import, and that choice stands."""
    if has_parts(mapping.values()) or FULL_NAME not in mapping.values():
        return mapping
    automatic = map_headers(headers, kind)
    surnames = {
        c: n
        for c, n in automatic.items()
        if n in SURNAMES and c not in mapping and c not in left_out
    }
    if not surnames:
        return mapping
    upgraded = mapping | surnames
    split_name(upgraded, [header_key(h) for h in headers])
    return dict(sorted(upgraded.items())) if GIVEN_NAMES in upgraded.values() else mapping


def remember(session: Session, kind: ImportKind, sheet: RawSheet, header_row: int,
             mapping: Mapping[int, str]) -> None:  # fmt: skip
    headers = header_cells(sheet, header_row, kind)
    signature = header_signature(headers)
    if signature and mapping:
        # The columns left out are remembered too: "do not import" is a choice as much as a
        # field is (``with_name_parts`` must not map a surname the user chose to leave out).
        left_out = {c: LEFT_OUT for c, h in enumerate(headers) if h not in (None, "")}
        repo.remember_mapping(session, kind.value, signature, left_out | dict(mapping))
