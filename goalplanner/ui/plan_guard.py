"""One window per plan file, across processes: a second goalplanner on the same file hands over.

The window that has a plan open listens on a local socket (QLocalServer) named after the file
and the user. Before opening a plan, a window asks that socket: if someone answers, the plan is
already open there; that window is asked to come to the front and this one leaves the file alone,
so two windows never write the same file behind each other's back.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("goalplanner")
ANSWER_MS = 500  # a running goalplanner answers at once; a stale socket does not answer at all
DECIDE_MS = 5000  # the longest one goalplanner waits for another to finish opening the same plan
SHOW = b"show\n"


def server_name(path: Path) -> str:
    """The socket name for a plan file: the same for every window of this user on this file."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{Path(path).expanduser().resolve()}"
    return "goalplanner-" + hashlib.sha256(key.encode()).hexdigest()[:24]


class PlanGuard(QObject):
    """Holds the open plan for this window; says when another window already holds one."""

    show_requested = Signal()  # another goalplanner wanted the plan this window has open

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.path: Path | None = None

    @staticmethod
    @contextlib.contextmanager
    def deciding(path: Path) -> Iterator[None]:
        """Hold a lock file for ``path`` while a window checks, opens and claims it."""
        lock = QLockFile(str(Path(QDir.tempPath()) / f"{server_name(path)}.lock"))
        lock.setStaleLockTime(30_000)  # a lock left by a killed goalplanner is taken over after 30 s
        locked = lock.tryLock(DECIDE_MS)
        try:
            yield
        finally:
            if locked:
                lock.unlock()

    @staticmethod
    def held_elsewhere(path: Path) -> bool:
        """True when another goalplanner has ``path`` open; it is asked to show its window."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(path))
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(SHOW)
        socket.waitForBytesWritten(ANSWER_MS)
        socket.disconnectFromServer()
        return True

    def hold(self, path: Path) -> None:
        """Hold ``path`` for this window (letting go of the plan held before)."""
        self.adopt(self.claim(path), path)

    def claim(self, path: Path) -> QLocalServer | None:
        """Answer for ``path`` as well as for the plan held now, while ``path`` is being opened on a worker:
        another goalplanner asking meanwhile hears that it is taken. ``adopt`` the claim once the plan
        is open, ``drop`` it when it is not. None when the socket cannot be made (the plan still opens;
        only the hand-over is lost)."""
        name = server_name(path)
        QLocalServer.removeServer(name)  # a socket left behind by a goalplanner that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("Cannot listen on %s: %s", name, server.errorString())
            server.deleteLater()
            return None
        server.newConnection.connect(lambda: self._asked(server))
        return server

    def adopt(self, claim: QLocalServer | None, path: Path) -> None:
        """Hold ``path`` by its ``claim`` from now on, letting go of the plan held before."""
        self.release()
        if claim is not None:
            self.server, self.path = claim, Path(path)

    @staticmethod
    def drop(claim: QLocalServer | None) -> None:
        """Let go of a claim whose plan did not open (or was superseded)."""
        if claim is not None:
            claim.close()
            claim.deleteLater()

    def release(self) -> None:
        """Let go of the held plan (the window closes it, or opens another)."""
        self.drop(self.server)
        self.server, self.path = None, None

    def _asked(self, server: QLocalServer) -> None:
        while server.isListening() and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll()).startswith(SHOW.strip()):
            self.show_requested.emit()
