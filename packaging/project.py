"""The project's name, version and application id, read where they are written, once for
every packaging script (the PyInstaller spec, build.py, icons.py, linux/make_tarball.py).

The name is pyproject.toml's; the version is the file hatch reads it from (pyproject.toml's
``[tool.hatch.version] path``); the application id is ``APP_ID`` beside it.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@cache
def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _constant(name: str) -> str:
    version_file = ROOT / _pyproject()["tool"]["hatch"]["version"]["path"]
    text = version_file.read_text(encoding="utf-8")
    match = re.search(rf'^{name} = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit(f"{version_file} has no {name}")
    return match[1]


def name() -> str:
    """The distribution's name: the command and the Linux executable ("agencydesk")."""
    return _pyproject()["project"]["name"]


def version() -> str:
    return _constant("__version__")


def app_id() -> str:
    """The reverse-DNS id of the .desktop file, AppStream and the macOS bundle."""
    return _constant("APP_ID")
