"""Re-extract the visible strings into translations/*.ts, then build the .qm files.

    python tools/translations.py          # lupdate + lrelease (after changing UI strings)
    python tools/translations.py --check  # exit 1 if a string is new or unfinished

Translators open translations/agencydesk_<lang>.ts in Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "agencydesk"
TS_DIR = ROOT / "translations"
QM_DIR = SOURCES / "resources" / "i18n"
LANGUAGES = ("es", "pt_BR")
# English is the source language; its catalogue holds only the plural forms ("1 person").
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def lupdate(ts_files: list[Path], *, plural_only: bool = False) -> None:
    options = ["-silent", "-extensions", "py", "-no-obsolete", "-locations", "none"]
    if plural_only:
        options.append("-pluralonly")
    subprocess.run(
        [tool("lupdate"), *options, str(SOURCES), "-ts", *map(str, ts_files)], check=True
    )


def lrelease() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES + PLURAL_ONLY:
        ts = TS_DIR / f"agencydesk_{lang}.ts"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(QM_DIR / f"agencydesk_{lang}.qm")],
            check=True,
        )


def untranslated(ts_file: Path) -> list[str]:
    """Source texts of messages that are unfinished or have an empty translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            missing.append(source)
    return missing


def check() -> dict[str, list[str]]:
    """Re-extract into copies of the committed files; return what is not translated."""
    problems = {}
    with tempfile.TemporaryDirectory() as tmp:
        copies, plural_copies = [], []
        for lang in LANGUAGES + PLURAL_ONLY:
            copy = Path(tmp) / f"agencydesk_{lang}.ts"
            shutil.copy(TS_DIR / f"agencydesk_{lang}.ts", copy)
            (plural_copies if lang in PLURAL_ONLY else copies).append(copy)
        lupdate(copies)
        lupdate(plural_copies, plural_only=True)
        for copy in copies + plural_copies:
            if missing := untranslated(copy):
                problems[copy.name] = missing
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for name, missing in problems.items():
            print(f"{name}: {len(missing)} untranslated: " + "; ".join(missing[:20]))
        return 1 if problems else 0
    lupdate([TS_DIR / f"agencydesk_{lang}.ts" for lang in LANGUAGES])
    lupdate([TS_DIR / f"agencydesk_{lang}.ts" for lang in PLURAL_ONLY], plural_only=True)
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
