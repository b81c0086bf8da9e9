"""The Linux package: a .tar.gz that installs without root and without internet.

    python packaging/linux/make_tarball.py BUNDLE_DIR ICONS_DIR OUT.tar.gz

(packaging/build.py calls it with PyInstaller's dist/AgencyDesk and packaging/icons.py's
output.) The archive holds one folder, ``agencydesk-<version>-linux-<machine>/``, with the
program (``AgencyDesk/``), the freedesktop files under ``share/`` (menu entry, AppStream
metainfo, the exchange file's MIME type, hicolor icons) and ``install.sh`` / ``uninstall.sh``.
An AppImage would need appimagetool and its runtime, fetched from the network at build time;
a tarball is built from what is on the machine.
"""

from __future__ import annotations

import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import project  # noqa: E402 - packaging/project.py

APP_ID = project.app_id()


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Files keep their mode; owner names are dropped so that unpacking as anyone works.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(bundle: Path, icons: Path, out: Path) -> Path:
    top = out.name.removesuffix(".tar.gz")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / top
        shutil.copytree(bundle, root / "AgencyDesk", symlinks=True)
        share = root / "share"
        (share / "applications").mkdir(parents=True)
        (share / "metainfo").mkdir()
        (share / "mime" / "packages").mkdir(parents=True)
        shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications")
        shutil.copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
        shutil.copy(HERE / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
        shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
        for script in ("install.sh", "uninstall.sh", "LEEME.txt"):
            shutil.copy2(HERE / script, root / script)
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            archive.add(root, arcname=top, filter=_anonymous)
        partial.replace(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: make_tarball.py BUNDLE_DIR ICONS_DIR OUT.tar.gz")
    print(make_tarball(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
