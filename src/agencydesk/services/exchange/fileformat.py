"""The exchange file: a zip holding ``manifest.json``, ``marks.json`` and one
``tables/<table>.json`` per table, and the checks a received file passes before anything of
it is believed.

A received file may be damaged or hostile. It is never extracted to disk: each entry is read
into memory by its exact name. Refused with a sentence: a file that is not a zip, an entry
whose name could point outside a folder (absolute, ``..``, a drive letter, a backslash), an
entry or a total that would expand past ``MAX_UNCOMPRESSED`` (declared sizes, checked before
reading, and reading stops at the declared size), a suspicious compression ratio, a format
version newer than this program's, and any value that is not what its column holds (a date
that is not a date, a text longer than the column, an unknown enumeration code, a uuid that is
not one): one bad value refuses the whole file, so nothing half-understood is merged. What a
later version of the same format may add is passed over: entries with other (safe) names,
fields this version does not know.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import IO, Any

from agencydesk import __version__
from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.exchange import FieldSpec
from agencydesk.domain.errors import UserError
from agencydesk.services.exchange.records import FileInfo, Scope

FORMAT = "agencydesk-exchange"
FORMAT_VERSION = 1
SUFFIX = ".agencydesk"
MANIFEST = "manifest.json"
MARKS = "marks.json"
TABLES_DIR = "tables/"

MAX_UNCOMPRESSED = 512 * 1024 * 1024  # whole file, expanded
MAX_ENTRIES = 200
MAX_RATIO = 300  # JSON of similar rows compresses ~10-40x; a bomb compresses ~1000x
RATIO_FROM = 1024 * 1024  # the ratio is judged on entries larger than this
MAX_DIGITS = 40  # of a number written as text

_UUID = re.compile(r"^[0-9A-Za-z-]{1,36}$")
_UNSAFE = re.compile(r"(^/|^\\|\\|^[A-Za-z]:|(^|/)\.\.(/|$)|\x00)")


@dataclass(frozen=True, slots=True)
class FileMark:
    """A mark of the database that wrote the file, about one of its rows in the file: the
    uuid of that record in ``peer``'s database and the fingerprints of both versions."""

    peer: str
    uuid: str  # the row's uuid in the file
    peer_uuid: str
    peer_version: str
    version: str


@dataclass(frozen=True, slots=True)
class ExchangeFile:
    """A received exchange file, checked: typed rows by table (references still uuids)."""

    info: FileInfo
    tables: dict[str, list[dict[str, Any]]]
    marks: tuple[FileMark, ...]


# --- values ----------------------------------------------------------------------------------


