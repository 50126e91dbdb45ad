"""Settings (supervisor): language and text size, portal address and credentials, the service list and
its update, printers (``printers_box``), backup and restore (``backup_box``), this kiosk's details.

Changing the language or font size rebuilds the window at once (the draft brings the form back). What the
screen shows is read on the worker pool when it opens, and every change is saved there (the portal secret
into the keyring); ``pending`` counts the changes not answered yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.counter.login import allowed
from kiosk.counter.settings import FONT_DEFAULT, FONT_MAX, FONT_MIN, PortalProblem, SettingsView
from kiosk.security.roles import Action
from kiosk.ui.background import run_in_background
from kiosk.ui.backup_box import BackupBox
from kiosk.ui.catalogue_view import CatalogueView
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import LANGUAGES, tr
from kiosk.ui.payee_box import PayeeBox
from kiosk.ui.printers_box import PrintersBox
from kiosk.ui.ring_box import RingBox
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
        self.loaded = False  # the stored values have arrived from the pool
        self.pending = 0  # changes on the pool, not answered yet
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Settings")))
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns, 1)
        self.message = QLabel("")
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        left.addWidget(self._look())
        left.addWidget(self._portal())
        left.addWidget(self._catalogue())
        left.addStretch(1)
        self.printers = PrintersBox(self.settings, self.run, self.message.setText)
        self.backups = BackupBox(self.settings, services.sync, services.operator.username, services.language,
                                 self.message.setText, services.show_error, self._session_ended)
        right.addWidget(self.printers)
        right.addWidget(self.backups)
        right.addWidget(self._info())
        right.addWidget(PayeeBox(services, self.message.setText))
        left.insertWidget(left.count() - 1, RingBox(services, self.message.setText))  # issue 18: the ring (above the stretch)
        outer.addWidget(self.message)
        services.sync.finished.connect(lambda _r: self._show_catalogue())
        self.can_backup = allowed(services.operator, Action.BACKUP_RESTORE)
        for button in (self.backups.backup_button, self.backups.restore_button, self.version_button):
            button.setEnabled(self.can_backup)
            if not self.can_backup:
                button.setToolTip(tr("Only a supervisor can open this."))
        self.load()

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
        self.font_size.setValue(FONT_DEFAULT)
        self.font_size.valueChanged.connect(self._font)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Text size"), self.font_size)
        return box

    def _portal(self) -> QGroupBox:
        box = QGroupBox(tr("Portal"))
        form = QFormLayout(box)
        self.portal_url = QLineEdit()
        self.portal_url.setObjectName("portal_url")
        self.client_id = QLineEdit()
        self.client_id.setObjectName("client_id")
        self.secret = QLineEdit()
        self.secret.setObjectName("client_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
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
        self.list_button = QPushButton(tr("Show the list"))  # every service, translated names, unknowns
        self.list_button.clicked.connect(lambda: CatalogueView(self.settings, self.language_code, self).open())
        row.addWidget(self.list_button)
        return box

    def _info(self) -> QGroupBox:
        box = QGroupBox(tr("This kiosk"))
        form = QFormLayout(box)
        self.hub_label = QLabel("")
        self.hub_label.setWordWrap(True)
        form.addRow(tr("Hub"), self.hub_label)
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

    # ---------------------------------------------------------------------------- reading, saving
    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work`` on the pool, then ``done`` with its answer; a failure is shown as its sentence."""
        self.pending += 1

        def answered(result: Any) -> None:
            self.pending -= 1
            done(result)

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            self.message.setText(sentence(exc, self.language_code))

        run_in_background(work, answered, failed)

    def load(self) -> None:
        self.run(self.settings.view, self.show_values)
        self._show_catalogue()

    def show_values(self, view: SettingsView) -> None:
        self.font_size.blockSignals(True)  # showing the stored size is not a change to save
        self.font_size.setValue(view.font_size)
        self.font_size.blockSignals(False)
        portal = view.portal
        self.portal_url.setText(portal.url)
        self.portal_url.setPlaceholderText(tr("Training simulator (bundled)") if portal.training else "https://…")
        self.client_id.setText(portal.client_id)
        self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it")
                                       if portal.secret_stored else tr("Not stored yet"))
        self.printers.show_choice(view.printer, view.escpos_uri)
        self.backups.show_backups(view.backups)
        name = view.hub.name_en if self.language_code == "en" else view.hub.name_mr or view.hub.name_en
        self.hub_label.setText(tr("{hub} ({code}) · counter {counter}").format(  # one language on screen
            hub=name, code=view.hub.code, counter=view.hub.counter))
        self.loaded = True

    def _session_ended(self) -> None:
        window = self.window()
        if hasattr(window, "lock_requested"):
            window.lock_requested.emit()

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

        settings = self.settings
        self.run(lambda: settings.save_font_size(size), lambda _r: None)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, size)

    def save_portal(self) -> None:
        """Every problem at once, else the secret into the keyring and the address saved (on the pool: the
        keyring may be slow to answer)."""
        settings = self.settings
        url, client, secret = self.portal_url.text(), self.client_id.text(), self.secret.text()

        def save() -> list[PortalProblem]:
            found = settings.portal_problems(url, client, secret)
            if not found:
                settings.save_portal(url, client, secret)
            return found

        def done(found: list[PortalProblem]) -> None:
            if found:
                self.message.setText(" ".join(portal_problem_text(p) for p in found))
                return
            self.secret.clear()
            self.secret.setPlaceholderText(tr("Stored in the keyring — type only to replace it"))
            self.message.setText(tr("Portal settings saved; the secret is in the keyring."))

        self.run(save, done)  # SecretStoreUnavailable and friends come back as their sentence

    def _show_catalogue(self) -> None:
        def shown(version: str) -> None:
            self.catalogue_version.setText(tr("Version in use: {v}").format(v=version))

        run_in_background(self.settings.catalogue_version, shown,
                          lambda exc: shown(sentence(exc, self.language_code)))

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
            if version:  # the one just installed is the one in use
                self.catalogue_version.setText(tr("Version in use: {v}").format(v=version))
            self.message.setText(tr("New service list installed: version {v}.").format(v=version) if version
                                 else tr("The service list is already the newest."))

        def failed(exc: BaseException) -> None:
            self._checked()
            self.message.setText(sentence(exc, self.language_code))

        run_in_background(work, done, failed)

    def _checked(self) -> None:
        self.checking = False
        self.update_button.setEnabled(True)
