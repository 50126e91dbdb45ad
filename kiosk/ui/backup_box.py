"""Settings' backup and restore (supervisor): the backups kept, "back up now", and a restore that ends the
session (the restored file has its own accounts, so the window goes back to the login).

The backup is written and a restore's backup checked (integrity_check over the whole file: seconds on a
large hub) on the worker pool; only the file swap itself runs on the GUI thread, on purpose: there no timer
or screen can reopen the store half-way through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from kiosk.counter.settings import BackupRow, Settings
from kiosk.store.backup import BackupInfo
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.i18n import tr
from kiosk.ui.sync_control import SyncController


class BackupBox(QGroupBox):
    def __init__(self, settings: Settings, sync: SyncController, actor: str, language: str,
                 say: Callable[[str], None], show_error: Callable[[BaseException], None],
                 ended: Callable[[], None]) -> None:
        super().__init__(tr("Backup and restore"))
        self.settings = settings
        self.sync = sync
        self.actor = actor
        self.language = language
        self.say = say
        self.show_error = show_error
        self.ended = ended  # the session ends after a restore
        col = QVBoxLayout(self)
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
        self.show_backups([])

    def show_backups(self, rows: list[BackupRow]) -> None:
        self.backup_list.clear()
        for row in rows:
            item = QListWidgetItem(row.label)
            item.setData(Qt.ItemDataRole.UserRole, str(row.path))
            self.backup_list.addItem(item)
        if not self.backup_list.count():
            self.backup_list.addItem(tr("No backups yet."))
        else:
            self.backup_list.setCurrentRow(0)

    def refresh_backups(self) -> None:
        """The backup folder listed again (files only: no store access)."""
        self.show_backups(self.settings.backups())

    def backup(self) -> None:
        settings, actor = self.settings, self.actor

        def done(info: BackupInfo) -> None:
            self.say(tr("Backup saved: {path}").format(path=info.path))
            self.refresh_backups()

        run_in_background(lambda: settings.back_up(actor), done, self.show_error)

    def _confirmed(self) -> bool:
        """Ask before replacing the data, with our own buttons: Qt's Yes/No are English on every screen,
        and the destructive answer says what it does while the other only goes back."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Restore the chosen backup"),
                          tr("Everything saved after this backup is replaced (the current file is kept aside). "
                             "Everyone signs in again. Restore?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restore_confirm")
        restore = box.addButton(tr("Restore the chosen backup"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is restore

    def restore_chosen(self, confirm: bool = True) -> None:
        item = self.backup_list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            self.say(tr("Choose a backup first."))
            return
        if self.sync.running:
            self.say(tr("Wait for the sync to finish, then restore."))
            return
        if confirm and not self._confirmed():
            return
        backup = Path(chosen)
        self.restoring = True
        self.restore_button.setEnabled(False)
        self.say(tr("Checking the backup…"))

        def swap(_ok: object) -> None:
            from PySide6.QtWidgets import QApplication

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.settings.restore(backup, self.actor, verified=True)
            except Exception as exc:  # noqa: BLE001 - BackupError as its sentence; the live data is untouched
                refused(exc)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.restoring = False
            self.restore_button.setEnabled(True)
            self.ended()

        def refused(exc: BaseException) -> None:
            self.restoring = False
            self.restore_button.setEnabled(True)
            self.say(sentence(exc, self.language))

        settings = self.settings
        run_in_background(lambda: settings.verify_for_restore(backup), swap, refused)
