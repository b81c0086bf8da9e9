"""Rows as the exchange sees them: fingerprints, differences, and a name to show for each.

A fingerprint is the SHA-256 of a row's exchanged fields (not its id, uuid or timestamps),
written canonically: dates in ISO, decimals with their column's scale, enumerations as their
code, references as uuids. Two versions with the same fields have the same fingerprint
whatever their ``updated_at``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.exchange import FieldSpec, TableSpec
from agencydesk.services.exchange.fileformat import canonical_decimal, to_json

LABEL_LENGTH = 80

# Tables without a naming column: (the reference that names the row, a field to add).
_COMPOSED: dict[str, tuple[str, str | None]] = {
    "participations": ("organization_id", None),
    "attendances": ("person_id", None),
    "measurements": ("indicator_id", "date"),
    "bottleneck_status_changes": ("bottleneck_id", "changed_on"),
    "meeting_status_changes": ("meeting_id", "changed_at"),
    "agenda_item_bottlenecks": ("agenda_item_id", None),
    "agenda_priorities": ("agenda_id", "name"),
}


def canonical(field: FieldSpec, value: Any) -> Any:
    if value is not None and field.kind == "enum" and not isinstance(value, str):
        value = value.value
    return to_json(field, value)


def _enum_code(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else value.value


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


@cache
def _converters(table: str) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Per field, what makes its value canonical (None: it already is)."""
    out: list[tuple[str, Callable[[Any], Any] | None]] = []
    for f in repo.spec(table).fields:
        if f.kind == "decimal":
            out.append((f.name, lambda v, f=f: None if v is None else canonical_decimal(f, v)))
        elif f.kind in ("date", "datetime"):
            out.append((f.name, _iso))
        elif f.kind == "enum":
            out.append((f.name, _enum_code))
        elif f.kind == "json":
            out.append((f.name, lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False)))
        else:
            out.append((f.name, None))
    return tuple(out)


def canon(spec: TableSpec, row: dict[str, Any]) -> tuple[Any, ...]:
    """The row's fields, canonical, in the spec's order (compare two rows with ``==``)."""
    get = row.get
    return tuple(get(n) if c is None else c(get(n)) for n, c in _converters(spec.name))


def digest(spec: TableSpec, values: tuple[Any, ...]) -> str:
    """The fingerprint of canonical values (the field names are part of it)."""
    names = ",".join(f.name for f in spec.fields)
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{names}\n{text}".encode()).hexdigest()


def fingerprint(spec: TableSpec, row: dict[str, Any]) -> str:
    return digest(spec, canon(spec, row))


def differing(spec: TableSpec, mine: dict[str, Any], theirs: dict[str, Any]) -> list[FieldSpec]:
    """The fields whose values differ (compared canonically)."""
    a, b = canon(spec, mine), canon(spec, theirs)
    return [f for f, x, y in zip(spec.fields, a, b, strict=True) if x != y]


def json_row(spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    """A row as written in the file: uuid, timestamps, then the fields."""
    out: dict[str, Any] = {
        "uuid": row["uuid"],
        "created_at": row["created_at"].isoformat() if row.get("created_at") else None,
        "updated_at": row["updated_at"].isoformat() if row.get("updated_at") else None,
    }
    for f in spec.fields:
        out[f.name] = canonical(f, row.get(f.name))
    return out


def shown(field: FieldSpec, value: Any, label_of: Callable[[str, str], str]) -> Any:
    """A value as a person reads it: a reference by the name of what it points to, an
    enumeration as its member (the UI translates it)."""
    if value is None:
        return None
    if field.target is not None:
        return label_of(field.target, value)
    if field.kind == "enum" and field.enum is not None and isinstance(value, str):
        return field.enum(value)
    return value


def short(text: Any) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= LABEL_LENGTH else words[: LABEL_LENGTH - 1] + "…"


def describe(table: str, row: dict[str, Any], label_of: Callable[[str, str], str]) -> str:
    """A name for a row: its title or name, or what it belongs to ("Cámara · member")."""
    spec = repo.spec(table)
    if table == "agreements":
        return short(f"{row.get('number') or ''}. {row.get('text') or ''}".strip(". "))
    if spec.label is not None and table not in _COMPOSED:
        return short(row.get(spec.label)) or row["uuid"][:8]
    reference, extra = _COMPOSED.get(table, (None, None))
    parts = []
    if reference and row.get(reference):
        target = next(f.target for f in spec.fields if f.name == reference)
        parts.append(label_of(target or "", row[reference]))
    if extra and row.get(extra) is not None:
        value = row[extra]
        if isinstance(value, datetime):
            value = value.strftime("%Y-%m-%d %H:%M")
        parts.append(value.isoformat() if isinstance(value, date) else str(value))
    return short(" · ".join(p for p in parts if p)) or row["uuid"][:8]


def field_spec(table: str, name: str) -> FieldSpec:
    return next(f for f in repo.spec(table).fields if f.name == name)
