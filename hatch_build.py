"""Build hook: compile translations/*.ts into the package's .qm files with Qt's lrelease.

The .qm files are build output and are not committed; the .ts files are the source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    try:
        import PySide6  # noqa: PLC0415 - only present in the build environment

        base = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (base / name).exists():
                return [str(base / name)]
    except ImportError:
        pass
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class TranslationsHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        out = root / "src" / "agencydesk" / "resources" / "i18n"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted((root / "translations").glob("*.ts")):
            qm = out / (ts.stem + ".qm")
            subprocess.run([*find_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
