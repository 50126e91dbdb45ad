"""Users (supervisor): the accounts of this hub, adding one, a new temporary password, disable/enable,
and the idle-lock minutes.

Every change goes through ``kiosk.security.users`` with the signed-in supervisor as ``by``; that package
re-checks the role and writes the audit trail, so this screen only decides what is shown. A temporary
password is shown once, until the next action on this screen. Every read and change (and Argon2id's
hashing) runs on the pool through the ``Users`` use case; the GUI thread only shows the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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

from kiosk.counter.login import account_of
from kiosk.security.auth import IDLE_LOCK_MAX, IDLE_LOCK_MIN
from kiosk.security.roles import Role
from kiosk.security.users import UserInfo
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.formatting import moment_text
from kiosk.ui.i18n import tr
from kiosk.ui.widgets import Table, title

if TYPE_CHECKING:
    from kiosk.ui.main_window import Services


def state_text(u: UserInfo) -> str:
    if u.disabled:
        return tr("Disabled")
    if u.locked_until:
        return tr("Waiting after wrong passwords")
    if u.must_change:
        return tr("Temporary password")
    return tr("Active")


class UsersPage(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.users = services.users
        self.language = services.language
        self.by = account_of(services.operator)
        self.rows: list[UserInfo] = []
        self._busy = False  # a change is on the pool; later ones wait in _waiting (see _run)
        self._waiting: list[Callable[[], None]] = []
        outer = QVBoxLayout(self)
        outer.addWidget(title(tr("Users")))
        self.table = Table([tr("User name"), tr("Full name"), tr("Role"), tr("State"), tr("Last sign-in")])
        self.table.setObjectName("users_table")
        outer.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reset_button = QPushButton(tr("New temporary password"))
        self.disable_button = QPushButton(tr("Disable"))
        self.enable_button = QPushButton(tr("Enable"))
        for b in (self.reset_button, self.disable_button, self.enable_button):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        self.reset_button.clicked.connect(lambda: self.reset())
        self.disable_button.clicked.connect(lambda: self.set_disabled(True))
        self.enable_button.clicked.connect(lambda: self.set_disabled(False))
        lower = QHBoxLayout()
        add = QGroupBox(tr("Add a user"))
        form = QFormLayout(add)
        self.new_user = QLineEdit()
        self.new_user.setObjectName("new_username")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_display_name")
        self.new_role = QComboBox()
        self.new_role.addItem(tr("Operator"), "operator")
        self.new_role.addItem(tr("Supervisor"), "supervisor")
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add)
        form.addRow(tr("User name (a-z, digits)"), self.new_user)
        form.addRow(tr("Full name"), self.new_name)
        form.addRow(tr("Role"), self.new_role)
        form.addRow("", self.add_button)
        lower.addWidget(add, 2)
        idle = QGroupBox(tr("Lock the screen when idle"))
        iform = QFormLayout(idle)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_read = False  # the stored minutes are shown once read (on the pool), then left to the user
        self.read_once = False  # the first read of the accounts has answered (rows or a refusal)
        self.idle_minutes.setSuffix(" " + tr("min"))
        idle_button = QPushButton(tr("Save"))
        idle_button.clicked.connect(self.save_idle)
        iform.addRow(tr("After"), self.idle_minutes)
        iform.addRow("", idle_button)
        lower.addWidget(idle, 1)
        outer.addLayout(lower)
        self.message = QLabel("")
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.password = QLabel("")
        self.password.setObjectName("users_temporary_password")
        self.password.setStyleSheet("font-size: 20pt; font-weight: bold; font-family: monospace;")
        outer.addWidget(self.password)

    def activated(self) -> None:
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """The accounts and the idle-lock minutes, read on the pool; ``then`` runs once they are shown."""
        users, by = self.users, self.by

        def read() -> tuple[list[UserInfo], int]:
            return users.accounts(by), users.idle_lock_minutes()

        def failed(exc: BaseException) -> None:  # PermissionDenied for the training operator, as a sentence
            self.message.setText(sentence(exc, self.language))
            self.show_rows([])
            self.read_once = True
            if then is not None:
                then()

        def done(found: tuple[list[UserInfo], int]) -> None:
            rows, minutes = found
            if not self.idle_read:
                self.idle_minutes.setValue(minutes)
                self.idle_read = True
            self.show_rows(rows)
            self.read_once = True
            if then is not None:
                then()

        run_in_background(read, done, failed)

    def show_rows(self, rows: list[UserInfo]) -> None:
        self.rows = rows
        self.table.fill([(u.username, (u.username, u.display_name,
                                       tr("Supervisor") if u.role is Role.SUPERVISOR else tr("Operator"),
                                       state_text(u), self._when(u.last_login_at))) for u in rows])

    @staticmethod
    def _when(raw: str | None) -> str:
        from datetime import datetime

        try:
            return moment_text(datetime.fromisoformat(raw)) if raw else "—"
        except ValueError:
            return raw or "—"

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """One change at a time, in the order asked: the store commits before the answer reaches the GUI
        thread, so a second change started in between would get its answer first and then be overwritten
        by the older one's message and table. A change asked for meanwhile waits for that answer."""
        def start() -> None:
            self._busy = True
            self.password.clear()

            def finish() -> None:
                self._busy = False
                if self._waiting:
                    self._waiting.pop(0)()

            def failed(exc: BaseException) -> None:
                self.message.setText(sentence(exc, self.language))
                finish()
            # The next change starts only once this one's table is shown (the re-read is on the pool too).
            def answered(result: Any) -> None:
                done(result)
                self.reload(then=finish)

            run_in_background(work, answered, failed)
        if self._busy:
            self._waiting.append(start)
        else:
            start()

    def _show_temporary(self, username: str, temporary: str) -> None:
        self.message.setText(tr("Temporary password for {u} (shown once; it must be changed at the first "
                                "sign-in):").format(u=username))
        self.password.setText(temporary)

    def add(self) -> None:
        users, by = self.users, self.by
        name, display, role = self.new_user.text(), self.new_name.text(), self.new_role.currentData()

        def done(temporary: str) -> None:
            self.new_user.clear()
            self.new_name.clear()
            self._show_temporary(name.strip().lower(), temporary)
        self._run(lambda: users.add(by, name, display, role), done)

    def reset(self) -> None:
        chosen = self.table.current_key()
        if not chosen:
            self.message.setText(tr("Choose a user first."))
            return
        users, by = self.users, self.by
        self._run(lambda: users.reset_password(by, chosen), lambda t: self._show_temporary(chosen, t))

    def set_disabled(self, disabled: bool) -> None:
        chosen = self.table.current_key()
        if not chosen:
            self.message.setText(tr("Choose a user first."))
            return
        users, by = self.users, self.by
        text = tr("{u} is disabled.") if disabled else tr("{u} can sign in again.")
        self._run(lambda: users.set_disabled(by, chosen, disabled),
                  lambda _r: self.message.setText(text.format(u=chosen)))

    def save_idle(self) -> None:
        users, by, minutes = self.users, self.by, self.idle_minutes.value()
        self._run(lambda: users.set_idle_lock_minutes(by, minutes),
                  lambda _r: self.message.setText(tr("The screen now locks after {n} idle minutes.").format(n=minutes)))
