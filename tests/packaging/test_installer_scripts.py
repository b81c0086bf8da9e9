"""The Windows and macOS scripts cannot run here; what can be checked is that they name the
files the build makes, the program's id and exchange file, and that the shell parses them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path, PureWindowsPath

import pytest
from packaging_support import PACKAGING, ROOT, load

from agencydesk import APP_ID, __version__
from agencydesk.services.exchange.fileformat import SUFFIX

ISS = PACKAGING / "windows" / "agencydesk.iss"
SPEC = PACKAGING / "pyinstaller" / "agencydesk.spec"


def iss_define(name: str) -> str:
    match = re.search(rf'^\s*#define {name} "([^"]+)"', ISS.read_text(encoding="utf-8"), re.M)
    assert match, name
    return match[1]


def test_the_build_reads_name_version_and_id_where_the_program_has_them() -> None:
    project = load("project.py")
    assert (project.name(), project.version(), project.app_id()) == (
        "agencydesk",
        __version__,
        APP_ID,
    )


def test_the_installer_takes_its_files_from_where_the_build_puts_them() -> None:
    build = load("build.py")
    windows_dir = ISS.parent
    source = PureWindowsPath(iss_define("SourceDir"))
    assert (windows_dir / Path(*source.parts)).resolve() == build.DIST / build.TITLE
    icon = PureWindowsPath(iss_define("IconFile"))
    assert (windows_dir / Path(*icon.parts)).resolve() == build.BUILD / "icons" / "agencydesk.ico"
    # The program the Start menu and the association start is the spec's windowed executable.
    assert iss_define("AppExe") == f"{build.TITLE}.exe"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'TITLE = "AgencyDesk"' in spec and "name=TITLE if (windows or macos)" in spec


def test_the_installer_associates_the_exchange_file_and_keeps_the_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert f"Software\\Classes\\{SUFFIX}\\OpenWithProgids" in text
    assert '""{app}\\{#AppExe}"" ""%1""' in text  # the file goes to the program as its argument
    assert "ChangesAssociations=yes" in text
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    assert "{localappdata}\\AgencyDesk" in text  # where the data stays, told at uninstall
    for language in ("Spanish.isl", "BrazilianPortuguese.isl"):
        assert language in text  # both ship with Inno Setup 6


def test_the_macos_bundle_has_the_app_id_and_the_exchange_document_type() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec and '"NSHighResolutionCapable": True' in spec
    assert f'"public.filename-extension": ["{SUFFIX.lstrip(".")}"]' in spec
    assert APP_ID in (ROOT / "src" / "agencydesk" / "__init__.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("script", ["macos/make_dmg.sh", "linux/install.sh", "linux/uninstall.sh"])
def test_the_shell_scripts_parse(script: str) -> None:
    shell = "bash" if script.endswith("make_dmg.sh") else "sh"
    result = subprocess.run([shell, "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_dmg_script_refuses_what_is_not_a_bundle(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(tmp_path), str(tmp_path / "x.dmg")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "not an application bundle" in result.stderr
