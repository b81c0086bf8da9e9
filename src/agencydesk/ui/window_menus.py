"""The main window's menus, and the actions its toolbar shows too.

The toolbar and the menus share one QAction per command, so a command has one shortcut, one
enabled state and one icon wherever it appears. The texts keep the "MainWindow" translation
context they had when this code lived in main_window.py, so their translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from agencydesk.ui.backups.actions import BackupActions
from agencydesk.ui.exchange import ExchangeActions
from agencydesk.ui.icons import ThemedIcons

if TYPE_CHECKING:
    from agencydesk.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class WindowActions:
    """The commands the toolbar shows, the same objects as in the menus."""

    undo: QAction
    redo: QAction
    new: QAction
    save: QAction
    delete: QAction
    find: QAction
    import_: QAction
    back_up: QAction
    guide: QAction
    backups: BackupActions
    """File › Back up now… and Restore…, and the status bar's "Last backup"."""
    exchange: ExchangeActions
    """File › Exchange with another office (an exchange file double-clicked comes here)."""


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | Key | list[QKeySequence] | None = None,
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(shortcut)
    # Without the wrapper ``triggered``'s "checked" would arrive as the slot's first argument.
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow, icons: ThemedIcons) -> WindowActions:
    """Fill ``window``'s menu bar (File, Edit, Help) and give the toolbar's actions their
    icons."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(
        _action(
            window, QCoreApplication.translate("MainWindow", "&New database…"), window.new_database
        )
    )
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Open database…"),
            window.choose_database,
            Key.Open,
        )
    )
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Open the &demo data"),
            window.controller.open_demo,
        )
    )
    file_menu.addSeparator()
    import_ = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import…"),
        window.open_import,
        QKeySequence("Ctrl+I"),
    )
    file_menu.addAction(import_)
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Import &history…"),
            window.open_import_history,
        )
    )
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Download a &template…"),
            window.save_template,
        )
    )
    exchange = ExchangeActions(window, window.data_imported)
    file_menu.addMenu(exchange.menu)
    file_menu.addSeparator()
    backups = BackupActions(window, window.workspace.backups, file_menu, window.controller)
    file_menu.addSeparator()
    file_menu.addAction(
        _action(
            window, QCoreApplication.translate("MainWindow", "&Settings…"), window.edit_settings
        )
    )
    file_menu.addSeparator()
    # The platform's own Quit key is empty on Windows and some Linux desktops: Ctrl+Q too.
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Quit"),
            window.close,
            [QKeySequence("Ctrl+Q"), QKeySequence(Key.Quit)],
        )
    )

    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcut(Key.Undo)
    redo = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    # Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) too.
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(Key.Redo)])
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    new = _action(window, QCoreApplication.translate("MainWindow", "&New"), window.on_new, Key.New)
    save = _action(
        window, QCoreApplication.translate("MainWindow", "&Save"), window.on_save, Key.Save
    )
    find = _action(
        window, QCoreApplication.translate("MainWindow", "&Find"), window.on_find, Key.Find
    )
    delete = _action(
        window, QCoreApplication.translate("MainWindow", "&Delete"), window.on_delete, Key.Delete
    )
    for action in (new, save, find, delete):
        edit.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = _action(
        window,
        QCoreApplication.translate("MainWindow", "User &guide"),
        lambda: open_guide(window),
        QKeySequence("F1"),
    )
    help_menu.addAction(guide)
    help_menu.addSeparator()
    help_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Open the &log folder"),
            window.open_log_folder,
        )
    )
    help_menu.addAction(
        _action(window, QCoreApplication.translate("MainWindow", "&About AgencyDesk"), window.about)
    )

    actions = WindowActions(
        undo=undo,
        redo=redo,
        new=new,
        save=save,
        delete=delete,
        find=find,
        import_=import_,
        back_up=backups.back_up_action,
        guide=guide,
        backups=backups,
        exchange=exchange,
    )
    for action, name in (
        (undo, "undo"),
        (redo, "redo"),
        (new, "new"),
        (save, "save"),
        (delete, "delete"),
        (find, "find"),
        (import_, "import"),
        (actions.back_up, "backup"),
        (guide, "guide"),
    ):
        icons.set(action, name)
    return actions


def open_guide(window: MainWindow, topic: str | None = None) -> None:
    """The user guide (at ``topic``) in the language the program speaks."""
    # Imported when first asked for: the guide's window and pages are not needed to start.
    from agencydesk.ui.guide import show_guide

    show_guide(window, window.controller.settings.language, topic)
