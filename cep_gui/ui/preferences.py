"""The Preferences window: General, Feedback and Advanced pages."""

from __future__ import annotations

import asyncio
import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cep_gui import __version__
from cep_gui.core import autostart
from cep_gui.core.secrets import SCCM_PASSWORD, SecretsUnavailable
from cep_gui.ui.controller import AppController
from cep_gui.ui.dialogs import choose_path
from cep_gui.ui.feedback_pane import FeedbackPane
from cep_gui.ui.icons import app_icon
from cep_gui.ui.texts import reason


class GeneralPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        self.autostart = QCheckBox(self.tr("Start the feedback &tray icon when I log in"))
        self.environ = controller.services.environ
        self.autostart.setChecked(autostart.is_enabled(self.environ))
        self.autostart.toggled.connect(self._autostart_toggled)
        layout.addWidget(self.autostart)
        self.autostart_note = QLabel()
        self.autostart_note.setWordWrap(True)
        layout.addWidget(self.autostart_note)
        about = QLabel(
            self.tr(
                "<b>cep-gui %1</b><br>This is the Customer Experience Program client. It collects only the fields listed in the viewer, only while you take part, and keeps a copy of everything it sends."
            ).replace("%1", __version__)
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addStretch(1)
        controller.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        setting = self.controller.state.policy.get("TrayAutostart", mandatory_only=True)
        self.autostart.setEnabled(setting is None)
        if setting is not None:
            self.autostart.setChecked(bool(setting.value))
            self.autostart_note.setText(
                self.tr("Managed by your organization (%1).").replace("%1", setting.source)
            )
        self.autostart_note.setVisible(setting is not None)

    def _autostart_toggled(self, on: bool) -> None:
        if not self.autostart.isEnabled():
            return
        if on:
            autostart.enable(self.environ, autostart.app_command())
        else:
            autostart.disable(self.environ)


class AdvancedPage(QWidget):
    """Where reports go, the proxy, extra VM folders, and (``sccm`` profile only) the site.

    A desktop product never collects from Configuration Manager, so its users are not
    shown an SCCM account and password they could only misread.
    """

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.endpoint = QLabel()
        self.endpoint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.endpoint.setWordWrap(True)
        form.addRow(self.tr("Reports are sent to:"), self.endpoint)
        self.proxy = QLabel()
        form.addRow(self.tr("Proxy:"), self.proxy)

        folders_row = QHBoxLayout()
        self.vm_folders = QLineEdit()
        self.vm_folders.setPlaceholderText(os.pathsep.join(["/srv/vms", "/data/libvirt"]))
        self.vm_folders.setAccessibleName(self.tr("Virtual machines also in"))
        self.vm_folders.setToolTip(
            self.tr(
                "Searched in addition to each hypervisor's usual folders; separate folders with %1"
            ).replace("%1", os.pathsep)
        )
        self.vm_folders.setText(os.pathsep.join(controller.settings().vm_folders))
        self.vm_folders.editingFinished.connect(self._save_vm_folders)
        self.add_vm_folder = QPushButton(self.tr("Add &folder…"))
        self.add_vm_folder.clicked.connect(self._browse_vm_folder)
        folders_row.addWidget(self.vm_folders, 1)
        folders_row.addWidget(self.add_vm_folder)
        folders_label = QLabel(self.tr("&Virtual machines also in:"))
        folders_label.setBuddy(self.vm_folders)
        form.addRow(folders_label, folders_row)

        self.sccm_group = QGroupBox(self.tr("Configuration Manager (SCCM)"))
        sccm = QFormLayout(self.sccm_group)
        self.sccm_url = QLineEdit()
        self.sccm_url.setPlaceholderText("https://provider.example.com/AdminService")
        self.sccm_url.setAccessibleName(self.tr("AdminService URL"))
        self.sccm_url.editingFinished.connect(self._save_sccm)
        sccm.addRow(self.tr("AdminService &URL:"), self.sccm_url)
        self.sccm_account = QLineEdit()
        self.sccm_account.setPlaceholderText("DOMAIN\\account")
        self.sccm_account.setAccessibleName(self.tr("Account"))
        self.sccm_account.editingFinished.connect(self._save_sccm)
        sccm.addRow(self.tr("&Account:"), self.sccm_account)
        password_row = QHBoxLayout()
        self.sccm_password = QLineEdit()
        self.sccm_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sccm_password.setAccessibleName(self.tr("Password"))
        self.save_password = QPushButton(self.tr("Save in &keyring"))
        self.save_password.setAccessibleDescription(
            self.tr("Saves the password in the system keyring")
        )
        self.save_password.clicked.connect(self._save_password)
        password_row.addWidget(self.sccm_password)
        password_row.addWidget(self.save_password)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.sccm_password)  # the mnemonic moves to the field
        sccm.addRow(password_label, password_row)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        sccm.addRow(self.keyring_note)
        ca_row = QHBoxLayout()
        self.sccm_ca_file = QLineEdit()
        self.sccm_ca_file.setPlaceholderText("/etc/ssl/certs/cm01.pem")
        self.sccm_ca_file.setAccessibleName(self.tr("Certificate file"))
        self.sccm_ca_file.editingFinished.connect(self._save_sccm)
        self.browse_ca_file = QPushButton(self.tr("&Browse…"))
        self.browse_ca_file.clicked.connect(self._browse_ca_file)
        ca_row.addWidget(self.sccm_ca_file, 1)
        ca_row.addWidget(self.browse_ca_file)
        ca_label = QLabel(self.tr("&Certificate file:"))
        ca_label.setBuddy(self.sccm_ca_file)
        sccm.addRow(ca_label, ca_row)
        test_row = QHBoxLayout()
        self.test_connection = QPushButton(self.tr("&Test connection"))
        self.test_connection.setAccessibleDescription(
            self.tr("Tests the connection to the SCCM AdminService")
        )
        self.test_connection.clicked.connect(self.start_connection_test)
        test_row.addWidget(self.test_connection)
        test_row.addStretch(1)
        sccm.addRow(test_row)
        self.connection_note = QLabel()
        self.connection_note.setWordWrap(True)
        self.connection_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sccm.addRow(self.connection_note)
        outer.addWidget(self.sccm_group)
        outer.addStretch(1)
        self._connection_test: asyncio.Task[str] | None = None
        controller.changed.connect(self.update_view)
        self.update_view()
        self._load_sccm()

    def update_view(self) -> None:
        state = self.controller.state
        self.endpoint.setText(f"{state.endpoint}\n({state.endpoint_source})")
        proxy = self.controller.services.http.proxy_for(state.endpoint)
        self.proxy.setText(
            _without_password(proxy) if proxy else self.tr("none (direct connection)")
        )
        managed = state.policy.get("SccmAdminServiceUrl")
        if managed is not None:
            self.sccm_url.setText(str(managed.value))
            self.sccm_url.setToolTip(
                self.tr("Managed by your organization (%1).").replace("%1", managed.source)
            )
        self.sccm_url.setReadOnly(managed is not None)
        self.sccm_group.setVisible(state.profile.id == "sccm")

    def _browse_vm_folder(self) -> None:
        chosen = choose_path(self, self.tr("Add a folder with virtual machines"), folder=True)
        if not chosen:
            return
        folders = [f.strip() for f in self.vm_folders.text().split(os.pathsep) if f.strip()]
        if chosen not in folders:
            folders.append(chosen)
        self.vm_folders.setText(os.pathsep.join(folders))
        self._save_vm_folders()

    def _browse_ca_file(self) -> None:
        chosen = choose_path(
            self,
            self.tr("Choose the site's certificate file"),
            folder=False,
            start=self.sccm_ca_file.text(),
            name_filter=self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.sccm_ca_file.setText(chosen)
            self._save_sccm()

    def _save_vm_folders(self) -> None:
        folders = [f.strip() for f in self.vm_folders.text().split(os.pathsep) if f.strip()]
        self.controller.save_settings(vm_folders=tuple(folders))

    def _load_sccm(self) -> None:
        settings = self.controller.settings()
        if self.controller.state.policy.get("SccmAdminServiceUrl") is None:
            self.sccm_url.setText(settings.sccm_url or "")
        self.sccm_account.setText(settings.sccm_account or "")
        self.sccm_ca_file.setText(settings.sccm_ca_file or "")
        # The keyring is not opened here: merely showing Preferences must never make the
        # desktop ask to unlock it. It is used when a password is saved or a test runs.

    def _save_sccm(self) -> None:
        changes: dict[str, str | None] = {
            "sccm_account": self.sccm_account.text().strip() or None,
            "sccm_ca_file": self.sccm_ca_file.text().strip() or None,
        }
        if not self.sccm_url.isReadOnly():
            changes["sccm_url"] = self.sccm_url.text().strip() or None
        self.controller.save_settings(**changes)

    def _save_password(self) -> None:
        try:
            self.controller.services.secrets.save(SCCM_PASSWORD, self.sccm_password.text())
        except SecretsUnavailable:
            self._no_keyring()
            return
        self.sccm_password.clear()
        self.keyring_note.setText(self.tr("The password was saved in the system keyring."))

    def start_connection_test(self) -> None:
        """Sign in and read the site version in the background; the note tells the result."""
        if self._connection_test is None or self._connection_test.done():
            self._testing()
            self._connection_test = asyncio.ensure_future(self.connection_test())

    async def connection_test(self) -> str:
        """The same check as ``cep-gui sccm test``, with what the page shows right now."""
        self._save_sccm()
        self._testing()
        config = self.controller.client.collect_config(self.controller.state)
        try:  # on a worker thread: the network and the keyring never block the window
            from cep_gui.collectors.sccm.collector import check_connection

            result = await asyncio.to_thread(check_connection, config)
        finally:
            self.test_connection.setEnabled(True)
        if result.ok and result.site_version:
            text = self.tr("Connected: the AdminService answered (site version %1).").replace(
                "%1", result.site_version
            )
        elif result.ok:
            text = self.tr("Connected: the AdminService answered.")
        else:
            text = self.tr("The connection failed: %1.").replace("%1", reason(result.message))
        self.connection_note.setText(text)
        return text

    def _testing(self) -> None:
        self.test_connection.setEnabled(False)
        self.connection_note.setText(self.tr("Testing the connection…"))

    def _no_keyring(self) -> None:
        self.save_password.setEnabled(False)
        self.sccm_password.setEnabled(False)
        self.keyring_note.setText(
            self.tr(
                "No system keyring is available, so the password cannot be saved. SCCM data cannot be collected until a keyring is available."
            )
        )


def _without_password(url: str) -> str:
    """Show a proxy without its credentials."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = rest.split("@", 1)[1]
    return scheme + sep + rest


class PreferencesWindow(QMainWindow):
    showCollected = Signal()
    # The Feedback pane's *Review the report…*.
    reviewRequested = Signal()

    #: Big enough for every page in German with a large desktop font (a test checks it).
    DEFAULT_SIZE = (980, 760)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Preferences"))
        self.setWindowIcon(app_icon())
        self.resize(*self.DEFAULT_SIZE)
        central = QWidget()
        row = QHBoxLayout(central)
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Preference pages"))
        self.pages.setSpacing(2)
        self.pages.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.general = GeneralPage(controller)
        self.feedback = FeedbackPane(controller)
        self.feedback.showCollected.connect(self.showCollected.emit)
        self.feedback.reviewRequested.connect(self.reviewRequested.emit)
        self.advanced = AdvancedPage(controller)
        for title, page in (
            (self.tr("General"), self.general),
            (self.tr("Feedback"), self.feedback),
            (self.tr("Advanced"), self.advanced),
        ):
            QListWidgetItem(title, self.pages)
            if page is self.feedback:
                self.stack.addWidget(page)  # scrolls its content and keeps its buttons in view
                continue
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        width = self.pages.sizeHintForColumn(0) + 32
        self.pages.setFixedWidth(max(150, width))
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        row.addWidget(self.pages)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        controller.notice.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.show_page("feedback")

    def show_page(self, name: str) -> None:
        self.pages.setCurrentRow({"general": 0, "feedback": 1, "advanced": 2}[name])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.policy_changed()  # IT may have changed a policy since: a cheap check
