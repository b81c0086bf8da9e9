"""Deciding what a file is from its content, never from its name.

Partners rename files (an old ``.xls`` saved as ``.xlsx``, a CSV called ``.xlsx``), and an
encrypted workbook is an OLE2 container even when named ``.xlsx``. Readers chosen by the name
give misleading errors ("no valid workbook part"); the content says what to do.
"""

from __future__ import annotations

import codecs
import mmap
import re
import zipfile
from pathlib import Path

from agencydesk.domain.errors import UserError, file_error
from agencydesk.domain.importing.workbook import FileFormat

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
TEXT_SAMPLE = 64 * 1024
# Files that are not text even though their first bytes may decode (PDF, images, RTF is text
# but not a table; HTML/XML "spreadsheets" exported by web systems are refused in textfile).
BINARY_MAGICS = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf")

# Text that is data but not a table: JSON (an AgencyDesk export saved as .json, a web system's
# download) starts with "{", or with "[" and then an object, array, string or "]". Read as CSV
# it would be one row of braces per record, each then rejected. "[Nombre];[Cargo]" (a SQL
# Server export's headers) is a CSV and stays one.
_JSON_START = re.compile(r'\{|\[\s*(?:[{\["\]]|$)')
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

SUFFIX_FORMATS = {
    ".xlsx": FileFormat.XLSX,
    ".xltx": FileFormat.XLSX,
    ".xlsm": FileFormat.XLSM,
    ".xltm": FileFormat.XLSM,
    ".xlsb": FileFormat.XLSB,
    ".xls": FileFormat.XLS,
    ".xlt": FileFormat.XLS,
    ".ods": FileFormat.ODS,
    ".csv": FileFormat.CSV,
    ".txt": FileFormat.CSV,
    ".tsv": FileFormat.CSV,
}


def file_params(path: Path) -> dict[str, str]:
    """The parameters every import error carries, so that sentences can name the file."""
    return {"name": path.name, "path": str(path)}


def sniff(path: Path) -> FileFormat:
    """The format of ``path`` from its first bytes (and, for zips and OLE2, their directory).

    Raises ``UserError``: import_file_missing, import_file_unreadable, import_file_empty,
    import_encrypted, import_damaged or import_unsupported_format.
    """
    params = file_params(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UserError("import_file_missing", **params)
        with path.open("rb") as handle:
            head = handle.read(TEXT_SAMPLE)
    except FileNotFoundError:
        raise UserError("import_file_missing", **params) from None
    except OSError as exc:
        raise file_error("import_file_unreadable", exc, writing=False, **params) from exc
    if size == 0 or not head:
        raise UserError("import_file_empty", **params)
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(path)
    if head.startswith(OLE2_MAGIC):
        return _sniff_ole2(path)
    if looks_like_text(head):
        _check_table_text(path, head, size)
        return FileFormat.CSV
    raise UserError("import_unsupported_format", **params)


def _text_head(head: bytes) -> str:
    """The sample decoded leniently (BOM, UTF-16, cp1252), for a look at its shape only."""
    if head.startswith(codecs.BOM_UTF8):
        return head[3:].decode("utf-8", errors="replace")
    if head.startswith(_UTF16_BOMS):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace")


def _check_table_text(path: Path, head: bytes, size: int) -> None:
    """Refuse text that cannot be a table before the CSV reader makes rows out of it.

    JSON (and other structured text starting with "{" or "["), HTML and XML are not a
    spreadsheet AgencyDesk reads: refused as an unsupported format. A file named like a
    workbook (.xls, .xlsx, .ods...) whose content is a single line of text is not a renamed
    CSV (that would have at least a header and a row) but a stub left where the workbook
    should be (a mail gateway's "Attachment ... not found!", a download cut off): damaged. A
    renamed CSV of several lines is still read as one.
    """
    params = file_params(path)
    text = _text_head(head).lstrip()
    if _JSON_START.match(text) or text[:1] == "<":
        # "<": an HTML table or an XML "spreadsheet" saved as .xls by a web system (textfile
        # refuses it too, for callers that read text directly).
        raise UserError("import_unsupported_format", **params)
    named = suffix_format(path)
    if named is None or named is FileFormat.CSV or size > len(head):
        return
    if len([line for line in text.splitlines() if line.strip()]) <= 1:
        raise UserError("import_damaged", **params)


def suffix_format(path: Path) -> FileFormat | None:
    return SUFFIX_FORMATS.get(path.suffix.lower())


def looks_like_text(head: bytes) -> bool:
    """Text a CSV reader can take: a UTF-16 BOM, or no NUL byte, decodable, few control bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head or head.startswith(BINARY_MAGICS):
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The sample may cut a character in two: only an error at the very end is forgiven.
        text = head[: exc.start].decode("utf-8") if exc.start >= len(head) - 3 else ""
        if not text:
            text = head.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls <= max(2, len(text) // 1000)


def normalised_names(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Entry names lower-cased with "/" separators: some writers use "\\" and odd casing."""
    return {
        info.filename.replace("\\", "/").lstrip("/").lower(): info for info in archive.infolist()
    }


def _sniff_zip(path: Path) -> FileFormat:
    params = file_params(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = normalised_names(archive)
            if "mimetype" in names:
                mimetype = _read_small(archive, names["mimetype"], 200).strip()
                if mimetype.startswith(ODS_MIMETYPE):
                    return FileFormat.ODS
                raise UserError("import_unsupported_format", **params)
            types = b""
            if "[content_types].xml" in names:
                types = _read_small(archive, names["[content_types].xml"], 1 << 20)
    except UserError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise UserError("import_damaged", **params) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, zip password
        raise UserError("import_encrypted", **params) from exc
    lowered = types.lower()
    if b"sheet.binary.macroenabled.main" in lowered or any(
        n.endswith("workbook.bin") for n in names
    ):
        return FileFormat.XLSB
    if b"macroenabled.main+xml" in lowered or any(n.endswith("vbaproject.bin") for n in names):
        return FileFormat.XLSM
    if b"spreadsheetml" in lowered or any(n.endswith("workbook.xml") for n in names):
        return FileFormat.XLSX
    if not names and suffix_format(path) in (FileFormat.XLSX, FileFormat.XLSM, FileFormat.ODS):
        # An empty archive named like a workbook: a file cut off or never written.
        raise UserError("import_damaged", **params)
    raise UserError("import_unsupported_format", **params)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as member:
        return member.read(limit)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _has_stream(data: mmap.mmap | bytes, name: str) -> bool:
    """Is there an OLE2 directory entry called ``name``?

    Directory entries are 128-byte records aligned on 128 bytes (sectors are 512 or 4096
    bytes after a 512-byte header): the UTF-16LE name starts the record, its length in bytes
    (with the terminating NUL) is at +64. Checking that shape keeps a cell that happens to
    contain the word from counting.
    """
    needle = _utf16(name) + b"\x00\x00"
    expected = len(needle).to_bytes(2, "little")
    start = data.find(needle)
    while start != -1:
        if start % 128 == 0 and data[start + 64 : start + 66] == expected:
            return True
        start = data.find(needle, start + 1)
    return False


def _sniff_ole2(path: Path) -> FileFormat:
    params = file_params(path)
    try:
        with (
            path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            if _has_stream(data, "EncryptionInfo") or _has_stream(data, "EncryptedPackage"):
                raise UserError("import_encrypted", **params)
            if _has_stream(data, "Workbook") or _has_stream(data, "Book"):
                return FileFormat.XLS
    except OSError as exc:
        raise file_error("import_file_unreadable", exc, writing=False, **params) from exc
    raise UserError("import_unsupported_format", **params)
