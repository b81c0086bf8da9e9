"""A second launch on the same database brings the first window forward.

Every database file this process has open is held with a lock file (``services.instance``)
and served by a ``QLocalServer`` whose name is derived from the file's path. A second
AgencyDesk started on the same file finds the lock taken, connects to that server and asks it
to come forward; the first raises its main window and answers, and the second exits 0. When
nobody answers (the other AgencyDesk runs on another computer, under another user, or is
frozen), the second says where the database is open and since when, and does not open it:
there is never a second writer.
"""

from __future__ import annotations

import hashlib
import logging
import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from agencydesk.domain.errors import UserError
from agencydesk.services import instance
from agencydesk.services.database import Database
from agencydesk.services.instance import DatabaseInUse, InstanceLock
from agencydesk.ui.i18n import Translations
from agencydesk.ui.messages import user_error_text

log = logging.getLogger(__name__)

SERVER_PREFIX = "agencydesk-"
CONNECT_MS = 1000
# A window busy for a moment (a long list being sorted) still answers within this.
ANSWER_MS = 4000
REQUEST = b"activate\n"
# Sent before REQUEST when the second launch was given an exchange file to open (a double
# click on a ".agencydesk" file while AgencyDesk is already open): the first one opens it.
OPEN_EXCHANGE = b"open-exchange "
ANSWER = b"ok\n"
LONGEST_REQUEST = 8192  # a long path and the request; anything longer is not one of ours


def server_name(database: Path) -> str:
    """The local server's name for a database file: the same for every path to the file."""
    where = os.path.normcase(str(Path(database).resolve()))
    return SERVER_PREFIX + hashlib.sha256(where.encode("utf-8")).hexdigest()[:24]


