"""Text cells: trimmed, cleaned and checked against the column's length, e-mail and web
addresses, identifiers that must keep their leading zeros."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from decimal import Decimal

from agencydesk.domain.importing.kinds import FieldSpec
from agencydesk.domain.importing.results import (
    EMPTY,
    INVALID,
    CellResult,
    CellStatus,
    valid_or_corrected,
)
from agencydesk.domain.importing.workbook import CellValue

_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")  # as permissive as validation.check_email
_EMAIL_SPLIT = re.compile(r"\s*[;,/\s]\s*|\s+y\s+|\s+o\s+")
URL_PATTERN = re.compile(r"(https?://)?[^\s/]+\.[^\s]+", re.IGNORECASE)
_URL = URL_PATTERN


def is_clean_line(text: str) -> bool:
    """No edge or double spaces, tabs, newlines, non-breaking, control or zero-width characters
    and no Excel ``_xHHHH_`` escape: the text is stored as it is. (String methods, not a
    regular expression: this runs for every text cell.)"""
    return (
        text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        and "_x" not in text
    )


def is_clean_long(text: str) -> bool:
    """``is_clean_line`` for text whose lines are kept."""
    if "\n" not in text:
        return is_clean_line(text)
    return (
        text.replace("\n", "").isprintable()
        and text[0] not in " \n"
        and text[-1] not in " \n"
        and "  " not in text
        and " \n" not in text
        and "\n " not in text
        and "_x" not in text
    )


def _decode(match: re.Match[str]) -> str:
    return chr(int(match[1], 16))


def clean_text(text: str, long: bool = False) -> tuple[str, str | None]:
    """Text trimmed, inner runs of spaces collapsed (newlines kept in long text), Excel's
    ``_xHHHH_`` escapes decoded and stray control characters dropped; with the correction."""
    decoded = _EXCEL_ESCAPE.sub(_decode, text) if "_x" in text else text
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    visible = _INVISIBLE.sub("", decoded)
    if long:
        lines = [" ".join(line.split()) for line in visible.split("\n")]
        cleaned = "\n".join(lines).strip("\n")
    else:
        cleaned = " ".join(visible.split())
    if visible != decoded:
        return cleaned, "cleaned"
    return cleaned, ("trimmed" if cleaned != decoded else None)


def plain_number(number: int | float) -> str:
    if isinstance(number, float) and not number.is_integer():
        return format(Decimal(repr(number)), "f")
    return str(int(number))


def as_text(raw: CellValue, spec: FieldSpec, options: object = None) -> CellResult:
    """Any cell as text, as the spreadsheet shows it (12.0 is "12")."""
    if type(raw) is str:
        if raw and is_clean_line(raw):
            if spec.max_length is not None and len(raw) > spec.max_length:
                return INVALID["too_long"]
            return CellResult(CellStatus.VALID, raw)
        else:
            text, reason = clean_text(raw)
        if not text:
            return EMPTY
    elif isinstance(raw, bool):
        text, reason = ("true" if raw else "false"), None
    elif isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            return INVALID["bad_number"]
        text, reason = plain_number(raw), None
    elif isinstance(raw, datetime):
        text = raw.date().isoformat() if raw.time() == time() else raw.isoformat(" ")
        reason = None
    elif isinstance(raw, date | time):
        text, reason = raw.isoformat(), None
    else:
        text, reason = clean_text(str(raw))
        if not text:
            return EMPTY
    if spec.max_length is not None and len(text) > spec.max_length:
        return INVALID["too_long"]
    return valid_or_corrected(text, reason)


def long_text(raw: CellValue, spec: FieldSpec, options: object = None) -> CellResult:
    if type(raw) is not str:
        return as_text(raw, spec)
    if raw and is_clean_long(raw):
        text, reason = raw, None
    else:
        text, reason = clean_text(raw, long=True)
    if not text:
        return EMPTY
    if spec.max_length is not None and len(text) > spec.max_length:
        return INVALID["too_long"]
    return valid_or_corrected(text, reason)


def identifier(raw: CellValue, spec: FieldSpec, options: object = None) -> CellResult:
    """Text with its leading zeros; a number cell (76123456.0) read as "76123456"."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        result = as_text(raw, spec)
        if result.status is CellStatus.VALID:
            return CellResult(CellStatus.CORRECTED, result.value, "id_from_number")
        return result
    return as_text(raw, spec)


def email(raw: CellValue, spec: FieldSpec, options: object = None) -> CellResult:
    if type(raw) is not str:
        return INVALID["bad_email"]
    text = raw.strip()
    if not text:
        return EMPTY
    if (
        _EMAIL.fullmatch(text)
        and text[0].isalnum()
        and text[-1].isalnum()
        and text[:7].lower() != "mailto:"
    ):
        reason = "trimmed" if text != raw else None
    else:
        text, reason = clean_text(text)
        lowered = text.lower()
        if lowered.startswith("mailto:"):
            text = text[7:].strip()
        text = text.strip("<>()[]").strip()
        parts = [p for p in _EMAIL_SPLIT.split(text) if p]
        if len(parts) > 1 and all(_EMAIL.fullmatch(p) for p in parts):
            text, reason = parts[0], "email_first_kept"
        elif not _EMAIL.fullmatch(text):
            return INVALID["bad_email"]
        reason = reason or "trimmed"
    if spec.max_length is not None and len(text) > spec.max_length:
        return INVALID["too_long"]
    return valid_or_corrected(text, reason)


def url(raw: CellValue, spec: FieldSpec, options: object = None) -> CellResult:
    result = as_text(raw, spec)
    if result.value is not None and not _URL.fullmatch(result.value):
        return INVALID["bad_url"]
    return result
