"""The Linux package: its freedesktop files agree with the program, and the tarball installs
and uninstalls for a user without touching their data."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import PACKAGING, ROOT, load

from agencydesk import APP_ID, __version__
from agencydesk.services.exchange.fileformat import SUFFIX

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_app_id_is_the_one_the_program_gives_its_windows() -> None:
    source = (ROOT / "src" / "agencydesk" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in source
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "agencydesk"  # the console script and the bundle's name
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == __version__  # the newest release listed is this version


def test_the_exchange_file_type_is_the_one_the_program_writes() -> None:
    mime_type = ET.parse(MIME).getroot()[0]
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    globs = [g.get("pattern") for g in mime_type.iter(f"{namespace}glob")]
    assert globs == [f"*{SUFFIX}"]
    assert mime_type.get("type") in desktop_entry()["MimeType"].split(";")
    assert "%f" in desktop_entry()["Exec"]  # the double-clicked file reaches the program


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def fake_bundle(folder: Path) -> Path:
    """A stand-in for PyInstaller's folder: an executable ``agencydesk`` and a library."""
    bundle = folder / "AgencyDesk"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "agencydesk"
    program.write_text("#!/bin/sh\necho AgencyDesk 0\n", encoding="utf-8")
    program.chmod(0o755)
    (bundle / "_internal" / "libexample.so").write_bytes(b"\x7fELF")
    return bundle


def test_the_tarball_installs_and_uninstalls_for_the_user_and_keeps_the_data(
    tmp_path: Path,
) -> None:
    icons = load("icons.py").make_icons(tmp_path / "icons")
    made = load("linux/make_tarball.py").make_tarball(
        fake_bundle(tmp_path), icons, tmp_path / "out" / "agencydesk-9.9-linux-x86_64.tar.gz"
    )
    with tarfile.open(made) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path / "unpacked", filter="data")
    top = "agencydesk-9.9-linux-x86_64"
    assert f"{top}/install.sh" in names
    assert f"{top}/share/applications/{APP_ID}.desktop" in names
    assert f"{top}/share/icons/hicolor/48x48/apps/{APP_ID}.png" in names
    assert f"{top}/share/icons/hicolor/scalable/apps/{APP_ID}.svg" in names
    assert not list((tmp_path / "out").glob("*.partial"))

    home = tmp_path / "home"
    data = home / ".local" / "share" / "AgencyDesk"
    data.mkdir(parents=True)
    (data / "agencydesk.sqlite3").write_bytes(b"the office's data")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    unpacked = tmp_path / "unpacked" / top
    subprocess.run(["sh", str(unpacked / "install.sh")], check=True, env=env, capture_output=True)
    program = home / ".local" / "lib" / "agencydesk" / "agencydesk"
    assert (
        subprocess.run([str(home / ".local/bin/agencydesk")], capture_output=True).returncode == 0
    )
    menu = (home / f".local/share/applications/{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in menu  # the full path: ~/.local/bin may not be on PATH
    assert (home / f".local/share/icons/hicolor/256x256/apps/{APP_ID}.png").is_file()

    # Installing again (an upgrade) replaces the program and nothing else.
    subprocess.run(["sh", str(unpacked / "install.sh")], check=True, env=env, capture_output=True)
    subprocess.run(["sh", str(unpacked / "uninstall.sh")], check=True, env=env, capture_output=True)
    assert not program.exists()
    assert not (home / f".local/share/applications/{APP_ID}.desktop").exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert (data / "agencydesk.sqlite3").read_bytes() == b"the office's data"
