"""Settings (supervisor): language and text size, portal address and credentials, the service list and
its update, printers (the page printer remembered, an ESC/POS receipt printer), backup and restore.

Changing the language or font size rebuilds the window at once (the draft brings the form back). A
restore ends the session: the window goes back to the login, because the restored file has its own
accounts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.counter.login import allowed
from kiosk.counter.settings import FONT_MAX, FONT_MIN, PortalProblem
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import LANGUAGES, tr
from kiosk.ui.update_notice import UpdateNotice, start_update_check
from kiosk.ui.widgets import title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


def portal_problem_text(problem: PortalProblem) -> str:
    return {
        PortalProblem.ADDRESS: lambda: tr("Portal address: use {secure} ({plain} only for this computer).").format(
            secure="https://…", plain="http://"),
        PortalProblem.CLIENT_ID: lambda: tr("Client id: 3 to 64 letters, digits, '.', '_' or '-'."),
        PortalProblem.TRAINING_HUB: lambda: tr("This is the training hub: a real portal can be set only on a real hub."),
        PortalProblem.NO_SECRET: lambda: tr("Type the portal secret: none is stored for this client id yet."),
    }[problem]()


class SettingsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.settings = services.settings
        self.language_code = services.language
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Settings")))
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns, 1)
        left.addWidget(self._look())
        left.addWidget(self._portal())
        left.addWidget(self._catalogue())
        left.addStretch(1)
        right.addWidget(self._printers())
        right.addWidget(self._backup())
        right.addWidget(self._info())
        self.message = QLabel("")
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        services.sync.finished.connect(lambda _r: self._show_catalogue())
        self.can_backup = allowed(services.operator, Action.BACKUP_RESTORE)
        for button in (self.backup_button, self.restore_button, self.version_button):
            button.setEnabled(self.can_backup)
            if not self.can_backup:
                button.setToolTip(tr("Only a supervisor can open this."))

    # ------------------------------------------------------------------------------------- sections
    def _look(self) -> QGroupBox:
        box = QGroupBox(tr("Language and text size"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_code)))
        self.language.activated.connect(lambda _i: self._language())
        self.font_size = QSpinBox()
        self.font_size.setRange(max(10, FONT_MIN), min(22, FONT_MAX))
        self.font_size.setValue(self.settings.font_size())
        self.font_size.valueChanged.connect(self._font)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Text size"), self.font_size)
        return box

    def _portal(self) -> QGroupBox:
        box = QGroupBox(tr("Portal"))
        form = QFormLayout(box)
        portal = self.settings.portal()
        self.portal_url = QLineEdit(portal.url)
        self.portal_url.setObjectName("portal_url")
        self.portal_url.setPlaceholderText(tr("Training simulator (bundled)") if portal.training else "https://…")
        self.client_id = QLineEdit(portal.client_id)
        self.client_id.setObjectName("client_id")
        self.secret = QLineEdit()
        self.secret.setObjectName("client_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it")
                                       if portal.secret_stored else tr("Not stored yet"))
        self.portal_button = QPushButton(tr("Save portal settings"))
        self.portal_button.setObjectName("save_portal")
        self.portal_button.clicked.connect(self.save_portal)
        form.addRow(tr("Portal address"), self.portal_url)
        form.addRow(tr("Client id"), self.client_id)
        form.addRow(tr("Secret"), self.secret)
        form.addRow("", self.portal_button)
        return box

    def _catalogue(self) -> QGroupBox:
        box = QGroupBox(tr("Service list"))
        row = QHBoxLayout(box)
        self.catalogue_version = QLabel("")
        self.catalogue_version.setObjectName("catalogue_version")
        self.update_button = QPushButton(tr("Check for update"))
        self.update_button.setObjectName("check_update")
        self.update_button.clicked.connect(self.check_update)
        self.checking = False
        row.addWidget(self.catalogue_version, 1)
        row.addWidget(self.update_button)
        self._show_catalogue()
        return box

    def _printers(self) -> QGroupBox:
        box = QGroupBox(tr("Printers"))
        form = QFormLayout(box)
        self.printer = QComboBox()
        self.printer.setObjectName("printer_choice")
        self.printer.addItem(tr("The system's default printer"), "")
        names = QPrinterInfo.availablePrinterNames()
        for name in names:
            self.printer.addItem(name, name)
        remembered = self.settings.printer()
        if remembered and remembered not in names:  # unplugged today: keep the choice, say so
            self.printer.addItem(tr("{name} (not connected now)").format(name=remembered), remembered)
        self.printer.setCurrentIndex(max(0, self.printer.findData(remembered)))
        self.printer.activated.connect(lambda _i: self.save_printer())
        self.escpos = QLineEdit(self.settings.escpos_uri())
        self.escpos.setObjectName("escpos_uri")
        self.escpos.setPlaceholderText("usb://04b8:0202 · tcp://192.168.1.50:9100")
        escpos_button = QPushButton(tr("Save receipt printer"))
        escpos_button.setObjectName("save_escpos")
        escpos_button.clicked.connect(self.save_escpos)
        form.addRow(tr("Page printer"), self.printer)
        form.addRow(tr("Receipt printer (ESC/POS)"), self.escpos)
        form.addRow("", escpos_button)
        return box

    def _backup(self) -> QGroupBox:
        box = QGroupBox(tr("Backup and restore"))
        col = QVBoxLayout(box)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backup_list")
        self.backup_list.setMaximumHeight(130)
        col.addWidget(self.backup_list)
        row = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.setObjectName("backup")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(tr("Restore the chosen backup"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(lambda: self.restore_chosen())
        self.restoring = False
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        col.addLayout(row)
        self.refresh_backups()
        return box

    def _info(self) -> QGroupBox:
        box = QGroupBox(tr("This kiosk"))
        form = QFormLayout(box)
        hub = self.services.hub.hub()
        hub_label = QLabel(f"{hub.name_mr} / {hub.name_en} ({hub.code})")
        hub_label.setWordWrap(True)
        form.addRow(tr("Hub"), hub_label)
        paths = self.services.paths
        for caption, path in ((tr("Scan folder"), paths.scan_inbox), (tr("Data folder"), paths.home)):
            label = QLabel(str(path))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
        row = QHBoxLayout()
        row.addWidget(QLabel(__version__), 1)
        self.version_button = QPushButton(tr("Check for a new version"))
        self.version_button.setObjectName("check_version")
        self.version_button.clicked.connect(self.check_version)
        row.addWidget(self.version_button)
        form.addRow(tr("Program version"), row)
        self.update_notice = UpdateNotice(box)
        form.addRow(self.update_notice)
        return box

    # -------------------------------------------------------------------------------------- actions
    def check_version(self) -> Any:
        """Ask the portal for a newer signed release and stage it for the technician (never installed here)."""
        self.version_button.setEnabled(False)
        self.message.setText(tr("Asking the portal for a newer version…"))

        def finished() -> None:
            self.version_button.setEnabled(self.can_backup)
            check = self.update_notice.check
            if self.update_notice.isVisible():
                self.message.setText("")
            elif check is not None and not check.available:
                self.message.setText(tr("This is the newest version ({v}).").format(v=check.current))
            else:
                self.message.setText(tr("The portal could not be asked now; try again after a sync."))

        paths = self.services.paths
        return start_update_check(self.update_notice, self.services.sync.client_factory, paths.assets,
                                  paths.home / "updates", then=finished)

    def _language(self) -> None:
        window = self.window()
        if hasattr(window, "language_requested"):
            window.language_requested.emit(self.language.currentData())

    def _font(self, size: int) -> None:
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.theme import apply_theme

        self.settings.save_font_size(size)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, size)

    def save_portal(self) -> None:
        url, client, secret = self.portal_url.text(), self.client_id.text(), self.secret.text()
        found = self.settings.portal_problems(url, client, secret)
        if found:
            self.message.setText(" ".join(portal_problem_text(p) for p in found))
            return
        try:
            self.settings.save_portal(url, client, secret)
        except Exception as exc:  # noqa: BLE001 - SecretStoreUnavailable and friends as their sentence
            self.message.setText(sentence(exc, self.language_code))
            return
        self.secret.clear()
        self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it"))
        self.message.setText(tr("Portal settings saved; the secret is in the keyring."))

    def _show_catalogue(self) -> None:
        try:
            version = self.settings.catalogue_version()
        except Exception as exc:  # noqa: BLE001
            version = sentence(exc, self.language_code)
        self.catalogue_version.setText(tr("Version in use: {v}").format(v=version))

    def check_update(self) -> None:
        """Ask the portal for a newer service list only (the queue and statuses are the sync's business)."""
        if self.checking:
            self.message.setText(tr("Already asking the portal…"))
            return
        settings, factory = self.settings, self.services.sync.client_factory
        self.checking = True
        self.update_button.setEnabled(False)
        self.message.setText(tr("Asking the portal for a newer service list…"))

        def work() -> str | None:
            client = factory()
            try:
                return settings.pull_catalogue(client)
            finally:
                close = getattr(client, "close", None)  # the portal client's connection pool
                if close is not None:
                    close()

        def done(version: str | None) -> None:
            self._checked()
            self._show_catalogue()
            self.message.setText(tr("New service list installed: version {v}.").format(v=version) if version
                                 else tr("The service list is already the newest."))

        def failed(exc: BaseException) -> None:
            self._checked()
            self.message.setText(sentence(exc, self.language_code))

        run_in_background(work, done, failed)

    def _checked(self) -> None:
        self.checking = False
        self.update_button.setEnabled(True)

    def save_printer(self) -> None:
        self.settings.save_printer(str(self.printer.currentData() or ""))
        self.message.setText(tr("Printer choice saved."))

    def save_escpos(self) -> None:
        uri = self.escpos.text().strip()
        try:
            self.settings.save_escpos_uri(uri)
        except Exception as exc:  # noqa: BLE001 - bad_printer_uri as its sentence
            self.message.setText(sentence(exc, self.language_code))
            return
        self.message.setText(tr("Receipt printer saved.") if uri else tr("Receipt printer removed."))

    def refresh_backups(self) -> None:
        self.backup_list.clear()
        for row in self.settings.backups():
            item = QListWidgetItem(row.label)
            item.setData(Qt.ItemDataRole.UserRole, str(row.path))
            self.backup_list.addItem(item)
        if not self.backup_list.count():
            self.backup_list.addItem(tr("No backups yet."))
        else:
            self.backup_list.setCurrentRow(0)

    def backup(self) -> None:
        settings, actor = self.settings, self.services.operator.username

        def done(path: Path) -> None:
            self.message.setText(tr("Backup saved: {path}").format(path=path))
            self.refresh_backups()

        run_in_background(lambda: settings.back_up(actor), done, self.services.show_error)

    def restore_chosen(self, confirm: bool = True) -> None:
        item = self.backup_list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            self.message.setText(tr("Choose a backup first."))
            return
        if self.services.sync.running:
            self.message.setText(tr("Wait for the sync to finish, then restore."))
            return
        if confirm and QMessageBox.question(
                self, tr("Restore the chosen backup"),
                tr("Everything saved after this backup is replaced (the current file is kept aside). "
                   "Everyone signs in again. Restore?")) != QMessageBox.StandardButton.Yes:
            return
        # Checking the backup (integrity_check over the whole file: seconds on a large hub) runs on the pool;
        # only the swap itself runs on the GUI thread, where no timer or screen can reopen the store half-way.
        backup = Path(chosen)
        self.restoring = True
        self.restore_button.setEnabled(False)
        self.message.setText(tr("Checking the backup…"))

        def swap(_ok: object) -> None:
            from PySide6.QtWidgets import QApplication

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.settings.restore(backup, self.services.operator.username, verified=True)
            except Exception as exc:  # noqa: BLE001 - BackupError as its sentence; the live data is untouched
                refused(exc)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.restoring = False
            self.restore_button.setEnabled(True)
            window = self.window()
            if hasattr(window, "lock_requested"):
                window.lock_requested.emit()

        def refused(exc: BaseException) -> None:
            self.restoring = False
            self.restore_button.setEnabled(True)
            self.message.setText(sentence(exc, self.language_code))

        settings = self.settings
        run_in_background(lambda: settings.verify_for_restore(backup), swap, refused)
