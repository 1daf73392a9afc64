"""One running app per user (and data folder): a second start hands over its command."""

from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000
#: How long a second start waits for the running one to take its command.
ANSWER_TIMEOUT_MS = 10000


def server_name(data_dir: Path, sockets_dir: Path) -> str:
    """A full socket path in the user's private runtime folder (0700), never a name in
    the shared /tmp that another local user could take first to stop the tray starting.
    On Windows a named pipe name (per user and data folder) is used instead."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    if sys.platform == "win32":
        user = hashlib.sha256(getpass.getuser().encode()).hexdigest()[:8]
        return f"cep-gui-{user}-{digest}"
    return str(sockets_dir / f"cep-gui-{digest}.sock")


def _alive(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(TIMEOUT_MS)
    probe.abort()
    return alive


class SingleInstance(QObject):
    commandReceived = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def hand_over(self, command: str) -> bool:
        """Send the command to a running instance; False when none is running."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(command.encode("utf-8") + b"\n")
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        # The running app answers once it has acted on the command.
        answered = socket.waitForReadyRead(ANSWER_TIMEOUT_MS)
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Claim the name; False when another instance holds it (alive but busy)."""
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            if _alive(self.name):
                return False
            # A stale socket left by a crash: nobody is behind it, so take it over.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                return False
        self.server.newConnection.connect(self._accept)
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # what arrived before we were listening for it

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = bytes(connection.readLine().data()).decode("utf-8", errors="replace").strip()
            if line:
                self.commandReceived.emit(line)
                connection.write(b"ok\n")
                connection.flush()
