"""Received exchange files that are damaged or hostile are refused with a sentence, before
anything reaches the database."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest
from exchange_support import rewrite

from agencydesk.domain.errors import UserError
from agencydesk.services.database import Database
from agencydesk.services.exchange import ExchangeService
from agencydesk.services.exchange import fileformat as ff


@pytest.fixture
def good(demo_database: Database, tmp_path: Path) -> Path:
    """A genuine file: one initiative of the demo."""
    out = tmp_path / "good.agencydesk"
    ExchangeService(demo_database.uow, lambda: "t").export(out, 1)
    return out


def _refused(path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        ff.read_file(path)
    message = str(caught.value)
    assert path.name in message or "{" not in message
    assert "Traceback" not in message and message.endswith(".")
    return caught.value


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _manifest(**changes) -> bytes:
    data = {
        "format": ff.FORMAT,
        "format_version": ff.FORMAT_VERSION,
        "source_database_id": "0b8f5f8e-9c7d-4d3a-9d55-3f6a1c2b9e01",
        "exported_at": "2025-03-01T10:00:00",
        "scope": {"kind": "everything"},
        "tables": {},
    }
    data.update(changes)
    return json.dumps(data).encode()


def test_the_genuine_file_reads(good: Path) -> None:
    file = ff.read_file(good)
    assert file.info.scope.name == "Mesa Ejecutiva Forestal de Ucayali"
    assert file.info.rows == sum(len(rows) for rows in file.tables.values()) > 100


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.agencydesk"
    path.write_text("nombre;tipo\nCámara;privado\n", encoding="utf-8")
    error = _refused(path)
    assert error.code == "exchange_not_exchange_file"
    assert str(error).startswith("The file notes.agencydesk is not an AgencyDesk exchange file")


@pytest.mark.parametrize(
    "entries",
    [
        {"readme.txt": b"hola"},  # a zip, but not ours
        {"manifest.json": json.dumps({"format": "something-else"}).encode()},
    ],
)
def test_a_zip_that_is_not_an_exchange_file(tmp_path: Path, entries: dict[str, bytes]) -> None:
    assert _refused(_zip(tmp_path / "x.agencydesk", entries)).code == "exchange_not_exchange_file"


def test_a_newer_format_is_refused_with_the_versions(tmp_path: Path) -> None:
    path = _zip(tmp_path / "new.agencydesk", {"manifest.json": _manifest(format_version=2)})
    error = _refused(path)
    assert error.code == "exchange_newer_format"
    assert "format 2; this version reads format 1" in str(error)
    assert "Update AgencyDesk" in str(error)


@pytest.mark.parametrize(
    "name",
    [
        "../../.bashrc",
        "tables/../../evil.json",
        "/etc/passwd",
        "C:/Windows/win.ini",
        "tables\\..\\evil.json",
    ],
)
def test_an_entry_whose_name_leaves_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    path = _zip(tmp_path / "evil.agencydesk", {"manifest.json": _manifest(), name: b"[]"})
    error = _refused(path)
    assert error.code == "exchange_unsafe_entry"
    assert "forbidden name" in str(error)
    assert error.params["entry"] == name


def _declare_size(path: Path, entry: str, size: int) -> None:
    """Make the central directory claim ``size`` bytes for ``entry`` (a lying header)."""
    data = bytearray(path.read_bytes())
    start = data.rfind(b"PK\x01\x02" + bytes(0), 0)
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        name_length = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_length].decode() == entry:
            struct.pack_into("<I", data, pos + 24, size)
            path.write_bytes(bytes(data))
            return
        pos += 4
    raise AssertionError(f"{entry} not found after {start}")


def test_a_huge_declared_size_is_refused_before_reading(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "big.agencydesk",
        {"manifest.json": _manifest(), "tables/organizations.json": b"[]"},
    )
    _declare_size(path, "tables/organizations.json", 0xFFFF_FFF0)  # 4 GB, says the header
    error = _refused(path)
    assert error.code == "exchange_too_big"
    assert "512 MB" in str(error)


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    bomb = b"[" + b" " * (40 * 1024 * 1024) + b"]"  # 40 MB of spaces: ~40 KB compressed
    path = _zip(
        tmp_path / "bomb.agencydesk",
        {"manifest.json": _manifest(), "tables/organizations.json": bomb},
    )
    assert _refused(path).code == "exchange_too_big"


def test_a_truncated_file_is_damaged(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.agencydesk"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _refused(path).code == "exchange_not_exchange_file"


@pytest.mark.parametrize(
    ("entry", "change", "where"),
    [
        ("tables/people.json", lambda rows: rows[:-1], "tables/people.json"),  # a row missing
        ("tables/meetings.json", lambda rows: "not a list", "tables/meetings.json"),
        (
            "tables/meetings.json",
            lambda rows: [dict(rows[0], starts_at="yesterday"), *rows[1:]],
            "starts_at not a date",
        ),
        (
            "tables/organizations.json",
            lambda rows: [dict(rows[0], actor_type="pirate"), *rows[1:]],
            "actor_type unknown code",
        ),
        (
            "tables/organizations.json",
            lambda rows: [dict(rows[0], name="x" * 301), *rows[1:]],
            "name longer than 300 characters",
        ),
        (
            "tables/organizations.json",
            lambda rows: [dict(rows[0], name=None), *rows[1:]],
            "name missing",
        ),
        (
            "tables/actions.json",
            lambda rows: [dict(rows[0], budget="1e999999"), *rows[1:]],
            "budget",
        ),
        (
            "tables/people.json",
            lambda rows: [dict(rows[0], organization_id="'; DROP TABLE people; --"), *rows[1:]],
            "organization_id not a uuid",
        ),
        ("tables/people.json", lambda rows: [rows[0], *rows], "uuid"),  # the same row twice
        ("marks.json", lambda marks: [{"peer": 1}], "marks.json"),
    ],
)
def test_a_value_that_is_not_what_its_column_holds_refuses_the_file(
    good: Path, entry: str, change, where: str
) -> None:
    rewrite(good, entry, change)
    error = _refused(good)
    assert error.code == "exchange_damaged"
    assert where in error.params["where"]
    assert "nothing was imported" in str(error)


def test_deeply_nested_json_is_damaged_not_a_crash(tmp_path: Path) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000
    path = _zip(
        tmp_path / "deep.agencydesk",
        {
            "manifest.json": _manifest(tables={"organizations": 0}),
            "tables/organizations.json": nested,
        },
    )
    assert _refused(path).code == "exchange_damaged"


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    error = _refused(tmp_path / "gone.agencydesk")
    assert error.code == "import_file_missing"