def ask_to_come_forward(database: Path, exchange_file: Path | None = None) -> bool:
    """Ask the AgencyDesk serving ``database`` on this computer to raise its window (and to
    open ``exchange_file``); True when it answered. Blocking (at most about five seconds): the
    asker has no window yet."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    if exchange_file is not None:
        socket.write(OPEN_EXCHANGE + os.fsencode(exchange_file.resolve()) + b"\n")
    socket.write(REQUEST)
    socket.waitForBytesWritten(CONNECT_MS)
    received = b""
    while ANSWER not in received and socket.waitForReadyRead(ANSWER_MS):
        received += bytes(socket.readAll().data())
    received += bytes(socket.readAll().data())
    socket.abort()
    return ANSWER in received


def _is_file(where: Path | str) -> bool:
    return not (isinstance(where, str) and "://" in where)


class SingleInstance(QObject):
    """The local servers of the databases this process holds; one per application
    (``SingleInstance.of(app)``)."""

    activated = Signal()  # a second launch asked this process to come forward
    exchange_file_received = Signal(Path)  # ... and to open this exchange file
    OBJECT_NAME = "agencydesk-single-instance"

    @classmethod
    def of(cls, app: QCoreApplication) -> SingleInstance:
        found = app.findChild(cls, cls.OBJECT_NAME)
        return found if isinstance(found, cls) else cls(app)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self._servers: dict[str, tuple[QLocalServer, InstanceLock]] = {}
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(instance.HEARTBEAT_S * 1000)
        self._heartbeat.timeout.connect(self.refresh)

    # --- opening ----------------------------------------------------------------------------

    def open_database(self, where: Path | str, backups_dir: Path | None) -> Database:
        """Open and hold a database. Raises ``UserError``: ``db_open_in_other_window`` when
        another AgencyDesk here has it open (its window came forward), ``db_open_here`` /
        ``db_open_elsewhere`` when the holder does not answer, or the opening's own errors."""
        try:
            database = instance.open_locked(where, backups_dir)
        except DatabaseInUse as exc:
            if exc.holder.on_this_host and ask_to_come_forward(Path(where)):
                raise UserError("db_open_in_other_window", path=str(where)) from exc
            raise
        lock = getattr(database, "lock", None)
        if isinstance(lock, InstanceLock):
            self._serve(lock)
        return database

    def bring_forward(self, where: Path | str, exchange_file: Path | None = None) -> bool:
        """True when another AgencyDesk on this computer has ``where`` open and came forward
        (and was handed ``exchange_file`` to open)."""
        if not _is_file(where) or instance.held_here(Path(where)) is not None:
            return False
        return ask_to_come_forward(Path(where), exchange_file)

    def check_free(self, where: Path | str) -> None:
        """Raise as ``open_database`` would when another AgencyDesk holds ``where`` (before
        replacing the file, as the demo does)."""
        if not _is_file(where) or instance.held_here(Path(where)) is not None:
            return
        found = instance.holder(Path(where))
        if found is None:
            return
        if found.on_this_host and ask_to_come_forward(Path(where)):
            raise UserError("db_open_in_other_window", path=str(where))
        raise DatabaseInUse(Path(where), found)

    def start_check(
        self, where: Path | str, language: str, exchange_file: Path | None = None
    ) -> int | None:
        """At start-up, before anything opens ``where``: the exit code when this launch is not
        to open it (0: the AgencyDesk that has it came forward, and took ``exchange_file``; 1:
        it is open elsewhere and the user was told where), None to go on."""
        if not _is_file(where):
            return None
        if self.bring_forward(where, exchange_file):
            log.info("%s is open in another AgencyDesk here: brought it forward", where)
            return 0
        found = instance.holder(Path(where))
        if found is None:
            return None
        error = DatabaseInUse(Path(where), found)
        log.info("not opening %s: %r", where, error)
        app = QCoreApplication.instance()
        translations = Translations(app) if app is not None else None
        locale = QLocale()
        if translations is not None:
            translations.apply(language)
        try:
            QMessageBox.critical(None, "AgencyDesk", user_error_text(error))
        finally:
            if translations is not None:
                translations.clear()
            QLocale.setDefault(locale)
        return 1

    # --- serving ----------------------------------------------------------------------------

    def _serve(self, lock: InstanceLock) -> None:
        if lock.key in self._servers:
            return
        name = server_name(lock.database)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # Left by a run that crashed: this process holds the lock, so it is nobody's.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("no local server for %s: %s", lock.database, server.errorString())
                server.deleteLater()
                return
        server.newConnection.connect(partial(self._accept, server))
        self._servers[lock.key] = (server, lock)
        lock.on_release.append(partial(self._stop, lock.key))
        if not self._heartbeat.isActive():
            self._heartbeat.start()

    def _stop(self, key: str) -> None:
        served = self._servers.pop(key, None)
        if served is not None:
            served[0].close()
            served[0].deleteLater()
        if not self._servers:
            self._heartbeat.stop()

    def refresh(self) -> None:
        for _server, lock in self._servers.values():
            lock.refresh()

    def _accept(self, server: QLocalServer) -> None:
        while (connection := server.nextPendingConnection()) is not None:
            received = bytearray()
            connection.readyRead.connect(partial(self._read, connection, received))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection, received)

    def _read(self, connection: QLocalSocket, received: bytearray) -> None:
        received += bytes(connection.readAll().data())
        if REQUEST not in received:
            if len(received) > LONGEST_REQUEST:  # not one of ours
                connection.abort()
            return
        lines = bytes(received).split(b"\n")
        received.clear()
        self.bring_to_front()
        for line in lines:
            if line.startswith(OPEN_EXCHANGE):
                path = os.fsdecode(line[len(OPEN_EXCHANGE) :])
                self.exchange_file_received.emit(Path(path))
        connection.write(ANSWER)
        connection.flush()
        connection.disconnectFromServer()

    def bring_to_front(self) -> None:
        """Raise and activate the main window (un-minimised); the window manager may only
        flash it in the task bar, which ``alert`` asks for as well."""
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QMainWindow) or not widget.isVisible():
                continue
            if not widget.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose):
                continue  # a side window (the user guide): the program's window comes forward
            state = widget.windowState() & ~Qt.WindowState.WindowMinimized
            widget.setWindowState(state | Qt.WindowState.WindowActive)
            widget.raise_()
            widget.activateWindow()
            QApplication.alert(widget)
        self.activated.emit()


def open_database(where: Path | str, backups_dir: Path | None) -> Database:
    """``services.database.open_database`` for the program's windows: the database is held
    (one writer) and a second launch on it brings this process's window forward."""
    app = QCoreApplication.instance()
    if app is None:
        return instance.open_locked(where, backups_dir)
    return SingleInstance.of(app).open_database(where, backups_dir)
