"""The floor for the tray: a bare QApplication with one QSystemTrayIcon and its menu.

It answers ``ping`` on the same kind of local socket as cep-gui's single instance, once
its event loop runs, so the benchmark measures "ready" the same way for both.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    icon = QSystemTrayIcon(QIcon.fromTheme("dialog-information"))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    icon.setContextMenu(menu)
    icon.show()
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    server.listen(sys.argv[1])

    def answer() -> None:
        while (connection := server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: reply(c))

    def reply(connection: QLocalSocket) -> None:
        if connection.canReadLine():
            connection.readLine()
            connection.write(b"ok\n")
            connection.flush()

    server.newConnection.connect(answer)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
