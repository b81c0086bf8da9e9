"""The application icon in the sizes and containers Linux, Windows and macOS read."""

from __future__ import annotations

import struct
from pathlib import Path

from packaging_support import load
from PySide6.QtGui import QImage

from agencydesk import APP_ID


def test_every_form_of_the_icon_is_made(tmp_path: Path, qapp) -> None:
    icons = load("icons.py")
    out = icons.make_icons(tmp_path)
    for size in icons.HICOLOR_SIZES:
        image = QImage(str(out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not empty

    ico = (out / "agencydesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == sorted(icons.ICO_SIZES)

    icns = (out / "agencydesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kinds.append(icns[position : position + 4])
        position += struct.unpack_from(">I", icns, position + 4)[0]
    assert position == len(icns)
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]