def to_json(field: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if field.kind == "decimal":
        return canonical_decimal(field, value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def canonical_decimal(field: FieldSpec, value: Decimal) -> str:
    scale = field.scale or 0
    value = Decimal(value).quantize(Decimal(1).scaleb(-scale))
    return format(value if value else abs(value), "f")


class BadValue(ValueError):
    pass


def from_json(field: FieldSpec, raw: Any) -> Any:
    """The typed value of ``raw`` for ``field``; ``BadValue`` when it is not one."""
    if raw is None:
        if not field.nullable:
            raise BadValue("missing")
        return None
    kind = field.kind
    if field.target is not None:
        if not isinstance(raw, str) or not _UUID.match(raw):
            raise BadValue("not a uuid")
        return raw
    if kind == "text":
        if not isinstance(raw, str) or "\x00" in raw:
            raise BadValue("not a text")
        if field.length is not None and len(raw) > field.length:
            raise BadValue(f"longer than {field.length} characters")
        return raw
    if kind == "enum":
        assert field.enum is not None
        if not isinstance(raw, str) or raw not in field.enum._value2member_map_:
            raise BadValue("unknown code")
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise BadValue("not true or false")
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**63:
            raise BadValue("not a whole number")
        return raw
    if kind == "decimal":
        return _decimal(field, raw)
    if kind in ("date", "datetime"):
        if not isinstance(raw, str) or len(raw) > 40:
            raise BadValue("not a date")
        try:
            return date.fromisoformat(raw) if kind == "date" else parse_datetime(raw)
        except ValueError as exc:
            raise BadValue("not a date") from exc
    if kind == "json":
        return raw
    raise BadValue("unknown kind")


def _decimal(field: FieldSpec, raw: Any) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise BadValue("not a number")
    text = str(raw)
    if len(text) > MAX_DIGITS:
        raise BadValue("not a number")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise BadValue("not a number") from exc
    if not value.is_finite():
        raise BadValue("not a number")
    scale = field.scale or 0
    whole_digits = field.precision - scale if field.precision is not None else MAX_DIGITS
    if value and value.adjusted() >= whole_digits:
        raise BadValue("too large")
    try:
        value = value.quantize(Decimal(1).scaleb(-scale))
    except InvalidOperation as exc:
        raise BadValue("not a number") from exc
    return value if value else abs(value)  # no "-0.00"


def parse_datetime(raw: str) -> datetime:
    """A naive UTC datetime (the database's) from ISO text; an offset is converted."""
    value = datetime.fromisoformat(raw)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


# --- writing ---------------------------------------------------------------------------------


def manifest(
    source_id: str,
    source_name: str | None,
    exported_at: datetime,
    scope: Scope,
    counts: Mapping[str, int],
) -> dict[str, Any]:
    scope_json: dict[str, Any] = {"kind": scope.kind}
    if scope.uuid:
        scope_json.update(uuid=scope.uuid, name=scope.name)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program": "AgencyDesk",
        "program_version": __version__,
        "source_database_id": source_id,
        "source_name": source_name,
        "exported_at": exported_at.isoformat(),
        "scope": scope_json,
        "tables": dict(counts),
        "references": "every field pointing to another record holds that record's uuid",
    }


def write_entry(archive: zipfile.ZipFile, name: str, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    archive.writestr(name, text.encode("utf-8"))


def open_archive(fh: IO[bytes]) -> zipfile.ZipFile:
    return zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)


# --- reading ---------------------------------------------------------------------------------


def read_file(path: Path) -> ExchangeFile:
    """Read and check an exchange file; ``UserError`` with a sentence when refused."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise UserError("import_file_missing", name=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            entries = _checked_entries(archive, name)
            if MANIFEST not in entries:
                raise UserError("exchange_not_exchange_file", name=name)
            info = _info(_json(archive, entries[MANIFEST], name), name)
            tables = {}
            for table in repo.exchanged_tables():
                entry = entries.get(f"{TABLES_DIR}{table}.json")
                if entry is not None:
                    tables[table] = _rows(table, _json(archive, entry, name), name)
            marks = _marks(_json(archive, entries[MARKS], name), name) if MARKS in entries else ()
    except UserError:
        raise
    except (NotImplementedError, RuntimeError) as exc:  # encrypted, unknown compression
        raise UserError("exchange_damaged", name=name, where=str(exc)[:80]) from exc
    except (zipfile.BadZipFile, EOFError) as exc:
        raise UserError("exchange_not_exchange_file", name=name) from exc
    except OSError as exc:
        raise UserError(
            "import_file_unreadable", name=name, reason=exc.strerror or str(exc)
        ) from exc
    _check_counts(info, tables, name)
    return ExchangeFile(info, tables, marks)


def _checked_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UserError("exchange_too_big", name=name, limit=MAX_UNCOMPRESSED // 2**20)
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        if _UNSAFE.search(entry) or PurePosixPath(entry).is_absolute():
            raise UserError("exchange_unsafe_entry", name=name, entry=entry[:120])
        if entry in entries:
            raise UserError("exchange_damaged", name=name, where=entry[:120])
        total += info.file_size
        ratio_bad = info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        )
        if info.file_size > MAX_UNCOMPRESSED or total > MAX_UNCOMPRESSED or ratio_bad:
            raise UserError("exchange_too_big", name=name, limit=MAX_UNCOMPRESSED // 2**20)
        entries[entry] = info
    return entries


def _json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Any:
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise UserError("exchange_damaged", name=name, where=info.filename)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UserError("exchange_damaged", name=name, where=info.filename) from exc


def _info(data: Any, name: str) -> FileInfo:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("exchange_not_exchange_file", name=name)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UserError("exchange_damaged", name=name, where=f"{MANIFEST}: format_version")
    if version > FORMAT_VERSION:
        raise UserError("exchange_newer_format", name=name, found=version, known=FORMAT_VERSION)
    where = MANIFEST
    try:
        source = data["source_database_id"]
        if not isinstance(source, str) or not _UUID.match(source):
            raise BadValue("source_database_id")
        source_name = data.get("source_name")
        if source_name is not None and not isinstance(source_name, str):
            raise BadValue("source_name")
        exported = data["exported_at"]
        if not isinstance(exported, str) or len(exported) > 40:
            raise BadValue("exported_at")
        exported_at = parse_datetime(exported)
        scope = _scope(data["scope"])
        counts = data.get("tables") or {}
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in counts.items()
        ):
            raise BadValue("tables")
        program = data.get("program_version")
        program_version = program[:40] if isinstance(program, str) else ""
    except (KeyError, TypeError, ValueError) as exc:
        detail = exc.args[0] if exc.args and isinstance(exc.args[0], str) else ""
        raise UserError("exchange_damaged", name=name, where=f"{where}: {detail}"[:120]) from exc
    return FileInfo(
        name=name,
        format_version=version,
        program_version=program_version,
        source_database_id=source,
        source_name=(source_name or "").strip()[:300] or None,
        exported_at=exported_at,
        scope=scope,
        counts={k: v for k, v in counts.items() if k in repo.exchanged_tables()},
    )


def _scope(raw: Any) -> Scope:
    if not isinstance(raw, dict) or raw.get("kind") not in ("initiative", "everything"):
        raise BadValue("scope")
    if raw["kind"] == "everything":
        return Scope("everything")
    uuid, label = raw.get("uuid"), raw.get("name")
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        raise BadValue("scope")
    return Scope("initiative", uuid, label[:300] if isinstance(label, str) else None)


def _rows(table: str, data: Any, name: str) -> list[dict[str, Any]]:
    where = f"{TABLES_DIR}{table}.json"
    if not isinstance(data, list):
        raise UserError("exchange_damaged", name=name, where=where)
    fields = repo.spec(table).fields
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, raw in enumerate(data, start=1):
        if not isinstance(raw, dict):
            raise UserError("exchange_damaged", name=name, where=f"{where} #{number}")
        try:
            row = _row(raw, fields)
        except BadValue as exc:
            raise UserError(
                "exchange_damaged", name=name, where=f"{where} #{number}: {exc}"[:160]
            ) from exc
        if row["uuid"] in seen:
            raise UserError("exchange_damaged", name=name, where=f"{where} #{number}: uuid")
        seen.add(row["uuid"])
        rows.append(row)
    return rows


def _row(raw: dict[str, Any], fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    uuid = raw.get("uuid")
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        raise BadValue("uuid")
    row: dict[str, Any] = {"uuid": uuid}
    for meta in ("created_at", "updated_at"):
        value = raw.get(meta)
        if not isinstance(value, str) or len(value) > 40:
            raise BadValue(meta)
        try:
            row[meta] = parse_datetime(value)
        except ValueError as exc:
            raise BadValue(meta) from exc
    for field in fields:
        try:
            row[field.name] = from_json(field, raw.get(field.name))
        except BadValue as exc:
            raise BadValue(f"{field.name} {exc}") from exc
    return row


def _marks(data: Any, name: str) -> tuple[FileMark, ...]:
    if not isinstance(data, list):
        raise UserError("exchange_damaged", name=name, where=MARKS)
    out = []
    keys = ("peer", "uuid", "peer_uuid", "peer_version", "version")
    for number, raw in enumerate(data, start=1):
        values = [raw.get(k) if isinstance(raw, dict) else None for k in keys]
        if not all(isinstance(v, str) and len(v) <= 64 for v in values):
            raise UserError("exchange_damaged", name=name, where=f"{MARKS} #{number}")
        out.append(FileMark(*values))
    return tuple(out)


def _check_counts(info: FileInfo, tables: dict[str, list[dict[str, Any]]], name: str) -> None:
    """The manifest's counts must be the rows found: a truncated file is refused."""
    for table, count in info.counts.items():
        if len(tables.get(table, ())) != count:
            raise UserError("exchange_damaged", name=name, where=f"{TABLES_DIR}{table}.json")
