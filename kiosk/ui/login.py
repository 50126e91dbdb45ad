"""The operator login screen: a presenter that knows the rules, a view that only shows them."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.counter.login import (
    DISABLED,
    LOCKED,
    MUST_CHANGE,
    OK,
    TRAINING_OPERATOR,
    TRAINING_PASSWORD,
    WRONG,
    Authenticator,
    SignIn,
)
from kiosk.ui.i18n import LANGUAGES, tr

MAX_FAILURES = 5
LOCKOUT_SECONDS = 30.0


class LoginPresenter:
    """Says what happened in one sentence. The accounts keep their own persisted lockout; on top of it the
    screen itself waits 30 s after five wrong attempts (this also covers the training operator)."""

    def __init__(self, authenticate: Authenticator, clock: Callable[[], float] = time.monotonic) -> None:
        self.authenticate = authenticate
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def attempt(self, username: str, password: str) -> tuple[SignIn, str]:
        now = self.clock()
        if now < self.locked_until:
            wait = int(self.locked_until - now) + 1
            return SignIn(LOCKED, wait_seconds=wait), tr("Too many wrong attempts. Wait {s} seconds.").format(s=wait)
        if not username.strip() or not password:
            return SignIn(WRONG), tr("Enter your user name and password.")
        result = self.authenticate(username, password)
        if result.outcome == OK:
            self.failures = 0
            return result, ""
        if result.outcome == MUST_CHANGE:
            return result, tr("This is a temporary password: choose your own password now.")
        if result.outcome == WRONG:
            self.failures += 1
            if self.failures >= MAX_FAILURES:
                self.failures = 0
                self.locked_until = now + LOCKOUT_SECONDS
            return result, tr("User name or password is wrong.")
        if result.outcome == LOCKED:
            return result, tr("Too many wrong passwords: this account is locked for {s} seconds. "
                              "Try again after that.").format(s=result.wait_seconds)
        if result.outcome == DISABLED:
            return result, tr("This account is disabled. Ask the supervisor.")
        return result, tr("Sign-in is not possible right now. Tell the supervisor; details are in the log.")


class LoginView(QWidget):
    logged_in = Signal(object)
    must_change = Signal(str, str)  # user name, temporary password (kept only until it is replaced)
    language_chosen = Signal(str)

    def __init__(self, presenter: LoginPresenter, *, hub_name: str, training: bool, language: str,
                 username: str = "", note: str = "") -> None:
        super().__init__()
        self.presenter = presenter
        self.setObjectName("login")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if training:
            banner = QLabel(tr("TRAINING MODE — practice data, nothing goes to the real portal"))
            banner.setObjectName("banner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
        title = QLabel(tr("Seva Kiosk"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        hub = QLabel(hub_name)
        hub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(hub)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        form.addRow(tr("User name"), self.user)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Language"), self.language)
        outer.addLayout(form)
        if note:
            locked = QLabel(note)
            locked.setObjectName("lock_note")
            locked.setWordWrap(True)
            locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(locked)
        self.message = QLabel("")
        self.message.setObjectName("login_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.button = QPushButton(tr("Log in"))
        self.button.setDefault(True)
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.user.returnPressed.connect(self.password.setFocus)
        outer.addWidget(self.button)
        if training:
            hint = QLabel(tr("Training login: user {u}, password {p}").format(u=TRAINING_OPERATOR, p=TRAINING_PASSWORD))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setObjectName("training_hint")
            outer.addWidget(hint)
        self.setMinimumWidth(460)
        self.user.setText(username)
        (self.password if username else self.user).setFocus()

    def submit(self) -> None:
        username, password = self.user.text(), self.password.text()
        result, problem = self.presenter.attempt(username, password)
        self.password.clear()
        if result.outcome == MUST_CHANGE:
            self.message.setText(problem)
            self.must_change.emit(username, password)
            return
        if result.operator is None:
            self.message.setText(problem)
            self.password.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(result.operator)
