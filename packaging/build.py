"""Build AgencyDesk's package for the system this runs on.

    python packaging/build.py [--smoke-test]

(after ``pip install -e ".[package]"``; the README's "Packaging" section). Steps:

1. the translations compiled (.qm) from translations/*.ts;
2. the application icon in every size and container (packaging/icons.py) into build/icons;
3. PyInstaller's one-folder build (packaging/pyinstaller/agencydesk.spec) into dist/AgencyDesk
   (macOS: dist/AgencyDesk.app);
4. the package: Linux a tarball with the .desktop file, AppStream metainfo and icons
   (packaging/linux/make_tarball.py); Windows an installer (packaging/windows/agencydesk.iss,
   with Inno Setup's ISCC.exe); macOS a disk image (packaging/macos/make_dmg.sh);
5. with ``--smoke-test``, the built program's own ``--smoke-test`` run offscreen.

Prints the bundle's size and where the package is. Exit 0 only when every step worked.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

BUILD = ROOT / "build"
DIST = ROOT / "dist"
TITLE = "AgencyDesk"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def step(title: str) -> None:
    print(f"== {title}", flush=True)


def compile_translations() -> None:
    from translations import lrelease  # tools/translations.py

    lrelease()


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Windows' version resources take four numbers: 0.2.0rc1 -> (0, 2, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("rc")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_info(version: str, out: Path) -> None:
    """The version resource Windows shows in a file's properties (PyInstaller's format)."""
    quad = numeric_version(version)
    out.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'AgencyDesk'),
      StringStruct('FileDescription', 'AgencyDesk'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'AgencyDesk'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def pyinstaller(icons: Path) -> None:
    env = dict(os.environ, AGENCYDESK_ICONS=str(icons))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(ROOT / "packaging" / "pyinstaller" / "agencydesk.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def bundle_executable() -> Path:
    if sys.platform == "win32":
        return DIST / TITLE / "agencydesk-cli.exe"
    if sys.platform == "darwin":
        return DIST / f"{TITLE}.app" / "Contents" / "MacOS" / TITLE
    return DIST / TITLE / "agencydesk"


def smoke_test() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A user's installed copy has no source tree beside it: make sure nothing is found there.
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(bundle_executable()), "--smoke-test"],
        env=env,
        cwd=BUILD,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(result.stdout.rstrip())
    if result.returncode != 0:
        print(result.stderr.rstrip(), file=sys.stderr)
        raise SystemExit(f"the built program's smoke test failed (exit {result.returncode})")


def package(name: str, version: str, icons: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    if sys.platform.startswith("linux"):
        from linux.make_tarball import make_tarball

        return make_tarball(DIST / TITLE, icons, DIST / f"{name}-{version}-linux-{machine}.tar.gz")
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or shutil.which("iscc")
        for folder in (
            Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")),
            Path(os.environ.get("LOCALAPPDATA", "C:/")) / "Programs",  # installed per user
        ):
            if iscc is None and (folder / "Inno Setup 6" / "ISCC.exe").exists():
                iscc = str(folder / "Inno Setup 6" / "ISCC.exe")
        if iscc is None:
            raise SystemExit("Inno Setup 6 is needed for the installer: https://jrsoftware.org")
        subprocess.run(
            [
                iscc,
                f"/DAppVersion={version}",
                "/DAppNumVersion=" + ".".join(map(str, numeric_version(version))),
                f"/DSourceDir={DIST / TITLE}",
                f"/DIconFile={icons / 'agencydesk.ico'}",
                f"/O{DIST}",
                str(ROOT / "packaging" / "windows" / "agencydesk.iss"),
            ],
            check=True,
        )
        return DIST / f"AgencyDesk-{version}-setup.exe"
    if sys.platform == "darwin":
        out = DIST / f"AgencyDesk-{version}.dmg"
        script = ROOT / "packaging" / "macos" / "make_dmg.sh"
        subprocess.run(["bash", str(script), str(DIST / f"{TITLE}.app"), str(out)], check=True)
        return out
    raise SystemExit(f"no package is made for {sys.platform}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--smoke-test", action="store_true", help="run the built program's --smoke-test"
    )
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is missing: pip install -e ".[package]"') from None
    import project  # packaging/project.py

    name, version = project.name(), project.version()
    step(f"{name} {version} for {sys.platform} ({platform.machine()})")
    step("translations")
    compile_translations()
    step("icons")
    from icons import make_icons  # packaging/icons.py

    icons = make_icons(BUILD / "icons")
    if sys.platform == "win32":
        windows_version_info(version, BUILD / "windows-version-info.txt")
    step("PyInstaller (one folder)")
    pyinstaller(icons)
    bundle = DIST / (f"{TITLE}.app" if sys.platform == "darwin" else TITLE)
    print(f"bundle: {bundle} ({megabytes(folder_size(bundle))})")
    if args.smoke_test:
        step("smoke test of the built program")
        smoke_test()
    step("package")
    made = package(name, version, icons)
    print(f"package: {made} ({megabytes(made.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
