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
from kiosk.security.roles import Action
from kiosk.store.hub import set_setting
from kiosk.ui.auth import allowed
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import LANGUAGES, tr
from kiosk.ui.settings_logic import (
    ESCPOS_SETTING,
    PRINTER_SETTING,
    backups,
    check_escpos_uri,
    has_secret,
    is_loopback,
    portal_problems,
    restore,
    save_portal,
)
from kiosk.ui.update_notice import UpdateNotice, start_update_check
from kiosk.ui.widgets import title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


class SettingsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.ctx = services.ctx
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
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.activated.connect(lambda _i: self._language())
        self.font_size = QSpinBox()
        self.font_size.setRange(10, 22)
        current = self.ctx.setting("ui.font_size")
        self.font_size.setValue(int(current) if current.isdigit() else 13)
        self.font_size.valueChanged.connect(self._font)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Text size"), self.font_size)
        return box

    def _portal(self) -> QGroupBox:
        box = QGroupBox(tr("Portal"))
        form = QFormLayout(box)
        url, client = self.ctx.portal_settings()
        self.portal_url = QLineEdit(url)
        self.portal_url.setObjectName("portal_url")
        training = self.ctx.setting("portal.training") == "1"
        self.portal_url.setPlaceholderText(tr("Training simulator (bundled)") if training else "https://…")
        self.client_id = QLineEdit(client)
        self.client_id.setObjectName("client_id")
        self.secret = QLineEdit()
        self.secret.setObjectName("client_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it")
                                       if has_secret(client) else tr("Not stored yet"))
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
        remembered = self.ctx.setting(PRINTER_SETTING)
        if remembered and remembered not in names:  # unplugged today: keep the choice, say so
            self.printer.addItem(tr("{name} (not connected now)").format(name=remembered), remembered)
        self.printer.setCurrentIndex(max(0, self.printer.findData(remembered)))
        self.printer.activated.connect(lambda _i: self.save_printer())
        self.escpos = QLineEdit(self.ctx.setting(ESCPOS_SETTING))
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
        hub = self.ctx.hub()
        hub_label = QLabel(f"{hub.name_mr} / {hub.name_en} ({hub.code})")
        hub_label.setWordWrap(True)
        form.addRow(tr("Hub"), hub_label)
        for caption, path in ((tr("Scan folder"), self.ctx.paths.scan_inbox), (tr("Data folder"), self.ctx.paths.home)):
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
        relay = start_update_check(self.update_notice, self.services.sync.client_factory, self.ctx.paths.assets,
                                   self.ctx.paths.home / "updates")

        def finished() -> None:
            self.version_button.setEnabled(self.can_backup)
            check = self.update_notice.check
            if self.update_notice.isVisible():
                self.message.setText("")
            elif check is not None and not check.available:
                self.message.setText(tr("This is the newest version ({v}).").format(v=check.current))
            else:
                self.message.setText(tr("The portal could not be asked now; try again after a sync."))

        relay.finished.connect(finished)
        return relay

    def _language(self) -> None:
        window = self.window()
        if hasattr(window, "language_requested"):
            window.language_requested.emit(self.language.currentData())

    def _font(self, size: int) -> None:
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.theme import apply_theme

        set_setting(self.ctx.database(), "ui.font_size", str(size))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, size)

    def save_portal(self) -> None:
        url, client, secret = self.portal_url.text(), self.client_id.text(), self.secret.text()
        found = portal_problems(url, client)
        if self.ctx.setting("portal.training") == "1" and not is_loopback(url):
            # Demo applications must never reach a real portal: the training hub talks to simulators only.
            found.append(tr("This is the training hub: a real portal can be set only on a real hub."))
        if not secret and not has_secret(client.strip()):
            found.append(tr("Type the portal secret: none is stored for this client id yet."))
        if found:
            self.message.setText(" ".join(found))
            return
        try:
            save_portal(self.ctx, url, client, secret)
        except Exception as exc:  # noqa: BLE001 - SecretStoreUnavailable and friends as their sentence
            self.message.setText(sentence(exc, self.ctx.language))
            return
        self.secret.clear()
        self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it"))
        self.message.setText(tr("Portal settings saved; the secret is in the keyring."))

    def _show_catalogue(self) -> None:
        try:
            version = self.ctx.catalogue().version
        except Exception as exc:  # noqa: BLE001
            version = sentence(exc, self.ctx.language)
        self.catalogue_version.setText(tr("Version in use: {v}").format(v=version))

    def check_update(self) -> None:
        """Ask the portal for a newer service list only (the queue and statuses are the sync's business)."""
        from kiosk.sync.engine import pull_catalogue

        if self.checking:
            self.message.setText(tr("Already asking the portal…"))
            return
        store, factory = self.ctx.database(), self.services.sync.client_factory
        self.checking = True
        self.update_button.setEnabled(False)
        self.message.setText(tr("Asking the portal for a newer service list…"))

        def work() -> str | None:
            client = factory()
            try:
                return pull_catalogue(store, client)
            finally:
                client.close()

        def done(version: str | None) -> None:
            self._checked()
            self._show_catalogue()
            self.message.setText(tr("New service list installed: version {v}.").format(v=version) if version
                                 else tr("The service list is already the newest."))

        def failed(exc: BaseException) -> None:
            self._checked()
            self.message.setText(sentence(exc, self.ctx.language))

        run_in_background(work, done, failed)

    def _checked(self) -> None:
        self.checking = False
        self.update_button.setEnabled(True)

    def save_printer(self) -> None:
        set_setting(self.ctx.database(), PRINTER_SETTING, str(self.printer.currentData() or ""))
        self.message.setText(tr("Printer choice saved."))

    def save_escpos(self) -> None:
        uri = self.escpos.text().strip()
        try:
            if uri:
                check_escpos_uri(uri)
            set_setting(self.ctx.database(), ESCPOS_SETTING, uri)
        except Exception as exc:  # noqa: BLE001 - bad_printer_uri as its sentence
            self.message.setText(sentence(exc, self.ctx.language))
            return
        self.message.setText(tr("Receipt printer saved.") if uri else tr("Receipt printer removed."))

    def refresh_backups(self) -> None:
        self.backup_list.clear()
        for row in backups(self.ctx.paths.backups):
            item = QListWidgetItem(row.label)
            item.setData(Qt.ItemDataRole.UserRole, str(row.path))
            self.backup_list.addItem(item)
        if not self.backup_list.count():
            self.backup_list.addItem(tr("No backups yet."))
        else:
            self.backup_list.setCurrentRow(0)

    def backup(self) -> None:
        from kiosk.security.audit import record
        from kiosk.store.backup import backup_database

        store, folder, actor = self.ctx.database(), self.ctx.paths.backups, self.services.operator.username

        def work() -> Any:
            path = backup_database(store, folder).path
            with store.write() as conn:
                record(conn, actor, "backup.made", file=path.name)
            return path

        def done(path: Any) -> None:
            self.message.setText(tr("Backup saved: {path}").format(path=path))
            self.refresh_backups()

        run_in_background(work, done, self.services.show_error)

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
        from kiosk.ui.settings_logic import verify_for_restore

        # Checking the backup (integrity_check over the whole file: seconds on a large hub) runs on the pool;
        # only the swap itself runs on the GUI thread, where no timer or screen can reopen the store half-way.
        backup = Path(chosen)
        self.restoring = True
        self.restore_button.setEnabled(False)
        self.message.setText(tr("Checking the backup…"))

        def swap(_ok: object) -> None:
            from PySide6.QtWidgets import QApplication

            from kiosk.security.audit import record

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                restore(self.ctx, backup, verified=True)
                with self.ctx.database().write() as conn:  # recorded in the restored chain, after its last entry
                    record(conn, self.services.operator.username, "backup.restored", file=backup.name)
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
            self.message.setText(sentence(exc, self.ctx.language))

        run_in_background(lambda: verify_for_restore(self.ctx, backup), swap, refused)
