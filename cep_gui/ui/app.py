"""Start the desktop app: display check, translations, single instance, qasync loop."""

from __future__ import annotations

import asyncio
import os
import sys

from cep_gui.core.services import Services

EXIT_NO_DISPLAY = 2


def display_problem() -> str | None:
    """Why no window can be shown, in one line; None when a display is there."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "cep-gui: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "use `cep-gui collect`, `status` or `send-now` on machines without a desktop"
    )


def run(command: str, services: Services) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6
    import qasync
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from cep_gui.child_builder import ChildProcessBuilder
    from cep_gui.core import autostart
    from cep_gui.ui.controller import AppController
    from cep_gui.ui.i18n import install_translator
    from cep_gui.ui.icons import app_icon
    from cep_gui.ui.shell import Shell
    from cep_gui.ui.single_instance import SingleInstance, server_name
    from cep_gui.ui.style import install_focus_style
    from cep_gui.ui.workers import IdleExitPool

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cep-gui")
    app.setDesktopFileName("cep-gui")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    install_focus_style(app)
    install_translator(app)
    app.setApplicationDisplayName(
        QCoreApplication.translate("Status", "Customer Experience Program")
    )

    instance = SingleInstance(server_name(services.data_dir, services.sockets_dir))
    if instance.hand_over(command):
        return 0
    # Claim the name at once, so a second start in the next moment hands over to us;
    # its command waits in the socket until the event loop runs, after start().
    if not instance.listen():
        print(
            "cep-gui: another cep-gui is running for this user but does not respond; "
            "quit it (or end its process) and try again",
            file=sys.stderr,
        )
        return 1

    loop = qasync.QEventLoop(app)
    loop.set_default_executor(IdleExitPool())
    asyncio.set_event_loop(loop)
    # Reports are built in a child process: the tray never keeps the collectors' memory.
    builder = ChildProcessBuilder(autostart.app_command(), services.environ or None)
    controller = AppController(services, builder)
    shell = Shell(controller)
    shell.start(command)
    instance.commandReceived.connect(shell.handle)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        loop.run_until_complete(closing.wait())
    return 0
