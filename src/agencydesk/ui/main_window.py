"""The main window: navigation bar, the current area, menus and the status bar.

A window is built for one open database. Opening another database or changing the language
builds a new window (see app.py), so no page ever holds services of a closed database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from agencydesk import __version__
from agencydesk.services.settings import Settings
from agencydesk.services.workspace import Workspace
from agencydesk.ui.areas import Areas
from agencydesk.ui.icons import ThemedIcons
from agencydesk.ui.importing.choices import day_first_for, meeting_choices
from agencydesk.ui.importing.drop import importable_path
from agencydesk.ui.importing.history import ImportHistoryDialog
from agencydesk.ui.importing.state import ImportState
from agencydesk.ui.importing.wizard import ImportWizard
from agencydesk.ui.settings_dialog import SettingsDialog
from agencydesk.ui.templates_dialog import save_template
from agencydesk.ui.toolbar import MainToolBar
from agencydesk.ui.welcome import WelcomePage
from agencydesk.ui.window_menus import build_menus, open_guide
from agencydesk.ui.worker import DbWorker

DB_FILTER = "AgencyDesk (*.sqlite3 *.db);;*"


class Controller(Protocol):
    """What the window asks of the application (implemented in app.py)."""

    def open_database(self, path: Path) -> None: ...
    def open_demo(self) -> None: ...
    def apply_settings(self, settings: Settings) -> None: ...
    def finish_first_run(self) -> None: ...
    def restore_backup(self, backup: Path) -> None: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def log_file(self) -> Path | None: ...


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: Controller,
        workspace: Workspace,
        *,
        show_welcome: bool = False,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.workspace = workspace
        self.database = workspace.database
        self.undo_stack = QUndoStack(self)
        self._db_worker: DbWorker | None = None
        self.setAcceptDrops(True)
        if icon is not None:
            self.setWindowIcon(icon)
        self.icons = ThemedIcons(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setMaximumWidth(190)
        self.nav.setMinimumWidth(140)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.pages = QStackedWidget()

        self.welcome: WelcomePage | None = None
        if show_welcome:
            self.welcome = WelcomePage()
            self.welcome.demo_requested.connect(controller.open_demo)
            self.welcome.empty_requested.connect(self._start_empty)
            self.welcome.open_requested.connect(self.choose_database)
            self.welcome.import_requested.connect(self._import_from_welcome)
            self.welcome.guide_requested.connect(lambda topic: open_guide(self, topic))
            self._add_area(self.welcome, self.tr("Welcome"), "welcome")

        # The areas read the database just after the window's first paint (see paintEvent),
        # and each other area when it is first shown: a large database opens visibly at once.
        self.areas = Areas(workspace, self.undo_stack, self)
        self.home = self.areas.dashboard
        self.actors_area = self.areas.actors
        self._lists_loaded = False
        self._closing_confirmed = False
        self.areas.data_changed.connect(self.refresh_status)
        self.areas.show_requested.connect(self.show_area)
        self._add_area(self.home, self.tr("Home"), "home")
        self._add_area(self.areas.agendas, self.tr("Agendas"), "agendas")
        self._add_area(self.areas.initiatives, self.tr("Initiatives"), "initiatives")
        self._add_area(self.areas.plans, self.tr("Action plans"), "plans")
        self._add_area(self.areas.meetings, self.tr("Meetings"), "meetings")
        self._add_area(self.areas.agreements, self.tr("Agreements"), "agreements")
        self._add_area(self.actors_area, self.tr("Actors"), "actors")

        self.nav.currentRowChanged.connect(self._area_chosen)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1120])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.setCurrentRow(0)

        self.window_actions = build_menus(self, self.icons)
        self.backup_actions = self.window_actions.backups
        self.exchange_actions = self.window_actions.exchange
        self.toolbar = MainToolBar(self.window_actions, self)
        self.addToolBar(self.toolbar)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.backup_actions.status)
        self.refresh_status()
        self.resize(1280, 800)

    # --- building ------------------------------------------------------------------------

    def _add_area(self, page: QWidget, title: str, icon_name: str) -> None:
        item = QListWidgetItem(title)
        self.icons.set(item, icon_name)
        item.setSizeHint(QSize(120, 40))
        self.nav.addItem(item)
        self.pages.addWidget(page)

    # --- page commands (shortcuts go to the area on screen) -------------------------------

    def _area_chosen(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self._lists_loaded:
            self.areas.shown(self.pages.currentWidget())

    def _current_area(self) -> QWidget:
        return self.pages.currentWidget()

    def _call_area(self, method: str) -> None:
        area = self._current_area()
        if hasattr(area, method):
            getattr(area, method)()

    def on_new(self) -> None:
        self._show_actors_if_welcome()
        self._call_area("new_record")

    def on_save(self) -> None:
        self._call_area("save_current")

    def on_find(self) -> None:
        self._show_actors_if_welcome()
        self._call_area("focus_search")

    def on_delete(self) -> None:
        self._call_area("delete_selected")

    def _show_actors_if_welcome(self) -> None:
        if self._current_area() is self.welcome:
            self.show_area(self.actors_area)

    def showing_welcome(self) -> bool:
        return self.welcome is not None and self._current_area() is self.welcome

    def show_area(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    # --- import ---------------------------------------------------------------------------

    @property
    def db_worker(self) -> DbWorker:
        """The window's one database worker thread, started when first needed."""
        if self._db_worker is None:
            self._db_worker = DbWorker(self)
        return self._db_worker

    def open_import(self, path: Path | None = None) -> ImportWizard:
        """The import wizard, on ``path`` when given (dropped, or from the welcome page)."""
        w = self.workspace
        state = ImportState(
            service=w.importing,
            worker=self.db_worker,
            plan_choices=w.plans.plan_choices,
            meeting_choices=lambda: meeting_choices(w.meetings),
            day_first=day_first_for(self.controller.settings.country),
        )
        wizard = ImportWizard(state, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.data_imported)
        wizard.open_requested.connect(self.areas.follow)
        wizard.open()
        if path is not None:
            wizard.start_with(path)
        return wizard

    def open_import_history(self) -> ImportHistoryDialog:
        dialog = ImportHistoryDialog(self.workspace.importing, self.db_worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.data_imported)
        dialog.open()
        return dialog

    def save_template(self) -> None:
        """A partner template (the kind chosen in D's dialog) saved where the user says."""
        save_template(self)

    def _import_from_welcome(self) -> None:
        self.controller.finish_first_run()
        self.open_import()

    def data_imported(self, *_args: object) -> None:
        """An import or an undo wrote many records: every area reads again (the visible one
        now, the others when next shown), and the status bar counts again."""
        self.areas.load_first(self.pages.currentWidget())
        self.refresh_status()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importable_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if importable_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = importable_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Opened once the drop has returned: the drag source must not wait on a dialog.
        QTimer.singleShot(0, lambda: self.open_import(path))

    # --- database and settings ------------------------------------------------------------

    def refresh_status(self) -> None:
        self.path_label.setText(self.tr("Database: %1").replace("%1", self.database.location))
        counts = self.database.counts()
        self.counts_label.setText(
            self.tr("%n organization(s)", "", counts.organizations)
            + " · "
            + self.tr("%n person(s)", "", counts.people)
            + " · "
            + self.tr("%n initiative(s)", "", counts.initiatives)
        )
        office = self.controller.settings.office_name
        parts = ["AgencyDesk", office, self.database.name]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def _start_empty(self) -> None:
        self.controller.finish_first_run()
        self.show_area(self.actors_area)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.database.folder), DB_FILTER
        )
        if path:
            self.controller.open_database(Path(path))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.database.folder / "agencydesk.sqlite3"),
            DB_FILTER,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("%1 already exists. Choose another name, or open it instead.").replace(
                    "%1", str(target)
                ),
            )
            return
        self.controller.open_database(target)

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.controller.settings, self)
        if dialog.exec():
            self.controller.apply_settings(dialog.result_settings())

    def open_log_folder(self) -> None:
        log_file = self.controller.log_file
        if log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AgencyDesk"),
            self.tr(
                "AgencyDesk %1\n\nThe workspace of a productive-development office: actors, "
                "agendas, mesas, action plans and minutes, on this computer."
            ).replace("%1", __version__),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._lists_loaded:
            self._lists_loaded = True
            QTimer.singleShot(0, self._load_first)

    def _load_first(self) -> None:
        self.areas.load_first(self.pages.currentWidget())

    def confirm_close(self) -> bool:
        """Whether this window may close or be replaced (asks about unsaved form edits)."""
        return self.areas.confirm_close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed and not self.confirm_close():
            event.ignore()
            return
        self.undo_stack.clear()
        if self._db_worker is not None:
            self._db_worker.shutdown()  # cancels a running import; nothing half-written stays
        super().closeEvent(event)

    def close_without_asking(self) -> None:
        """Close after the caller has already asked (the window is being replaced)."""
        self._closing_confirmed = True
        self.close()
