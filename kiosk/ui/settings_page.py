"""Settings: language, font size, scan folder, portal address, catalogue version, backup.

Changing the language or font size rebuilds the window at once (the draft brings the form back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.hub import set_setting
from kiosk.ui.background import run_in_background
from kiosk.ui.i18n import LANGUAGES, tr
from kiosk.ui.widgets import title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


class SettingsPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        ctx = self.ctx = services.ctx
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Settings")))
        look = QGroupBox(tr("Language and text size"))
        form = QFormLayout(look)
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.activated.connect(lambda _i: self._language())
        self.font_size = QSpinBox()
        self.font_size.setRange(10, 22)
        current = ctx.setting("ui.font_size")
        self.font_size.setValue(int(current) if current.isdigit() else 13)
        self.font_size.valueChanged.connect(self._font)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Text size"), self.font_size)
        outer.addWidget(look)
        info = QGroupBox(tr("This kiosk"))
        iform = QFormLayout(info)
        hub = ctx.hub()
        url, _client = ctx.portal_settings()
        training = ctx.setting("portal.training") == "1"
        portal = url or (tr("Training simulator (bundled)") if training else tr("Not configured"))
        iform.addRow(tr("Hub"), QLabel(f"{hub.name_mr} / {hub.name_en} ({hub.code})"))
        iform.addRow(tr("Portal"), QLabel(portal))
        iform.addRow(tr("Service list version"), QLabel(ctx.catalogue().version))
        iform.addRow(tr("Scan folder"), QLabel(str(ctx.paths.scan_inbox)))
        iform.addRow(tr("Data folder"), QLabel(str(ctx.paths.home)))
        outer.addWidget(info)
        row = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.setObjectName("backup")
        self.backup_button.clicked.connect(self.backup)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.message = QLabel("")
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)

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

    def backup(self) -> None:
        from kiosk.store.backup import backup_database

        store, folder = self.ctx.database(), self.ctx.paths.backups

        def work() -> Any:
            return backup_database(store, folder).path

        run_in_background(work, lambda path: self.message.setText(tr("Backup saved: {path}").format(path=path)),
                          self.services.show_error)
