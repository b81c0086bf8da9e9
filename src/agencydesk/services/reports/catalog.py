"""The program's translations read without Qt: the PDF documents speak the user's language in
the CLI as in the UI, from the same ``.qm`` files Qt's translator loads.

A ``.qm`` file (written by ``lrelease``, which by default keeps every message's context and
source text) is a 16-byte magic number followed by blocks ``tag (1 byte), length (4 bytes, big
endian), data``; the messages block (tag 0x69) holds records of tagged fields ending with tag 1:
3 = a translation (UTF-16 BE, one per plural form), 6 = the source text (UTF-8), 7 = the context
(UTF-8), 8 = the comment. Other blocks (hashes for Qt's own look-up, plural rules) are skipped:
a dictionary by (context, source) does the same job here.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from functools import cache
from importlib.resources import files

log = logging.getLogger(__name__)

_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_NULL = 0xFFFFFFFF

# Which plural form a count takes, by language (Qt's rules for these languages).
_PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "es": lambda n: 0 if n == 1 else 1,
    "en": lambda n: 0 if n == 1 else 1,
    "pt_BR": lambda n: 0 if n <= 1 else 1,
}

Messages = dict[tuple[str, str], tuple[str, ...]]


class CatalogError(ValueError):
    pass


def parse_qm(data: bytes) -> Messages:
    """(context, source text) -> translations (one per plural form) of a ``.qm`` file."""
    if data[:16] != _MAGIC:
        raise CatalogError("not a .qm file")
    pos, block = 16, b""
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        if tag == _MESSAGES:
            block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    out: Messages = {}
    context = source = ""
    forms: list[str] = []
    p = 0
    while p < len(block):
        tag = block[p]
        p += 1
        if tag == _END:
            if source and any(forms):
                out[(context, source)] = tuple(forms)
            context, source, forms = "", "", []
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            continue
        if tag not in (_TRANSLATION, 2, 4, _SOURCE, _CONTEXT, _COMMENT):
            raise CatalogError(f"unknown tag {tag} at {p - 1}")
        (length,) = struct.unpack_from(">I", block, p)
        p += 4
        value = b"" if length == _NULL else block[p : p + length]
        p += 0 if length == _NULL else length
        if tag == _TRANSLATION:
            forms.append(value.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
    return out


class Catalog:
    """Translations of one language; English (the source language) is an empty catalogue
    except for its plural forms."""

    def __init__(self, language: str, messages: Messages | None = None) -> None:
        self.language = language
        self._messages = messages or {}
        self._plural = _PLURAL_FORM.get(language, _PLURAL_FORM["en"])

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        """Like Qt's ``translate``: the translation, or ``text`` itself when there is none;
        with ``n``, the plural form for ``n`` with ``%n`` replaced by it."""
        forms = self._messages.get((context, text))
        if forms:
            chosen = forms[min(self._plural(n), len(forms) - 1)] if n is not None else forms[0]
        else:
            chosen = text
        return chosen.replace("%n", str(n)) if n is not None else chosen


@cache
def catalog(language: str) -> Catalog:
    """The catalogue of ``language`` ("es", "pt_BR", "en"), read once from the package.

    A missing or damaged file (a build without lrelease) is logged and gives English: a
    document in the wrong language is better than no document."""
    resource = files("agencydesk.resources") / "i18n" / f"agencydesk_{language}.qm"
    try:
        return Catalog(language, parse_qm(resource.read_bytes()))
    except (OSError, CatalogError, UnicodeDecodeError, struct.error) as exc:
        if language != "en":
            log.warning("no usable translations for %s (%s); documents in English", language, exc)
        return Catalog(language)
