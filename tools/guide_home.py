"""The files of the program the guide's pictures are taken from, as a user would see them.

The pictures are taken offscreen on a developer's machine, with the program's data in a
temporary folder (``AGENCYDESK_HOME``), but the guide is read on users' laptops, most of them
Windows. Where a picture names one of the temporary folder's files (the status bar's database,
the file chosen in the import wizard, the damaged-database window), it shows the place that
file has on a user's Windows machine instead:

- the program's data, settings and logs: where ``paths.resolve`` puts them by default there
  (platformdirs' user data folder, not roaming): ``C:\\Users\\Ana\\AppData\\Local\\AgencyDesk``;
- anything else in the folder (the spreadsheet a user imports): their Documents folder.

Only what is drawn changes: each text is swapped for the grab and put back at once, so the
program goes on reading its real paths.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

USER_HOME = PureWindowsPath(r"C:\Users\Ana")
DATA_FOLDER = USER_HOME / "AppData" / "Local" / "AgencyDesk"
# Where each folder of an AGENCYDESK_HOME (paths.resolve) lives in a default Windows install.
PLACES = {"data": DATA_FOLDER, "config": DATA_FOLDER, "logs": DATA_FOLDER / "Logs"}
DOCUMENTS = USER_HOME / "Documents"


def shown_paths(folder: Path) -> dict[str, str]:
    """Each file and folder under ``folder`` (as the program writes its path) and the path a
    user's machine would show for it; longest first, so a file goes before its folder."""
    table = {str(folder): str(DOCUMENTS), str(folder.resolve()): str(DOCUMENTS)}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            relative = path.relative_to(folder)
            place = PLACES.get(relative.parts[0])
            shown = place.joinpath(*relative.parts[1:]) if place else DOCUMENTS / relative
            for written in {str(path), str(path.resolve())}:
                table[written] = str(shown)
    return dict(sorted(table.items(), key=lambda item: -len(item[0])))


def _user_text(text: str, table: dict[str, str]) -> str:
    for real, shown in table.items():
        if real in text:
            # A name after a folder's path is a file gone since (a database moved aside).
            pattern = re.escape(real) + r"((?:/[\w.\-]+)*)"
            text = re.sub(pattern, lambda m, s=shown: s + m.group(1).replace("/", "\\"), text)
    return text


@contextmanager
def user_paths_shown(folder: Path) -> Iterator[None]:
    """While active, every ``QWidget.grab`` draws the user's paths for ``folder``'s files."""
    grab = QWidget.grab

    def grab_with_user_paths(widget: QWidget, *args: object) -> QPixmap:
        table = shown_paths(folder)
        swapped = []
        for kind in (QLabel, QLineEdit, QAbstractButton):
            for shown in [widget, *widget.findChildren(kind)]:
                if not isinstance(shown, kind):
                    continue
                text = shown.text()
                user = _user_text(text, table)
                if user != text:
                    swapped.append((shown, text))
                    with QSignalBlocker(shown):  # the wizard reads a typed path: not this one
                        shown.setText(user)
        # A longer path may wrap to one more line: a window grows to hold it in the picture
        # (at least as wide as its layout needs, where the layout's line count holds).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        size = widget.size()
        layout = widget.layout()
        if swapped and widget.isWindow() and layout is not None and layout.hasHeightForWidth():
            width = max(size.width(), layout.totalMinimumSize().width())
            widget.resize(width, max(size.height(), layout.totalHeightForWidth(width)))
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        try:
            return grab(widget, *args)
        finally:
            for shown, text in swapped:
                with QSignalBlocker(shown):
                    shown.setText(text)
            widget.resize(size)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    QWidget.grab = grab_with_user_paths
    try:
        yield
    finally:
        QWidget.grab = grab


def flip_middle_page(path: Path, page: int = 4096) -> None:
    """Damage the file as a failing disk would: invert every byte of its middle page."""
    data = bytearray(path.read_bytes())
    start = (len(data) // page // 2) * page
    for i in range(start, start + page):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
