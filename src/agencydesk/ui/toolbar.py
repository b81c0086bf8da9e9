"""The main window's toolbar: the everyday commands one click away.

Its buttons are the menus' own QActions (``WindowActions``), so they share the shortcut, the
enabled state (Undo greys out when there is nothing to undo) and the icon. Each tooltip says
the command and its key, so the toolbar also teaches the shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from agencydesk.ui.window_menus import WindowActions

ICON_SIZE = 24


class MainToolBar(QToolBar):
    def __init__(self, actions: WindowActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-toolbar")  # the name QMainWindow.saveState would use
        self.setWindowTitle(self.tr("Main toolbar"))
        # Fixed in place: a toolbar dragged off by accident is hard to get back.
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        a = actions
        groups = [
            [a.undo, a.redo],
            [a.new, a.save, a.delete, a.find],
            [a.import_],
            [a.back_up],
            [a.guide],
        ]
        for number, group in enumerate(groups):
            if number:
                self.addSeparator()
            for action in group:
                self.addAction(action)
                _explain(action)
                # Undo's text names what it would undo ("Undo Create organization …").
                action.changed.connect(lambda action=action: _explain(action))


def tooltip(action: QAction) -> str:
    """ "Undo Create organization “X” (Ctrl+Z)": the menu text without its mnemonic or
    trailing ellipsis, and the first shortcut as this platform writes it."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.removesuffix("…").removesuffix("...").strip()
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({key})" if key else text


def _explain(action: QAction) -> None:
    # setToolTip emits ``changed`` again only when the text differs: no endless loop.
    action.setToolTip(tooltip(action))
